package provenance_test

import (
	"bytes"
	"encoding/json"
	"io"
	"testing"

	"github.com/quotetrace/quotetrace/provenance"
)

// FuzzTrace builds a graph of two arbitrary articles and writes its trace
// in every format: nothing may panic, the JSON outputs must be valid, and
// every member must name an article of the graph.
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
			tr.Chain(s.ID)
		}
		var buf bytes.Buffer
		for _, write := range []func(io.Writer) error{tr.WriteJSON, tr.WritePROV} {
			buf.Reset()
			if err := write(&buf); err != nil {
				t.Fatal(err)
			}
			if !json.Valid(buf.Bytes()) {
				t.Fatalf("invalid JSON:\n%s", buf.Bytes())
			}
		}
		if err := tr.WriteText(io.Discard); err != nil {
			t.Fatal(err)
		}
		if err := tr.WriteDOT(io.Discard); err != nil {
			t.Fatal(err)
		}
	})
}
