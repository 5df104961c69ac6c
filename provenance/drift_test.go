package provenance

import (
	"slices"
	"testing"
)

// TestDrift pins the changes from one wording to another: words are runs
// between spaces (language.IsSpace), compared in lower case without the
// characters around them that are no part of a word
// (language.IsWordRune).
func TestDrift(t *testing.T) {
	tests := []struct {
		from, to string
		want     []Change
	}{
		{"We will end the war", "we will END the war!", nil},
		{"We will end the war quickly", "will stop the war", []Change{{Old: "end", New: "stop"}}},
		{"We will end the war", "We will surely end the war", []Change{{New: "surely"}}},
		// Words apart by more than one space are joined by one.
		{"We will  end\tthe   war now", "We end now", []Change{{Old: "will"}, {Old: "the war"}}},
		{"a b", "c d", []Change{{Old: "a b", New: "c d"}}},
		{"", "", nil},
		{"", "words", []Change{{Old: "", New: "words"}}},
		// A zero-width space separates words.
		{"the war\u200bnow", "the war", nil},
		// A combining mark is part of a word.
		{"cafe\u0301", "cafe", []Change{{Old: "cafe\u0301", New: "cafe"}}},
	}
	var d drifter
	for _, tt := range tests {
		if got := drift(tt.from, tt.to); !slices.Equal(got, tt.want) {
			t.Errorf("drift(%q, %q) = %q, want %q", tt.from, tt.to, got, tt.want)
		}
		if got := d.changes(tt.from, tt.to); !slices.Equal(got, tt.want) {
			t.Errorf("drifter.changes(%q, %q) = %q, want %q", tt.from, tt.to, got, tt.want)
		}
	}
}
