package provenance

import (
	"slices"
	"testing"

	"github.com/quotetrace/quotetrace/language"
)

// TestSentenceEnds pins where rotated may start a wording's sentences: a
// ".", "?" or "!", or the dot that ends a word, then one space and a
// capital.
func TestSentenceEnds(t *testing.T) {
	tests := []struct {
		text string
		want []int
	}{
		{"It is a crime. Traitors must be punished", []int{14}},
		{"Why? Because! We know", []int{4, 13}},
		{"The U.S. President said", []int{8}},
		{"Mr. Smith", []int{3}},
		{"Wait... Then go", []int{7}},
		{"3.5. Then", []int{4}},
		{"Done.  Two spaces", nil},
		{"Done.\nA line", nil},
		{"Done. “Quoted”", nil},
		{"Done. lower case", nil},
		{"Done. Élan", []int{5}},
		{"Done. \u00adSoft", nil},
		{"U.S.", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if got := slices.Collect(sentenceEnds(language.Default(), tt.text)); !slices.Equal(got, tt.want) {
			t.Errorf("sentenceEnds(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
