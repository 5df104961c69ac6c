package provenance_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/quotetrace/quotetrace/attribution"
	_ "github.com/quotetrace/quotetrace/internal/golden" // accepts -update
	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/quote"
)

var attributor = attribution.New(attribution.Options{})

// sample is a sample article, attributed.
type sample struct {
	id  string
	res *attribution.Result
}

var readSamples = sync.OnceValues(func() ([]sample, error) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("no sample articles: %v", err)
	}
	var out []sample
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		out = append(out, sample{strings.TrimSuffix(filepath.Base(p), ".txt"), attributor.Attribute(quote.Parse(string(b)))})
	}
	return out, nil
})

// graphOf returns a graph of the samples whose IDs start with one of the
// prefixes (all of them when none is given), added in the given order.
func graphOf(t *testing.T, prefixes ...string) *provenance.Graph {
	t.Helper()
	samples, err := readSamples()
	if err != nil {
		t.Fatal(err)
	}
	g, err := provenance.New(provenance.Options{})
	if err != nil {
		t.Fatal(err)
	}
	add := func(s sample) {
		if err := g.Add(provenance.Article{ID: s.id, Result: s.res}); err != nil {
			t.Fatal(err)
		}
	}
	if len(prefixes) == 0 {
		for _, s := range samples {
			add(s)
		}
	}
	for _, p := range prefixes {
		for _, s := range samples {
			if strings.HasPrefix(s.id, p) {
				add(s)
			}
		}
	}
	return g
}

// statementOf returns the statement that has the quotation q of the
// article whose ID starts with prefix.
func statementOf(t *testing.T, tr *provenance.Trace, prefix string, q int) *provenance.Statement {
	t.Helper()
	for i := range tr.Statements {
		for _, m := range tr.Statements[i].Members {
			if strings.HasPrefix(m.Article, prefix) && m.Quote == q {
				return &tr.Statements[i]
			}
		}
	}
	t.Fatalf("no statement has quotation %s#%d", prefix, q)
	return nil
}

// members returns the members of s as "article-prefix#quote".
func members(s *provenance.Statement) []string {
	var out []string
	for _, m := range s.Members {
		out = append(out, fmt.Sprintf("%s#%d", m.Article[:3], m.Quote))
	}
	return out
}

// TestSamples checks the statements, origins and chains a careful reader
// of the five sample articles would give.
func TestSamples(t *testing.T) {
	tr := graphOf(t).Trace()
	// The edges are counted before they are made: none is allocated in
	// vain.
	if len(tr.Edges) != cap(tr.Edges) {
		t.Errorf("%d edges in room for %d", len(tr.Edges), cap(tr.Edges))
	}

	// The spokesman's reply to TASS, in three translations: 000 quotes it
	// whole, with its paraphrase ("he could neither confirm nor deny
	// reports of contacts"); 001 in two quotations, a partial one
	// ("neither confirm nor deny") and its paraphrase told to TASS; 003 in
	// two quotations, with its own paraphrase, told to TASS.
	reply := statementOf(t, tr, "000", 2)
	want := []string{"000#0", "000#2", "001#0", "001#8", "001#9", "001#10", "003#8", "003#10", "003#11"}
	if diff := cmp.Diff(want, members(reply)); diff != "" {
		t.Errorf("the reply to TASS: members differ (-want +got):\n%s", diff)
	}
	if reply.Speaker != "Dmitry Peskov" || reply.Origin != "TASS" || !strings.HasPrefix(reply.Text, "What can be said about this news") {
		t.Errorf("the reply to TASS: speaker %q, origin %q, text %.40q", reply.Speaker, reply.Origin, reply.Text)
	}
	// Each member has the cue of its own article: the spokesman "has
	// stated" his paraphrase in 000 and "replied" the quotation; "told
	// Russia's official TASS news agency" in 001; the second paragraph of
	// 003's quotation continues the first and has no cue of its own.
	cues := make(map[string]string)
	for _, m := range reply.Members {
		cues[fmt.Sprintf("%s#%d", m.Article[:3], m.Quote)] = m.Cue
	}
	for q, want := range map[string]string{"000#0": "stated", "000#2": "replied", "001#8": "told", "003#11": ""} {
		if got := cues[q]; got != want {
			t.Errorf("the reply to TASS: %s has the cue %q, want %q", q, got, want)
		}
	}
	// "Iran has long denied that it is working on developing a nuclear
	// weapon": reported speech, with its cue.
	if m := statementOf(t, tr, "002", 20).Members[0]; m.Kind != quote.Indirect || m.Cue != "denied" || m.Speaker != "Iran" {
		t.Errorf("Iran's denial: %s by %q with the cue %q, want indirect by Iran with the cue denied", m.Kind, m.Speaker, m.Cue)
	}

	// Other occasions stay apart: the conference call of 002 and the press
	// conference of 004.
	for _, other := range []struct {
		prefix string
		q      int
	}{{"002", 5}, {"004", 1}} {
		if s := statementOf(t, tr, other.prefix, other.q); s.ID == reply.ID {
			t.Errorf("%s#%d joined the reply to TASS", other.prefix, other.q)
		}
	}

	// Trump telling the New York Post of the call, reported in three
	// wordings: "wrote that Trump had reported discussing a settlement …
	// by telephone" (000), "told the newspaper that he had a phone
	// conversation …" (001), "told the publication he had spoken on the
	// phone …" (003).
	call := statementOf(t, tr, "003", 3)
	if diff := cmp.Diff([]string{"000#1", "001#3", "003#3"}, members(call)); diff != "" {
		t.Errorf("the call told to the New York Post: members differ (-want +got):\n%s", diff)
	}
	if call.Speaker != "Donald Trump" || call.Origin != "New York Post" {
		t.Errorf("the call told to the New York Post: speaker %q, origin %q", call.Speaker, call.Origin)
	}

	// Putin's words, relayed by Trump to the New York Post.
	dying := statementOf(t, tr, "003", 4)
	if diff := cmp.Diff([]string{"001#6", "003#4"}, members(dying)); diff != "" {
		t.Errorf("“wants to see people stop dying”: members differ (-want +got):\n%s", diff)
	}
	if dying.Speaker != "Vladimir Putin" || !slices.Equal(dying.Via, []string{"Donald Trump"}) || dying.Origin != "New York Post" {
		t.Errorf("“wants to see people stop dying”: speaker %q via %q, origin %q", dying.Speaker, dying.Via, dying.Origin)
	}
	var chain []string
	for _, p := range tr.Chain(dying.ID) {
		if last := p[len(p)-1]; last.Node.Kind == provenance.ArticleKind && strings.HasPrefix(last.Node.Name, "003") {
			for _, h := range p {
				chain = append(chain, h.Node.String())
			}
		}
	}
	wantChain := []string{"speaker:Vladimir Putin", "speaker:Donald Trump", "outlet:New York Post", "article:003_c1e3f43face887c9"}
	if diff := cmp.Diff(wantChain, chain); diff != "" {
		t.Errorf("chain to China Daily differs (-want +got):\n%s", diff)
	}

	// "better not say" is a partial quotation of "better not to say".
	better := statementOf(t, tr, "003", 5)
	if diff := cmp.Diff([]string{"001#4", "003#5"}, members(better)); diff != "" {
		t.Errorf("“better not say”: members differ (-want +got):\n%s", diff)
	}
	if m := better.Members[1]; !slices.Equal(m.Drift, []provenance.Change{{Old: "to"}}) {
		t.Errorf("“better not say”: drift %q, want “to” left out", m.Drift)
	}

	// Vietnam Insider's copy of VnExpress's story, which had the Kremlin's
	// denial from TASS, AFP and Reuters: the chain runs through the first
	// source its "Source:" line names, then VnExpress.
	denial := statementOf(t, tr, "004", 1)
	if denial.ID == reply.ID || denial.Speaker != "Dmitry Peskov" || denial.Origin != "" {
		t.Errorf("the 2024 denial: statement %s, speaker %q, origin %q", denial.ID, denial.Speaker, denial.Origin)
	}
	var relay []string
	for _, p := range tr.Chain(denial.ID) {
		for _, h := range p {
			relay = append(relay, h.Node.String())
		}
	}
	wantRelay := []string{"speaker:Dmitry Peskov", "outlet:TASS", "outlet:VnExpress", "article:004_16e86d818e0bff05"}
	if diff := cmp.Diff(wantRelay, relay); diff != "" {
		t.Errorf("chain of the denial to Vietnam Insider differs (-want +got):\n%s", diff)
	}

	// Vietnam Insider republishes VnExpress, which had it from TASS, AFP
	// and Reuters.
	var got []string
	for _, e := range tr.Edges {
		if e.From == provenance.ArticleNode("004_16e86d818e0bff05") && e.Statement == "" {
			got = append(got, string(e.Relation)+" "+e.To.String()+" ["+e.Evidence+"]")
		}
	}
	wantEdges := []string{
		"republishes outlet:VnExpress [Source: vnexpress.net]",
		"cites outlet:TASS [According to TASS]",
		"cites outlet:AFP [According to TASS , AFP]",
	}
	for _, w := range wantEdges {
		if !slices.Contains(got, w) {
			t.Errorf("004 lacks the edge %q; it has %q", w, got)
		}
	}
	for _, a := range tr.Articles {
		if a.ID == "004_16e86d818e0bff05" && a.Publisher != "Vietnam Insider" {
			t.Errorf("004 is published by %q, want Vietnam Insider", a.Publisher)
		}
	}
}

// TestMerge checks that graphs built on parts of a corpus, in any order,
// merge into the graph of the whole.
func TestMerge(t *testing.T) {
	whole := graphOf(t).Trace()
	opts := cmpopts.IgnoreUnexported(provenance.Trace{})

	a, b := graphOf(t, "004", "000", "002"), graphOf(t, "003", "001")
	if err := a.Merge(b); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(whole, a.Trace(), opts); diff != "" {
		t.Errorf("merged graph differs from the whole (-whole +merged):\n%s", diff)
	}
	reversed := graphOf(t, "004", "003", "002", "001", "000")
	if diff := cmp.Diff(whole, reversed.Trace(), opts); diff != "" {
		t.Errorf("graph built in reverse differs (-forward +reverse):\n%s", diff)
	}
	// Three parts, merged in another order.
	c, d, e := graphOf(t, "001"), graphOf(t, "000", "004"), graphOf(t, "002", "003")
	if err := e.Merge(c); err != nil {
		t.Fatal(err)
	}
	if err := d.Merge(e); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(whole, d.Trace(), opts); diff != "" {
		t.Errorf("three-way merge differs (-whole +merged):\n%s", diff)
	}
	// An overlapping merge adds the new articles and names the others.
	f := graphOf(t, "000", "001")
	err := f.Merge(graphOf(t, "001", "002", "003", "004"))
	if !errors.Is(err, provenance.ErrDuplicate) || !strings.Contains(err.Error(), "001_b4ca08a301601282") {
		t.Errorf("overlapping merge: error %v, want a duplicate 001", err)
	}
	if diff := cmp.Diff(whole, f.Trace(), opts); diff != "" {
		t.Errorf("overlapping merge differs (-whole +merged):\n%s", diff)
	}
	if err := f.Merge(f); err == nil {
		t.Error("a graph merged with itself")
	}
}

// attributed returns an attribution of one direct quotation by the person
// speaker, told to outlet when it is not "".
func attributed(text, speaker, outlet string) *attribution.Result {
	return said(text, speaker, speaker, attribution.Person, outlet)
}

// TestOccasions checks that speaker, outlet and dates keep close wordings
// of different occasions apart.
func TestOccasions(t *testing.T) {
	const (
		long  = "The strongest is the one who looks at the situation and thinks about the people"
		short = "I can neither confirm nor deny it"
		w1    = "Inflation will fall to 3 percent by the end of next year, and rates will stay where they are."
		w2    = "Inflation will fall to three percent by the end of next year and interest rates will remain unchanged."
	)
	day := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		a, b     provenance.Article
		together bool
	}{
		{"translations", provenance.Article{ID: "a", Result: attributed(w1, "Anna Weber", "")}, provenance.Article{ID: "b", Result: attributed(w2, "Weber", "")}, true},
		{"other speaker", provenance.Article{ID: "a", Result: attributed(w1, "Anna Weber", "")}, provenance.Article{ID: "b", Result: attributed(w2, "Paul Klein", "")}, false},
		{"same outlet", provenance.Article{ID: "a", Result: attributed(w1, "Anna Weber", "Reuters")}, provenance.Article{ID: "b", Result: attributed(w2, "Anna Weber", "Reuters")}, true},
		{"other outlets", provenance.Article{ID: "a", Result: attributed(w1, "Anna Weber", "Reuters")}, provenance.Article{ID: "b", Result: attributed(w2, "Anna Weber", "Bloomberg")}, false},
		{"days apart", provenance.Article{ID: "a", Published: day, Result: attributed(w1, "Anna Weber", "")}, provenance.Article{ID: "b", Published: day.Add(48 * time.Hour), Result: attributed(w2, "Anna Weber", "")}, true},
		{"months apart", provenance.Article{ID: "a", Published: day, Result: attributed(w1, "Anna Weber", "")}, provenance.Article{ID: "b", Published: day.AddDate(0, 3, 0), Result: attributed(w2, "Anna Weber", "")}, false},
		{"same topic, other words", provenance.Article{ID: "a", Result: attributed(w1, "Anna Weber", "")}, provenance.Article{ID: "b", Result: attributed("The bank will raise rates again next month, and inflation will stay high.", "Anna Weber", "")}, false},
		// One long run of words is one statement across outlets (an
		// interview and an advance transcript), weeks, an organisation and
		// its spokesperson, or a missing name; a short one is not.
		{"one run, two outlets", provenance.Article{ID: "a", Result: attributed(long, "Anna Weber", "RSI")}, provenance.Article{ID: "b", Result: attributed(long, "Anna Weber", "Reuters")}, true},
		{"one run, weeks apart", provenance.Article{ID: "a", Published: day, Result: attributed(long, "Anna Weber", "")}, provenance.Article{ID: "b", Published: day.AddDate(0, 0, 21), Result: attributed(long, "Anna Weber", "")}, true},
		{"one run, organisation and person", provenance.Article{ID: "a", Result: said(long, "Kremlin", "the Kremlin", attribution.Organization, "")}, provenance.Article{ID: "b", Result: attributed(long, "Anna Weber", "")}, true},
		{"one run, no name", provenance.Article{ID: "a", Result: said(long, "", "", "", "")}, provenance.Article{ID: "b", Result: attributed(long, "Anna Weber", "")}, true},
		{"short, two outlets", provenance.Article{ID: "a", Result: attributed(short, "Anna Weber", "RSI")}, provenance.Article{ID: "b", Result: attributed(short, "Anna Weber", "Reuters")}, false},
		{"short, two people", provenance.Article{ID: "a", Result: attributed("We will win", "Anna Weber", "")}, provenance.Article{ID: "b", Result: attributed("We will win", "Paul Klein", "")}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, _ := provenance.New(provenance.Options{})
			for _, a := range []provenance.Article{tt.a, tt.b} {
				if err := g.Add(a); err != nil {
					t.Fatal(err)
				}
			}
			if n := len(g.Trace().Statements); (n == 1) != tt.together {
				t.Errorf("%d statements; together = %v", n, tt.together)
			}
		})
	}
}

// TestSimilarityPairs pins the similarity of the constructed pairs that the
// package documentation shows, on either side of DefaultThreshold.
func TestSimilarityPairs(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"Inflation will fall to 3 percent by the end of next year, and rates will stay where they are.",
			"Inflation will fall to three percent by the end of next year and interest rates will remain unchanged.", 1},
		{"We will never accept an agreement that divides our country, and we will keep fighting for every village.",
			"We shall not accept any deal that would split our nation; we will continue to fight for each village.", 0.875},
		{"Inflation will fall to 3 percent by the end of next year, and rates will stay where they are.",
			"Inflation remains far too high and the bank will raise rates again next month.", 0.22},
		{"Inflation will fall to 3 percent by the end of next year, and rates will stay where they are.",
			"The bank will raise rates again next month, and inflation will stay high.", 0.25},
		{"The ceasefire will hold only if both sides withdraw their heavy weapons from the front line by Friday.",
			"The truce can only last if the two parties pull their heavy arms back from the frontline before Friday.", 0.44},
		{"The ceasefire will hold only if both sides withdraw their heavy weapons from the front line by Friday.",
			"Both sides must stop the fighting and return to the negotiating table in Geneva next week.", 0.11},
		{"I can neither confirm nor deny it.", "I can't either confirm or deny this.", 1},
		{"He wants to see people stop dying", "wants to see people stop dying", 1},
		{"", "anything", 0},
	}
	for _, tt := range tests {
		got := provenance.Similarity(tt.a, tt.b)
		if diff := got - tt.want; diff > 0.005 || diff < -0.005 {
			t.Errorf("Similarity(%.40q, %.40q) = %.2f, want %.2f", tt.a, tt.b, got, tt.want)
		}
		if back := provenance.Similarity(tt.b, tt.a); back != got {
			t.Errorf("Similarity is not symmetric: %.2f and %.2f", got, back)
		}
	}
}

func TestNewAndAddErrors(t *testing.T) {
	for _, th := range []float64{-0.1, 1.5} {
		if _, err := provenance.New(provenance.Options{Threshold: th}); err == nil {
			t.Errorf("New accepted threshold %v", th)
		}
	}
	g, _ := provenance.New(provenance.Options{})
	if err := g.Add(provenance.Article{Result: attributed("x y z", "A", "")}); !errors.Is(err, provenance.ErrNoID) {
		t.Errorf("no ID: %v", err)
	}
	if err := g.Add(provenance.Article{ID: "a"}); !errors.Is(err, provenance.ErrNoResult) {
		t.Errorf("no result: %v", err)
	}
	if err := g.Add(provenance.Article{ID: "a", Result: attributed("x y z", "A", "")}); err != nil {
		t.Fatal(err)
	}
	if err := g.Add(provenance.Article{ID: "a", Result: attributed("x y z", "A", "")}); !errors.Is(err, provenance.ErrDuplicate) {
		t.Errorf("duplicate: %v", err)
	}
	if g.Len() != 1 {
		t.Errorf("Len = %d, want 1", g.Len())
	}
	// An empty graph has an empty trace.
	empty, _ := provenance.New(provenance.Options{})
	if tr := empty.Trace(); len(tr.Articles)+len(tr.Statements)+len(tr.Edges) != 0 {
		t.Errorf("empty graph: %+v", tr)
	}
	if tr := g.Trace(); tr.Chain("s9") != nil || tr.Chain("x") != nil {
		t.Error("Chain of an unknown statement is not nil")
	}
}

// TestBadText adds articles of empty, invalid and binary text.
func TestBadText(t *testing.T) {
	g, _ := provenance.New(provenance.Options{})
	texts := []string{"", "\xff\xfe\x00“\x00”", strings.Repeat("“a” he said. ", 5000), "“" + strings.Repeat("word ", 20000) + "” he said."}
	for i, text := range texts {
		if err := g.Add(provenance.Article{ID: fmt.Sprint(i), Result: attributor.AttributeText(text)}); err != nil {
			t.Fatal(err)
		}
	}
	tr := g.Trace()
	if len(tr.Articles) != len(texts) {
		t.Errorf("%d articles, want %d", len(tr.Articles), len(texts))
	}
}

// TestConcurrentAdd adds the samples from several goroutines at once and
// reads traces meanwhile; run it with -race.
func TestConcurrentAdd(t *testing.T) {
	samples, err := readSamples()
	if err != nil {
		t.Fatal(err)
	}
	g, _ := provenance.New(provenance.Options{})
	var wg sync.WaitGroup
	for k := range 4 {
		wg.Go(func() {
			for i, s := range samples {
				if err := g.Add(provenance.Article{ID: fmt.Sprintf("%d-%d", k, i), Result: s.res}); err != nil {
					t.Error(err)
				}
				_ = g.Trace().Statements
			}
		})
	}
	wg.Wait()
	if g.Len() != 4*len(samples) {
		t.Errorf("Len = %d, want %d", g.Len(), 4*len(samples))
	}
}
