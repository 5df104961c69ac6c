package export_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/provenance/export"
)

// traceJSON is the JSON that export.JSON writes, in part.
type traceJSON struct {
	Statements []struct {
		ID      string `json:"id"`
		Members []struct {
			Article string              `json:"article"`
			Quote   int                 `json:"quote"`
			Kind    string              `json:"kind"`
			Cue     *string             `json:"cue"`
			Drift   []provenance.Change `json:"drift"`
		} `json:"members"`
		Chains [][]string `json:"chains"`
	} `json:"statements"`
	Edges []struct {
		From string `json:"from"`
		To   string `json:"to"`
	} `json:"edges"`
}

// decodeJSON writes tr with export.JSON and decodes it.
func decodeJSON(t *testing.T, tr *provenance.Trace) (traceJSON, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := export.JSON(&buf, tr); err != nil {
		t.Fatal(err)
	}
	var out traceJSON
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatalf("%v\n%s", err, buf.Bytes())
	}
	return out, buf.Bytes()
}

// Each member's kind, cue and drift are in the JSON, as the Member has
// them; "cue" is left out when the member has none.
func TestJSONMembers(t *testing.T) {
	tr := exportSamples(t)
	out, _ := decodeJSON(t, tr)
	if len(out.Statements) != len(tr.Statements) {
		t.Fatalf("%d statements in JSON, want %d", len(out.Statements), len(tr.Statements))
	}
	changes, cues := 0, 0
	for i, s := range tr.Statements {
		js := out.Statements[i]
		if len(js.Members) != len(s.Members) {
			t.Errorf("%s: %d members in JSON, want %d", s.ID, len(js.Members), len(s.Members))
			continue
		}
		for k, m := range s.Members {
			jm := js.Members[k]
			if jm.Article != m.Article || jm.Quote != m.Quote {
				t.Errorf("%s member %d is %s#%d in JSON, want %s#%d", s.ID, k, jm.Article, jm.Quote, m.Article, m.Quote)
			}
			if diff := cmp.Diff(m.Drift, jm.Drift); diff != "" {
				t.Errorf("%s member %s#%d: drift in JSON differs (-want +got):\n%s", s.ID, m.Article, m.Quote, diff)
			}
			changes += len(m.Drift)
			if jm.Kind != m.Kind.String() {
				t.Errorf("%s member %s#%d: kind %q in JSON, want %q", s.ID, m.Article, m.Quote, jm.Kind, m.Kind)
			}
			switch {
			case m.Cue == "" && jm.Cue != nil:
				t.Errorf("%s member %s#%d: cue %q in JSON, want none", s.ID, m.Article, m.Quote, *jm.Cue)
			case m.Cue != "" && (jm.Cue == nil || *jm.Cue != m.Cue):
				t.Errorf("%s member %s#%d: cue %v in JSON, want %q", s.ID, m.Article, m.Quote, jm.Cue, m.Cue)
			case m.Cue != "":
				cues++
			}
		}
	}
	if changes == 0 {
		t.Error("no member of the samples has drift")
	}
	if cues == 0 {
		t.Error("no member of the samples has a cue")
	}
}

// Node IDs are the contract's: Node.String of the edges' ends and of the
// chains' hops.
func TestJSONNodes(t *testing.T) {
	tr := exportSamples(t)
	out, _ := decodeJSON(t, tr)
	for i, e := range tr.Edges {
		if got := out.Edges[i]; got.From != e.From.String() || got.To != e.To.String() {
			t.Errorf("edge %d is %s -> %s in JSON, want %s -> %s", i, got.From, got.To, e.From, e.To)
		}
		for _, id := range []string{out.Edges[i].From, out.Edges[i].To} {
			kind, _, _ := strings.Cut(id, ":")
			switch kind {
			case "article", "outlet", "speaker", "statement":
			default:
				t.Errorf("edge %d: node ID %q", i, id)
			}
		}
	}
	for i, s := range tr.Statements {
		var want [][]string
		for _, p := range tr.Chain(s.ID) {
			var ids []string
			for _, h := range p {
				ids = append(ids, h.Node.String())
			}
			want = append(want, ids)
		}
		if diff := cmp.Diff(want, out.Statements[i].Chains); diff != "" {
			t.Errorf("%s: chains differ (-want +got):\n%s", s.ID, diff)
		}
	}
}

// JSON writes any name as a JSON string that reads back as the name (as
// valid UTF-8).
func TestJSONNames(t *testing.T) {
	var names []string
	for _, x := range shownNames {
		if x.name != "" {
			names = append(names, x.name)
		}
	}
	tr := namedTrace(names)
	out, data := decodeJSON(t, tr)
	if !json.Valid(data) {
		t.Fatal("invalid JSON")
	}
	for i, e := range tr.Edges {
		if got, want := out.Edges[i].From, strings.ToValidUTF8(e.From.String(), "\uFFFD"); got != want {
			t.Errorf("edge %d from %q, want %q", i, got, want)
		}
	}
}
