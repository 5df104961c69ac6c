package language_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	_ "github.com/quotetrace/quotetrace/internal/golden" // accepts -update
	"github.com/quotetrace/quotetrace/language"
)

// Span is a byte range of a text, as the tests write them.
type Span struct{ Start, End int }

// In returns the bytes of text that s covers.
func (s Span) In(text string) string { return text[s.Start:s.End] }

// split returns the sentences of text[span] as Spans.
func split(text string, span Span) []Span {
	var out []Span
	for _, s := range language.Default().Sentences(text, span.Start, span.End) {
		out = append(out, Span(s))
	}
	return out
}

// spansOf locates each of sents in text, in order, and returns their spans.
func spansOf(t *testing.T, text string, sents ...string) []Span {
	t.Helper()
	var out []Span
	at := 0
	for _, s := range sents {
		i := strings.Index(text[at:], s)
		if i < 0 {
			t.Fatalf("bad test: %q not in %q after byte %d", s, text, at)
		}
		out = append(out, Span{at + i, at + i + len(s)})
		at += i + len(s)
	}
	return out
}

// texts returns the text of each span, for readable failure messages.
func texts(text string, spans []Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, s.In(text))
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // the sentences, in order; spans are located in text
	}{
		// Titles and other abbreviations.
		{"titles", "Mr. Smith met Mrs. Jones and Ms. Lee. Dr. Brown agreed.",
			[]string{"Mr. Smith met Mrs. Jones and Ms. Lee.", "Dr. Brown agreed."}},
		{"military and political titles",
			"Gen. Mark Milley, Sen. Ted Cruz, Rep. Nancy Pelosi and Gov. Gavin Newsom spoke. Lt. Col. John Doe and Sgt. Maj. Jane Roe did not.",
			[]string{"Gen. Mark Milley, Sen. Ted Cruz, Rep. Nancy Pelosi and Gov. Gavin Newsom spoke.", "Lt. Col. John Doe and Sgt. Maj. Jane Roe did not."}},
		{"saint and street", "He was born in St. Louis and lives on Main St. in Boston. It is nice.",
			[]string{"He was born in St. Louis and lives on Main St. in Boston.", "It is nice."}},
		{"street ends sentence", "He lives on Main St. The house is red.",
			[]string{"He lives on Main St.", "The house is red."}},
		{"junior before name", "Martin Luther King Jr. Day is a holiday. The award went to Sammy Davis Jr. He accepted it.",
			[]string{"Martin Luther King Jr. Day is a holiday.", "The award went to Sammy Davis Jr.", "He accepted it."}},
		{"companies", "Apple Inc. Chief Executive Tim Cook spoke. Acme Corp. and Foo Co. Ltd. merged with Bar Sr. Holdings.",
			[]string{"Apple Inc. Chief Executive Tim Cook spoke.", "Acme Corp. and Foo Co. Ltd. merged with Bar Sr. Holdings."}},
		{"company ends sentence", "He works for Acme Inc. The company makes anvils.",
			[]string{"He works for Acme Inc.", "The company makes anvils."}},
		{"number and versus", "It was No. 1 in the charts vs. No. 2 last year. Nobody cared.",
			[]string{"It was No. 1 in the charts vs. No. 2 last year.", "Nobody cared."}},
		{"months before numbers",
			"The deal was signed Dec. 26, 2024, in Moscow. Talks began Jan. 5 and ended Feb. 2. Sept. 11, Sep. 12, Oct. 3, Nov. 4 and Aug. 5 were quiet.",
			[]string{"The deal was signed Dec. 26, 2024, in Moscow.", "Talks began Jan. 5 and ended Feb. 2.", "Sept. 11, Sep. 12, Oct. 3, Nov. 4 and Aug. 5 were quiet."}},
		{"month ends sentence", "It happened in Dec. The next year was calm.",
			[]string{"It happened in Dec.", "The next year was calm."}},

		// Initialisms and initials.
		{"initialisms before nouns",
			"The U.S. President met U.K. officials at the U.N. headquarters. E.U. leaders flew to Washington, D.C. on Friday.",
			[]string{"The U.S. President met U.K. officials at the U.N. headquarters.", "E.U. leaders flew to Washington, D.C. on Friday."}},
		{"U.S. Army", "U.S. Army troops arrived. The U.S. Supreme Court ruled.",
			[]string{"U.S. Army troops arrived.", "The U.S. Supreme Court ruled."}},
		{"initialism ends sentence", "He lives in the U.S. The next day he left.",
			[]string{"He lives in the U.S.", "The next day he left."}},
		{"initialism before pronoun", "The talks were held in Washington, D.C. They failed.",
			[]string{"The talks were held in Washington, D.C.", "They failed."}},
		{"times", "Troops arrived at 5 a.m. and left at 6 p.m. yesterday. The meeting ended at 9 p.m. It was long.",
			[]string{"Troops arrived at 5 a.m. and left at 6 p.m. yesterday.", "The meeting ended at 9 p.m.", "It was long."}},
		{"initials", "George W. Bush met J. K. Rowling in London. They talked.",
			[]string{"George W. Bush met J. K. Rowling in London.", "They talked."}},

		// Closing quotes and brackets.
		{"curly quote ends sentence", `He said it “is at an advanced stage.” Peskov later explained.`,
			[]string{`He said it “is at an advanced stage.”`, `Peskov later explained.`}},
		{"straight quote ends sentence", `He said "it is done." Then he left.`,
			[]string{`He said "it is done."`, `Then he left.`}},
		{"question in curly quotes", `He asked “is it over?” Nobody answered.`,
			[]string{`He asked “is it over?”`, `Nobody answered.`}},
		{"exclamation in single quotes", `She wrote ‘it is over!’ Nobody replied.`,
			[]string{`She wrote ‘it is over!’`, `Nobody replied.`}},
		{"straight single quotes", `He wrote 'it is over.' Nobody replied.`,
			[]string{`He wrote 'it is over.'`, `Nobody replied.`}},
		{"parenthesis", `He left. (He did not return.) Nobody knew why.`,
			[]string{`He left.`, `(He did not return.)`, `Nobody knew why.`}},
		{"attribution after comma", `“Nothing else,” he said. “We are done.”`,
			[]string{`“Nothing else,” he said.`, `“We are done.”`}},
		{"attribution after question", `“Is it?” he asked. “Yes!” she said.`,
			[]string{`“Is it?” he asked.`, `“Yes!” she said.`}},
		{"attribution after period", `“We will win.” he said. Then he left.`,
			[]string{`“We will win.” he said.`, `Then he left.`}},
		{"detached closing quote", `He said “it is done. ” Then he left.`,
			[]string{`He said “it is done. ”`, `Then he left.`}},
		{"detached opening quote", `He left. “ Then he came back,” she said.`,
			[]string{`He left.`, `“ Then he came back,” she said.`}},

		// Other punctuation.
		{"question and exclamation", "Really? Yes! No.", []string{"Really?", "Yes!", "No."}},
		{"ellipsis", "He paused... Then he spoke. She waited… and waited. It ended…",
			[]string{"He paused...", "Then he spoke.", "She waited… and waited.", "It ended…"}},
		{"camel case after period", "He sold it on eBay. iPhone sales fell.",
			[]string{"He sold it on eBay.", "iPhone sales fell."}},
		{"no final period", "Hello world", []string{"Hello world"}},

		// Real news sentences.
		{"Peskov quote",
			`"I made a statement to that effect yesterday," Peskov told reporters on a conference call when asked if Putin and Trump had spoken by phone. "And there is nothing else I can say. I can neither confirm nor deny it."`,
			[]string{
				`"I made a statement to that effect yesterday," Peskov told reporters on a conference call when asked if Putin and Trump had spoken by phone.`,
				`"And there is nothing else I can say.`,
				`I can neither confirm nor deny it."`,
			}},
		{"Peskov comments",
			`Mr. Peskov’s comments came after the Washington Post on November 10 cited sources. Mr. Trump called the U.S. president on Dec. 26 in St. Petersburg. Then he left.`,
			[]string{
				`Mr. Peskov’s comments came after the Washington Post on November 10 cited sources.`,
				`Mr. Trump called the U.S. president on Dec. 26 in St. Petersburg.`,
				`Then he left.`,
			}},
		{"photo caption",
			`FILE - Russian President Vladimir Putin speaks on the phone in St. Petersburg, Russia, Dec. 26, 2024. (Alexander Kazakov, Sputnik, Kremlin Pool Photo via AP, File)`,
			[]string{
				`FILE - Russian President Vladimir Putin speaks on the phone in St. Petersburg, Russia, Dec. 26, 2024.`,
				`(Alexander Kazakov, Sputnik, Kremlin Pool Photo via AP, File)`,
			}},

		// Lines and white space.
		{"line breaks", "First line without period\nSecond line. Third sentence.\r\n\r\n\tFourth.\n",
			[]string{"First line without period", "Second line.", "Third sentence.", "Fourth."}},
		{"quote across newline", "He said “it is\ndone.” Then he left.",
			[]string{"He said “it is", "done.”", "Then he left."}},
		{"unicode line separator", "One.\u2028Two", []string{"One.", "Two"}},
		{"no-break and zero-width space", "\u00a0\u200bHe left.\u00a0Then he came back.\u200bThe end.\ufeff",
			[]string{"He left.", "Then he came back.", "The end."}},
		{"only white space", " \t\u00a0\u200b\r\n\ufeff ", nil},
		{"empty", "", nil},
		{"invalid UTF-8", "He left \xff\xfe. Then \xc3 came.", []string{"He left \xff\xfe.", "Then \xc3 came."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := spansOf(t, tt.text, tt.want...)
			got := split(tt.text, Span{0, len(tt.text)})
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Split(%q) spans (-want +got):\n%s\ngot sentences: %q", tt.text, diff, texts(tt.text, got))
			}
		})
	}
}

func TestSplitExactSpans(t *testing.T) {
	text := "Intro. \u00a0He said it “is done.” Peskov left.\r\nMr. X\u200b arrived.  "
	tests := []struct {
		name string
		span Span
		want []Span
	}{
		{"whole", Span{0, len(text)}, []Span{{0, 6}, {9, 34}, {35, 47}, {49, 66}}},
		{"sub-span gives offsets of text", Span{9, 47}, []Span{{9, 34}, {35, 47}}},
		{"sub-span cutting words", Span{10, 40}, []Span{{10, 34}, {35, 40}}},
		{"span past the end is clamped", Span{-5, 1000}, []Span{{0, 6}, {9, 34}, {35, 47}, {49, 66}}},
		{"white space only", Span{6, 9}, nil},
		{"empty span", Span{10, 10}, nil},
		{"reversed span", Span{20, 10}, nil},
		{"span beyond text", Span{1000, 2000}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := split(text, tt.span)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Split(%v) (-want +got):\n%s\ngot sentences: %q", tt.span, diff, texts(text, got))
			}
		})
	}
}

// checkSentences reports the ways spans break Split's contract.
func checkSentences(text string, span Span, spans []Span) error {
	start, end := max(span.Start, 0), min(span.End, len(text))
	prev := start
	for i, s := range spans {
		if s.Start < prev || s.End > end || s.Start >= s.End {
			return fmt.Errorf("sentence %d %v out of order, empty or out of [%d,%d)", i, s, prev, end)
		}
		first, _ := utf8.DecodeRuneInString(text[s.Start:s.End])
		last := lastRune(text[s.Start:s.End])
		if spaceLike(first) || spaceLike(last) {
			return fmt.Errorf("sentence %d %v = %q not trimmed", i, s, s.In(text))
		}
		if strings.ContainsAny(s.In(text), "\n\r") {
			return fmt.Errorf("sentence %d %v = %q spans a line break", i, s, s.In(text))
		}
		prev = s.End
	}
	if start < end && strings.TrimFunc(text[start:end], spaceLike) != "" && len(spans) == 0 {
		return fmt.Errorf("no sentence in non-blank text")
	}
	return nil
}

// lastRune decodes the last rune of s the way a forward range loop does.
func lastRune(s string) rune {
	var last rune
	for _, r := range s {
		last = r
	}
	return last
}

// spaceLike is the test's own definition of what Split trims.
func spaceLike(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\u2060' || r == '\uFEFF'
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"", " ", "Mr. Smith went to Washington, D.C. He left.",
		`He said it “is at an advanced stage.” Peskov later explained.`,
		"“Is it?” he asked.\r\n\r\nU.S. Army. The end\u00a0\u200b",
		"\xff\xfe\x00. A.\n.\u2028", "a.b. c. D. e.” ’ ‘ “", "... … ?!”) (“",
		newsText,
	} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		for _, span := range []Span{{0, len(text)}, {start, end}} {
			got := split(text, span)
			if err := checkSentences(text, span, got); err != nil {
				t.Fatalf("Split(%q, %v) = %v: %v", text, span, got, err)
			}
			l := language.Default()
			if max := l.MaxSentences(text, l.Scan(nil, text, span.Start, span.End), span.Start, span.End); len(got) > max {
				t.Fatalf("Split(%q, %v) = %d sentences, but MaxSentences = %d", text, span, len(got), max)
			}
		}
	})
}

func TestSplitConcurrent(t *testing.T) {
	inputs := []string{
		newsText,
		`"I made a statement to that effect yesterday," Peskov told reporters. "And there is nothing else I can say."`,
		"He lives in the U.S. The next day he left. George W. Bush met J. K. Rowling.",
		"“Is it?” he asked.\nMr. Trump called on Dec. 26.",
	}
	want := make([][]Span, len(inputs))
	for i, in := range inputs {
		want[i] = split(in, Span{0, len(in)})
	}
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Go(func() {
			for n := range 20 {
				i := (g + n) % len(inputs)
				got := split(inputs[i], Span{0, len(inputs[i])})
				if diff := cmp.Diff(want[i], got); diff != "" {
					t.Errorf("goroutine %d: concurrent Split differs (-want +got):\n%s", g, diff)
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestMaxSentences checks that MaxSentences bounds the sentences of texts,
// exactly for paragraphs of a sentence.
func TestMaxSentences(t *testing.T) {
	l := language.Default()
	for _, tt := range []struct {
		text  string
		slack int // the most MaxSentences may count over
	}{
		{"", 0},
		{"He said.", 0},
		{"No.", 0},
		{"“Is it?” he asked. Mr. Smith went to Washington.\nThe U.S. Army left. Then", 2},
		{"a\n\n\xff\n b\u2028c.\u00a0", 3},
		{"Yes, he said.", 0},
		{"“We will see,” he said. “It is early.”", 0},
		// Titles and abbreviations ("Mr.", "U.S.", "Dec.") count.
		{newsText, len(split(newsText, Span{0, len(newsText)})) * 2 / 3},
	} {
		toks := l.Scan(nil, tt.text, 0, len(tt.text))
		n := len(l.AppendSentences(nil, tt.text, toks, 0, len(tt.text)))
		if max := l.MaxSentences(tt.text, toks, 0, len(tt.text)); max < n || max > n+tt.slack {
			t.Errorf("MaxSentences(%.40q) = %d for %d sentences", tt.text, max, n)
		}
	}
}

// BenchmarkSentences splits newsText into sentences, given its tokens, as
// package quote does.
func BenchmarkSentences(b *testing.B) {
	l := language.Default()
	toks := l.Scan(nil, newsText, 0, len(newsText))
	out := l.AppendSentences(nil, newsText, toks, 0, len(newsText)) // loads the model
	b.SetBytes(int64(len(newsText)))
	b.ReportAllocs()
	for b.Loop() {
		out = l.AppendSentences(out[:0], newsText, toks, 0, len(newsText))
	}
}

// BenchmarkScanSentences scans newsText and splits it into sentences.
func BenchmarkScanSentences(b *testing.B) {
	l := language.Default()
	l.Sentences(newsText, 0, len(newsText)) // loads the model
	b.SetBytes(int64(len(newsText)))
	b.ReportAllocs()
	for b.Loop() {
		l.Sentences(newsText, 0, len(newsText))
	}
}

func TestSentencesOddCases(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		// Format characters are parts of words, never sentence ends: a soft
		// hyphen, a left-to-right mark.
		{"soft hyphen", "He met Pes\u00adkov. Then he left.", []string{"He met Pes\u00adkov.", "Then he left."}},
		{"format character after the period", "He left.\u200e Then he came.", []string{"He left.\u200e Then he came."}},
		{"format character before the next word", "He left. \u200eThen he came.", []string{"He left.", "\u200eThen he came."}},
		// Combining marks belong to their letters.
		{"combining marks", "Jose\u0301 left. E\u0301milie stayed.", []string{"Jose\u0301 left.", "E\u0301milie stayed."}},
		{"combining mark after the period", "He left.\u0301 Then he came.", []string{"He left.\u0301 Then he came."}},
		// Closing marks after a period stay with the sentence; opening ones
		// go with the next.
		{"quote marks after a period", "He said “it is done.”’ Then he left.", []string{"He said “it is done.”’", "Then he left."}},
		{"closing marks set apart", "He said “it is done. ” ) Then he left.", []string{"He said “it is done. ” )", "Then he left."}},
		{"guillemets", "Il a dit « c'est fini. » Puis il est parti.", []string{"Il a dit « c'est fini. »", "Puis il est parti."}},
		{"opening marks set apart", "He left. “ ‘ Then he came.", []string{"He left.", "“ ‘ Then he came."}},
		{"straight quote after a period", `He said "it is done." "Then what?" she asked.`, []string{`He said "it is done."`, `"Then what?" she asked.`}},
		// "U.S." ends a sentence before a sentence starter only.
		{"U.S. at the end", "He moved to the U.S. The move was hard.", []string{"He moved to the U.S.", "The move was hard."}},
		{"U.S. President", "He met U.S. President Joe Biden. They talked.", []string{"He met U.S. President Joe Biden.", "They talked."}},
		{"U.S. at the end of a quote", "“He moved to the U.S.” The move was hard.", []string{"“He moved to the U.S.”", "The move was hard."}},
		{"U.S. at the end of the line", "He moved to the U.S.\nThe move was hard.", []string{"He moved to the U.S.", "The move was hard."}},
		// Initials.
		{"George W. Bush", "George W. Bush met H. W. Brands. They talked.", []string{"George W. Bush met H. W. Brands.", "They talked."}},
		{"initial before a starter", "He signed it with a W. The letter was short.", []string{"He signed it with a W.", "The letter was short."}},
		// Line breaks of every kind end sentences.
		{"CR only", "One line\rTwo. Three\r\rFour.", []string{"One line", "Two.", "Three", "Four."}},
		{"U+2028 and U+2029", "One\u2028Two.\u2029Mr.\u0085Smith", []string{"One", "Two.", "Mr.", "Smith"}},
		{"vertical tab and form feed", "One.\vTwo.\fThree.", []string{"One.", "Two.", "Three."}},
		// Punkt's own decisions where the rules leave them to it.
		{"Punkt abbreviation", "The plan, i.e. the deal, was signed. Fine.", []string{"The plan, i.e. the deal, was signed.", "Fine."}},
		{"spaced ellipsis", "He paused . . . Then he spoke.", []string{"He paused . . .", "Then he spoke."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := spansOf(t, tt.text, tt.want...)
			got := split(tt.text, Span{0, len(tt.text)})
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Sentences(%q) (-want +got):\n%s\ngot sentences: %q", tt.text, diff, texts(tt.text, got))
			}
		})
	}
}

func TestAppendSentencesGivenTokens(t *testing.T) {
	l := language.Default()
	text := "Intro. He said it “is done.” Peskov left.\nMr. X arrived."
	// The tokens of a paragraph, as package quote keeps them, with those of
	// another before them.
	toks := l.Scan(nil, text, 0, 6)
	from := len(toks)
	toks = l.Scan(toks, text, 7, len(text))
	dst := []language.Sentence{{0, 6}}
	got := l.AppendSentences(dst, text, toks[from:], 7, len(text))
	want := []language.Sentence{{0, 6}, {7, 32}, {33, 45}, {46, 60}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("AppendSentences (-want +got):\n%s", diff)
	}
	if allocs := testing.AllocsPerRun(100, func() { l.AppendSentences(got[:0], text, toks[from:], 7, len(text)) }); allocs != 0 {
		t.Errorf("AppendSentences allocates %v times", allocs)
	}
}

func TestSentencesOfReadLanguage(t *testing.T) {
	// A Language read without sentences.txt splits by Punkt's model alone:
	// "Pres." is no abbreviation to it.
	fsys := fstest.MapFS{}
	for _, tb := range language.Tables() {
		fsys[tb.String()+".txt"] = &fstest.MapFile{Data: []byte("\n")}
	}
	l, err := language.Read(fsys)
	if err != nil {
		t.Fatal(err)
	}
	text := "Pres. Smith left. He came back."
	var got []string
	for _, s := range l.Sentences(text, 0, len(text)) {
		got = append(got, s.Text(text))
	}
	if want := []string{"Pres.", "Smith left.", "He came back."}; !cmp.Equal(want, got) {
		t.Errorf("without sentences.txt: %q, want %q", got, want)
	}
	fsys["sentences.txt"] = &fstest.MapFile{Data: []byte("[titles]\nPres\n")}
	if l, err = language.Read(fsys); err != nil {
		t.Fatal(err)
	}
	if got := l.Sentences(text, 0, len(text)); len(got) != 2 {
		t.Errorf("with Pres a title: %d sentences, want 2", len(got))
	}
	fsys["sentences.txt"] = &fstest.MapFile{Data: []byte("[titles]\nPres.\n")}
	if _, err := language.Read(fsys); err == nil || !strings.Contains(err.Error(), "sentences.txt") {
		t.Errorf("a bad sentences.txt: err = %v", err)
	}
	// With keeps the lists.
	m, err := language.Default().With(language.ReportingVerbs, "opined")
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Sentences(text, 0, len(text)); len(got) != 2 {
		t.Errorf("With lost the sentence lists: %d sentences, want 2", len(got))
	}
}
