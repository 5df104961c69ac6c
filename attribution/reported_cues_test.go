package attribution_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/quotetrace/quotetrace/attribution"
)

// TestReportedCues covers the cues of reported speech beyond the verbs of
// saying and of stance: infinitives after a refusal, questions asked,
// expectations and polls.
func TestReportedCues(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []reported
	}{
		{"declined to comment", "The agency declined to comment on the audit.",
			[]reported{{"to comment on the audit", "agency", "The agency", "declined", ""}}},
		{"refused to, after an apposition", "Ann Lee, the union's treasurer, refused to apologize.",
			[]reported{{"to apologize", "Ann Lee", "Ann Lee", "refused", ""}}},
		{"declined is no cue before a noun phrase", "Ticket sales declined to a record low last year.", nil},
		{"declined is no cue without an infinitive", "Ticket sales declined sharply last year.", nil},
		{"a participle of backing", "The mayor named a panel backing the new tram line.",
			[]reported{{"the new tram line", "panel", "a panel", "backing", ""}}},
		{"asked whether, opening the sentence", "Asked whether the bridge would reopen in May, the mayor shrugged.",
			[]reported{{"whether the bridge would reopen in May", "", "", "Asked", ""}}},
		{"when asked by someone if", "When asked by Senator Ann Lee if the plant would close, the manager walked away.",
			[]reported{{"if the plant would close", "Ann Lee", "Senator Ann Lee", "asked", ""}}},
		{"was asked about", "On Monday the governor was asked about the missing ballots in the northern counties.",
			[]reported{{"the missing ballots in the northern counties", "", "", "asked", ""}}},
		{"was asked to", "The candidates were asked to name their favorite book.",
			[]reported{{"to name their favorite book", "", "", "asked", ""}}},
		{"asked with a subject stays a cue", "The senator asked whether the army could grow by 2030.",
			[]reported{{"whether the army could grow by 2030", "senator", "The senator", "asked", ""}}},
		{"is expected to: the whole clause", "The new bridge is expected to open in the spring of 2027.",
			[]reported{{"The new bridge is expected to open in the spring of 2027", "", "", "expected", ""}}},
		{"is not expected to, after and", "The mill will stay open this year, and its closing is not expected to come before 2030.",
			[]reported{{"its closing is not expected to come before 2030", "", "", "expected", ""}}},
		{"a relative clause ends at its comma", "Ms. Lee, who is expected to win the primary easily, spoke last.",
			[]reported{{"who is expected to win the primary easily", "", "", "expected", ""}}},
		{"a comma between two words of one noun ends no relative clause", "Ms. Lee, who is expected to give a sharp, point-by-point rebuttal of the plan, spoke last.",
			[]reported{{"who is expected to give a sharp, point-by-point rebuttal of the plan", "", "", "expected", ""}}},
		{"a passive before a noun phrase is no stance", "The rise was expected to a degree by most traders.", nil},
		{"in a poll, to the end of the sentence", "In a Harbor Institute poll last week, the mayor led her rival by six points, though many voters were undecided.",
			[]reported{{"the mayor led her rival by six points, though many voters were undecided", "Harbor Institute poll", "a Harbor Institute poll", "In", ""}}},
		{"in a survey, past a phrase that describes it", "In the latest state survey, released on Monday, most farmers had a poor harvest.",
			[]reported{{"most farmers had a poor harvest", "latest state survey", "the latest state survey", "In", ""}}},
		{"in a statement, the cue reports", "In a statement, the mayor said the bridge would close.",
			[]reported{{"the bridge would close", "mayor", "the mayor", "said", ""}}},
		{"in an attempt is no document", "In an attempt to end the email dispute, the council hired a lawyer.", nil},
		{"a poll with a date between it and its verb", "A Harbor Institute poll last week showed the mayor leading her rival.",
			[]reported{{"the mayor leading her rival", "Harbor Institute poll", "A Harbor Institute poll", "showed", ""}}},
		{"studies with a phrase between them and their verb", "Several studies of the new tax have found little effect on prices.",
			[]reported{{"little effect on prices", "studies", "Several studies", "found", ""}}},
		{"a negated verb of saying reports what went unsaid", "The mayor did not mention the missing funds in her speech.",
			[]reported{{"the missing funds", "mayor", "The mayor", "mention", ""}}},
		{"did not respond to", "The company did not immediately respond to a request for comment.",
			[]reported{{"a request for comment", "company", "The company", "respond", ""}}},
		{"a modal alone reports nothing", "The minister could confirm the visit later.", nil},
		{"neither nor reports nothing", "The minister could neither confirm nor deny the visit.", nil},
		{"a negated verb gives the outlet nothing", "The ministry has not responded to a Reuters request for comment on the plan.",
			[]reported{{"request for comment on the plan", "ministry", "The ministry", "responded", ""}}},
		{"a verb of saying whose speaker is not found", "The plan has critics among the mayors who have called for a new tax on sugar.",
			[]reported{{"a new tax on sugar", "", "", "called", ""}}},
		{"a participle after an amount is no cue", "The senator leads by 40 pledged delegates in the count.", nil},
		{"a participle before its noun is no cue", "It was the first officially acknowledged meeting between the two leaders since May.", nil},
		{"the infinitive ends at a comma", "A company spokeswoman declined to comment, saying the matter was closed.",
			[]reported{
				{"to comment", "A company spokeswoman", "A company spokeswoman", "declined", ""},
				{"the matter was closed", "A company spokeswoman", "A company spokeswoman", "saying", ""},
			}},
		{"the infinitive ends before a clause of its own", "The company refused to renew the deal and the tour found no other backer.",
			[]reported{{"to renew the deal", "company", "The company", "refused", ""}}},
		{"calling a phrase a name", "The mayor has called the new stadium a waste of public money.",
			[]reported{{"the new stadium a waste of public money", "mayor", "The mayor", "called", ""}}},
		{"calling a meeting names nothing", "The mayor called a meeting of the council for Monday.", nil},
		{"a passive with its speaker after by", "The closure was confirmed by the council on Friday.",
			[]reported{{"The closure", "council", "the council", "confirmed", ""}}},
		{"a relative pronoun alone is no words", "Ann Lee, who was backed by the unions, won the seat.", nil},
		{"spoke about", "Senator Ann Lee spoke briefly about the closing of the mill.",
			[]reported{{"the closing of the mill", "Ann Lee", "Senator Ann Lee", "spoke", ""}}},
		{"spoke to is no topic", "The mayor spoke to reporters at city hall.", nil},
		{"seems to: the whole clause", "By Friday, the mayor seemed to accept that the mill would close.",
			[]reported{{"the mayor seemed to accept that the mill would close", "", "", "seemed", ""}}},
		{"appeared without an infinitive reports nothing", "The mayor appeared on the radio on Friday.", nil},
		{"a work written somewhere is no words", "The governor wrote a book in prison about his childhood.", nil},
		{"the work alone is what was written", "The senator wrote a letter.",
			[]reported{{"a letter", "senator", "The senator", "wrote", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkReported(t, tt.text, tt.want) })
	}
}

// runOnUnits are the pieces a sentence that never ends is made of, one
// for each kind of search a cue makes: each must stay bounded, so that the
// work grows with the text, not with its square (BenchmarkRunOnSentence
// shows it; TestBadInput checks the spans of 4,000 copies of each).
var runOnUnits = []string{
	"when asked whether the plan, the mayor and the tour ", // questions and subjects after commas
	"the deal is expected to close and the tour ",          // stances in the passive
	"the plan was confirmed by the council, ",              // passives with their speakers
	"the agency declined to comment and the tour ",         // infinitives
	"the agency said it would comment and the tour ",       // the clause a cue reports, and the next one
	"he endorsed Smith and ",                               // objects
	"In a new poll, voters said the plan, ",                // polls
	"Smith said, pointing to the vote, ",                   // participles after a comma
	"according to Reuters, ",                               // words before "according to"
	"he said that she said that ",                          // nested reports
}

// BenchmarkRunOnSentence attributes one sentence that never ends, made of
// 5,000 and of 20,000 copies of each of runOnUnits: the time of the second
// is about four times the first's.
func BenchmarkRunOnSentence(b *testing.B) {
	at := attribution.New(attribution.Options{})
	for i, unit := range runOnUnits {
		for _, n := range []int{5000, 20000} {
			text := strings.Repeat(unit, n) + "."
			b.Run(fmt.Sprintf("unit=%d/copies=%d", i, n), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					at.AttributeText(text)
				}
			})
		}
	}
}
