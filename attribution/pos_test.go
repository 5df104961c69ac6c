package attribution_test

import (
	"testing"

	"github.com/quotetrace/quotetrace/attribution"
)

// TestSentenceOpeners checks that a capitalized word that opens a sentence
// is taken for a name only when it is one, so that "he" does not point at
// "Holding": the article's own writing of the word decides when it is
// written elsewhere in one case only ("mainstream", "Okonkwo"), and the
// part-of-speech tagger otherwise ("Holding up a sign, …" against "Smith
// arrived …").
func TestSentenceOpeners(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{`Holding up a sign, protesters gathered outside. "We made progress," he said.`, "he"},
		{`Staying competitive is hard, the report found. "We made progress," he said.`, "he"},
		{`Smith arrived late. "We made progress," he said.`, "Smith"},
		{`Rubio spoke first. "We made progress," he said.`, "Rubio"},
		// The tagger reads "Mainstream" here as a proper noun; the article
		// writes the word in lower case.
		{`Mainstream candidates have struggled. Few mainstream voices agree. "We made progress," he said.`, "he"},
		{`Okonkwo stayed home. Reporters asked Okonkwo about it. "We made progress," he said.`, "Okonkwo"},
		// Capitals after a quote mark, and a word in capitals, say nothing:
		// the lower case decides.
		{`Mainstream candidates have struggled. "Mainstream voices," one wrote, "are MAINSTREAM." Few mainstream voices agree. "We made progress," he said.`, "he"},
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
