package export

import (
	"encoding/json"
	"io"
	"time"

	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/quote"
)

// The JSON of a Trace, as CONTRACT.md gives it for `quotetrace trace
// --format json`. The contract fixes the fields it names; the others are
// additions it allows. Fields are written in declaration order.

type traceJSON struct {
	Articles   []articleJSON   `json:"articles"`
	Statements []statementJSON `json:"statements"`
	Edges      []edgeJSON      `json:"edges"`
}

type articleJSON struct {
	ID        string   `json:"id"`
	Publisher *string  `json:"publisher"`
	Cites     []string `json:"cites"`
	URL       string   `json:"url,omitempty"`
	Title     string   `json:"title,omitempty"`
	Published string   `json:"published,omitempty"`
	// CopyOf is the ID of the article of the trace this one copies.
	CopyOf string `json:"copy_of,omitempty"`
}

type statementJSON struct {
	ID      string       `json:"id"`
	Speaker *string      `json:"speaker"`
	Origin  *string      `json:"origin"`
	Text    string       `json:"text"`
	Members []memberJSON `json:"members"`
	// Additions.
	SpeakerType    string     `json:"speaker_type,omitempty"`
	Via            []string   `json:"via,omitempty"`
	OriginEvidence string     `json:"origin_evidence,omitempty"`
	Chains         [][]string `json:"chains"`
}

type memberJSON struct {
	Article    string       `json:"article"`
	Quote      int          `json:"quote"`
	Spans      []quote.Span `json:"spans"`
	Text       string       `json:"text"`
	Similarity float64      `json:"similarity"`
	// Additions.
	Kind     string       `json:"kind"`
	Speaker  string       `json:"speaker,omitempty"`
	Via      string       `json:"via,omitempty"`
	Outlet   string       `json:"outlet,omitempty"`
	Relation string       `json:"relation,omitempty"`
	Cue      string       `json:"cue,omitempty"`
	Drift    []changeJSON `json:"drift,omitempty"`
}

type changeJSON struct {
	Old string `json:"old"`
	New string `json:"new"`
}

type edgeJSON struct {
	From      string  `json:"from"`
	To        string  `json:"to"`
	Relation  string  `json:"relation"`
	Statement *string `json:"statement"`
	Evidence  string  `json:"evidence"`
}

// JSON writes t to w as one JSON object, indented, in the form CONTRACT.md
// gives for `quotetrace trace --format json`: the articles with the outlets
// each cites, the statements with their members, and the edges, whose ends
// are node IDs (Node.String). Each statement also carries its chains, one
// list of node IDs an article (see Trace.Chain), and each member its kind,
// its cue (the reporting verb or phrase: "cue": "denied", left out when
// the member has none; see Member.Cue) and the drift of its wording
// ("drift": [{"old": …, "new": …}], left out when the member has none; see
// Member.Drift).
func JSON(w io.Writer, t *provenance.Trace) error {
	out := traceJSON{
		Articles:   make([]articleJSON, len(t.Articles)),
		Statements: make([]statementJSON, len(t.Statements)),
		Edges:      make([]edgeJSON, len(t.Edges)),
	}
	for i, a := range t.Articles {
		j := articleJSON{ID: a.ID, Publisher: nullable(a.Publisher), Cites: a.Cites, URL: a.URL, Title: a.Title, CopyOf: a.CopyOf}
		if j.Cites == nil {
			j.Cites = []string{}
		}
		if !a.Published.IsZero() {
			j.Published = a.Published.Format(time.RFC3339)
		}
		out.Articles[i] = j
	}
	for i := range t.Statements {
		s := &t.Statements[i]
		j := statementJSON{
			ID: s.ID, Speaker: nullable(s.Speaker), Origin: nullable(s.Origin), Text: s.Text,
			Members:     make([]memberJSON, len(s.Members)),
			SpeakerType: string(s.SpeakerType), Via: s.Via, OriginEvidence: s.OriginEvidence,
			Chains: [][]string{},
		}
		for k, m := range s.Members {
			mj := memberJSON{
				Article: m.Article, Quote: m.Quote, Spans: m.Spans, Text: m.Text, Similarity: m.Similarity,
				Kind: m.Kind.String(), Speaker: m.Speaker, Via: m.Via, Outlet: m.Outlet, Relation: string(m.Relation),
				Cue: m.Cue,
			}
			for _, c := range m.Drift {
				mj.Drift = append(mj.Drift, changeJSON(c))
			}
			j.Members[k] = mj
		}
		for _, p := range t.Chain(s.ID) {
			nodes := make([]string, len(p))
			for k, h := range p {
				nodes[k] = h.Node.String()
			}
			j.Chains = append(j.Chains, nodes)
		}
		out.Statements[i] = j
	}
	for i, e := range t.Edges {
		out.Edges[i] = edgeJSON{From: e.From.String(), To: e.To.String(), Relation: string(e.Relation), Statement: nullable(e.Statement), Evidence: e.Evidence}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// nullable returns nil for "", so that JSON gets null.
func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
