package attribution_test

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quotetrace/quotetrace/attribution"
	_ "github.com/quotetrace/quotetrace/internal/golden" // accepts -update
	"github.com/quotetrace/quotetrace/quote"
)

// sampleText is one of the sample articles, testdata/articles/ID.txt.
type sampleText struct {
	id, text string
}

// readSampleTexts reads the sample articles of testdata/articles.
func readSampleTexts(tb testing.TB) []sampleText {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no sample articles: %v", err)
	}
	var arts []sampleText
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		arts = append(arts, sampleText{id: strings.TrimSuffix(filepath.Base(p), ".txt"), text: string(b)})
	}
	return arts
}

// resultView is the part of a Result that must not depend on how or where
// it was computed.
type resultView struct {
	Publisher string
	Quotes    []attribution.Attribution
	Citations []attribution.Citation
}

func viewOf(r *attribution.Result) resultView {
	return resultView{Publisher: r.Publisher, Quotes: r.Quotes, Citations: r.Citations}
}

// TestAttributeConcurrent shares one Attributor among goroutines that
// attribute every sample article several times, and checks that each
// result is the one computed sequentially. Half the calls parse the text
// themselves (AttributeText); the others share one parsed Document per
// article, which Attribute must only read. Run it with -race.
func TestAttributeConcurrent(t *testing.T) {
	const (
		goroutines = 8
		rounds     = 3
	)
	arts := readSampleTexts(t)
	a := attribution.New(attribution.Options{})
	docs := make([]*quote.Document, len(arts))
	seq := make([]resultView, len(arts))
	for i, art := range arts {
		docs[i] = quote.Parse(art.text)
		seq[i] = viewOf(a.Attribute(docs[i]))
		if len(seq[i].Quotes) == 0 {
			t.Fatalf("%s: no quotes; the test would prove little", art.id)
		}
	}

	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for r := range rounds {
				for k := range arts {
					// Goroutines start at different articles so that
					// different texts are attributed at the same time.
					i := (k + g) % len(arts)
					var res *attribution.Result
					if (g+r)%2 == 0 {
						res = a.AttributeText(arts[i].text)
					} else {
						res = a.Attribute(docs[i])
					}
					if diff := cmp.Diff(seq[i], viewOf(res)); diff != "" {
						t.Errorf("goroutine %d, round %d, %s: result differs from the sequential one (-want +got):\n%s",
							g, r, arts[i].id, diff)
						return
					}
				}
			}
		})
	}
	wg.Wait()
}
