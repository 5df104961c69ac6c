package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// traceOut is trace's JSON output, in part.
type traceOut struct {
	Articles []struct {
		ID        string   `json:"id"`
		Publisher *string  `json:"publisher"`
		Cites     []string `json:"cites"`
	} `json:"articles"`
	Statements []struct {
		ID      string  `json:"id"`
		Speaker *string `json:"speaker"`
		Origin  *string `json:"origin"`
		Members []struct {
			Article string `json:"article"`
			Quote   int    `json:"quote"`
		} `json:"members"`
	} `json:"statements"`
	Edges []struct {
		From, To, Relation string
		Statement          *string
		Evidence           string
	} `json:"edges"`
}

// sampleLines returns the sample articles as JSON Lines.
func sampleLines(t *testing.T) []string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "articles", "*.txt"))
	var lines []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		line, _ := json.Marshal(map[string]string{"id": strings.TrimSuffix(filepath.Base(p), ".txt"), "text": string(b)})
		lines = append(lines, string(line))
	}
	return lines
}

// TestTraceInputOrder checks that the trace does not depend on the order of
// the articles or the number of workers, and that its JSON has the
// contract's fields.
func TestTraceInputOrder(t *testing.T) {
	lines := sampleLines(t)
	code, forward, stderr := quotetrace(t, strings.Join(lines, "\n"), "trace", "-format", "json", "-j", "1")
	if code != 0 || stderr != "" {
		t.Fatalf("exit status %d, stderr %q", code, stderr)
	}
	slices.Reverse(lines)
	_, backward, _ := quotetrace(t, strings.Join(lines, "\n"), "trace", "-format", "json", "-j", "3")
	if forward != backward {
		t.Error("the trace of the reversed input differs")
	}
	var out traceOut
	if err := json.Unmarshal([]byte(forward), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Articles) != 5 || len(out.Statements) == 0 || len(out.Edges) == 0 {
		t.Fatalf("%d articles, %d statements, %d edges", len(out.Articles), len(out.Statements), len(out.Edges))
	}
	// Every member names an article and a quote of extract's output.
	_, extracted, _ := quotetrace(t, strings.Join(lines, "\n"), "extract")
	quotes := make(map[string]int)
	for _, id := range parseOutput(t, extracted) {
		quotes[id] = 0
	}
	for _, line := range strings.Split(strings.TrimSpace(extracted), "\n") {
		var o outLine
		json.Unmarshal([]byte(line), &o)
		quotes[o.ID] = len(o.Quotes)
	}
	for _, s := range out.Statements {
		for _, m := range s.Members {
			if n, ok := quotes[m.Article]; !ok || m.Quote < 0 || m.Quote >= n {
				t.Errorf("statement %s: member %s#%d is no quote of extract's", s.ID, m.Article, m.Quote)
			}
		}
	}
	// Every edge's ends are nodes of the contract's kinds.
	for _, e := range out.Edges {
		for _, n := range []string{e.From, e.To} {
			kind, _, _ := strings.Cut(n, ":")
			if !slices.Contains([]string{"article", "outlet", "speaker", "statement"}, kind) {
				t.Errorf("edge %s -%s-> %s: node %q", e.From, e.Relation, e.To, n)
			}
		}
	}
}

// TestTraceBadInput checks that bad lines and duplicate IDs are reported,
// exit 1, and leave the other articles traced.
func TestTraceBadInput(t *testing.T) {
	lines := sampleLines(t)
	input := strings.Join([]string{lines[0], `{"id": "x"`, lines[1], lines[1], `{"text": "no id"}`}, "\n")
	code, stdout, stderr := quotetrace(t, input, "trace", "-format", "json")
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	for _, want := range []string{"<stdin>:2:", "<stdin>:5:", "duplicate article ID"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q lacks %q", stderr, want)
		}
	}
	var out traceOut
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Articles) != 2 {
		t.Errorf("%d articles traced, want 2", len(out.Articles))
	}
}

// TestTraceEmpty traces no articles.
func TestTraceEmpty(t *testing.T) {
	for _, format := range []string{"text", "json", "dot", "prov"} {
		code, stdout, stderr := quotetrace(t, "", "trace", "-format", format)
		if code != 0 || stderr != "" || stdout == "" {
			t.Errorf("%s: exit status %d, stderr %q, stdout %q", format, code, stderr, stdout)
		}
	}
}

// TestTraceDuplicateOrder checks that of two articles with one ID the first
// in input order is traced, whatever the number of workers and however
// long each takes, and the later is reported with its line.
func TestTraceDuplicateOrder(t *testing.T) {
	lines := sampleLines(t)
	var texts []string
	for _, l := range lines {
		var a struct{ Text string }
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatal(err)
		}
		texts = append(texts, a.Text)
	}
	// The first "dup" is long and slow to attribute; the second short.
	first, _ := json.Marshal(map[string]string{"id": "dup", "text": strings.Join(texts, "\n\n")})
	second, _ := json.Marshal(map[string]string{"id": "dup", "text": "“The bridge will reopen in May,” Mayor Jane Doe told Reuters."})
	input := strings.Join([]string{lines[0], string(first), lines[1], string(second), lines[3]}, "\n")
	want := strings.Join([]string{lines[0], string(first), lines[1], lines[3]}, "\n")

	for _, format := range []string{"json", "text"} {
		code, wantOut, stderr := quotetrace(t, want, "trace", "-format", format, "-j", "1")
		if code != 0 || stderr != "" {
			t.Fatalf("without the duplicate: exit status %d, stderr %q", code, stderr)
		}
		for _, jobs := range []string{"1", "8"} {
			for run := range 8 {
				code, out, stderr := quotetrace(t, input, "trace", "-format", format, "-j", jobs)
				if code != 1 {
					t.Errorf("-j %s, run %d: exit status %d, want 1", jobs, run, code)
				}
				if want := "quotetrace: <stdin>:4: provenance: duplicate article ID: \"dup\"\n"; stderr != want {
					t.Errorf("-j %s, run %d: stderr %q, want %q", jobs, run, stderr, want)
				}
				if out != wantOut {
					t.Fatalf("-j %s, run %d: the %s output is not that of the first \"dup\" alone", jobs, run, format)
				}
			}
		}
	}
}

// TestTraceFormats checks the formats beyond the golden files': the HTML
// page, and DOT of every statement with -all.
func TestTraceFormats(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "articles")
	code, page, stderr := quotetrace(t, "", "trace", "-format", "html", dir)
	if code != 0 || stderr != "" {
		t.Fatalf("html: exit status %d, stderr %q", code, stderr)
	}
	for _, want := range []string{"<!DOCTYPE html>", "Dmitry Peskov", "TASS"} {
		if !strings.Contains(page, want) {
			t.Errorf("the HTML page lacks %q", want)
		}
	}
	_, shared, _ := quotetrace(t, "", "trace", "-format", "dot", dir)
	code, all, stderr := quotetrace(t, "", "trace", "-format", "dot", "-all", dir)
	if code != 0 || stderr != "" {
		t.Fatalf("dot -all: exit status %d, stderr %q", code, stderr)
	}
	// The sample articles have 4 statements reported by more than one
	// article, of 61: -all draws them all.
	if c, a := strings.Count(shared, `subgraph "cluster_`), strings.Count(all, `subgraph "cluster_`); c >= a || c == 0 {
		t.Errorf("dot draws %d statement clusters, dot -all %d", c, a)
	}
}

// TestProgress checks that -progress reports on standard error, and that
// standard output is the same with it and without.
func TestProgress(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "articles")
	for _, cmd := range [][]string{{"extract"}, {"trace", "-format", "json"}} {
		_, plain, _ := quotetrace(t, "", append(cmd, dir)...)
		code, out, stderr := quotetrace(t, "", append(append(cmd, "-progress"), dir)...)
		if code != 0 {
			t.Fatalf("%v -progress: exit status %d, stderr %q", cmd, code, stderr)
		}
		if out != plain {
			t.Errorf("%v: -progress changed standard output", cmd)
		}
		if !strings.Contains(stderr, "5 articles") {
			t.Errorf("%v -progress: no count of the articles on standard error: %q", cmd, stderr)
		}
	}
	// Without the flag, and standard error no terminal, nothing.
	if _, _, stderr := quotetrace(t, "", "extract", dir); stderr != "" {
		t.Errorf("progress without -progress: %q", stderr)
	}
}

// TestTraceBadOptionalField checks that an article whose optional field is
// wrong is traced without it, with a warning and exit status 1.
func TestTraceBadOptionalField(t *testing.T) {
	in := `{"id":"a","text":"“We will win,” Jane Smith said.","published":"Monday","url":7}` + "\n"
	code, stdout, stderr := quotetrace(t, in, "trace", "-format", "json")
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	var out traceOut
	if err := json.Unmarshal([]byte(stdout), &out); err != nil || len(out.Articles) != 1 || len(out.Statements) != 1 {
		t.Errorf("the article is not traced: %v\n%s", err, stdout)
	}
	for _, want := range []string{`<stdin>:1: "url" is not a string: ignored`, `<stdin>:1: "published" is not an RFC 3339 time: "Monday": ignored`} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q: %q", want, stderr)
		}
	}
}
