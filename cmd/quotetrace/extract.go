package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"sync"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/internal/corpus"
	"github.com/quotetrace/quotetrace/internal/progress"
)

const extractUsage = `usage: quotetrace extract [-j n] [-all] [-progress] [path ...]

Extract writes the quotations of each article as one line of JSON, in input
order. Each path is a .txt file, a .html or .htm page, a .jsonl file, a
directory of those, or - for JSON Lines on standard input (the default).

Flags:
`

// runExtract runs "quotetrace extract" with the arguments after "extract".
func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	gc := tuneGC()
	defer gc.restore()
	fs := newFlagSet("extract", extractUsage, stderr)
	jobs := fs.Int("j", runtime.GOMAXPROCS(0), "process `n` articles at a time")
	all := fs.Bool("all", false, "also write quoted words that are not speech (scare quotes, titles, nicknames)")
	showProgress := fs.Bool("progress", false, "show progress on standard error (the default when it is a terminal)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK // help was asked for and printed
		}
		return exitUsage // the flag package has printed the error and usage
	}
	if *jobs < 1 {
		fmt.Fprintf(stderr, "quotetrace: -j %d: must be at least 1\n", *jobs)
		fs.Usage()
		return exitUsage
	}
	r := corpus.NewReader(fs.Args(), stdin)
	m := newMeter(stderr, *showProgress)
	defer m.Finish()
	return extract(r, *jobs, *all, attribution.New(attribution.Options{}), gc, m, stdout, stderr)
}

// A result is what becomes of one input item: a line of output, or an error
// to report.
type result struct {
	line []byte
	err  error
	// warnings are the optional fields of the article that were ignored
	// (see corpus.Article.Warnings), reported before its line.
	warnings []*corpus.Error
}

// A job is an article for a worker, and where its result goes.
type job struct {
	article corpus.Article
	done    chan<- result
}

// extract parses the articles of r with n workers and writes their output
// lines to stdout in input order, and the errors to stderr. It returns the
// exit status. gc, if not nil, is told of each article's size (see
// gcTarget.hold).
//
// One goroutine reads the articles and hands each to a worker, while
// queueing a channel for its result; the caller's goroutine takes the
// channels from the queue in order and writes each result when it is
// ready. The queue's capacity bounds the number of articles in memory,
// whatever the size of the corpus.
func extract(r *corpus.Reader, n int, all bool, at *attribution.Attributor, gc *gcTarget, m *progress.Meter, stdout, stderr io.Writer) int {
	queue := make(chan chan result, 4*n) // results to write, in input order
	jobs := make(chan job)
	stop := make(chan struct{}) // closed when output fails: read no more

	var wg sync.WaitGroup
	wg.Go(func() { // the reader
		defer close(queue)
		defer close(jobs)
		defer r.Close()
		for {
			select {
			case <-stop:
				return
			default:
			}
			a, err := r.Next()
			if err == io.EOF {
				return
			}
			done := make(chan result, 1)
			if err != nil {
				done <- result{err: err}
			}
			select {
			case queue <- done:
			case <-stop:
				return
			}
			if err == nil {
				select {
				case jobs <- job{a, done}:
				case <-stop:
					return
				}
			}
		}
	})
	for range n {
		wg.Go(func() {
			for j := range jobs {
				release := gc.hold(len(j.article.Text))
				j.done <- process(j.article, at, all)
				release()
				m.Done(articleSize(j.article))
			}
		})
	}

	status := exitOK
	for done := range queue {
		res := <-done
		for _, w := range res.warnings {
			report(stderr, w)
			status = exitInput
		}
		if res.err != nil {
			report(stderr, res.err)
			status = exitInput
			continue
		}
		if _, err := stdout.Write(res.line); err != nil {
			fmt.Fprintf(stderr, "quotetrace: writing output: %v\n", err)
			close(stop)
			for range queue { // let the reader see stop
			}
			wg.Wait()
			return exitInput
		}
	}
	wg.Wait()
	return status
}

// process returns the output line of article a. A panic in the parser is
// reported as the article's error, so that one bad article does not stop
// the run.
func process(a corpus.Article, at *attribution.Attributor, all bool) (res result) {
	defer recoverArticle(a, &res.err)
	if a.Extracted != nil && a.Text == "" {
		return result{err: fmt.Errorf(`%s: article %q is extracted already (it carries "quotes" and no "text"): trace reads it, extract cannot`, a.Origin, a.ID)}
	}
	line, err := extractJSON(a, at, all)
	if err != nil {
		return result{err: fmt.Errorf("%s: %v", a.Origin, err), warnings: a.Warnings}
	}
	return result{line: line, warnings: a.Warnings}
}

// recoverArticle, deferred, turns a panic while article a is processed into
// *err, so that one bad article does not stop the run.
func recoverArticle(a corpus.Article, err *error) {
	if p := recover(); p != nil {
		*err = fmt.Errorf("%s: internal error on article %q: %v\n%s", a.Origin, a.ID, p, debug.Stack())
	}
}

// report writes err to stderr as "quotetrace: file:line: what".
func report(stderr io.Writer, err error) {
	var e *corpus.Error
	if errors.As(err, &e) {
		fmt.Fprintf(stderr, "quotetrace: %s: %v\n", e.Where(), e.Err)
		return
	}
	fmt.Fprintf(stderr, "quotetrace: %v\n", err)
}
