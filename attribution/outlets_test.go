package attribution_test

import (
	"strings"
	"testing"

	"github.com/quotetrace/quotetrace/attribution"
)

// An outletWant is what a careful reader says of one quotation: who said
// it (the resolved name and the words of this attribution), the cue, and
// the outlet the words went through, with how and how far away it is
// named.
type outletWant struct {
	Text     string // a prefix of the quotation's text
	Speaker  string // resolved name; "" for none
	Mention  string // the words that point at the speaker
	Cue      string
	Outlet   string // canonical name; "" for none
	Relation attribution.Relation
	Scope    attribution.Scope
}

// TestOutletConstructions checks the outlet of quotations in each of the
// ways news text names one: in the cue's sentence after the cue, before it,
// in the paragraph before, once for a run of quotations by one speaker, and
// as the employer of a journalist who speaks.
func TestOutletConstructions(t *testing.T) {
	const (
		S = attribution.ScopeSentence
		P = attribution.ScopeParagraph
		A = attribution.ScopeArticle
	)
	tests := []struct {
		name string
		text string
		want []outletWant
	}{
		// An outlet told, whose name ends as a possessive does, or whose
		// kind follows it.
		{"told an outlet named with 's", "“The bridge stays shut,” the mayor told Maclean's.",
			[]outletWant{{"The bridge stays shut", "mayor", "the mayor", "told", "Maclean's", attribution.Told, S}}},
		{"told an outlet and its kind, then the words", "The mayor told Maclean's magazine that the bridge stays shut.",
			[]outletWant{{"the bridge stays shut", "mayor", "The mayor", "told", "Maclean's", attribution.Told, S}}},
		{"told Wikinews", "“The bridge stays shut,” the mayor told Wikinews.",
			[]outletWant{{"The bridge stays shut", "mayor", "the mayor", "told", "Wikinews", attribution.Told, S}}},
		// In the sentence, after the cue.
		{"said in a telephone interview with",
			"The governor said in a telephone interview with NBC News that the storm had passed.",
			[]outletWant{{"the storm had passed", "governor", "The governor", "said", "NBC News", attribution.Interview, S}}},
		{"said in an exclusive interview with",
			"Jane Ortiz said in an exclusive interview with CNN that she would not resign.",
			[]outletWant{{"she would not resign", "Jane Ortiz", "Jane Ortiz", "said", "CNN", attribution.Interview, S}}},
		{"said, after a date, in an interview with",
			"“The bridge stays shut,” the mayor said Sunday in an interview with The Associated Press.",
			[]outletWant{{"The bridge stays shut", "mayor", "the mayor", "said", "The Associated Press", attribution.Interview, S}}},
		{"said in an emailed statement to",
			"The ministry said in an emailed statement to Reuters that the plant was safe.",
			[]outletWant{{"the plant was safe", "ministry", "The ministry", "said", "Reuters", attribution.Told, S}}},
		{"said during an appearance on",
			"“We have the votes,” the senator said during an appearance on Fox News.",
			[]outletWant{{"We have the votes", "senator", "the senator", "said", "Fox News", attribution.Interview, S}}},
		{"said of the topic during an interview on",
			"“It is a shame,” the senator said of the move during an interview on Fox News.",
			[]outletWant{{"It is a shame", "senator", "the senator", "said", "Fox News", attribution.Interview, S}}},
		{"said, a time, during an interview with",
			"“It is a shame,” the senator said on Sunday night during an interview with Fox News.",
			[]outletWant{{"It is a shame", "senator", "the senator", "said", "Fox News", attribution.Interview, S}}},
		{"not another's interview in the reported words",
			"The minister said that the president gave an interview to CNN on Monday.",
			[]outletWant{{"the president gave an interview", "minister", "The minister", "said", "", "", ""}}},
		{"said, speaking to",
			"“We have the votes,” the senator said, speaking to the BBC.",
			[]outletWant{{"We have the votes", "senator", "the senator", "said", "BBC", attribution.Told, S}}},
		{"told, in an interview",
			"“We have the votes,” the senator told The Associated Press in an interview.",
			[]outletWant{{"We have the votes", "senator", "the senator", "told", "The Associated Press", attribution.Told, S}}},
		{"said in an interview published by",
			"The minister said in an interview published on Sunday by Le Monde that the reform would pass.",
			[]outletWant{{"the reform would pass", "minister", "The minister", "said", "Le Monde", attribution.Interview, S}}},
		{"said in an interview aired on",
			"The minister said in an interview aired Sunday on CBS that the reform would pass.",
			[]outletWant{{"the reform would pass", "minister", "The minister", "said", "CBS News", attribution.Interview, S}}},
		{"said on a broadcaster",
			"The senator said on CNN that the bill was dead.",
			[]outletWant{{"the bill was dead", "senator", "The senator", "said", "CNN", attribution.Interview, S}}},

		{"wrote in an outlet",
			"“The plan will fail,” Jane Ortiz wrote in The Guardian on Monday.",
			[]outletWant{{"The plan will fail", "Jane Ortiz", "Jane Ortiz", "wrote", "The Guardian", attribution.Wrote, S}}},
		{"wrote in an op-ed for",
			"Jane Ortiz wrote in an op-ed for The Washington Post that the plan would fail.",
			[]outletWant{{"the plan would fail", "Jane Ortiz", "Jane Ortiz", "wrote", "The Washington Post", attribution.Wrote, S}}},
		{"not wrote in an outlet's report",
			"Jane Ortiz wrote in the CNN report that the plan would fail.",
			[]outletWant{{"the plan would fail", "Jane Ortiz", "Jane Ortiz", "wrote", "", "", ""}}},

		// In the sentence, before the cue.
		{"writing in an outlet, before the speaker",
			"Writing in The Guardian, Jane Ortiz said the plan would fail.",
			[]outletWant{{"the plan would fail", "Jane Ortiz", "Jane Ortiz", "said", "The Guardian", attribution.Wrote, S}}},
		{"in a column for, before the speaker",
			"In a column for The Guardian, Jane Ortiz argued that the plan would fail.",
			[]outletWant{{"the plan would fail", "Jane Ortiz", "Jane Ortiz", "argued", "The Guardian", attribution.Wrote, S}}},
		{"in an interview with, before the speaker",
			"In an interview with Britain's ITV on Sunday, Ukrainian President Volodymyr Zelensky reiterated his offer of talks.",
			[]outletWant{{"his offer of talks", "Volodymyr Zelensky", "Ukrainian President Volodymyr Zelensky", "reiterated", "ITV", attribution.Interview, S}}},
		{"responding to a question from",
			"Responding to a question from TASS, the Kremlin spokesman replied: “I cannot comment.”",
			[]outletWant{{"I cannot comment", "Kremlin spokesman", "the Kremlin spokesman", "replied", "TASS", attribution.Told, S}}},
		{"set off between subject and verb",
			"The senator, in an interview with Politico, said the bill was dead.",
			[]outletWant{{"the bill was dead", "senator", "The senator", "said", "Politico", attribution.Interview, S}}},
		{"in remarks to, before the speaker",
			"In remarks to the Financial Times, the senator said the bill was dead.",
			[]outletWant{{"the bill was dead", "senator", "the senator", "said", "Financial Times", attribution.Told, S}}},
		{"asked by",
			"Asked by CNN whether the bill was dead, the senator said: “It is.”",
			[]outletWant{{"It is", "senator", "the senator", "said", "CNN", attribution.Told, S}}},
		{"interviewed by",
			"Interviewed by the BBC on Monday, the senator said the bill was dead.",
			[]outletWant{{"the bill was dead", "senator", "the senator", "said", "BBC", attribution.Interview, S}}},
		{"an outlet's interview",
			"In a BBC interview on Sunday, Ukrainian President Volodymyr Zelensky said he was ready to negotiate.",
			[]outletWant{{"he was ready to negotiate", "Volodymyr Zelensky", "Ukrainian President Volodymyr Zelensky", "said", "BBC", attribution.Interview, S}}},

		// The outlet's journalist as the object.
		{"told an outlet's journalist",
			"Donald Trump told Fox News' Sean Hannity that the deal was dead.",
			[]outletWant{{"the deal was dead", "Donald Trump", "Donald Trump", "told", "Fox News", attribution.Told, S}}},
		{"told the outlet's journalist",
			"“The deal is dead,” the senator told the BBC's Laura Kuenssberg.",
			[]outletWant{{"The deal is dead", "senator", "the senator", "told", "BBC", attribution.Told, S}}},
		{"told a reporter of the outlet",
			"The senator told a Reuters reporter that the deal was dead.",
			[]outletWant{{"the deal was dead", "senator", "The senator", "told", "Reuters", attribution.Told, S}}},

		{"told a journalist of the outlet",
			"“The anger is new,” the senator told Chris Cuomo of CNN after the debate.",
			[]outletWant{{"The anger is new", "senator", "the senator", "told", "CNN", attribution.Told, S}}},
		{"an interview with a journalist of the outlet",
			"In an interview with Jake Tapper of CNN, Donald Trump said the anger was new.",
			[]outletWant{{"the anger was new", "Donald Trump", "Donald Trump", "said", "CNN", attribution.Interview, S}}},

		// The journalist speaks: the outlet is the employer.
		{"the outlet's journalist asks: it is her employer",
			"“Will you run again?” NBC's Kristen Welker asked.",
			[]outletWant{{"Will you run again?", "Kristen Welker", "NBC's Kristen Welker", "asked", "NBC News", attribution.Reported, S}}},

		// In the paragraph before, and for a run of quotations.
		{"the paragraph before names the interview",
			"In an interview with Britain's ITV on Sunday, Volodymyr Zelensky reiterated his offer of talks.\n\n" +
				"“We are ready to negotiate,” he said.\n\n“But not at any price,” Zelensky added.",
			[]outletWant{
				{"his offer of talks", "Volodymyr Zelensky", "Volodymyr Zelensky", "reiterated", "ITV", attribution.Interview, S},
				{"We are ready", "Volodymyr Zelensky", "he", "said", "ITV", attribution.Interview, A},
				{"But not at any price", "Volodymyr Zelensky", "Zelensky", "added", "ITV", attribution.Interview, A}}},
		{"a run of quotations after one naming",
			"Jane Ortiz gave an interview to Le Monde on Friday.\n\n“We will win,” she said. “The voters are with us,” Ortiz added.",
			[]outletWant{
				{"We will win", "Jane Ortiz", "she", "said", "Le Monde", attribution.Interview, A},
				{"The voters are with us", "Jane Ortiz", "Ortiz", "added", "Le Monde", attribution.Interview, A}}},
		{"a run after a telephone interview",
			"Donald Trump said in a telephone interview with NBC News on Saturday that he would not back down. “We will win,” he said.",
			[]outletWant{
				{"he would not back down", "Donald Trump", "Donald Trump", "said", "NBC News", attribution.Interview, S},
				{"We will win", "Donald Trump", "he", "said", "NBC News", attribution.Interview, P}}},
		{"reported speech after the outlet in its paragraph",
			"Jane Ortiz appeared on CNN on Sunday. She said the party would win the seat.",
			[]outletWant{{"the party would win the seat", "Jane Ortiz", "She", "said", "CNN", attribution.Interview, P}}},
		{"reported speech before the outlet in its paragraph",
			"Jane Ortiz said the party would win the seat. “We have the votes,” she told CNN.",
			[]outletWant{
				{"the party would win the seat", "Jane Ortiz", "Jane Ortiz", "said", "CNN", attribution.Told, P},
				{"We have the votes", "Jane Ortiz", "she", "told", "CNN", attribution.Told, S}}},
		{"reported speech takes no outlet from another paragraph",
			"Jane Ortiz told CNN on Sunday that she would run.\n\nOn Monday she said the party would win the seat.",
			[]outletWant{
				{"she would run", "Jane Ortiz", "Jane Ortiz", "told", "CNN", attribution.Told, S},
				{"the party would win the seat", "Jane Ortiz", "she", "said", "", "", ""}}},
		{"the sources an outlet cited",
			"The Guardian on Friday cited sources close to the talks as saying that the deal was near.\n\n" +
				"The minister said nothing. “A deal is days away,” the sources said.",
			[]outletWant{
				{"the deal was near", "sources", "sources", "cited", "The Guardian", attribution.Reported, S},
				{"A deal is days away", "sources", "the sources", "said", "The Guardian", attribution.Reported, A}}},
		{"not sources named without the article",
			"The Guardian on Friday cited sources close to the talks as saying that the deal was near.\n\n" +
				"“A deal is days away,” sources said.",
			[]outletWant{{"A deal is days away", "sources", "sources", "said", "", "", ""}}},
		{"not across another speaker",
			"Jane Ortiz told Reuters that she would run.\n\n“I am ready,” Tom Brown said.",
			[]outletWant{
				{"she would run", "Jane Ortiz", "Jane Ortiz", "told", "Reuters", attribution.Told, S},
				{"I am ready", "Tom Brown", "Tom Brown", "said", "", "", ""}}},
		{"not on another occasion",
			"Jane Ortiz told Reuters that she would run.\n\n“I am ready,” Ortiz told the crowd at a rally.",
			[]outletWant{
				{"she would run", "Jane Ortiz", "Jane Ortiz", "told", "Reuters", attribution.Told, S},
				{"I am ready", "Jane Ortiz", "Ortiz", "told", "", "", ""}}},
		{"said, a day, on a broadcaster's programme",
			"“It is a fraud,” the secretary said Sunday on NBC's Meet the Press.",
			[]outletWant{{"It is a fraud", "secretary", "the secretary", "said", "NBC News", attribution.Interview, S}}},
		{"wrote in an email to",
			"“He lied to me,” Jane Ortiz wrote Thursday in an email to Politico.",
			[]outletWant{{"He lied to me", "Jane Ortiz", "Jane Ortiz", "wrote", "Politico", attribution.Told, S}}},
		{"when contacted by",
			"The senator's office, when contacted by Reuters, said the senator could not recall the dinner.",
			[]outletWant{{"the senator could not recall", "senator's office", "The senator's office", "said", "Reuters", attribution.Told, S}}},
		{"during a call to",
			"“She just made it up,” he said during a call to ABC News.",
			[]outletWant{{"She just made it up", "he", "he", "said", "ABC News", attribution.Told, S}}},
		{"said on a broadcaster's programme",
			"“We have the votes,” the senator said on NBC's Meet the Press.",
			[]outletWant{{"We have the votes", "senator", "the senator", "said", "NBC News", attribution.Interview, S}}},
		{"not on an outlet's website",
			"The senator wrote on CNN's website that the bill was dead.",
			[]outletWant{}},
		{"not a company named in the object",
			"Over the weekend the chairman agreed to sell Time Warner to a rival.",
			[]outletWant{}},
		{"an outlet that is the topic is no source",
			"“It is a lie,” the minister said of the report in The Guardian.",
			[]outletWant{{"It is a lie", "minister", "the minister", "said", "", "", ""}}},
	}
	at := attribution.New(attribution.Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := at.AttributeText(tc.text)
			if len(tc.want) == 0 {
				// No outlet is a source: none is cited, no quotation
				// takes one.
				for _, a := range res.Quotes {
					if a.OutletName() != "" {
						t.Errorf("%q takes outlet %s (%s)", a.Quote.Text, a.OutletName(), a.OutletRelation())
					}
				}
				for _, c := range res.Citations {
					t.Errorf("cites %s (%s: %q)", c.Outlet, c.Relation, c.Evidence)
				}
			}
			for _, w := range tc.want {
				a := findQuote(res, w.Text)
				if a == nil {
					t.Errorf("no quotation %q in %q; have %s", w.Text, tc.text, quoteTexts(res))
					continue
				}
				g := outletWant{w.Text, a.SpeakerName(), a.SpeakerMention(), a.CueText(), a.OutletName(), a.OutletRelation(), a.OutletScope}
				if g != w {
					t.Errorf("%q:\n got %+v\nwant %+v", w.Text, g, w)
				}
			}
		})
	}
}

// findQuote returns the attribution whose text starts with prefix, or nil.
func findQuote(res *attribution.Result, prefix string) *attribution.Attribution {
	for i := range res.Quotes {
		if strings.HasPrefix(res.Quotes[i].Quote.Text, prefix) {
			return &res.Quotes[i]
		}
	}
	return nil
}

func quoteTexts(res *attribution.Result) string {
	var b strings.Builder
	for _, a := range res.Quotes {
		b.WriteString("\n\t" + a.Quote.Kind.String() + " " + a.Quote.Text)
	}
	return b.String()
}
