package provenance

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
)

// TestWordsOf pins how words are read into terms: what is a word (the
// Language's), what is dropped, what becomes "not" or a numeral, and which
// terms are content.
func TestWordsOf(t *testing.T) {
	s, err := newStemmer(language.Default())
	if err != nil {
		t.Fatal(err)
	}
	stem := func(w string) term { return hashTerm(language.Default().Stem(w)) }
	tests := []struct {
		text           string
		every, content []term
	}{
		// "can't" is "ca" and "not", as "don't" is "do" and "not".
		{"Peskov's aide can't say", []term{stem("peskov"), stem("aide"), stem("ca"), notTerm, stem("say")},
			[]term{stem("peskov"), stem("aide"), stem("ca"), notTerm, stem("say")}},
		{"“Of course,” the U.S. said", []term{stopTerm("of"), stem("course") | stopBit, stopTerm("the"), stopTerm("us"), stem("said")},
			[]term{stem("said")}},
		{"Three of 2,000 Trump-Putin calls.", []term{hashTerm("3"), stopTerm("of"), hashTerm("2000"), stem("trump"), stem("putin"), stem("call")},
			[]term{hashTerm("3"), hashTerm("2000"), stem("trump"), stem("putin"), stem("call")}},
		{"NEVER, Mr. Smith", []term{notTerm, stem("mr"), stem("smith")}, []term{notTerm, stem("mr"), stem("smith")}},
		// A soft hyphen inside a word is no part of it.
		{"Pes\u00adkov", []term{stem("peskov")}, []term{stem("peskov")}},
		{"", nil, nil},
	}
	for _, tt := range tests {
		every, content, keys := s.wordsOf(tt.text, true)
		if !slices.Equal(every, tt.every) || !slices.Equal(content, tt.content) {
			t.Errorf("wordsOf(%q) = %v, %v; want %v, %v", tt.text, every, content, tt.every, tt.content)
		}
		if len(keys) != len(content) {
			t.Errorf("wordsOf(%q): %d keys for %d content terms", tt.text, len(keys), len(content))
		}
		if _, c, _ := s.wordsOf(tt.text, false); !slices.Equal(c, content) {
			t.Errorf("wordsOf(%q, false) = %v, want %v", tt.text, c, content)
		}
	}
}

// TestStemmerLanguage checks that the words are read with the stemmer's
// Language: its stop words, framing phrases and number words.
func TestStemmerLanguage(t *testing.T) {
	l, err := language.Default().With(language.StopWords, "Kremlin")
	if err == nil {
		l, err = l.With(language.Discourse, "to wit")
	}
	if err != nil {
		t.Fatal(err)
	}
	s, err := newStemmer(l)
	if err != nil {
		t.Fatal(err)
	}
	_, content, _ := s.wordsOf("The Kremlin, to wit, said three", false)
	want := []term{hashTerm(l.Stem("said")), hashTerm("3")}
	if !slices.Equal(content, want) {
		t.Errorf("content = %v, want %v", content, want)
	}
}

// TestStemmerContractions checks that the endings of the stemmer's
// Language's Contractions are dropped and those of its
// NegativeContractions read as "not", whichever the apostrophe.
func TestStemmerContractions(t *testing.T) {
	def := language.Default()
	if def.Has(language.Contractions, "'all") || def.Has(language.NegativeContractions, "'nae") {
		t.Skip("the default tables hold the test's endings now; pick others")
	}
	l, err := def.With(language.Contractions, "’all")
	if err == nil {
		l, err = l.With(language.NegativeContractions, "'nae")
	}
	if err != nil {
		t.Fatal(err)
	}
	// Each text is read with l as its plain form is by default; an ending
	// that l adds changes how it is read.
	tests := []struct {
		text, plain string
		added       bool
	}{
		{"y'all can'nae", "y can not", true},
		{"Y’ALL CAN’NAE", "y can not", true},
		{"Kremlin’ll say", "Kremlin say", false},
	}
	sl, err := newStemmer(l)
	if err != nil {
		t.Fatal(err)
	}
	sdef, err := newStemmer(def)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		got, _, _ := sl.wordsOf(tt.text, true)
		want, _, _ := sdef.wordsOf(tt.plain, true)
		if len(want) == 0 || !slices.Equal(got, want) {
			t.Errorf("wordsOf(%q) = %v, want %v, the terms of %q", tt.text, got, want, tt.plain)
		}
		if d, _, _ := sdef.wordsOf(tt.text, true); slices.Equal(d, want) == tt.added {
			t.Errorf("wordsOf(%q) with the default Language = %v", tt.text, d)
		}
	}
}

// TestWordsOfAllocs checks that reading the words of a quotation whose
// words the stemmer has seen allocates only the slices it returns.
func TestWordsOfAllocs(t *testing.T) {
	s, err := newStemmer(language.Default())
	if err != nil {
		t.Fatal(err)
	}
	text := "“Of course, I can neither confirm nor deny it,” Kremlin spokesman Dmitry Peskov told Russia’s TASS news agency on Sunday."
	s.wordsOf(text, true)
	n := 0
	s.read(text, nil, func(wordTerm) { n++ })
	allocs := testing.AllocsPerRun(100, func() { s.read(text, nil, func(wordTerm) {}) })
	if allocs != 0 {
		t.Errorf("reading %d terms allocates %v times", n, allocs)
	}
}

// benchTexts returns the paragraphs of the sample articles.
func benchTexts(b *testing.B) []string {
	paths, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		b.Fatal("no sample articles", err)
	}
	var texts []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		for line := range strings.Lines(string(data)) {
			if line = strings.TrimSpace(line); line != "" {
				texts = append(texts, line)
			}
		}
	}
	return texts
}

// BenchmarkWords reads the words of the sample articles' paragraphs into
// terms, as a Graph reads a quotation's: "seen" with a stemmer that has
// read them before (the common case in a corpus, whose words repeat),
// "new" with a new stemmer each time, which stems each word and looks its
// concepts up.
func BenchmarkWords(b *testing.B) {
	texts := benchTexts(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	newStemmerB := func() *stemmer {
		s, err := newStemmer(language.Default())
		if err != nil {
			b.Fatal(err)
		}
		return s
	}
	b.Run("seen", func(b *testing.B) {
		s := newStemmerB()
		for _, t := range texts {
			s.wordsOf(t, true)
		}
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, t := range texts {
				s.wordsOf(t, true)
			}
		}
	})
	b.Run("new", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			s := newStemmerB()
			for _, t := range texts {
				s.wordsOf(t, true)
			}
		}
	})
}

// TestOptionsLanguage checks that a Graph reads words with the Language of
// its Options: a word added to its stop words is no term of the
// similarity of two wordings.
func TestOptionsLanguage(t *testing.T) {
	// Made-up words, which WordNet gives no sense, so that no two are
	// synonyms: the wordings share four terms of five.
	a := "Zorvak quillet brastow velmora trindle"
	b := "Zorvak quillet brastow velmora plinket"
	withStops := func(words ...string) *language.Language {
		l, err := language.Default().With(language.StopWords, words...)
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	tests := []struct {
		name string
		lang *language.Language
		want float64 // the similarity of the two members
	}{
		{"default", nil, 0.8},
		// Without the words that differ, the wordings are the same terms.
		{"differing words stopped", withStops("trindle", "Plinket"), 1},
		// Without a word they share, three terms of four.
		{"shared word stopped", withStops("ZORVAK"), 0.75},
	}
	for _, tt := range tests {
		g, err := New(Options{Language: tt.lang})
		if err != nil {
			t.Fatal(err)
		}
		for i, text := range []string{a, b} {
			err := g.AddExtracted(Extracted{
				ID:        string(rune('a' + i)),
				Publisher: "Outlet " + string(rune('A'+i)),
				Quotes: []ExtractedQuote{{
					Kind:    quote.Direct,
					Text:    text,
					Spans:   []quote.Span{{Start: 0, End: len(text)}},
					Speaker: &ExtractedSpeaker{Name: "Anna Velar", Type: attribution.Person},
				}},
			})
			if err != nil {
				t.Fatal(err)
			}
		}
		tr := g.Trace()
		if len(tr.Statements) != 1 || len(tr.Statements[0].Members) != 2 {
			t.Errorf("%s: %d statements, want the two wordings as one", tt.name, len(tr.Statements))
			continue
		}
		var sims []float64
		for _, m := range tr.Statements[0].Members {
			sims = append(sims, m.Similarity)
		}
		slices.Sort(sims)
		if want := []float64{tt.want, 1}; !slices.Equal(sims, want) {
			t.Errorf("%s: similarities %v, want %v", tt.name, sims, want)
		}
	}
}
