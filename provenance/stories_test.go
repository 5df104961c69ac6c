package provenance_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/quote"
)

// The fixtures below are written for these tests, after the patterns of
// real multi-outlet stories: a wire story, its verbatim copy with a
// "Source:" line, re-wordings that quote part of it, and look-alike words
// of the same speaker on other occasions.
const (
	wireStory = `Ministers fail to agree on grain corridor

Foreign Minister Elena Marchetti told the ANSA news agency on Tuesday that talks on the grain corridor had stalled.
"We have offered three routes and every one of them was refused. There are methods which you could do it, but nobody wants to try them," Marchetti said on Tuesday.
She added that the ministry would publish its proposal within a week.
"I'm not joking," she said on Tuesday when asked whether she would walk out of the talks.
Harbour authority chief Tomas Lind said the ports were ready. "Our cranes are idle and our crews are waiting for a decision from the capital," Lind said.
`
	copyStory = wireStory + "\nSource: ansa.it\n"

	rewrite = `Grain corridor talks hit a wall

Italy's top diplomat Elena Marchetti said the negotiations had stalled, according to ANSA.
"There are methods which you could do it, but nobody wants to try them," she told the agency.
Asked whether she would leave, Marchetti replied: "I'm not joking."
`
	brief = `Marchetti: "I'm not joking"

Elena Marchetti warned on Tuesday she could walk out of the grain talks. "I'm not joking," Marchetti said.
`
	// Look-alikes: the same speaker, close words, another occasion.
	lookAlikeMonday = `Marchetti repeats warning

Elena Marchetti said on Monday that the talks were going nowhere.
"We have offered three routes and every one of them was refused, and I will not offer a fourth," Marchetti said on Monday.
`
	unrelated = `Storm closes schools

Weather officer Ana Ruiz said the schools would stay shut. "The roads are not safe for buses," Ruiz said.
`
)

var storyDay = time.Date(2026, 3, 3, 10, 0, 0, 0, time.UTC) // a Tuesday

// storyArticle is a fixture article to add to a Graph.
type storyArticle struct {
	id, text, url string
	published     time.Time
}

func (s storyArticle) article() provenance.Article {
	return provenance.Article{ID: s.id, URL: s.url, Published: s.published, Result: attributor.Attribute(quote.Parse(s.text))}
}

// traceOf traces the fixture articles, added in the given order.
func traceOf(t *testing.T, arts ...storyArticle) *provenance.Trace {
	t.Helper()
	g, err := provenance.New(provenance.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if err := g.Add(a.article()); err != nil {
			t.Fatal(err)
		}
	}
	return g.Trace()
}

// groupsOf returns the statements of tr as sorted lists of
// "article#quote", sorted: a form that does not depend on the statements'
// numbering.
func groupsOf(tr *provenance.Trace) [][]string {
	var out [][]string
	for _, s := range tr.Statements {
		var g []string
		for _, m := range s.Members {
			g = append(g, fmt.Sprintf("%s#%d", m.Article, m.Quote))
		}
		slices.Sort(g)
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
	return out
}

// copiesOf returns the copies of tr: each copy's ID and the ID of the
// article it copies.
func copiesOf(tr *provenance.Trace) map[string]string {
	out := make(map[string]string)
	for _, a := range tr.Articles {
		if a.CopyOf != "" {
			out[a.ID] = a.CopyOf
		}
	}
	return out
}

// statementWith returns the statement of tr whose members include a
// quotation of article id whose text contains words.
func statementWith(t *testing.T, tr *provenance.Trace, id, words string) *provenance.Statement {
	t.Helper()
	for i, s := range tr.Statements {
		for _, m := range s.Members {
			if m.Article == id && strings.Contains(m.Text, words) {
				return &tr.Statements[i]
			}
		}
	}
	t.Fatalf("no statement has %q of %s", words, id)
	return nil
}

// TestVerbatimCopy checks that a copy with a "Source:" line joins every
// quotation of its original, republishes it, and is never an origin.
func TestVerbatimCopy(t *testing.T) {
	wire := storyArticle{"wire", wireStory, "", storyDay}
	cp := storyArticle{"copy", copyStory, "https://www.copysite.example/news/1", storyDay.Add(3 * time.Hour)}
	tr := traceOf(t, cp, wire)
	byArticle := map[string][]int{}
	for _, s := range tr.Statements {
		for _, m := range s.Members {
			byArticle[m.Article] = append(byArticle[m.Article], 0)
		}
	}
	if len(byArticle["copy"]) == 0 || len(byArticle["copy"]) != len(byArticle["wire"]) {
		t.Fatalf("copy has %d quotations, wire %d", len(byArticle["copy"]), len(byArticle["wire"]))
	}
	for _, s := range tr.Statements {
		var in []string
		for _, m := range s.Members {
			in = append(in, m.Article)
		}
		if !slices.Contains(in, "copy") || !slices.Contains(in, "wire") {
			t.Errorf("statement %s %.40q is not in both the copy and the original: %q", s.ID, s.Text, in)
		}
	}
	var republishes bool
	for _, e := range tr.Edges {
		if e.Relation == provenance.Republishes && e.From == provenance.ArticleNode("copy") && e.To == provenance.ArticleNode("wire") {
			republishes = true
		}
	}
	if !republishes {
		t.Error("no edge says the copy republishes the wire story")
	}
	for _, s := range tr.Statements {
		if pub := publisherOf(tr, "copy"); pub != "" && s.Origin == pub {
			t.Errorf("statement %s has the copy's publisher %q as its origin", s.ID, pub)
		}
	}
}

func publisherOf(tr *provenance.Trace, id string) string {
	for _, a := range tr.Articles {
		if a.ID == id {
			return a.Publisher
		}
	}
	return ""
}

// TestShortCommonWords checks that a short quotation of common words
// joins across three articles, and that a longer one given in part joins
// the whole.
func TestShortCommonWords(t *testing.T) {
	tr := traceOf(t,
		storyArticle{"a-wire", wireStory, "", storyDay},
		storyArticle{"b-rewrite", rewrite, "", storyDay.Add(time.Hour)},
		storyArticle{"c-brief", brief, "", storyDay.Add(2 * time.Hour)},
	)
	joking := statementWith(t, tr, "a-wire", "I'm not joking")
	var in []string
	for _, m := range joking.Members {
		in = append(in, m.Article)
	}
	in = slices.Compact(in) // the brief has it in its headline too
	if diff := cmp.Diff([]string{"a-wire", "b-rewrite", "c-brief"}, in); diff != "" {
		t.Errorf("“I'm not joking”: articles differ (-want +got):\n%s", diff)
	}
	if !strings.Contains(joking.Speaker, "Marchetti") {
		t.Errorf("“I'm not joking”: speaker %q", joking.Speaker)
	}
	methods := statementWith(t, tr, "b-rewrite", "There are methods")
	if methods.ID != statementWith(t, tr, "a-wire", "There are methods").ID {
		t.Error("“There are methods which you could do it” does not join the whole quotation")
	}
	if lind := statementWith(t, tr, "a-wire", "Our cranes"); lind.ID == methods.ID || lind.ID == joking.ID {
		t.Error("another speaker's words joined Marchetti's")
	}
}

// TestLookAlikes checks that close words of the same speaker on another
// occasion stay apart: said on another weekday, or published months
// apart.
func TestLookAlikes(t *testing.T) {
	tests := []struct {
		name  string
		other storyArticle
	}{
		{"said on Monday", storyArticle{"b-monday", lookAlikeMonday, "", time.Time{}}},
		{"months apart", storyArticle{"b-later", strings.ReplaceAll(lookAlikeMonday, " on Monday", ""), "", storyDay.AddDate(0, 4, 0)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := traceOf(t, storyArticle{"a-wire", wireStory, "", storyDay}, tt.other)
			s := statementWith(t, tr, "a-wire", "three routes")
			for _, m := range s.Members {
				if m.Article == tt.other.id {
					t.Errorf("the look-alike %q joined the Tuesday statement", m.Text)
				}
			}
		})
	}
	// The same words without the occasion's evidence are one statement.
	tr := traceOf(t, storyArticle{"a-wire", wireStory, "", storyDay}, storyArticle{"b-same", strings.ReplaceAll(lookAlikeMonday, " on Monday", ""), "", storyDay.Add(time.Hour)})
	if s := statementWith(t, tr, "a-wire", "three routes"); len(s.Members) != 2 {
		t.Errorf("close words with no other occasion: %d members, want 2", len(s.Members))
	}
}

// TestOrderAndUnrelated checks that the statements depend on the set of
// articles alone: no order of adding them, and no unrelated article
// added, changes them.
func TestOrderAndUnrelated(t *testing.T) {
	arts := []storyArticle{
		{"a-wire", wireStory, "", storyDay},
		{"b-copy", copyStory, "", storyDay.Add(time.Hour)},
		{"c-rewrite", rewrite, "", storyDay.Add(2 * time.Hour)},
		{"d-brief", brief, "", storyDay.Add(3 * time.Hour)},
		{"e-monday", lookAlikeMonday, "", storyDay.Add(-24 * time.Hour)},
		{"g-copy", wireStory, "", storyDay.Add(4 * time.Hour)},
		{"h-copy", wireStory, "", time.Time{}},
	}
	first := traceOf(t, arts...)
	want := groupsOf(first)
	copies := copiesOf(first)
	rng := rand.New(rand.NewPCG(1, 2))
	for k := range 12 {
		perm := slices.Clone(arts)
		rng.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
		tr := traceOf(t, perm...)
		if diff := cmp.Diff(want, groupsOf(tr)); diff != "" {
			t.Errorf("permutation %d: statements differ (-first +permuted):\n%s", k, diff)
		}
		if diff := cmp.Diff(copies, copiesOf(tr)); diff != "" {
			t.Errorf("permutation %d: copies differ (-first +permuted):\n%s", k, diff)
		}
		// With an unrelated article among them, its quotations apart.
		withOther := append(perm, storyArticle{"f-storm", unrelated, "", storyDay})
		got := groupsOf(traceOf(t, withOther...))
		got = slices.DeleteFunc(got, func(g []string) bool { return strings.HasPrefix(g[0], "f-storm") })
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("permutation %d with an unrelated article: statements differ (-without +with):\n%s", k, diff)
		}
	}
}

// TestOneQuoteManyArticles checks that a statement quoted by thousands of
// articles in the same words is one statement.
func TestOneQuoteManyArticles(t *testing.T) {
	const n = 5000
	g, err := provenance.New(provenance.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		text := fmt.Sprintf("Report number %d from desk %d.\n\"We will never give up our land,\" President Anna Kovacs said at the rally.\n", i, i%97)
		if err := g.Add(provenance.Article{ID: fmt.Sprintf("a%05d", i), Published: storyDay.Add(time.Duration(i) * time.Second), Result: attributor.Attribute(quote.Parse(text))}); err != nil {
			t.Fatal(err)
		}
	}
	tr := g.Trace()
	if len(tr.Statements) != 1 || len(tr.Statements[0].Members) != n {
		t.Fatalf("%d statements (first with %d members), want 1 with %d", len(tr.Statements), len(tr.Statements[0].Members), n)
	}
}

// TestCopyDirection checks which of two near-identical articles is the
// copy: the one whose last line sends the reader to the other's site, else
// the later published; with neither, their quotations still join but no
// article is said to copy the other.
func TestCopyDirection(t *testing.T) {
	const wireURL = "https://www.ansa.it/english/news/1"
	readMore := copyStory[:strings.Index(copyStory, "Source:")] + "Read full article at ansa.it\n"
	tests := []struct {
		name   string
		copy   storyArticle
		wire   storyArticle
		copies bool
	}{
		{"read full article line", storyArticle{"b", readMore, "https://regional.example/story", time.Time{}}, storyArticle{"a", wireStory, wireURL, time.Time{}}, true},
		{"published later", storyArticle{"b", wireStory, "https://regional.example/story", storyDay.Add(time.Hour)}, storyArticle{"a", wireStory, wireURL, storyDay}, true},
		{"nothing tells", storyArticle{"b", wireStory, "https://regional.example/story", time.Time{}}, storyArticle{"a", wireStory, wireURL, time.Time{}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := traceOf(t, tt.copy, tt.wire)
			var copyOf string
			for _, a := range tr.Articles {
				if a.ID == "b" {
					copyOf = a.CopyOf
				}
				if a.ID == "a" && a.CopyOf != "" {
					t.Errorf("the original is called a copy of %q", a.CopyOf)
				}
			}
			if want := map[bool]string{true: "a", false: ""}[tt.copies]; copyOf != want {
				t.Errorf("b copies %q, want %q", copyOf, want)
			}
			for _, s := range tr.Statements {
				var in []string
				for _, m := range s.Members {
					in = append(in, m.Article)
				}
				if in = slices.Compact(in); len(in) != 2 {
					t.Errorf("statement %.40q is in %q, want both articles", s.Text, in)
				}
				if s.Origin == "Regional" {
					t.Errorf("statement %.40q has the copy's publisher as its origin", s.Text)
				}
			}
		})
	}
}

// TestTranslatedPost checks that a post translated twice joins, one
// translation in quote marks and the other marked by a quotation dash,
// with its speaker named only by a pronoun.
func TestTranslatedPost(t *testing.T) {
	quoted := `Minister rejects surrender call

Foreign Minister Oksana Hrytsenko wrote in a post on X on Sunday: "Our harbour is open and free, and in it we work and trade. We will never lower our anchors to anyone."
`
	dashed := `Hrytsenko answers the bishop

Foreign Minister Oksana Hrytsenko responded to the bishop's appeal on Sunday.

Our harbour is open and free. In it we work, trade and thrive. We will not lower our anchors to anyone - She added.
`
	tr := traceOf(t,
		storyArticle{"quoted", quoted, "", storyDay},
		storyArticle{"dashed", dashed, "", storyDay.Add(time.Hour)},
	)
	s := statementWith(t, tr, "dashed", "Our harbour is open and free")
	if s.ID != statementWith(t, tr, "quoted", "Our harbour is open and free").ID {
		t.Errorf("the dash-marked translation stands apart: %v", groupsOf(tr))
	}
	if s.Speaker != "Oksana Hrytsenko" {
		t.Errorf("speaker %q, want Oksana Hrytsenko", s.Speaker)
	}
}

// TestReorderedTranslation checks that two translations of one answer that
// give its two sentences in the other order, one framed by "as regards"
// and "of course", join; and that a quotation sharing a story's words in
// another order, within one sentence, stays apart.
func TestReorderedTranslation(t *testing.T) {
	agency := `Prime minister vows jail for bribery

Prime Minister Viktor Halas told the Baltic Times on Tuesday: "Bribery is the most shameful offence in public life, and officials who take bribes must go to prison."
"Our farmers want to see the harvest reach the market," Halas said on Tuesday.
`
	transcript := `Halas on bribery and the harvest

In the interview with the Baltic Times, Prime Minister Viktor Halas said on Tuesday: "As regards bribery, of course, officials must be sent to prison. It is the most shameful offence imaginable."
"Every day the harvest rots in the fields. This is a disaster for the market. Farmers want a solution," Halas said on Tuesday.
`
	tr := traceOf(t,
		storyArticle{"agency", agency, "", storyDay},
		storyArticle{"transcript", transcript, "", storyDay.Add(time.Hour)},
	)
	if statementWith(t, tr, "agency", "Bribery is").ID != statementWith(t, tr, "transcript", "As regards bribery").ID {
		t.Errorf("the two translations of the answer on bribery stand apart: %v", groupsOf(tr))
	}
	if statementWith(t, tr, "agency", "Our farmers").ID == statementWith(t, tr, "transcript", "Every day").ID {
		t.Error("words on the harvest in another order joined")
	}
}
