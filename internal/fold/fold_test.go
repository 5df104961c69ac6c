package fold

import (
	"strings"
	"testing"
)

func TestEqual(t *testing.T) {
	tests := []struct {
		s, lower string
		want     bool
	}{
		{"Said", "said", true},
		{"SAID", "said", true},
		{"said", "said", true},
		{"saids", "said", false},
		{"Été", "été", false}, // only ASCII letters fold
		{"été", "été", true},
		{"", "", true},
	}
	for _, tt := range tests {
		if got := Equal(tt.s, tt.lower); got != tt.want {
			t.Errorf("Equal(%q, %q) = %v", tt.s, tt.lower, got)
		}
	}
}

func TestHash(t *testing.T) {
	for _, w := range []string{"Peskov", "U.S.", "été", ""} {
		if Hash(w) != Hash(strings.ToLower(w)) && strings.ToLower(w) == w {
			t.Errorf("Hash(%q) differs from its lower case", w)
		}
	}
	if Hash("Peskov") != Hash("PESKOV") || Hash("Peskov") == Hash("Peskow") {
		t.Error("Hash does not fold or does not tell words apart")
	}
	if Hash("") != 2166136261 {
		t.Error("Hash is not FNV-1a")
	}
}
