package quote

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	_ "github.com/quotetrace/quotetrace/internal/golden" // accepts -update
	"github.com/quotetrace/quotetrace/language"
)

// want is an expected quotation: its kind, its text and the exact byte
// span of each fragment.
type want struct {
	Kind  Kind
	Text  string
	Spans []Span
}

func got(text string) []want {
	var out []want
	for _, q := range Parse(text).Quotes {
		out = append(out, want{q.Kind, q.Text, q.Spans()})
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{
			name: "curly double",
			text: "“It’s completely untrue,” Kremlin spokesman Dmitry Peskov said.",
			want: []want{
				{Direct, "It’s completely untrue", []Span{{3, 27}}},
			},
		},
		{
			// An opening glyph typed where the quotation ends, after its
			// comma and before its attribution, closes it.
			name: "turned closing mark",
			text: "“The bridge will open in May. We are ready, “said the mayor.",
			want: []want{
				{Direct, "The bridge will open in May. We are ready", []Span{{3, 44}}},
			},
		},
		{
			// A word or two quoted inside a quotation in the same marks
			// nests in it.
			name: "nested in the same marks",
			text: "She said: \"The word \"compromise\" is a brave word. We will use it.\" Then she left.",
			want: []want{
				{Direct, "The word \"compromise\" is a brave word. We will use it.", []Span{{11, 65}}},
			},
		},
		{
			name: "straight double",
			text: "\"I made a statement to that effect yesterday,\" Peskov said.",
			want: []want{
				{Direct, "I made a statement to that effect yesterday", []Span{{1, 44}}},
			},
		},
		{
			name: "guillemets",
			text: "Le ministre a dit : « Nous ne savons rien ». Puis il est parti.",
			want: []want{
				{Direct, "Nous ne savons rien", []Span{{23, 42}}},
			},
		},
		{
			name: "german low-high",
			text: "Er sagte: „Wir wissen nichts.“ Dann ging er.",
			want: []want{
				{Direct, "Wir wissen nichts.", []Span{{13, 31}}},
			},
		},
		{
			name: "german reversed guillemets",
			text: "Sie sagte: »Wir wissen nichts.« Dann ging sie.",
			want: []want{
				{Direct, "Wir wissen nichts.", []Span{{13, 31}}},
			},
		},
		{
			name: "single quotes in a headline",
			text: "Kremlin says can't 'confirm or deny' Trump-Putin call",
			want: []want{
				{Partial, "confirm or deny", []Span{{20, 35}}},
			},
		},
		{
			name: "curly single quotes",
			text: "Kremlin says it can‘t ‘confirm or deny’ Trump’s call",
			want: []want{
				{Partial, "confirm or deny", []Span{{27, 42}}},
			},
		},
		{
			name: "apostrophes are not quotes",
			text: "It’s Trump’s fault, he can't say; in the '90s they played rock 'n' roll at the students' union.",
			want: nil,
		},
		{
			name: "single nested in double",
			text: "“He told me ‘no’ twice,” she said.",
			want: []want{
				{Direct, "He told me ‘no’ twice", []Span{{3, 28}}},
			},
		},
		{
			name: "double nested in single (British)",
			text: "‘There was no “conversation” at all,’ he said.",
			want: []want{
				{Direct, "There was no “conversation” at all", []Span{{3, 41}}},
			},
		},
		{
			name: "split by attribution",
			text: "\"I made a statement to that effect yesterday,\" Peskov told reporters on a conference call when asked if Putin and Trump had spoken by phone. \"And there is nothing else I can say. I can neither confirm nor deny it.\"",
			want: []want{
				{Direct, "I made a statement to that effect yesterday And there is nothing else I can say. I can neither confirm nor deny it.", []Span{{1, 44}, {142, 213}}},
			},
		},
		{
			name: "split by attribution with comma",
			text: "“Yes,” he said, “we will.”",
			want: []want{
				{Direct, "Yes we will.", []Span{{3, 6}, {23, 31}}},
			},
		},
		{
			name: "two quotes each attributed",
			text: "“Yes,” he said. “We will,” she replied.",
			want: []want{
				{Direct, "Yes", []Span{{3, 6}}},
				{Direct, "We will", []Span{{23, 30}}},
			},
		},
		{
			name: "a new sentence introducing the next quotation with a colon",
			text: "“Nobody is hurt,” she wrote. “It was a close call.” She added: “We will rebuild.”",
			want: []want{
				{Direct, "Nobody is hurt It was a close call.", []Span{{3, 17}, {36, 56}}},
				{Direct, "We will rebuild.", []Span{{74, 90}}},
			},
		},
		{
			name: "a new sentence introducing the next quotation with a comma",
			text: "She calls the plan “a waste of money.” She adds, “Nobody wants it.”",
			want: []want{
				{Partial, "a waste of money.", []Span{{22, 39}}},
				{Direct, "Nobody wants it.", []Span{{56, 72}}},
			},
		},
		{
			name: "a new sentence before a lower-case fragment goes on with it",
			text: "“Why?” Smith asked, “why now?”",
			want: []want{
				{Direct, "Why? why now?", []Span{{3, 7}, {27, 35}}},
			},
		},
		{
			name: "multi-paragraph",
			text: "He said: “First paragraph of the quote.\n“Second paragraph of it.\n“Third and last.” Then he left.",
			want: []want{
				{Direct, "First paragraph of the quote. Second paragraph of it. Third and last.", []Span{{12, 41}, {45, 68}, {72, 87}}},
			},
		},
		{
			name: "multi-paragraph with blank lines between",
			text: "He said: \"First paragraph of the quote.\n\n\"Second paragraph of it.\n\n\"Third and last.\" Then he left.",
			want: []want{
				{Direct, "First paragraph of the quote. Second paragraph of it. Third and last.", []Span{{10, 39}, {42, 65}, {68, 83}}},
			},
		},
		{
			name: "unbalanced reopened at attribution",
			text: "“I hope it will happen quickly, he said. “Every day people are dying. This war in Ukraine is so bad. I want to end this damn thing,” the U.S. president stressed.",
			want: []want{
				{Direct, "I hope it will happen quickly", []Span{{3, 32}}},
				{Direct, "Every day people are dying. This war in Ukraine is so bad. I want to end this damn thing", []Span{{46, 134}}},
			},
		},
		{
			name: "unclosed at paragraph end",
			text: "“Unclosed quote runs here. And more.\nNext paragraph is plain text with “a quote” in it.",
			want: []want{
				{Direct, "Unclosed quote runs here. And more.", []Span{{3, 38}}},
				{Partial, "a quote", []Span{{76, 83}}},
			},
		},
		{
			name: "stray closing mark",
			text: "He left.” Then she came.",
			want: nil,
		},
		{
			name: "partial",
			text: "Kremlin spokesman Dmitry Peskov said today that he can “neither confirm nor deny” a US newspaper report.",
			want: []want{
				{Partial, "neither confirm nor deny", []Span{{58, 82}}},
			},
		},
		{
			name: "partial after verb",
			text: "Asked if President Putin had plans to contact Mr Trump, Peskov said “there are no specific plans at the moment”.",
			want: []want{
				{Partial, "there are no specific plans at the moment", []Span{{71, 112}}},
			},
		},
		{
			name: "direct after colon",
			text: "The Kremlin official replied: “What can be said about this news?”",
			want: []want{
				{Direct, "What can be said about this news?", []Span{{33, 66}}},
			},
		},
		{
			name: "scare quote",
			text: "The \"experts\" disagree with the plan.",
			want: []want{
				{ScareQuote, "experts", []Span{{5, 12}}},
			},
		},
		{
			name: "so-called",
			text: "The so-called “peace plan” failed.",
			want: []want{
				{ScareQuote, "peace plan", []Span{{17, 27}}},
			},
		},
		{
			name: "title",
			text: "She read the book \"War and Peace\" twice.",
			want: []want{
				{Title, "War and Peace", []Span{{19, 32}}},
			},
		},
		{
			name: "titled",
			text: "He wrote an essay titled “Why We Fight” last year.",
			want: []want{
				{Title, "Why We Fight", []Span{{28, 40}}},
			},
		},
		{
			name: "nickname between names",
			text: "Dwayne \"The Rock\" Johnson smiled.",
			want: []want{
				{Nickname, "The Rock", []Span{{8, 16}}},
			},
		},
		{
			name: "nickname after cue",
			text: "He was nicknamed \"the Butcher\" by his foes.",
			want: []want{
				{Nickname, "the Butcher", []Span{{18, 29}}},
			},
		},
		{
			name: "show after a possessive",
			text: "Clinton said on ABC’s “This Week” that she would run.",
			want: []want{
				{Title, "This Week", []Span{{27, 36}}},
			},
		},
		{
			name: "show after on",
			text: "“It is helpful,” he said on \"Meet the Press.\"",
			want: []want{
				{Direct, "It is helpful", []Span{{3, 16}}},
				{Title, "Meet the Press.", []Span{{33, 48}}},
			},
		},
		{
			name: "title before a role noun",
			text: "The “Avatar” star posted a message.",
			want: []want{
				{Title, "Avatar", []Span{{7, 13}}},
			},
		},
		{
			name: "headline in capitals",
			text: "‘EUROPEANS ASK IF VIOLENCE IS BECOMING FACT OF LIFE’ was the story.",
			want: []want{
				{Title, "EUROPEANS ASK IF VIOLENCE IS BECOMING FACT OF LIFE", []Span{{3, 53}}},
			},
		},
		{
			name: "a title-case headline holds no nickname",
			text: "Trump Has ‘No Idea’ What Comes Next",
			want: []want{
				{ScareQuote, "No Idea", []Span{{13, 20}}},
			},
		},
		{
			name: "typewriter double marks",
			text: "''It is a tough decision,'' he said. ``Yes,'' she said, ''we will.''",
			want: []want{
				{Direct, "It is a tough decision", []Span{{2, 24}}},
				{Direct, "Yes we will.", []Span{{39, 42}, {58, 66}}},
			},
		},
		{
			name: "a clause after Mr. is an attribution",
			text: "“Not as fiery as he was,” Mr. Bruno said.",
			want: []want{
				{Direct, "Not as fiery as he was", []Span{{3, 25}}},
			},
		},
		{
			name: "inch marks",
			text: "He is 6'2\" tall.",
			want: nil,
		},
		{
			name: "empty marks",
			text: "“” and \"\" are empty.",
			want: nil,
		},
		{
			// French typography spaces its marks; typed straight, the
			// closing one stands between spaces after the last sentence.
			name: "closing mark set off by spaces",
			text: "\"We are at a turning point. We must be lucid. \" The president opens the debate, in an interview granted to a weekly.",
			want: []want{
				{Direct, "We are at a turning point. We must be lucid.", []Span{{1, 45}}},
			},
		},
		{
			// A spaced mark after a colon opens, or says nothing: it never
			// closes a quotation.
			name: "spaced mark after a colon",
			text: "He said: \" We will win.\"",
			want: []want{
				{Direct, "We will win.", []Span{{11, 23}}},
			},
		},
		{
			// Speech marked by a quotation dash, as news translated from
			// Ukrainian or Russian writes it.
			name: "quotation dash after the words",
			text: "The minister spoke on Sunday.\n\nOur flag is blue and yellow. We will not raise any other flags - He added.\n",
			want: []want{
				{Direct, "Our flag is blue and yellow. We will not raise any other flags", []Span{{31, 93}}},
			},
		},
		{
			name: "quotation dash before and after",
			text: "— We will win this war, — said the foreign minister.",
			want: []want{
				{Direct, "We will win this war", []Span{{4, 24}}},
			},
		},
		{
			// A word in quote marks inside dash-marked speech nests in it.
			name: "quotation dash around a quoted word",
			text: "Peace is not made by calling surrender \"negotiations.\" We stand firm - Kuleba wrote.",
			want: []want{
				{Direct, "Peace is not made by calling surrender \"negotiations.\" We stand firm", []Span{{0, 68}}},
			},
		},
		{
			// A dash that sets off a phrase of the sentence is no quotation
			// dash, even before a reporting verb.
			name: "dash that is not a quotation dash",
			text: "It was linked to a charity founded by Liveris - a charge the company denied.\n\n" +
				"Times have changed when the Germans expand their army - and no one objects.\n\n" +
				"The group DFA - which has endorsed Sanders - said Sanders has several options.\n\n" +
				"“We will win,” she said - and left.",
			want: []want{
				{Direct, "We will win", []Span{{238, 249}}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, got(tt.text)); diff != "" {
				t.Errorf("Parse(%q) quotes (-want +got):\n%s", tt.text, diff)
			}
			// Find must agree with Parse.
			var found []want
			for _, q := range Find(tt.text) {
				found = append(found, want{q.Kind, q.Text, q.Spans()})
			}
			if diff := cmp.Diff(tt.want, found); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestUnpaired(t *testing.T) {
	tests := []struct {
		text string
		want []Span
	}{
		{"He left.” Then she came.", []Span{{8, 11}}},
		{"He is 6'2\" tall.", []Span{{9, 10}}},
		{"“Balanced,” he said.", nil},
		// An opening single mark left open is an apostrophe, not an error,
		// unless it is the curly opening glyph.
		{"the 'cause of it", nil},
		{"a ‘dangling one", []Span{{2, 5}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Parse(tt.text).Unpaired); diff != "" {
			t.Errorf("Parse(%q).Unpaired (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestUnclosed(t *testing.T) {
	text := "“I hope it will happen quickly, he said. “Every day people are dying,” the president stressed."
	qs := Parse(text).Quotes
	if len(qs) != 2 {
		t.Fatalf("got %d quotes, want 2", len(qs))
	}
	if !qs[0].Unclosed || qs[1].Unclosed {
		t.Errorf("Unclosed = %v, %v; want true, false", qs[0].Unclosed, qs[1].Unclosed)
	}
	if f := qs[0].Fragments[0]; !f.Close.IsEmpty() || f.Open != (Span{0, 3}) {
		t.Errorf("first fragment marks: open %v close %v; want [0,3) and empty", f.Open, f.Close)
	}
	if got, want := qs[1].Extent(), (Span{43, 76}); got != want {
		t.Errorf("second quote extent = %v, want %v", got, want)
	}
}

// TestRobustInput checks that odd input gives valid spans and no panic.
func TestRobustInput(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"empty", "", nil},
		{"white space only", " \t\r\n\u00a0\u200b\n", nil},
		{"CRLF line endings", "“First,” he said.\r\n“Second,” she said.\r\n", []want{
			{Direct, "First", []Span{{3, 8}}},
			{Direct, "Second", []Span{{26, 32}}},
		}},
		{"lone CR line endings", "“One,” he said.\r“Two,” she said.", []want{
			{Direct, "One", []Span{{3, 6}}},
			{Direct, "Two", []Span{{23, 26}}},
		}},
		{"tabs and no-break spaces", "\tHe said:\u00a0“We\tagree\u00a0now.”\u00a0", []want{
			{Direct, "We\tagree\u00a0now.", []Span{{14, 28}}},
		}},
		{"zero-width characters", "\u200b“Yes\u200b,”\u200b he said.", []want{
			{Direct, "Yes", []Span{{6, 9}}},
		}},
		{"invalid UTF-8", "bad \xff\xfe “in\xffvalid,” he said \"", []want{
			{Partial, "in\xffvalid", []Span{{10, 18}}},
		}},
		// A closing mark cut short is no mark: the quotation runs to the
		// end of the paragraph.
		{"mark cut in half", "“Hello,\xe2\x80 he said.", []want{
			{Direct, "Hello,\xe2\x80 he said.", []Span{{3, 20}}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, got(tt.text)); diff != "" {
				t.Errorf("Parse(%q) quotes (-want +got):\n%s", tt.text, diff)
			}
			checkDocument(t, Parse(tt.text))
		})
	}
}

// TestPathological checks inputs built to defeat a scanner: thousands of
// marks, nothing but marks, one enormous line.
func TestPathological(t *testing.T) {
	for name, text := range map[string]string{
		"openers":     strings.Repeat("“a ", 20000),
		"closers":     strings.Repeat("a” ", 20000),
		"straight":    strings.Repeat("\"", 50000),
		"singles":     strings.Repeat("'a' ", 20000),
		"alternating": strings.Repeat("“a, he said. ", 5000),
		"paragraphs":  strings.Repeat("“a\n", 20000),
		"long line":   "“" + strings.Repeat("word ", 200000) + "”",
		"binary":      string([]byte{0, 1, 2, 0xe2, 0x80, 0x9c, 0, 0xff, '"', 0, '\n', 0xe2, 0x80, 0x9d}),
	} {
		t.Run(name, func(t *testing.T) {
			checkDocument(t, Parse(text))
		})
	}
}

// checkDocument asserts the invariants every Document keeps.
func checkDocument(t *testing.T, doc *Document) {
	t.Helper()
	n := len(doc.Text)
	valid := func(s Span) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }
	prevEnd := 0
	for _, q := range doc.Quotes {
		if len(q.Fragments) == 0 {
			t.Fatalf("quote %q has no fragments", q.Text)
		}
		var parts []string
		for _, f := range q.Fragments {
			for _, s := range []Span{f.Span, f.Open, f.Close} {
				if !valid(s) {
					t.Fatalf("span %v out of [0,%d]", s, n)
				}
			}
			if f.Span.IsEmpty() {
				t.Errorf("quote %q has an empty fragment", q.Text)
			}
			if f.Span.Start < prevEnd {
				t.Errorf("fragment %v overlaps or precedes the one before (ends %d)", f.Span, prevEnd)
			}
			prevEnd = f.Span.End
			parts = append(parts, f.Span.In(doc.Text))
		}
		if want := strings.Join(parts, " "); q.Text != want {
			t.Errorf("quote text %q, want the fragments' bytes %q", q.Text, want)
		}
		if q.Article < 0 || q.Article >= len(doc.Articles) {
			t.Errorf("quote article %d out of range", q.Article)
		}
	}
	for _, a := range doc.Articles {
		if !valid(a.Span) || !valid(a.Headline) {
			t.Errorf("article span %v or headline %v invalid", a.Span, a.Headline)
		}
		for _, p := range a.Paragraphs {
			if !valid(p.Span) || p.Span.IsEmpty() || !a.Span.Contains(p.Span) {
				t.Errorf("paragraph %v invalid in article %v", p.Span, a.Span)
			}
		}
		for _, s := range a.Sentences {
			if !valid(s) || s.IsEmpty() || !a.Span.Contains(s) {
				t.Errorf("sentence %v invalid in article %v", s, a.Span)
			}
		}
	}
	for _, s := range doc.Unpaired {
		if !valid(s) {
			t.Errorf("unpaired mark %v invalid", s)
		}
	}
	checkTokens(t, doc)
}

// checkTokens asserts that doc.Tokens are those of the Headline and Body
// paragraphs, in order, and that TokensIn finds those of every sentence.
func checkTokens(t *testing.T, doc *Document) {
	t.Helper()
	var want []language.Token
	var sentences []Span
	for _, a := range doc.Articles {
		for _, p := range a.Paragraphs {
			if p.Role.IsText() {
				want = language.Default().Scan(want, doc.Text, p.Span.Start, p.Span.End)
			}
		}
		sentences = append(sentences, a.Sentences...)
	}
	// slices.Equal, not cmp.Equal: a pathological text has a million
	// tokens, which cmp's reflection takes seconds over.
	if !slices.Equal(want, doc.Tokens) {
		t.Fatalf("Tokens are not those of the text paragraphs:\n%s", cmp.Diff(want, doc.Tokens, cmpopts.EquateEmpty()))
	}
	k := 0
	for _, s := range sentences {
		for k < len(doc.Tokens) && doc.Tokens[k].End <= s.Start {
			k++
		}
		j := k
		for j < len(doc.Tokens) && doc.Tokens[j].End <= s.End {
			j++
		}
		if got := doc.TokensIn(s); !slices.Equal(doc.Tokens[k:j], got) {
			t.Errorf("TokensIn(%v) = %v, want %v", s, got, doc.Tokens[k:j])
		}
	}
}

func TestTokensIn(t *testing.T) {
	text := "Peskov Says No\n\n“I can neither confirm nor deny it,” Mr. Peskov said. He left.\nFILE - A photo.\n"
	doc := Parse(text)
	words := func(s Span) []string {
		var out []string
		for _, tok := range doc.TokensIn(s) {
			out = append(out, tok.Text(text))
		}
		return out
	}
	tests := []struct {
		span Span
		want []string
	}{
		{Span{0, len(text)}, strings.Fields("Peskov Says No “ I can neither confirm nor deny it , ” Mr. Peskov said . He left .")},
		{doc.Articles[0].Sentences[1], strings.Fields("“ I can neither confirm nor deny it , ” Mr. Peskov said .")},
		{Span{19, 24}, []string{"I", "can"}},                // tokens wholly inside
		{Span{19, 23}, []string{"I"}},                       // "can" cut: left out
		{Span{strings.Index(text, "FILE"), len(text)}, nil}, // a caption: no tokens
		{Span{30, 20}, nil},
	}
	for _, tt := range tests {
		if got := words(tt.span); !cmp.Equal(tt.want, got, cmpopts.EquateEmpty()) {
			t.Errorf("TokensIn(%v %q) = %q, want %q", tt.span, tt.span.In(text[:max(tt.span.Start, tt.span.End)]), got, tt.want)
		}
	}
	said := doc.TokensIn(doc.Articles[0].Sentences[1])
	if tok := said[len(said)-2]; tok.Text(text) != "said" || !language.Default().Entry(tok).Is(language.ReportingVerbs) {
		t.Errorf("the token of said: %+v", tok)
	}
	if toks := doc.TokensIn(Span{0, 6}); cap(toks) != len(toks) {
		t.Error("TokensIn leaves room to append over the next tokens")
	}
	if find := (Parser{}).Find(text); !cmp.Equal(find, doc.Quotes) {
		t.Errorf("Find and Parse differ:\n%s", cmp.Diff(doc.Quotes, find))
	}
}

// TestConcurrentParse parses the sample articles from many goroutines at
// once; with -race it proves Parse safe for concurrent use, and every result
// must equal the one parsed alone.
func TestConcurrentParse(t *testing.T) {
	samples := sampleArticles(t)
	var want []*Document
	for _, a := range samples {
		want = append(want, Parse(a.text))
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range samples {
				k := (i + g) % len(samples)
				if diff := cmp.Diff(want[k], Parse(samples[k].text)); diff != "" {
					t.Errorf("goroutine %d, %s (-alone +concurrent):\n%s", g, samples[k].name, diff)
				}
			}
		})
	}
	wg.Wait()
}

// A sample is one of the sample articles in testdata/articles.
type sample struct {
	name string // the file name
	text string
}

// sampleArticles reads the sample articles, in name order.
func sampleArticles(tb testing.TB) []sample {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no sample articles: %v", err)
	}
	var out []sample
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, sample{filepath.Base(p), string(b)})
	}
	return out
}
