package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/internal/corpus"
	"github.com/quotetrace/quotetrace/provenance"
)

// A story and a copy of it that another site carries with a "Source:"
// line, three hours later; written for these tests.
const (
	wireText = `Harbour strike ends after two weeks

Dock workers in the port city voted on Tuesday to end a two-week strike that had left hundreds of container ships waiting at anchor, union leaders said.

"We have won a fair wage and safer shifts, and our members will be back at the cranes tomorrow morning," union chairman Tomas Berg told Reuters after the vote.

The port authority said it expected the backlog of ships to clear within ten days. Its director, Ingrid Moe, said the agreement would hold for three years.

"Nobody wins a strike, but this deal gives the port the calm it needs to grow again," Moe said in a statement.

Shipping companies had warned that the stoppage was costing the regional economy millions of euros a day, and several had begun to send their cargo to rival harbours further along the coast.
`
	copyLine = "\nSource: Reuters\n"
)

// copyPair returns the story and its copy as JSON Lines, with URLs, times
// and a title.
func copyPair(t *testing.T) string {
	t.Helper()
	var lines []string
	for _, a := range []map[string]string{
		{"id": "wire", "text": wireText, "url": "https://www.reuters.com/world/harbour-strike", "published": "2026-03-03T09:00:00Z", "title": "Harbour strike ends"},
		{"id": "copy", "text": wireText + copyLine, "url": "https://www.harbour-news.example.com/strike", "published": "2026-03-03T12:00:00+01:00"},
	} {
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	return strings.Join(lines, "\n") + "\n"
}

// mustRun runs the command and fails the test unless it exits with
// status 0 and writes nothing to standard error.
func mustRun(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	code, stdout, stderr := quotetrace(t, stdin, args...)
	if code != 0 || stderr != "" {
		t.Fatalf("quotetrace %s: exit status %d, stderr %q", strings.Join(args, " "), code, stderr)
	}
	return stdout
}

var traceFormats = []string{"json", "text", "dot", "prov"}

// TestTraceExtracted checks that extract's output traces as the articles
// it came from, in every format: the samples; JSON Lines with URLs, times
// and titles; a copy and its original, which the copy's "Source:" line
// tells; a publisher given by its domain; extracted and raw articles
// mixed; and extract's output with -all.
func TestTraceExtracted(t *testing.T) {
	dir := t.TempDir()
	samples := filepath.Join("..", "..", "testdata", "articles")
	pair := filepath.Join(dir, "pair.jsonl")
	writeFile(t, pair, copyPair(t))
	domain := filepath.Join(dir, "domain.jsonl")
	writeFile(t, domain, `{"id":"ap","publisher":"apnews.com","text":"LISBON (AP) — The prime minister said on Monday: “We will not raise taxes this year, whatever the deficit.” He spoke in an interview with Portuguese broadcaster RTP."}`+"\n")

	tests := []struct {
		name  string
		paths []string
		all   bool
	}{
		{"samples", []string{samples}, false},
		{"copy pair", []string{pair}, false},
		{"publisher by domain", []string{domain}, false},
		{"all of them", []string{samples, pair, domain}, false},
		{"extract -all", []string{samples, pair}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := []string{"extract"}
			if tt.all {
				args = append(args, "-all")
			}
			extracted := filepath.Join(t.TempDir(), "x.jsonl")
			writeFile(t, extracted, mustRun(t, "", append(args, tt.paths...)...))
			for _, format := range traceFormats {
				want := mustRun(t, "", append([]string{"trace", "-format", format}, tt.paths...)...)
				got := mustRun(t, "", "trace", "-format", format, extracted)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%s: the trace of extract's output differs (-articles +extracted):\n%s", format, diff)
				}
			}
		})
	}

	// The copy is found, and so in its extracted form.
	extracted := mustRun(t, "", "extract", pair)
	var out struct {
		Articles []struct {
			ID, URL, Title, Published string
			CopyOf                    string `json:"copy_of"`
			Publisher                 *string
		} `json:"articles"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, extracted, "trace", "-format", "json")), &out); err != nil {
		t.Fatal(err)
	}
	byID := make(map[string]string)
	for _, a := range out.Articles {
		byID[a.ID] = a.CopyOf
		if a.ID == "wire" && (a.Title != "Harbour strike ends" || a.Published != "2026-03-03T09:00:00Z" || a.Publisher == nil || *a.Publisher != "Reuters") {
			t.Errorf("wire: %+v", a)
		}
	}
	if byID["copy"] != "wire" {
		t.Errorf("copies %v, want the copy of the wire story", byID)
	}
	// extract's output carries what trace reads of it.
	for _, line := range strings.Split(strings.TrimSpace(extracted), "\n") {
		var l struct {
			URL, Published, Fingerprint string
		}
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			t.Fatal(err)
		}
		if l.URL == "" || l.Published == "" || l.Fingerprint == "" {
			t.Errorf("extract's line lacks url, published or fingerprint: %.300s", line)
		}
	}

	// Mixed: half the samples extracted, half as they are, on one input.
	lines := sampleLines(t)
	_, half, _ := quotetrace(t, strings.Join(lines[:2], "\n"), "extract")
	mixed := half + strings.Join(lines[2:], "\n")
	for _, format := range traceFormats {
		want := mustRun(t, "", "trace", "-format", format, samples)
		if got := mustRun(t, mixed, "trace", "-format", format); got != want {
			t.Errorf("%s: the trace of extracted and raw articles mixed differs", format)
		}
	}
}

// TestTraceExtractedErrors checks that a malformed extracted record is
// reported with its file and line, the others traced; and that extract
// refuses a record it extracted.
func TestTraceExtractedErrors(t *testing.T) {
	lines := sampleLines(t)
	_, extracted, _ := quotetrace(t, strings.Join(lines[:3], "\n"), "extract")
	good := strings.Split(strings.TrimSpace(extracted), "\n")
	input := strings.Join([]string{
		good[0],
		`{"id":"k","quotes":[{"kind":"shout","text":"x","spans":[[0,1]]}]}`,
		good[1],
		`{"id":"s","quotes":[{"kind":"direct","text":"x","spans":"everywhere"}]}`,
		`{"id":"p","quotes":[{"kind":"direct","text":"x","spans":[[0,1]],"speaker":{"name":"X","type":"alien"}}]}`,
		`{"id":"f","quotes":[],"fingerprint":"not base64!"}`,
		`{"id":"q","quotes":7}`,
		good[2],
	}, "\n")
	dir := t.TempDir()
	path := filepath.Join(dir, "x.jsonl")
	writeFile(t, path, input)
	code, stdout, stderr := quotetrace(t, "", "trace", "-format", "json", path)
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	for _, want := range []string{
		path + `:2: invalid extracted article "k": quote: unknown kind "shout"`,
		path + `:4: invalid extracted article "s": `,
		path + `:5: provenance: invalid extracted article "p": quote 0: unknown speaker type "alien"`,
		path + `:6: invalid extracted article "f": provenance: fingerprint: `,
		path + `:7: invalid extracted article "q": "quotes" cannot be a JSON number`,
	} {
		if !strings.Contains(stderr, "quotetrace: "+want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if n := strings.Count(stderr, "\n"); n != 5 {
		t.Errorf("%d lines on stderr, want 5:\n%s", n, stderr)
	}
	var out traceOut
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatal(err)
	}
	want := mustRun(t, strings.Join(lines[:3], "\n"), "trace", "-format", "json")
	if stdout != want {
		t.Errorf("the good articles' trace differs from theirs alone")
	}

	code, _, stderr = quotetrace(t, good[0]+"\n"+lines[3], "extract")
	if code != 1 || !strings.Contains(stderr, "<stdin>:1:") || !strings.Contains(stderr, "extracted already") {
		t.Errorf("extract of an extracted record: exit status %d, stderr %q", code, stderr)
	}
}

// TestGraphFiles checks that graphs written by separate processes, one on
// each half of the input, give the trace of the whole when trace reads
// them, alone or with articles, as does a graph merged from them; and
// that a graph file of extract's output does too.
func TestGraphFiles(t *testing.T) {
	dir := t.TempDir()
	samples := filepath.Join("..", "..", "testdata", "articles")
	pair := filepath.Join(dir, "pair.jsonl")
	writeFile(t, pair, copyPair(t))
	lines := sampleLines(t)
	first := filepath.Join(dir, "first.jsonl")
	writeFile(t, first, strings.Join(lines[:3], "\n"))
	second := filepath.Join(dir, "second.jsonl")
	writeFile(t, second, strings.Join(lines[3:], "\n"))

	part1, part2 := filepath.Join(dir, "part1.qtg"), filepath.Join(dir, "part2.qtg")
	mustRun(t, "", "graph", "-o", part1, first, pair)
	// The second from extract's output, on standard input.
	mustRun(t, mustRun(t, "", "extract", second), "graph", "-o", part2, "-j", "1")
	merged := filepath.Join(dir, "merged.qtg")
	mustRun(t, "", "graph", "-o", merged, part2, part1)

	for _, format := range traceFormats {
		want := mustRun(t, "", "trace", "-format", format, samples, pair)
		for _, args := range [][]string{
			{part1, part2},
			{part2, part1},
			{merged},
			{part1, second},
		} {
			got := mustRun(t, "", append([]string{"trace", "-format", format}, args...)...)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: the trace of %q differs from the whole (-whole +files):\n%s", format, args, diff)
			}
		}
	}
	// To standard output.
	stdout := mustRun(t, "", "graph", "-o", "-", first)
	if b, err := os.ReadFile(part1); err != nil || !strings.HasPrefix(stdout, "QTGRAPH\n") || !strings.HasPrefix(string(b), "QTGRAPH\n") {
		t.Errorf("not graph files: %.20q, %.20q (%v)", stdout, b, err)
	}
}

// TestGraphFileErrors checks that duplicates, missing and bad graph files
// are reported, exit 1, and leave the rest traced; and graph's usage
// errors.
func TestGraphFileErrors(t *testing.T) {
	dir := t.TempDir()
	lines := sampleLines(t)
	first := filepath.Join(dir, "first.jsonl")
	writeFile(t, first, strings.Join(lines[:2], "\n"))
	part := filepath.Join(dir, "part.qtg")
	mustRun(t, "", "graph", "-o", part, first)
	file, err := os.ReadFile(part)
	if err != nil {
		t.Fatal(err)
	}
	want := mustRun(t, "", "trace", "-format", "json", first)

	// Duplicates: the articles of the second file, and an article of the
	// input after the file.
	code, stdout, stderr := quotetrace(t, lines[0], "trace", "-format", "json", part, part, "-")
	if code != 1 || stdout != want {
		t.Errorf("duplicates: exit status %d, the trace is that of the file: %v", code, stdout == want)
	}
	id := func(line string) string {
		var a struct{ ID string }
		json.Unmarshal([]byte(line), &a)
		return a.ID
	}
	for _, w := range []string{
		part + `: provenance: duplicate article ID: "` + id(lines[0]) + `"`,
		part + `: provenance: duplicate article ID: "` + id(lines[1]) + `"`,
		`<stdin>:1: provenance: duplicate article ID: "` + id(lines[0]) + `"`,
	} {
		if !strings.Contains(stderr, "quotetrace: "+w+"\n") {
			t.Errorf("stderr lacks %q:\n%s", w, stderr)
		}
	}

	bad := map[string][]byte{
		"cut.qtg":      file[:len(file)/2],
		"changed.qtg":  append(append([]byte{}, file[:len(file)-1]...), file[len(file)-1]^1),
		"text.qtg":     []byte(lines[2]),
		"version9.qtg": append([]byte("QTGRAPH\n\x09"), file[9:]...),
	}
	for name, b := range bad {
		writeFile(t, filepath.Join(dir, name), string(b))
	}
	wantErr := map[string]string{
		"cut.qtg":      "provenance: corrupt graph file: at byte ",
		"changed.qtg":  "provenance: corrupt graph file: at byte ",
		"text.qtg":     "provenance: not a quotetrace graph file",
		"version9.qtg": "provenance: unsupported graph file version: the file is of version 9; this version of quotetrace reads version 1",
		"none.qtg":     "no such file or directory",
	}
	for name, msg := range wantErr {
		path := filepath.Join(dir, name)
		code, stdout, stderr := quotetrace(t, "", "trace", "-format", "json", path, first)
		if code != 1 || !strings.HasPrefix(stderr, "quotetrace: "+path+": "+msg) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%s: exit status %d, stderr %q; want 1 and %q", name, code, stderr, msg)
		}
		if stdout != want {
			t.Errorf("%s: the other articles are not traced", name)
		}
	}

	// graph's usage errors, and an output it cannot write.
	for _, tt := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"graph", first}, 2, "quotetrace: graph: -o file is required"},
		{[]string{"graph", "-o", filepath.Join(dir, "g.bin"), first}, 2, "the name of a graph file ends in .qtg"},
		{[]string{"graph", "-o", filepath.Join(dir, "g.qtg"), "-j", "0"}, 2, "-j 0: must be at least 1"},
		{[]string{"graph", "-h"}, 0, "usage: quotetrace graph"},
		{[]string{"graph", "-o", filepath.Join(dir, "no", "such", "dir.qtg"), first}, 1, "quotetrace: writing " + filepath.Join(dir, "no", "such", "dir.qtg")},
	} {
		code, _, stderr := quotetrace(t, "", tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.msg) {
			t.Errorf("%q: exit status %d, stderr %q; want %d and %q", tt.args, code, stderr, tt.code, tt.msg)
		}
	}
	// A graph of input with a bad line is written, and exits 1.
	out := filepath.Join(dir, "some.qtg")
	code, _, stderr = quotetrace(t, lines[0]+"\n{\"id\": 1\n", "graph", "-o", out)
	if _, err := os.Stat(out); code != 1 || err != nil || !strings.Contains(stderr, "<stdin>:2:") {
		t.Errorf("a bad line: exit status %d, stderr %q, file: %v", code, stderr, err)
	}
	// No temporary file is left behind.
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("file %s left in the directory", e.Name())
		}
	}
}

// TestExtractLineIsExtracted checks that a line of extract's output holds
// all that provenance.Extract reads of its article: decoded as trace
// decodes it, it is that Extracted.
func TestExtractLineIsExtracted(t *testing.T) {
	dir := t.TempDir()
	pair := filepath.Join(dir, "pair.jsonl")
	writeFile(t, pair, copyPair(t))
	input := filepath.Join(dir, "more.jsonl")
	writeFile(t, input, `{"id":"ap","publisher":"apnews.com","text":"LISBON (AP) — The prime minister said on Monday: “We will not raise taxes.” He told RTP."}`+"\n"+
		`{"id":7,"text":"Trump said Putin told him he “wants to see people stop dying”.","publisher":"  "}`+"\n")
	at := attribution.New(attribution.Options{})
	r := corpus.NewReader([]string{filepath.Join("..", "..", "testdata", "articles"), pair, input}, nil)
	n := 0
	for a, err := range r.All() {
		if err != nil {
			t.Fatal(err)
		}
		n++
		res := at.Attribute(parse(a.Text))
		want, err := provenance.Extract(provenance.Article{
			ID: a.ID, Publisher: a.Publisher, URL: a.URL, Title: a.Title, Published: a.Published, Result: res,
		}, at.Outlets())
		if err != nil {
			t.Fatal(err)
		}
		line, err := extractJSON(a, at, false)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeExtracted(corpus.Article{ID: a.ID, Extracted: line})
		if err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: the line differs from what Extract reads (-Extract +line):\n%s", a.ID, diff)
		}
	}
	if n != 9 {
		t.Errorf("%d articles, want 9", n)
	}
}
