// Package language holds what quotetrace knows of the language of the
// articles it reads, in one value, a *Language: what a word, a space and a
// quote mark are, the word tables every stage consults (reporting verbs,
// titles, honorifics, months, stop words, …), the sentence model and the
// stemmer.
//
// It is the first stage's foundation: package quote scans each paragraph
// once into Tokens with byte spans and splits them into sentences, and
// attribution and provenance read those tokens. Each word is looked up
// once, when it is scanned: its Token carries the word's id, and
// Language.Entry gives, by that id, the Set of tables that hold it, so
// every later question ("is this a reporting verb?", "a title?") is a bit
// test.
//
// # Tables
//
// Every table is a text file, one entry a line, "#" starting a comment; see
// Table for what each holds. Default reads the English tables embedded in
// the module (this package's data directory). Most tables hold words and
// phrases, which Lookup and Has find. A few hold endings of words instead,
// which HasSuffix matches: AgentSuffixes ("-ers", "-ists": "forecasters"),
// AdjectiveSuffixes ("-al", "-ous": "presidential"), Contractions ("'s",
// "'re": "Kremlin's") and NegativeContractions ("n't": "didn't"). And
// Weekdays keeps the order of its file, Sunday first, so that its entry i
// (see All) names time.Weekday(i % 7). The stages (packages quote,
// attribution and provenance) hold no list of words in their code: every
// list is a table, and their rules name only the few function words and
// endings they are about ("according to", "who", "-ing"). A user adds a
// reporting verb, a title, a stop word or an ending with With:
//
//	lang, err := language.Default().With(language.ReportingVerbs, "opined", "opines")
//	lang, err = lang.With(language.AgentSuffixes, "ors") // "investors", "mentors"
//
// and passes lang in attribution.Options and provenance.Options. Read reads a
// whole set of tables from a directory, for another language or another
// genre.
//
// # Sentences
//
// AppendSentences splits scanned text into sentences without reading it
// again: it looks only at the tokens that can end a sentence ('.', '?', '!',
// '…' and words such as "U.S." or "Inc." that end in a period) and at the
// words around them. Its rules know titles, abbreviations, initialisms,
// initials and sentence starters, from the word lists of sentences.txt;
// where they leave the question open, it decides as the Punkt tokenizer of
// gopkg.in/neurosnap/sentences.v1/english does, from that tokenizer's
// trained English model, loaded once per process. No sentence crosses a
// line break.
package language
