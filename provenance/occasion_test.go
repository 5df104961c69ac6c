package provenance

import (
	"testing"
	"time"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/quote"
)

// TestOccasionDays checks which weekdays an attribution names as the day
// the words were said.
func TestOccasionDays(t *testing.T) {
	at := attribution.New(attribution.Options{})
	tests := []struct {
		text string
		want uint8
	}{
		{"The minister said on Monday that the talks had failed.\n", 1 << time.Monday},
		{"\"The talks have failed,\" the minister told reporters on Tuesday.\n", 1 << time.Tuesday},
		{"On Friday, the minister said the talks had failed.\n", 1 << time.Friday},
		// Another event's day, a day inside the quotation, and a habit are
		// not the occasion.
		{"Responding to a speech the president gave before parliament on Tuesday, the minister said the talks had failed.\n", 0},
		{"\"We will meet on Sunday,\" the minister said.\n", 0},
		{"The minister said the talks, held on Mondays for a decade, had failed.\n", 0},
	}
	for _, tt := range tests {
		res := at.Attribute(quote.Parse(tt.text))
		if len(res.Quotes) == 0 {
			t.Errorf("%q: no quotation", tt.text)
			continue
		}
		if got := occasionDays(res.Document, &res.Quotes[0]); got != tt.want {
			t.Errorf("%q: days %07b, want %07b", tt.text, got, tt.want)
		}
	}
}

// TestDaysConflict checks when two sets of weekdays name two occasions.
func TestDaysConflict(t *testing.T) {
	const mon, tue, thu = 1 << time.Monday, 1 << time.Tuesday, 1 << time.Thursday
	tests := []struct {
		a, b        uint8
		otherOutlet bool
		want        bool
	}{
		{mon, mon, true, false},
		{mon, 0, true, false},
		{mon, thu, false, true},
		{mon, tue, false, false}, // a day apart: time zones
		{mon, tue, true, true},
		{1 << time.Saturday, 1 << time.Sunday, false, false},
		{1 << time.Sunday, 1 << time.Saturday, false, false},
	}
	for _, tt := range tests {
		if got := daysConflict(tt.a, tt.b, tt.otherOutlet); got != tt.want {
			t.Errorf("daysConflict(%07b, %07b, %v) = %v, want %v", tt.a, tt.b, tt.otherOutlet, got, tt.want)
		}
	}
}
