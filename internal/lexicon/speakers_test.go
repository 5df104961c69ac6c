package lexicon

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	_ "github.com/quotetrace/quotetrace/internal/golden" // accepts -update
	"github.com/quotetrace/quotetrace/language"
)

// mustRead returns the text of the default language's data file name.txt.
func mustRead(name string) string {
	b, err := fs.ReadFile(english.Data(), name+".txt")
	if err != nil {
		panic(err)
	}
	return string(b)
}

// in returns a function that reports whether the default language's table
// t holds a word.
func in(t language.Table) func(string) bool {
	return func(w string) bool { return english.Lookup(w).Is(t) }
}

// TestSpeakerWords checks the default language's tables of the words that
// name speakers, which attribution reads.
func TestSpeakerWords(t *testing.T) {
	tests := []struct {
		name string
		f    func(string) bool
		yes  []string
		no   []string
	}{
		{"PersonTitles", in(language.PersonTitles),
			[]string{"spokesman", "Spokesman", "SPOKESWOMAN", "president-elect", "Vice-President",
				"minister", "Sen.", "dr.", "CEO", "co-founder", "ayatollah", "analyst", "prime", "MEP"},
			[]string{"", "table", "said", "spokesmen", "officials", "Sen", "Peskov", "Kremlin"}},
		{"Honorifics", in(language.Honorifics),
			[]string{"Mr.", "Mr", "MRS.", "Ms", "Dr.", "Sir", "Dame", "Rev.", "Sen.", "Lt.", "Gen.",
				"Mme", "M.", "Herr", "Prof."},
			[]string{"", "Mister", "Gen", "Sr.", "Peskov", "said", "St."}},
		{"GroupNouns", in(language.GroupNouns),
			[]string{"officials", "Experts", "SOURCES", "police", "authorities", "Republicans",
				"spokespeople", "organisers", "residents"},
			[]string{"", "official", "expert", "spokesman", "government", "Kremlin"}},
		{"OrganizationWords", in(language.OrganizationWords),
			[]string{"Ministry", "ministry", "Council", "University", "Corp.", "Inc.", "Ltd", "Party",
				"Centre", "Center", "Forces", "Organisation"},
			[]string{"", "Kremlin", "Pentagon", "Russia", "said", "Peskov", "Corps."}},
	}
	for _, tt := range tests {
		for _, w := range tt.yes {
			if !tt.f(w) {
				t.Errorf("%s(%q) = false, want true", tt.name, w)
			}
		}
		for _, w := range tt.no {
			if tt.f(w) {
				t.Errorf("%s(%q) = true, want false", tt.name, w)
			}
		}
	}
}

func TestSubjectPronoun(t *testing.T) {
	tests := []struct {
		word       string
		person, ok bool
	}{
		{"he", true, true},
		{"She", true, true},
		{"I", true, true},
		{"i", true, true},
		{"WE", true, true},
		{"you", true, true},
		{"who", true, true},
		{"it", false, true},
		{"They", false, true},
		{"him", false, false},
		{"them", false, false},
		{"the", false, false},
		{"", false, false},
	}
	for _, tt := range tests {
		person, ok := SubjectPronoun(tt.word)
		if person != tt.person || ok != tt.ok {
			t.Errorf("SubjectPronoun(%q) = %v, %v; want %v, %v", tt.word, person, ok, tt.person, tt.ok)
		}
	}
}

func TestPlaces(t *testing.T) {
	tests := []struct {
		name string
		f    func(string) (string, bool)
		in   string
		code string // "" for no match
	}{
		{"Country", Country, "Britain", "GB"},
		{"Country", Country, "United Kingdom", "GB"},
		{"Country", Country, "U.K.", "GB"},
		{"Country", Country, "United States", "US"},
		{"Country", Country, "U.S.", "US"},
		{"Country", Country, "US", "US"},
		{"Country", Country, "America", "US"},
		{"Country", Country, "Russia", "RU"},
		{"Country", Country, "Russian Federation", "RU"},
		{"Country", Country, "Islamic Republic", "IR"},
		{"Country", Country, "People's Republic of China", "CN"},
		{"Country", Country, "People’s Republic of China", "CN"}, // typographic apostrophe
		{"Country", Country, "Côte d’Ivoire", "CI"},
		{"Country", Country, "Viet Nam", "VN"},
		{"Country", Country, "Kosovo", "XK"},
		{"Country", Country, "Georgia", "GE"},
		{"Country", Country, "us", ""},
		{"Country", Country, "russia", ""},
		{"Country", Country, "Congo", ""},
		{"Country", Country, "Korea", ""},
		{"Country", Country, "the United States", ""},
		{"Country", Country, "Moscow", ""},
		{"Country", Country, "", ""},
		{"Demonym", Demonym, "Russian", "RU"},
		{"Demonym", Demonym, "U.S.", "US"},
		{"Demonym", Demonym, "American", "US"},
		{"Demonym", Demonym, "British", "GB"},
		{"Demonym", Demonym, "Iranian", "IR"},
		{"Demonym", Demonym, "South Korean", "KR"},
		{"Demonym", Demonym, "Dominican", "DO"},
		{"Demonym", Demonym, "russian", ""},
		{"Demonym", Demonym, "Korean", ""},
		{"Demonym", Demonym, "Russia", ""},
		{"Capital", Capital, "Tehran", "IR"},
		{"Capital", Capital, "Kyiv", "UA"},
		{"Capital", Capital, "Kiev", "UA"},
		{"Capital", Capital, "Washington", "US"},
		{"Capital", Capital, "Beijing", "CN"},
		{"Capital", Capital, "Moscow", "RU"},
		{"Capital", Capital, "The Hague", "NL"},
		{"Capital", Capital, "N’Djamena", "TD"},
		{"Capital", Capital, "Victoria", ""},
		{"Capital", Capital, "Sofia", ""},
		{"Capital", Capital, "tehran", ""},
		{"Capital", Capital, "Russia", ""},
		{"Institution", Institution, "Kremlin", "RU"},
		{"Institution", Institution, "the Kremlin", "RU"},
		{"Institution", Institution, "The Kremlin", "RU"},
		{"Institution", Institution, "White House", "US"},
		{"Institution", Institution, "the White House", "US"},
		{"Institution", Institution, "Pentagon", "US"},
		{"Institution", Institution, "Downing Street", "GB"},
		{"Institution", Institution, "Élysée", "FR"},
		{"Institution", Institution, "Quai d’Orsay", "FR"},
		{"Institution", Institution, "kremlin", ""},
		{"Institution", Institution, "the", ""},
		{"Institution", Institution, "the ", ""},
		{"Institution", Institution, "the house", ""},
		{"Institution", Institution, "Moscow", ""},
		{"Place", Place, "Russia", "RU"},
		{"Place", Place, "the United States", "US"},
		{"Place", Place, "The Gambia", "GM"},
		{"Place", Place, "the Gambia", "GM"},
		{"Place", Place, "the Netherlands", "NL"},
		{"Place", Place, "Moscow", "RU"},
		{"Place", Place, "The Hague", "NL"},
		{"Place", Place, "the Kremlin", "RU"},
		{"Place", Place, "Zhongnanhai", "CN"},
		{"Place", Place, "Russian", ""}, // a demonym, not a place
		{"Place", Place, "Peskov", ""},
		{"Place", Place, "", ""},
	}
	for _, tt := range tests {
		code, ok := tt.f(tt.in)
		if code != tt.code || ok != (tt.code != "") {
			t.Errorf("%s(%q) = %q, %v; want %q, %v", tt.name, tt.in, code, ok, tt.code, tt.code != "")
		}
	}
}

// TestPlaceData checks that every line of places.txt and institutions.txt
// parses, that no spelling stands for two countries across all the place
// tables, and that institutions name known countries.
func TestPlaceData(t *testing.T) {
	p, errs := parsePlaces(mustRead("places"))
	for _, err := range errs {
		t.Error(err)
	}
	inst, errs := parseInstitutions(mustRead("institutions"))
	for _, err := range errs {
		t.Error(err)
	}
	if len(p.codes) != 199 {
		t.Errorf("places.txt: %d countries, want 199 (193 UN members, VA, PS, TW, XK, HK, MO)", len(p.codes))
	}

	// Every spelling, in whichever table, must mean one country. "US" as a
	// name and as a demonym both mean US, which is fine.
	owner := map[string]string{} // spelling -> code
	where := map[string]string{} // spelling -> first table
	check := func(table string, m map[string]string) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			code := m[k]
			if prev, ok := owner[k]; ok && prev != code {
				t.Errorf("%q is %s in %s but %s in %s", k, prev, where[k], code, table)
				continue
			}
			owner[k], where[k] = code, table
		}
	}
	check("names", p.names)
	check("demonyms", p.demonyms)
	check("capitals", p.capitals)
	check("institutions", inst)

	for name, code := range inst {
		if !slices.Contains(p.codes, code) {
			t.Errorf("institution %q: country %s is not in places.txt", name, code)
		}
	}
	// Every entry is reachable through its lookup.
	for name, code := range p.names {
		if got, ok := Country(name); !ok || got != code {
			t.Errorf("Country(%q) = %q, %v; want %q", name, got, ok, code)
		}
	}
	for name, code := range inst {
		if got, ok := Institution("the " + name); !ok || got != code {
			t.Errorf("Institution(%q) = %q, %v; want %q", "the "+name, got, ok, code)
		}
	}
	// IsPlace says what Place says, for every spelling, with and without
	// "the", and for words that are no place.
	sp := defaultSpeakers()
	var names []string
	for _, m := range []map[string]string{p.names, p.demonyms, p.capitals, inst} {
		for name := range m {
			names = append(names, name, "the "+name, "The "+name, strings.ReplaceAll(name, "'", "’"))
		}
	}
	names = append(names, "", "the", "the ", "Peskov", "the Peskov", "said")
	for _, name := range names {
		if _, want := sp.Place(name); sp.IsPlace(name) != want {
			t.Errorf("IsPlace(%q) = %v, want %v", name, !want, want)
		}
	}
}

// TestWordTables checks the one-word tables: every entry is a single word
// (lookups take one word) and nothing is both a title and a group noun.
func TestWordTables(t *testing.T) {
	for _, name := range []string{"person_titles", "honorifics", "group_nouns", "organization_words"} {
		for n, line := range dataLines(mustRead(name)) {
			for _, w := range strings.Fields(line) {
				if strings.ContainsAny(w, "’\"") {
					t.Errorf("%s.txt:%d: %q: use straight apostrophes and no quotes", name, n, w)
				}
			}
		}
	}
	for _, w := range english.Entries(language.PersonTitles) {
		if english.Lookup(w).Is(language.GroupNouns) {
			t.Errorf("%q is both a person title and a group noun", w)
		}
	}
	for _, w := range english.Entries(language.PersonPronouns) {
		if !english.Lookup(w).Is(language.SubjectPronouns) {
			t.Errorf("%q is a person pronoun but no subject pronoun", w)
		}
	}
}

// TestSpeakerTablesLoaded guards against an empty or unreadable data file.
func TestSpeakerTablesLoaded(t *testing.T) {
	sp := defaultSpeakers()
	for name, n := range map[string]int{
		"country names": len(sp.places.names),
		"demonyms":      len(sp.places.demonyms), "capitals": len(sp.places.capitals),
		"institutions": len(sp.institutions),
	} {
		if n < 8 {
			t.Errorf("%s: %d entries, want more", name, n)
		}
		t.Logf("%s: %d", name, n)
	}
}

func TestSpeakerLookupsDoNotAllocate(t *testing.T) {
	words := []string{"Spokesman", "Mr.", "Experts", "Ministry", "They",
		"the Kremlin", "People’s Republic of China", "Tehran", "Russian", "nowhere"}
	allocs := testing.AllocsPerRun(100, func() {
		for _, w := range words {
			SubjectPronoun(w)
			Country(w)
			Demonym(w)
			Capital(w)
			Institution(w)
			Place(w)
		}
	})
	if allocs != 0 {
		t.Errorf("lookups allocate %v times per run, want 0", allocs)
	}
}

func BenchmarkPlace(b *testing.B) {
	for b.Loop() {
		Place("the Kremlin")
		Place("People’s Republic of China")
		Place("Peskov")
	}
}

// TestParseReportsErrors makes sure the data checks above can fail.
func TestParseReportsErrors(t *testing.T) {
	_, errs := parsePlaces("# comment\n" +
		"AA\tAaland|Aa\tAalish\tAaburg\n" +
		"BB\tBeeland|Aa\tBeelish\t-\n" + // "Aa" claimed twice
		"CC\tSeeland\tSeeish\n" + // three fields
		"dd\tDeeland\t-\t-\n" + // bad code
		"AA\tAgain\t-\t-\n" + // code twice
		"EE\tEe| Eeland\t-\t-\n") // stray space
	if len(errs) != 5 {
		t.Errorf("parsePlaces: %d errors, want 5: %v", len(errs), errs)
	}
	m, errs := parseInstitutions("Hall\tAA\nHall\tBB\nNoTab AA\nLodge\tcc\n")
	if len(errs) != 3 || m["Hall"] != "AA" {
		t.Errorf("parseInstitutions: %v, %d errors, want Hall AA and 3: %v", m, len(errs), errs)
	}
}

func TestSpeakersOf(t *testing.T) {
	if SpeakersOf(english) != SpeakersOf(nil) || SpeakersOf(english) != defaultSpeakers() {
		t.Error("the default language's places are not shared")
	}
	fsys := fstest.MapFS{
		"places.txt":       {Data: []byte("# code, names, demonyms, capitals\nAA\tAaland\tAalish\tAaburg\n")},
		"institutions.txt": {Data: []byte("Aa Hall\tAA\n")},
	}
	for _, tb := range language.Tables() {
		fsys[tb.String()+".txt"] = &fstest.MapFile{Data: []byte("# empty\n")}
	}
	l, err := language.Read(fsys)
	if err != nil {
		t.Fatal(err)
	}
	sp := SpeakersOf(l)
	if code, ok := sp.Place("the Aa Hall"); !ok || code != "AA" {
		t.Errorf("Place(the Aa Hall) = %q, %v", code, ok)
	}
	if code, ok := sp.Demonym("Aalish"); !ok || code != "AA" {
		t.Errorf("Demonym(Aalish) = %q, %v", code, ok)
	}
	if _, ok := sp.Place("Russia"); ok {
		t.Error("another language's places hold the default's")
	}
	delete(fsys, "places.txt")
	if l, err = language.Read(fsys); err != nil {
		t.Fatal(err)
	}
	if _, ok := SpeakersOf(l).Place("the Aa Hall"); ok {
		t.Error("places read without places.txt")
	}
}
