package attribution

import (
	"strings"
	"testing"

	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
)

// refShape is shapeOf as it was written before the endings were data:
// the shape of w by the endings of the default tables AgentSuffixes and
// AdjectiveSuffixes.
func refShape(w string) shape {
	var s shape
	for _, suf := range [...]string{"ers", "ists", "ians", "ants", "ents"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) && w[0] >= 'a' && w[0] <= 'z' {
			s |= agentPlural
		}
	}
	for _, suf := range [...]string{"al", "an", "ic", "ive", "ent", "ant", "ary", "ous", "ish", "ese"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			s |= adjective
		}
	}
	return s
}

// TestShapeOf checks shapeOf with the default Language against refShape.
func TestShapeOf(t *testing.T) {
	words := strings.Fields("forecasters economists participants presidents Americans users " +
		"presidential independent Chinese foolish military generous active Democratic " +
		"Republican ants ers ians ally plan music native cause their these others " +
		"said told spokesman officials agents Ivans OUS famous ic al an ent " +
		"U.S. vice-president O'Brien 1,000 Jos\u00e9 CO2 a")
	l := language.Default()
	for _, w := range words {
		for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:], w + "x", "x" + w} {
			if got, want := shapeOf(l, v), refShape(v); got != want {
				t.Errorf("shapeOf(%q) = %b, want %b", v, got, want)
			}
		}
	}
}

// TestShapeOfWith checks that the endings With adds to AgentSuffixes and
// AdjectiveSuffixes give their words a shape.
func TestShapeOfWith(t *testing.T) {
	l := language.Default()
	for _, tt := range []struct {
		table        language.Table
		ending, word string
		want         shape
	}{
		{language.AgentSuffixes, "ors", "mentors", agentPlural},
		{language.AgentSuffixes, "ors", "Mentors", 0}, // a name, not a noun
		{language.AgentSuffixes, "ors", "tors", 0},    // too short
		{language.AdjectiveSuffixes, "ful", "youthful", adjective},
		{language.AdjectiveSuffixes, "ful", "awful", 0}, // too short
	} {
		if got := shapeOf(l, tt.word); got != 0 {
			t.Fatalf("%q has shape %b by default: pick another", tt.word, got)
		}
		m, err := l.With(tt.table, tt.ending)
		if err != nil {
			t.Fatal(err)
		}
		if got := shapeOf(m, tt.word); got != tt.want {
			t.Errorf("With(%s, %q): shapeOf(%q) = %b, want %b", tt.table, tt.ending, tt.word, got, tt.want)
		}
	}
}

func TestIsAlnum(t *testing.T) {
	for w, want := range map[string]bool{"CO2": true, "said": true, "U.S.": false, "José": false, "vice-president": false, "O'Brien": false, "": true} {
		if got := isAlnum(w); got != want {
			t.Errorf("isAlnum(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestQuoteAt checks that quoteAt, asked in text order, answers as inQuote
// does, with regions in order and with one nested in another.
func TestQuoteAt(t *testing.T) {
	for _, regions := range [][]region{
		{{quote.Span{Start: 2, End: 5}, 0}, {quote.Span{Start: 7, End: 9}, 1}, {quote.Span{Start: 9, End: 12}, 2}},
		{{quote.Span{Start: 2, End: 12}, 0}, {quote.Span{Start: 4, End: 6}, 1}, {quote.Span{Start: 13, End: 15}, 2}},
		nil,
	} {
		st := &state{scratch: scratch{regions: regions}}
		for k := 1; k < len(regions); k++ {
			st.regionsNested = st.regionsNested || regions[k].span.End < regions[k-1].span.End
		}
		for from := 0; from < 16; from++ {
			r := -1
			for i := from; i < 16; i++ {
				if got, want := st.quoteAt(i, &r), st.inQuote(i); got != want {
					t.Errorf("regions %v, from %d: quoteAt(%d) = %d, inQuote = %d", regions, from, i, got, want)
				}
			}
		}
	}
}
