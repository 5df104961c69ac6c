package export

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Dmitry Peskov", "Dmitry Peskov"},
		{"Nguyễn Phú Trọng 習近平 🙂", "Nguyễn Phú Trọng 習近平 🙂"},
		{`"quoted"`, `"quoted"`},
		{"\uFFFD is kept", "\uFFFD is kept"},
		{"\u00a0\u200d\u200f", "\u00a0\u200d\u200f"}, // no-break space, joiner, right-to-left mark
		{`back\slash`, `back\\slash`},
		{`\n is no line break`, `\\n is no line break`},
		{"line\nbreak", `line\nbreak`},
		{"a\tb", `a\tb`},
		{"cr\r\nlf", `cr\r\nlf`},
		{"\a\b\f\v", `\a\b\f\v`},
		{"nul\x00", `nul\x00`},
		{"\x1b[31mred\x1b[0m", `\x1b[31mred\x1b[0m`},
		{"\x1b]0;title\x07", `\x1b]0;title\a`},
		{"del\x7f", `del\x7f`},
		{"csi\u009b2J nel\u0085", `csi\u009b2J nel\u0085`},
		{"ls\u2028ps\u2029", `ls\u2028ps\u2029`},
		{"\u202eevil\u202c", `\u202eevil\u202c`},
		{"\u2066isolate\u2069 \u202a\u202b\u202d", `\u2066isolate\u2069 \u202a\u202b\u202d`},
		{"bad \xff utf-8", `bad \xff utf-8`},
		{"cut \xe2\x80", `cut \xe2\x80`},
		{"\xc0\x80", `\xc0\x80`}, // an overlong NUL
	}
	for _, tt := range tests {
		got := escape(tt.in)
		if got != tt.want {
			t.Errorf("escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if !utf8.ValidString(got) {
			t.Errorf("escape(%q) = %q is not UTF-8", tt.in, got)
		}
		for _, r := range got {
			if escaped(r, utf8.RuneLen(r)) && r != '\\' {
				t.Errorf("escape(%q) = %q holds %U", tt.in, got, r)
			}
		}
	}
}

func TestEscapeDistinct(t *testing.T) {
	// Strings that differ stay apart, however alike they look.
	alike := [][]string{
		{"a\tb", "a b", `a\tb`, "a\\\tb"},
		{"a\nb", "a\r\nb", `a\nb`, "a\u2028b", "a\u0085b"},
		{"\xff", "\uFFFD", `\xff`, "\u00ff"},
		{"\x1b", `\x1b`, "\x1bx", "\u009b"},
		{"\u202e", `\u202e`, ""},
	}
	for _, group := range alike {
		seen := make(map[string]string)
		for _, s := range group {
			e := escape(s)
			if other, dup := seen[e]; dup && other != s {
				t.Errorf("escape(%q) = escape(%q) = %q", s, other, e)
			}
			seen[e] = s
		}
	}
}

func FuzzEscape(f *testing.F) {
	f.Add("a\tb")
	f.Add("\x1b[2J\u202e\xff\\")
	f.Fuzz(func(t *testing.T, s string) {
		e := escape(s)
		if !utf8.ValidString(e) {
			t.Fatalf("escape(%q) = %q is not UTF-8", s, e)
		}
		if strings.ContainsFunc(e, func(r rune) bool { return r != '\\' && escaped(r, utf8.RuneLen(r)) }) {
			t.Fatalf("escape(%q) = %q holds a character it escapes", s, e)
		}
		if back := unescape(t, e); back != s {
			t.Fatalf("escape(%q) = %q reads back as %q", s, e, back)
		}
	})
}

// unescape reads back the escapes of escape, failing t on any other.
func unescape(t *testing.T, e string) string {
	t.Helper()
	short := map[byte]byte{'\\': '\\', 'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v'}
	hexval := func(h string) int {
		v := 0
		for _, c := range []byte(h) {
			switch {
			case '0' <= c && c <= '9':
				v = v*16 + int(c-'0')
			case 'a' <= c && c <= 'f':
				v = v*16 + int(c-'a'+10)
			default:
				t.Fatalf("bad hex %q in %q", h, e)
			}
		}
		return v
	}
	var b strings.Builder
	for i := 0; i < len(e); i++ {
		if e[i] != '\\' {
			b.WriteByte(e[i])
			continue
		}
		if i+1 >= len(e) {
			t.Fatalf("%q ends in a lone backslash", e)
		}
		i++
		switch c := e[i]; {
		case short[c] != 0:
			b.WriteByte(short[c])
		case c == 'x' && i+3 <= len(e):
			b.WriteByte(byte(hexval(e[i+1 : i+3])))
			i += 2
		case c == 'u' && i+5 <= len(e):
			b.WriteRune(rune(hexval(e[i+1 : i+5])))
			i += 4
		default:
			t.Fatalf("bad escape in %q at %d", e, i)
		}
	}
	return b.String()
}
