// Throughput of the extract command against a prose baseline.
//
// Run the two benchmarks together, on one core:
//
//	go test ./cmd/quotetrace -run '^$' -bench 'Extract|ProseBaseline' -cpu 1 -benchtime 20s
//
// Each reports a custom "MB/s" metric: bytes of article text processed per
// second of the timed loop, and logs it with four decimals (go test prints
// MB/s with two, too few for prose's figure). The figure to report is the
// ratio between the two, BenchmarkExtract's MB/s over
// BenchmarkProseBaseline's: how many times faster the whole extract path
// (parsing, attribution and JSON encoding) is than prose's default pipeline
// alone (segmentation, tokenization, tagging and entity extraction, with a
// model built once and shared) on the same texts.
//
// The texts are those of ../shared/eval/polnear-dev.jsonl beside the
// repository when it is there (read with internal/corpus, given as score.py
// gives them to the command), else the sample articles of testdata/articles;
// the benchmarks log which. Both process one article per iteration, in the
// corpus's order, round-robin. Since prose is slow, with a time -benchtime it
// reaches only the first part of the corpus while BenchmarkExtract goes round
// it many times; to make both process each article exactly once, give the
// number of articles instead, as in -benchtime 203x for the dev set.

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/internal/corpus"
	"github.com/quotetrace/quotetrace/internal/nlp"
)

// benchCorpus reads the articles the benchmarks run on: the PolNeAR dev set
// beside the repository, or the sample articles when it is absent.
func benchCorpus(b *testing.B) []corpus.Article {
	b.Helper()
	path := filepath.Join("..", "..", "..", "shared", "eval", "polnear-dev.jsonl")
	r, err := devSetReader(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		path = filepath.Join("..", "..", "testdata", "articles")
		r = corpus.NewReader([]string{path}, nil)
	case err != nil:
		b.Fatal(err)
	}
	var (
		arts []corpus.Article
		size int
	)
	for a, err := range r.All() {
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
		size += len(a.Text)
	}
	if len(arts) == 0 {
		b.Fatalf("no articles in %s", path)
	}
	b.Logf("corpus %s: %d articles, %d bytes", path, len(arts), size)
	return arts
}

// devSetReader returns a corpus.Reader of the dev set at path. Its lines
// have no "id", which the reader requires, so they are given to it as
// score.py gives them to the command: {"id": filename, "text": text}, as
// JSON Lines on standard input.
func devSetReader(path string) (*corpus.Reader, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var in bytes.Buffer
	for i, line := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var rec struct {
			ID       json.RawMessage `json:"id"`
			Filename string          `json:"filename"`
			Text     json.RawMessage `json:"text"`
		}
		if err := json.Unmarshal(line, &rec); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, i+1, err)
		}
		if rec.ID == nil {
			id := rec.Filename
			if id == "" {
				id = strconv.Itoa(i)
			}
			rec.ID, _ = json.Marshal(id)
		}
		fmt.Fprintf(&in, "{\"id\": %s, \"text\": %s}\n", rec.ID, rec.Text)
	}
	return corpus.NewReader([]string{"-"}, &in), nil
}

// reportMBs reports the custom metric MB/s: bytes of text processed over the
// benchmark's timed duration. The articles vary in size, so b.SetBytes
// cannot express it. go test prints MB/s with two decimals only, too few for
// prose's figure, so the log gives it with more.
func reportMBs(b *testing.B, articles int, bytes int64) {
	b.Helper()
	if s := b.Elapsed().Seconds(); s > 0 {
		mbs := float64(bytes) / 1e6 / s
		b.ReportMetric(mbs, "MB/s")
		b.Logf("%d articles, %d bytes in %.3fs: %.4f MB/s", articles, bytes, s, mbs)
	}
}

// BenchmarkExtract measures the whole extract path, extractJSON with one
// shared Attributor, one article per iteration.
func BenchmarkExtract(b *testing.B) {
	arts := benchCorpus(b)
	at := attribution.New(attribution.Options{})
	// Build the lazily loaded models (sentence splitter, tagger, word
	// lists) outside the timer, as BenchmarkProseBaseline does prose's.
	if _, err := extractJSON(arts[0], at, false); err != nil {
		b.Fatalf("%s: %v", arts[0].ID, err)
	}
	var processed, written int64
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		a := arts[i]
		i = (i + 1) % len(arts)
		line, err := extractJSON(a, at, false)
		if err != nil {
			b.Fatalf("%s: %v", a.ID, err)
		}
		processed += int64(len(a.Text))
		written += int64(len(line))
	}
	reportMBs(b, b.N, processed)
	if written == 0 {
		b.Fatal("no output")
	}
}

// BenchmarkProseBaseline runs prose's default pipeline, through
// nlp.ProseBaseline, on the same texts as BenchmarkExtract, one article per
// iteration.
func BenchmarkProseBaseline(b *testing.B) {
	arts := benchCorpus(b)
	nlp.ProseBaseline("Warm up.") // builds the shared model outside the timer
	var processed, tokens int64
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		a := arts[i]
		i = (i + 1) % len(arts)
		tokens += int64(nlp.ProseBaseline(a.Text))
		processed += int64(len(a.Text))
	}
	reportMBs(b, b.N, processed)
	if tokens == 0 && processed > 0 {
		b.Fatal("prose found no tokens")
	}
}
