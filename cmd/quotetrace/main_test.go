package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	_ "github.com/quotetrace/quotetrace/internal/golden" // accepts -update
	"github.com/quotetrace/quotetrace/quote"
)

// quotetrace runs the command in-process and returns its exit status and
// output.
func quotetrace(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// outLine is the part of an output line that does not depend on the parser.
type outLine struct {
	ID        string            `json:"id"`
	Publisher *string           `json:"publisher"`
	Quotes    []json.RawMessage `json:"quotes"`
	Citations []json.RawMessage `json:"citations"`
	Articles  []json.RawMessage `json:"articles"`
}

// parseOutput checks that out is JSON Lines of extract's form and returns
// the ids of its lines.
func parseOutput(t *testing.T, out string) []string {
	t.Helper()
	var ids []string
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<30)
	for sc.Scan() {
		line := sc.Bytes()
		if !json.Valid(line) {
			t.Fatalf("output line is not valid JSON: %.200s", line)
		}
		var o outLine
		if err := json.Unmarshal(line, &o); err != nil {
			t.Fatal(err)
		}
		if o.Quotes == nil || o.Citations == nil || o.Articles == nil {
			t.Errorf("quotes, citations or articles missing or null in %.200s", line)
		}
		if keys := topKeys(t, line); !cmp.Equal(keys[:4], []string{"id", "publisher", "quotes", "citations"}) {
			t.Errorf("keys %q, want id, publisher, quotes, citations first", keys)
		}
		ids = append(ids, o.ID)
	}
	if out != "" && !strings.HasSuffix(out, "\n") {
		t.Errorf("output does not end in a newline")
	}
	return ids
}

// topKeys returns the keys of the JSON object in line, in order.
func topKeys(t *testing.T, line []byte) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(line))
	var keys []string
	if _, err := dec.Token(); err != nil {
		t.Fatal(err)
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args      []string
		code      int
		stdout    string
		stderrHas string
	}{
		{args: nil, code: 2, stderrHas: "usage: quotetrace <command>"},
		{args: []string{"-h"}, code: 0, stderrHas: "usage: quotetrace <command>"},
		{args: []string{"-help"}, code: 0, stderrHas: "usage: quotetrace <command>"},
		{args: []string{"help"}, code: 0, stderrHas: "usage: quotetrace <command>"},
		{args: []string{"frobnicate"}, code: 2, stderrHas: "quotetrace: unknown command \"frobnicate\"\nusage:"},
		{args: []string{"-x"}, code: 2, stderrHas: "quotetrace: unknown flag -x\nusage:"},
		{args: []string{"extract", "-h"}, code: 0, stderrHas: "usage: quotetrace extract"},
		{args: []string{"extract", "-bogus"}, code: 2, stderrHas: "flag provided but not defined: -bogus\nusage: quotetrace extract"},
		{args: []string{"extract", "-j", "0"}, code: 2, stderrHas: "quotetrace: -j 0: must be at least 1"},
		{args: []string{"extract", "-j", "x"}, code: 2, stderrHas: `invalid value "x" for flag -j`},
		{args: []string{"trace", "-h"}, code: 0, stderrHas: "usage: quotetrace trace"},
		{args: []string{"trace", "--format", "xml"}, code: 2, stderrHas: `quotetrace: -format "xml": must be text, json, dot, prov or html`},
		{args: []string{"trace", "-j", "0"}, code: 2, stderrHas: "quotetrace: -j 0: must be at least 1"},
		{args: []string{"version"}, code: 0, stdout: "quotetrace (devel)\n"},
		{args: []string{"-version"}, code: 0, stdout: "quotetrace (devel)\n"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, stdout, stderr := quotetrace(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit status %d, want %d", code, tt.code)
			}
			if !strings.Contains(stderr, tt.stderrHas) {
				t.Errorf("stderr = %q, want it to hold %q", stderr, tt.stderrHas)
			}
			if stdout != tt.stdout {
				t.Errorf("stdout = %q, want %q", stdout, tt.stdout)
			}
		})
	}
}

func TestExtractInputs(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFile(t, "one.txt", "“It’s completely untrue,” Peskov said.\n")
	writeFile(t, "more.jsonl", `{"id":"j1","text":"He said “yes.”","publisher":"TASS"}`+"\r\n\r\n"+
		`{"id":7,"text":"","extra":true}`+"\r\n")
	writeFile(t, "dir/b.jsonl", `{"id":"b","text":"B"}`+"\n")
	writeFile(t, "dir/a.txt", "A")
	writeFile(t, "dir/c.md", "not read")
	stdin := `{"id":"s1","text":"S"}` + "\n" + `{"id":"s2","text":"S","publisher":""}`

	tests := []struct {
		name  string
		args  []string
		stdin string
		ids   []string
	}{
		{"txt", []string{"one.txt"}, "", []string{"one"}},
		{"jsonl", []string{"more.jsonl"}, "", []string{"j1", "7"}},
		{"directory", []string{"dir"}, "", []string{"a", "b"}},
		{"stdin without paths", nil, stdin, []string{"s1", "s2"}},
		{"stdin as dash", []string{"-"}, stdin, []string{"s1", "s2"}},
		{"everything", []string{"dir", "-", "one.txt", "more.jsonl"}, stdin, []string{"a", "b", "s1", "s2", "one", "j1", "7"}},
		{"empty stdin", nil, "", nil},
		{"empty stdin with blank lines", nil, "\n\n  \r\n", nil},
		{"flags", []string{"-j", "3", "-all", "--", "one.txt"}, "", []string{"one"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := quotetrace(t, tt.stdin, append([]string{"extract"}, tt.args...)...)
			if code != 0 || stderr != "" {
				t.Errorf("exit status %d, stderr %q; want 0 and nothing", code, stderr)
			}
			if diff := cmp.Diff(tt.ids, parseOutput(t, stdout)); diff != "" {
				t.Errorf("ids differ (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPublisher(t *testing.T) {
	// The contract's order: given in the input, else read from the URL,
	// else found in the text.
	const dateline = "MOSCOW (Reuters) - The Kremlin said on Monday it could not confirm the call."
	tests := []struct {
		name, input, want string
	}{
		{"given", `{"id":"a","text":"x","publisher":"China Daily","url":"https://www.reuters.com/x"}`, `"China Daily"`},
		{"none", `{"id":"a","text":"x"}`, `null`},
		{"known domain", `{"id":"a","text":"x","url":"https://edition.cnn.com/2025/x"}`, `"CNN"`},
		{"unknown host", `{"id":"a","text":"x","url":"https://www.baltic-review.com/2024/05/x/"}`, `"Baltic Review"`},
		{"URL before text", `{"id":"a","text":"` + dateline + `","url":"https://wxyz.com/news/x"}`, `"Wxyz"`},
		{"text", `{"id":"a","text":"` + dateline + `"}`, `"Reuters"`},
		{"text when the URL names no host", `{"id":"a","text":"` + dateline + `","url":"not a URL"}`, `"Reuters"`},
	}
	for _, tt := range tests {
		code, stdout, _ := quotetrace(t, tt.input+"\n", "extract")
		if code != 0 {
			t.Fatalf("%s: exit status %d", tt.name, code)
		}
		if want := `{"id":"a","publisher":` + tt.want + `,"quotes":[`; !strings.HasPrefix(stdout, want) {
			t.Errorf("%s: output %s, want it to start %s", tt.name, stdout, want)
		}
	}
}

func TestBadInputReported(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFile(t, "articles.jsonl", `{"id":"1","text":"one"}`+"\n"+
		`{"id":"2","text":"two"`+"\n"+
		`{"id":"3"}`+"\n"+
		`{"id":"4","text":"four","published":"Monday"}`+"\n"+
		`{"id":"5","text":"five"}`+"\n")
	writeFile(t, "bin.txt", "\x00\x01")
	writeFile(t, "ok.txt", "fine")
	writeFile(t, "notes.md", "x")

	code, stdout, stderr := quotetrace(t, "", "extract", "-j", "4",
		"articles.jsonl", "missing.jsonl", "bin.txt", "notes.md", "ok.txt")
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	// Article 4's "published" is no time: ignored, with a warning, and
	// the article kept.
	if diff := cmp.Diff([]string{"1", "4", "5", "ok"}, parseOutput(t, stdout)); diff != "" {
		t.Errorf("ids differ (-want +got):\n%s", diff)
	}
	want := `quotetrace: articles.jsonl:2: invalid JSON: unexpected end of JSON input
quotetrace: articles.jsonl:3: missing "text"
quotetrace: articles.jsonl:4: "published" is not an RFC 3339 time: "Monday": ignored
quotetrace: missing.jsonl: no such file or directory
quotetrace: bin.txt: binary file (holds a NUL byte)
quotetrace: notes.md: not a .txt, .jsonl, .html or .htm file or a directory
`
	if diff := cmp.Diff(want, stderr); diff != "" {
		t.Errorf("stderr differs (-want +got):\n%s", diff)
	}
}

func TestBadStdinLine(t *testing.T) {
	stdin := `{"id":"a","text":"x"}` + "\n" + `{"id":"b","text":` + "\n" + `{"id":"c","text":"z"}` + "\n"
	code, stdout, stderr := quotetrace(t, stdin, "extract")
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if diff := cmp.Diff([]string{"a", "c"}, parseOutput(t, stdout)); diff != "" {
		t.Errorf("ids differ (-want +got):\n%s", diff)
	}
	if want := "quotetrace: <stdin>:2: invalid JSON: unexpected end of JSON input\n"; stderr != want {
		t.Errorf("stderr = %q, want %q", stderr, want)
	}
}

// setParse replaces the parser for the rest of the test.
func setParse(t *testing.T, f func(string) *quote.Document) {
	old := parse
	parse = f
	t.Cleanup(func() { parse = old })
}

func TestOrderPreserved(t *testing.T) {
	// A parser that takes longer for some articles than for others, so
	// that they finish out of order.
	setParse(t, func(text string) *quote.Document {
		var n int
		fmt.Sscan(text, &n)
		time.Sleep(time.Duration((n*7919)%5) * time.Millisecond)
		return quote.Parse(text)
	})
	var stdin strings.Builder
	var want []string
	for i := range 200 {
		id := fmt.Sprintf("a%03d", i)
		want = append(want, id)
		fmt.Fprintf(&stdin, `{"id":%q,"text":"%d “Quoted words,” she said."}`+"\n", id, i)
	}
	code, stdout, stderr := quotetrace(t, stdin.String(), "extract", "-j", "8")
	if code != 0 || stderr != "" {
		t.Errorf("exit status %d, stderr %q", code, stderr)
	}
	if diff := cmp.Diff(want, parseOutput(t, stdout)); diff != "" {
		t.Errorf("ids out of order (-want +got):\n%s", diff)
	}
	// The output does not depend on the number of workers.
	_, stdout1, _ := quotetrace(t, stdin.String(), "extract", "-j", "1")
	if stdout1 != stdout {
		t.Error("output with -j 1 differs from output with -j 8")
	}
}

func TestStreaming(t *testing.T) {
	// The first article's line must come out while the input is still open.
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- run([]string{"extract", "-j", "2"}, inR, outW, io.Discard)
		outW.Close()
	}()
	lines := bufio.NewReader(outR)
	for _, id := range []string{"first", "second"} {
		fmt.Fprintf(inW, `{"id":%q,"text":"x"}`+"\n", id)
		line, err := lines.ReadString('\n')
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(line, `{"id":"`+id+`"`) {
			t.Errorf("got line %q, want article %s", line, id)
		}
	}
	inW.Close()
	if rest, _ := io.ReadAll(lines); len(rest) != 0 {
		t.Errorf("unexpected output %q", rest)
	}
	if code := <-done; code != 0 {
		t.Errorf("exit status %d", code)
	}
}

// blockedWriter blocks every Write until release is closed.
type blockedWriter struct {
	release chan struct{}
	w       io.Writer
}

func (b *blockedWriter) Write(p []byte) (int, error) {
	<-b.release
	return b.w.Write(p)
}

func TestBoundedWindow(t *testing.T) {
	// While the output is blocked, only a bounded number of articles is
	// read ahead and parsed.
	var parsed atomic.Int64
	setParse(t, func(text string) *quote.Document {
		parsed.Add(1)
		return quote.Parse(text)
	})
	var stdin strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&stdin, `{"id":"%d","text":"x"}`+"\n", i)
	}
	out := &blockedWriter{release: make(chan struct{}), w: io.Discard}
	done := make(chan int, 1)
	go func() {
		done <- run([]string{"extract", "-j", "2"}, strings.NewReader(stdin.String()), out, io.Discard)
	}()
	time.Sleep(200 * time.Millisecond)
	if n := parsed.Load(); n > 5*2+2 {
		t.Errorf("%d articles parsed while the output was blocked, want at most %d", n, 5*2+2)
	}
	close(out.release)
	if code := <-done; code != 0 {
		t.Errorf("exit status %d", code)
	}
	if n := parsed.Load(); n != 1000 {
		t.Errorf("%d articles parsed, want 1000", n)
	}
}

// failingWriter fails after n writes.
type failingWriter struct {
	mu sync.Mutex
	n  int
}

func (f *failingWriter) Write(p []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.n == 0 {
		return 0, errors.New("disk full")
	}
	f.n--
	return len(p), nil
}

func TestWriteError(t *testing.T) {
	var stdin strings.Builder
	for i := range 100 {
		fmt.Fprintf(&stdin, `{"id":"%d","text":"x"}`+"\n", i)
	}
	var stderr bytes.Buffer
	code := run([]string{"extract", "-j", "3"}, strings.NewReader(stdin.String()), &failingWriter{n: 5}, &stderr)
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if want := "quotetrace: writing output: disk full\n"; stderr.String() != want {
		t.Errorf("stderr = %q, want %q", stderr.String(), want)
	}
}

func TestParserPanic(t *testing.T) {
	setParse(t, func(text string) *quote.Document {
		if text == "boom" {
			panic("parser bug")
		}
		return quote.Parse(text)
	})
	stdin := `{"id":"a","text":"x"}` + "\n" + `{"id":"b","text":"boom"}` + "\n" + `{"id":"c","text":"y"}` + "\n"
	code, stdout, stderr := quotetrace(t, stdin, "extract")
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if diff := cmp.Diff([]string{"a", "c"}, parseOutput(t, stdout)); diff != "" {
		t.Errorf("ids differ (-want +got):\n%s", diff)
	}
	if !strings.HasPrefix(stderr, `quotetrace: <stdin>:2: internal error on article "b": parser bug`) {
		t.Errorf("stderr = %q", stderr)
	}
}

func TestInvalidUTF8(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFile(t, "bad.txt", "He said \xff“caf\xc3 \xe2\x80” <b>&</b>\n")
	code, stdout, stderr := quotetrace(t, "", "extract", "-all", "bad.txt")
	if code != 0 || stderr != "" {
		t.Errorf("exit status %d, stderr %q", code, stderr)
	}
	if ids := parseOutput(t, stdout); len(ids) != 1 || ids[0] != "bad" {
		t.Errorf("ids %q, want [bad]", ids)
	}
}

// TestAll checks that -all adds quotes without changing the others, on the
// sample articles.
func TestAll(t *testing.T) {
	const dir = "../../testdata/articles"
	_, speech, _ := quotetrace(t, "", "extract", dir)
	code, all, stderr := quotetrace(t, "", "extract", "-all", dir)
	if code != 0 || stderr != "" {
		t.Fatalf("exit status %d, stderr %q", code, stderr)
	}
	type line struct {
		ID     string
		Quotes []struct {
			Kind  string
			Spans []quote.Span
		}
	}
	decode := func(out string) []line {
		var lines []line
		for l := range strings.Lines(out) {
			var v line
			if err := json.Unmarshal([]byte(l), &v); err != nil {
				t.Fatal(err)
			}
			lines = append(lines, v)
		}
		return lines
	}
	s, a := decode(speech), decode(all)
	if len(s) != len(a) || len(s) == 0 {
		t.Fatalf("%d lines without -all, %d with", len(s), len(a))
	}
	for i := range s {
		var kept []quote.Span
		for _, q := range a[i].Quotes {
			var k quote.Kind
			if err := k.UnmarshalText([]byte(q.Kind)); err != nil {
				t.Fatal(err)
			}
			if k.IsSpeech() {
				kept = append(kept, q.Spans...)
			}
		}
		var got []quote.Span
		for _, q := range s[i].Quotes {
			var k quote.Kind
			if err := k.UnmarshalText([]byte(q.Kind)); err != nil || !k.IsSpeech() {
				t.Errorf("%s: kind %q written without -all", s[i].ID, q.Kind)
			}
			got = append(got, q.Spans...)
		}
		if diff := cmp.Diff(kept, got); diff != "" {
			t.Errorf("%s: speech quotes differ with -all (-all +without):\n%s", s[i].ID, diff)
		}
	}
}
