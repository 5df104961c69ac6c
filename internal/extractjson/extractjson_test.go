package extractjson

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/internal/corpus"
	"github.com/quotetrace/quotetrace/quote"
)

// TestJSON checks the exact form of an output line, on a document made by
// hand.
func TestJSON(t *testing.T) {
	text := "Headline <b>\n“Yes & no,” he said, calling it a “hoax”. “More\n"
	doc := &quote.Document{
		Text: text,
		Articles: []quote.Article{
			{Span: quote.Span{Start: 0, End: 12}, Headline: quote.Span{Start: 0, End: 12}},
			{Span: quote.Span{Start: 13, End: 70}},
		},
		Quotes: []quote.Quote{
			{Kind: quote.Direct, Text: "Yes & no,", Article: 1, Fragments: []quote.Fragment{{Span: quote.Span{Start: 16, End: 25}}}},
			{Kind: quote.ScareQuote, Text: "hoax", Fragments: []quote.Fragment{{Span: quote.Span{Start: 54, End: 58}}}, Article: 1},
			{Kind: quote.Direct, Text: "More", Unclosed: true, Article: 1,
				Fragments: []quote.Fragment{{Span: quote.Span{Start: 66, End: 70}}}},
		},
	}
	a := corpus.Article{ID: "x<1>", Text: text}
	// An attribution made by hand: the first quote is he's, said, through
	// no outlet; the scare quote is not speech.
	res := &attribution.Result{
		Document: doc,
		Quotes: []attribution.Attribution{
			{
				Quote:      doc.Quotes[0],
				Speaker:    &attribution.Speaker{Name: "he", Type: attribution.Unknown, Mention: "he", Span: quote.Span{Start: 29, End: 31}},
				Cue:        &attribution.Cue{Text: "said", Span: quote.Span{Start: 32, End: 36}},
				Confidence: 0.5,
			},
			{Quote: doc.Quotes[2], Confidence: 0.2},
		},
		Citations: []attribution.Citation{{Outlet: "TASS", Relation: attribution.Told, Mention: "TASS", Span: quote.Span{Start: 1, End: 2}}},
	}
	speaker := `"speaker":{"name":"he","type":"unknown","mention":"he","span":[29,31]},"outlet":null,"cue":{"text":"said","span":[32,36]},"confidence":0.5`
	citations := `"citations":[{"outlet":"TASS","relation":"told","mention":"TASS","span":[1,2]}]`
	// The fingerprint of the text's one sampled run of five words (see
	// provenance.Fingerprint).
	fingerprint := `"fingerprint":"xUc8IA=="`
	tests := []struct {
		all  bool
		want string
	}{
		{false, `{"id":"x<1>","publisher":null,"quotes":[` +
			`{"kind":"direct","text":"Yes & no,","spans":[[16,25]],` + speaker + `,"article":1,"evidence":"he said"},` +
			`{"kind":"direct","text":"More","spans":[[66,70]],"speaker":null,"outlet":null,"cue":null,"confidence":0.2,"article":1,"unclosed":true}` +
			`],` + citations + `,"articles":[{"span":[0,12],"headline":"Headline <b>"},{"span":[13,70],"headline":null}],` + fingerprint + `}` + "\n"},
		{true, `{"id":"x<1>","publisher":null,"quotes":[` +
			`{"kind":"direct","text":"Yes & no,","spans":[[16,25]],` + speaker + `,"article":1,"evidence":"he said"},` +
			`{"kind":"scare","text":"hoax","spans":[[54,58]],"speaker":null,"outlet":null,"cue":null,"confidence":0,"article":1},` +
			`{"kind":"direct","text":"More","spans":[[66,70]],"speaker":null,"outlet":null,"cue":null,"confidence":0.2,"article":1,"unclosed":true}` +
			`],` + citations + `,"articles":[{"span":[0,12],"headline":"Headline <b>"},{"span":[13,70],"headline":null}],` + fingerprint + `}` + "\n"},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		out, err := New(a, res, attribution.DefaultOutlets(), tt.all)
		if err != nil {
			t.Fatal(err)
		}
		if err := Encode(&buf, out); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.want, buf.String()); diff != "" {
			t.Errorf("all=%v: output differs (-want +got):\n%s", tt.all, diff)
		}
	}

	// The fields reserved for attribution, filled in.
	q := Quote{
		Kind: "direct", Text: "t", Spans: []quote.Span{{Start: 1, End: 2}},
		Speaker:    &Speaker{Name: "Dmitry Peskov", Type: "person", Mention: "Peskov", Span: quote.Span{Start: 5, End: 11}},
		Outlet:     &Outlet{Name: "TASS", Relation: "told", Mention: "TASS", Span: quote.Span{Start: 20, End: 24}},
		Cue:        &Cue{Text: "said", Span: quote.Span{Start: 12, End: 16}},
		Confidence: 0.92,
	}
	c := Citation{Outlet: "TASS", Relation: "told", Mention: "TASS", Span: quote.Span{Start: 20, End: 24}}
	var buf bytes.Buffer
	if err := Encode(&buf, []any{q, c}); err != nil {
		t.Fatal(err)
	}
	want := `[{"kind":"direct","text":"t","spans":[[1,2]],` +
		`"speaker":{"name":"Dmitry Peskov","type":"person","mention":"Peskov","span":[5,11]},` +
		`"outlet":{"name":"TASS","relation":"told","mention":"TASS","span":[20,24]},` +
		`"cue":{"text":"said","span":[12,16]},"confidence":0.92,"article":0},` +
		`{"outlet":"TASS","relation":"told","mention":"TASS","span":[20,24]}]` + "\n"
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("output differs (-want +got):\n%s", diff)
	}
}
