// Command quotetrace-beam runs quotetrace as an Apache Beam pipeline: it
// reads articles from files or globs, writes each article's quotations as
// JSON Lines (as `quotetrace extract` does) and the trace as JSON (as
// `quotetrace trace --format json` does).
//
// Usage:
//
//	quotetrace-beam [-extract PATH] [-trace PATH] [-errors PATH] [beam flags] INPUT...
//
// Each INPUT is a file, a glob or a local directory (its .txt and .jsonl
// files); -input may name more. Beam's flags choose the runner: --runner
// prism (the default here: in this process), dataflow, flink or spark,
// with what each needs (see the README).
//
// The exit status is 0 when every input was read and traced, 1 when some
// input could not be (the rest is still written; -errors says which), 2
// for a usage error, and 3 when the pipeline failed.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx" // every runner and file system

	"github.com/quotetrace/quotetrace/beam/pipeline"
)

// inputs is the repeatable -input flag.
type inputs []string

func (in *inputs) String() string { return strings.Join(*in, ",") }

func (in *inputs) Set(v string) error {
	*in = append(*in, v)
	return nil
}

func main() {
	var opts pipeline.Options
	var in inputs
	flag.Var(&in, "input", "read the files `glob` matches (a file, a glob or a local directory); repeatable")
	flag.StringVar(&opts.Extract, "extract", "", "write the extracted articles as JSON Lines to `path`")
	flag.StringVar(&opts.Trace, "trace", "", "write the trace as JSON to `path`")
	flag.StringVar(&opts.Errors, "errors", "", "write a line for each input that could not be read to `path`")
	flag.StringVar(&beamlog.LogLevel, "log_level", beamlog.LogLevel, "log at `level` and above: debug, info, warn or error")
	flag.Parse()
	beam.Init()
	opts.Inputs = append(in, flag.Args()...)
	if len(opts.Inputs) == 0 || opts.Extract == "" && opts.Trace == "" {
		fmt.Fprintln(os.Stderr, "usage: quotetrace-beam [-extract path] [-trace path] [-errors path] [beam flags] input...")
		fmt.Fprintln(os.Stderr, "quotetrace-beam: give an input and -extract or -trace")
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	if _, err := pipeline.Build(s, opts); err != nil {
		fmt.Fprintf(os.Stderr, "quotetrace-beam: %v\n", err)
		os.Exit(2)
	}
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintf(os.Stderr, "quotetrace-beam: %v\n", err)
		os.Exit(3)
	}
	if res != nil {
		q := res.Metrics().Query(func(r metrics.SingleResult) bool {
			return r.Namespace() == "quotetrace" && r.Name() == "errors"
		})
		n := int64(0)
		for _, c := range q.Counters() {
			n += c.Result()
		}
		if n > 0 {
			fmt.Fprintf(os.Stderr, "quotetrace-beam: %d inputs could not be read or traced\n", n)
			os.Exit(1)
		}
	}
}
