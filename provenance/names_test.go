package provenance_test

import (
	"fmt"
	"testing"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/quote"
)

// said returns an attribution of one direct quotation, with the speaker
// named as mention and resolved to name, of the given type, and told to
// outlet when outlet is not "".
func said(text, name, mention string, typ attribution.SpeakerType, outlet string) *attribution.Result {
	doc := fmt.Sprintf("“%s,” %s said.", text, mention)
	q := quote.Quote{Kind: quote.Direct, Text: text, Fragments: []quote.Fragment{{Span: quote.Span{Start: len("“"), End: len("“") + len(text)}}}}
	start := len("“") + len(text) + len(",” ")
	a := attribution.Attribution{Quote: q}
	if name != "" {
		a.Speaker = &attribution.Speaker{Name: name, Type: typ, Mention: mention, Span: quote.Span{Start: start, End: start + len(mention)}}
	}
	if outlet != "" {
		a.Outlet = &attribution.Citation{Outlet: outlet, Relation: attribution.Told, Mention: outlet}
	}
	return &attribution.Result{Document: &quote.Document{Text: doc}, Quotes: []attribution.Attribution{a}, Citations: []attribution.Citation{}}
}

// TestSpeakerNames checks that one speaker is one name across the trace:
// two spellings of a full name are one, and a surname alone (or misspelt
// by a letter) and a title alone stand for the full name another article
// gives, when no other full name competes.
func TestSpeakerNames(t *testing.T) {
	const words = "We will build the new bridge across the river before the winter comes"
	tests := []struct {
		name    string
		results []*attribution.Result
		want    string
	}{
		{"surname", []*attribution.Result{
			said(words, "Donald Trump", "Donald Trump", attribution.Person, ""),
			said(words, "Trump", "Trump", attribution.Person, ""),
			said("A remark on another subject entirely, about the weather in spring", "Trump", "Trump", attribution.Person, ""),
		}, "Donald Trump"},
		{"family name first", []*attribution.Result{
			said(words, "Xi", "Xi", attribution.Person, ""),
			said("Other words said on another day about trade and tariffs", "Xi Jinping", "Xi Jinping", attribution.Person, ""),
		}, "Xi Jinping"},
		{"two spellings and a misspelt surname", []*attribution.Result{
			said(words, "Dmytro Kovalenko", "Dmytro Kovalenko", attribution.Person, ""),
			said("Other words said on another day about taxes and the budget", "Dmytro Kovalenko", "Dmytro Kovalenko", attribution.Person, ""),
			said(words, "Dmitry Kovalenko", "Dmitry Kovalenko", attribution.Person, ""),
			said("Words about the harbour and its cranes, said in the morning", "Kovalenco", "Kovalenco", attribution.Person, ""),
		}, "Dmytro Kovalenko"},
		{"title", []*attribution.Result{
			said(words, "Anna Weber", "Finance Minister Anna Weber", attribution.Person, ""),
			said("Other words said on another day about taxes and the budget", "the Finance Minister", "the Finance Minister", attribution.Person, ""),
		}, "Anna Weber"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, _ := provenance.New(provenance.Options{})
			for i, r := range tt.results {
				if err := g.Add(provenance.Article{ID: fmt.Sprint("a", i), Result: r}); err != nil {
					t.Fatal(err)
				}
			}
			tr := g.Trace()
			for _, s := range tr.Statements {
				if s.Speaker != tt.want {
					t.Errorf("statement %.30q: speaker %q, want %q", s.Text, s.Speaker, tt.want)
				}
			}
			for _, e := range tr.Edges {
				if e.Relation == provenance.Said && e.From != provenance.SpeakerNode(tt.want) {
					t.Errorf("said edge from %v, want %v", e.From, provenance.SpeakerNode(tt.want))
				}
			}
		})
	}
	// Two full names of one surname: "Trump" alone is neither.
	g, _ := provenance.New(provenance.Options{})
	for i, r := range []*attribution.Result{
		said("Words of the father about the company and its many buildings", "Donald Trump", "Donald Trump", attribution.Person, ""),
		said("Words of the son about the campaign and its many rallies", "Eric Trump", "Eric Trump", attribution.Person, ""),
		said("Words of somebody about a third matter that nobody else raised", "Trump", "Trump", attribution.Person, ""),
	} {
		g.Add(provenance.Article{ID: fmt.Sprint("b", i), Result: r})
	}
	for _, s := range g.Trace().Statements {
		if s.Members[0].Article == "b2" && s.Speaker != "Trump" {
			t.Errorf("an ambiguous surname resolved to %q", s.Speaker)
		}
	}
}
