package nlp

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/jdkato/prose/v2"
)

// tokensOf locates each "text/TAG" of toks in text, in order, from byte
// start on, and returns the tokens with their spans.
func tokensOf(t *testing.T, text string, start int, toks ...string) []Token {
	t.Helper()
	var out []Token
	at := start
	for _, tt := range toks {
		slash := strings.LastIndex(tt, "/")
		word, tag := tt[:slash], tt[slash+1:]
		i := strings.Index(text[at:], word)
		if i < 0 {
			t.Fatalf("bad test: %q not in %q after byte %d", word, text, at)
		}
		out = append(out, Token{Span: Span{at + i, at + i + len(word)}, Text: word, Tag: tag})
		at += i + len(word)
	}
	return out
}

func TestTag(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "original text/TAG" of each token, located in order
	}{
		{"curly quotes and apostrophes", `“It’s Trump’s call,” he said. “We can't.”`,
			[]string{"“/``", "It/PRP", "’s/VBZ", "Trump/NNP", "’s/POS", "call/NN", ",/,", "”/''", "he/PRP", "said/VBD", "./.",
				"“/``", "We/PRP", "ca/MD", "n't/RB", "./.", "”/''"}},
		{"straight quotes", `"I made a statement," Peskov told reporters.`,
			[]string{`"/` + "``", "I/PRP", "made/VBD", "a/DT", "statement/NN", ",/,", `"/''`, "Peskov/NNP", "told/VBD", "reporters/NNS", "./."}},
		{"initialism and dashes", `The U.S. deal — signed Monday—was off – or not.`,
			[]string{"The/DT", "U.S./NNP", "deal/NN", "—/:", "signed/VBD", "Monday/NNP", "—/:", "was/VBD", "off/RB", "–/:", "or/CC", "not/RB", "./."}},
		{"words prose would drop", `Trump's, he said. I don't. O'Malley called it 'so-called' reform.`,
			[]string{"Trump/NNP", "'s/POS", ",/,", "he/PRP", "said/VBD", "./.", "I/PRP", "do/VBP", "n't/RB", "./.",
				"O'Malley/NNP", "called/VBD", "it/PRP", "'/``", "so-called/JJ", "'/''", "reform/NN", "./."}},
		{"HTML apostrophe", `Trump&rsquo;s plan`, []string{"Trump/NNP", "&rsquo;s/POS", "plan/NN"}},
		{"invalid UTF-8", "He \xff said \xc3 it.",
			[]string{"He/PRP", "\xff/VB", "said/VBD", "\xc3/VB", "it/PRP", "./."}},
		{"odd white space", "\u00a0He\u200bleft\ttoday.\r\n", []string{"He/PRP", "left/VBD", "today/NN", "./."}},
		{"ellipsis", "He paused… then spoke...",
			[]string{"He/PRP", "paused/VBD", "…/.", "then/RB", "spoke/VBD", "./.", "./.", "./."}},
		{"abbreviations", "Mr. Trump called on Dec. 26 in St. Petersburg.",
			[]string{"Mr./NNP", "Trump/NNP", "called/VBD", "on/IN", "Dec./NNP", "26/CD", "in/IN", "St./NNP", "Petersburg/NNP", "./."}},
	}
	tg := Tags()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tokensOf(t, tt.text, 0, tt.want...)
			got := tg.Tag(tt.text, Span{0, len(tt.text)})
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Tag(%q) (-want +got):\n%s", tt.text, diff)
			}
			if err := checkTokens(tt.text, Span{0, len(tt.text)}, got, true); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestTagExactSpans(t *testing.T) {
	text := "Intro. “Hi,” he said."
	tests := []struct {
		name string
		span Span
		want []Token
	}{
		{"whole", Span{0, len(text)}, []Token{
			{Span{0, 5}, "Intro", "NNP"}, {Span{5, 6}, ".", "."},
			{Span{7, 10}, "“", "``"}, {Span{10, 12}, "Hi", "NNP"}, {Span{12, 13}, ",", ","}, {Span{13, 16}, "”", "''"},
			{Span{17, 19}, "he", "PRP"}, {Span{20, 24}, "said", "VBD"}, {Span{24, 25}, ".", "."},
		}},
		{"sub-span gives offsets of text", Span{7, 16}, []Token{
			{Span{7, 10}, "“", "``"}, {Span{10, 12}, "Hi", "NNP"}, {Span{12, 13}, ",", ","}, {Span{13, 16}, "”", "''"},
		}},
		{"span cutting a rune", Span{8, 12}, []Token{{Span{8, 12}, "\x80\x9cHi", "NN"}}},
		{"white space only", Span{6, 7}, nil},
		{"empty span", Span{3, 3}, nil},
		{"reversed span", Span{9, 2}, nil},
		{"span past the end is clamped", Span{17, 1000}, []Token{{Span{17, 19}, "he", "PRP"}, {Span{20, 24}, "said", "VBD"}, {Span{24, 25}, ".", "."}}},
	}
	tg := Tags()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tg.Tag(text, tt.span)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Tag(%v) (-want +got):\n%s", tt.span, diff)
			}
		})
	}
}

func TestTagsIsShared(t *testing.T) {
	if first, second := Tags(), Tags(); first != second {
		t.Fatal("Tags() built more than one Tagger")
	}
}

// checkTokens reports the ways toks break Tag's contract. With cover, every
// non-space rune of text[span] must also lie in some token.
func checkTokens(text string, span Span, toks []Token, cover bool) error {
	start, end := max(span.Start, 0), min(span.End, len(text))
	prev := start
	for i, tk := range toks {
		s := tk.Span
		if s.Start < prev || s.End > end || s.Start >= s.End {
			return fmt.Errorf("token %d %v out of order, empty or out of [%d,%d)", i, s, prev, end)
		}
		if tk.Text != s.In(text) {
			return fmt.Errorf("token %d: Text %q != Span.In(text) %q", i, tk.Text, s.In(text))
		}
		if cover {
			for j := prev; j < s.Start; {
				r, n := utf8.DecodeRuneInString(text[j:s.Start])
				if !spaceLike(r) {
					return fmt.Errorf("byte %d (%q) before token %d is in no token", j, text[j:j+n], i)
				}
				j += n
			}
		}
		prev = s.End
	}
	if cover && start < end && strings.TrimFunc(text[prev:end], spaceLike) != "" {
		return fmt.Errorf("%q after the last token is in no token", text[prev:end])
	}
	return nil
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"", " ", `“It’s Trump’s call,” he said. “We can't.”`, "Trump's, he said. I don't. O'Malley 'so-called'",
		"He \xff said \xc3 it. Ⱥx K Å", "&rsquo;s &rsquo; ''`` \"'\" '' ' 's 'll n't", "$100 (AP) [x] :-) U.S.—D.C.…",
		newsText[:600],
	} {
		f.Add(s, 0, len(s))
	}
	tg := Tags()
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		for _, span := range []Span{{0, len(text)}, {start, end}} {
			got := tg.Tag(text, span)
			if err := checkTokens(text, span, got, false); err != nil {
				t.Fatalf("Tag(%q, %v) = %v: %v", text, span, got, err)
			}
		}
	})
}

func TestTagConcurrent(t *testing.T) {
	inputs := []string{
		newsText[:1200],
		`“It’s Trump’s call,” he said. “We can't.”`,
		"Trump's, he said. I don't. O'Malley called it 'so-called' reform.",
		"The U.S. deal — signed Monday — was off.",
	}
	tg := Tags()
	want := make([][]Token, len(inputs))
	for i, in := range inputs {
		want[i] = tg.Tag(in, Span{0, len(in)})
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for n := range 8 {
				i := (g + n) % len(inputs)
				got := Tags().Tag(inputs[i], Span{0, len(inputs[i])})
				if diff := cmp.Diff(want[i], got); diff != "" {
					t.Errorf("goroutine %d: concurrent Tag differs (-want +got):\n%s", g, diff)
					return
				}
			}
		})
	}
	wg.Wait()
}

func BenchmarkTag(b *testing.B) {
	tg := Tags()
	span := Span{0, len(newsText)}
	b.SetBytes(int64(len(newsText)))
	b.ReportAllocs()
	for b.Loop() {
		tg.Tag(newsText, span)
	}
}

// BenchmarkSplitTag splits the text into sentences and tags each: the way
// callers are expected to use the package.
func BenchmarkSplitTag(b *testing.B) {
	sp, tg := Sentences(), Tags()
	b.SetBytes(int64(len(newsText)))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sp.Split(newsText, Span{0, len(newsText)}) {
			tg.Tag(newsText, s)
		}
	}
}

// BenchmarkProseNewDocumentSharedModel is the baseline: prose's full default
// pipeline (its own segmentation, tokenization, tagging and entity
// extraction) with a model built once and shared.
func BenchmarkProseNewDocumentSharedModel(b *testing.B) {
	model := prose.ModelFromData("bench")
	b.SetBytes(int64(len(newsText)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prose.NewDocument(newsText, prose.UsingModel(model)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkProseNewDocumentNoModel shows what prose.NewDocument costs when
// it is not given a model: it decodes its models again on every call.
func BenchmarkProseNewDocumentNoModel(b *testing.B) {
	b.SetBytes(int64(len(newsText)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prose.NewDocument(newsText); err != nil {
			b.Fatal(err)
		}
	}
}
