package nlp

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quotetrace/quotetrace/language"
)

// tagged scans text and returns its tokens as "text/TAG".
func tagged(text string) []string {
	toks := language.Default().Scan(nil, text, 0, len(text))
	tags := Tags().Tag(text, toks)
	var out []string
	for k, tok := range toks {
		out = append(out, text[tok.Start:tok.End]+"/"+tags[k])
	}
	return out
}

func TestTag(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"curly quotes and apostrophes", `“It’s Trump’s call,” he said. “We can't.”`,
			[]string{"“/``", "It/PRP", "’s/POS", "Trump/NNP", "’s/POS", "call/NN", ",/,", "”/''", "he/PRP", "said/VBD", "./.",
				"“/``", "We/PRP", "can't/MD", "./.", "”/''"}},
		{"straight quotes", `"I made a statement," Peskov told reporters.`,
			[]string{`"/` + "``", "I/PRP", "made/VBD", "a/DT", "statement/NN", ",/,", `"/''`, "Peskov/NNP", "told/VBD", "reporters/NNS", "./."}},
		// One sentence at a time: what starts a sentence is read as such.
		{"a participle is no name", `Having met Putin, Trump said the talks went well.`,
			[]string{"Having/VBG", "met/VBN", "Putin/NNP", ",/,", "Trump/NNP", "said/VBD", "the/DT", "talks/NNS", "went/VBD", "well/RB", "./."}},
		{"an adverb is no name", `Currently, Peskov is away.`,
			[]string{"Currently/RB", ",/,", "Peskov/NNP", "is/VBZ", "away/RB", "./."}},
		{"words prose would drop", `O'Malley called it 'so-called' reform.`,
			[]string{"O'Malley/NNP", "called/VBD", "it/PRP", "'/``", "so-called/JJ", "'/''", "reform/NN", "./."}},
		{"dashes and ellipses", `The deal — signed Monday… was off.`,
			[]string{"The/DT", "deal/NN", "—/:", "signed/VBD", "Monday/NNP", "…/.", "was/VBD", "off/RB", "./."}},
		{"invalid UTF-8 and format characters", "He \xff said it\u00ad.", []string{"He/PRP", "said/VBD", "it/PRP", "./."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tagged(tt.text)); diff != "" {
				t.Errorf("Tag(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestTagEmpty(t *testing.T) {
	if got := Tags().Tag("", nil); len(got) != 0 {
		t.Errorf("Tag of no tokens = %v", got)
	}
}

func TestTagsIsShared(t *testing.T) {
	if first, second := Tags(), Tags(); first != second {
		t.Fatal("Tags() built more than one Tagger")
	}
}

// FuzzTag checks that any text gives one tag per token and never panics.
func FuzzTag(f *testing.F) {
	for _, s := range []string{"", "“It’s,” he said.", "O'Malley's 'so-called' can't", strings.Repeat(".", 300), "\xff\xfe\u200b", strings.Repeat("a", 500)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := language.Default().Scan(nil, text, 0, len(text))
		if tags := Tags().Tag(text, toks); len(tags) != len(toks) {
			t.Fatalf("%d tags for %d tokens", len(tags), len(toks))
		}
	})
}

func TestTagConcurrent(t *testing.T) {
	text := "“I can neither confirm nor deny it,” Kremlin spokesman Dmitry Peskov told TASS."
	want := fmt.Sprint(tagged(text))
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if got := fmt.Sprint(tagged(text)); got != want {
				t.Errorf("concurrent Tag = %s, want %s", got, want)
			}
		})
	}
	wg.Wait()
}

func BenchmarkTag(b *testing.B) {
	text := "“I can neither confirm nor deny it,” Kremlin spokesman Dmitry Peskov told Russia’s TASS news agency on Sunday."
	toks := language.Default().Scan(nil, text, 0, len(text))
	tg := Tags()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tg.Tag(text, toks)
	}
}
