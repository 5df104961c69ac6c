package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/quotetrace/quotetrace/provenance"
)

const graphUsage = `usage: quotetrace graph -o file.qtg [-j n] [-progress] [path ...]

Graph reads every article, as trace does, and writes their graph to a graph
file: what trace needs of each article, without its text. Trace and graph
read graph files among their paths, and merge them with the rest, so that
graphs built by separate processes give the trace of the whole. Each path
is a .txt file, a .html or .htm page, a .jsonl file (extract's output too),
a directory of those,
- for JSON Lines on standard input (the default), or a .qtg graph file.

Flags:
`

// runGraph runs "quotetrace graph" with the arguments after "graph".
func runGraph(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("graph", graphUsage, stderr)
	out := fs.String("o", "", "write the graph to `file`, whose name ends in "+graphSuffix+" (- for standard output)")
	jobs := fs.Int("j", runtime.GOMAXPROCS(0), "read `n` articles at a time")
	showProgress := fs.Bool("progress", false, "show progress on standard error (the default when it is a terminal)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	switch {
	case *out == "":
		fmt.Fprintln(stderr, "quotetrace: graph: -o file is required")
		fs.Usage()
		return exitUsage
	case *out != "-" && !strings.HasSuffix(*out, graphSuffix):
		fmt.Fprintf(stderr, "quotetrace: -o %s: the name of a graph file ends in %s, by which trace knows it\n", *out, graphSuffix)
		fs.Usage()
		return exitUsage
	case *jobs < 1:
		fmt.Fprintf(stderr, "quotetrace: -j %d: must be at least 1\n", *jobs)
		fs.Usage()
		return exitUsage
	}
	g, status := graphOf(fs.Args(), stdin, *jobs, *showProgress, stderr)
	if g == nil {
		return status
	}
	if err := writeGraph(g, *out, stdout); err != nil {
		fmt.Fprintf(stderr, "quotetrace: %v\n", err)
		return exitInput
	}
	return status
}

// writeGraph writes g to the graph file at path, or to stdout for "-". The
// file is written whole or not at all: to a temporary file beside it,
// renamed when it is complete.
func writeGraph(g *provenance.Graph, path string, stdout io.Writer) error {
	if path == "-" {
		if _, err := g.WriteTo(stdout); err != nil {
			return fmt.Errorf("writing the graph: %v", err)
		}
		return nil
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("writing %s: %v", path, err)
	}
	_, err = g.WriteTo(f)
	if err == nil {
		err = f.Chmod(0o644)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("writing %s: %v", path, err)
	}
	return nil
}
