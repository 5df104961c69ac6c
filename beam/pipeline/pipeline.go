package pipeline

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local paths
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/internal/corpus"
	"github.com/quotetrace/quotetrace/internal/extractjson"
	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/provenance/export"
	"github.com/quotetrace/quotetrace/quote"
)

func init() {
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(string, Input), func(Record), error](&readFn{})
	register.DoFn6x0[context.Context, string, func(*Input) bool, func(Record), func(string, []byte), func(Record)](&extractFn{})
	register.DoFn3x1[string, func(*[]byte) bool, func([]byte), error](&keyFn{})
	register.DoFn4x0[context.Context, []byte, func(*fileio.FileMetadata) bool, func(Record)](&noMatchFn{})
	register.Iter1[*fileio.FileMetadata]()
	register.DoFn4x1[context.Context, []byte, func(*[]byte) bool, func([]byte), error](&traceFn{})
	register.DoFn3x1[context.Context, []byte, func(*Record) bool, error](&writeRecordsFn{})
	register.DoFn3x1[context.Context, []byte, func(*[]byte) bool, error](&writeBytesFn{})
	register.Emitter2[string, Input]()
	register.Emitter1[Record]()
	register.Emitter2[string, []byte]()
	register.Emitter1[[]byte]()
	register.Iter1[*Input]()
	register.Iter1[*[]byte]()
	register.Iter1[*Record]()
}

// Options say what a pipeline reads and writes.
type Options struct {
	// Inputs are the files to read, each a path or a glob that Beam's file
	// systems match ("articles/*.jsonl", "gs://bucket/news/*.jsonl"), or a
	// local directory, which stands for its .txt and .jsonl files. A file
	// whose name ends in ".txt" is one article, its ID the name without
	// ".txt"; any other file is JSON Lines, one article a line.
	Inputs []string
	// Extract is the path the extracted articles are written to, as JSON
	// Lines in input order (the JSON of `quotetrace extract`); "" writes
	// none.
	Extract string
	// Trace is the path the trace is written to, as `quotetrace trace
	// --format json` writes it; "" writes none.
	Trace string
	// Errors is the path a line for each input that could not be read or
	// traced is written to, in input order; "" writes none. Errors are
	// counted in the metric quotetrace/errors either way.
	Errors string
}

// Outputs are the collections a pipeline makes.
type Outputs struct {
	// Extract holds one Record for each article read, whose Text is its
	// line of `quotetrace extract` output, with the "\n".
	Extract beam.PCollection
	// Trace holds one []byte, the trace as JSON.
	Trace beam.PCollection
	// Errors holds one Record for each input that could not be read or
	// traced, whose Text says why.
	Errors beam.PCollection
}

// An Input is one article as read, with its place in the input.
type Input struct {
	// Index is the place in Options.Inputs of the pattern the file
	// matched, File its path and Line the article's line in it (0 for a
	// .txt file): the article's place in input order.
	Index int
	File  string
	Line  int

	ID, Text, Publisher, URL, Title string
	// Published is the publication time in RFC 3339 with nanoseconds, or
	// "" when unknown.
	Published string
}

// A Record is one line of output and its place in input order.
type Record struct {
	// Index, File and Line are the place of the article or error the
	// record concerns, as in Input; Line is 0 for a whole file, and File
	// is "" for a pattern that matched no file.
	Index int
	File  string
	Line  int
	// Text is the line.
	Text string
}

// compareRecords orders records by their places in the input.
func compareRecords(a, b Record) int {
	return cmp.Or(cmp.Compare(a.Index, b.Index), strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
}

// Build adds the pipeline to s: it reads opts.Inputs, extracts each
// article's quotations, groups them by speaker, traces them, and writes
// what opts asks for. It returns the collections it made, for more steps
// or for tests.
//
// The stages:
//
//  1. each file matched is read into articles, keyed by ID;
//  2. grouped by ID, each article is parsed and attributed (quote.Parse
//     and attribution) once, its line of extract output made, and what a
//     provenance.Graph keeps of it split into shards by speaker key (see
//     SpeakerKey); an ID read twice is traced for its first article in
//     input order only, as `quotetrace trace` does;
//  3. grouped by speaker key, each key's shards are read into a Graph of
//     that speaker's quotations, whose words are read there;
//  4. the graphs of all keys are added to one Graph, and traced.
//
// The Graph of stage 4 holds exactly what a Graph given every article by
// Add holds, so the trace is that of `quotetrace trace`: the statement
// search needs the whole graph (speakers' names read across articles,
// copies, anonymous quotations and the corpus's common words), and runs
// there.
//
// Build returns an error, and adds nothing, when opts names no input.
func Build(s beam.Scope, opts Options) (Outputs, error) {
	if len(opts.Inputs) == 0 {
		return Outputs{}, errors.New("pipeline: no input")
	}
	for _, p := range append(slices.Clone(opts.Inputs), opts.Extract, opts.Trace, opts.Errors) {
		if err := checkScheme(p); p != "" && err != nil {
			return Outputs{}, err
		}
	}
	s = s.Scope("quotetrace")
	var articles, readErrs []beam.PCollection
	for i, in := range opts.Inputs {
		pattern := in
		if isLocalDir(in) {
			pattern = strings.TrimSuffix(in, "/") + "/*"
		}
		matches := fileio.MatchFiles(s, pattern, fileio.MatchEmptyAllow())
		a, e := beam.ParDo2(s, &readFn{Index: i, Dir: pattern != in}, fileio.ReadMatches(s, matches))
		articles, readErrs = append(articles, a), append(readErrs, e)
		if pattern == in {
			// A pattern that matches nothing is an input that cannot be
			// read; an empty directory is not.
			none := beam.ParDo(s, &noMatchFn{Index: i, Pattern: in}, beam.Impulse(s), beam.SideInput{Input: matches})
			readErrs = append(readErrs, none)
		}
	}
	all, errs := beam.Flatten(s, articles...), beam.Flatten(s, readErrs...)
	lines, shards, extractErrs := beam.ParDo3(s, &extractFn{}, beam.GroupByKey(s, all))
	keyed := beam.ParDo(s, &keyFn{}, beam.GroupByKey(s, shards))
	// One worker traces, from a side input, so that no article still
	// gives a trace.
	trace := beam.ParDo(s, &traceFn{}, beam.Impulse(s), beam.SideInput{Input: keyed})
	out := Outputs{Extract: lines, Trace: trace, Errors: beam.Flatten(s, errs, extractErrs)}
	// Each file is written by one worker, from a side input, so that an
	// empty collection still writes an empty file.
	if opts.Extract != "" {
		beam.ParDo0(s, &writeRecordsFn{Path: opts.Extract}, beam.Impulse(s), beam.SideInput{Input: out.Extract})
	}
	if opts.Trace != "" {
		beam.ParDo0(s, &writeBytesFn{Path: opts.Trace}, beam.Impulse(s), beam.SideInput{Input: out.Trace})
	}
	if opts.Errors != "" {
		beam.ParDo0(s, &writeRecordsFn{Path: opts.Errors}, beam.Impulse(s), beam.SideInput{Input: out.Errors})
	}
	return out, nil
}

// checkScheme returns an error for a path of a file system no package
// has registered ("s3://…" without one), which Beam's file IO would panic
// on.
func checkScheme(p string) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("pipeline: %v", v)
		}
	}()
	filesystem.ValidateScheme(p)
	return nil
}

// isLocalDir reports whether p is a directory of the local file system.
func isLocalDir(p string) bool {
	if strings.Contains(p, "://") {
		return false
	}
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// errorCount counts the inputs that could not be read or traced.
var errorCount = beam.NewCounter("quotetrace", "errors")

// noMatchFn reports a pattern that matches no file.
type noMatchFn struct {
	Index   int
	Pattern string
}

// ProcessElement emits an error when matches is empty.
func (fn *noMatchFn) ProcessElement(ctx context.Context, _ []byte, matches func(*fileio.FileMetadata) bool, errs func(Record)) {
	var m fileio.FileMetadata
	if !matches(&m) {
		errorCount.Inc(ctx, 1)
		errs(Record{Index: fn.Index, Text: fn.Pattern + ": no file matches"})
	}
}

// readFn reads one file into articles, keyed by ID, and errors.
type readFn struct {
	Index int
	// Dir is set when the file was matched as a file of a directory,
	// which stands for its .txt and .jsonl files only.
	Dir bool
}

// ProcessElement reads f.
func (fn *readFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(string, Input), errs func(Record)) error {
	name := f.Metadata.Path
	isText := strings.HasSuffix(name, ".txt")
	if fn.Dir && !isText && !strings.HasSuffix(name, ".jsonl") {
		return nil
	}
	fail := func(line int, err error) {
		errorCount.Inc(ctx, 1)
		where := name
		if line > 0 {
			where = fmt.Sprintf("%s:%d", name, line)
		}
		errs(Record{Index: fn.Index, File: name, Line: line, Text: where + ": " + err.Error()})
	}
	if isText {
		b, err := f.Read(ctx)
		switch {
		case err != nil:
			fail(0, err)
		case bytes.IndexByte(b, 0) >= 0:
			fail(0, errors.New("binary file (holds a NUL byte)"))
		default:
			id := strings.TrimSuffix(path.Base(name), ".txt")
			emit(id, Input{Index: fn.Index, File: name, ID: id, Text: string(b)})
		}
		return nil
	}
	rc, err := f.Open(ctx)
	if err != nil {
		fail(0, err)
		return nil
	}
	defer rc.Close()
	r := corpus.NewReader([]string{"-"}, rc)
	defer r.Close()
	for {
		a, err := r.Next()
		if err == io.EOF {
			return nil
		}
		var ce *corpus.Error
		switch {
		case errors.As(err, &ce) && ce.Line > 0:
			fail(ce.Line, ce.Err)
			continue
		case err != nil:
			fail(0, err)
			return nil
		}
		for _, w := range a.Warnings {
			fail(w.Line, w.Err) // an optional field ignored: the article is kept
		}
		in := Input{Index: fn.Index, File: name, Line: lineOf(a.Origin), ID: a.ID, Text: a.Text, Publisher: a.Publisher, URL: a.URL, Title: a.Title}
		if !a.Published.IsZero() {
			in.Published = a.Published.Format(time.RFC3339Nano)
		}
		emit(a.ID, in)
	}
}

// lineOf returns the line number of an Article.Origin of standard input,
// "<stdin>:12".
func lineOf(origin string) int {
	n := 0
	for _, c := range origin[strings.LastIndexByte(origin, ':')+1:] {
		if c < '0' || c > '9' {
			return 0
		}
		n = 10*n + int(c-'0')
	}
	return n
}

// SpeakerKey is the key quotations are grouped by: the last word of the
// speaker's name in lower case ("trump" for "Trump" and "Donald Trump"),
// or "" for a quotation of no named speaker.
func SpeakerKey(a *attribution.Attribution) string {
	sp := a.Speaker
	if sp == nil || sp.Type == attribution.Group || sp.Type == attribution.Unknown {
		return ""
	}
	f := strings.Fields(strings.ToLower(sp.Name))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// extractFn parses and attributes the articles of one ID: it makes each
// one's line of extract output, and splits the first one's record into
// shards by speaker key.
type extractFn struct {
	at *attribution.Attributor
	g  *provenance.Graph // never added to: it splits articles
}

// Setup makes the attributor and the graph that splits articles.
func (fn *extractFn) Setup() error {
	fn.at = attribution.New(attribution.Options{})
	g, err := provenance.New(provenance.Options{})
	fn.g = g
	return err
}

// ProcessElement handles the articles of one ID.
func (fn *extractFn) ProcessElement(ctx context.Context, id string, inputs func(*Input) bool, lines func(Record), shards func(string, []byte), errs func(Record)) {
	var all []Input
	var in Input
	for inputs(&in) {
		all = append(all, in)
	}
	slices.SortFunc(all, func(a, b Input) int {
		return cmp.Or(cmp.Compare(a.Index, b.Index), strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
	for k, in := range all {
		fail := func(err error) {
			errorCount.Inc(ctx, 1)
			where := in.File
			if in.Line > 0 {
				where = fmt.Sprintf("%s:%d", in.File, in.Line)
			}
			errs(Record{Index: in.Index, File: in.File, Line: in.Line, Text: where + ": " + err.Error()})
		}
		line, split, err := fn.extract(in, k == 0)
		if err != nil {
			fail(err)
			continue
		}
		lines(Record{Index: in.Index, File: in.File, Line: in.Line, Text: string(line)})
		if k > 0 {
			fail(fmt.Errorf("%w: %q", provenance.ErrDuplicate, id))
			continue
		}
		for _, sh := range split {
			b, err := sh.MarshalBinary()
			if err != nil {
				fail(err)
				continue
			}
			shards(sh.Key, b)
		}
	}
}

// extract parses and attributes one article and returns its line of
// extract output and, when traced is set, its shards. A panic in the
// library is the article's error, so that one bad article does not stop
// the pipeline.
func (fn *extractFn) extract(in Input, traced bool) (line []byte, shards []*provenance.Shard, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("internal error: %v\n%s", v, debug.Stack())
		}
	}()
	a := provenance.Article{ID: in.ID, Publisher: in.Publisher, URL: in.URL, Title: in.Title}
	if in.Published != "" {
		if a.Published, err = time.Parse(time.RFC3339Nano, in.Published); err != nil {
			return nil, nil, err
		}
	}
	a.Result = fn.at.Attribute(quote.Parse(in.Text))
	line, err = extractjson.Line(corpus.Article{
		ID: in.ID, Publisher: in.Publisher, URL: in.URL, Title: in.Title, Published: a.Published, Text: in.Text,
	}, a.Result, fn.at.Outlets(), false)
	if err != nil || !traced {
		return line, nil, err
	}
	shards, err = fn.g.Split(a, SpeakerKey)
	return line, shards, err
}

// keyFn builds the graph of one speaker key's quotations, reading their
// words, and emits it as shards.
type keyFn struct{}

// ProcessElement builds the graph of one key's shards.
func (fn *keyFn) ProcessElement(key string, shards func(*[]byte) bool, emit func([]byte)) error {
	g, err := graphOfShards(shards)
	if err != nil {
		return fmt.Errorf("speaker key %q: %w", key, err)
	}
	for _, sh := range g.Shards() {
		b, err := sh.MarshalBinary()
		if err != nil {
			return err
		}
		emit(b)
	}
	return nil
}

// traceFn adds every key's graph to one graph and emits its trace as JSON.
type traceFn struct{}

// ProcessElement traces all the shards.
func (fn *traceFn) ProcessElement(ctx context.Context, _ []byte, shards func(*[]byte) bool, emit func([]byte)) error {
	g, err := graphOfShards(shards)
	if err != nil {
		return err
	}
	var out bytes.Buffer
	if err := export.JSON(&out, g.Trace()); err != nil {
		return err
	}
	emit(out.Bytes())
	return nil
}

// graphOfShards returns the graph of the encoded shards that shards
// yields.
func graphOfShards(shards func(*[]byte) bool) (*provenance.Graph, error) {
	g, err := provenance.New(provenance.Options{})
	if err != nil {
		return nil, err
	}
	var b []byte
	for shards(&b) {
		var sh provenance.Shard
		if err := sh.UnmarshalBinary(b); err != nil {
			return nil, err
		}
		if err := g.AddShard(&sh); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// writeRecordsFn writes records, in input order, to a file.
type writeRecordsFn struct{ Path string }

// ProcessElement writes all the records.
func (fn *writeRecordsFn) ProcessElement(ctx context.Context, _ []byte, records func(*Record) bool) error {
	var all []Record
	var r Record
	for records(&r) {
		all = append(all, r)
	}
	slices.SortStableFunc(all, compareRecords)
	return writeFile(ctx, fn.Path, func(w io.Writer) error {
		for _, r := range all {
			text := r.Text
			if !strings.HasSuffix(text, "\n") {
				text += "\n"
			}
			if _, err := io.WriteString(w, text); err != nil {
				return err
			}
		}
		return nil
	})
}

// writeBytesFn writes its one element to a file.
type writeBytesFn struct{ Path string }

// ProcessElement writes the element.
func (fn *writeBytesFn) ProcessElement(ctx context.Context, _ []byte, elems func(*[]byte) bool) error {
	var b []byte
	elems(&b)
	return writeFile(ctx, fn.Path, func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	})
}

// writeFile writes the file at p, on any of Beam's file systems, with
// write.
func writeFile(ctx context.Context, p string, write func(io.Writer) error) error {
	fs, err := filesystem.New(ctx, p)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, p)
	if err != nil {
		return err
	}
	if err := write(w); err != nil {
		w.Close()
		return fmt.Errorf("writing %s: %w", p, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", p, err)
	}
	return nil
}
