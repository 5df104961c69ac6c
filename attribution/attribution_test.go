package attribution_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quotetrace/quotetrace/attribution"
	_ "github.com/quotetrace/quotetrace/internal/golden"
	"github.com/quotetrace/quotetrace/quote"
)

// want is what a careful reader says of one quotation: its words (a
// prefix is enough), who said them, through which outlet and how.
type want struct {
	Kind     string
	Text     string
	Speaker  string // resolved name, "" for none
	Mention  string
	Type     attribution.SpeakerType
	Outlet   string
	Relation attribution.Relation
	Employer bool // the speaker works for the outlet
	Via      string
	// Cue is the cue's words, and MentionAt the byte offset of the
	// speaker's mention; each is compared only when the want sets it.
	Cue       string
	MentionAt int
}

// got reduces an attribution to a want, keeping Text's first len(w.Text)
// bytes.
func got(a attribution.Attribution, w want) want {
	g := want{Kind: a.Quote.Kind.String(), Text: a.Quote.Text}
	if len(g.Text) > len(w.Text) {
		g.Text = g.Text[:len(w.Text)]
	}
	if sp := a.Speaker; sp != nil {
		g.Speaker, g.Mention, g.Type = sp.Name, sp.Mention, sp.Type
	}
	if o := a.Outlet; o != nil {
		g.Outlet, g.Relation, g.Employer = o.Outlet, o.Relation, o.Employer
	}
	if a.Via != nil {
		g.Via = a.Via.Name
	}
	if w.Mention == "" {
		g.Mention = ""
	}
	if w.Cue != "" && a.Cue != nil {
		g.Cue = a.Cue.Text
	}
	if w.MentionAt != 0 && a.Speaker != nil {
		g.MentionAt = a.Speaker.Span.Start
	}
	if w.Type == "" {
		g.Type = ""
	}
	return g
}

// check attributes text and compares the quotations of the given kinds
// with want, in order.
func check(t *testing.T, text string, kinds string, wants []want) {
	t.Helper()
	res := attribution.New(attribution.Options{}).AttributeText(text)
	var gots []want
	for _, a := range res.Quotes {
		if !strings.Contains(kinds, a.Quote.Kind.String()) {
			continue
		}
		w := want{}
		if len(gots) < len(wants) {
			w = wants[len(gots)]
		}
		gots = append(gots, got(a, w))
	}
	if diff := cmp.Diff(wants, gots); diff != "" {
		t.Errorf("%q:\nattributions differ (-want +got):\n%s", text, diff)
	}
}

func TestSpeakerPatterns(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"quote, X said", "“We will win the vote,” Jane Smith said.",
			[]want{{Kind: "direct", Text: "We will win", Speaker: "Jane Smith", Mention: "Jane Smith", Type: attribution.Person}}},
		{"X said, quote", "Jane Smith said, “We will win the vote.”",
			[]want{{Kind: "direct", Text: "We will win", Speaker: "Jane Smith", Mention: "Jane Smith"}}},
		{"X said: quote", "Jane Smith said: “We will win the vote.”",
			[]want{{Kind: "direct", Text: "We will win", Speaker: "Jane Smith"}}},
		{"quote, said X with title", "“We will win the vote,” said Foreign Minister Jane Smith.",
			[]want{{Kind: "direct", Text: "We will win", Speaker: "Jane Smith", Mention: "Foreign Minister Jane Smith"}}},
		{"X replied", "Asked about the vote, the minister replied: “We will win it.”",
			[]want{{Kind: "direct", Text: "We will win", Speaker: "minister", Mention: "the minister"}}},
		{"relative clause", "Jane Smith, who leads the party, said “we will win the vote.”",
			[]want{{Kind: "partial", Text: "we will win", Speaker: "Jane Smith"}}},
		{"apposition", "Steven Cheung, the campaign’s communications director, stated that “he does not comment on calls.”",
			[]want{{Kind: "partial", Text: "he does not", Speaker: "Steven Cheung", Mention: "Steven Cheung"}}},
		{"according to", "The talks went “very badly,” according to Reuters.",
			[]want{{Kind: "partial", Text: "very badly", Speaker: "Reuters", Type: attribution.Media, Outlet: "Reuters", Relation: attribution.AccordingTo}}},
		{"quoted as saying", "Russian state news agency RIA quoted Deputy Foreign Minister Mikhail Galuzin as saying the offer was “not serious”.",
			[]want{{Kind: "partial", Text: "not serious", Speaker: "Mikhail Galuzin", Outlet: "RIA Novosti", Relation: attribution.Quoted}}},
		{"trailing dash", "“Never give up on the people.” — Winston Churchill",
			[]want{{Kind: "direct", Text: "Never give up", Speaker: "Winston Churchill", Mention: "Winston Churchill"}}},
		{"group", "“The deal will collapse within weeks,” the sources said.",
			[]want{{Kind: "direct", Text: "The deal", Speaker: "sources", Mention: "the sources", Type: attribution.Group}}},
		{"organisation", "The Kremlin said the report was “completely untrue.”",
			[]want{{Kind: "partial", Text: "completely untrue", Speaker: "Kremlin", Type: attribution.Organization}}},
		{"place for its government", "Tehran said the meeting was a “misuse” of the council.",
			[]want{{Kind: "partial", Text: "misuse", Speaker: "Tehran", Type: attribution.Organization}}},
		{"outlet as speaker", "The Washington Post wrote that talks were “at an early stage”.",
			[]want{{Kind: "partial", Text: "at an early", Speaker: "The Washington Post", Type: attribution.Media, Outlet: "The Washington Post", Relation: attribution.Wrote}}},
		{"speech reported by an outlet", "The Washington Post wrote that the president reminded him of “the large-scale presence in Europe”.",
			[]want{{Kind: "partial", Text: "the large-scale", Speaker: "president", Type: attribution.Person, Outlet: "The Washington Post", Relation: attribution.Wrote}}},
		{"scare quote is no quote", "The so-called “peace plan” was rejected on Monday.", nil},
		{"title is no quote", "She read the novel “War and Peace” twice.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, "direct partial", tt.want) })
	}
}

func TestCoreference(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"pronoun",
			"Interior Minister Jane Smith spoke on Monday.\n“We will win the vote,” she said.",
			[]want{{Kind: "direct", Text: "We will win", Speaker: "Jane Smith", Mention: "she"}}},
		{"surname and honorific",
			"Senator John Smith arrived late.\n“We will win the vote,” Mr. Smith said.",
			[]want{{Kind: "direct", Text: "We will win", Speaker: "John Smith", Mention: "Mr. Smith"}}},
		{"role phrase",
			"Pentagon spokesman John Kirby briefed reporters.\n“The strike was lawful,” the Pentagon spokesman added.",
			[]want{{Kind: "direct", Text: "The strike", Speaker: "John Kirby", Mention: "the Pentagon spokesman"}}},
		{"role by a word of the title",
			"Pentagon spokesman John Kirby briefed reporters.\n“The strike was lawful,” the Pentagon official said.",
			[]want{{Kind: "direct", Text: "The strike", Speaker: "John Kirby", Mention: "the Pentagon official"}}},
		{"continuation paragraph",
			"“We will win the vote,” Jane Smith said.\n“And then we will govern for everyone.”",
			[]want{
				{Kind: "direct", Text: "We will win", Speaker: "Jane Smith"},
				{Kind: "direct", Text: "And then", Speaker: "Jane Smith"},
			}},
		{"nested speech keeps the innermost speaker",
			"Smith said the Russian president told him he “wants to see people stop dying”.",
			[]want{{Kind: "partial", Text: "wants to see", Speaker: "Russian president", Mention: "the Russian president", Via: "Smith"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, "direct partial", tt.want) })
	}
}

func TestOutlets(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"told", "Jane Smith told Reuters: “We will win the vote.”",
			[]want{{Kind: "direct", Text: "We will", Speaker: "Jane Smith", Outlet: "Reuters", Relation: attribution.Told}}},
		{"descriptive form", "Kremlin spokesman Dmitry Peskov told Russia’s official TASS news agency that talks were “possible”.",
			[]want{{Kind: "partial", Text: "possible", Speaker: "Dmitry Peskov", Outlet: "TASS", Relation: attribution.Told}}},
		{"interview", "In an interview with Britain’s ITV on Sunday, Jane Smith said: “We will win the vote.”",
			[]want{{Kind: "direct", Text: "We will", Speaker: "Jane Smith", Outlet: "ITV", Relation: attribution.Interview}}},
		{"question from", "Responding to a question from TASS about the call, the minister replied: “I cannot say more.”",
			[]want{{Kind: "direct", Text: "I cannot", Speaker: "minister", Outlet: "TASS", Relation: attribution.Told}}},
		{"the newspaper", "The Guardian reported the story on Friday. “It is over,” Jane Smith told the newspaper.",
			[]want{{Kind: "direct", Text: "It is over", Speaker: "Jane Smith", Outlet: "The Guardian", Relation: attribution.Told}}},
		{"outlet set earlier for the same speaker",
			"Jane Smith told Reuters that she would run.\n“We will win the vote,” she said.",
			[]want{{Kind: "direct", Text: "We will", Speaker: "Jane Smith", Outlet: "Reuters", Relation: attribution.Told}}},
		{"told reporters is no outlet", "“We will win the vote,” Jane Smith told reporters.",
			[]want{{Kind: "direct", Text: "We will", Speaker: "Jane Smith"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, "direct partial", tt.want) })
	}
}

func TestOutletScope(t *testing.T) {
	type scoped struct {
		Text   string // a prefix of the quotation
		Outlet string
		Scope  attribution.Scope
	}
	tests := []struct {
		name string
		text string
		want []scoped
	}{
		{"sentence", "Jane Smith told Reuters: “We will win the vote.”",
			[]scoped{{"We will", "Reuters", attribution.ScopeSentence}}},
		{"right after the cue", "Jane Smith said in a phone interview with CBS News on Sunday that she would run.",
			[]scoped{{"she would run", "CBS News", attribution.ScopeSentence}}},
		{"the outlet frames the sentence", "“We will win,” Jane Smith said, The Washington Post reported.",
			[]scoped{{"We will", "The Washington Post", attribution.ScopeSentence}}},
		{"paragraph", "Jane Smith said in a phone interview with CBS News on Sunday that she would run. “We will win the vote,” she said.",
			[]scoped{{"she would run", "CBS News", attribution.ScopeSentence}, {"We will", "CBS News", attribution.ScopeParagraph}}},
		{"paragraph, the outlet reporting", "The Washington Post wrote that the talks had stalled. Both sides want to find “a way out soon”.",
			[]scoped{{"the talks had stalled", "The Washington Post", attribution.ScopeSentence}, {"a way out", "The Washington Post", attribution.ScopeParagraph}}},
		{"article: the paragraph that introduced the speaker",
			"In an interview with Le Figaro, Jane Smith said the plan had failed.\n\nThe minister spoke for an hour.\n\n“Nobody wants to hear it,” Smith said.",
			[]scoped{{"the plan had failed", "Le Figaro", attribution.ScopeSentence}, {"Nobody", "Le Figaro", attribution.ScopeArticle}}},
		{"article: the one outlet the speaker spoke to",
			"Jane Smith told Le Monde on Friday that she would run.\n\nTom Brown, her rival, said he was not worried.\n\n“I am ready,” Smith said.",
			[]scoped{{"she would run", "Le Monde", attribution.ScopeSentence}, {"he was not worried", "", ""}, {"I am ready", "Le Monde", attribution.ScopeArticle}}},
		{"article: the outlet the speaker spoke to last",
			"Jane Smith told Le Monde on Monday that she would run.\n\nOn Tuesday she told Reuters that she would win.\n\n“I am ready,” Smith said.",
			[]scoped{{"she would run", "Le Monde", attribution.ScopeSentence}, {"she would win", "Reuters", attribution.ScopeSentence}, {"I am ready", "Reuters", attribution.ScopeArticle}}},
		{"not when the speaker spoke to two outlets and another spoke since",
			"Jane Smith told Le Monde that she would run, and told Reuters that she would win.\n\nTom Brown said he was not worried.\n\n“I am ready,” Smith said.",
			[]scoped{{"she would run", "Le Monde", attribution.ScopeSentence}, {"she would win", "Reuters", attribution.ScopeSentence}, {"he was not worried", "", ""}, {"I am ready", "", ""}}},
		{"not another speaker's outlet",
			"Jane Smith told Reuters that she would run. “I am ready,” Tom Brown said.",
			[]scoped{{"she would run", "Reuters", attribution.ScopeSentence}, {"I am ready", "", ""}}},
		{"not on another occasion",
			"Jane Smith told Reuters that she would run.\n\n“I am ready,” Smith told the crowd at a rally.",
			[]scoped{{"she would run", "Reuters", attribution.ScopeSentence}, {"I am ready", "", ""}}},
		{"not after another occasion",
			"Jane Smith told Reuters on Monday that she would run.\n\nOn Tuesday she spoke at a rally in Ohio.\n\n“I am ready,” Smith said.",
			[]scoped{{"she would run", "Reuters", attribution.ScopeSentence}, {"I am ready", "", ""}}},
		{"not the subject of another verb", "“I am ready,” Smith wrote after the Chicago Tribune printed an editorial about her.",
			[]scoped{{"I am ready", "", ""}}},
	}
	at := attribution.New(attribution.Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := at.AttributeText(tt.text)
			var gots []scoped
			for i, a := range res.Quotes {
				g := scoped{Text: a.Quote.Text}
				if i < len(tt.want) && len(g.Text) > len(tt.want[i].Text) {
					g.Text = g.Text[:len(tt.want[i].Text)]
				}
				if a.Outlet != nil {
					g.Outlet, g.Scope = a.Outlet.Outlet, a.OutletScope
				} else if a.OutletScope != "" {
					t.Errorf("%q has the scope %q but no outlet", a.Quote.Text, a.OutletScope)
				}
				gots = append(gots, g)
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("%q:\noutlets differ (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestOutletScopeConfidence(t *testing.T) {
	at := attribution.New(attribution.Options{})
	near := at.AttributeText("“We will win the vote,” Jane Smith told Reuters.")
	far := at.AttributeText("Jane Smith told Reuters on Monday that she would run.\n\n“We will win the vote,” Jane Smith said.")
	if len(near.Quotes) != 1 || len(far.Quotes) != 2 {
		t.Fatalf("quotes: %d and %d, want 1 and 2", len(near.Quotes), len(far.Quotes))
	}
	n, f := near.Quotes[0], far.Quotes[1]
	if n.OutletScope != attribution.ScopeSentence || f.OutletScope != attribution.ScopeArticle {
		t.Fatalf("scopes %q and %q, want sentence and article", n.OutletScope, f.OutletScope)
	}
	if f.Confidence >= n.Confidence {
		t.Errorf("an outlet named in another paragraph leaves the confidence at %v, not below %v", f.Confidence, n.Confidence)
	}
}

func TestIndirect(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"said that", "The minister said that the talks had failed completely.",
			[]want{{Kind: "indirect", Text: "the talks had failed completely", Speaker: "minister"}}},
		{"told Y that", "Jane Smith told Reuters that the talks had failed completely.",
			[]want{{Kind: "indirect", Text: "the talks had failed completely", Speaker: "Jane Smith", Outlet: "Reuters", Relation: attribution.Told}}},
		{"reported in", "Reuters reported in November that the president is open to a deal.",
			[]want{{Kind: "indirect", Text: "the president is open to a deal", Speaker: "Reuters", Outlet: "Reuters", Relation: attribution.Reported}}},
		{"warned", "The agency warned that prices would rise sharply next year.",
			[]want{{Kind: "indirect", Text: "prices would rise sharply next year", Speaker: "agency"}}},
		{"content first", "The talks had failed completely, the minister said on Monday.",
			[]want{{Kind: "indirect", Text: "The talks had failed completely", Speaker: "minister"}}},
		{"group", "Experts say any agreement will include a clause on territory.",
			[]want{{Kind: "indirect", Text: "any agreement will include a clause on territory", Speaker: "Experts", Type: attribution.Group}}},
		{"nested: the inner speaker's words", "The Guardian reported on Friday that the mayor told the paper she would resign next spring.",
			[]want{{Kind: "indirect", Text: "she would resign next spring", Speaker: "mayor", Outlet: "The Guardian", Relation: attribution.Told}}},
		{"nested with that", "The Guardian wrote that Jane Smith told the newspaper that the bridge would close in May.",
			[]want{{Kind: "indirect", Text: "the bridge would close in May", Speaker: "Jane Smith", Outlet: "The Guardian", Relation: attribution.Told}}},
		{"ends before another speaker's clause", `Jane Smith said the bridge would close in May and the mayor told her it "cannot wait".`,
			[]want{{Kind: "indirect", Text: "the bridge would close in May", Speaker: "Jane Smith"}}},
		{"an embedded report is the words", "Jane Smith said on Monday a day earlier she had said the talks were over.",
			[]want{
				{Kind: "indirect", Text: "a day earlier she had said the talks were over", Speaker: "Jane Smith"},
				{Kind: "indirect", Text: "the talks were over", Speaker: "Jane Smith"},
			}},
		{"no cue, no speech", "The war turns three years old on February 24.", nil},
		{"no speech when hedged", "He could neither confirm nor deny the reports of a call.", nil},
		{"headlines are not indirect speech", "Kremlin says talks are possible\n\nThe story follows here.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, "indirect", tt.want) })
	}
}

func TestCitationsAndPublisher(t *testing.T) {
	at := attribution.New(attribution.Options{})
	tests := []struct {
		name      string
		text      string
		publisher string
		citations []string // outlet/relation
	}{
		{"photo credits are no citations",
			"Leaders met in Moscow on Friday, officials said.\nFILE - Vladimir Putin speaks on the phone. (Alexander Kazakov, Sputnik, Kremlin Pool Photo via AP, File)\nThe talks went on.",
			"", nil},
		{"dateline", "MOSCOW (Reuters) - The Kremlin said on Monday it could neither confirm nor deny the call.", "Reuters", nil},
		{"source lines", "The talks went well, the minister said.\nSource: vnexpress.net (Huyen Le – According to TASS , AFP , Reuters )\nRelated\nSource: Vietnam Insider",
			"Vietnam Insider", []string{"VnExpress/source", "TASS/according-to", "AFP/according-to", "Reuters/according-to"}},
		{"signature", "The talks went well, the minister told TASS.\nrenqi@chinadaily.com.cn", "China Daily", []string{"TASS/told"}},
		{"a Reuters request is no citation", "The White House has not responded to a Reuters request for comment.", "", nil},

		// The words that cite an outlet, from data/citation_cues.tsv.
		{"interview with, words between", "The minister spoke in an interview taped last week with Dutch broadcaster NOS.", "", []string{"NOS/interview"}},
		{"interview for", "She made the remark in an interview for The Guardian.", "", []string{"The Guardian/interview"}},
		{"interview on", "He repeated the claim in an interview on CNN on Sunday.", "", []string{"CNN/interview"}},
		{"outlet before interview", "In an exclusive Sky News interview, the senator said the bill was dead.", "", []string{"Sky News/interview"}},
		{"interview granted to", "The interview he granted to Le Monde ran on Friday.", "", []string{"Le Monde/interview"}},
		{"speaking with", "The senator was speaking with Fox News on Tuesday.", "", []string{"Fox News/told"}},
		{"comment to, described", "A ministry official said in a comment to the German news agency dpa that the plan stood.", "", []string{"dpa/told"}},
		{"made available to", "A copy of the draft law was made available to AFP.", "", []string{"AFP/told"}},
		{"according to, described", "The vote was delayed twice, according to the public broadcaster NHK.", "", []string{"NHK/according-to"}},
		{"according to a country's outlet", "The storm cut power to the capital, according to New Zealand’s RNZ.", "", []string{"RNZ/according-to"}},
		{"with reference to", "Two bridges were closed, the portal writes with reference to Ukrinform.", "", []string{"Ukrinform/according-to"}},
		{"released by, described", "The decree was carried by the state-run Xinhua News Agency late on Monday.", "", []string{"Xinhua/reported"}},
		{"released by its", "The text of the amnesty was published by its official SANA news agency.", "", []string{"SANA/reported"}},
		{"capital’s outlet released", "Tehran’s IRNA released the full letter on Sunday.", "", []string{"IRNA/reported"}},
		{"published by", "A short excerpt of the programme was aired by the Swiss broadcaster SRF.", "", []string{"SRF/reported"}},
		{"described at length", "She repeated it during an interview with the renowned French daily Le Figaro.", "", []string{"Le Figaro/interview"}},
		{"cited by", "“The border stays open,” the prime minister said late on Monday, as cited by Euronews.", "", []string{"Euronews/quoted"}},
		{"interview published", "In an interview with Reuters published on Monday, the governor promised to stay.", "", []string{"Reuters/interview"}},

		// Not citations.
		{"an outlet in a hyphenated word", "His support slipped, the latest CNN-ORC survey found.", "", nil},
		{"photo credit in a caption", "Officials met on Friday, the ministry said.\nThe minister arrives in Brussels. (Photo by JOHN DOE/AFP via Getty Images)\nThe talks went on.", "", nil},
		{"photo credit after a copyright sign", "The talks went on, the minister said.\nThe minister at the summit.\n© EPA-EFE/JOHN DOE/POOL", "", nil},
		{"agency credit after a caption", "The minister at the summit. JANE ROE / REUTERS\nThe talks went on, the minister said.", "", nil},
		{"credits inside body text", "“We will win,” the minister said on Friday (Photo: Reuters). Officials agreed, AFP/Getty Images show.", "", nil},

		// Source lines, datelines and credits.
		{"copyright line", "The talks went on, the minister said.\n(c)Ukrinform 2021\nLeave a reply", "Ukrinform", nil},
		{"copyright line with a year first", "The talks went on, the minister said.\n© 2024 The Associated Press. All rights reserved.", "The Associated Press", nil},
		{"copyright of no outlet", "The talks went on, the minister said.\nCopyright 2024 Example Media Inc. All rights reserved.", "", nil},
		{"source line with a dash", "The talks went on, the minister said.\nSource – Reuters\nLeave a reply", "Reuters", nil},
		{"dateline in slashes", "MINSK, March 3. /TASS/. The minister said the talks went on.", "TASS", nil},
		{"slashes of a photo credit are no dateline", "Photo EPA/AFP/Reuters shows the minister, who said the talks went on.", "", nil},
		{"closing credit line", "The minister said the talks went on.\n\nAFP, dpa and The Guardian", "", []string{"AFP/source", "dpa/source", "The Guardian/source"}},
		{"a closing line with other words", "The minister said the talks went on.\n\nReuters contributed to this report", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := at.AttributeText(tt.text)
			if res.Publisher != tt.publisher {
				t.Errorf("Publisher = %q, want %q", res.Publisher, tt.publisher)
			}
			var cites []string
			for _, c := range res.Citations {
				cites = append(cites, c.Outlet+"/"+string(c.Relation))
				if got := tt.text[c.Span.Start:c.Span.End]; got != c.Mention {
					t.Errorf("citation %q has span text %q", c.Mention, got)
				}
			}
			if diff := cmp.Diff(tt.citations, cites); diff != "" {
				t.Errorf("citations differ (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPhotoCreditIsNoOutlet(t *testing.T) {
	at := attribution.New(attribution.Options{})
	for _, text := range []string{
		"The minister at the summit.\n© EPA-EFE/JOHN DOE/POOL\n\nMINSK, May 2. “We stand by our words,” the minister said.",
		"The minister at the summit. (Jane Roe, Sputnik, Kremlin Pool Photo via AP)\n\n“We stand by our words,” the minister said.",
		"“We stand by our words,” the minister said. JANE ROE/AFP/Getty Images",
	} {
		res := at.AttributeText(text)
		if res.Publisher != "" {
			t.Errorf("%q: Publisher = %q, want none", text, res.Publisher)
		}
		for _, a := range res.Quotes {
			if a.Outlet != nil {
				t.Errorf("%q: %q has the outlet %q", text, a.Quote.Text, a.Outlet.Outlet)
			}
		}
		for _, c := range res.CitationsFor("Example News") {
			t.Errorf("%q: citation %q (%s)", text, c.Outlet, c.Relation)
		}
	}
}

func TestCitationsFor(t *testing.T) {
	at := attribution.New(attribution.Options{})
	tests := []struct {
		name      string
		text      string
		publisher string   // known from elsewhere
		credit    string   // Result.PublisherCredit: outlet/relation, "" for nil
		citations []string // CitationsFor(publisher)
	}{
		{"a wire story on a local site", "LISBON (AP) — The prime minister spoke in an interview with Portuguese broadcaster RTP.",
			"Wxyz", "The Associated Press/source", []string{"The Associated Press/source", "RTP/interview"}},
		{"the wire's own site", "LISBON (AP) — The prime minister spoke in an interview with Portuguese broadcaster RTP.",
			"AP", "The Associated Press/source", []string{"RTP/interview"}},
		{"the wire's own site, by its domain", "LISBON (AP) — The prime minister spoke in an interview with Portuguese broadcaster RTP.",
			"apnews.com", "The Associated Press/source", []string{"RTP/interview"}},
		{"a copied story", "“We will not back down,” the minister said.\n\nSource – Bloomberg\n\nLeave a reply",
			"Example Blog", "Bloomberg/source", []string{"Bloomberg/source"}},
		{"a copyright line", "The talks went on, the minister told Le Monde.\n\n(c)Ukrinform 2021",
			"Example Daily", "Ukrinform/source", []string{"Le Monde/told", "Ukrinform/source"}},
		{"the publisher's own report is no source", "Two bridges were closed, Ukrinform reports with reference to Interfax-Ukraine.",
			"Ukrinform", "", []string{"Interfax-Ukraine/according-to"}},
		{"nor by its domain", "Two bridges were closed, Ukrinform reports with reference to Interfax-Ukraine.",
			"www.ukrinform.net", "", []string{"Interfax-Ukraine/according-to"}},
		{"words told to the publisher are", "“It is over,” the minister told The Economist in an interview.",
			"The Economist", "", []string{"The Economist/told"}},
		{"no publisher known", "LISBON (AP) — Two bridges were closed, Ukrinform reports.",
			"", "The Associated Press/source", []string{"Ukrinform/reported"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := at.AttributeText(tt.text)
			credit := ""
			if c := res.PublisherCredit; c != nil {
				credit = c.Outlet + "/" + string(c.Relation)
				if c.Outlet != res.Publisher || tt.text[c.Span.Start:c.Span.End] != c.Mention || tt.text[c.EvidenceSpan.Start:c.EvidenceSpan.End] != c.Evidence {
					t.Errorf("PublisherCredit %+v does not hold together with Publisher %q", *c, res.Publisher)
				}
			}
			if credit != tt.credit {
				t.Errorf("PublisherCredit = %q, want %q", credit, tt.credit)
			}
			var cites []string
			for _, c := range res.CitationsFor(tt.publisher) {
				cites = append(cites, c.Outlet+"/"+string(c.Relation))
			}
			if diff := cmp.Diff(tt.citations, cites); diff != "" {
				t.Errorf("CitationsFor(%q) differ (-want +got):\n%s", tt.publisher, diff)
			}
		})
	}
}

func TestCitationEvidence(t *testing.T) {
	at := attribution.New(attribution.Options{})
	tests := []struct{ text, want string }{
		{"Peskov told Russia’s official TASS news agency that he could not say more.", "told Russia’s official TASS news agency"},
		{"The New York Post reported on Saturday that the call took place.", "The New York Post reported"},
		{"In an interview with Britain's ITV on Sunday, Zelensky said he was ready.", "In an interview with Britain's ITV"},
		{"“We are ready,” Zelensky said on Sunday during a long interview with ITV.", "during a long interview with ITV"},
		{"Russian state news agency RIA quoted Galuzin as saying Moscow had no offer.", "Russian state news agency RIA quoted"},
		{"The call was short, according to TASS, AFP and Reuters.", "according to TASS"},
		{"The talks went well.\nSource: vnexpress.net (Huyen Le)\nSource: Vietnam Insider", "Source: vnexpress.net"},
	}
	for _, tt := range tests {
		res := at.AttributeText(tt.text)
		if len(res.Citations) == 0 {
			t.Errorf("%q: no citation", tt.text)
			continue
		}
		c := res.Citations[0]
		if c.Evidence != tt.want {
			t.Errorf("%q: Evidence = %q, want %q", tt.text, c.Evidence, tt.want)
		}
		if got := tt.text[c.EvidenceSpan.Start:c.EvidenceSpan.End]; got != c.Evidence {
			t.Errorf("%q: EvidenceSpan holds %q, not the evidence %q", tt.text, got, c.Evidence)
		}
	}
}

func TestUserOutlets(t *testing.T) {
	table, err := attribution.DefaultOutlets().With(attribution.Outlet{Name: "The Daily Planet", Aliases: []string{"Planet"}, Country: "US", Kind: attribution.Newspaper})
	if err != nil {
		t.Fatal(err)
	}
	text := "“We will win,” Lois Lane told the Daily Planet."
	res := attribution.New(attribution.Options{Outlets: table}).AttributeText(text)
	if len(res.Quotes) != 1 || res.Quotes[0].Outlet == nil || res.Quotes[0].Outlet.Outlet != "The Daily Planet" {
		t.Fatalf("with a user's outlet, got %+v", res.Quotes)
	}
	res = attribution.New(attribution.Options{}).AttributeText(text)
	if len(res.Quotes) != 1 || res.Quotes[0].Outlet != nil {
		t.Errorf("without it, outlet = %+v, want none", res.Quotes[0].Outlet)
	}
}

func TestBadInput(t *testing.T) {
	at := attribution.New(attribution.Options{})
	texts := []string{
		"",
		"\xff\xfe\x00binary\x00\x01",
		strings.Repeat("“", 5000),
		strings.Repeat("he said ", 20000),
		strings.Repeat("“a,” he said. ", 3000),
		strings.Repeat("Reuters reported, ", 10000),
		strings.Repeat("John Smith, ", 10000) + "said",
		strings.Repeat("the newspaper ", 10000),
		"said",
		"According to",
		"— ",
	}
	for _, unit := range runOnUnits {
		texts = append(texts, "In a new poll, "+strings.Repeat(unit, 4000)+".")
	}
	for _, text := range texts {
		res := at.AttributeText(text)
		if res == nil || res.Document == nil {
			t.Fatalf("%.20q: nil result", text)
		}
		for _, a := range res.Quotes {
			for _, sp := range a.Quote.Spans() {
				if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
					t.Errorf("%.20q: bad span %v", text, sp)
				}
			}
		}
	}
}

// TestAttributeDocumentWithoutSentences checks that speech in a document
// made without sentences is kept, with no speaker, not dropped.
func TestAttributeDocumentWithoutSentences(t *testing.T) {
	text := "“Yes,” he said."
	doc := &quote.Document{Text: text, Articles: []quote.Article{{Span: quote.Span{Start: 0, End: len(text)}}}, Quotes: quote.Find(text)}
	res := attribution.New(attribution.Options{}).Attribute(doc)
	if len(res.Quotes) != 1 || res.Quotes[0].Speaker != nil {
		t.Errorf("got %+v, want the quote with no speaker", res.Quotes)
	}
}

// sample returns the text of the sample article whose id starts with
// prefix.
func sample(t *testing.T, prefix string) string {
	t.Helper()
	for _, a := range readSampleTexts(t) {
		if strings.HasPrefix(a.id, prefix) {
			return a.text
		}
	}
	t.Fatalf("no sample %s", prefix)
	return ""
}

// TestSamples checks, on the sample articles, the attributions the issue
// names.
func TestSamples(t *testing.T) {
	at := attribution.New(attribution.Options{})
	find := func(t *testing.T, res *attribution.Result, prefix string) attribution.Attribution {
		t.Helper()
		for _, a := range res.Quotes {
			if strings.HasPrefix(a.Quote.Text, prefix) {
				return a
			}
		}
		t.Fatalf("no quote starting %q", prefix)
		return attribution.Attribution{}
	}
	tests := []struct {
		sample, quote string
		want          want
	}{
		// The Kremlin official, resolved; the outlet from the scene-setting clause.
		{"000", "What can be said", want{Kind: "direct", Speaker: "Dmitry Peskov", Mention: "the Kremlin official", Outlet: "TASS", Relation: attribution.Told}},
		{"000", "is at an advanced", want{Kind: "partial", Speaker: "Leonid Slutsky"}},
		{"001", "What can I say", want{Kind: "direct", Speaker: "Dmitry Peskov", Mention: "he", Outlet: "TASS", Relation: attribution.Told}},
		{"001", "And certainly", want{Kind: "direct", Speaker: "Dmitry Peskov", Mention: "the Kremlin spokesman", Outlet: "TASS", Relation: attribution.Told}},
		{"001", "He (Putin) wants", want{Kind: "direct", Speaker: "Donald Trump", Outlet: "New York Post", Relation: attribution.Told}},
		// Words given to the New York Post, as the paragraph before says.
		{"001", "Every day people", want{Kind: "direct", Speaker: "Donald Trump", Mention: "the U.S. president", Outlet: "New York Post", Relation: attribution.Told}},
		{"002", "I made a statement", want{Kind: "direct", Speaker: "Dmitry Peskov"}},
		{"002", "Putin is open", want{Kind: "indirect", Speaker: "Reuters", Outlet: "Reuters", Relation: attribution.Reported}},
		{"003", "wants to see people", want{Kind: "partial", Speaker: "Vladimir Putin", Mention: "the Russian president", Via: "Donald Trump", Outlet: "New York Post", Relation: attribution.Told}},
		{"003", "better not say", want{Kind: "partial", Speaker: "Donald Trump", Outlet: "New York Post", Relation: attribution.Quoted}},
		{"003", "And of course", want{Kind: "direct", Speaker: "Dmitry Peskov", Outlet: "TASS", Relation: attribution.Told}},
		{"003", "remains open", want{Kind: "partial", Speaker: "Dmitry Peskov", Outlet: "The New York Times", Relation: attribution.Told}},
		{"003", "Moscow is yet", want{Kind: "indirect", Speaker: "Mikhail Galuzin", Outlet: "RIA Novosti", Relation: attribution.Quoted}},
		{"004", "in recent days", want{Kind: "partial", Speaker: "Reuters sources", Outlet: "Reuters", Relation: attribution.Reported}},
		{"004", "he does not comment", want{Kind: "partial", Speaker: "Steven Cheung"}},
	}
	for _, tt := range tests {
		t.Run(tt.sample+"/"+tt.quote, func(t *testing.T) {
			res := at.AttributeText(sample(t, tt.sample))
			a := find(t, res, tt.quote)
			w := tt.want
			w.Text = tt.quote
			if diff := cmp.Diff(w, got(a, w)); diff != "" {
				t.Errorf("attribution differs (-want +got):\n%s", diff)
			}
		})
	}
}
