package quote

import (
	"iter"
	"unicode"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/language"
)

// A reader reads one text in a Language: the text, and the Language's
// definitions and word tables.
type reader struct {
	l    *language.Language
	text string
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

// word is a run of letters and digits, with the apostrophes, hyphens and
// inner dots that join them ("can't", "Trump-Putin", "U.S."), and its entry
// in the Language's tables.
type word struct {
	span  Span
	text  string
	entry language.Entry
}

// isJoiner reports whether r can join two parts of one word.
func isJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '.' || r == '‐' || r == '‑'
}

// wordsIn yields the words of the text within s, in order.
func (rd *reader) wordsIn(s Span) iter.Seq[word] {
	text := rd.text
	return func(yield func(word) bool) {
		i := s.Start
		for i < s.End {
			r, n := runeAt(text, i)
			if !isWordRune(r) {
				i += n
				continue
			}
			start := i
			i += n
			for i < s.End {
				r, n := runeAt(text, i)
				if isWordRune(r) {
					i += n
					continue
				}
				if isJoiner(r) && i+n < s.End {
					if r2, _ := runeAt(text, i+n); isWordRune(r2) {
						i += n
						continue
					}
				}
				break
			}
			// Keep the final dot of an initialism such as "U.S.".
			if i < s.End && text[i] == '.' && i-start >= 3 && text[i-2] == '.' {
				i++
			}
			if !yield(word{Span{start, i}, text[start:i], rd.l.Lookup(text[start:i])}) {
				return
			}
		}
	}
}

// words returns the words of the text within s, in order, at most max of
// them when max > 0.
func (r *reader) words(s Span, max int) []word {
	return r.appendWords(nil, s, max)
}

// appendWords appends the words of the text within s to dst, at most max of
// them when max > 0, so that callers can keep small word lists on the stack.
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
// before i and start at or after from, nearest last.
func (rd *reader) wordsBefore(dst []word, i, from, n int) []word {
	text := rd.text
	from = max(from, i-maxContext)
	// Walk back over n+1 words' worth of text, then reuse appendWords.
	j := i
	for count := 0; j > from && count <= n; {
		r, size := runeBefore(text, j)
		if isWordRune(r) {
			for j > from {
				r, size := runeBefore(text, j)
				if !isWordRune(r) && !(isJoiner(r) && j-size > from) {
					break
				}
				j -= size
			}
			count++
			continue
		}
		j -= size
	}
	ws := rd.appendWords(dst, Span{j, i}, n+1)
	if extra := len(ws) - len(dst) - n; extra > 0 {
		ws = append(ws[:len(dst)], ws[len(dst)+extra:]...)
	}
	return ws
}
