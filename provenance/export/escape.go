package export

import (
	"strings"
	"unicode/utf8"
)

// escape returns s as Text and DOT write the names and words of a Trace:
// on one line, with nothing that a terminal or a renderer could take for
// other than text. These are written as escapes in the manner of Go string
// literals, and s unchanged when it has none of them:
//
//   - a backslash as \\, so that no text can pass for an escape;
//   - the control characters with a short form (\a \b \f \n \r \t \v) in
//     it, and the other C0 controls and DEL as \xHH (ESC as \x1b);
//   - the C1 controls U+0080 to U+009F (CSI is U+009B), the line and
//     paragraph separators U+2028 and U+2029, and the bidirectional
//     embeddings, overrides and isolates U+202A to U+202E and U+2066 to
//     U+2069 as \uHHHH;
//   - each byte that is not part of valid UTF-8 as \xHH (80 to FF).
//
// Two strings that differ give results that differ, so the result serves
// as an ID.
func escape(s string) string {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if escaped(r, n) {
			return escapeFrom(s, i)
		}
		i += n
	}
	return s
}

// escaped reports whether escape writes the rune r, decoded from n bytes,
// as an escape.
func escaped(r rune, n int) bool {
	switch {
	case r < 0x20 || r == '\\' || r == 0x7f:
		return true
	case r < 0x80:
		return false
	case r == utf8.RuneError:
		return n == 1 // an invalid byte, not U+FFFD itself
	}
	return r <= 0x9f || r == '\u2028' || r == '\u2029' ||
		'\u202a' <= r && r <= '\u202e' || '\u2066' <= r && r <= '\u2069'
}

// escapeFrom returns escape(s), where s[:i] needs no escapes.
func escapeFrom(s string, i int) string {
	const hex = "0123456789abcdef"
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if !escaped(r, n) {
			b.WriteRune(r)
			continue
		}
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '\a':
			b.WriteString(`\a`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\v':
			b.WriteString(`\v`)
		default:
			if r < 0x80 || r == utf8.RuneError {
				c := s[i-n] // the control, or the invalid byte
				b.WriteString(`\x`)
				b.WriteByte(hex[c>>4])
				b.WriteByte(hex[c&0xf])
				continue
			}
			b.WriteString(`\u`)
			for shift := 12; shift >= 0; shift -= 4 {
				b.WriteByte(hex[r>>shift&0xf])
			}
		}
	}
	return b.String()
}
