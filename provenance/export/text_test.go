package export_test

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

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
			provenance.ArticleInfo{ID: a, Publisher: name, Cites: []string{name}},
			provenance.ArticleInfo{ID: b})
		tr.Statements = append(tr.Statements, provenance.Statement{
			ID: sid, Speaker: name, SpeakerType: attribution.Person, Via: []string{name + "2"},
			Origin: name, OriginEvidence: "told " + name,
			Text: "We will " + name + " win.",
			Members: []provenance.Member{
				{Article: a, Kind: quote.Direct, Text: "We will " + name + " win.", Speaker: name, Outlet: name, Relation: attribution.Told, Evidence: name + " said", Similarity: 1},
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
		// Each name is shown, escaped, as an article's publisher, as a
		// speaker, relay and origin, and in a chain; and in the drift,
		// where white space is made one space.
		i := slices.Index(names, x.name)
		wants := []string{
			fmt.Sprintf("  a%d%s  %s\n", i, x.shown, x.shown),
			fmt.Sprintf("\ns%d  %s via %s2, told %s\n", i+1, x.shown, x.shown, x.shown),
			fmt.Sprintf("    %s → %s2 → %s → %s3 → %s (a%d%s)\n", x.shown, x.shown, x.shown, x.shown, x.shown, i, x.shown),
			fmt.Sprintf("    %s → %s2 → %s → %s3 → %s (a%d%s) → b%d%s\n", x.shown, x.shown, x.shown, x.shown, x.shown, i, x.shown, i, x.shown),
			fmt.Sprintf("      republishes %s3\n", x.shown),
		}
		if strings.Join(strings.Fields(x.name), " ") == x.name {
			wants = append(wants, fmt.Sprintf("    b%d%s #2 partial  0.50  %s → %s!; −win.%s\n", i, x.shown, x.shown, x.shown, x.shown))
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
		if name == "text" && !strings.Contains(buf.String(), "s1   no article  speaker unknown: “Nobody reports this.”\n") {
			t.Errorf("text:\n%s", buf.String())
		}
		if name == "dot" {
			if _, err := parseDOT(buf.String()); err != nil {
				t.Errorf("dot: %v\n%s", err, buf.String())
			}
		}
	}
}
