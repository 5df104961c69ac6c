package tally

import (
	"testing"

	"github.com/quotetrace/quotetrace/attribution"
)

func TestParts(t *testing.T) {
	sp := &attribution.Speaker{Name: "Dmitry Peskov"}
	quotes := []attribution.Attribution{
		{Speaker: sp, Via: sp, Outlet: &attribution.Citation{Outlet: "TASS"}, Cue: &attribution.Cue{Text: "told"}},
		{Speaker: sp, Cue: &attribution.Cue{Text: "said"}},
		{}, // a quotation nobody is found to have said
	}
	speakers, outlets, cues := Parts(quotes)
	if speakers != 3 || outlets != 1 || cues != 2 {
		t.Errorf("Parts = %d speakers, %d outlets, %d cues; want 3, 1, 2", speakers, outlets, cues)
	}
	if s, o, c := Parts(nil); s+o+c != 0 {
		t.Errorf("Parts(nil) = %d, %d, %d; want zeros", s, o, c)
	}
}
