package language_test

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unsafe"

	"github.com/google/go-cmp/cmp"

	"github.com/quotetrace/quotetrace/language"
)

// scanned returns the tokens of text as "kind:text" strings.
func scanned(text string) []string {
	var out []string
	for _, t := range language.Default().Scan(nil, text, 0, len(text)) {
		kind := map[language.Kind]string{language.Word: "w", language.Possessive: "s", language.Punct: "p", language.QuoteMark: "q"}[t.Kind]
		out = append(out, kind+":"+t.Text(text))
	}
	return out
}

func TestScan(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Peskov said.", []string{"w:Peskov", "w:said", "p:."}},
		{"“I can’t,” Mr. Peskov’s aide said", []string{"q:“", "w:I", "w:can’t", "p:,", "q:”", "w:Mr.", "w:Peskov", "s:’s", "w:aide", "w:said"}},
		{"the U.S. and 1,000 vice-presidents, 1, 2", []string{"w:the", "w:U.S.", "w:and", "w:1,000", "w:vice-presidents", "p:,", "w:1", "p:,", "w:2"}},
		// Format characters: a soft hyphen inside a word joins it; zero-width
		// spaces and a byte-order mark between words separate them.
		{"Pes\u00adkov\u200bsaid\ufeffit", []string{"w:Pes\u00adkov", "w:said", "w:it"}},
		// Combining marks belong to their letter.
		{"Jose\u0301 said", []string{"w:Jose\u0301", "w:said"}},
		// Every quote mark.
		{"‚a‛ ‹b› «c» „d“ 'e' `f`", []string{"q:‚", "w:a", "q:‛", "q:‹", "w:b", "q:›", "q:«", "w:c", "q:»", "q:„", "w:d", "q:“", "q:'", "w:e", "q:'", "q:`", "w:f", "q:`"}},
		// Apostrophes inside words, a plural possessive's lone mark.
		{"rock 'n' roll, the students' union, O'Brien", []string{"w:rock", "q:'", "w:n", "q:'", "w:roll", "p:,", "w:the", "w:students", "q:'", "w:union", "p:,", "w:O'Brien"}},
		// Invalid UTF-8 and NUL are never words.
		{"a\xffb\x00", []string{"w:a", "w:b", "p:\x00"}},
		{"", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, scanned(tt.text)); diff != "" {
			t.Errorf("Scan(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestScanSpanOutOfRange(t *testing.T) {
	text := "He said so."
	toks := language.Default().Scan(nil, text, -5, 100)
	if len(toks) != 4 {
		t.Errorf("got %d tokens, want 4", len(toks))
	}
}

// TestTokenEntry checks that a token keeps its word's id and that the
// Language gives its tables by that id, the zero Entry for an id it does
// not have, and that a token stays 24 bytes.
func TestTokenEntry(t *testing.T) {
	l := language.Default()
	text := "Peskov said, “no.”"
	toks := l.Scan(nil, text, 0, len(text))
	said := toks[1]
	if said.Text(text) != "said" || said.ID != l.Lookup("said").ID || l.Entry(said) != l.Lookup("said") {
		t.Errorf("said: token %+v, entry %+v, want %+v", said, l.Entry(said), l.Lookup("said"))
	}
	for _, tok := range toks {
		if tok.Kind != language.Word && (tok.ID != 0 || l.Entry(tok) != (language.Entry{})) {
			t.Errorf("%q: a mark with an entry", tok.Text(text))
		}
	}
	if e := l.Entry(language.Token{Kind: language.Word, ID: 1 << 31}); e != (language.Entry{}) {
		t.Errorf("an id of no entry: %+v", e)
	}
	if n := unsafe.Sizeof(language.Token{}); n > 24 {
		t.Errorf("a Token takes %d bytes, want at most 24", n)
	}
}

// maxTokenTexts are texts whose tokens MaxTokens must bound: every kind of
// token, words joined by marks, combining and format characters where
// Scan keeps or splits them, invalid UTF-8.
var maxTokenTexts = []string{
	"", " ", "Peskov said.", "“I can’t,” Mr. Peskov’s aide said",
	"the U.S. and 1,000 vice-presidents, 1, 2", "Pes\u00adkov\u200bsaid\ufeffit",
	"Jose\u0301 said \u0301\u0301 a\u00ad\u0301 \u0301a", "‚a‛ ‹b› «c» „d“ 'e' `f` ''g''",
	"rock 'n' roll, the students' union, O'Brien", "a\xffb\x00 \xff\xfe \xef\xbf\xbd",
	"Привет, мир — 東京 ‘x’ 1,a U.S.-based 3.5 Inc. Gen.",
	"“‘a “‘a « “ ‘word “a” ‘b’ «“‘a \"a \"b' ",
}

func TestMaxTokens(t *testing.T) {
	l := language.Default()
	for _, text := range append(maxTokenTexts, newsText) {
		checkMaxTokens(t, l, text, 0, len(text))
	}
	// On news prose the bound is close.
	n, max := len(l.Scan(nil, newsText, 0, len(newsText))), l.MaxTokens(newsText, 0, len(newsText))
	if max > n+n/10 {
		t.Errorf("MaxTokens(newsText) = %d for %d tokens", max, n)
	}
}

func FuzzMaxTokens(f *testing.F) {
	for _, s := range maxTokenTexts {
		f.Add(s, 0, len(s))
	}
	l := language.Default()
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		checkMaxTokens(t, l, text, start, end)
	})
}

// checkMaxTokens checks that MaxTokens bounds the tokens of text[start:end].
func checkMaxTokens(t *testing.T, l *language.Language, text string, start, end int) {
	t.Helper()
	n, max := len(l.Scan(nil, text, start, end)), l.MaxTokens(text, start, end)
	if n > max {
		t.Errorf("MaxTokens(%q, %d, %d) = %d, but Scan gives %d tokens", text, start, end, max, n)
	}
}

func TestLookup(t *testing.T) {
	l := language.Default()
	said := l.Lookup("SAID")
	if !said.Is(language.ReportingVerbs) || said.ID == 0 {
		t.Errorf("Lookup(SAID) = %+v, want a reporting verb", said)
	}
	if said != l.Lookup("said") {
		t.Error("case changes the entry")
	}
	if e := l.Lookup("zzyzx"); e != (language.Entry{}) {
		t.Errorf("unknown word: %+v", e)
	}
	if !l.Lookup("spokesman").Is(language.PersonTitles) || !l.Lookup("Mr.").Is(language.Honorifics) {
		t.Error("titles missing")
	}
	if !l.Has(language.NicknameCues, "Known  as"[:5]+" as") || l.Has(language.NicknameCues, "known at") {
		t.Error("phrases")
	}
	if n, ok := l.HasPrefix(language.SourcePrefixes, "Source: TASS"); !ok || n != len("source:") {
		t.Errorf("HasPrefix = %d, %v", n, ok)
	}
	if _, ok := l.HasPrefix(language.SourcePrefixes, "Sourced from"); ok {
		t.Error("a prefix must end at a word boundary")
	}
	if allocs := testing.AllocsPerRun(100, func() { l.Lookup("Spokesman") }); allocs != 0 {
		t.Errorf("Lookup allocates %v times", allocs)
	}
}

func TestWith(t *testing.T) {
	l := language.Default()
	if l.Lookup("opined").Is(language.ReportingVerbs) {
		t.Skip("opined is a default reporting verb now; pick another word")
	}
	m, err := l.With(language.ReportingVerbs, "opined", "Opines")
	if err != nil {
		t.Fatal(err)
	}
	if !m.Lookup("OPINED").Is(language.ReportingVerbs) || !m.Lookup("opines").Is(language.ReportingVerbs) {
		t.Error("With did not add")
	}
	if l.Lookup("opined").Is(language.ReportingVerbs) {
		t.Error("With changed its receiver")
	}
	if !m.Lookup("said").Is(language.ReportingVerbs) {
		t.Error("With lost an entry")
	}
	if _, err := l.With(language.ReportingVerbs, " "); err == nil {
		t.Error("an empty entry was accepted")
	}
}

func TestRead(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, tb := range language.Tables() {
		fsys[tb.String()+".txt"] = &fstest.MapFile{Data: []byte("# comment\n\n")}
	}
	fsys["reporting_verbs.txt"] = &fstest.MapFile{Data: []byte("dire dit disait\n")}
	l, err := language.Read(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if !l.Lookup("dit").Is(language.ReportingVerbs) || l.Lookup("said").Is(language.ReportingVerbs) {
		t.Error("Read did not read the given tables")
	}
	delete(fsys, "stopwords.txt")
	_, err = language.Read(fsys)
	if err == nil || !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "stopwords") {
		t.Errorf("a missing table: err = %v", err)
	}
}

// BenchmarkMaxTokens bounds the tokens of newsText, as BenchmarkScan scans
// them.
func BenchmarkMaxTokens(b *testing.B) {
	l := language.Default()
	b.SetBytes(int64(len(newsText)))
	for b.Loop() {
		l.MaxTokens(newsText, 0, len(newsText))
	}
}

func BenchmarkScan(b *testing.B) {
	text := strings.Repeat("“I can neither confirm nor deny it,” Kremlin spokesman Dmitry Peskov told Russia’s TASS news agency on Sunday. ", 100)
	l := language.Default()
	var toks []language.Token
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		toks = l.Scan(toks[:0], text, 0, len(text))
	}
}

func TestHasSuffix(t *testing.T) {
	l := language.Default()
	tests := []struct {
		t    language.Table
		word string
		n    int
		ok   bool
	}{
		{language.AgentSuffixes, "forecasters", 3, true},
		{language.AgentSuffixes, "economists", 4, true},
		{language.AgentSuffixes, "ers", 3, true}, // an ending may be all of the word
		{language.AgentSuffixes, "FORECASTERS", 0, false},
		{language.AgentSuffixes, "forecast", 0, false},
		{language.AdjectiveSuffixes, "presidential", 2, true},
		{language.AdjectiveSuffixes, "generous", 3, true},
		{language.AdjectiveSuffixes, "Chinese", 3, true},
		{language.AdjectiveSuffixes, "said", 0, false},
		{language.Contractions, "kremlin's", 2, true},
		{language.Contractions, "kremlin’s", 4, true},
		{language.Contractions, "they’re", 5, true},
		{language.Contractions, "its", 0, false},
		{language.NegativeContractions, "can't", 3, true},
		{language.NegativeContractions, "didn’t", 5, true},
		{language.NegativeContractions, "cant", 0, false},
		{language.ReportingVerbs, "said", 0, false}, // a table of words
		{language.AgentSuffixes, "", 0, false},
	}
	for _, tt := range tests {
		if n, ok := l.HasSuffix(tt.t, tt.word); n != tt.n || ok != tt.ok {
			t.Errorf("HasSuffix(%s, %q) = %d, %v, want %d, %v", tt.t, tt.word, n, ok, tt.n, tt.ok)
		}
	}
	if !l.Has(language.AgentSuffixes, "ERS") || l.Has(language.AgentSuffixes, "forecasters") {
		t.Error("Has of a table of endings")
	}
	if l.Lookup("ers").In.Any(language.SetOf(language.AgentSuffixes)) {
		t.Error("an ending is in a word's Entry")
	}
	if allocs := testing.AllocsPerRun(100, func() { l.HasSuffix(language.NegativeContractions, "didn’t") }); allocs != 0 {
		t.Errorf("HasSuffix allocates %v times", allocs)
	}
}

// TestWithSuffix checks that With adds an ending to each table of endings,
// and that the shortest ending wins.
func TestWithSuffix(t *testing.T) {
	l := language.Default()
	for _, tt := range []struct {
		t            language.Table
		ending, word string
		n            int
	}{
		{language.AgentSuffixes, "ors", "investors", 3},
		{language.AdjectiveSuffixes, "ful", "powerful", 3},
		{language.Contractions, "’all", "y'all", 4}, // ’ is read as '
		{language.NegativeContractions, "’nae", "can'nae", 4},
		{language.AdjectiveSuffixes, "l", "presidential", 1}, // shorter than "al"
	} {
		if _, ok := l.HasSuffix(tt.t, tt.word); ok && tt.n > 1 {
			t.Fatalf("%s: %q ends with a default entry: pick another", tt.t, tt.word)
		}
		m, err := l.With(tt.t, tt.ending)
		if err != nil {
			t.Fatal(err)
		}
		if n, ok := m.HasSuffix(tt.t, tt.word); !ok || n != tt.n {
			t.Errorf("With(%s, %q): HasSuffix(%q) = %d, %v, want %d, true", tt.t, tt.ending, tt.word, n, ok, tt.n)
		}
		if _, ok := m.HasSuffix(tt.t, "Zzz"); ok {
			t.Errorf("With(%s, %q): Zzz has an ending", tt.t, tt.ending)
		}
	}
	if _, err := l.With(language.AgentSuffixes, "ers ors"); err == nil {
		t.Error("an ending of two words was accepted")
	}
}

// TestWeekdays checks the order of Weekdays, and that With adds whole
// weeks only.
func TestWeekdays(t *testing.T) {
	l := language.Default()
	want := []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	if diff := cmp.Diff(want, l.Entries(language.Weekdays)); diff != "" {
		t.Errorf("Weekdays (-want +got):\n%s", diff)
	}
	for i, e := range l.All(language.Weekdays) {
		if got := strings.ToLower(time.Weekday(i % 7).String()); e != got {
			t.Errorf("entry %d is %q, want %q", i, e, got)
		}
	}
	abbr := []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	m, err := l.With(language.Weekdays, abbr...)
	if err != nil {
		t.Fatal(err)
	}
	got := m.Entries(language.Weekdays)
	if diff := cmp.Diff(append(want, "sun", "mon", "tue", "wed", "thu", "fri", "sat"), got); diff != "" {
		t.Errorf("With: Weekdays (-want +got):\n%s", diff)
	}
	if !m.Lookup("Tue").Is(language.Weekdays) || l.Lookup("Tue").Is(language.Weekdays) {
		t.Error("With did not add a weekday to its copy alone")
	}
	if _, err := l.With(language.Weekdays, "Sun"); err == nil {
		t.Error("part of a week was accepted")
	}
}

func TestWithContractions(t *testing.T) {
	if _, err := language.Default().With(language.Contractions, "s"); err == nil {
		t.Error("a contraction without an apostrophe was accepted")
	}
	if _, err := language.Default().With(language.NegativeContractions, "’nae"); err != nil {
		t.Error(err)
	}
}

// TestSet checks a Set's bits on both sides of 64: the tables of words may
// grow past the first word of the set.
func TestSet(t *testing.T) {
	s := language.SetOf(language.ReportingVerbs, language.Table(63), language.Table(64), language.Table(100))
	for _, tb := range []language.Table{language.ReportingVerbs, 63, 64, 100} {
		if !s.Has(tb) {
			t.Errorf("SetOf(...).Has(%d) = false, want true", tb)
		}
	}
	for _, tb := range []language.Table{1, 62, 65, 99, 127} {
		if s.Has(tb) {
			t.Errorf("SetOf(...).Has(%d) = true, want false", tb)
		}
	}
	if !s.Any(language.SetOf(100)) || !s.Any(language.SetOf(0)) || s.Any(language.SetOf(1, 65)) || s.Any(language.Set{}) {
		t.Error("Any is wrong across the two words of the set")
	}
}
