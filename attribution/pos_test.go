package attribution_test

import (
	"testing"

	"github.com/quotetrace/quotetrace/attribution"
)

// TestSentenceOpeners checks that a capitalized word that opens a sentence
// is taken for a name only when it is one: the part-of-speech tagger tells
// "Holding up a sign, …" from "Smith arrived …", so that "he" does not
// point at "Holding".
func TestSentenceOpeners(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{`Holding up a sign, protesters gathered outside. "We made progress," he said.`, "he"},
		{`Staying competitive is hard, the report found. "We made progress," he said.`, "he"},
		{`Smith arrived late. "We made progress," he said.`, "Smith"},
		{`Rubio spoke first. "We made progress," he said.`, "Rubio"},
	}
	at := attribution.New(attribution.Options{})
	for _, tt := range tests {
		res := at.AttributeText(tt.text)
		var got string
		for _, a := range res.Quotes {
			if a.Quote.Text == "We made progress" && a.Speaker != nil {
				got = a.Speaker.Name
			}
		}
		if got != tt.want {
			t.Errorf("%q: speaker %q, want %q", tt.text, got, tt.want)
		}
	}
}
