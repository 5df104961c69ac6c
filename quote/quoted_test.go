package quote

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestQuotedKinds checks which words in marks are speech: the words a
// headline quotes are its subject's, and the headline of another article,
// credited to its writer, is a title.
func TestQuotedKinds(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{
			name: "headline quotes words someone said",
			text: "Mayor faces ‘tough choices’ on the budget.\n\nThe mayor spoke to the council on Monday.",
			want: []want{{Partial, "tough choices", []Span{{15, 28}}}},
		},
		{
			name: "headline in Title Case, without a full stop",
			text: "Senator Calls Plan ‘A Disgrace’\n\nThe senator spoke in the chamber.",
			want: []want{{Partial, "A Disgrace", []Span{{22, 32}}}},
		},
		{
			name: "a line alone is no headline",
			text: "The \"experts\" disagree with the plan.",
			want: []want{{ScareQuote, "experts", []Span{{5, 12}}}},
		},
		{
			name: "words in marks in the body stay scare quotes",
			text: "Council moves on budget.\n\nThe \"experts\" disagree with the plan.",
			want: []want{{ScareQuote, "experts", []Span{{31, 38}}}},
		},
		{
			name: "a long first paragraph is no headline",
			text: "The mayor, who took office in the spring after a long campaign across the city and its suburbs, faces ‘tough choices’ on the budget.\n\nShe spoke on Monday.",
			want: []want{{ScareQuote, "tough choices", []Span{{105, 118}}}},
		},
		{
			name: "another article's headline credited to its writer",
			text: "Arts roundup.\n\nCLOSING—\"Old theater to shut its doors in spring,\" by the Gazette's Ann Lee: \"The theater will close.\"",
			want: []want{
				{Title, "Old theater to shut its doors in spring", []Span{{26, 65}}},
				{Direct, "The theater will close.", []Span{{95, 118}}},
			},
		},
		{
			name: "comma outside the closing mark",
			text: "Arts roundup.\n\n'Museum names a new director', by Post's Tom Hall.",
			want: []want{{Title, "Museum names a new director", []Span{{16, 43}}}},
		},
		{
			name: "a quotation followed by a byline-like phrase that is not one",
			text: "Arts roundup.\n\n\"We will reopen,\" by all accounts, was her answer.",
			want: []want{{Partial, "We will reopen", []Span{{16, 30}}}},
		},
		{
			name: "a show's name between two quotations is no piece of them",
			text: "\"He has no chance,\" Lee said on NBC's \"Morning Report,\" adding, \"None at all.\"",
			want: []want{
				{Direct, "He has no chance", []Span{{1, 17}}},
				{Title, "Morning Report", []Span{{39, 53}}},
				{Direct, "None at all.", []Span{{65, 77}}},
			},
		},
		{
			name: "words in marks after a title noun and a comma, not in Title Case",
			text: "Asked about the episode, \"I regret it,\" she said.",
			want: []want{{Direct, "I regret it", []Span{{26, 37}}}},
		},
		{
			name: "a title in apposition, in Title Case, with its comma",
			text: "The film, \"Long Night,\" opens on Friday.",
			want: []want{{Title, "Long Night", []Span{{11, 21}}}},
		},
		{
			name: "an opening mark right after a comma",
			text: "Lee said,“We are ready.”",
			want: []want{{Direct, "We are ready.", []Span{{12, 25}}}},
		},
		{
			name: "a closing glyph that opens its paragraph",
			text: "The weekly was blunt.\n\n” … the race is over,” it wrote.",
			want: []want{{Direct, "… the race is over", []Span{{27, 47}}}},
		},
		{
			name: "a show after a plural possessive",
			text: "She told CBS' \"Evening Hour\" that she would run.",
			want: []want{{Title, "Evening Hour", []Span{{15, 27}}}},
		},
		{
			name: "the author of a book",
			text: "\"It will pass,\" said Ann Lee, the author of \"Long Winters,\" on Monday.",
			want: []want{
				{Direct, "It will pass", []Span{{1, 13}}},
				{Title, "Long Winters", []Span{{45, 57}}},
			},
		},
		{
			name: "an interview with a show",
			text: "In an interview with \"Morning Hour,\" the mayor spoke of roads.",
			want: []want{{Title, "Morning Hour", []Span{{22, 34}}}},
		},
		{
			name: "a straight closing mark after a nested one and a space",
			text: "\"They treat it like, 'Oh, this matters,' \" Lee said at the rally. \"Not to me.\"",
			want: []want{
				{Direct, "They treat it like, 'Oh, this matters,' Not to me.", []Span{{1, 40}, {67, 77}}},
			},
		},
		{
			name: "a closing mark with no space before the next sentence",
			text: "He wrote on Monday: “So do voters!”After the rally he left.",
			want: []want{{Direct, "So do voters!", []Span{{23, 36}}}},
		},
		{
			name: "a contraction is no possessive before a title",
			text: "Mayor: Budget Gap Is Real; It’s ‘in Our Hands’\n\nThe mayor spoke on Monday.",
			want: []want{{Partial, "in Our Hands", []Span{{37, 49}}}},
		},
		{
			name: "a possessive before a show's name",
			text: "He spoke on the station’s “Morning Hour” that day.",
			want: []want{{Title, "Morning Hour", []Span{{31, 43}}}},
		},
		{
			name: "a word in marks before a headline's last word is no nickname",
			text: "Council Turns To ‘Fact-Finding’ Committees\n\nThe council met on Monday.",
			want: []want{{Partial, "Fact-Finding", []Span{{20, 32}}}},
		},
		{
			name: "a nickname before a name that ends a body sentence",
			text: "Council meets.\n\nThe crowd cheered for Dwayne “The Rock” Johnson",
			want: []want{{Nickname, "The Rock", []Span{{48, 56}}}},
		},
		{
			name: "an anthem's name",
			text: "She sang the anthem \"Rise Up Again,\" and left the stage.",
			want: []want{{Title, "Rise Up Again", []Span{{21, 34}}}},
		},
		{
			name: "an opening mark turned the wrong way after a reporting verb",
			text: "The mayor spoke.\n\nShe said,” the roads will be fixed.”",
			want: []want{{Partial, "the roads will be fixed.", []Span{{31, 55}}}},
		},
		{
			name: "a stray closing glyph after no reporting verb stays unpaired",
			text: "The mayor spoke.\n\nThe roads,” she thinks, will be fixed.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, got(tt.text)); diff != "" {
				t.Errorf("Parse(%q) quotes (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
