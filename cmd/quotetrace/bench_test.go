// Throughput of the extract command.
//
// BenchmarkExtract runs the whole extract path on one article per
// iteration, on one goroutine; BenchmarkCorpus runs the command on ten
// copies of the corpus and compares its CPU time with that of decoding the
// same JSON Lines.
//
// The texts are those of ../shared/eval/polnear-dev.jsonl beside the
// repository when it is there (read with internal/corpus, given as score.py
// gives them to the command), else the sample articles of testdata/articles;
// the benchmarks log which. BenchmarkExtract processes one article per
// iteration, in the corpus's order, round-robin: -benchtime 203x processes
// each article of the dev set once.

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/internal/bigtext"
	"github.com/quotetrace/quotetrace/internal/corpus"
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
	// Build the lazily loaded models (sentence model, part-of-speech
	// tagger, word tables) outside the timer, so that the timer sees only
	// the work: one pass over the corpus.
	for _, a := range arts {
		if _, err := extractJSON(a, at, false); err != nil {
			b.Fatalf("%s: %v", a.ID, err)
		}
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

// BenchmarkCorpus measures the CPU time of the extract command on ten
// copies of the benchmark corpus, written as one JSON Lines file, side by
// side with that of merely decoding the same file with the command's own
// reader (internal/corpus). Run it as
//
//	go test ./cmd/quotetrace -run '^$' -bench Corpus -benchtime 3x
//
// Each sub-benchmark reports "cpu-s/op", the process's user and system CPU
// time per run (all goroutines, the garbage collector's included), and
// "MB/s" of article text over the wall time; extract logs the ratio of the
// two CPU times, which the README reports. The command runs as main runs it,
// with its own number of workers and garbage-collection target (tuneGC).
func BenchmarkCorpus(b *testing.B) {
	arts := benchCorpus(b)
	path := filepath.Join(b.TempDir(), "corpus.jsonl")
	var (
		in   bytes.Buffer
		size int64
	)
	for copy := range 10 {
		for _, a := range arts {
			line, err := json.Marshal(struct {
				ID   string `json:"id"`
				Text string `json:"text"`
			}{fmt.Sprintf("%d/%s", copy, a.ID), a.Text})
			if err != nil {
				b.Fatal(err)
			}
			in.Write(line)
			in.WriteByte('\n')
			size += int64(len(a.Text))
		}
	}
	if err := os.WriteFile(path, in.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	b.Logf("%d articles, %d bytes of text, %d bytes of JSON Lines", 10*len(arts), size, in.Len())
	var decodeCPU float64
	b.Run("decode", func(b *testing.B) {
		var n int
		decodeCPU = cpuPerOp(b, func() {
			for a, err := range corpus.NewReader([]string{path}, nil).All() {
				if err != nil {
					b.Fatal(err)
				}
				n += len(a.Text)
			}
		})
		reportMBs(b, b.N*10*len(arts), int64(b.N)*size)
		if n == 0 {
			b.Fatal("nothing decoded")
		}
	})
	b.Run("extract", func(b *testing.B) {
		var out countWriter
		cpu := cpuPerOp(b, func() {
			if status := run([]string{"extract", path}, nil, &out, io.Discard); status != exitOK {
				b.Fatalf("extract: exit status %d", status)
			}
		})
		reportMBs(b, b.N*10*len(arts), int64(b.N)*size)
		if decodeCPU > 0 {
			b.ReportMetric(cpu/decodeCPU, "×decode")
			b.Logf("extract CPU time is %.1f× that of decoding", cpu/decodeCPU)
		}
		if out == 0 {
			b.Fatal("no output")
		}
	})
}

// cpuPerOp runs f b.N times and reports the process's CPU time per run as
// "cpu-s/op"; it returns that time.
func cpuPerOp(b *testing.B, f func()) float64 {
	b.Helper()
	before := cpuTime(b)
	for b.Loop() {
		f()
	}
	cpu := (cpuTime(b) - before).Seconds() / float64(b.N)
	b.ReportMetric(cpu, "cpu-s/op")
	return cpu
}

// cpuTime returns the user and system CPU time the process has used.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Skipf("no CPU time on this system: %v", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// countWriter counts the bytes written to it.
type countWriter int64

func (w *countWriter) Write(p []byte) (int, error) {
	*w += countWriter(len(p))
	return len(p), nil
}

// BenchmarkPathological measures the whole extract path, as
// BenchmarkExtract does, on one article of each text of package bigtext at
// 1, 10 and 50 MB: news prose with CR-only line endings, tiny paragraphs
// and crowded quote marks. It reports the peak memory (peak-MB,
// peak-B/byte) and logs how time and memory grow from size to size. The 50
// MB runs only when named:
//
//	go test ./cmd/quotetrace -run '^$' -bench 'Pathological/.*/50MB' -benchtime 1x
func BenchmarkPathological(b *testing.B) {
	at := attribution.New(attribution.Options{})
	warm := corpus.Article{ID: "warm", Text: "“We will see,” Peskov told TASS on Monday."}
	if _, err := extractJSON(warm, at, false); err != nil {
		b.Fatal(err)
	}
	bigtext.Bench(b, func(text string) {
		if _, err := extractJSON(corpus.Article{ID: "big", Text: text}, at, false); err != nil {
			b.Fatal(err)
		}
	})
}
