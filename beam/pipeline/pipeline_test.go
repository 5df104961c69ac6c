package pipeline

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/internal/corpus"
	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/provenance/export"
	"github.com/quotetrace/quotetrace/quote"
)

// The tests run the pipeline in this process on Beam's prism runner,
// whose progress is logged at level INFO: only warnings are shown.
func TestMain(m *testing.M) {
	beamlog.LogLevel = "warn" // read by beam.Init, which ptest calls
	ptest.MainWithDefault(m, "prism")
}

// run builds the pipeline of opts, with its outputs in a temporary
// directory, runs it, and returns the extract output, the trace and the
// errors, as the files hold them.
func run(t testing.TB, inputs ...string) (extract, trace, errs string) {
	t.Helper()
	dir := t.TempDir()
	opts := Options{
		Inputs:  inputs,
		Extract: filepath.Join(dir, "extract.jsonl"),
		Trace:   filepath.Join(dir, "trace.json"),
		Errors:  filepath.Join(dir, "errors.txt"),
	}
	p, s := beam.NewPipelineWithRoot()
	if _, err := Build(s, opts); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	read := func(p string) string {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	return read(opts.Extract), read(opts.Trace), read(opts.Errors)
}

// singleProcess traces paths as `quotetrace trace --format json` does:
// the articles in input order, the first of each ID. It returns the
// trace's JSON and the number of articles it could not read or add, and
// logs how long the trace took.
func singleProcess(t testing.TB, paths ...string) (string, int) {
	t.Helper()
	at := attribution.New(attribution.Options{})
	g, err := provenance.New(provenance.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := corpus.NewReader(paths, nil)
	defer r.Close()
	articles := make(chan corpus.Article)
	var wg sync.WaitGroup
	var mu sync.Mutex
	bad := 0
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for a := range articles {
				err := g.Add(provenance.Article{
					ID: a.ID, Publisher: a.Publisher, URL: a.URL, Title: a.Title, Published: a.Published,
					Result: at.Attribute(quote.Parse(a.Text)),
				})
				if err != nil {
					mu.Lock()
					bad++
					mu.Unlock()
				}
			}
		})
	}
	taken := make(map[string]bool)
	for {
		a, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil || taken[a.ID] {
			bad++
			continue
		}
		taken[a.ID] = true
		articles <- a
	}
	close(articles)
	wg.Wait()
	var b bytes.Buffer
	t0 := time.Now()
	tr := g.Trace()
	t.Logf("single process: Trace of %d articles took %v", g.Len(), time.Since(t0).Round(time.Millisecond))
	if err := export.JSON(&b, tr); err != nil {
		t.Fatal(err)
	}
	return b.String(), bad
}

// sameJSON reports the first difference between two JSON documents'
// lines, for a readable failure.
func sameJSON(t *testing.T, what, got, want string) {
	t.Helper()
	if got == want {
		return
	}
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			t.Errorf("%s differs at line %d:\n got %s\nwant %s", what, i+1, g[i], w[i])
			return
		}
	}
	t.Errorf("%s: %d lines, want %d", what, len(g), len(w))
}

func TestSamples(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "articles")
	extract, trace, errs := run(t, dir)
	if errs != "" {
		t.Errorf("errors: %s", errs)
	}
	want, bad := singleProcess(t, dir)
	if bad != 0 {
		t.Fatalf("single process: %d bad articles", bad)
	}
	sameJSON(t, "trace", trace, want)
	golden, err := os.ReadFile(filepath.Join("..", "..", "testdata", "golden", "trace", "samples.json"))
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "trace against the golden file", trace, string(golden))

	// Each line of extract output is the golden file's JSON, in input
	// order.
	lines := strings.Split(strings.TrimSuffix(extract, "\n"), "\n")
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(lines) != len(paths) {
		t.Fatalf("%d lines of extract output for %d articles", len(lines), len(paths))
	}
	for i, p := range paths {
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		var got bytes.Buffer
		if err := json.Indent(&got, []byte(lines[i]), "", "  "); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		want, err := os.ReadFile(filepath.Join("..", "..", "testdata", "golden", "extract", id+".json"))
		if err != nil {
			t.Fatal(err)
		}
		sameJSON(t, "extract of "+id, got.String(), strings.TrimSuffix(string(want), "\n"))
	}
}

// writeCorpus writes the lines to files of the directory dir, parts lines
// each, and returns their paths.
func writeCorpus(t testing.TB, dir string, lines []string, parts int) []string {
	t.Helper()
	var paths []string
	for k := 0; k*parts < len(lines); k++ {
		p := filepath.Join(dir, "part-"+strconv.Itoa(k)+".jsonl")
		chunk := lines[k*parts : min(len(lines), (k+1)*parts)]
		if err := os.WriteFile(p, []byte(strings.Join(chunk, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

func TestSynthetic(t *testing.T) {
	lines := synthJSONL(3000, 1)
	// A bad line and an ID given twice: both reported, the first of the
	// two traced.
	lines = append(lines, `{"id": "broken"`, strings.Replace(lines[5], `"s000005"`, `"s000002"`, 1))
	dir := t.TempDir()
	paths := writeCorpus(t, dir, lines, 100)
	missing := filepath.Join(dir, "missing.jsonl")
	extract, trace, errs := run(t, filepath.Join(dir, "*.jsonl"), missing)
	want, bad := singleProcess(t, paths...)
	sameJSON(t, "trace", trace, want)
	if n := strings.Count(errs, "\n"); n != bad+1 || bad != 2 {
		t.Errorf("%d errors, want %d (3): %s", n, bad+1, errs)
	}
	for _, e := range []string{`duplicate article ID: "s000002"`, "part-4.jsonl:38: invalid JSON", missing + ": no file matches"} {
		if !strings.Contains(errs, e) {
			t.Errorf("errors do not say %q: %s", e, errs)
		}
	}
	if n := strings.Count(extract, "\n"); n != len(lines)-1 {
		t.Errorf("%d lines of extract output for %d articles", n, len(lines)-1)
	}
	checkSpans(t, trace)
}

// checkSpans checks that a synthetic corpus's trace has what spans
// articles: statements of several articles, of a speaker some of whose
// quotations name him by surname alone, of anonymous quotations, given to
// an outlet, and copies.
func checkSpans(t *testing.T, trace string) {
	t.Helper()
	var tr struct {
		Statements []struct {
			Speaker string
			Origin  *string
			Members []struct {
				Article string
				Speaker string
			}
		}
		Edges []struct{ Relation string }
	}
	if err := json.Unmarshal([]byte(trace), &tr); err != nil {
		t.Fatal(err)
	}
	var shared, surname, anonymous, told, copies int
	for _, s := range tr.Statements {
		arts := make(map[string]bool)
		for _, m := range s.Members {
			arts[m.Article] = true
			switch {
			case m.Speaker == "":
				anonymous++
			case m.Speaker != s.Speaker && strings.HasSuffix(s.Speaker, " "+m.Speaker):
				surname++
			}
		}
		if len(arts) > 1 {
			shared++
		}
		if s.Origin != nil {
			told++
		}
	}
	for _, e := range tr.Edges {
		if e.Relation == "republishes" {
			copies++
		}
	}
	t.Logf("%d statements: %d of several articles, %d given to an outlet; %d members by surname, %d anonymous; %d copies",
		len(tr.Statements), shared, told, surname, anonymous, copies)
	if shared == 0 || surname == 0 || anonymous == 0 || told == 0 || copies == 0 {
		t.Error("the synthetic corpus lacks something that spans articles")
	}
}

// TestEmpty runs the pipeline on an empty file and an empty directory:
// an empty trace, and no error.
func TestEmpty(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.jsonl")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	extract, trace, errs := run(t, empty, sub)
	want, _ := singleProcess(t, empty, sub)
	if extract != "" || errs != "" {
		t.Errorf("extract %q, errors %q", extract, errs)
	}
	sameJSON(t, "trace", trace, want)
}

func TestNoInput(t *testing.T) {
	_, s := beam.NewPipelineWithRoot()
	if _, err := Build(s, Options{Trace: "x"}); err == nil {
		t.Error("Build of no input: no error")
	}
}

func TestSpeakerKey(t *testing.T) {
	for _, c := range []struct {
		sp   *attribution.Speaker
		want string
	}{
		{nil, ""},
		{&attribution.Speaker{Name: "Donald Trump", Type: attribution.Person}, "trump"},
		{&attribution.Speaker{Name: "Trump", Type: attribution.Person}, "trump"},
		{&attribution.Speaker{Name: "sources", Type: attribution.Group}, ""},
		{&attribution.Speaker{Name: " ", Type: attribution.Person}, ""},
	} {
		if got := SpeakerKey(&attribution.Attribution{Speaker: c.sp}); got != c.want {
			t.Errorf("SpeakerKey(%v) = %q, want %q", c.sp, got, c.want)
		}
	}
}

// TestScale measures a synthetic corpus of QUOTETRACE_BEAM_SCALE
// quotations (100000 for the README's figures) on prism and in a single
// process, and checks that the traces are equal. It is skipped when the
// variable is not set.
func TestScale(t *testing.T) {
	n, err := strconv.Atoi(os.Getenv("QUOTETRACE_BEAM_SCALE"))
	if err != nil || n <= 0 {
		t.Skip("set QUOTETRACE_BEAM_SCALE to the number of quotations")
	}
	lines := synthJSONL(n, 2)
	dir := t.TempDir()
	paths := writeCorpus(t, dir, lines, 1000)
	size := 0
	for _, l := range lines {
		size += len(l) + 1
	}
	t0 := time.Now()
	want, _ := singleProcess(t, paths...)
	single := time.Since(t0)
	t0 = time.Now()
	_, trace, _ := run(t, filepath.Join(dir, "*.jsonl"))
	beamTime := time.Since(t0)
	t.Logf("%d quotations, %d articles, %.1f MB: single process %v, prism %v (extract, trace and errors written)",
		n, len(lines), float64(size)/1e6, single.Round(time.Millisecond), beamTime.Round(time.Millisecond))
	if trace != want {
		t.Error(errors.New("the pipeline's trace differs from the single process's"))
	}
	checkSpans(t, trace)
}
