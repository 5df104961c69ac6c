package language

import (
	"bytes"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1/english"
)

// This file decides, for one word, what the Punkt sentence tokenizer of
// gopkg.in/neurosnap/sentences.v1/english decides for it: whether a
// sentence ends after it. It reads Punkt's trained English model directly
// and applies the three passes the tokenizer runs over a line (type-based
// annotation, token-based annotation and English's multi-period words) to
// the word and the words around it, as the tokenizer sees them: runs of
// characters between white space. Only the word, its neighbours and the
// model are read; nothing is tokenized.

// punktTables are the tables of Punkt's trained English model.
type punktTables struct {
	abbrevs      map[string]int // abbreviations, lower case, without their final period
	collocations map[string]int // "word,next": a period between them ends no sentence
	starters     map[string]int // frequent sentence starters, lower case
	ortho        map[string]int // the orthographic contexts each word type was seen in
}

// The orthographic contexts of Punkt: the word seen at the beginning of a
// sentence, in its middle or at an unknown place, in upper or lower case.
const (
	orthoBegUc = 1 << 1
	orthoMidUc = 1 << 2
	orthoUnkUc = 1 << 3
	orthoBegLc = 1 << 4
	orthoMidLc = 1 << 5
	orthoUnkLc = 1 << 6
	orthoUc    = orthoBegUc + orthoMidUc + orthoUnkUc
	orthoLc    = orthoBegLc + orthoMidLc + orthoUnkLc
)

// punktModel loads Punkt's English model once per process: decoding it
// takes milliseconds, and the tables are only read afterwards.
var punktModel = sync.OnceValue(func() *punktTables {
	tok, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		// The model is embedded in the dependency: failing is a build defect.
		panic("language: loading Punkt's English model: " + err.Error())
	}
	s := tok.Storage
	return &punktTables{
		abbrevs:      s.AbbrevTypes,
		collocations: s.Collocations,
		starters:     s.SentStarters,
		ortho:        s.OrthoContext,
	}
})

// A pword is a word as Punkt sees it (a run of characters between white
// space), with whether Punkt has it at all: the tokenizer drops the last
// word of a line when its last character is not a single byte.
type pword struct {
	text string
	ok   bool
}

// breakAfter reports whether Punkt ends a sentence after the word w, given
// the word before it (for spaced ellipses), the word after it, n, and the
// word after that, n2.
func (p *punktTables) breakAfter(w string, prev, n, n2 pword) bool {
	if !strings.ContainsAny(w, ".!?") {
		// Not a token Punkt annotates: no pass marks it.
		return false
	}
	sb, abbr := p.typeBased(w)
	if prev.ok && prev.text == "." && w == "." {
		sb = false // the second dot of ". ."
	}
	if !n.ok {
		return sb
	}
	sbN, abbrN := p.typeBased(n.text)
	sb, abbr = p.tokenBased(w, sb, abbr, n.text, sbN)
	if !multiPeriod(w) || isPunktInitial(w) {
		return sb
	}
	// English's multi-period words ("U.S.", "a.m."): an abbreviation that
	// ends a sentence only before a sentence starter. The next word's own
	// token-based pass, with the word after it, has run by now.
	if strings.ContainsAny(n.text, ".!?") && n2.ok {
		sbN2, _ := p.typeBased(n2.text)
		sbN, _ = p.tokenBased(n.text, sbN, abbrN, n2.text, sbN2)
	}
	if p.orthoHeuristic(n.text, sbN) == 1 {
		return true
	}
	var buf [64]byte
	return firstUpper(n.text) && p.starters[string(typeNoSentPeriod(buf[:0], n.text, sbN))] != 0
}

// typeBased is Punkt's first pass: '?' and '!' and a final period after a
// word that is no abbreviation end a sentence.
func (p *punktTables) typeBased(w string) (sb, abbr bool) {
	if hasSentEndChars(w) {
		return true, false
	}
	if !strings.HasSuffix(w, ".") || strings.HasSuffix(w, "..") {
		return false, false
	}
	// Punkt cuts the period off by the count of runes, not of bytes: a
	// word with letters of several bytes loses more than its period.
	var buf [64]byte
	key := appendLower(buf[:0], w[:utf8.RuneCountInString(w)-1])
	last := key
	if i := bytes.LastIndexByte(key, '-'); i >= 0 {
		last = key[i+1:]
	}
	if p.abbrevs[string(key)] != 0 || p.abbrevs[string(last)] != 0 {
		return false, true
	}
	return true, false
}

// tokenBased is Punkt's second pass over the word w, annotated sb and abbr
// so far, and the word n after it, annotated sbN: the collocation,
// orthographic and sentence-starter heuristics, and initials and ordinals.
func (p *punktTables) tokenBased(w string, sb, abbr bool, n string, sbN bool) (bool, bool) {
	if !strings.HasSuffix(w, ".") {
		return sb, abbr
	}
	var tbuf, nbuf, cbuf [64]byte
	typ := typeNoPeriod(tbuf[:0], w)
	next := typeNoSentPeriod(nbuf[:0], n, sbN)
	initial := isPunktInitial(w)
	colloc := append(append(append(cbuf[:0], typ...), ','), next...)
	if p.collocations[string(colloc)] != 0 {
		return false, true
	}
	if (abbr || strings.HasSuffix(w, "..")) && !initial {
		if p.orthoHeuristic(n, sbN) == 1 {
			return true, abbr
		}
		if firstUpper(n) && p.starters[string(next)] != 0 {
			return true, abbr
		}
	}
	if w == "." && n == "." {
		return false, abbr
	}
	if initial || string(typ) == "##number##" {
		switch p.orthoHeuristic(n, sbN) {
		case 0:
			return false, true
		case -1:
			if initial && firstUpper(n) && p.ortho[string(next)]&orthoLc == 0 {
				return false, true
			}
		}
	}
	return sb, abbr
}

// orthoHeuristic says whether the word n, annotated sb, starts a sentence
// by the cases it was seen in: 1 if it does, 0 if it does not, -1 if
// unknown.
func (p *punktTables) orthoHeuristic(n string, sb bool) int {
	if len(n) == 1 && strings.Contains(";:,.!?", n) {
		return 0
	}
	var buf [64]byte
	ctx := p.ortho[string(typeNoSentPeriod(buf[:0], n, sb))]
	if firstUpper(n) && ctx&orthoLc != 0 && ctx&orthoMidUc == 0 {
		return 1
	}
	if firstLower(n) && (ctx&orthoUc != 0 || ctx&orthoBegLc == 0) {
		return 0
	}
	return -1
}

// hasSentEndChars reports whether w ends like a sentence by English
// Punkt's rules: '?' or '!', or a period, '?' or '!' before a closing quote
// or bracket; or has a period, '?' or '!' before an opening bracket.
func hasSentEndChars(w string) bool {
	for _, s := range [...]string{
		`."`, `.'`, `.)`, `.’`, `.”`,
		`?`, `?"`, `?'`, `?)`, `?’`, `?”`,
		`!`, `!"`, `!'`, `!)`, `!’`, `!”`,
	} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	for _, s := range [...]string{`.[`, `.(`, `."`, `.'`, `?[`, `?(`, `![`, `!(`} {
		if strings.Contains(w, s) {
			return true
		}
	}
	return false
}

// multiPeriod reports whether w holds a word character followed by a
// period and, after more word characters, another period: "U.S.", "a.m.",
// "etc..". It is English Punkt's pattern ((?:[\w]\.)+[\w]*\.).
func multiPeriod(w string) bool {
	for i := 0; i+1 < len(w); i++ {
		if !isASCIIWord(w[i]) || w[i+1] != '.' {
			continue
		}
		j := i + 2
		for j < len(w) && isASCIIWord(w[j]) {
			j++
		}
		if j < len(w) && w[j] == '.' {
			return true
		}
	}
	return false
}

// isASCIIWord reports whether c is a word character of Go's regexp: \w.
func isASCIIWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// isPunktInitial reports whether w is one ASCII letter and a period: "W.".
func isPunktInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && ('a' <= w[0] && w[0] <= 'z' || 'A' <= w[0] && w[0] <= 'Z')
}

// firstUpper and firstLower report the case of w's first rune.
func firstUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && unicode.IsUpper(r)
}

func firstLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && unicode.IsLower(r)
}

// appendLower appends s lower-cased as strings.ToLower does it, invalid
// UTF-8 becoming U+FFFD.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			for _, r := range s[i:] {
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
			return dst
		}
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// appendType appends Punkt's type of the word w: lower-cased, a number at
// its end written "##number##", commas dropped.
func appendType(dst []byte, w string) []byte {
	start := len(dst)
	dst = appendLower(dst, w)
	t := dst[start:]
	// The number is Punkt's pattern -?[\.,]?\d[\d,\.-]*\.?$: the longest
	// run of digits, commas, periods and hyphens at the end, from at most
	// two characters before its first digit.
	i := len(t)
	for i > 0 && isNumberByte(t[i-1]) {
		i--
	}
	d := i
	for d < len(t) && !('0' <= t[d] && t[d] <= '9') {
		d++
	}
	if d < len(t) {
		from := d
		switch {
		case d-2 >= i && t[d-2] == '-' && (t[d-1] == '.' || t[d-1] == ','):
			from = d - 2
		case d-1 >= i && (t[d-1] == '-' || t[d-1] == '.' || t[d-1] == ','):
			from = d - 1
		}
		dst = append(dst[:start+from], "##number##"...)
		t = dst[start:]
	}
	if len(t) == 1 {
		return dst
	}
	// Drop the commas.
	k := start
	for _, c := range t {
		if c != ',' {
			dst[k] = c
			k++
		}
	}
	return dst[:k]
}

func isNumberByte(c byte) bool {
	return '0' <= c && c <= '9' || c == ',' || c == '.' || c == '-'
}

// typeNoPeriod appends w's type without its final period.
func typeNoPeriod(dst []byte, w string) []byte {
	start := len(dst)
	dst = appendType(dst, w)
	if len(dst)-start > 1 && dst[len(dst)-1] == '.' {
		dst = dst[:len(dst)-1]
	}
	return dst
}

// typeNoSentPeriod appends w's type, without its final period when Punkt
// has marked w as ending a sentence (sb).
func typeNoSentPeriod(dst []byte, w string, sb bool) []byte {
	if sb {
		return typeNoPeriod(dst, w)
	}
	return appendType(dst, w)
}
