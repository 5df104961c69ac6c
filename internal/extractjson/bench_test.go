package extractjson

import (
	"bufio"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/internal/corpus"
	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/quote"
)

// The benchmarks below time the extract line alone, without the parsing and
// attribution that come before it:
//
//	go test ./internal/extractjson -run '^$' -bench . -cpu 1 -benchmem
//
// They run on the texts of ../shared/eval/polnear-dev.jsonl beside the
// repository when it is there, else on the sample articles of
// testdata/articles, each parsed and attributed once before the timer
// starts; one article per iteration, round-robin.

// benchArticle is an article with its attribution.
type benchArticle struct {
	a   corpus.Article
	res *attribution.Result
}

// benchArticles reads and attributes the articles the benchmarks run on.
func benchArticles(b testing.TB) ([]benchArticle, *attribution.Outlets) {
	b.Helper()
	arts, err := devSet(filepath.Join("..", "..", "..", "shared", "eval", "polnear-dev.jsonl"))
	if errors.Is(err, fs.ErrNotExist) {
		arts = nil
		for a, err := range corpus.NewReader([]string{filepath.Join("..", "..", "testdata", "articles")}, nil).All() {
			if err != nil {
				b.Fatal(err)
			}
			arts = append(arts, a)
		}
	} else if err != nil {
		b.Fatal(err)
	}
	if len(arts) == 0 {
		b.Fatal("no articles")
	}
	at := attribution.New(attribution.Options{})
	out := make([]benchArticle, len(arts))
	for i, a := range arts {
		out[i] = benchArticle{a: a, res: at.Attribute(quote.Parse(a.Text))}
	}
	return out, at.Outlets()
}

// devSet reads the texts of the PolNeAR dev set at path, each named by its
// file name, as score.py gives them to the command.
func devSet(path string) ([]corpus.Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var arts []corpus.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var rec struct {
			Filename string `json:"filename"`
			Text     string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, err
		}
		arts = append(arts, corpus.Article{ID: rec.Filename, Text: rec.Text})
	}
	return arts, sc.Err()
}

// BenchmarkLine times Line: provenance.Extract, New and the encoding.
func BenchmarkLine(b *testing.B) {
	arts, outlets := benchArticles(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		x := &arts[i]
		i = (i + 1) % len(arts)
		if _, err := Line(x.a, x.res, outlets, false); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtract times provenance.Extract alone.
func BenchmarkExtract(b *testing.B) {
	arts, outlets := benchArticles(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		x := &arts[i]
		i = (i + 1) % len(arts)
		a := provenance.Article{ID: x.a.ID, Publisher: x.a.Publisher, URL: x.a.URL, Title: x.a.Title, Published: x.a.Published, Result: x.res}
		if _, err := provenance.Extract(a, outlets); err != nil {
			b.Fatal(err)
		}
	}
}
