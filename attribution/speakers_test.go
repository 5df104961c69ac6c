package attribution_test

import (
	"testing"

	"github.com/quotetrace/quotetrace/attribution"
)

// TestSpeakersWithoutVerbOrTitle covers speakers that no reporting verb
// or known title used to name: role nouns, documents, participles,
// conjoined verbs, colons after an object, phrasal verbs and attributions
// after a question.
func TestSpeakersWithoutVerbOrTitle(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"role noun between fragments", "The council met on Monday. “The plan is dead,” the investigator wrote. “Nobody wants it.”",
			[]want{{Kind: "direct", Text: "The plan is dead", Speaker: "investigator", Mention: "the investigator", Type: attribution.Person}}},
		{"descriptive role noun", "The council met on Monday. “The ratings were great,” the billionaire business mogul told reporters.",
			[]want{{Kind: "direct", Text: "The ratings", Speaker: "billionaire business mogul", Mention: "the billionaire business mogul"}}},
		{"document noun", "The council met on Monday. “The mayor should resign,” the editorial said.",
			[]want{{Kind: "direct", Text: "The mayor", Speaker: "editorial", Mention: "the editorial"}}},
		{"a source after the verb", "The council met on Monday. “We will win,” said a source close to the campaign.",
			[]want{{Kind: "direct", Text: "We will win", Speaker: "a source", Mention: "a source"}}},
		{"apposition before a participle", "Mary Stone, the head of the union, wrote to members on Monday, telling them, “We will not back down.”",
			[]want{{Kind: "direct", Text: "We will not", Speaker: "Mary Stone", Mention: "Mary Stone"}}},
		{"same verb twice", "Tom Hale said that Ann Lee is a “good, decent woman,” and said that Bill Fox “melted down last night.”",
			[]want{{Kind: "partial", Text: "good, decent", Speaker: "Tom Hale"}, {Kind: "partial", Text: "melted down", Speaker: "Tom Hale"}}},
		{"hyphenated word is no clause", "On trade, Tom Hale again knocked the U.S.-Chinese talks and said they raised questions about “how we negotiate.”",
			[]want{{Kind: "partial", Text: "how we", Speaker: "Tom Hale"}}},
		{"statement saying", "The council met on Monday. The union issued a statement saying it left “because of the unsafe conditions.”",
			[]want{{Kind: "partial", Text: "because of", Speaker: "union", Mention: "The union"}}},
		{"colon after a statement", "The council met on Monday. The Acme Corporation issued the following statement: “We have done nothing wrong.”",
			[]want{{Kind: "direct", Text: "We have done", Speaker: "Acme Corporation"}}},
		{"phrasal verb", "The council met on Monday. “We have done nothing wrong,” Tom Hale chimed in.",
			[]want{{Kind: "partial", Text: "We have done", Speaker: "Tom Hale", Mention: "Tom Hale"}}}, // quote's kind
		{"phrasal verb with out", "The council met on Monday. “The stock has not done well,” Mr. Hale pointed out.",
			[]want{{Kind: "partial", Text: "The stock", Speaker: "Hale", Mention: "Mr. Hale"}}}, // quote's kind
		{"attribution after a question", "The council met on Monday. “Too forced?” She tweeted when the mayor ended the debate with a joke about the weather and the roads.",
			[]want{{Kind: "direct", Text: "Too forced", Speaker: "She", Mention: "She"}}},
		{"adverb between subject and verb", "The council met on Monday. Tom Hale also made the point that the plan would make it “completely a third term” for the mayor.",
			[]want{{Kind: "partial", Text: "completely", Speaker: "Tom Hale", Mention: "Tom Hale"}}},
		{"noun after of", "The council met on Monday. The panel rated 32% of Republican claims as “false” last year.",
			[]want{{Kind: "partial", Text: "false", Speaker: "panel", Mention: "The panel"}}},
		{"name ending in -ing", "The council met on Monday. Schilling told reporters: “I replied to the post.”",
			[]want{{Kind: "direct", Text: "I replied", Speaker: "Schilling", Mention: "Schilling"}}},
		{"participle after with", "The council met on Monday. The march was calm, with many marchers and spectators chanting “We are one.”",
			[]want{{Kind: "direct", Text: "We are one", Speaker: "marchers and spectators", Mention: "many marchers and spectators"}}},
		{"apposition opening with part", "The council met on Monday. “The race is close,” Republican pollster Jane Doe, part of the survey team, told reporters.",
			[]want{{Kind: "partial", Text: "The race", Speaker: "Jane Doe", Mention: "Republican pollster Jane Doe"}}}, // package quote's kind
		{"phrase between commas naming a place", "Tom Hale, during a town hall meeting in Columbus, Ohio, said he was “going to win.”",
			[]want{{Kind: "partial", Text: "going to win", Speaker: "Tom Hale", Mention: "Tom Hale"}}},
		{"trailing speaker of a quotation of several sentences", "The campaign sent an email on Monday.\n\n“Friend, let me be blunt. We can win. They can't,” the email read.",
			[]want{{Kind: "partial", Text: "Friend", Speaker: "email", Mention: "the email"}}}, // package quote's kind
		{"trailing speaker between fragments, with an auxiliary", "Tom Hale will speak on Monday.\n\n“Until you have sat at that desk, you do not know,” Hale will say. “But she has been in the room.”",
			[]want{{Kind: "direct", Text: "Until you", Speaker: "Tom Hale", Mention: "Hale"}}},
		{"participle opening a sentence is no name", "The council met on Monday. Holding signs calling the mayor “a coward,” the protesters chanted “Resign now.”",
			[]want{{Kind: "partial", Text: "a coward", Speaker: "protesters", Mention: "the protesters"}, {Kind: "direct", Text: "Resign now", Speaker: "protesters"}}},
		{"number opening the phrase after the verb", "The council met on Monday. “We are on schedule,” said 9/11 widow Mary Stone.",
			[]want{{Kind: "direct", Text: "We are on", Speaker: "Mary Stone", Mention: "9/11 widow Mary Stone"}}},
		{"phrase of place after the speaker", "The council met on Monday. “Will he be the next mayor?” a staffer in the room wondered.",
			[]want{{Kind: "direct", Text: "Will he", Speaker: "a staffer", Mention: "a staffer"}}},
		{"parentheses and an apposition opening with another", "The council met on Monday. State Sen. Lee Bright (R), another early supporter, suggested that the mayor was vulnerable on “health care” quotes.",
			[]want{{Kind: "partial", Text: "health care", Speaker: "Lee Bright", Mention: "State Sen. Lee Bright"}}},
		{"participle after an apposition and an adverb", "The council met on Monday. Bush, Florida's former governor, also attacked Tom Hale, with whom he clashed at the debate, calling him a “loser.”",
			[]want{{Kind: "partial", Text: "loser", Speaker: "Bush", Mention: "Bush"}}},
		{"infinitive of speech before a quotation", "The council met on Monday. The debate was so calm that Mr. Hale was prompted to say, “I cannot believe how civil it is.”",
			[]want{{Kind: "direct", Text: "I cannot", Speaker: "Hale", Mention: "Mr. Hale"}}},
		{"trailing cue after two quotations", "The council met on Monday. People should not use words like “maybe” and “perhaps”, he told reporters.",
			[]want{{Kind: "partial", Text: "maybe", Speaker: "he", Mention: "he"}, {Kind: "partial", Text: "perhaps", Speaker: "he", Mention: "he"}}},
		{"release sent out", "The council met on Monday. The Hale campaign sent out a press release saying the mayor owes “an explanation for his votes.”",
			[]want{{Kind: "partial", Text: "an explanation", Speaker: "Hale campaign", Mention: "The Hale campaign"}}},
		{"document noun before its verb", "The council met on Monday. The ad claims “Hale is the leader you can trust.”",
			[]want{{Kind: "direct", Text: "Hale is", Speaker: "ad", Mention: "The ad"}}},
		{"possessive before the quoted words and a noun of speech", "The council met on Monday. Tom Hale’s “47 percent” comment was as dismissive as any.",
			[]want{{Kind: "partial", Text: "47 percent", Speaker: "Tom Hale", Mention: "Tom Hale"}}},
		{"middle initial", "The council met on Monday. “People are angry,” said Chicago Alderman Jason C. Ervin.",
			[]want{{Kind: "direct", Text: "People", Speaker: "Jason C. Ervin", Mention: "Chicago Alderman Jason C. Ervin"}}},
		{"parentheses before a participial clause", "The council met on Monday. But Sen. Richard J. Durbin (D-Ill.), noting the size of the list, said, “Let me tell you, it is long.”",
			[]want{{Kind: "direct", Text: "Let me", Speaker: "Richard J. Durbin", Mention: "Sen. Richard J. Durbin"}}},
		{"another as subject", "The council met on Monday. Yet another said, “Hale is in a five-person battle.”",
			[]want{{Kind: "direct", Text: "Hale is", Speaker: "another", Mention: "another"}}},
		{"trailing cue after a quotation ending with its comma", "The council met on Monday. The program was a “good thing” that yielded “frankly good information,” he remarked.",
			[]want{{Kind: "partial", Text: "good thing", Speaker: "he", Mention: "he"}, {Kind: "partial", Text: "frankly", Speaker: "he", Mention: "he"}}},
		{"horizontal bar", "The council met on Monday.\n\n“We have done nothing wrong.” ― Jane Smith",
			[]want{{Kind: "direct", Text: "We have", Speaker: "Jane Smith", Mention: "Jane Smith"}}},
		{"dash on a line of its own", "The council met on Monday.\n\n“We have done nothing wrong.”\n― Jane Smith",
			[]want{{Kind: "direct", Text: "We have", Speaker: "Jane Smith", Mention: "Jane Smith"}}},
		{"title of a ministry before the name", "The council met on Monday. “We will appeal,” said Minister of Innovation Jane Smith.",
			[]want{{Kind: "direct", Text: "We will", Speaker: "Jane Smith", Mention: "Minister of Innovation Jane Smith"}}},
		{"title of a ministry alone is a role", "The council met on Monday. “We will appeal,” the Minister of Innovation said.",
			[]want{{Kind: "direct", Text: "We will", Speaker: "Minister of Innovation", Mention: "the Minister of Innovation"}}},
		{"header in capitals names nobody", "Jane Smith spoke on Monday. BREAKING NEWS UPDATE. “We will appeal,” she said.",
			[]want{{Kind: "direct", Text: "We will", Speaker: "Jane Smith", Mention: "she"}}},
		{"page furniture names nobody", "Jane Smith spoke on Monday.\n\nArticle continues below\n\n“We will appeal,” she said.",
			[]want{{Kind: "direct", Text: "We will", Speaker: "Jane Smith", Mention: "she"}}},
		{"possessive pronoun before a document", "Jane Smith resigned on Monday. “We have done nothing wrong,” her statement said.",
			[]want{{Kind: "direct", Text: "We have", Speaker: "Jane Smith", Mention: "her"}}},
		{"document sent to someone", "The council met on Monday. Tom Hale's email to his supporters notes that the mayor “is a civil rights lawyer.”",
			[]want{{Kind: "partial", Text: "is a civil", Speaker: "Tom Hale", Mention: "Tom Hale"}}},
		{"verb of the table", "The council met on Monday. Tom Hale bemoaned a climate in which people “literally hate each other.”",
			[]want{{Kind: "partial", Text: "literally", Speaker: "Tom Hale"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, "direct partial", tt.want) })
	}
}

// TestHeadlineSpeakers covers words a headline quotes with no cue: they
// are the words of the one the headline names.
func TestHeadlineSpeakers(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"name says", "Jane Smith Says City Will Tell of ‘Pain and Delight’\n\nThe mayor, Jane Smith, opened the museum on Saturday.",
			[]want{{Kind: "partial", Text: "Pain and", Speaker: "Jane Smith", Mention: "Jane Smith"}}},
		{"name and colon", "Smith: Voters don’t want ‘him as their boss’\n\nJane Smith spoke at a rally on Thursday.",
			[]want{{Kind: "partial", Text: "him as", Speaker: "Jane Smith", Mention: "Smith"}}},
		{"says closing the headline", "Council ‘The Dealmaker’ Could Fix Roads, Jane Smith Says\n\nJane Smith spoke at a rally on Thursday.",
			[]want{{Kind: "partial", Text: "The Dealmaker", Speaker: "Jane Smith", Mention: "Jane Smith"}}},
		{"first paragraph in title case", "Jane Smith Calls The Attack ‘A Disgrace.’\n\nJane Smith spoke at a rally on Thursday.",
			[]want{{Kind: "partial", Text: "A Disgrace", Speaker: "Jane Smith", Mention: "Jane Smith"}}},
		{"sentence case: an infinitive after the name", "Holt to cast budget as ‘a fresh start’ for the city.\n\nMayor Jane Holt spoke at a rally on Thursday.",
			[]want{{Kind: "partial", Text: "a fresh", Speaker: "Jane Holt", Mention: "Holt"}}},
		{"sentence case: a colon after the name", "Holt: Time for ‘a fresh start’ on the roads.\n\nMayor Jane Holt spoke at a rally on Thursday.",
			[]want{{Kind: "partial", Text: "a fresh", Speaker: "Jane Holt", Mention: "Holt"}}},
		{"sentence case: a label before the colon", "The Latest: Holt wants ‘a fresh start’ on the roads.\n\nMayor Jane Holt spoke at a rally on Thursday.",
			[]want{{Kind: "partial", Text: "a fresh", Speaker: "Jane Holt", Mention: "Holt"}}},
		{"sentence case: no verb after the phrase", "Roads, ‘potholes’ and the city budget.\n\nMayor Jane Holt spoke at a rally on Thursday.",
			[]want{{Kind: "partial", Text: "potholes"}}},
		{"name on a topic, then a colon", "Radio Host Jane Holt on Harbor Deal: ‘Unfair,’ ‘Costly.’\n\nJane Holt spoke on her show on Thursday.",
			[]want{{Kind: "partial", Text: "Unfair", Speaker: "Jane Holt", Mention: "Radio Host Jane Holt"}, {Kind: "partial", Text: "Costly", Speaker: "Jane Holt", Mention: "Radio Host Jane Holt"}}},
		{"possessive before the name", "WXYZ’s Jane Holt on Harbor Deal: ‘Unfair.’\n\nJane Holt spoke on her show on Thursday.",
			[]want{{Kind: "direct", Text: "Unfair", Speaker: "Jane Holt", Mention: "WXYZ’s Jane Holt"}}},
		{"heading of a list item in title case", "Ten women spoke up this year.\n\n3\n\nJane Holt Asked Voters To “Show Up.”\n\nThe mayor spoke at a rally on Thursday.",
			[]want{{Kind: "partial", Text: "Show Up", Speaker: "Jane Holt", Mention: "Jane Holt"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, "direct partial", tt.want) })
	}
}

// TestRoleOfAnotherCountry covers a role naming a country that the person
// found by the role's head word is not described with.
func TestRoleOfAnotherCountry(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"another country", "EU Council president Anna Berg spoke on Monday. The Russian president said the idea was “obsolete.”",
			[]want{{Kind: "partial", Text: "obsolete", Speaker: "Russian president", Mention: "The Russian president"}}},
		{"the same country by its demonym", "U.S. President Joe Smith spoke on Monday. The American president said the idea was “obsolete.”",
			[]want{{Kind: "partial", Text: "obsolete", Speaker: "Joe Smith", Mention: "The American president"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, "direct partial", tt.want) })
	}
}

// TestTranscriptLines covers a transcript line that names its speaker in
// capitals before a colon at the start of its paragraph.
func TestTranscriptLines(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"label naming a person of the article", "Mayor Jane Holt spoke to the host on Sunday.\n\n\"HOLT: We will see. The budget comes first.\"",
			[]want{{Kind: "direct", Text: "HOLT: We will see", Speaker: "Jane Holt", Mention: "HOLT", Type: attribution.Person, Cue: ":", MentionAt: 47}}},
		{"label opening several turns", "The mayor spoke on Sunday.\n\n\"MORROW: Will you run again?\"\n\n\"HOLT: We will see.\"\n\n\"MORROW: Is that a yes?\"",
			[]want{
				{Kind: "direct", Text: "MORROW: Will", Speaker: "Morrow", Mention: "MORROW", Cue: ":"},
				{Kind: "direct", Text: "HOLT: We"},
				{Kind: "direct", Text: "MORROW: Is", Speaker: "Morrow", Mention: "MORROW", Cue: ":"},
			}},
		{"a heading once is no speaker", "The mayor spoke on Sunday. \"We will see,\" she said.\n\nCORRECTION: An earlier version misstated the \"date of the vote.\"",
			[]want{{Kind: "direct", Text: "We will see", Speaker: "she", Mention: "she"}, {Kind: "partial", Text: "date of"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, "direct partial", tt.want) })
	}
}

// TestSpeakerEmployer covers an outlet named with the speaker: it is the
// speaker's employer, not an outlet the words were relayed through.
func TestSpeakerEmployer(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"possessive outlet before a journalist", "The debate was held on Sunday. “Will you accept the result?” NBC’s Jane Holt asked.",
			[]want{{Kind: "direct", Text: "Will you", Speaker: "Jane Holt", Mention: "NBC’s Jane Holt", Outlet: "NBC News", Relation: attribution.Reported, Employer: true, Cue: "asked"}}},
		{"outlet and role before a name", "The debate was held on Sunday. Fox News host Jane Holt said the plan was “a mess.”",
			[]want{{Kind: "partial", Text: "a mess", Speaker: "Jane Holt", Mention: "Fox News host Jane Holt", Outlet: "Fox News", Relation: attribution.Reported, Employer: true, Cue: "said"}}},
		{"told the outlet's journalist is told", "The debate was held on Sunday. “We will win,” Tom Reyes told NBC’s Jane Holt.",
			[]want{{Kind: "direct", Text: "We will win", Speaker: "Tom Reyes", Mention: "Tom Reyes", Outlet: "NBC News", Relation: attribution.Told, Cue: "told"}}},
		{"a name of the outlet", "The debate was held on Sunday. Jane Holt of Reuters said the plan was “a mess.”",
			[]want{{Kind: "partial", Text: "a mess", Speaker: "Jane Holt", Mention: "Jane Holt", Outlet: "Reuters", Relation: attribution.Reported, Employer: true, Cue: "said"}}},
		{"a name at the outlet, the cue after the words", "The debate was held on Sunday. The plan is “a mess,” Jane Holt at Politico reports.",
			[]want{{Kind: "partial", Text: "a mess", Speaker: "Jane Holt", Mention: "Jane Holt", Outlet: "Politico", Relation: attribution.Reported, Employer: true, Cue: "reports"}}},
		{"a role for the outlet", "The debate was held on Sunday. A reporter for Reuters said the plan was “a mess.”",
			[]want{{Kind: "partial", Text: "a mess", Speaker: "A reporter", Mention: "A reporter", Outlet: "Reuters", Relation: attribution.Reported, Employer: true, Cue: "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, "direct partial", tt.want) })
	}
}

// TestSpeakerConstructions covers the constructions that gave quotations
// a wrong speaker or another attribution's mention: each quotation's
// speaker, the mention of its own attribution (by its offset), its cue
// and its outlet.
func TestSpeakerConstructions(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		// A second attribution has its own mention.
		{"a new sentence with its own verb after a split quotation", "Tom Hale spoke on Monday. “Nobody is hurt,” he wrote. “It was a close call.” He added: “We will rebuild.”",
			[]want{
				{Kind: "direct", Text: "Nobody is hurt", Speaker: "Tom Hale", Mention: "he", Cue: "wrote", MentionAt: 48},
				{Kind: "direct", Text: "We will rebuild", Speaker: "Tom Hale", Mention: "He", Cue: "added", MentionAt: 85},
			}},
		{"quoted words in a sentence with its own verb, then another", "Tom Hale spoke on Monday. He says he respects the mayor and calls her “a smart woman.” He adds, “Things get heated.”",
			[]want{
				{Kind: "partial", Text: "a smart woman", Speaker: "Tom Hale", Mention: "He", Cue: "says", MentionAt: 26},
				{Kind: "direct", Text: "Things get", Speaker: "Tom Hale", Mention: "He", Cue: "adds", MentionAt: 91},
			}},
		{"a later verb whose words follow it takes no words before it", "Jane Doe spoke on Monday. She often speaks of breaking “that glass ceiling” by being elected, and she tells audiences that “it is time.”",
			[]want{
				{Kind: "partial", Text: "that glass", Speaker: "Jane Doe", Mention: "She", MentionAt: 26},
				{Kind: "partial", Text: "it is time", Speaker: "Jane Doe", Mention: "she", Cue: "tells", MentionAt: 102},
			}},
		// A quotation paragraph with no attribution continues the one
		// before, whose mention it keeps.
		{"continuation paragraph", "Tom Hale spoke on Monday. “We will rebuild,” he said.\n\n“The money is there.”",
			[]want{
				{Kind: "direct", Text: "We will rebuild", Speaker: "Tom Hale", Mention: "he", Cue: "said", MentionAt: 49},
				{Kind: "direct", Text: "The money", Speaker: "Tom Hale", Mention: "he", MentionAt: 49},
			}},
		// The name before a participle after "of".
		{"participle after of and a name", "Tom Hale spoke on Monday. The crowd cheered a clip of Abraham Lincoln saying that “you can fool some of the people.”",
			[]want{{Kind: "partial", Text: "you can fool", Speaker: "Abraham Lincoln", Mention: "Abraham Lincoln", Cue: "saying"}}},
		{"participle after of and a name, in a question", "Tom Hale spoke on Monday. What do you think of Jane Doe privately saying “pray for him”?",
			[]want{{Kind: "partial", Text: "pray for", Speaker: "Jane Doe", Mention: "Jane Doe", Cue: "saying"}}},
		// A time between the subject and its verb.
		{"referred to her as, after a time phrase and another verb", "Jane Doe covers the campaign. Tom Hale in the past has called out Doe by name, and has referred to her as “Little Jane, third-rate reporter.”",
			[]want{{Kind: "partial", Text: "Little Jane", Speaker: "Tom Hale", Mention: "Tom Hale", Cue: "referred"}}},
		{"continuation after another person's sentence goes to that person", "Tom Hale spoke on Monday. “We will win,” Hale said. Jane Doe disagreed.\n\n“The vote is ours, not his.”",
			[]want{
				{Kind: "direct", Text: "We will win", Speaker: "Tom Hale", Mention: "Hale", Cue: "said"},
				{Kind: "direct", Text: "The vote", Speaker: "Jane Doe", Mention: "Jane Doe", MentionAt: 56},
			}},
		{"quotation paragraph after a paragraph introducing the speaker", "Tom Hale spoke on Monday.\n\nOn July 6, Jane Doe made the following comment:\n\n“The vote is ours.”",
			[]want{{Kind: "direct", Text: "The vote", Speaker: "Jane Doe", Mention: "Jane Doe"}}},
		// A name and the place or body the person is of: the person
		// speaks, and "he" is the person after.
		{"a senator of a state", "The bill passed on Monday. Senator Ted Cruz of Texas called it “a disgrace.” He added, “We will repeal it.”",
			[]want{
				{Kind: "partial", Text: "a disgrace", Speaker: "Ted Cruz", Mention: "Senator Ted Cruz", Cue: "called"},
				{Kind: "direct", Text: "We will repeal", Speaker: "Ted Cruz", Mention: "He", Cue: "added"},
			}},
		{"a name of an institution", "The bill passed on Monday. “It is a tax cut for the rich,” said Mr. Len Burman of the Tax Policy Center.",
			[]want{{Kind: "direct", Text: "It is a tax", Speaker: "Len Burman", Mention: "Mr. Len Burman", Cue: "said"}}},
		{"a name of an institution before the verb", "The bill passed on Monday. Amy Glasmeier of the Massachusetts Institute of Technology said it was “a tax cut.”",
			[]want{{Kind: "partial", Text: "a tax cut", Speaker: "Amy Glasmeier", Mention: "Amy Glasmeier", Cue: "said"}}},
		{"a body named with of", "The bill passed on Monday. The Republican Party of Wyoming said it was “a tax cut.”",
			[]want{{Kind: "partial", Text: "a tax cut", Speaker: "Republican Party of Wyoming", Mention: "The Republican Party of Wyoming", Type: attribution.Organization, Cue: "said"}}},
		{"a body named with for and and", "The bill passed on Monday. The Centers for Disease Control and Prevention called it “a tax cut.”",
			[]want{{Kind: "partial", Text: "a tax cut", Speaker: "Centers for Disease Control and Prevention", Type: attribution.Organization, Cue: "called"}}},
		// A common word capitalized because it opens the sentence is no
		// name.
		{"an adverb before the name", "The bill passed on Monday. Even Lindsey Graham called it “a tax cut.”",
			[]want{{Kind: "partial", Text: "a tax cut", Speaker: "Lindsey Graham", Mention: "Even Lindsey Graham", Type: attribution.Person, Cue: "called"}}},
		{"a pronoun for people opening the sentence", "The bill passed on Monday. Others called it “a tax cut.”",
			[]want{{Kind: "partial", Text: "a tax cut", Speaker: "Others", Mention: "Others", Type: attribution.Group, Cue: "called"}}},
		{"a title of a body is no name", "The bill passed on Monday. The Secretary of State said it was “a tax cut.”",
			[]want{{Kind: "partial", Text: "a tax cut", Speaker: "Secretary of State", Mention: "The Secretary of State", Cue: "said"}}},
		// A descriptor before the name.
		{"occupation before the name", "The plant closed in May. “We lost everything,” said oil worker Jane Doe.",
			[]want{{Kind: "direct", Text: "We lost", Speaker: "Jane Doe", Mention: "oil worker Jane Doe", Cue: "said"}}},
		{"descriptor, then the name after a comma", "The plant closed in May. “He was a good man,” says the victim’s partner, Jane Doe.",
			[]want{{Kind: "direct", Text: "He was", Speaker: "Jane Doe", Mention: "the victim’s partner, Jane Doe", Cue: "says"}}},
		{"descriptor, then a day, names no one", "The plant closed in May. “He was a good man,” said a spokesman, Tuesday.",
			[]want{{Kind: "direct", Text: "He was", Speaker: "a spokesman", Mention: "a spokesman", Cue: "said"}}},
		// A cue in a clause that opens the sentence is not the main
		// clause's.
		{"verb in a leading clause, quotation in the main one", "Tom Hale spoke on Monday. After Hale said the city would sue, Jane Doe called the idea “a joke.”",
			[]want{{Kind: "partial", Text: "a joke", Speaker: "Jane Doe", Mention: "Jane Doe"}}},
		{"verb in a leading clause, the same speaker's after it", "Tom Hale spoke on Monday. When Hale was asked about the suit, he said: “We will win.”",
			[]want{{Kind: "direct", Text: "We will win", Speaker: "Tom Hale", Mention: "he", Cue: "said"}}},
		// The owner of a noun of speech before the quotation.
		{"possessive pronoun before a noun of speech and that", "Tom Hale spoke on Monday. The union is unlikely to back Jane Doe after her March comment that, “We will close the mines.”",
			[]want{{Kind: "direct", Text: "We will close", Speaker: "Jane Doe", Mention: "her"}}},
		{"possessive pronoun before a noun of speech and to be", "Tom Hale spoke on Monday. Hale's past statements, including his promise to be “neutral,” worried the council.",
			[]want{{Kind: "partial", Text: "neutral", Speaker: "Tom Hale", Mention: "his"}}},
		{"a possessive pronoun with no one named before it gives no speaker", "Tom Hale spoke on Monday. Her plan promises to “lift up the workforce.”",
			[]want{{Kind: "partial", Text: "lift up"}}},
		// The subject of the clause a colon ends.
		{"colon after a clause with no cue", "Tom Hale spoke on Monday. Jane Doe also forwarded Ann a message with a request she often made to Bo Lee: “Pls print.”",
			[]want{{Kind: "direct", Text: "Pls print", Speaker: "Jane Doe", Mention: "Jane Doe"}}},
		// A subject before parentheses.
		{"subject before parentheses, after a leading clause", "Tom Hale spoke on Monday. And after the court refused to act, Gov. Jane Doe (R) blamed the court's “four liberal justices who blocked our sensible laws.”",
			[]want{{Kind: "partial", Text: "four liberal", Speaker: "Jane Doe", Mention: "Gov. Jane Doe"}}},
		// The subject of the sentence before, past a relative clause.
		{"quotation after a sentence whose subject has a relative clause", "Tom Hale spoke on Monday. “We are ready,” Hale said.\n\nSen. Jane Doe (Vt.), who lost the primaries to Hale, named bigotry as a reason to vote. “The young are sick of it.”",
			[]want{
				{Kind: "direct", Text: "We are ready", Speaker: "Tom Hale", Mention: "Hale", Cue: "said"},
				{Kind: "direct", Text: "The young", Speaker: "Jane Doe", Mention: "Sen. Jane Doe"},
			}},
		// A pronoun does not point at a person of the other sex.
		{"he skips a woman named with Ms.", "Mr. Hale met reporters on Monday. “We are done,” Mr. Hale said. Ms. Doe, his rival, called the plan “a mess.” “It is alive,” he said.",
			[]want{
				{Kind: "direct", Text: "We are done", Speaker: "Hale", Mention: "Mr. Hale", Cue: "said"},
				{Kind: "partial", Text: "a mess", Speaker: "Doe", Mention: "Ms. Doe", Cue: "called"},
				{Kind: "partial", Text: "It is alive", Speaker: "Hale", Mention: "he", Cue: "said", MentionAt: 137},
			}},
		{"she skips a man named with his title", "Mrs. Doe met reporters on Monday. “We are done,” Mrs. Doe said. Congressman Tom Hale called the plan “a mess.” “It is alive,” she said.",
			[]want{
				{Kind: "direct", Text: "We are done", Speaker: "Doe", Mention: "Mrs. Doe", Cue: "said"},
				{Kind: "partial", Text: "a mess", Speaker: "Tom Hale", Mention: "Congressman Tom Hale", Cue: "called"},
				{Kind: "partial", Text: "It is alive", Speaker: "Doe", Mention: "she", Cue: "said", MentionAt: 138},
			}},
		// An apposition opening with a modifier before a title.
		{"apposition opening with former before a title", "The vote is near. Ana Ruiz, former head of the state party and a descendant of Cuban cigar-makers, says the county is “a microcosm of the state.”",
			[]want{{Kind: "partial", Text: "a microcosm", Speaker: "Ana Ruiz", Mention: "Ana Ruiz", Cue: "says"}}},
		{"apposition holding a show's title in marks", "The vote is near. Sam Hale, a contestant on the TV show “The Contest,” who went on to work for the mayor, said his boss was “always kind.”",
			[]want{{Kind: "partial", Text: "always kind", Speaker: "Sam Hale", Mention: "Sam Hale", Cue: "said"}}},
		{"a modifier before a group is no apposition", "The vote is near. In Texas, state officials said the county is “a microcosm.”",
			[]want{{Kind: "partial", Text: "a microcosm", Speaker: "state officials", Mention: "state officials", Cue: "said"}}},
		// Words that open a sentence are no names.
		{"participle opening the sentence", "Tom Hale spoke on Monday. Having lost the vote, “we will try again,” he said.",
			[]want{{Kind: "partial", Text: "we will", Speaker: "Tom Hale", Mention: "he", Cue: "said"}}},
		{"adverb opening the sentence", "Tom Hale spoke on Monday. Currently, “nobody knows,” the mayor said.",
			[]want{{Kind: "partial", Text: "nobody", Speaker: "mayor", Mention: "the mayor", Cue: "said"}}},
		{"adverb opening the sentence before the pronoun's", "Tom Hale spoke on Monday. Too many people voted no. “We will try again,” he said.",
			[]want{{Kind: "direct", Text: "We will", Speaker: "Tom Hale", Mention: "he", Cue: "said"}}},
		{"a day after the subject is no name", "The council met on Monday. The mayor Wednesday called the plan “a failure.”",
			[]want{{Kind: "partial", Text: "a failure", Speaker: "mayor", Mention: "The mayor"}}},
		{"a month that is a name stays one", "The council met on Monday. “We will win,” said Jane May.",
			[]want{{Kind: "direct", Text: "We will win", Speaker: "Jane May", Mention: "Jane May", Cue: "said"}}},
		{"a place is no person", "Tom Hale spoke in Ottawa on Monday. Ottawa has been hit hard. “We will try again,” he said.",
			[]want{{Kind: "direct", Text: "We will", Speaker: "Tom Hale", Mention: "he", Cue: "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, "direct partial", tt.want) })
	}
}
