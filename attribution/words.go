package attribution

import (
	"github.com/quotetrace/quotetrace/internal/lexicon"
	"github.com/quotetrace/quotetrace/language"
)

// The word lists of this package live in data/*.txt: grammar of
// attributions (the words that may stand between a speaker and a verb) and
// words around outlet names. General knowledge the other packages share
// (reporting verbs, titles, places) lives in internal/lexicon.

// loadWords reads data/name.txt: one entry a line; blank lines and lines
// starting with # are skipped.
func loadWords(name string) lexicon.Set {
	s, err := lexicon.ReadSet(language.Default().Data(), name+".txt")
	if err != nil {
		panic("attribution: " + err.Error()) // embedded at build time: cannot happen
	}
	return s
}

// The package's word lists, read once when the package is initialised and
// never changed.
var (
	outletWords    = loadWords("outlet_words")
	outletAnaphors = loadWords("outlet_anaphors")
	npModifiers    = loadWords("np_modifiers")
	clauseStarts   = loadWords("clause_starts")
	subjectSkips   = loadWords("subject_skips")
	nounForms      = loadWords("noun_forms")
	collectives    = loadWords("collective_nouns")
	documents      = loadWords("document_nouns")
	stanceVerbs    = loadWords("stance_verbs")
	domainSuffixes = loadWords("domain_suffixes")
	occasionWords  = loadWords("occasion_words")
)
