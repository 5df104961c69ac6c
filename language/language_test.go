package language_test

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

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
