// Package attribution says who said each quotation of a news text, and
// through which outlet the words reached the public.
//
// It is the second stage of quotetrace: text → quote → attribution →
// provenance. Package quote finds what was quoted; attribution links each
// quotation to its speaker, its reporting verb (the cue) and the outlet it
// was given to, and adds the reported speech that has no quote marks.
//
// # Use
//
// An Attributor is built once and shared:
//
//	at := attribution.New(attribution.Options{})
//	res := at.AttributeText(text)
//	for _, a := range res.Quotes {
//		fmt.Println(a.Quote.Kind, a.Quote.Text, a.SpeakerName(), a.OutletName())
//	}
//
// An Attributor is immutable and safe for concurrent use by many
// goroutines; each call to Attribute works on its own state. The work is
// linear in the length of the text. Its words come from the Language of
// Options (language.Default() unless set): the tokens package quote scanned,
// each word's tables a bit set. prose's part-of-speech tagger is asked only
// whether a capitalized word that opens a sentence is a name, when a pronoun
// points at someone named by that word alone ("Holding up a sign, …") and
// the article's own case does not tell (a word it writes capitalized only
// inside its sentences is a name, one it writes in lower case is not); its
// model is loaded once per process, on the first such question.
//
// # Speakers
//
// A cue is a reporting verb ("said", "told", "warned", with every form
// listed in the Language's table language.ReportingVerbs), a phrase
// ("according to", "quoted … as saying"), or a mark ("Pollster Daron
// Shaw: “…”", "“…” — Winston Churchill", "“…,” he mocks."). A quotation
// takes the cue between its fragments (“…,” he said. “…”), else the cue
// after it when it opens its sentence, else the nearest cue before it in
// its sentence. A cue later in the sentence whose own words follow it
// ("…, and she tells audiences that …") takes no quotation before its
// subject, nor does one in a clause that opens the sentence with a
// subordinator when another subject takes over after the comma ("When
// Hale suggested …, Doe fired back: “…”"). A new sentence that introduces
// the next quotation (“…” He added: “…”) starts a quotation of its own,
// with its own cue and mention.
//
// The speaker is the noun phrase the cue's grammar gives: before the verb
// ("Peskov said", past a date or a time: "Trump in the past has called"),
// after it ("said Kremlin spokesman Dmitry Peskov", "said oil worker Jane
// Doe", "says the victim’s partner, Jane Doe"), past an apposition or a
// relative clause ("Steven Cheung, Mr. Trump’s communications director,
// stated", "Ana Ruiz, former head of the party, says", past a show's title
// in marks), the object of "quoted … as saying", the subject of the clause
// a participle hangs on ("…, adding that"), or the name after "of" before
// it ("a clip of Abraham Lincoln saying"). Nested speech keeps the
// innermost speaker, and Attribution.Via names who relayed it. A
// quotation paragraph with no attribution of its own continues the
// speaker before it, with that attribution's mention; one that opens a
// sentence after a sentence with no cue, in its paragraph or ending the
// paragraph before, takes that sentence's subject ("Jane Doe disagreed."
// before “…”), past parentheses and a relative clause ("Sen. Jane Doe
// (Vt.), who lost …, named …"). A word that opens a sentence is a name only if the
// article's case or the tagger says so ("Having", "Currently", "Too" are not),
// a common word that opens it ("Polls show", "Others say") is that word, and
// a place named alone is no person. A person of a place or body is the
// person ("Ted Cruz of Texas"); a body named with "of", "for" or "and", and
// places named together, are named whole ("the Republican Party of
// Wyoming", "Washington and Moscow"). A quotation after a colon with no cue takes the subject of
// the clause the colon ends, when it names a person ("Jane Doe forwarded
// a message with a request she often made to Bo Lee: “…”"), and one
// after a noun of speech with an owner, the owner: "after her March
// comment that, “…”", "his promise to be “neutral”" (a pronoun points at
// the person named last before it in the sentence).
//
// Words a headline quotes with no cue are the words of the name it opens
// with: in title case, the capitalised words before a verb or a colon
// ("Jane Doe Says …", "CNN’s Jake Tapper on the Leak: ‘…’"), or the name
// closing it ("…, Jane Doe Says"); in sentence case, the noun phrase that
// opens it and is followed by a verb or a colon ("Obama to frame election
// as ‘…’ test", "Clinton: Time for ‘…’", "The Latest: Holt wants ‘…’"). A
// headline is a paragraph of that role, the article's first paragraph
// when it is one short sentence, or a paragraph of one sentence in title
// case (a list item's heading). A transcript line names the speaker of
// its paragraph in capitals before a colon ("PENCE: Well, look, …"): the
// person the article names with that word, or the label itself when it
// opens more than one paragraph; a label found once that names nobody
// ("CORRECTION:") is a heading.
//
// Speakers are people, organisations ("the Kremlin", "the International
// Atomic Energy Agency"), places standing for their governments ("Tehran"),
// outlets ("Reuters reported") and groups ("experts", "the sources").
//
// # Coreference
//
// Within each article of a document, names, roles and pronouns are
// resolved to the fullest name the article gives: "Mr. Peskov" and
// "Peskov" to "Dmitry Peskov" by surname; "the Kremlin spokesman" and "the
// Kremlin official" to the person introduced with those words ("Kremlin
// spokesman Dmitry Peskov"), by the role's head word or, failing that,
// another of its words; "he" and "she" to the person who last spoke or
// opened a sentence, unless the article's words say that person is of the
// other sex ("Mrs. Doe", "Congressman Hale"; language.MaleWords and
// FemaleWords), when it is the last person they say is of the pronoun's. Speaker.Name is the resolved name; Speaker.Mention and
// Speaker.Span are the words of this attribution.
//
// # Outlets
//
// Outlets are recognised with an embedded table of several hundred wire
// agencies, newspapers, broadcasters, magazines and news sites of many
// countries, with their aliases and web domains (see DefaultOutlets). A
// mention takes in the words that describe the outlet ("Russia’s official
// TASS news agency", "Chinese state broadcaster CCTV"), and "the
// newspaper" or "the publication" points back at the outlet last named.
// The words around a mention say how the outlet carried the words:
// Told ("told TASS", "responding to a question from TASS", "in a comment
// to the German news agency dpa", "told the BBC’s Laura Kuenssberg", "told
// a Reuters reporter", "asked by CNN"), Interview ("in an interview with
// Britain’s ITV", "an interview taped last week with Dutch broadcaster
// NOS", "an FT interview", "said on NBC’s Meet the Press"), Reported
// ("Reuters reported", "Reuters sources said", "carried by the state-run
// Xinhua"), Quoted ("RIA quoted … as
// saying", "as cited by Euronews"), Wrote ("The Washington Post wrote") or
// AccordingTo ("according to", "with reference to"). An outlet named with
// the speaker, who works for it ("NBC’s Kristen Welker asked", "Fox News
// host Jane Doe said", "Jane Doe of The Intercept asked", "a reporter for
// Reuters said"), Reported the words, and the Citation says Employer
// ("told NBC’s Kristen Welker" is Told). Those words are
// listed in data/citation_cues.tsv. An outlet named without such words (a
// photo credit, "a Reuters request", "the CNN-ORC survey") is
// no citation.
//
// A quotation's outlet is the one its cue names ("told TASS"), else one
// its sentence names before the cue ("Responding to a question from TASS,
// …, the Kremlin official replied"), right after it ("said in a telephone
// interview with NBC News") or as the reporter of the whole sentence ("…,
// The Washington Post reported"). Failing that, a quotation takes an
// outlet named further away: in its paragraph, one the same speaker spoke
// to or one that reports what follows ("Trump said in an interview with
// NBC News … “…,” he said."); else the outlet the same speaker was last
// said to have told, been interviewed by or quoted by, if no other person
// has spoken since; else the only such outlet the article names for the
// speaker before the quotation. A group named with "the" ("“…,” the
// sources said") takes the outlet that last cited a group of that name
// ("The Washington Post cited sources familiar with the talks as
// saying"). Reported speech takes an outlet from its paragraph at most
// ("Smith appeared on CNN. She said …"). A quotation whose sentence, or
// the text since the outlet was named, places the words elsewhere ("on Twitter",
// "at a rally"; language.OccasionWords) takes no outlet from beyond its
// sentence. Attribution.OutletScope says how far the link reached
// (ScopeSentence, ScopeParagraph, ScopeArticle), and the confidence is a
// little lower the further it reached.
//
// Users add outlets with Outlets.With, or read their own table with
// ReadOutlets, and pass it in Options.Outlets.
//
// # Language
//
// What a word is, and every word table the rules read (reporting verbs,
// titles, honorifics, determiners, months, …), come from a
// language.Language, Options.Language, language.Default() unless given:
// each word is looked up once when a sentence is scanned, and each rule's
// question is a bit test on the word's entry. Users add a reporting verb or
// a title with language.Language.With:
//
//	lang, err := language.Default().With(language.ReportingVerbs, "opined")
//	at := attribution.New(attribution.Options{Language: lang})
//
// # Publisher
//
// Result.Publisher is read from the text: the last "Source: …" line or
// copyright line naming an outlet ("(c)Ukrinform 2021"; the earlier source
// lines name the outlets the text was copied from, cited with the relation
// Republished), else a dateline ("MOSCOW (Reuters) -", "MINSK, March 3.
// /TASS/."), else a reporter's e-mail address at an outlet's domain;
// Result.PublisherCredit holds those words. A photo credit ("©
// EPA-EFE/JOHN DOE/POOL") names no publisher. A last paragraph that names
// nothing but outlets ("AFP, dpa and The Guardian") credits the sources
// the article was put together from, with the relation Republished.
//
// The page's address tells the publisher better than its text: see
// Outlets.Publisher. When the publisher is known so, Result.CitationsFor
// gives the citations with the text's own credit counted as a source when
// it names another outlet ("Source – Bloomberg" on a site that copied
// Bloomberg's story).
//
// # Reported speech
//
// A cue with a speaker that no quotation took reports speech without quote
// marks: its content (the words after "said that", "told Reuters that",
// the clause before "…, the minister said", the words after "according to
// X,", both sides of "This election, she says, is different") becomes an
// Indirect quotation. Verbs of thinking, wanting and taking a stand
// ("believe", "want", "a poll shows", "rejected the plan", "is calling
// for", "does not support") report speech too, but never take a
// quotation; their object may be a word or two ("endorsed Trump"). An
// object ends with its noun phrase and what belongs to it ("blamed the
// owners for the closing of the plant"), before a date, a place of saying,
// a poll's figures or the subject's next verb ("endorsed Trump last week
// and has campaigned …" reports "Trump"); the parts of speech that decide
// it come from the word tables. The words end where another clause takes
// over: before "…, a poll shows", the speaker's next verb ("and warned
// …", "and questioned why …", ", recalled that …"), a participle of saying
// after a comma ("…, pointing to …"), a clause with a subject of its own
// after a comma, a lone dash (an aside between two dashes stays in), or a
// closing "in a statement"; a verb of thinking inside words already
// reported ("said voters want …") reports nothing more. A refusal reports
// the infinitive after it ("declined to comment", "refused to apologize";
// language.ComplementVerbs), a negated verb of saying what went unsaid
// ("did not mention Trump", "has not responded to a request for comment",
// with no outlet), "spoke about" what was spoken of (language.ComplementVerbs
// too), "call" the name it gives ("has called climate change a hoax"), and
// a verb of saying whose speaker is not found still reports its words
// ("Republicans who have called for …"). A poll or another document with
// words between it and its verb is the verb's speaker ("A new poll
// released Sunday showed …").
//
// Some reported speech has no cue with a speaker: a question put ("Asked
// whether …", "when asked about …", "was asked to …", "asked by a caller
// why …"), a stance in the passive, whose words are the whole clause ("The
// sale is expected to close in May"), the subject of a verb of saying in
// the passive, with the speaker after "by" ("Her death was confirmed by
// the family"), an impression, whose words are the whole clause too
// ("The race appears to be tightening"; language.SeemVerbs), and what a
// document that opens the sentence holds ("In a
// new poll, …"). Headlines, hedged verbs ("could neither confirm nor
// deny", "will say"), words after "said" that only say where or when, an
// agent, a means or a particle right after a verb ("confirmed by the
// Senate", "responded by helping", "backed down"), a verb right after a
// quotation ("“…,” said the printed slate card"), a verb of finding or
// recognising with a noun phrase alone ("could not find a sponsor";
// language.ClauseVerbs), the reader's "you" ("Do
// you support Trump?"), and sentences with no cue report no speech. A
// speaker's apposition after a parenthesis ("…, said Tom Reyes, a senior
// analyst") is no part of the words.
//
// # Words in marks that are not speech
//
// Scare quotes become Partial quotations when a cue of their sentence
// governs them ("Tehran said the meeting was a “misuse”"), and are left out
// otherwise, as are titles of works and nicknames.
package attribution
