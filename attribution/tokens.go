package attribution

import (
	"unicode"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/internal/lexicon"
	"github.com/quotetrace/quotetrace/quote"
)

// A tokenKind says what a token is.
type tokenKind uint8

const (
	word       tokenKind = iota // letters, digits, inner apostrophes, hyphens and dots
	possessive                  // ’s, 's, or a lone ’ after a plural
	punct                       // any other mark: , ; : ( ) — and the like
	mark                        // a quote mark that is not part of a quotation's words
)

// A token is a word or a punctuation mark of a sentence.
type token struct {
	span quote.Span
	text string
	kind tokenKind
	// quote is the index in the document's quotes of the quotation whose
	// words or marks hold the token, or -1.
	quote int
}

// isWord reports whether the token is a word whose text is w, ignoring
// ASCII case.
func (t token) is(w string) bool {
	return t.kind == word && equalFold(t.text, w)
}

// capitalized reports whether the token is a word starting with an upper
// case letter or a digit.
func (t token) capitalized() bool {
	if t.kind != word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// equalFold is strings.EqualFold for ASCII-only w, without its Unicode work.
func equalFold(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// isQuoteMark reports whether r can be a quote mark.
func isQuoteMark(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '‟', '«', '»', '‘', '’', '\'', '`':
		return true
	}
	return false
}

// isApostrophe reports whether r can be an apostrophe.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// tokenize appends the tokens of text[span] to dst. inQuote(i) gives the
// index of the quotation holding byte i, or -1.
func tokenize(dst []token, text string, span quote.Span, inQuote func(int) int) []token {
	i := span.Start
	for i < span.End {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r) || r == utf8.RuneError || unicode.Is(unicode.Cf, r):
			i += n
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			end := wordEnd(text, i, span.End)
			// A possessive ending is a token of its own.
			if p := possessiveStart(text, i, end); p > i {
				dst = append(dst, token{span: quote.Span{Start: i, End: p}, text: text[i:p], kind: word, quote: inQuote(i)})
				dst = append(dst, token{span: quote.Span{Start: p, End: end}, text: text[p:end], kind: possessive, quote: inQuote(p)})
			} else {
				dst = append(dst, token{span: quote.Span{Start: i, End: end}, text: text[i:end], kind: word, quote: inQuote(i)})
			}
			i = end
			continue
		}
		kind := punct
		if isQuoteMark(r) {
			kind = mark
		}
		dst = append(dst, token{span: quote.Span{Start: i, End: i + n}, text: text[i : i+n], kind: kind, quote: inQuote(i)})
		i += n
	}
	return dst
}

// wordEnd returns the end of the word starting at i: letters and digits,
// joined by inner apostrophes, hyphens, dots and commas between digits
// ("1,000"), and a final dot of an abbreviation ("U.S.", "Mr.").
func wordEnd(text string, i, limit int) int {
	j := i
	dots := false
	for j < limit {
		r, n := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += n
			continue
		}
		if r == '.' || r == '-' || r == '‑' || isApostrophe(r) || r == ',' {
			// Joins only when a letter or digit follows.
			next, _ := utf8.DecodeRuneInString(text[min(j+n, limit):])
			if j+n < limit && (unicode.IsLetter(next) || unicode.IsDigit(next)) {
				if r == ',' {
					prev, _ := utf8.DecodeLastRuneInString(text[:j])
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
			if r == '.' && (dots || isAbbreviation(text[i:j])) {
				j += n
			}
		}
		break
	}
	return j
}

// isAbbreviation reports whether w, without its dot, is a short title or
// honorific that takes one ("Mr", "Dr", "Sen", "Gov").
func isAbbreviation(w string) bool {
	if len(w) > 5 {
		return false
	}
	return lexicon.IsHonorific(w + ".")
}

// possessiveStart returns where the possessive ending of text[i:end] starts
// ("’s", "'s"), or i when it has none.
func possessiveStart(text string, i, end int) int {
	for _, s := range [...]string{"’s", "'s", "’S", "'S"} {
		if end-i > len(s) && text[end-len(s):end] == s {
			return end - len(s)
		}
	}
	return i
}
