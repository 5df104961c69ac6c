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
// one machine be split.
//
// # Statements
//
// A statement is one utterance by one speaker on one occasion. Two
// quotations are taken for one statement when three things agree:
//
//   - The speaker: the same resolved name ("Trump" and "Donald Trump" are
//     one), or one relays the other's words: "He (Putin) wants to see people
//     stop dying," Trump said, and "Trump said Putin told him he “wants to
//     see people stop dying”" are one statement, Putin's, relayed by Trump.
//     Quotations whose speaker is unknown, a group ("sources") or a pronoun
//     resolved to nobody need a similarity of 0.8 and five shared terms.
//   - The occasion: words given to two different outlets ("told TASS",
//     "told The New York Times") are two occasions, and so are articles
//     published more than Options.MaxGap apart (a week by default) when
//     both times are known.
//   - The wording, by the similarity below.
//
// Direct quotations of five terms or more link with every match, in other
// articles: two full quotations in one article are two utterances. The
// rest, partial quotations, reported speech and short quotations, each join
// the one wording they fit best (the fullest match, then the statement most
// articles report), so that a common phrase such as “neither confirm nor
// deny” cannot bridge two statements. A partial quotation of fewer than five
// terms must be whole in the wording it joins, in order ("better not say" in
// "better not to say"). Reported speech is the writer's paraphrase, and on a
// story's topic every paraphrase shares the story's names and nouns, so it
// joins only words said to the same outlet.
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
//   - words are lower-cased, split at hyphens, and stop words (function words:
//     data/stopwords.txt) are dropped;
//   - the rest are reduced to their Snowball (Porter2) stems, so
//     "communications" and "communication" are one term;
//   - negations, which translations phrase differently ("neither … nor",
//     "can't either … or"), all become "not" (data/negations.txt);
//   - numbers lose their separators and number words become numerals
//     ("three" is "3", data/numbers.txt); names are kept like any word.
//
// Each wording is read as its terms in text order, each term once. The
// similarity of two wordings is the length of the longest sequence of terms
// they share in the same order, over the number of terms of the shorter.
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
// confirm nor deny it", score 0.30 against it. On constructed pairs (see
// TestSimilarityPairs):
//
//	0.89  "Inflation will fall to 3 percent by the end of next year …" /
//	      "Inflation will fall to three percent by the end of next year …"
//	0.50  "We will never accept an agreement that divides our country …" /
//	      "We shall not accept any deal that would split our nation …"
//	0.25  the inflation forecast / "The bank will raise rates again next
//	      month, and inflation will stay high." (same speaker, same topic)
//	0.22  "The ceasefire will hold only if both sides withdraw their heavy
//	      weapons …" / "The truce can only last if the two parties pull
//	      their heavy arms back …" (a free translation: missed)
//	0.11  the ceasefire / "Both sides must stop the fighting and return to
//	      the negotiating table …"
//
// Same-topic remarks by one speaker stay near a quarter; faithful
// translations reach a half or more. A free translation that replaces every
// noun with a synonym ("truce" for "ceasefire") is missed: the measure
// knows no synonyms.
//
// # Scale
//
// No pair of quotations is compared unless an index proposes it. The Graph
// keeps an inverted index from each term to the quotations that hold it.
// Two wordings at similarity t share at least ⌈t·n⌉ of the n terms of the
// smaller in any order, so its n−⌈t·n⌉+1 rarest terms hold one of them
// (prefix filtering): probing the index with those finds every pair that
// can reach the threshold, and only those pairs are verified, first by the
// terms they share, then in order. Terms held by more
// than 1,024 quotations are too common to propose candidates.
//
// A named speaker's wordings can only join the same speaker's (or those of
// the one who relayed them), so Trace searches them speaker by speaker,
// each with an index of its own, built and dropped in turn: its lists stay
// short however large the corpus. Wordings without a named speaker probe
// the index of everything at their higher threshold, and are verified only
// against records that hold two of their rarest terms.
//
// BenchmarkScale measures synthetic corpora of 10k, 100k and 1M quotations:
// on two cores, 0.2 s, 2.2 s and 28 s, with a peak resident memory of
// 42 MB, 234 MB and 2.2 GB (1.8 GB under GOMEMLIMIT=1600MiB; see the
// README). A Graph keeps about 660 bytes a quotation.
//
// # The graph
//
// A Trace's nodes are speakers, outlets, articles and statements: each a
// Node, its kind and its name or ID, whose String is the node ID that
// `quotetrace trace` writes: "speaker:Dmitry Peskov", "outlet:TASS",
// "article:<id>" and "statement:s1". Its edges, each with the article's
// words as evidence:
//
//   - said: speaker → statement; relayed: the speaker who passed the words
//     on → statement;
//   - told: statement → the outlet it was given to, its origin; published:
//     statement → the outlet that first published it, when it was not given
//     to it (an outlet that quoted the speaker, or the publisher of the
//     earliest article);
//   - reports: article → statement;
//   - cites: article → the outlet it names as a source, or that outlet's
//     article when the corpus holds one that reports the same statement;
//   - republishes: article → the article or outlet it is a copy of
//     ("Source: vnexpress.net").
//
// A statement's origin is the outlet its words were given to when any
// article says so, else the outlet that quoted or reported them, else the
// publisher of the earliest article when publication times are known.
// Chain gives, for each article, the path from speaker to article. Each
// member of a statement carries its drift: the word-level changes from the
// statement's wording (its longest direct quotation) to the member's, over
// the part the member covers.
package provenance
