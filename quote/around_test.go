package quote

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/quotetrace/quotetrace/internal/bigtext"
)

// sentenceAroundByRunes is sentenceAround as it walked through the runes,
// before it searched the bytes for the marks.
func sentenceAroundByRunes(text string, para, s Span) Span {
	// Look no further than maxContext bytes either way, so that a
	// paragraph without full stops costs linear time, not quadratic.
	para.Start = max(para.Start, s.Start-maxContext)
	para.End = min(para.End, s.End+maxContext)
	out := para
	for i := s.Start; i > para.Start; {
		r, n := runeBefore(text, i)
		if (r == '.' || r == '!' || r == '?') && i < s.Start {
			if next, _ := runeAt(text, i); isSpace(next) {
				out.Start = i
				break
			}
		}
		i -= n
	}
	for i := s.End; i < para.End; {
		r, n := runeAt(text, i)
		i += n
		if r == '.' || r == '!' || r == '?' {
			if next, _ := runeAt(text, i); i >= para.End || isSpace(next) {
				out.End = i
				break
			}
		}
	}
	return out
}

// TestSentenceAroundMatchesRunes checks sentenceAround against the walk
// through the runes, for random stretches of the sample articles, of the
// texts of package bigtext and of random pieces with marks, spaces and
// runes of several bytes, cut anywhere.
func TestSentenceAroundMatchesRunes(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	texts := []string{"", "a. b", "“x” said. ", "..!? ?é. ñ!"}
	for _, a := range sampleArticles(t) {
		texts = append(texts, a.text)
	}
	for _, k := range bigtext.Kinds {
		texts = append(texts, k.Make(5000))
	}
	pieces := []string{"said", "U.S.", ". ", "! ", "?", ".", "!\n", "é", "“", "”", " ", "a", "\u00a0", "\u2003", "?\u00a0", "\xff", "\xe2\x80"}
	for range 300 {
		var b strings.Builder
		for range 1 + r.IntN(200) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		for range 300 {
			pa := r.IntN(len(text) + 1)
			para := Span{pa, pa + r.IntN(len(text)-pa+1)}
			a := para.Start + r.IntN(para.Len()+1)
			s := Span{a, a + r.IntN(para.End-a+1)}
			if got, want := sentenceAround(text, para, s), sentenceAroundByRunes(text, para, s); got != want {
				t.Fatalf("%v in paragraph %v of %q: got %v, want %v", s, para, text, got, want)
			}
		}
	}
}

// TestLastDash checks that lastDash finds the last spaced dash of each kind
// by its bytes, and passes over a hyphen inside a word and a dash at the
// span's start.
func TestLastDash(t *testing.T) {
	tests := []struct {
		text, want string // want: the text from the dash found on, or ""
	}{
		{"We will win - he said", "- he said"},
		{"We will win – he said", "– he said"},
		{"We will win — he said", "— he said"},
		{"We will win ― he said", "― he said"},
		{"We will win,— he said", "— he said"},
		{"A well-known man — a tall-ish one, said Doe", "— a tall-ish one, said Doe"},
		{"A well-known man—said Doe", ""},
		{"— said Doe", ""},
		{"“Non‐breaking‑hyphens” said Doe", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got := lastDash(tt.text, Span{0, len(tt.text)})
		var from string
		if !got.IsEmpty() {
			from = tt.text[got.Start:]
		}
		if from != tt.want {
			t.Errorf("lastDash(%q) gives %q, want %q", tt.text, from, tt.want)
		}
	}
}
