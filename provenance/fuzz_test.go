package provenance_test

import (
	"testing"

	"github.com/quotetrace/quotetrace/provenance"
)

// FuzzTrace builds a graph of two arbitrary articles and follows the
// chains of its trace: nothing may panic, every member must name an
// article of the graph and every chain end at an article. FuzzExport, in
// package export, writes such traces in every format.
func FuzzTrace(f *testing.F) {
	f.Add("“I can neither confirm nor deny it,” Peskov told TASS.", "Peskov said: “I can't either confirm or deny this.”")
	f.Add("Trump said Putin told him he “wants to see people stop dying”.", "“He (Putin) wants to see people stop dying,” Trump told the New York Post.")
	f.Add("", "\xff\x00“”")
	f.Fuzz(func(t *testing.T, a, b string) {
		g, err := provenance.New(provenance.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for i, text := range []string{a, b} {
			if err := g.Add(provenance.Article{ID: string(rune('a' + i)), Result: attributor.AttributeText(text)}); err != nil {
				t.Fatal(err)
			}
		}
		tr := g.Trace()
		for _, s := range tr.Statements {
			for _, m := range s.Members {
				if m.Article != "a" && m.Article != "b" {
					t.Fatalf("member of unknown article %q", m.Article)
				}
			}
			for _, p := range tr.Chain(s.ID) {
				if len(p) == 0 || p[len(p)-1].Node.Kind != provenance.ArticleKind {
					t.Fatalf("statement %s: chain %v does not end at an article", s.ID, p)
				}
			}
		}
	})
}
