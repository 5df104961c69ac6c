package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/quotetrace/quotetrace/internal/webpage"
)

// DefaultMaxSize is the longest JSON Lines line, or ".txt" or web page file,
// in bytes, that a [Reader] accepts when its MaxSize is zero: 256 MiB.
const DefaultMaxSize = 256 << 20

// StdinName is the file name that [Article.Origin] and [Error.File] use for
// standard input.
const StdinName = "<stdin>"

// An Article is one news article read from the input.
type Article struct {
	// ID names the article: the "id" of its JSON Lines object, or the
	// name of its ".txt", ".html" or ".htm" file without the suffix. It is
	// never empty. IDs are not checked for uniqueness.
	ID string
	// Text is the article's text. For a ".txt" file it is the file's
	// bytes unchanged; for a web page, the text of its article (headline,
	// then paragraphs, as package webpage lays it out); for JSON Lines, the
	// decoded "text" string.
	Text string
	// Publisher is the outlet that published the article, or "" when the
	// input does not say.
	Publisher string
	// URL is the address the article was taken from, or "". A web page
	// gives its canonical address.
	URL string
	// Title is the article's title as given by the input, or "". A web
	// page gives its og:title, else its <title>, else its h1.
	Title string
	// Published is when the article was published, or the zero Time. A
	// web page gives the time its meta tags say.
	Published time.Time
	// Extracted is, for a JSON Lines object that carries "quotes" (a line
	// of `quotetrace extract` output, whose quotations are found already),
	// the whole object, for the caller to decode; Text is then "" unless
	// the object has one too. It is nil for every other article.
	Extracted json.RawMessage
	// Warnings lists what was wrong with the article's optional fields
	// ("published" not an RFC 3339 time, "url" not a string), each of which
	// was ignored: the article is kept without it. Each Error's File and
	// Line are the article's.
	Warnings []*Error
	// Origin says where the article was read from: "dir/a.txt" for a
	// ".txt" or web page file, "articles.jsonl:12" or "<stdin>:3" for line
	// 12 of a JSON Lines file or line 3 of standard input. Paths are as given to
	// NewReader, joined with the file name for a directory's files.
	Origin string
}

// An Error reports an input that could not be read: a line that is not a
// valid article, or a file that could not be opened or read. It concerns
// that line or file only; the [Reader] goes on with the rest.
type Error struct {
	// File is the path of the input, as for Article.Origin, or StdinName.
	File string
	// Line is the line number (from 1) in a JSON Lines input, or 0 when
	// the error concerns the whole file.
	Line int
	// Err says what is wrong, as in `missing "text"`.
	Err error
}

// Where returns the place the error concerns: "file:line", or just "file"
// when Line is 0.
func (e *Error) Where() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d", e.File, e.Line)
	}
	return e.File
}

// Error returns the error as "corpus: file:line: what".
func (e *Error) Error() string { return "corpus: " + e.Where() + ": " + e.Err.Error() }

// Unwrap returns e.Err, so that errors.Is(err, fs.ErrNotExist) works for a
// missing file.
func (e *Error) Unwrap() error { return e.Err }

// A Reader streams the articles of a list of paths, in order: the paths in
// the order given, a directory's files in name order, a JSON Lines input's
// lines in order. It holds at most one line or file in memory at a time
// (a web page, with its parsed tree). The package documentation describes the accepted inputs.
//
// Use it either with Next:
//
//	r := corpus.NewReader(paths, os.Stdin)
//	defer r.Close()
//	for {
//		a, err := r.Next()
//		if err == io.EOF {
//			break
//		}
//		if err != nil {
//			log.Print(err) // one bad line or file; go on
//			continue
//		}
//		use(a)
//	}
//
// or with All:
//
//	for a, err := range corpus.NewReader(paths, os.Stdin).All() { ... }
//
// A Reader is not safe for concurrent use.
type Reader struct {
	// MaxSize is the longest line of a JSON Lines input, and the largest
	// ".txt" or web page file, in bytes, that the reader accepts; a longer
	// one is reported as an Error and skipped. Zero means DefaultMaxSize.
	// Set it before the first call to Next.
	MaxSize int

	paths []string  // the paths still to read
	stdin io.Reader // read for "-"
	files []string  // the files of the directory being read, still to read

	in     *lineReader // the JSON Lines input being read, or nil
	inName string      // its name for Origin and Error
	closer io.Closer   // closes it, or nil
	closed bool
}

// NewReader returns a Reader of the articles in paths, which reads JSON Lines
// from stdin for the path "-" or when paths is empty. A nil stdin reads as
// empty. Nothing is opened until the first call to Next.
//
// Standard input is read once: a second "-" finds nothing more.
func NewReader(paths []string, stdin io.Reader) *Reader {
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	return &Reader{paths: append([]string(nil), paths...), stdin: stdin}
}

// Next returns the next article.
//
// At the end of the input it returns io.EOF, and so on every later call.
// Any other error is an [*Error] about one line or file only: the caller
// reports it and calls Next again to go on with the rest.
func (r *Reader) Next() (Article, error) {
	for !r.closed {
		var (
			a   Article
			ok  bool
			err error
		)
		switch {
		case r.in != nil:
			a, ok, err = r.nextLine()
		case len(r.files) > 0:
			p := r.files[0]
			r.files = r.files[1:]
			a, ok, err = r.openFile(p)
		case len(r.paths) > 0:
			p := r.paths[0]
			r.paths = r.paths[1:]
			a, ok, err = r.openPath(p)
		default:
			r.closed = true
		}
		if ok {
			return a, err
		}
	}
	return Article{}, io.EOF
}

// All returns an iterator over the remaining articles and errors, as Next
// returns them, without the final io.EOF. Each error concerns one line or
// file; the loop may report it and continue. The reader is closed when the
// loop ends, whether it runs to the end or breaks early.
func (r *Reader) All() iter.Seq2[Article, error] {
	return func(yield func(Article, error) bool) {
		defer r.Close()
		for {
			a, err := r.Next()
			if err == io.EOF {
				return
			}
			if !yield(a, err) {
				return
			}
		}
	}
}

// Close closes the file being read, if any. After Close, Next returns
// io.EOF. It need not be called when Next has returned io.EOF, but is
// harmless then.
func (r *Reader) Close() error {
	r.closed = true
	r.paths, r.files = nil, nil
	return r.endInput()
}

func (r *Reader) maxSize() int {
	if r.MaxSize > 0 {
		return r.MaxSize
	}
	return DefaultMaxSize
}

// openPath starts reading one of the paths given to NewReader. It returns
// ok == false when it gave no article or error yet (the loop in Next then
// carries on).
func (r *Reader) openPath(p string) (a Article, ok bool, err error) {
	if p == "-" {
		r.startInput(StdinName, r.stdin, nil)
		return Article{}, false, nil
	}
	fi, err := os.Stat(p)
	if err != nil {
		return Article{}, true, fileError(p, err)
	}
	if !fi.IsDir() {
		return r.openFile(p)
	}
	entries, err := os.ReadDir(p)
	// ReadDir returns the entries it read before an error; read those too.
	for _, e := range entries {
		name := e.Name()
		if !e.IsDir() && articleFile(name) {
			r.files = append(r.files, filepath.Join(p, name))
		}
	}
	if err != nil {
		return Article{}, true, fileError(p, err)
	}
	return Article{}, false, nil
}

// articleFile reports whether a file of that name is an input: a ".txt",
// ".jsonl", ".html" or ".htm" file.
func articleFile(name string) bool {
	for _, ext := range [...]string{".txt", ".jsonl", ".html", ".htm"} {
		if strings.HasSuffix(name, ext) {
			return true
		}
	}
	return false
}

// openFile reads a ".txt", ".html" or ".htm" file, or starts reading a
// ".jsonl" file.
func (r *Reader) openFile(p string) (a Article, ok bool, err error) {
	switch {
	case strings.HasSuffix(p, ".txt"):
		a, err = r.readText(p)
		return a, true, err
	case strings.HasSuffix(p, ".html"), strings.HasSuffix(p, ".htm"):
		a, err = r.readPage(p)
		return a, true, err
	case strings.HasSuffix(p, ".jsonl"):
		f, ferr := os.Open(p)
		if ferr != nil {
			return Article{}, true, fileError(p, ferr)
		}
		r.startInput(p, f, f)
		return Article{}, false, nil
	default:
		return Article{}, true, &Error{File: p, Err: errors.New("not a .txt, .jsonl, .html or .htm file or a directory")}
	}
}

// readText reads a ".txt" file as one article.
func (r *Reader) readText(p string) (Article, error) {
	id, data, err := r.readFile(p, ".txt")
	if err != nil {
		return Article{}, err
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return Article{}, &Error{File: p, Err: errors.New("binary file (holds a NUL byte)")}
	}
	return Article{ID: id, Text: string(data), Origin: p}, nil
}

// readPage reads a ".html" or ".htm" file as one article.
func (r *Reader) readPage(p string) (Article, error) {
	ext := ".html"
	if strings.HasSuffix(p, ".htm") {
		ext = ".htm"
	}
	id, data, err := r.readFile(p, ext)
	if err != nil {
		return Article{}, err
	}
	pg, err := webpage.Parse(data)
	if errors.Is(err, webpage.ErrBinary) {
		return Article{}, &Error{File: p, Err: errors.New("binary file (holds a NUL byte)")}
	}
	if err != nil {
		return Article{}, &Error{File: p, Err: err}
	}
	return Article{ID: id, Text: pg.Text, Title: pg.Title, URL: pg.URL, Published: pg.Published, Origin: p}, nil
}

// readFile reads the file p, whose name ends in ext, as one article: its ID
// (the base name without ext) and its bytes, at most MaxSize of them.
func (r *Reader) readFile(p, ext string) (id string, data []byte, err error) {
	id = strings.TrimSuffix(filepath.Base(p), ext)
	if id == "" {
		return "", nil, &Error{File: p, Err: fmt.Errorf("no id: the file name is just %q", ext)}
	}
	f, err := os.Open(p)
	if err != nil {
		return "", nil, fileError(p, err)
	}
	defer f.Close()
	limit := r.maxSize()
	data, err = io.ReadAll(io.LimitReader(f, int64(limit)+1))
	if err != nil {
		return "", nil, fileError(p, err)
	}
	if len(data) > limit {
		return "", nil, &Error{File: p, Err: fmt.Errorf("file too large (more than %d bytes)", limit)}
	}
	return id, data, nil
}

// fileError wraps an error from the os package, leaving out the path and
// operation it repeats.
func fileError(p string, err error) *Error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &Error{File: p, Err: err}
}

func (r *Reader) startInput(name string, rd io.Reader, c io.Closer) {
	r.in = &lineReader{br: bufio.NewReaderSize(rd, 64<<10), max: r.maxSize()}
	r.inName = name
	r.closer = c
}

func (r *Reader) endInput() error {
	var err error
	if r.closer != nil {
		err = r.closer.Close()
	}
	r.in, r.inName, r.closer = nil, "", nil
	return err
}

var bom = []byte("\uFEFF")

// nextLine returns the article or error of the next non-blank line of the
// current JSON Lines input, or ok == false at its end.
func (r *Reader) nextLine() (a Article, ok bool, err error) {
	for {
		line, tooLong, err := r.in.next()
		if err == io.EOF {
			r.endInput()
			return Article{}, false, nil
		}
		e := &Error{File: r.inName, Line: r.in.line}
		if err != nil {
			r.endInput() // a read error leaves the input's position unknown
			e.Err = fmt.Errorf("read error: %w", fileError(e.File, err).Err)
			return Article{}, true, e
		}
		if tooLong {
			e.Err = fmt.Errorf("line too long (more than %d bytes)", r.in.max)
			return Article{}, true, e
		}
		if e.Line == 1 {
			line = bytes.TrimPrefix(line, bom)
		}
		if len(bytes.Trim(line, jsonSpace)) == 0 {
			continue
		}
		a, err := decode(line)
		if err != nil {
			e.Err = err
			return Article{}, true, e
		}
		a.Origin = e.Where()
		for _, w := range a.Warnings {
			w.File, w.Line = e.File, e.Line
		}
		return a, true, nil
	}
}

// jsonSpace is the white space that JSON allows around values.
const jsonSpace = " \t\r\n"

// decode reads one JSON Lines article.
func decode(line []byte) (Article, error) {
	if v := bytes.TrimLeft(line, jsonSpace); v[0] != '{' {
		if !json.Valid(v) {
			return Article{}, syntaxError(json.Unmarshal(line, new(any)), len(line))
		}
		return Article{}, errors.New("not a JSON object")
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(line, &m); err != nil {
		return Article{}, syntaxError(err, len(line))
	}
	var a Article
	var err error
	if a.ID, err = decodeID(m["id"]); err != nil {
		return Article{}, err
	}
	if !isNull(m["quotes"]) {
		a.Extracted = bytes.Clone(line)
	}
	switch raw := m["text"]; {
	case isNull(raw) && a.Extracted != nil:
	case isNull(raw):
		return Article{}, errors.New(`missing "text"`)
	case raw[0] != '"':
		return Article{}, errors.New(`"text" is not a string`)
	default:
		if err := json.Unmarshal(raw, &a.Text); err != nil {
			return Article{}, fmt.Errorf(`"text": %v`, err)
		}
	}
	// An optional field that is wrong is ignored, with a warning: the
	// article is kept.
	warn := func(err error) { a.Warnings = append(a.Warnings, &Error{Err: err}) }
	for _, f := range []struct {
		key string
		dst *string
	}{{"publisher", &a.Publisher}, {"url", &a.URL}, {"title", &a.Title}} {
		if *f.dst, err = optString(m, f.key); err != nil {
			warn(fmt.Errorf("%v: ignored", err))
		}
	}
	pub, err := optString(m, "published")
	if err != nil {
		warn(fmt.Errorf("%v: ignored", err))
	}
	if pub != "" {
		if a.Published, err = time.Parse(time.RFC3339, pub); err != nil {
			if len(pub) > 40 {
				pub = pub[:40] + "..."
			}
			warn(fmt.Errorf(`"published" is not an RFC 3339 time: %q: ignored`, pub))
		}
	}
	return a, nil
}

// decodeID reads the "id" field: a non-empty string, or a number kept as
// written.
func decodeID(raw json.RawMessage) (string, error) {
	if isNull(raw) {
		return "", errors.New(`missing "id"`)
	}
	switch c := raw[0]; {
	case c == '"':
		var id string
		if err := json.Unmarshal(raw, &id); err != nil {
			return "", fmt.Errorf(`"id": %v`, err)
		}
		if id == "" {
			return "", errors.New(`empty "id"`)
		}
		return id, nil
	case c == '-' || '0' <= c && c <= '9':
		return string(raw), nil
	default:
		return "", errors.New(`"id" is not a string or a number`)
	}
}

// optString reads an optional string field; null counts as absent.
func optString(m map[string]json.RawMessage, key string) (string, error) {
	raw := m[key]
	if isNull(raw) {
		return "", nil
	}
	if raw[0] != '"' {
		return "", fmt.Errorf("%q is not a string", key)
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", fmt.Errorf("%q: %v", key, err)
	}
	return s, nil
}

func isNull(raw json.RawMessage) bool {
	return len(raw) == 0 || string(raw) == "null"
}

// syntaxError describes a JSON syntax error in a line of n bytes, with the
// column (counted in bytes, from 1) of the offending byte.
func syntaxError(err error, n int) error {
	var se *json.SyntaxError
	if errors.As(err, &se) && se.Offset > 0 && se.Offset <= int64(n) &&
		se.Error() != "unexpected end of JSON input" {
		return fmt.Errorf("invalid JSON at column %d: %v", se.Offset, se)
	}
	return fmt.Errorf("invalid JSON: %v", err)
}

// A lineReader splits its input into lines, without holding a line longer
// than max in memory.
type lineReader struct {
	br   *bufio.Reader
	max  int
	line int    // the number of the line last returned, from 1
	buf  []byte // holds the line last returned
}

// next returns the next line without its "\n". For a line longer than max
// bytes it returns tooLong and no bytes. At the end of the input it returns
// io.EOF; a last line without "\n" is a line.
func (l *lineReader) next() (line []byte, tooLong bool, err error) {
	if cap(l.buf) > 1<<20 {
		l.buf = nil // do not keep a huge line's buffer for the next ones
	}
	l.buf = l.buf[:0]
	size := 0 // bytes of the line so far, without "\n"
	for {
		chunk, err := l.br.ReadSlice('\n')
		n := len(chunk)
		if err == nil {
			n-- // the "\n"
		}
		size += n
		if size > l.max {
			tooLong, l.buf = true, nil
		}
		if !tooLong {
			l.buf = append(l.buf, chunk[:n]...)
		}
		switch err {
		case bufio.ErrBufferFull:
			continue
		case nil:
		case io.EOF:
			if size == 0 {
				return nil, false, io.EOF
			}
		default:
			l.line++
			return nil, false, err
		}
		l.line++
		return l.buf, tooLong, nil
	}
}
