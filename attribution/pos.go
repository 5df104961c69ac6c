package attribution

import (
	"github.com/quotetrace/quotetrace/internal/nlp"
)

// Part-of-speech tags decide the few cases that word tables cannot: whether
// the capitalized word that opens a sentence is a name ("Smith said") or a
// word that is capitalized only because it comes first ("Having met Putin,
// …", "Holding up a sign, protesters …", "Currently the ministry …").
// prose's tagger reads the first words of the sentence from the tokens the
// parser scanned; its model is loaded once per process, on first need.

// posWindow is how many tokens after the word the tagger reads: its
// features look two words ahead.
const posWindow = 3

// properNoun reports whether token k of s, a capitalized word that opens the
// sentence, is a proper noun (Penn Treebank NNP or NNPS) as prose's tagger
// reads the sentence's first words. It is asked only when a pronoun points
// at the one that word names (entities.settle).
func (st *state) properNoun(s *sentence, k int) bool {
	lt := s.toks.scanned()
	if k >= len(lt) {
		return true // not expected: k is a token of s
	}
	tags := nlp.Tags().Tag(st.text, lt[:min(len(lt), k+posWindow)])
	return tags[k] == "NNP" || tags[k] == "NNPS"
}

// unknownOpener reports whether the one-word name np of s is a word that
// opens the sentence, that no table knows and that names no one the article
// has named before: the only names the tagger may be asked about.
func (st *state) unknownOpener(s *sentence, np phrase, m mention) bool {
	return np.start == 0 && np.end == 1 && m.kind == byName &&
		s.toks.at(0).entry().ID == 0 && st.ents.byName(m.name, m.typ) == nil
}
