package export_test

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/provenance/export"
	"github.com/quotetrace/quotetrace/quote"
)

// namedTrace returns a Trace made by hand whose every ID, name and word is
// made of the given names: for each, a statement that two articles report,
// one citing the other, with its speaker, relay and origin, and drift.
func namedTrace(names []string) *provenance.Trace {
	tr := &provenance.Trace{}
	for i, name := range names {
		sid := fmt.Sprintf("s%d", i+1)
		a, b := fmt.Sprintf("a%d%s", i, name), fmt.Sprintf("b%d%s", i, name)
		tr.Articles = append(tr.Articles,
			provenance.ArticleInfo{ID: a, Publisher: name, Cites: []string{name}, Title: "About " + name, URL: "https://planet.example/" + name},
			provenance.ArticleInfo{ID: b})
		tr.Statements = append(tr.Statements, provenance.Statement{
			ID: sid, Speaker: name, SpeakerType: attribution.Person, Via: []string{name + "2"},
			Origin: name, OriginEvidence: "told " + name,
			Text: "We will " + name + " win.",
			Members: []provenance.Member{
				{Article: a, Kind: quote.Direct, Text: "We will " + name + " win.", Speaker: name, Outlet: name, Relation: attribution.Told, Evidence: name + " said", Cue: name, Similarity: 1},
				{Article: b, Quote: 2, Kind: quote.Partial, Text: "will " + name, Speaker: name, Evidence: name, Similarity: 0.5,
					Drift: []provenance.Change{{Old: name, New: name + "!"}, {Old: "win." + name}}},
			},
		})
		tr.Edges = append(tr.Edges,
			provenance.Edge{From: provenance.SpeakerNode(name), To: provenance.StatementNode(sid), Relation: provenance.Said, Statement: sid, Evidence: name},
			provenance.Edge{From: provenance.SpeakerNode(name + "2"), To: provenance.StatementNode(sid), Relation: provenance.Relayed, Statement: sid, Evidence: name},
			provenance.Edge{From: provenance.StatementNode(sid), To: provenance.OutletNode(name), Relation: provenance.Told, Statement: sid, Evidence: name},
			provenance.Edge{From: provenance.ArticleNode(a), To: provenance.StatementNode(sid), Relation: provenance.Reports, Statement: sid, Evidence: name},
			provenance.Edge{From: provenance.ArticleNode(b), To: provenance.StatementNode(sid), Relation: provenance.Reports, Statement: sid, Evidence: name},
			provenance.Edge{From: provenance.ArticleNode(a), To: provenance.OutletNode(name), Relation: provenance.Cites, Statement: sid, Evidence: name},
			provenance.Edge{From: provenance.ArticleNode(b), To: provenance.ArticleNode(a), Relation: provenance.Cites, Statement: sid, Evidence: name},
			provenance.Edge{From: provenance.ArticleNode(a), To: provenance.OutletNode(name + "3"), Relation: provenance.Republishes, Evidence: name},
		)
	}
	return tr
}

func TestTextEscapes(t *testing.T) {
	var names, plain []string
	for i, x := range shownNames {
		if x.name != "" {
			names = append(names, x.name)
			plain = append(plain, fmt.Sprintf("plain%d", i))
		}
	}
	var buf, want bytes.Buffer
	if err := export.Text(&buf, namedTrace(names)); err != nil {
		t.Fatal(err)
	}
	if err := export.Text(&want, namedTrace(plain)); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !utf8.ValidString(out) {
		t.Errorf("the report is not UTF-8")
	}
	if strings.ContainsFunc(out, forbidden) {
		t.Errorf("the report holds control characters or bidirectional overrides:\n%q", out)
	}
	// No name forges a line: the report has the lines of the same Trace
	// with plain names.
	if got, want := strings.Count(out, "\n"), strings.Count(want.String(), "\n"); got != want {
		t.Errorf("the report has %d lines, want %d:\n%s", got, want, out)
	}
	for _, x := range shownNames {
		if x.name == "" {
			continue
		}
		// Each name is shown, escaped, as an article's publisher and in
		// its URL, as a speaker, relay, origin and cue, and in a chain; and
		// in the title, the words and the drift, where white space is made
		// one space.
		i := slices.Index(names, x.name)
		wants := []string{
			fmt.Sprintf("  a%d%s  %s\n", i, x.shown, x.shown),
			fmt.Sprintf("      url: https://planet.example/%s\n", x.shown),
			fmt.Sprintf("\ns%d  %s via %s2, told %s\n    %s: “", i+1, x.shown, x.shown, x.shown, x.shown),
			fmt.Sprintf("    a%d%s #0  direct   %-9s 1.00  the statement's wording\n", i, x.shown, x.shown),
			fmt.Sprintf("    %s → %s2 → %s → %s3 → %s (a%d%s)\n", x.shown, x.shown, x.shown, x.shown, x.shown, i, x.shown),
			fmt.Sprintf("    %s → %s2 → %s → %s3 → %s (a%d%s) → b%d%s\n", x.shown, x.shown, x.shown, x.shown, x.shown, i, x.shown, i, x.shown),
			fmt.Sprintf("      republishes %s3\n", x.shown),
		}
		if strings.Join(strings.Fields(x.name), " ") == x.name {
			wants = append(wants,
				fmt.Sprintf("    b%d%s #2  partial  —         0.50  %s → %s!; −win.%s\n", i, x.shown, x.shown, x.shown, x.shown),
				fmt.Sprintf("  a%d%s  %s\n      title: About %s\n      url: https://planet.example/%s\n", i, x.shown, x.shown, x.shown, x.shown),
				fmt.Sprintf("    %s: “We will %s win.”\n", x.shown, x.shown))
		}
		for _, want := range wants {
			if !strings.Contains(out, want) {
				t.Errorf("the report lacks %q:\n%s", want, out)
			}
		}
	}
}

// A Trace made by hand may have what a Graph never gives: a statement
// without members, edges between nodes of no kind.
func TestTextOdd(t *testing.T) {
	tr := &provenance.Trace{
		Statements: []provenance.Statement{{ID: "s1", Text: "Nobody reports this."}},
		Edges: []provenance.Edge{
			{From: provenance.Node{}, To: provenance.Node{Kind: 9, Name: "x\ny"}, Relation: "odd\x1b"},
			{From: provenance.ArticleNode("a"), To: provenance.Node{}, Relation: provenance.Cites},
		},
	}
	for name, write := range export.Formats() {
		var buf bytes.Buffer
		if err := write(&buf, tr); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if name == "text" && !strings.Contains(buf.String(), "s1   no article  —         speaker unknown: “Nobody reports this.”\n") {
			t.Errorf("text:\n%s", buf.String())
		}
		if name == "dot" {
			if _, err := parseDOT(buf.String()); err != nil {
				t.Errorf("dot: %v\n%s", err, buf.String())
			}
		}
	}
}

// Each quotation is shown with its kind and cue: a direct or partial one
// in quote marks, reported speech in none, as its words are the writer's.
func TestTextKinds(t *testing.T) {
	tr := &provenance.Trace{
		Articles: []provenance.ArticleInfo{
			{ID: "a1", Publisher: "Daily Planet", Title: "Mayor:\n bridge  to reopen", URL: "https://planet.example/a1"},
			{ID: "a2"},
		},
		Statements: []provenance.Statement{
			{
				ID: "s1", Speaker: "Jane Doe", Origin: "Wire", Text: "the bridge would reopen in May",
				Members: []provenance.Member{
					{Article: "a1", Kind: quote.Indirect, Text: "the bridge would reopen in May", Cue: "announced", Outlet: "Wire", Relation: attribution.Told, Similarity: 1},
					{Article: "a2", Quote: 3, Kind: quote.Partial, Text: "reopen in May", Cue: "according to", Similarity: 1},
				},
			},
			{ID: "s2", Speaker: "Iran", Text: "it is working on a weapon", Members: []provenance.Member{{Article: "a2", Quote: 1, Kind: quote.Indirect, Text: "it is working on a weapon", Cue: "denied"}}},
			{ID: "s3", Speaker: "Jane Doe", Origin: "Wire", Text: "We are ready.", Members: []provenance.Member{{Article: "a2", Quote: 2, Kind: quote.Direct, Text: "We are ready.", Cue: "said"}}},
			{ID: "s4", Text: "soon", Members: []provenance.Member{{Article: "a1", Quote: 12, Kind: quote.Partial, Text: "soon"}}},
		},
	}
	var buf bytes.Buffer
	if err := export.Text(&buf, tr); err != nil {
		t.Fatal(err)
	}
	want := `2 articles, 4 statements (1 reported by more than one article), 0 edges

Articles
  a1  Daily Planet
      title: Mayor: bridge to reopen
      url: https://planet.example/a1
  a2  publisher unknown

Statements reported by more than one article

s1  Jane Doe, told Wire
    announced: the bridge would reopen in May
    Jane Doe → Wire → Daily Planet (a1)
    Jane Doe → Wire → a2
    a1 #0  indirect announced 1.00  the statement's wording
    a2 #3  partial  according to 1.00  the same words

Statements reported by one article
  s2   a2 #1   indirect  Iran, denied: it is working on a weapon
  s3   a2 #2   direct    Jane Doe (published by Wire), said: “We are ready.”
  s4   a1 #12  partial   speaker unknown: “soon”
`
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("report differs (-want +got):\n%s", diff)
	}
}

// In the report of the samples, reported speech is not quoted.
func TestTextSamples(t *testing.T) {
	var buf bytes.Buffer
	if err := export.Text(&buf, exportSamples(t)); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		// Iran's denial, as 002 reports it, is no quotation of Iran.
		"  indirect  Iran, denied: it is working on developing a nuclear weapon\n",
		// Peskov's reply to TASS, quoted by 000 in full.
		"s1  Dmitry Peskov, told TASS\n    replied: “What can be said about this news:",
		"    000_a2634449afd76087 #0  indirect stated    0.23  ",
		// Trump's words to the New York Post, which every article gives in
		// its own.
		"s2  Donald Trump, told New York Post\n    told: he had a phone conversation with his Russian counterpart",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "“it is working on developing") {
		t.Errorf("reported speech is quoted:\n%s", out)
	}
}

// TestTextCounts checks the report's first line counts in good English.
func TestTextCounts(t *testing.T) {
	var buf bytes.Buffer
	tr := &provenance.Trace{Articles: []provenance.ArticleInfo{{ID: "a"}}}
	if err := export.Text(&buf, tr); err != nil {
		t.Fatal(err)
	}
	want := "1 article, 0 statements (0 reported by more than one article), 0 edges\n"
	if first, _, _ := strings.Cut(buf.String(), "\n"); first+"\n" != want {
		t.Errorf("first line %q, want %q", first, want)
	}
}
