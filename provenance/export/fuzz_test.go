package export_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/provenance/export"
)

var fuzzAttributor = attribution.New(attribution.Options{})

// FuzzExport builds a graph of two arbitrary articles, with arbitrary IDs
// and publisher, and writes its trace in every format: nothing may panic,
// JSON and PROV must be valid JSON, DOT (of the shared statements, and of
// all) valid DOT; Text, DOT and HTML valid UTF-8 without control
// characters (but line breaks) or bidirectional overrides; and HTML a page
// of its own elements only.
func FuzzExport(f *testing.F) {
	f.Add("“I can neither confirm nor deny it,” Peskov told TASS.", "Peskov said: “I can't either confirm or deny this.”", "001", "Daily Planet")
	f.Add("Trump said Putin told him he “wants to see people stop dying”.", "“He (Putin) wants to see people stop dying,” Trump told the New York Post.", "x\ny", "\x1b[31mRed\x1b[0m")
	f.Add("", "\xff\x00“”", "\u202eevil", "a\tb")
	f.Fuzz(func(t *testing.T, a, b, id, publisher string) {
		g, err := provenance.New(provenance.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for i, text := range []string{a, b} {
			art := provenance.Article{ID: string(rune('a'+i)) + id, Result: fuzzAttributor.AttributeText(text)}
			if i == 0 {
				art.Publisher = publisher
			}
			if err := g.Add(art); err != nil {
				t.Fatal(err)
			}
		}
		tr := g.Trace()
		var buf bytes.Buffer
		for _, write := range []export.Format{export.JSON, export.PROV} {
			buf.Reset()
			if err := write(&buf, tr); err != nil {
				t.Fatal(err)
			}
			if !json.Valid(buf.Bytes()) {
				t.Fatalf("invalid JSON:\n%s", buf.Bytes())
			}
		}
		for _, write := range []export.Format{export.DOT, export.DOTOptions{All: true}.Write} {
			buf.Reset()
			if err := write(&buf, tr); err != nil {
				t.Fatal(err)
			}
			if _, err := parseDOT(buf.String()); err != nil {
				t.Fatalf("invalid DOT: %v\n%s", err, buf.Bytes())
			}
			if strings.ContainsFunc(buf.String(), forbidden) {
				t.Fatalf("DOT holds a character it must escape:\n%q", buf.Bytes())
			}
		}
		buf.Reset()
		if err := export.Text(&buf, tr); err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(buf.Bytes()) || strings.ContainsFunc(buf.String(), forbidden) {
			t.Fatalf("the report holds a character it must escape:\n%q", buf.Bytes())
		}
		buf.Reset()
		if err := export.HTML(&buf, tr); err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(buf.Bytes()) || strings.ContainsFunc(buf.String(), forbidden) {
			t.Fatalf("the HTML page holds a character it must escape:\n%q", buf.Bytes())
		}
		checkPage(t, buf.String())
	})
}
