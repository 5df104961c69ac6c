package attribution

import (
	"embed"
	"strings"

	"github.com/quotetrace/quotetrace/internal/lexicon"
)

// The word lists of this package live in data/*.txt: grammar of
// attributions (the words that may stand between a speaker and a verb) and
// words around outlet names. General knowledge the other packages share
// (reporting verbs, titles, places) lives in internal/lexicon.

//go:embed data/*.txt
var wordFiles embed.FS

// A wordSet is an immutable set of lower-case words or phrases.
type wordSet map[string]struct{}

// has reports whether s holds w, ignoring ASCII case.
func (s wordSet) has(w string) bool {
	var buf [48]byte
	if len(w) > len(buf) {
		_, ok := s[strings.ToLower(w)]
		return ok
	}
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	_, ok := s[string(b)]
	return ok
}

// loadWords reads data/name.txt: one entry a line; blank lines and lines
// starting with # are skipped.
func loadWords(name string) wordSet {
	b, err := wordFiles.ReadFile("data/" + name + ".txt")
	if err != nil {
		panic("attribution: " + err.Error()) // embedded at build time: cannot happen
	}
	s := wordSet{}
	for line := range strings.Lines(string(b)) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		s[strings.ToLower(line)] = struct{}{}
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
)

// isHonorificWord reports whether w is a title such as "Mr." or "Sen.".
func isHonorificWord(w string) bool { return lexicon.IsHonorific(w) }
