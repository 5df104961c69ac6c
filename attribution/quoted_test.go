package attribution_test

import (
	"testing"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/quote"
)

// TestQuotedSpeech checks which quoted words are speech and whose: a
// headline's quoted words, words a verb of naming or chanting puts in
// marks; another article's headline, credited to its writer, is no speech.
func TestQuotedSpeech(t *testing.T) {
	at := attribution.New(attribution.Options{})
	tests := []struct {
		name, text string
		quote      string // the quotation's words
		kind       quote.Kind
		speaker    string // "" for none
		mention    string
		cue        string
		outlet     string
	}{
		{
			name:    "headline with the speaker before a colon",
			text:    "Jane Holt: Harbor Deal ‘Makes No Sense’.\n\nThe harbor deal was signed on Friday.",
			quote:   "Makes No Sense",
			kind:    quote.Partial,
			speaker: "Jane Holt", mention: "Jane Holt",
		},
		{
			name:    "headline quoting a whole utterance",
			text:    "Jane Holt: ‘We Will Not Back Down’\n\nThe harbor deal was signed on Friday.",
			quote:   "We Will Not Back Down",
			kind:    quote.Direct,
			speaker: "Jane Holt", mention: "Jane Holt", cue: ":",
		},
		{
			name:  "a Title Case clause is no name",
			text:  "Mayor Just Snubbed The Harbor Board In A ‘Petty’ Way\n\nThe board met on Friday.",
			quote: "Petty",
			kind:  quote.Partial,
		},
		{
			name:    "headline in Title Case: the name ends at the verb",
			text:    "Tom Reyes Says Budget Is ‘Dead on Arrival’\n\nThe budget goes to a vote next week.",
			quote:   "Dead on Arrival",
			kind:    quote.Partial,
			speaker: "Tom Reyes", mention: "Tom Reyes",
		},
		{
			name:  "headline opening with no name",
			text:  "The Latest: a push for ‘greener’ streets.\n\nThe council met on Tuesday.",
			quote: "greener",
			kind:  quote.Partial,
		},
		{
			name:  "headline opening with a phrase, not a name",
			text:  "In sprawling city, a push for ‘greener’ streets.\n\nThe council met on Tuesday.",
			quote: "greener",
			kind:  quote.Partial,
		},
		{
			name:    "words a verb of naming puts in marks",
			text:    "Council approves budget.\n\nMayor Ann Cole referred to the plan as “a bailout” on Monday.",
			quote:   "a bailout",
			kind:    quote.Partial,
			speaker: "Ann Cole", mention: "Mayor Ann Cole", cue: "referred",
		},
		{
			name:    "words a crowd chants",
			text:    "Council approves budget.\n\nThe nurses chanted “no more cuts” outside the hall.",
			quote:   "no more cuts",
			kind:    quote.Partial,
			speaker: "nurses", mention: "The nurses", cue: "chanted",
		},
		{
			name:    "words a label gives",
			text:    "Council approves budget.\n\nThe fact-checkers labeled the claim “mostly false” last week.",
			quote:   "mostly false",
			kind:    quote.Partial,
			speaker: "fact-checkers", mention: "The fact-checkers", cue: "labeled",
		},
		{
			name:  "another article's headline credited to its writer",
			text:  "Arts roundup.\n\nCLOSING—\"Old theater to shut its doors in spring,\" by the Gazette's Ann Lee.",
			quote: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := at.AttributeText(tt.text)
			var found *attribution.Attribution
			for i := range res.Quotes {
				if res.Quotes[i].Quote.Kind != quote.Indirect {
					found = &res.Quotes[i]
				}
			}
			if tt.quote == "" {
				if found != nil {
					t.Fatalf("got quotation %q (%s), want none", found.Quote.Text, found.Quote.Kind)
				}
				return
			}
			if found == nil {
				t.Fatalf("no quotation; want %q", tt.quote)
			}
			if found.Quote.Text != tt.quote || found.Quote.Kind != tt.kind {
				t.Errorf("quotation %q (%s), want %q (%s)", found.Quote.Text, found.Quote.Kind, tt.quote, tt.kind)
			}
			name, mention := "", ""
			if found.Speaker != nil {
				name, mention = found.Speaker.Name, found.Speaker.Mention
			}
			if name != tt.speaker || mention != tt.mention {
				t.Errorf("speaker %q (%q), want %q (%q)", name, mention, tt.speaker, tt.mention)
			}
			cue := ""
			if found.Cue != nil {
				cue = found.Cue.Text
			}
			if cue != tt.cue {
				t.Errorf("cue %q, want %q", cue, tt.cue)
			}
			outlet := ""
			if found.Outlet != nil {
				outlet = found.Outlet.Outlet
			}
			if outlet != tt.outlet {
				t.Errorf("outlet %q, want %q", outlet, tt.outlet)
			}
		})
	}
}
