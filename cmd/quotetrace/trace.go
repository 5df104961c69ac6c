package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"strings"
	"sync"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/internal/corpus"
	"github.com/quotetrace/quotetrace/internal/progress"
	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/provenance/export"
)

const traceUsage = `usage: quotetrace trace [-format text|json|dot|prov|html] [-all] [-j n] [-progress] [path ...]

Trace reads every article, finds the statements they share, and writes who
said each, which outlet it was given to, and the chain from the speaker to
every article that repeated it. Each path is a .txt file, a .html or .htm
page, a .jsonl file, a directory of those, - for JSON Lines on standard input (the default), or a
.qtg graph file that "quotetrace graph" wrote. JSON Lines may be extract's
output: its articles are traced as they were extracted, without their text.

Flags:
`

// runTrace runs "quotetrace trace" with the arguments after "trace".
func runTrace(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("trace", traceUsage, stderr)
	format := fs.String("format", "text", "write the trace as `f`: text, json, dot (Graphviz), prov (W3C PROV-JSON) or html (one page for a browser)")
	all := fs.Bool("all", false, "with -format dot, draw every statement, not only those reported by more than one article")
	jobs := fs.Int("j", runtime.GOMAXPROCS(0), "read `n` articles at a time")
	showProgress := fs.Bool("progress", false, "show progress on standard error (the default when it is a terminal)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	write, ok := export.Formats()[*format]
	if !ok {
		fmt.Fprintf(stderr, "quotetrace: -format %q: must be text, json, dot, prov or html\n", *format)
		fs.Usage()
		return exitUsage
	}
	if *jobs < 1 {
		fmt.Fprintf(stderr, "quotetrace: -j %d: must be at least 1\n", *jobs)
		fs.Usage()
		return exitUsage
	}
	if *all && *format == "dot" {
		write = export.DOTOptions{All: true}.Write
	}
	g, status := graphOf(fs.Args(), stdin, *jobs, *showProgress, stderr)
	if g == nil {
		return status
	}
	if err := write(stdout, g.Trace()); err != nil {
		fmt.Fprintf(stderr, "quotetrace: writing output: %v\n", err)
		return exitInput
	}
	return status
}

// graphOf reads what paths hold into a new Graph (see addInputs), n
// articles at a time, with progress on stderr when it is wanted (asked is
// the -progress flag). It returns the graph and the exit status; a nil
// graph when none could be made.
func graphOf(paths []string, stdin io.Reader, n int, asked bool, stderr io.Writer) (*provenance.Graph, int) {
	g, err := provenance.New(provenance.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "quotetrace: %v\n", err)
		return nil, exitUsage
	}
	m := newMeter(stderr, asked)
	status := addInputs(paths, stdin, n, attribution.New(attribution.Options{}), g, m, stderr)
	m.Finish()
	return g, status
}

// graphSuffix ends the name of a graph file.
const graphSuffix = ".qtg"

// addInputs adds to g what paths hold, in their order: the graphs of graph
// files, and the articles of the others (see build), read through
// corpus.Reader with stdin for "-" or no paths. It reports each input it
// cannot read or add on stderr and returns the exit status.
//
// Of two articles with one ID, the first in the order of the paths is
// added and the later reported as a duplicate.
func addInputs(paths []string, stdin io.Reader, n int, at *attribution.Attributor, g *provenance.Graph, m *progress.Meter, stderr io.Writer) int {
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	status := exitOK
	for len(paths) > 0 {
		if strings.HasSuffix(paths[0], graphSuffix) {
			status = max(status, readGraphFile(g, paths[0], stderr))
			paths = paths[1:]
			continue
		}
		k := 1
		for k < len(paths) && !strings.HasSuffix(paths[k], graphSuffix) {
			k++
		}
		status = max(status, build(corpus.NewReader(paths[:k], stdin), n, at, g, m, stderr))
		paths = paths[k:]
	}
	return status
}

// readGraphFile adds to g the graph of the graph file at path. It reports
// on stderr a file it cannot read, adding nothing of it, or each article of
// it that g holds already, adding the others; and returns the exit status.
func readGraphFile(g *provenance.Graph, path string, stderr io.Writer) int {
	f, err := os.Open(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		fmt.Fprintf(stderr, "quotetrace: %s: %v\n", path, err)
		return exitInput
	}
	defer f.Close()
	_, err = g.ReadFrom(f)
	if err == nil {
		return exitOK
	}
	errs := []error{err}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		errs = joined.Unwrap() // one for each duplicate
	}
	for _, err := range errs {
		fmt.Fprintf(stderr, "quotetrace: %s: %v\n", path, err)
	}
	return exitInput
}

// build reads the articles of r, attributes them with n workers and adds
// them to g, counting each on m. It reports each article it cannot read or
// add on stderr and returns the exit status.
//
// Of two articles with one ID, the first in input order is added and the
// later reported as a duplicate, however the workers are scheduled: IDs
// are taken here, in input order, before an article goes to a worker.
func build(r *corpus.Reader, n int, at *attribution.Attributor, g *provenance.Graph, m *progress.Meter, stderr io.Writer) int {
	defer r.Close()
	articles := make(chan corpus.Article)
	errs := make(chan error)
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			for a := range articles {
				if err := addArticle(g, at, a); err != nil {
					errs <- err
				}
				m.Done(articleSize(a))
			}
		})
	}
	go func() {
		defer close(errs)
		defer wg.Wait()
		defer close(articles)
		taken := make(map[string]bool)
		for {
			a, err := r.Next()
			if err == io.EOF {
				return
			}
			if err != nil {
				errs <- err
				continue
			}
			if taken[a.ID] {
				errs <- fmt.Errorf("%s: %w: %q", a.Origin, provenance.ErrDuplicate, a.ID)
				continue
			}
			taken[strings.Clone(a.ID)] = true
			for _, w := range a.Warnings {
				errs <- w // an optional field ignored: the article is kept
			}
			articles <- a
		}
	}()
	status := exitOK
	for err := range errs {
		report(stderr, err)
		status = exitInput
	}
	return status
}

// addArticle attributes article a and adds it to g. A panic in the
// library is reported as the article's error, so that one bad article does
// not stop the run.
//
// An article of extract's output, which carries "quotes", is added as it
// was extracted.
func addArticle(g *provenance.Graph, at *attribution.Attributor, a corpus.Article) (err error) {
	defer recoverArticle(a, &err)
	if a.Extracted != nil {
		e, derr := decodeExtracted(a)
		if derr != nil {
			return fmt.Errorf("%s: invalid extracted article %q: %v", a.Origin, a.ID, derr)
		}
		err = g.AddExtracted(e)
	} else {
		err = g.Add(provenance.Article{
			ID: a.ID, Publisher: a.Publisher, URL: a.URL, Title: a.Title, Published: a.Published,
			Result: at.Attribute(parse(a.Text)),
		})
	}
	if err != nil {
		return fmt.Errorf("%s: %v", a.Origin, err)
	}
	return nil
}

// decodeExtracted decodes a line of extract's output, a.Extracted. Its ID
// is a.ID, as the corpus reader read it (a number is kept as written).
func decodeExtracted(a corpus.Article) (provenance.Extracted, error) {
	var line struct {
		provenance.Extracted
		ID json.RawMessage `json:"id"` // read by the corpus reader
	}
	if err := json.Unmarshal(a.Extracted, &line); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			field := strings.TrimPrefix(te.Field, "Extracted.")
			return provenance.Extracted{}, fmt.Errorf("%q cannot be a JSON %s", field, te.Value)
		}
		return provenance.Extracted{}, err
	}
	e := line.Extracted
	e.ID = a.ID
	return e, nil
}

// newMeter returns a progress meter on stderr when progress is wanted
// (asked is the -progress flag), else nil, which draws nothing.
func newMeter(stderr io.Writer, asked bool) *progress.Meter {
	if !progress.Wanted(stderr, asked) {
		return nil
	}
	return progress.New(stderr, -1)
}

// articleSize is the size of article a for the progress meter: its text,
// or the extracted line that stands for it.
func articleSize(a corpus.Article) int {
	if a.Text == "" {
		return len(a.Extracted)
	}
	return len(a.Text)
}
