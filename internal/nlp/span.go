package nlp

import (
	"unicode"
	"unicode/utf8"
)

// Span is a half-open range [Start, End) of UTF-8 byte offsets.
type Span struct{ Start, End int }

// In returns the bytes of text that s covers. Like a slice expression it
// panics if s does not lie within text.
func (s Span) In(text string) string { return text[s.Start:s.End] }

// clamp limits span to [0, n). ok is false when nothing is left.
func clamp(span Span, n int) (start, end int, ok bool) {
	start, end = max(span.Start, 0), min(span.End, n)
	return start, end, start < end
}

// isSpace reports whether r is white space for this package: Unicode white
// space (which includes U+00A0 no-break space) plus the zero-width characters
// that news feeds scatter through text.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || isZeroWidth(r)
}

// isZeroWidth reports whether r is an invisible zero-width character that
// unicode.IsSpace does not count as space.
func isZeroWidth(r rune) bool {
	switch r {
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return true
	}
	return false
}

// isLineBreak reports whether r ends a line. No sentence spans a line break.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return true
	}
	return false
}

// decode decodes the rune at text[i:end]; invalid bytes decode as
// utf8.RuneError of width 1, exactly as a range loop does.
func decode(text string, i, end int) (rune, int) {
	return utf8.DecodeRuneInString(text[i:end])
}
