package attribution_test

import "testing"

// TestUnseenNewsConstructions covers, one case each, the constructions
// that speaker errors on unseen news came from and that no other table
// test here names: quotations after a colon or a noun of speech, verbs of
// speech missing from the tables, phrasal verbs, a descriptor before the
// name, the owner of a claim, page furniture between a name and a
// pronoun, and a continuation paragraph.
func TestUnseenNewsConstructions(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"colon after a noun, not a verb", "The council met on Monday. Mayor Jane Holt delivered a retort: “We will not back down.”",
			[]want{{Kind: "direct", Text: "We will not", Speaker: "Jane Holt", Mention: "Mayor Jane Holt", Cue: ":"}}},
		{"a possessor's response was:", "Mayor Jane Holt spoke on Monday. Holt’s response was: “Not now.”",
			[]want{{Kind: "direct", Text: "Not now", Speaker: "Jane Holt", Mention: "Holt"}}},
		{"As X commented:", "Mayor Jane Holt spoke on Monday. As Holt commented: “Time will tell.”",
			[]want{{Kind: "direct", Text: "Time will tell", Speaker: "Jane Holt", Mention: "Holt", Cue: "commented"}}},
		{"a participle calling it", "The council met on Monday. Jane Holt attacked the bill, calling it “a disaster for the city.”",
			[]want{{Kind: "partial", Text: "a disaster", Speaker: "Jane Holt", Mention: "Jane Holt", Cue: "calling"}}},
		{"a participle labeling it", "The council met on Monday. Jane Holt dismissed the report, labeling it “fake news.”",
			[]want{{Kind: "partial", Text: "fake news", Speaker: "Jane Holt", Mention: "Jane Holt", Cue: "labeling"}}},
		{"a partial quotation inside reported speech", "The council met on Monday. Jane Holt announced that the city would be “fully open” by May.",
			[]want{{Kind: "partial", Text: "fully open", Speaker: "Jane Holt", Mention: "Jane Holt", Cue: "announced"}}},
		{"pressed, in a sentence of its own after a question", "The council met on Monday. “Who pays for it?” Jane Holt pressed.",
			[]want{{Kind: "direct", Text: "Who pays", Speaker: "Jane Holt", Mention: "Jane Holt", Cue: "pressed"}}},
		{"shot back: back is a particle, not the verb of backing", "The council met on Monday. “That is false,” Jane Holt shot back.",
			[]want{{Kind: "partial", Text: "That is false", Speaker: "Jane Holt", Mention: "Jane Holt", Cue: "shot"}}}, // package quote's kind
		{"scolded", "The council met on Monday. “You should know better,” Jane Holt scolded.",
			[]want{{Kind: "direct", Text: "You should", Speaker: "Jane Holt", Mention: "Jane Holt", Cue: "scolded"}}},
		{"blurted out", "The council met on Monday. “I did it,” Jane Holt blurted out.",
			[]want{{Kind: "direct", Text: "I did it", Speaker: "Jane Holt", Mention: "Jane Holt", Cue: "blurted"}}},
		{"points out, in the present", "The council met on Monday. “The numbers do not add up,” Holt points out.",
			[]want{{Kind: "partial", Text: "The numbers", Speaker: "Holt", Mention: "Holt", Cue: "points"}}}, // package quote's kind
		{"a memo to employees: the writer, not the employees", "The council met on Monday. Jane Holt wrote in a memo to employees: “Stay home on Friday.”",
			[]want{{Kind: "direct", Text: "Stay home", Speaker: "Jane Holt", Mention: "Jane Holt", Cue: "wrote"}}},
		{"X's claim that …", "The council met on Monday. Jane Holt’s claim that the vote was “rigged” drew criticism.",
			[]want{{Kind: "partial", Text: "rigged", Speaker: "Jane Holt", Mention: "Jane Holt"}}},
		{"her statement said: the owner, not the statement", "Jane Holt spoke on Monday. “We disagree,” her statement said.",
			[]want{{Kind: "direct", Text: "We disagree", Speaker: "Jane Holt", Mention: "her", Cue: "said"}}},
		{"page furniture in capitals names nobody", "Jane Holt spoke on Monday.\n\nARTICLE CONTINUED BELOW\n\n“We disagree,” she said.",
			[]want{{Kind: "direct", Text: "We disagree", Speaker: "Jane Holt", Mention: "she", Cue: "said"}}},
		{"a continuation paragraph keeps its speaker", "“We will rebuild the town,” Jane Holt said on Monday.\n\n“Nobody will be left behind.”",
			[]want{{Kind: "direct", Text: "We will rebuild", Speaker: "Jane Holt", Cue: "said"}, {Kind: "direct", Text: "Nobody will", Speaker: "Jane Holt"}}},
		{"said oil worker Jane Doe", "The council met on Monday. “It was hard,” said oil worker Jane Doe.",
			[]want{{Kind: "direct", Text: "It was hard", Speaker: "Jane Doe", Mention: "oil worker Jane Doe", Cue: "said"}}},
		{"says X's partner, Name", "Tom Hale spoke on Monday. “He was kind,” says Hale’s partner, Ana Ruiz.",
			[]want{{Kind: "direct", Text: "He was kind", Speaker: "Ana Ruiz", Mention: "Hale’s partner, Ana Ruiz", Cue: "says"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, "direct partial", tt.want) })
	}
}
