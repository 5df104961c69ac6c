package quote

import (
	"iter"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/language"
)

// A reader reads one text in a Language: the text, and the Language's
// definitions and word tables.
type reader struct {
	l    *language.Language
	text string
	// toks are the tokens of the text's Headline and Body paragraphs.
	toks []language.Token
}

// isSpace reports whether r is white space, counting the no-break spaces
// and the zero-width characters that web pages scatter through text: see
// language.IsSpace.
func isSpace(r rune) bool { return language.IsSpace(r) }

// isWordRune reports whether r can be part of a word: a letter, a digit or
// a combining mark (language.IsWordRune).
func isWordRune(r rune) bool { return language.IsWordRune(r) }

// isUpper reports whether r is an upper-case letter.
func isUpper(r rune) bool {
	if r < 0x80 {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

// isLower reports whether r is a lower-case letter.
func isLower(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

// runeBefore returns the rune ending at byte i of text and its size, or
// (-1, 0) at the start of text. Invalid UTF-8 gives (utf8.RuneError, 1).
func runeBefore(text string, i int) (rune, int) {
	if i <= 0 {
		return -1, 0
	}
	return utf8.DecodeLastRuneInString(text[:i])
}

// runeAt returns the rune starting at byte i of text and its size, or
// (-1, 0) at the end of text. Invalid UTF-8 gives (utf8.RuneError, 1).
func runeAt(text string, i int) (rune, int) {
	if i >= len(text) {
		return -1, 0
	}
	return utf8.DecodeRuneInString(text[i:])
}

// trim shrinks s past white space at either end.
func trim(text string, s Span) Span {
	for s.Start < s.End {
		r, n := runeAt(text, s.Start)
		if !isSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := runeBefore(text, s.End)
		if !isSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}

// skipSpaceBack returns the offset before the white space that ends at i,
// going no further back than min.
func skipSpaceBack(text string, i, min int) int {
	for i > min {
		r, n := runeBefore(text, i)
		if !isSpace(r) {
			break
		}
		i -= n
	}
	return i
}

// skipSpace returns the offset after the white space that starts at i,
// going no further than max.
func skipSpace(text string, i, max int) int {
	for i < max {
		r, n := runeAt(text, i)
		if !isSpace(r) {
			break
		}
		i += n
	}
	return i
}

// A word is a word of the text as the Language scans it (a Word token),
// with the possessive ending that follows it ("CNN’s"), and its entry in
// the Language's tables (none for a word with a possessive ending).
type word struct {
	span  Span
	text  string
	entry language.Entry
}

// tokensFrom returns the tokens of the text paragraphs that start at or
// after i, or, for a reader of a text with no tokens (a string that layout
// reads), the tokens of text[i:end] as the Language scans them.
func (r *reader) tokensFrom(i, end int) []language.Token {
	if r.toks == nil {
		return r.l.Scan(nil, r.text, i, end)
	}
	k := sort.Search(len(r.toks), func(k int) bool { return r.toks[k].Start >= i })
	return r.toks[k:]
}

// wordsIn yields the words of the text that start within s, in order.
func (r *reader) wordsIn(s Span) iter.Seq[word] {
	return func(yield func(word) bool) {
		toks := r.tokensFrom(s.Start, s.End)
		for k := 0; k < len(toks) && toks[k].Start < s.End; k++ {
			t := toks[k]
			if t.Kind != language.Word {
				continue
			}
			w := word{Span{t.Start, t.End}, r.text[t.Start:t.End], r.l.Entry(t)}
			if k+1 < len(toks) && toks[k+1].Kind == language.Possessive && toks[k+1].Start == t.End {
				k++
				w.span.End = toks[k].End
				w.text, w.entry = r.text[w.span.Start:w.span.End], language.Entry{}
			}
			if !yield(w) {
				return
			}
		}
	}
}

// wordCount returns the number of words of the text that start within s,
// counting no further than max: len(r.appendWords(nil, s, max)), without
// the words.
func (r *reader) wordCount(s Span, max int) int {
	n := 0
	for range r.wordsIn(s) {
		if n == max {
			break
		}
		n++
	}
	return n
}

// appendWords appends the words of the text that start within s to dst, at
// most max of them when max > 0, so that callers keep their short word
// lists on the stack.
func (r *reader) appendWords(dst []word, s Span, max int) []word {
	out := dst
	for w := range r.wordsIn(s) {
		if max > 0 && len(out)-len(dst) == max {
			break
		}
		out = append(out, w)
	}
	return out
}

// wordsBefore appends to dst up to n words of the text that end at or
// before i and start at or after from (and no more than maxContext bytes
// before i), nearest last.
func (r *reader) wordsBefore(dst []word, i, from, n int) []word {
	from = max(from, i-maxContext)
	toks := r.tokensFrom(from, i)
	// The first of the last n words that end by i.
	k := sort.Search(len(toks), func(k int) bool { return toks[k].End > i })
	for count := 0; k > 0 && count < n; {
		k--
		if toks[k].Kind == language.Word {
			count++
		}
	}
	start := i
	if k < len(toks) {
		start = toks[k].Start
	}
	out := r.appendWords(dst, Span{start, i}, 0)
	// A word whose possessive ending runs past i is not one of them.
	for len(out) > len(dst) && out[len(out)-1].span.End > i {
		out = out[:len(out)-1]
	}
	return out
}
