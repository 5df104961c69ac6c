package language

import (
	"unicode"
	"unicode/utf8"
)

// This file is the one definition, for every package of quotetrace, of what
// a word, a space and a quote mark are.

// A Kind says what a Token is.
type Kind uint8

// The kinds of tokens.
const (
	// Word is a run of letters, digits and combining marks, with the inner
	// apostrophes, hyphens and dots that join them ("don't", "vice-president",
	// "U.S."), commas between digits ("1,000") and the final dot of an
	// abbreviation ("Mr.", "U.S.").
	Word Kind = iota + 1
	// Possessive is the possessive ending of a word: "’s", "'s".
	Possessive
	// Punct is any other mark: , ; : ( ) — . and the like.
	Punct
	// QuoteMark is a quote mark that is not an apostrophe inside a word.
	QuoteMark
)

// A Token is one word or mark of a text, with its byte span. It takes 24
// bytes on 64-bit machines: the tables that hold a word are not in the
// token but in the Language that scanned it, by the word's id (see
// Language.Entry).
type Token struct {
	// Start and End are the token's byte span: text[Start:End].
	Start, End int
	// ID is, for a Word token, the id of its entry in the Language that
	// scanned it (Entry.ID): 0 for a word of no table, and for the tokens
	// of other kinds. Language.Entry gives the tables that hold it.
	ID   uint32
	Kind Kind
}

// Text returns the token's text: text[t.Start:t.End].
func (t Token) Text(text string) string { return text[t.Start:t.End] }

// IsSpace reports whether r separates words: white space, including the
// no-break spaces, and the zero-width spaces and joiners that web pages
// scatter through text (U+200B to U+200D, U+2060, U+FEFF).
func IsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0,
		0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
		return true
	}
	return r > 0x7f && unicode.IsSpace(r)
}

// IsLineBreak reports whether r ends a line: "\n", "\r", U+0085, U+2028 or
// U+2029 (and U+000B, U+000C).
func IsLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// IsWordRune reports whether r can be part of a word: a letter, a digit or
// a combining mark.
func IsWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me)
}

// isWordStart reports whether r can start a word: a letter or a digit.
func isWordStart(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isIgnorable reports whether r is a format character that is no part of
// what a text says (a soft hyphen, a bidirectional mark) and that does not
// separate words.
func isIgnorable(r rune) bool {
	switch {
	case r < 0xAD:
		return false
	case r == 0xAD:
		return true // soft hyphen
	case r < 0x600, 0x2010 <= r && r <= 0x2027:
		return false // no format characters; dashes and quote marks
	}
	return !IsSpace(r) && unicode.Is(unicode.Cf, r)
}

// IsQuoteMark reports whether r can be a quote mark: " ' ` “ ” „ ‟ ‘ ’ ‚ ‛
// « » ‹ ›.
func IsQuoteMark(r rune) bool {
	switch r {
	case '"', '\'', '`', '“', '”', '„', '‟', '‘', '’', '‚', '‛', '«', '»', '‹', '›':
		return true
	}
	return false
}

// IsApostrophe reports whether r can be an apostrophe: ' or ’.
func IsApostrophe(r rune) bool { return r == '\'' || r == '’' }

// Scan appends the tokens of text[start:end] to dst and returns it. Space,
// invalid UTF-8 and format characters between words are skipped. Each word
// is looked up in l once: its Token.ID is the word's id, and l.Entry(t)
// says which tables hold it.
func (l *Language) Scan(dst []Token, text string, start, end int) []Token {
	start, end = max(start, 0), min(end, len(text))
	for i := start; i < end; {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
				i++
				continue
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
				dst = l.appendWord(dst, text, i, end)
				i = dst[len(dst)-1].End
				continue
			}
			kind := Punct
			if c == '"' || c == '\'' || c == '`' {
				kind = QuoteMark
			}
			dst = append(dst, Token{Start: i, End: i + 1, Kind: kind})
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case r == utf8.RuneError || IsSpace(r) || isIgnorable(r):
			i += n
		case isWordStart(r):
			dst = l.appendWord(dst, text, i, end)
			i = dst[len(dst)-1].End
		default:
			kind := Punct
			if IsQuoteMark(r) {
				kind = QuoteMark
			}
			dst = append(dst, Token{Start: i, End: i + n, Kind: kind})
			i += n
		}
	}
	return dst
}

// MaxTokens returns a number of tokens that l.Scan gives no more of for
// text[start:end], reading the text far faster than Scan does, so that a
// caller can allocate the tokens of a text at once: it counts each rune
// that is neither a space nor part of a word, and each run of letters,
// digits and combining marks. On news prose it is within a few percent of
// the number of tokens; words joined by an apostrophe, a hyphen, a dot or
// a comma ("don't", "U.S.", "1,000") are counted as their parts.
func (l *Language) MaxTokens(text string, start, end int) int {
	start, end = max(start, 0), min(end, len(text))
	n := 0
	var inWord uint8 // 1 when the rune before is part of a run counted as a word
	for i := start; i < end; {
		if c := text[i]; c < utf8.RuneSelf {
			// Without a branch on the byte: a word byte after no word
			// byte starts a token, and a mark is one.
			k := asciiCount[c]
			w := k & countWord
			n += int(k>>1 | w&^inWord)
			inWord = w
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:end])
		i += size
		switch {
		case IsSpace(r):
			inWord = 0
		case inWord == 1 && IsWordRune(r):
		case isWordStart(r):
			n++
			inWord = 1
		default:
			// A mark, invalid UTF-8, a format character or a combining
			// mark that no letter comes before: at most one token.
			n++
			inWord = 0
		}
	}
	return n
}

// What MaxTokens counts of each ASCII byte: countWord for a letter or
// digit, countMark for a byte that is a token of its own (neither a space
// as Scan skips it nor part of a word), nothing for a space.
const (
	countWord = 1 << 0
	countMark = 1 << 1
)

// asciiCount gives countWord or countMark for each ASCII byte, or 0 for a
// space. It is never written after initialization.
var asciiCount = func() (c [utf8.RuneSelf]uint8) {
	for b := range utf8.RuneSelf {
		switch {
		case b == ' ' || '\t' <= b && b <= '\r': // \t \n \v \f \r
		case 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9':
			c[b] = countWord
		default:
			c[b] = countMark
		}
	}
	return c
}()

// appendWord appends the word starting at i, split from its possessive
// ending if it has one.
func (l *Language) appendWord(dst []Token, text string, i, limit int) []Token {
	end := l.wordEnd(text, i, limit)
	if p := possessiveStart(text, i, end); p > i {
		dst = append(dst, Token{Start: i, End: p, Kind: Word, ID: l.id(text[i:p])})
		return append(dst, Token{Start: p, End: end, Kind: Possessive})
	}
	return append(dst, Token{Start: i, End: end, Kind: Word, ID: l.id(text[i:end])})
}

// wordEnd returns the end of the word starting at i: letters, digits and
// combining marks, joined by inner apostrophes, hyphens, dots and commas
// between digits ("1,000"), and a final dot of an abbreviation ("U.S.",
// "Mr.").
func (l *Language) wordEnd(text string, i, limit int) int {
	j := i
	dots := false
	for j < limit {
		r, n := rune(text[j]), 1
		if r < utf8.RuneSelf {
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' {
				j++
				continue
			}
		} else {
			r, n = utf8.DecodeRuneInString(text[j:limit])
		}
		if IsWordRune(r) || j > i && isIgnorable(r) && j+n < limit && nextIsWord(text, j+n, limit) {
			j += n
			continue
		}
		if r == '.' || r == '-' || r == '‑' || IsApostrophe(r) || r == ',' {
			// Joins only when a letter or digit follows.
			if j+n < limit && nextIsWord(text, j+n, limit) {
				if r == ',' {
					prev, _ := utf8.DecodeLastRuneInString(text[:j])
					next, _ := utf8.DecodeRuneInString(text[j+n : limit])
					if !unicode.IsDigit(prev) || !unicode.IsDigit(next) {
						break
					}
				}
				if r == '.' {
					dots = true
				}
				j += n
				continue
			}
			// A dot ends an abbreviation: "U.S." or "Mr." or "Sen.".
			if r == '.' && (dots || l.isAbbreviation(text[i:j])) {
				j += n
			}
		}
		break
	}
	return j
}

// nextIsWord reports whether text[j:limit] starts with a letter or digit.
func nextIsWord(text string, j, limit int) bool {
	r, _ := utf8.DecodeRuneInString(text[j:limit])
	return isWordStart(r)
}

// isAbbreviation reports whether w, without its dot, is a short title or
// honorific that takes one ("Mr", "Dr", "Sen", "Gov").
func (l *Language) isAbbreviation(w string) bool {
	if len(w) > 5 {
		return false
	}
	return l.hasDotted(Honorifics, w)
}

// hasDotted reports whether table t holds w followed by a dot.
func (l *Language) hasDotted(t Table, w string) bool {
	var buf [8]byte
	if len(w)+1 > len(buf) {
		return false
	}
	b := append(buf[:0], w...)
	b = append(b, '.')
	return l.Lookup(string(b)).In.Has(t)
}

// possessiveStart returns where the possessive ending of text[i:end] starts
// ("’s", "'s"), or i when it has none.
func possessiveStart(text string, i, end int) int {
	if c := text[end-1]; c != 's' && c != 'S' {
		return i
	}
	for _, s := range [...]string{"’s", "'s", "’S", "'S"} {
		if end-i > len(s) && text[end-len(s):end] == s {
			return end - len(s)
		}
	}
	return i
}
