// Package provenance works across articles: it recognises the same
// statement in different wordings and translations, finds where the words
// were first given, draws the graph of who said what to whom and who cited
// whom, and follows each statement from its speaker to every article that
// repeated it.
//
// # Use
//
// Attribute each article with package attribution and add it to a Graph;
// then ask for its Trace:
//
//	at := attribution.New(attribution.Options{})
//	g, _ := provenance.New(provenance.Options{})
//	for _, a := range articles {
//		err := g.Add(provenance.Article{ID: a.ID, Published: a.Time, Result: at.Attribute(quote.Parse(a.Text))})
//		…
//	}
//	tr := g.Trace()
//	for _, s := range tr.Statements {
//		fmt.Println(s.ID, s.Speaker, s.Origin, len(s.Members))
//		for _, path := range tr.Chain(s.ID) { … } // speaker → outlet → article
//	}
//	export.Text(os.Stdout, tr) // package provenance/export; or JSON, DOT, PROV
//
// A Graph is safe for concurrent use: many goroutines may Add at once.
// Building is incremental, and two graphs built on parts of a corpus Merge
// into the graph of the whole: a Trace depends on the set of articles only,
// never on the order they came in, which is what lets a corpus too large for
// one machine be split. For a pipeline that ships graphs between machines,
// Split cuts what a Graph keeps of an article into Shards by a key of its
// quotations (its speaker, say), which encode to bytes; AddShard builds a
// Graph from them, and Shards gives a Graph's back: a Graph given every
// shard of a set of articles traces as one given the articles.
//
// # Extracted articles and graph files
//
// Attributing an article is the costly part of building a graph, and a
// graph need not be built where its articles were attributed. Extract
// reads of an attributed article all that a Graph takes of it, as an
// Extracted: its quotations' words, spans, speakers, relays and outlets
// with the article's words that attribute them, its citations, its
// publisher, URL, title and time, and in place of its text a fingerprint
// that copies of it share (see Copies). AddExtracted adds one, and Add is
// the two in one, so an Extracted made in any process gives the graph the
// Article gives. Its JSON form is a part of a line of `quotetrace extract`
// output, under the same names, so that `quotetrace trace` reads that
// output as it reads articles.
//
// WriteTo saves a whole graph to a graph file, and ReadGraph or ReadFrom
// read it back: graphs built in separate processes, saved and read, merge
// into the graph of the whole, as graphs in one process do. A graph file
// holds what the graph keeps of each article, not its text; the terms of
// its quotations are read again from their words when the file is read. It
// holds the graph's Threshold and MaxGap, which ReadGraph gives the graph
// it returns (ReadFrom keeps the reader's), but not its outlet table: the
// publishers' names in it are as the writer's table gave them.
//
// The layout of a graph file of version 1 (GraphVersion) follows. A uvarint
// is an unsigned integer in the variable-length encoding of
// encoding/binary, at most 2³¹−1; a varint a signed one; a string a
// uvarint length and that many bytes; a list a uvarint count and that many
// elements; numbers of fixed size are written big end first.
//
//	magic          8 bytes, "QTGRAPH\n"
//	version        uvarint: 1
//	threshold      float64: 8 bytes, IEEE 754
//	max gap        varint: nanoseconds, negative for no limit
//	articles       list, in the order of their IDs, of:
//	  id, publisher, url, title   strings
//	  published    string: time.Time.MarshalBinary's bytes, empty when unknown
//	  citations    list of: outlet string, relation byte, evidence string
//	  fingerprint  list of 4-byte hashes, ascending, at most 256
//	  quotations   list of:
//	    index      uvarint: the quotation's index in the article's Result.Quotes
//	    kind       byte: 1 direct, 2 partial, 3 indirect (quote.Kind)
//	    speaker type  byte: 0 none, 1 person, 2 organization, 3 outlet,
//	               4 group, 5 unknown
//	    relation   byte: 0 none, 1 told, 2 interview, 3 reported, 4 quoted,
//	               5 wrote, 6 according-to, 7 source
//	    days       byte: bit 1<<time.Weekday for each day the attribution
//	               names
//	    text       string
//	    spans      list of: start, end uvarints
//	    speaker, mention, via, via evidence, evidence, outlet,
//	    outlet evidence, cue   strings ("" for none)
//	checksum       4 bytes: CRC-32 (Castagnoli) of every byte before it
//
// Nothing follows the checksum. A change of the layout raises the version,
// and a reader refuses a file of a version it does not know (ErrVersion),
// as it refuses a file cut short, changed or holding a value no graph has
// (ErrCorrupt): it adds nothing of such a file.
//
// # Statements
//
// A statement is one utterance by one speaker on one occasion. Two
// quotations are taken for one statement when three things agree:
//
//   - The speaker: the same name once names are read across the graph
//     ("Trump" is "Donald Trump", "Xi" is "Xi Jinping", "a Kremlin
//     spokesman" is the Dmitry Peskov another article calls "Kremlin
//     spokesman Dmitry Peskov": a surname or a title stands for the one
//     full name it is given to, when no other comes close; "Dmitry Kuleba"
//     and "Dmytro Kuleba" are one, and so is "Kuliba"), or one relays
//     the other's words: "He (Putin) wants to see people stop dying," Trump
//     said, and "Trump said Putin told him he “wants to see people stop
//     dying”" are one statement, Putin's, relayed by Trump. A quotation
//     whose speaker is unknown, a group ("sources"), a description no
//     article resolves ("member"), a place read as a person ("Europe") or
//     an outlet ("the Post reported …") is anonymous: it joins at a higher
//     bar (below). The same long run of words given to two named speakers
//     is one statement too (quoted of one of them by mistake, or in
//     another's reply), and so are the same words given to an organisation
//     and a person ("the Kremlin said", "Peskov said").
//   - The occasion: words given to two different outlets ("told TASS",
//     "told The New York Times"), said "on Monday" and "on Thursday", or
//     published more than Options.MaxGap apart (a week by default) are two
//     occasions. A day apart is one occasion unless the outlets differ too
//     ("Thursday" in Washington is "Friday" in Seoul). Only a word-for-word
//     quotation crosses an outlet or a gap: an interview given to a
//     broadcaster and in advance to an agency, or a remark quoted again
//     weeks later (see below).
//   - The wording, in one of three ways:
//     the same words, whatever their length, once case, punctuation and
//     quote marks are set aside;
//     near-exact words: the content terms of the shorter kept (but for one
//     in five) and most of all its words, stop words included, in order;
//     a short wording must stand in the other as a run of its words ("very
//     bad" in "These are very bad remarks"), and a single word never joins
//     another but as the same word;
//     or a re-wording or translation, by the similarity below, at
//     DefaultThreshold with three terms in common, two of which are not
//     common words (a word more than one wording in 200 holds, such as
//     "people" or "time", vouches for nothing); a wording of fewer than
//     five terms must be whole in the other, in order and close together
//     ("better not say" in "better not to say"), or keep all but one of
//     three rare terms or more (a partial quotation that fuses two
//     phrases).
//
// Two quotations of one article join only as the same or near-exact
// words: an article that quotes a speaker twice in other words quotes two
// remarks. Anonymous wordings need near-exact words of four words at
// least, or a similarity of 0.8 over five terms (four, three of them
// rare). Reported speech is the writer's paraphrase, and on a story's
// topic every paraphrase shares the story's names and nouns: it joins the
// words given to the outlet it names when they share three terms ("he
// could not confirm or deny a conversation took place", told TASS, joins
// the reply given to TASS), else words it keeps 0.6 of, over four terms.
// The same speaker's words quoted again, as a run of words two of which
// are rare, join across any gap in time ("the edge of a precipice", three
// weeks after the interview).
//
// Pairs found this way are links, and links are carried out closest first:
// equal words, near-exact words, then by similarity. A link joins two
// statements only when they fit as wholes: their occasions agree, and the
// one statement's representative (its fullest direct quotation) matches
// the other's, or half of either's full quotations match the other's
// representative. So no wording joins a statement through one weak link
// to one of its members, and a common phrase such as “neither confirm nor
// deny”, or a nickname such as “Rocket Man”, cannot bridge two statements. Ties are broken by
// the records' places in the order of article IDs, so that the statements
// depend on the set of articles alone, not on the order they came in nor
// on unrelated articles.
//
// # Copies
//
// An article whose text is near-identical to another's is a copy: each
// keeps a sample of its five-word shingles (a fingerprint), and two
// articles are one text when 60% of the smaller's sample is in the other's,
// so that a copy cut short or with a line of its own is still a copy. The
// copy is the one whose "Source:", "(c)" or "Read full article at" line
// names the other's publisher, else the later published, else the one that
// says it copies some outlet. Every quotation of a copy joins the
// statement of the original's quotation it repeats, whatever the
// attribution says, and a copy is never a statement's origin.
//
// # Similarity
//
// Translations of one statement keep its content and change its grammar:
// "What can be said about this news: as the administration in Washington
// unfolds its work" and "What can I say regarding this information? As the
// government in Washington develops its work" share Washington, work, say
// and communications, not "can be" and "about". So the measure works on the
// terms of a wording, the words a translation keeps:
//
//   - words are the Language's (Options.Language, language.Default() by
//     default: see language.Language.Scan), lower-cased and split at
//     hyphens, and stop words (function words and intensifiers: its table
//     language.StopWords) are dropped, as is the second word of a phrase
//     that frames a sentence ("of course", "as regards", "in fact":
//     language.Discourse);
//   - the rest are reduced to their stems (language.Language.Stem, the
//     Snowball (Porter2) stemmer for English), so "communications" and
//     "communication" are one term;
//   - negations, which translations phrase differently ("neither … nor",
//     "can't either … or"), all become "not" (language.Negations);
//   - numbers lose their separators and number words become numerals
//     ("three" is "3": numbers.txt of the Language's data); names are kept
//     like any word.
//
// Each wording is read as its terms in text order, each term once. The
// similarity of two wordings is the length of the longest sequence of terms
// they share in the same order, over the number of terms of the shorter,
// where two terms match when they are equal or WordNet gives them a sense
// in common: synonyms ("truce" and "ceasefire", "split" and "divide",
// "nation" and "country") and forms of one word ("withdraw" and
// "withdrawal"). The senses come from WordNet 3.0, the first three of each
// word, compiled into a table that the module embeds (internal/wordnet).
// Over the shorter, because one article often quotes only part of what
// another quotes in full; in order, because a translation keeps the order
// of what was said while two remarks on one topic share its words in any
// order: "Inflation will fall to 3 percent by the end of next year, and
// rates will stay where they are" and "The bank will raise rates again next
// month, and inflation will stay high" share half their terms (inflation,
// rates, next, stay) but only a quarter in order. It needs no model and no
// download.
//
// The threshold, DefaultThreshold = 0.5 with at least three shared terms,
// sits in the gap between the two kinds of pair one meets. On the sample
// articles, the three translations of the Kremlin spokesman's reply to TASS
// score 0.54 to 0.77 against the fullest one, while his words on another
// occasion, "I made a statement to that effect yesterday … I can neither
// confirm nor deny it", score 0.40 against it. On constructed pairs (see
// TestSimilarityPairs):
//
//	1.00  "Inflation will fall to 3 percent by the end of next year …" /
//	      "Inflation will fall to three percent by the end of next year …"
//	0.88  "We will never accept an agreement that divides our country …" /
//	      "We shall not accept any deal that would split our nation …"
//	0.44  "The ceasefire will hold only if both sides withdraw their heavy
//	      weapons …" / "The truce can only last if the two parties pull
//	      their heavy arms back …" (a free translation)
//	0.25  the inflation forecast / "The bank will raise rates again next
//	      month, and inflation will stay high." (same speaker, same topic)
//	0.11  the ceasefire / "Both sides must stop the fighting and return to
//	      the negotiating table …"
//
// A translation may give two sentences in the other order ("As concerns
// treason, it must be punished. It is the most despicable crime" /
// "Treason is the gravest crime, and traitors must be punished"): when two
// direct quotations share enough terms in any order, the shorter is also
// read from each of its sentences onwards and round to its start, and the
// best of these readings counts. Words within one sentence are never
// reordered.
//
// Same-topic remarks by one speaker stay near a quarter; faithful
// translations reach a half or more. A free translation that renders most
// nouns with words WordNet does not give a common sense (a "deal" for an
// "agreement", a "hold" for a "last") can still fall short.
//
// # Scale
//
// No pair of quotations is compared unless an index proposes it. Equal
// wordings are grouped by a hash of their words before any index is
// probed, so a statement quoted in the same words by many thousands of
// articles is one wording in the search. A named speaker's wordings can only
// join the same speaker's (or those of the one who relayed them), so Trace
// searches them speaker by speaker, each with an index of its own, built
// and dropped in turn. Each wording probes the index with its rarest terms
// (prefix filtering: two wordings at similarity t share at least ⌈t·n⌉ of
// the n terms of the smaller, so its n−⌈t·n⌉+1 rarest terms hold one of
// them), and only the wordings so found are compared, first by the terms
// they share, then in order. Terms held by more than 2,048 wordings of one
// speaker are too common to propose candidates. Anonymous wordings probe
// an index of everyone's, and named ones probe an index of the anonymous
// through their rare terms only; in a crowded index a candidate must hold
// two of the prefix's terms.
//
// BenchmarkScale measures synthetic corpora of 10k, 100k and 1M quotations
// (see the README for the figures).
//
// # The graph
//
// A Trace's nodes are speakers, outlets, articles and statements: each a
// Node, its kind and its name or ID, whose String is the node ID that
// `quotetrace trace` writes: "speaker:Dmitry Peskov", "outlet:TASS",
// "article:<id>" and "statement:s1". Its edges, each with the article's
// words as evidence:
//
//   - said: speaker → statement (an outlet's node when an outlet speaks:
//     an outlet is one node whether it speaks or carries others' words);
//     relayed: the speaker who passed the words on → statement;
//   - told: statement → the outlet it was given to, its origin; published:
//     statement → the outlet that first published it, when it was not given
//     to it (an outlet that quoted the speaker, or the publisher of the
//     earliest article);
//   - reports: article → statement;
//   - cites: article → the outlet it names as a source, or that outlet's
//     article when the corpus holds one that reports the same statement;
//   - republishes: article → the article or outlet it is a copy of
//     ("Source: vnexpress.net", or a near-identical text; see Copies).
//
// A statement's origin is the outlet its words were given to when any
// article says so (in the quotation's sentence, its paragraph or as the
// article's one source for the speaker: see attribution.OutletScope), else
// the outlet that quoted or reported them, else the one source its
// articles cite most ("KCNA said", "according to TASS"), else the
// publisher of the earliest article that is not a copy, when publication
// times are known. Chain gives, for each article, the path from speaker
// to article: the speaker, who relayed the words, the origin, the outlet
// the article had them from when that is not the origin (the one its
// quotation names, or the one source it cites; for a copy of an outlet's
// story, the source that story names), any article of the corpus it took
// them from or copied, and the article. Each
// member of a statement carries its drift: the word-level changes from the
// statement's wording (its longest direct quotation) to the member's, over
// the part the member covers.
package provenance
