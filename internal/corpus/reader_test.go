package corpus

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	_ "github.com/quotetrace/quotetrace/internal/golden" // accepts -update
)

// item is one result of Reader.Next: an article, with the texts of its
// warnings, or the text of an error.
type item struct {
	Article
	Warned []string
	Err    string
}

// readAll returns every result of r until io.EOF.
func readAll(t *testing.T, r *Reader) []item {
	t.Helper()
	var out []item
	for i := 0; ; i++ {
		if i > 100000 {
			t.Fatal("Next never returned io.EOF")
		}
		a, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Next returned %T %v, want *Error", err, err)
			}
			out = append(out, item{Err: err.Error()})
			continue
		}
		var warned []string
		for _, w := range a.Warnings {
			warned = append(warned, w.Error())
		}
		a.Warnings = nil
		out = append(out, item{Article: a, Warned: warned})
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("Next after io.EOF = %v, want io.EOF", err)
	}
	return out
}

func art(id, text, origin string) item {
	return item{Article: Article{ID: id, Text: text, Origin: origin}}
}

func fail(msg string) item { return item{Err: msg} }

// warned is an article kept with warnings about its optional fields.
func warned(id, text, origin string, warnings ...string) item {
	return item{Article: Article{ID: id, Text: text, Origin: origin}, Warned: warnings}
}

// writeFiles creates files (name → content) under dir; a name ending in "/"
// is a directory.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestReader(t *testing.T) {
	published := time.Date(2025, 1, 27, 10, 30, 0, 0, time.FixedZone("", 3*3600))
	tests := []struct {
		name    string
		files   map[string]string
		paths   []string
		stdin   string
		maxSize int
		want    []item
	}{
		{
			name:  "txt file",
			files: map[string]string{"003_c1.txt": "Peskov said: “No.”\n"},
			paths: []string{"003_c1.txt"},
			want:  []item{art("003_c1", "Peskov said: “No.”\n", "003_c1.txt")},
		},
		{
			name:  "txt kept byte for byte",
			files: map[string]string{"a.txt": "\uFEFFbad \xff\xfe utf-8\r\nand CRLF\r\n  "},
			paths: []string{"a.txt"},
			want:  []item{art("a", "\uFEFFbad \xff\xfe utf-8\r\nand CRLF\r\n  ", "a.txt")},
		},
		{
			name:  "empty txt",
			files: map[string]string{"empty.txt": ""},
			paths: []string{"empty.txt"},
			want:  []item{art("empty", "", "empty.txt")},
		},
		{
			name:  "binary txt",
			files: map[string]string{"bin.txt": "PK\x03\x04\x00\x00", "ok.txt": "x"},
			paths: []string{"bin.txt", "ok.txt"},
			want: []item{
				fail("corpus: bin.txt: binary file (holds a NUL byte)"),
				art("ok", "x", "ok.txt"),
			},
		},
		{
			name:    "txt too large",
			files:   map[string]string{"big.txt": "0123456789", "small.txt": "0123"},
			paths:   []string{"big.txt", "small.txt"},
			maxSize: 9,
			want: []item{
				fail("corpus: big.txt: file too large (more than 9 bytes)"),
				art("small", "0123", "small.txt"),
			},
		},
		{
			name:  "txt in a subdirectory",
			files: map[string]string{"d/e/x.y.txt": "t"},
			paths: []string{"d/e/x.y.txt"},
			want:  []item{art("x.y", "t", "d/e/x.y.txt")},
		},
		{
			name:  "file named .txt",
			files: map[string]string{".txt": "t"},
			paths: []string{".txt"},
			want:  []item{fail(`corpus: .txt: no id: the file name is just ".txt"`)},
		},
		{
			name: "jsonl all fields",
			files: map[string]string{"a.jsonl": `{"id":"x1","text":"Hello","publisher":"TASS",` +
				`"url":"https://tass.com/1","published":"2025-01-27T10:30:00+03:00","title":"T","lang":"en","n":[1,{}]}` + "\n"},
			paths: []string{"a.jsonl"},
			want: []item{{Article: Article{ID: "x1", Text: "Hello", Publisher: "TASS", URL: "https://tass.com/1",
				Title: "T", Published: published, Origin: "a.jsonl:1"}}},
		},
		{
			name: "jsonl optional fields null or empty",
			files: map[string]string{"a.jsonl": `{"id":"a","text":"t","publisher":null,"url":"","published":null,"title":null}` + "\n" +
				`{"id":"b","text":"","published":""}`},
			paths: []string{"a.jsonl"},
			want:  []item{art("a", "t", "a.jsonl:1"), art("b", "", "a.jsonl:2")},
		},
		{
			name: "extracted lines",
			stdin: `{"id":"x","publisher":null,"quotes":[],"url":"https://tass.com/1","published":"2025-01-27T10:30:00+03:00"}` + "\n" +
				`{"id":"y","text":"also a text","quotes":[{"kind":"direct"}]}` + "\n" +
				`{"id":"z","quotes":null}` + "\n" +
				`{"id":"w","quotes":"not checked here"}` + "\n" +
				`{"quotes":[]}` + "\n" +
				`{"id":"v","text":7,"quotes":[]}` + "\n",
			want: []item{
				{Article: Article{ID: "x", URL: "https://tass.com/1", Published: published, Origin: "<stdin>:1",
					Extracted: []byte(`{"id":"x","publisher":null,"quotes":[],"url":"https://tass.com/1","published":"2025-01-27T10:30:00+03:00"}`)}},
				{Article: Article{ID: "y", Text: "also a text", Origin: "<stdin>:2",
					Extracted: []byte(`{"id":"y","text":"also a text","quotes":[{"kind":"direct"}]}`)}},
				fail(`corpus: <stdin>:3: missing "text"`),
				{Article: Article{ID: "w", Origin: "<stdin>:4", Extracted: []byte(`{"id":"w","quotes":"not checked here"}`)}},
				fail(`corpus: <stdin>:5: missing "id"`),
				fail(`corpus: <stdin>:6: "text" is not a string`),
			},
		},
		{
			name:  "number ids kept as written",
			stdin: `{"id":12,"text":"a"}` + "\n" + `{"id":-1.50,"text":"b"}` + "\n" + `{"id":1e400,"text":"c"}` + "\n",
			want: []item{
				art("12", "a", "<stdin>:1"),
				art("-1.50", "b", "<stdin>:2"),
				art("1e400", "c", "<stdin>:3"),
			},
		},
		{
			name: "malformed lines do not stop the stream",
			files: map[string]string{"articles.jsonl": `{"id":"1","text":"one"}` + "\n" +
				`{"id":"2","text":"two"` + "\n" +
				`not json at all` + "\n" +
				`{"id":"3","text":"three"} {"id":"4"}` + "\n" +
				`{"id":"5","text":"five",}` + "\n" +
				`{"id":"6","text":"six"}` + "\n"},
			paths: []string{"articles.jsonl"},
			want: []item{
				art("1", "one", "articles.jsonl:1"),
				fail("corpus: articles.jsonl:2: invalid JSON: unexpected end of JSON input"),
				fail("corpus: articles.jsonl:3: invalid JSON at column 2: invalid character 'o' in literal null (expecting 'u')"),
				fail("corpus: articles.jsonl:4: invalid JSON at column 27: invalid character '{' after top-level value"),
				fail("corpus: articles.jsonl:5: invalid JSON at column 25: invalid character '}' looking for beginning of object key string"),
				art("6", "six", "articles.jsonl:6"),
			},
		},
		{
			name: "missing and mistyped fields",
			stdin: `{"text":"no id"}` + "\n" +
				`{"id":"a"}` + "\n" +
				`{"id":null,"text":"x"}` + "\n" +
				`{"id":"b","text":null}` + "\n" +
				`{"id":"","text":"x"}` + "\n" +
				`{"id":true,"text":"x"}` + "\n" +
				`{"id":["c"],"text":"x"}` + "\n" +
				`{"id":"d","text":42}` + "\n" +
				`{"id":"e","text":"x","publisher":7}` + "\n" +
				`{"id":"f","text":"x","url":{}}` + "\n" +
				`{"id":"g","text":"x","title":false}` + "\n" +
				`{"ID":"h","Text":"x"}` + "\n" +
				`{"id":"i","text":"x"}` + "\n",
			want: []item{
				fail(`corpus: <stdin>:1: missing "id"`),
				fail(`corpus: <stdin>:2: missing "text"`),
				fail(`corpus: <stdin>:3: missing "id"`),
				fail(`corpus: <stdin>:4: missing "text"`),
				fail(`corpus: <stdin>:5: empty "id"`),
				fail(`corpus: <stdin>:6: "id" is not a string or a number`),
				fail(`corpus: <stdin>:7: "id" is not a string or a number`),
				fail(`corpus: <stdin>:8: "text" is not a string`),
				warned("e", "x", "<stdin>:9", `corpus: <stdin>:9: "publisher" is not a string: ignored`),
				warned("f", "x", "<stdin>:10", `corpus: <stdin>:10: "url" is not a string: ignored`),
				warned("g", "x", "<stdin>:11", `corpus: <stdin>:11: "title" is not a string: ignored`),
				fail(`corpus: <stdin>:12: missing "id"`),
				art("i", "x", "<stdin>:13"),
			},
		},
		{
			// A wrong optional field is ignored, with a warning: the
			// article is kept.
			name: "bad published",
			stdin: `{"id":"a","text":"x","published":"27 January 2025"}` + "\n" +
				`{"id":"b","text":"x","published":"2025-01-27"}` + "\n" +
				`{"id":"c","text":"x","published":1737973800}` + "\n" +
				`{"id":"d","text":"x","published":"2025-01-27T10:30:00.123Z"}` + "\n",
			want: []item{
				warned("a", "x", "<stdin>:1", `corpus: <stdin>:1: "published" is not an RFC 3339 time: "27 January 2025": ignored`),
				warned("b", "x", "<stdin>:2", `corpus: <stdin>:2: "published" is not an RFC 3339 time: "2025-01-27": ignored`),
				warned("c", "x", "<stdin>:3", `corpus: <stdin>:3: "published" is not a string: ignored`),
				{Article: Article{ID: "d", Text: "x", Origin: "<stdin>:4",
					Published: time.Date(2025, 1, 27, 10, 30, 0, 123e6, time.UTC)}},
			},
		},
		{
			name:  "not an object",
			stdin: "[1,2]\n\"text\"\nnull\n42\ntrue\n",
			want: []item{
				fail("corpus: <stdin>:1: not a JSON object"),
				fail("corpus: <stdin>:2: not a JSON object"),
				fail("corpus: <stdin>:3: not a JSON object"),
				fail("corpus: <stdin>:4: not a JSON object"),
				fail("corpus: <stdin>:5: not a JSON object"),
			},
		},
		{
			name: "invalid UTF-8 inside JSON strings",
			stdin: "{\"id\":\"bad\xffid\",\"text\":\"caf\xc3 \xe2\x80 ok \xff\"}\n" +
				`{"id":"s","text":"lone \ud800 surrogate, pair \ud83d\ude00"}` + "\n",
			want: []item{
				art("bad\uFFFDid", "caf\uFFFD \uFFFD\uFFFD ok \uFFFD", "<stdin>:1"),
				art("s", "lone \uFFFD surrogate, pair \U0001F600", "<stdin>:2"),
			},
		},
		{
			name:  "CRLF line endings",
			files: map[string]string{"crlf.jsonl": "{\"id\":\"a\",\"text\":\"one\\r\\ntwo\"}\r\n\r\n{\"id\":\"b\",\"text\":\"x\"}\r\n"},
			paths: []string{"crlf.jsonl"},
			want:  []item{art("a", "one\r\ntwo", "crlf.jsonl:1"), art("b", "x", "crlf.jsonl:3")},
		},
		{
			name:  "blank lines skipped but counted",
			stdin: "\n  \t \n\r\n" + `{"id":"a","text":"x"}` + "\n\n\n" + ` {"id":"b","text":"y"} ` + "\n \n",
			want:  []item{art("a", "x", "<stdin>:4"), art("b", "y", "<stdin>:7")},
		},
		{
			name:  "white space that JSON does not allow",
			stdin: "\u00a0\n\f\n",
			want: []item{
				fail("corpus: <stdin>:1: invalid JSON at column 1: invalid character 'Â' looking for beginning of value"),
				fail("corpus: <stdin>:2: invalid JSON at column 1: invalid character '\\f' looking for beginning of value"),
			},
		},
		{
			name:  "byte order mark",
			stdin: "\uFEFF" + `{"id":"a","text":"x"}` + "\n\uFEFF" + `{"id":"b","text":"y"}`,
			want: []item{
				art("a", "x", "<stdin>:1"),
				fail("corpus: <stdin>:2: invalid JSON at column 1: invalid character 'ï' looking for beginning of value"),
			},
		},
		{
			name:  "last line without newline",
			stdin: `{"id":"a","text":"x"}` + "\n" + `{"id":"b","text":"y"}`,
			want:  []item{art("a", "x", "<stdin>:1"), art("b", "y", "<stdin>:2")},
		},
		{
			name:  "duplicate key: last wins",
			stdin: `{"id":"a","text":"first","text":"second"}` + "\n",
			want:  []item{art("a", "second", "<stdin>:1")},
		},
		{
			name:  "text with escapes and NUL",
			stdin: `{"id":"a","text":"\u201cHi,\u201d he said.\n\t\u0000\"x\"\\"}` + "\n",
			want:  []item{art("a", "“Hi,” he said.\n\t\x00\"x\"\\", "<stdin>:1")},
		},
		{
			name:    "line too long",
			stdin:   `{"id":"a","text":"0123456789"}` + "\n" + `{"id":"b","text":"x"}` + "\n" + `{"id":"c","text":"0123456789"}`,
			maxSize: 25,
			want: []item{
				fail("corpus: <stdin>:1: line too long (more than 25 bytes)"),
				art("b", "x", "<stdin>:2"),
				fail("corpus: <stdin>:3: line too long (more than 25 bytes)"),
			},
		},
		{
			name:    "line exactly max size",
			stdin:   `{"id":"a","text":"x"}` + "\r\n",
			maxSize: len(`{"id":"a","text":"x"}` + "\r"),
			want:    []item{art("a", "x", "<stdin>:1")},
		},
		{
			name: "empty stdin",
			want: nil,
		},
		{
			name:  "empty jsonl and blank-only jsonl",
			files: map[string]string{"e.jsonl": "", "b.jsonl": "\n\r\n \n"},
			paths: []string{"e.jsonl", "b.jsonl"},
			want:  nil,
		},
		{
			name:  "dash reads stdin, in order with files",
			files: map[string]string{"a.txt": "A"},
			paths: []string{"a.txt", "-", "a.txt", "-"},
			stdin: `{"id":"s","text":"S"}`,
			want: []item{
				art("a", "A", "a.txt"),
				art("s", "S", "<stdin>:1"),
				art("a", "A", "a.txt"),
			},
		},
		{
			name: "directory with mixed files",
			files: map[string]string{
				"dir/b.jsonl":     `{"id":"b1","text":"B1"}` + "\n" + `{"id":"b2","text":"B2"}` + "\n",
				"dir/a.txt":       "A",
				"dir/c.md":        "# not read",
				"dir/notes":       "not read",
				"dir/d.json":      `{"id":"no","text":"no"}`,
				"dir/sub/":        "",
				"dir/sub/x.txt":   "not read: not recursive",
				"dir/sub.txt/":    "",
				"dir/z.txt":       "Z",
				"dir/y.jsonl":     "oops\n",
				"dir/10.txt":      "ten",
				"dir/bin.txt":     "\x00",
				"dir/.hidden.txt": "hidden",
			},
			paths: []string{"dir"},
			want: []item{
				art(".hidden", "hidden", "dir/.hidden.txt"),
				art("10", "ten", "dir/10.txt"),
				art("a", "A", "dir/a.txt"),
				art("b1", "B1", "dir/b.jsonl:1"),
				art("b2", "B2", "dir/b.jsonl:2"),
				fail("corpus: dir/bin.txt: binary file (holds a NUL byte)"),
				fail("corpus: dir/y.jsonl:1: invalid JSON at column 1: invalid character 'o' looking for beginning of value"),
				art("z", "Z", "dir/z.txt"),
			},
		},
		{
			name: "html page",
			files: map[string]string{"003_c1.html": `<!doctype html><html><head>
				<title>Kremlin can&rsquo;t confirm call | Courier</title>
				<meta property="og:site_name" content="Courier">
				<meta property="og:title" content="Kremlin can&rsquo;t confirm call">
				<link rel="canonical" href="https://courier.example/world/call">
				<meta property="article:published_time" content="2025-01-27T10:30:00+03:00">
				<script>var x = "“No,” he said.";</script></head>
				<body><nav><a href="/">Home</a></nav><article><h1>Kremlin can&rsquo;t confirm call</h1>
				<p>Peskov said: &#8220;No.&#8221;</p><p>He&nbsp;left &amp; went home.</p></article>
				<footer>&copy; Courier</footer></body></html>`},
			paths: []string{"003_c1.html"},
			want: []item{{Article: Article{
				ID:        "003_c1",
				Text:      "Kremlin can’t confirm call\n\nPeskov said: “No.”\n\nHe left & went home.\n",
				Title:     "Kremlin can’t confirm call",
				URL:       "https://courier.example/world/call",
				Published: published,
				Origin:    "003_c1.html",
			}}},
		},
		{
			name:  "htm page without metadata",
			files: map[string]string{"d/x.y.htm": "<p>One<p>Two"},
			paths: []string{"d/x.y.htm"},
			want:  []item{art("x.y", "One\n\nTwo\n", "d/x.y.htm")},
		},
		{
			name:  "empty page, plain text page",
			files: map[string]string{"e.html": "", "t.html": "Just text,\nno markup."},
			paths: []string{"e.html", "t.html"},
			want:  []item{art("e", "", "e.html"), art("t", "Just text, no markup.\n", "t.html")},
		},
		{
			name: "bad pages",
			files: map[string]string{
				"bin.html":   "\x89PNG\r\n\x1a\n\x00\x00",
				"big.html":   "<p>" + strings.Repeat("x", 20) + "</p>",
				".html":      "<p>no id</p>",
				"ok.htm":     "<p>ok",
				"page.HTML":  "<p>not a .html file",
				"page.xhtml": "<p>not a .html file",
			},
			paths:   []string{"bin.html", "big.html", ".html", "page.HTML", "page.xhtml", "missing.html", "ok.htm"},
			maxSize: 20,
			want: []item{
				fail("corpus: bin.html: binary file (holds a NUL byte)"),
				fail("corpus: big.html: file too large (more than 20 bytes)"),
				fail(`corpus: .html: no id: the file name is just ".html"`),
				fail("corpus: page.HTML: not a .txt, .jsonl, .html or .htm file or a directory"),
				fail("corpus: page.xhtml: not a .txt, .jsonl, .html or .htm file or a directory"),
				fail("corpus: missing.html: no such file or directory"),
				art("ok", "ok\n", "ok.htm"),
			},
		},
		{
			name: "directory with pages",
			files: map[string]string{
				"dir/b.html":     "<title>B</title><p>b",
				"dir/a.txt":      "A",
				"dir/c.htm":      "<p>c",
				"dir/b.jsonl":    `{"id":"j","text":"J"}`,
				"dir/d.xhtml":    "<p>not read",
				"dir/e.html.bak": "<p>not read",
				"dir/sub.html/":  "",
				"dir/z.html":     "\x00",
			},
			paths: []string{"dir"},
			want: []item{
				art("a", "A", "dir/a.txt"),
				{Article: Article{ID: "b", Text: "B\n\nb\n", Title: "B", Origin: "dir/b.html"}},
				art("j", "J", "dir/b.jsonl:1"),
				art("c", "c\n", "dir/c.htm"),
				fail("corpus: dir/z.html: binary file (holds a NUL byte)"),
			},
		},
		{
			name:  "empty directory",
			files: map[string]string{"empty/": ""},
			paths: []string{"empty/"},
			want:  nil,
		},
		{
			name:  "missing path and other suffixes",
			files: map[string]string{"notes.md": "x", "ok.txt": "ok", "data.json": "{}"},
			paths: []string{"missing.jsonl", "missing.txt", "notes.md", "data.json", "nodir/", "ok.txt"},
			want: []item{
				fail("corpus: missing.jsonl: no such file or directory"),
				fail("corpus: missing.txt: no such file or directory"),
				fail("corpus: notes.md: not a .txt, .jsonl, .html or .htm file or a directory"),
				fail("corpus: data.json: not a .txt, .jsonl, .html or .htm file or a directory"),
				fail("corpus: nodir/: no such file or directory"),
				art("ok", "ok", "ok.txt"),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tt.files)
			t.Chdir(dir)
			r := NewReader(tt.paths, strings.NewReader(tt.stdin))
			r.MaxSize = tt.maxSize
			got := readAll(t, r)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("results differ (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNilStdin(t *testing.T) {
	if got := readAll(t, NewReader(nil, nil)); len(got) != 0 {
		t.Errorf("got %v, want nothing", got)
	}
}

func TestUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can read any file")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"secret.jsonl": `{"id":"a","text":"x"}`, "secret.txt": "x", "ok.txt": "ok"})
	t.Chdir(dir)
	for _, name := range []string{"secret.jsonl", "secret.txt"} {
		if err := os.Chmod(name, 0); err != nil {
			t.Fatal(err)
		}
	}
	got := readAll(t, NewReader([]string{"secret.jsonl", "secret.txt", "ok.txt"}, nil))
	want := []item{
		fail("corpus: secret.jsonl: permission denied"),
		fail("corpus: secret.txt: permission denied"),
		art("ok", "ok", "ok.txt"),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results differ (-want +got):\n%s", diff)
	}
}

// failingReader returns its data, then err.
type failingReader struct {
	data string
	err  error
}

func (f *failingReader) Read(p []byte) (int, error) {
	if f.data == "" {
		return 0, f.err
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

func TestReadError(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"ok.txt": "ok"})
	t.Chdir(dir)
	stdin := &failingReader{data: `{"id":"a","text":"x"}` + "\n" + `{"id":"b",`, err: errors.New("disk on fire")}
	got := readAll(t, NewReader([]string{"-", "ok.txt"}, stdin))
	want := []item{
		art("a", "x", "<stdin>:1"),
		fail("corpus: <stdin>:2: read error: disk on fire"),
		art("ok", "ok", "ok.txt"),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results differ (-want +got):\n%s", diff)
	}
}

func TestError(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	_, err := NewReader([]string{"nope.jsonl"}, nil).Next()
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("errors.Is(%v, fs.ErrNotExist) = false", err)
	}
	var e *Error
	if !errors.As(err, &e) || e.File != "nope.jsonl" || e.Line != 0 || e.Where() != "nope.jsonl" {
		t.Errorf("got %#v, want *Error for nope.jsonl, line 0", err)
	}

	_, err = NewReader(nil, strings.NewReader("\n\n{}\n")).Next()
	if !errors.As(err, &e) || e.File != StdinName || e.Line != 3 || e.Where() != "<stdin>:3" ||
		e.Err.Error() != `missing "id"` {
		t.Errorf("got %#v, want *Error for <stdin>:3", err)
	}
}

func TestHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("slow in -short mode")
	}
	text := strings.Repeat("“Words,” he said. ", 50<<20/22)
	stdin := `{"id":"small","text":"a"}` + "\n" + `{"id":"huge","text":"` + text + `"}` + "\n" + `{"id":"after","text":"b"}` + "\n"
	if len(stdin) < 50<<20 {
		t.Fatalf("test input is %d bytes, want at least 50 MiB", len(stdin))
	}
	got := readAll(t, NewReader(nil, strings.NewReader(stdin)))
	if len(got) != 3 || got[1].Err != "" || got[1].ID != "huge" || got[1].Text != text || got[2].ID != "after" {
		t.Errorf("huge line not read: got %d results", len(got))
		for _, it := range got {
			t.Logf("%s %s %d bytes", it.Err, it.ID, len(it.Text))
		}
	}
}

func TestAll(t *testing.T) {
	stdin := `{"id":"a","text":"x"}` + "\nbad\n" + `{"id":"b","text":"y"}` + "\n" + `{"id":"c","text":"z"}` + "\n"
	var ids []string
	var errs int
	for a, err := range NewReader(nil, strings.NewReader(stdin)).All() {
		if err != nil {
			errs++
			continue
		}
		ids = append(ids, a.ID)
	}
	if diff := cmp.Diff([]string{"a", "b", "c"}, ids); diff != "" || errs != 1 {
		t.Errorf("All: ids differ (-want +got):\n%s; %d errors, want 1", diff, errs)
	}

	// Breaking out of the loop closes the reader and the file.
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.jsonl": stdin})
	t.Chdir(dir)
	r := NewReader([]string{"a.jsonl"}, nil)
	for range r.All() {
		break
	}
	if r.in != nil || r.closer != nil {
		t.Error("reader still holds its input after the loop ended")
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("Next after All ended early = %v, want io.EOF", err)
	}
}

func TestClose(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.jsonl": `{"id":"a","text":"x"}` + "\n" + `{"id":"b","text":"y"}` + "\n"})
	t.Chdir(dir)
	r := NewReader([]string{"a.jsonl", "a.jsonl"}, nil)
	if a, err := r.Next(); err != nil || a.ID != "a" {
		t.Fatalf("Next = %v, %v", a, err)
	}
	if err := r.Close(); err != nil {
		t.Errorf("Close = %v", err)
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("Next after Close = %v, want io.EOF", err)
	}
	if err := r.Close(); err != nil {
		t.Errorf("second Close = %v", err)
	}
}

func TestNewReaderCopiesPaths(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "A"})
	t.Chdir(dir)
	paths := []string{"a.txt"}
	r := NewReader(paths, nil)
	paths[0] = "changed.txt"
	if a, err := r.Next(); err != nil || a.ID != "a" {
		t.Errorf("Next = %v, %v; want article a", a, err)
	}
}

func TestDirectoryEntriesThatCannotBeRead(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"d/sub/": "", "d/ok.txt": "ok"})
	t.Chdir(dir)
	for name, target := range map[string]string{
		"d/dangling.txt": "nowhere.txt",
		"d/dir.jsonl":    "sub",
		"d/dir.txt":      "sub",
	} {
		if err := os.Symlink(target, name); err != nil {
			t.Skip(err)
		}
	}
	got := readAll(t, NewReader([]string{"d"}, nil))
	want := []item{
		fail("corpus: d/dangling.txt: no such file or directory"),
		fail("corpus: d/dir.jsonl:1: read error: is a directory"),
		fail("corpus: d/dir.txt: is a directory"),
		art("ok", "ok", "d/ok.txt"),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results differ (-want +got):\n%s", diff)
	}
}

func TestLongLineOverSeveralBuffers(t *testing.T) {
	long := `{"id":"long","text":"` + strings.Repeat("x", 300<<10) + `"}`
	stdin := long + "\n" + `{"id":"a","text":"x"}` + "\n" + long
	r := NewReader(nil, strings.NewReader(stdin))
	r.MaxSize = 100 << 10
	got := readAll(t, r)
	want := []item{
		fail("corpus: <stdin>:1: line too long (more than 102400 bytes)"),
		art("a", "x", "<stdin>:2"),
		fail("corpus: <stdin>:3: line too long (more than 102400 bytes)"),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results differ (-want +got):\n%s", diff)
	}
}
