package attribution

import (
	"strings"

	"github.com/quotetrace/quotetrace/internal/nlp"
	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
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
// sentence, is a name. It is asked only when a pronoun points at the one
// that word names (entities.settle). The article's own use of the word
// decides first: written only capitalized where no sentence or quotation
// opens ("… met Ford officials"), it is a name; written only in lower case
// ("… was not enough"), it is not (see caseElsewhere). Otherwise it is a
// name when it is a proper noun (Penn Treebank NNP or NNPS) as prose's
// tagger reads the sentence's first words.
func (st *state) properNoun(s *sentence, k int) bool {
	lt := s.toks.scanned()
	if k >= len(lt) {
		return true // not expected: k is a token of s
	}
	switch upper, lower := st.caseElsewhere(lt[k].Text(st.text)); {
	case upper && !lower:
		return true
	case lower && !upper:
		return false
	}
	tags := nlp.Tags().Tag(st.text, lt[:min(len(lt), k+posWindow)])
	return tags[k] == "NNP" || tags[k] == "NNPS"
}

// caseElsewhere reports how the article's body writes the word w inside
// its sentences, where case tells a name from a common word: whether
// capitalized, and whether in lower case (see caseAt).
func (st *state) caseElsewhere(w string) (upper, lower bool) {
	if w == "" {
		return false, false
	}
	for si := range st.sentences {
		s := &st.sentences[si]
		if st.art.Paragraphs[s.para].Role != quote.Body {
			continue
		}
		lt := s.toks.scanned()
		for k := 1; k < len(lt); k++ {
			if t := lt[k]; t.Kind != language.Word || t.End-t.Start != len(w) || !strings.EqualFold(st.text[t.Start:t.End], w) {
				continue
			}
			switch st.caseAt(lt, k) {
			case caseUpper:
				upper = true
			case caseLower:
				lower = true
			}
		}
	}
	return upper, lower
}

// The case of a word where it tells a name from a common word (caseAt).
const (
	caseNone  = 0
	caseUpper = 1 << 0 // capitalized: a name
	caseLower = 1 << 1 // in lower case: a common word
)

// caseAt returns what the case of word k of lt, a sentence's scanned
// tokens, says of it: caseUpper or caseLower, or caseNone where case says
// nothing: a sentence's first word, a word after a quote mark, a colon or
// a dash, and a word in capitals (a shout, a header).
func (st *state) caseAt(lt []language.Token, k int) uint8 {
	if k == 0 {
		return caseNone
	}
	if p := lt[k-1]; p.Kind == language.QuoteMark || p.Kind == language.Punct && !isMidPunct(st.text[p.Start:p.End]) {
		return caseNone // "“Unity is …", ": Enough", "— Perhaps"
	}
	w := st.text[lt[k].Start:lt[k].End]
	switch {
	case !startsUpper(w):
		return caseLower
	case isAllCaps(w):
		return caseNone // "ENOUGH"
	}
	return caseUpper
}

// tableCase returns what the article's body says of the case of the word
// of the Language's tables whose id is id (see caseAt): caseUpper,
// caseLower or both. readTokens notes it for each word as it reads the
// tokens.
func (st *state) tableCase(id uint32) uint8 {
	if int(id) < len(st.caseByID) {
		return st.caseByID[id]
	}
	return caseNone
}

// noteCase notes for tableCase what the case of word k of lt, a body
// sentence's scanned tokens and a word of the tables, says of it.
func (st *state) noteCase(lt []language.Token, k int) {
	c := st.caseAt(lt, k)
	if c == caseNone {
		return
	}
	id := int(lt[k].ID)
	if id >= len(st.caseByID) {
		st.caseByID = append(st.caseByID, make([]uint8, id+1-len(st.caseByID))...)
	}
	st.caseByID[id] |= c
}

// isMidPunct reports whether the mark p leaves the next word inside its
// sentence, where only a name is capitalized: a comma, a semicolon, a
// parenthesis.
func isMidPunct(p string) bool { return p == "," || p == "(" || p == ")" || p == ";" }

// unknownOpener reports whether the one-word name np of s is a word that
// opens the sentence, that no table knows and that names no one the article
// has named before: the only names the tagger may be asked about.
func (st *state) unknownOpener(s *sentence, np phrase, m mention) bool {
	return np.start == 0 && np.end == 1 && m.kind == byName &&
		s.toks.at(0).entry().ID == 0 && st.ents.byName(m.name, m.typ) == nil
}
