package provenance

import (
	"testing"
	"time"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/language"
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
		if got := occasionDays(language.Default(), res.Document, &res.Quotes[0]); got != tt.want {
			t.Errorf("%q: days %07b, want %07b", tt.text, got, tt.want)
		}
	}
}

// TestOccasionDaysLanguage checks that the days are named as the
// Language's table Weekdays names them, also in the Extracted of an
// article attributed in that Language.
func TestOccasionDaysLanguage(t *testing.T) {
	def := language.Default()
	names := []string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}
	fr, err := def.With(language.Weekdays, names...)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text    string
		def, fr uint8
	}{
		{"The minister said on lundi that the talks had failed.\n", 0, 1 << time.Monday},
		{"On samedi, the minister said the talks had failed.\n", 0, 1 << time.Saturday},
		{"The minister said on Monday that the talks had failed.\n", 1 << time.Monday, 1 << time.Monday},
	}
	for _, tt := range tests {
		for _, c := range []struct {
			l    *language.Language
			want uint8
		}{{def, tt.def}, {fr, tt.fr}} {
			res := attribution.New(attribution.Options{Language: c.l}).AttributeText(tt.text)
			if len(res.Quotes) == 0 {
				t.Fatalf("%q: no quotation", tt.text)
			}
			if got := occasionDays(c.l, res.Document, &res.Quotes[0]); got != c.want {
				t.Errorf("%q, %d weekdays: days %07b, want %07b", tt.text, len(c.l.Entries(language.Weekdays)), got, c.want)
			}
			e, err := Extract(Article{ID: "a", Result: res}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := uint8(e.Quotes[0].Days); got != c.want {
				t.Errorf("%q, %d weekdays: Extract: days %07b, want %07b", tt.text, len(c.l.Entries(language.Weekdays)), got, c.want)
			}
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
