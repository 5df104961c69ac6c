package attribution_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/quote"
)

// reported is what a careful reader says of one piece of reported speech:
// its words, whole, who said them (the resolved name and the words that
// name the speaker here), the cue and the outlet.
type reported struct {
	Text    string
	Speaker string
	Mention string
	Cue     string
	Outlet  string
}

// checkReported attributes text and compares its reported speech with
// want, in order.
func checkReported(t *testing.T, text string, want []reported) {
	t.Helper()
	res := attribution.New(attribution.Options{}).AttributeText(text)
	var got []reported
	for _, a := range res.Quotes {
		if a.Quote.Kind != quote.Indirect {
			continue
		}
		r := reported{Text: a.Quote.Text}
		if a.Speaker != nil {
			r.Speaker, r.Mention = a.Speaker.Name, a.Speaker.Mention
		}
		if a.Cue != nil {
			r.Cue = a.Cue.Text
		}
		if a.Outlet != nil {
			r.Outlet = a.Outlet.Outlet
		}
		got = append(got, r)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%q:\nreported speech differs (-want +got):\n%s", text, diff)
	}
}

func TestReportedSpeech(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []reported
	}{
		{"a short object", "On Friday, Senator Jane Moore endorsed Mr. Brown.",
			[]reported{{"Mr. Brown", "Jane Moore", "Senator Jane Moore", "endorsed", ""}}},
		{"a pronoun object", "The mayor denied it.",
			[]reported{{"it", "mayor", "The mayor", "denied", ""}}},
		// A short sentence after a quotation is its attribution only when
		// it reports nothing of its own ("“…” Trump said.").
		// A common word that opens the sentence is no name: the document,
		// not a person named Polls; "he" then points at the person.
		{"a document noun opening the sentence", "John Doe spoke on Monday. Polls show that voters trust the mayor. He said the vote would be close.",
			[]reported{{"voters trust the mayor", "Polls", "Polls", "show", ""}, {"the vote would be close", "John Doe", "He", "said", ""}}},
		// A question put to someone: the question, not the one asked.
		{"a question after the one asked", "Jane Doe of The Intercept asked Clinton on Friday whether she would release the transcripts.",
			[]reported{{"whether she would release the transcripts", "Jane Doe", "Jane Doe", "asked", "The Intercept"}}},
		{"a relative clause is no question", "The senator attacked critics who called the remarks sexist.",
			[]reported{{"critics who called the remarks sexist", "senator", "The senator", "attacked", ""}}},
		// Words before the cue, with the one told, when and where after it.
		{"words before a cue with its listener", "The union will sit out the election, Phil Smith told Politico earlier this week.",
			[]reported{{"The union will sit out the election", "Phil Smith", "Phil Smith", "told", "Politico"}}},
		{"words before a cue with the occasion", "The ministry was shocked by the reaction, Jane Doe said in an interview later.",
			[]reported{{"The ministry was shocked by the reaction", "Jane Doe", "Jane Doe", "said", ""}}},
		{"words before a cue with a document", "The state was doing what 40 states already do, Mr. Schuette told the court in his filing.",
			[]reported{{"The state was doing what 40 states already do", "Schuette", "Mr. Schuette", "told", ""}}},
		{"a cue after a quotation with words of its own", "The law covers “sexual orientation and gender identity.” Cruz says he isn’t familiar with the details.",
			[]reported{{"he isn’t familiar with the details", "Cruz", "Cruz", "says", ""}}},
		{"stance within reported words is no second report", "The governor said voters want a candidate who will fix the roads.",
			[]reported{{"voters want a candidate who will fix the roads", "governor", "The governor", "said", ""}}},
		{"a verb of rejecting", "The council rejected the plan to close the library on weekends.",
			[]reported{{"the plan to close the library on weekends", "council", "The council", "rejected", ""}}},
		{"a verb of attacking", "Senator Jane Moore blasted the agency for its slow response to the floods.",
			[]reported{{"the agency for its slow response to the floods", "Jane Moore", "Senator Jane Moore", "blasted", ""}}},
		{"ends before a clause of its own cue", "Most parents oppose longer school days, a new survey shows.",
			[]reported{
				{"Most parents oppose longer school days", "new survey", "a new survey", "shows", ""},
				{"longer school days", "parents", "Most parents", "oppose", ""},
			}},
		{"ends before the speaker's next verb", "The mayor said the bridge would close in May and warned drivers to plan other routes.",
			[]reported{
				{"the bridge would close in May", "mayor", "The mayor", "said", ""},
				{"to plan other routes", "mayor", "The mayor", "warned", ""},
			}},
		{"a coordinated verb of the inner clause stays in", "The Guardian reported that the mayor is open to a deal but rules out new taxes and wants a vote first.",
			[]reported{
				{"the mayor is open to a deal but rules out new taxes and wants a vote first", "The Guardian", "The Guardian", "reported", "The Guardian"},
			}},
		{"ends before when", "The minister said the talks had failed, when asked about the border dispute.",
			[]reported{{"the talks had failed", "minister", "The minister", "said", ""}, {"the border dispute", "", "", "asked", ""}}},
		{"a relative clause stays in", "The minister said the bridge would cost $5 billion, which is more than the city spends in a year.",
			[]reported{{"the bridge would cost $5 billion, which is more than the city spends in a year", "minister", "The minister", "said", ""}}},
		{"pointed out that", "Ms. Moore pointed out that the museum had never been closed on a Sunday.",
			[]reported{{"the museum had never been closed on a Sunday", "Moore", "Ms. Moore", "pointed", ""}}},
		{"focused on", "The senator focused on the cost of the new bridge.",
			[]reported{{"the cost of the new bridge", "senator", "The senator", "focused", ""}}},
		{"ends before a participle of saying", "The union said the plant would close next year, claiming the owners had lied to workers.",
			[]reported{
				{"the plant would close next year", "union", "The union", "said", ""},
				{"the owners had lied to workers", "union", "The union", "claiming", ""},
			}},
		{"offered", "The company offered to pay for two more years of training for its workers.",
			[]reported{{"to pay for two more years of training for its workers", "company", "The company", "offered", ""}}},
		{"a progressive verb", "The White House is saying the new tariffs will lower prices.",
			[]reported{{"the new tariffs will lower prices", "White House", "The White House", "saying", ""}}},
		{"a progressive call for", "Senator Jane Moore is calling for an inquiry into the contract.",
			[]reported{{"an inquiry into the contract", "Jane Moore", "Senator Jane Moore", "calling", ""}}},
		{"a negated stance", "The mayor does not want a new stadium downtown.",
			[]reported{{"a new stadium downtown", "mayor", "The mayor", "want", ""}}},
		{"a stance with a modal", "Mr. Brown will not support the budget cuts proposed by the council.",
			[]reported{{"the budget cuts proposed by the council", "Brown", "Mr. Brown", "support", ""}}},
		{"ends before a clause with its own subject", "The judge found the order unlawful, the governor appealed the ruling and the court stepped in.",
			[]reported{{"the order unlawful", "judge", "The judge", "found", ""}}},
		{"a subordinate clause keeps its main clause", "The mayor said that if the vote fails, the city will sell the stadium.",
			[]reported{{"if the vote fails, the city will sell the stadium", "mayor", "The mayor", "said", ""}}},
		{"words before the speaker start after but", "The pay is good, but it was not the money that kept her there, Ms. Moore said.",
			[]reported{{"it was not the money that kept her there", "Moore", "Ms. Moore", "said", ""}}},
		{"words before the speaker start after a semicolon", "Prices rose; the central bank raised rates twice last year, officials said.",
			[]reported{{"the central bank raised rates twice last year", "officials", "officials", "said", ""}}},
		{"a parenthesis: the words on both sides", "This election, she says, is different from the last one.",
			[]reported{{"This election is different from the last one", "she", "she", "says", ""}}},
		{"a parenthesis before because: the speaker's reason", "The plan will fail, the mayor said, because the city has no money left.",
			[]reported{{"The plan will fail because the city has no money left", "mayor", "the mayor", "said", ""}}},
		{"a parenthesis before but", "The plan may fail, she says, but the city will try it anyway.",
			[]reported{{"The plan may fail but the city will try it anyway", "she", "she", "says", ""}}},
		{"a parenthesis after a relative pronoun", "The square is near the old market, which, Ms. Moore said, is crowded on Saturdays.",
			[]reported{{"which is crowded on Saturdays", "Moore", "Ms. Moore", "said", ""}}},
		{"an inverted parenthesis", "The economy, said the minister, would grow by three percent next year.",
			[]reported{{"The economy would grow by three percent next year", "minister", "the minister", "said", ""}}},
		{"an attack after a name is a noun", "The Brown attack hurt the governor more than the others did.", nil},
		{"attacks after a determiner and a name are a noun", "After the Denver attacks, the mayor said the city would hire more officers.",
			[]reported{{"the city would hire more officers", "mayor", "the mayor", "said", ""}}},
		{"support after a possessive and a name is a noun", "His Republican support remains solid in the polls.", nil},
		{"support after two names joined by and is a verb", "Germany and France support the new treaty.",
			[]reported{{"the new treaty", "Germany and France", "Germany and France", "support", ""}}},
		{"an agent after a participle is no object", "The judge, who was nominated by the governor and confirmed by the state senate in the spring of 2014, took office in May.", nil},
		{"a means after a verb is no object", "The city council responded by cutting the budget for parks and libraries across the county.", nil},
		{"a particle that makes another verb", "After a week of protests, the governor backed down.", nil},
		{"the words end before the speaker's own said", "The chairman declined to name the new members of the board but said one was a former mayor.",
			[]reported{{"to name the new members of the board", "chairman", "The chairman", "declined", ""}, {"one was a former mayor", "chairman", "The chairman", "said", ""}}},
		{"the words end before the speaker's own has called for", "The senator questions the cost of the new bridge and has called for a vote on it next spring.",
			[]reported{{"the cost of the new bridge", "senator", "The senator", "questions", ""}}},
		{"an object with a comma between two words of its noun", "The governor promised a long, difficult review of the agency.",
			[]reported{{"a long, difficult review of the agency", "governor", "The governor", "promised", ""}}},
		{"an abbreviation's full stop inside an object", "The mayor thanked Gov. Ann Lee on Aug. 17 for sending the state police to the city.",
			[]reported{{"Gov. Ann Lee on Aug. 17 for sending the state police to the city", "mayor", "The mayor", "thanked", ""}}},
		{"a date with an abbreviated month before that", "The governor said on Sept. 3 that the plan would fail.",
			[]reported{{"the plan would fail", "governor", "The governor", "said", ""}}},
		{"advised: its object is the one advised", "Ann Price, a lawyer who advised Mayor Brown on the stadium deal, spoke first.", nil},
		{"the reader is no speaker: a question", "Do you support the new stadium plan? Tell us in the comments below.", nil},
		{"the reader is no speaker: you know", "You know, the people who fixed the roads last summer deserve a raise.", nil},
		{"a long place of saying before that", "The governor said during a taping of a radio call-in show in Albany, New York, that the state would cut taxes.",
			[]reported{{"the state would cut taxes", "governor", "The governor", "said", ""}}},
		{"a place of saying before a comma", "The governor said in a statement, the state would cut taxes next year.",
			[]reported{{"the state would cut taxes next year", "governor", "The governor", "said", ""}}},
		{"a byline reports nothing", "Ann Price reports for the Harbor Daily News; Tom Reyes writes for The Lakeside Courier.", nil},
		{"press after a noun is a noun", "The mayor held an election night press conference in the old city hall.", nil},
		{"find with a noun phrase names what was found", "The league could not find a new sponsor for the spring tournament.", nil},
		{"recognized with a noun phrase names whom", "On the train, no other rider recognized the former governor.", nil},
		{"recognized with a clause reports it", "The governor recognized that the new tax had hurt small farms.",
			[]reported{{"the new tax had hurt small farms", "governor", "The governor", "recognized", ""}}},
		{"a speaker's apposition is no words of a parenthesis", "Steel prices will rise again, said Tom Reyes, a senior trader at Harbor Metals.",
			[]reported{{"Steel prices will rise again", "Tom Reyes", "Tom Reyes", "said", ""}}},
		{"a speaker's apposition headed by a title", "Voters are angry about the tax, said Tom Reyes, the party chairman in Ohio.",
			[]reported{{"Voters are angry about the tax", "Tom Reyes", "Tom Reyes", "said", ""}}},
		{"a verb after a quotation reports no words after it", "“We will win this county,” said the campaign flyer handed to voters.", nil},
		{"a participle after a quotation reports its own words", "The mayor called the plan “a start,” saying the city would add more bus lanes.",
			[]reported{{"the city would add more bus lanes", "mayor", "The mayor", "saying", ""}}},
		{"according to before an apposition with a relative clause", "The district needs two more judges, according to Ann Price, a lawyer who has worked there for years.",
			[]reported{{"The district needs two more judges", "Ann Price", "Ann Price", "according to", ""}}},
		{"according to after a conjunction", "But, according to the survey, most voters remain undecided.",
			[]reported{{"most voters remain undecided", "survey", "the survey", "according to", ""}}},
		{"according to after a colon", "The shift is plain: According to recent polls, the governor holds a wide lead.",
			[]reported{{"the governor holds a wide lead", "recent polls", "recent polls", "According to", ""}}},
		{"according to past words that describe the source", "According to the officer in charge of the base that night, the order was never given.",
			[]reported{{"the order was never given", "officer", "the officer", "According to", ""}}},
		{"according to after two joined clauses: the whole sentence", "Party leaders will pick the delegates on Saturday, and the mayor is sure to be left out, according to two officials.",
			[]reported{{"Party leaders will pick the delegates on Saturday, and the mayor is sure to be left out", "two officials", "two officials", "according to", ""}}},
		{"according to in a parenthesis", "But the next day, according to Mr. Brown, the bank made further demands.",
			[]reported{{"But the next day the bank made further demands", "Brown", "Mr. Brown", "according to", ""}}},
		{"according to before a clause of its own", "The economy grew by three percent last year, according to official figures, although exports fell.",
			[]reported{{"The economy grew by three percent last year", "official figures", "official figures", "according to", ""}}},
		{"a place is no reported words", "The director of the party said in a statement.", nil},
		{"a longer place and time are no reported words", "The director said at a news conference in Boston in late December.", nil},
		{"a topic alone is no reported words", "The mayor has often said about the stadium in the past year.", nil},
		{"the one who reported is no reported words", "The plan was first reported by the Herald.",
			[]reported{{"The plan", "Herald", "the Herald", "reported", ""}}},
		{"a reporter's place is no reported words", "Jane Moore reported from Washington.", nil},
		{"calling someone something", "The union called him a reckless gambler with the workers' savings.",
			[]reported{{"him a reckless gambler with the workers' savings", "union", "The union", "called", ""}}},
		{"a call is no speech", "The president called the chancellor on Monday.", nil},
		{"a verb of hinting", "The governor hinted that he would run for the Senate next year.",
			[]reported{{"he would run for the Senate next year", "governor", "The governor", "hinted", ""}}},
		{"ends before where it was said", "The senator said he would run again in a statement on Friday.",
			[]reported{{"he would run again", "senator", "The senator", "said", ""}}},
		{"words before a speaker's phrase the rules read short", "In Ohio, turnout was the second highest in a primary contest, election officials said.",
			[]reported{{"In Ohio, turnout was the second highest in a primary contest", "officials", "officials", "said", ""}}},
		{"an amount makes a noun", "In March, the senator had 38 percent support in a state poll.", nil},
		{"a verb of learning", "The reporter learned that the plant would close in the spring.",
			[]reported{{"the plant would close in the spring", "reporter", "The reporter", "learned", ""}}},
		{"a verb of challenging", "Senator Jane Moore challenged the governor's account of the contract.",
			[]reported{{"the governor's account of the contract", "Jane Moore", "Senator Jane Moore", "challenged", ""}}},
		{"an object ends before a date and the subject's next verb", "Senator Jane Moore endorsed Mr. Brown last week and has campaigned at his side since.",
			[]reported{{"Mr. Brown", "Jane Moore", "Senator Jane Moore", "endorsed", ""}}},
		{"an object ends before where it was said", "The mayor defended the budget in a radio interview on Tuesday.",
			[]reported{{"the budget", "mayor", "The mayor", "defended", ""}}},
		{"an object ends before a relative clause after a comma", "The governor supports universal child care, which the state cannot afford this year.",
			[]reported{{"universal child care", "governor", "The governor", "supports", ""}}},
		{"an object ends before a poll's figures", "Young voters preferred Ms. Moore 51 percent to 30 percent.",
			[]reported{{"Ms. Moore", "Young voters", "Young voters", "preferred", ""}}},
		{"an object keeps what it is blamed for", "The union blamed the owners for the closing of the plant at the end of the year.",
			[]reported{{"the owners for the closing of the plant", "union", "The union", "blamed", ""}}},
		{"an object keeps its apposition", "The council praised Ann Lee, the new fire chief of the county.",
			[]reported{{"Ann Lee, the new fire chief of the county", "council", "The council", "praised", ""}}},
		{"an object keeps fees for speaking", "The report showed the bank paid Ms. Lee $2 million in speaking fees over five years.",
			[]reported{{"the bank paid Ms. Lee $2 million in speaking fees over five years", "report", "The report", "showed", ""}}},
		{"an object keeps a list's next item after an adverb", "The union demanded a public hearing, and then a new vote on the contract.",
			[]reported{{"a public hearing, and then a new vote on the contract", "union", "The union", "demanded", ""}}},
		{"that before a noun is its determiner", "The minister dismissed that notion in an interview on Sunday.",
			[]reported{{"that notion", "minister", "The minister", "dismissed", ""}}},
		{"an object keeps a name's parenthesis", "The poll showed Sen. Ann Lee (D-Ohio) leading the governor by four points.",
			[]reported{{"Sen. Ann Lee (D-Ohio) leading the governor by four points", "poll", "The poll", "showed", ""}}},
		{"an object keeps a preposition's noun", "The senator defended her stance in support of the new refugees.",
			[]reported{{"her stance in support of the new refugees", "senator", "The senator", "defended", ""}}},
		{"a clause ends before a participle of saying after a comma", "The mayor said the city would recover, pointing to the new factory on the river.",
			[]reported{
				{"the city would recover", "mayor", "The mayor", "said", ""},
				{"the new factory on the river", "mayor", "The mayor", "pointing", ""},
			}},
		{"a clause ends before the speaker's next verb after and", "The senator said he heard a loud bang and questioned why the police had not come.",
			[]reported{
				{"he heard a loud bang", "senator", "The senator", "said", ""},
				{"why the police had not come", "senator", "The senator", "questioned", ""},
			}},
		{"a clause ends before a comparison", "Most voters said they wanted a new leader, compared with a third who said they liked the old one.",
			[]reported{
				{"they wanted a new leader", "voters", "Most voters", "said", ""},
				{"they liked the old one", "", "", "said", ""},
			}},
		{"a clause ends before a comparison without a comma", "Most voters said they had made up their minds compared to a third last month.",
			[]reported{{"they had made up their minds", "voters", "Most voters", "said", ""}}},
		{"a clause ends before a circumstance with its own subject", "The poll found voters were split on the plan, with young voters most opposed.",
			[]reported{{"voters were split on the plan", "poll", "The poll", "found", ""}}},
		{"a clause ends before but and a participle of saying", "The senator acknowledged the state had erred but warning that the new rules would cost jobs.",
			[]reported{{"the state had erred", "senator", "The senator", "acknowledged", ""}}},
		{"a clause ends before the subject's next verb after a comma", "Mr. Lee, who said he had signed no contract, recalled that the book came out in May.",
			[]reported{
				{"he had signed no contract", "Lee", "who", "said", ""},
				{"the book came out in May", "Lee", "Mr. Lee", "recalled", ""},
			}},
		{"an infinitive after the object ends before a participle of the writer's", "The mayor urged residents to leave the coast, creating long lines on the only highway.",
			[]reported{{"to leave the coast", "mayor", "The mayor", "urged", ""}}},
		{"an infinitive after the object ends before a clause of time", "The coach told the player to go home after the player was caught smoking.",
			[]reported{{"to go home", "coach", "The coach", "told", ""}}},
		{"an aside between dashes stays in", "The mayor said the new bridge — the longest in the state — would open in June.",
			[]reported{{"the new bridge — the longest in the state — would open in June", "mayor", "The mayor", "said", ""}}},
		{"an aside between double hyphens stays in", "The dean said the costs -- health care and energy -- make the price go up.",
			[]reported{{"the costs -- health care and energy -- make the price go up", "dean", "The dean", "said", ""}}},
		{"a lone double hyphen ends the words", "The dean said the price would go up -- a blow to families.",
			[]reported{{"the price would go up", "dean", "The dean", "said", ""}}},
		{"a lone dash ends the words", "The mayor said the new bridge would open in June — a date few believe.",
			[]reported{{"the new bridge would open in June", "mayor", "The mayor", "said", ""}}},
		{"a negation after the one told stays", "The envoy urged the rebels not to attack the capital.",
			[]reported{{"not to attack the capital", "envoy", "The envoy", "urged", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkReported(t, tt.text, tt.want) })
	}
}
