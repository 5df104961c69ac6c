package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/internal/corpus"
	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/provenance/export"
)

const traceUsage = `usage: quotetrace trace [-format text|json|dot|prov] [-j n] [path ...]

Trace reads every article, finds the statements they share, and writes who
said each, which outlet it was given to, and the chain from the speaker to
every article that repeated it. Each path is a .txt file, a .jsonl file, a
directory of those, or - for JSON Lines on standard input (the default).

Flags:
`

// runTrace runs "quotetrace trace" with the arguments after "trace".
func runTrace(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("trace", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, traceUsage)
		fs.PrintDefaults()
	}
	format := fs.String("format", "text", "write the trace as `f`: text, json, dot (Graphviz) or prov (W3C PROV-JSON)")
	jobs := fs.Int("j", runtime.GOMAXPROCS(0), "read `n` articles at a time")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	write, ok := export.Formats()[*format]
	if !ok {
		fmt.Fprintf(stderr, "quotetrace: -format %q: must be text, json, dot or prov\n", *format)
		fs.Usage()
		return exitUsage
	}
	if *jobs < 1 {
		fmt.Fprintf(stderr, "quotetrace: -j %d: must be at least 1\n", *jobs)
		fs.Usage()
		return exitUsage
	}
	at := attribution.New(attribution.Options{})
	g, err := provenance.New(provenance.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "quotetrace: %v\n", err)
		return exitUsage
	}
	status := build(corpus.NewReader(fs.Args(), stdin), *jobs, at, g, stderr)
	if err := write(stdout, g.Trace()); err != nil {
		fmt.Fprintf(stderr, "quotetrace: writing output: %v\n", err)
		return exitInput
	}
	return status
}

// build reads the articles of r, attributes them with n workers and adds
// them to g. It reports each article it cannot read or add on stderr and
// returns the exit status.
//
// Of two articles with one ID, the first in input order is added and the
// later reported as a duplicate, however the workers are scheduled: IDs
// are taken here, in input order, before an article goes to a worker.
func build(r *corpus.Reader, n int, at *attribution.Attributor, g *provenance.Graph, stderr io.Writer) int {
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
func addArticle(g *provenance.Graph, at *attribution.Attributor, a corpus.Article) (err error) {
	defer recoverArticle(a, &err)
	err = g.Add(provenance.Article{
		ID: a.ID, Publisher: a.Publisher, URL: a.URL, Title: a.Title, Published: a.Published,
		Result: at.Attribute(parse(a.Text)),
	})
	if err != nil {
		return fmt.Errorf("%s: %v", a.Origin, err)
	}
	return nil
}
