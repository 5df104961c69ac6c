package lexicon

import (
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"strings"
	"sync"

	"github.com/quotetrace/quotetrace/language"
)

// This file holds what helps name a speaker beyond the word tables of
// package language: the countries, capitals and institutions that stand for
// a government ("Moscow said", "the Kremlin denied"), and the demonyms of
// the countries ("Russia’s" and "Russian" name the same one).
//
// The place tables (Country, Demonym, Capital, Institution, Place) are
// matched case-sensitively, since case tells "US" from "us" and "Turkey"
// from "turkey".

// Speakers holds the places of a language: the countries with their
// names, demonyms and capitals (places.txt of the language's data), and the
// institutions that stand for their governments (institutions.txt). It is
// immutable and safe for concurrent use. The zero Speakers knows no place.
type Speakers struct {
	places       placeTable
	institutions map[string]string
	// any holds every spelling of places.names, places.capitals and
	// institutions, for IsPlace.
	any map[string]string
}

// defaultSpeakers are those of language.Default(), read once.
var defaultSpeakers = sync.OnceValue(func() *Speakers {
	// The data files are checked by the tests: bad lines and spellings
	// claimed by two countries are reported there, and skipped here.
	sp, err := ReadSpeakers(english.Data())
	if err != nil {
		panic("lexicon: " + err.Error()) // the files are embedded: this cannot happen
	}
	return sp
})

// SpeakersOf returns the places of l, read from its data files (see
// ReadSpeakers). The default language's are read once and shared; another
// language's are read on each call, and are empty when its data has no
// place files.
func SpeakersOf(l *language.Language) *Speakers {
	if l == nil || l == english {
		return defaultSpeakers()
	}
	sp, err := ReadSpeakers(l.Data())
	if err != nil {
		return &Speakers{}
	}
	return sp
}

// ReadSpeakers reads places.txt and institutions.txt from fsys, in the
// format of those of the default language (see their headers). Lines that
// do not parse are skipped, and a spelling claimed by a second country
// keeps its first. A missing file is an error.
func ReadSpeakers(fsys fs.FS) (*Speakers, error) {
	if fsys == nil {
		return nil, errors.New("lexicon: no data to read places from")
	}
	p, err := fs.ReadFile(fsys, "places.txt")
	if err != nil {
		return nil, err
	}
	in, err := fs.ReadFile(fsys, "institutions.txt")
	if err != nil {
		return nil, err
	}
	sp := &Speakers{}
	sp.places, _ = parsePlaces(string(p))
	sp.institutions, _ = parseInstitutions(string(in))
	sp.any = make(map[string]string, len(sp.places.names)+len(sp.places.capitals)+len(sp.institutions))
	for _, m := range []map[string]string{sp.places.names, sp.places.capitals, sp.institutions} {
		for k, v := range m {
			sp.any[k] = v
		}
	}
	return sp, nil
}

// SubjectPronoun reports whether word is a subject pronoun that can stand
// for a speaker: "he", "she", "I", "we", "you", "who", "it" or "they",
// matched case-insensitively. person is true for those that refer to people
// (he, she, I, we, you, who) and false for "it" and "they", which may refer
// to an organisation, a country or a group. It reads
// language.SubjectPronouns and language.PersonPronouns of the default
// language.
func SubjectPronoun(word string) (person bool, ok bool) {
	e := english.Lookup(word)
	if !e.Is(language.SubjectPronouns) {
		return false, false
	}
	return e.Is(language.PersonPronouns), true
}

// Country returns the ISO 3166-1 alpha-2 code (XK for Kosovo) of the
// country that name, a country's name or alias, stands for: "Russia" and
// "Russian Federation" give "RU", "Britain" and "U.K." give "GB", "U.S."
// gives "US". name is matched as written, case and all, with words
// separated by single spaces; a leading "the" is not part of a name (see
// Place).
func (sp *Speakers) Country(name string) (code string, ok bool) {
	return lookupExact(sp.places.names, name)
}

// Demonym returns the code of the country that word, an adjective or noun
// for its people and things, refers to: "Russian" gives "RU", "British"
// and "U.S." give "GB" and "US", "South Korean" gives "KR". word is matched
// as written, case and all.
func (sp *Speakers) Demonym(word string) (code string, ok bool) {
	return lookupExact(sp.places.demonyms, word)
}

// Capital returns the code of the country of which name is the capital or
// seat of government: "Tehran" gives "IR", "Kyiv" and "Kiev" give "UA",
// "Washington" gives "US". name is matched as written, case and all. Capitals
// that are common words or given names ("Victoria", "Sofia") are left out.
func (sp *Speakers) Capital(name string) (code string, ok bool) {
	return lookupExact(sp.places.capitals, name)
}

// Institution returns the code of the country whose government name, an
// institution or building, stands for in news: "Kremlin" gives "RU",
// "White House" and "Pentagon" give "US", "Downing Street" gives "GB". name
// is matched as written, case and all, with words separated by single
// spaces; a leading "the " or "The " is ignored.
func (sp *Speakers) Institution(name string) (code string, ok bool) {
	return lookupThe(sp.institutions, name)
}

// Place returns the country code for name when it is a country's name or
// alias (Country), a capital (Capital) or an institution (Institution),
// tried in that order. A leading "the " or "The " is ignored: "the United
// States", "the Kremlin" and "The Hague" are all places.
func (sp *Speakers) Place(name string) (code string, ok bool) {
	if code, ok = lookupThe(sp.places.names, name); ok {
		return code, true
	}
	if code, ok = lookupThe(sp.places.capitals, name); ok {
		return code, true
	}
	return lookupThe(sp.institutions, name)
}

// IsPlace reports whether Place finds name, in one look-up instead of
// Place's three.
func (sp *Speakers) IsPlace(name string) bool {
	_, ok := lookupThe(sp.any, name)
	return ok
}

// Country is Speakers.Country of the default language.
func Country(name string) (code string, ok bool) { return defaultSpeakers().Country(name) }

// Demonym is Speakers.Demonym of the default language.
func Demonym(word string) (code string, ok bool) { return defaultSpeakers().Demonym(word) }

// Capital is Speakers.Capital of the default language.
func Capital(name string) (code string, ok bool) { return defaultSpeakers().Capital(name) }

// Institution is Speakers.Institution of the default language.
func Institution(name string) (code string, ok bool) { return defaultSpeakers().Institution(name) }

// Place is Speakers.Place of the default language.
func Place(name string) (code string, ok bool) { return defaultSpeakers().Place(name) }

// lookupThe looks name up in m as written and then without a leading "the "
// or "The ".
func lookupThe(m map[string]string, name string) (string, bool) {
	if code, ok := lookupExact(m, name); ok {
		return code, true
	}
	if len(name) > 4 && (name[:4] == "the " || name[:4] == "The ") {
		return lookupExact(m, name[4:])
	}
	return "", false
}

// rsquo is the typographic apostrophe, U+2019, read as a straight one.
const rsquo = "’"

// lookupExact looks name up in m, reading typographic apostrophes as
// straight ones ("Côte d’Ivoire"), without allocating.
func lookupExact(m map[string]string, name string) (string, bool) {
	if code, ok := m[name]; ok {
		return code, true
	}
	if len(name) > maxKey || !strings.Contains(name, rsquo) {
		return "", false
	}
	var buf [maxKey]byte
	n := 0
	for i := 0; i < len(name); {
		if strings.HasPrefix(name[i:], rsquo) {
			buf[n] = '\''
			n++
			i += len(rsquo)
			continue
		}
		buf[n] = name[i]
		n++
		i++
	}
	code, ok := m[string(buf[:n])]
	return code, ok
}

// placeTable maps the spellings of countries' names, demonyms and capitals
// to their codes.
type placeTable struct {
	names, demonyms, capitals map[string]string
	codes                     []string // in file order
}

// parsePlaces reads places.txt (see its header). Lines that do not parse
// are skipped, and a spelling claimed by a second country in the same
// field keeps its first; both are reported in errs.
func parsePlaces(text string) (t placeTable, errs []error) {
	t = placeTable{names: map[string]string{}, demonyms: map[string]string{}, capitals: map[string]string{}}
	seen := map[string]bool{}
	for n, line := range dataLines(text) {
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			errs = append(errs, fmt.Errorf("places.txt:%d: %d tab-separated fields, want 4: %q", n, len(f), line))
			continue
		}
		code := f[0]
		if !isCode(code) {
			errs = append(errs, fmt.Errorf("places.txt:%d: bad country code %q", n, code))
			continue
		}
		if seen[code] {
			errs = append(errs, fmt.Errorf("places.txt:%d: country %s listed twice", n, code))
			continue
		}
		seen[code] = true
		t.codes = append(t.codes, code)
		if f[1] == "-" {
			errs = append(errs, fmt.Errorf("places.txt:%d: country %s has no name", n, code))
		}
		for i, m := range []map[string]string{t.names, t.demonyms, t.capitals} {
			if f[i+1] == "-" {
				continue
			}
			for _, s := range strings.Split(f[i+1], "|") {
				if s == "" || s != strings.TrimSpace(s) || strings.Contains(s, "  ") || strings.Contains(s, rsquo) {
					errs = append(errs, fmt.Errorf("places.txt:%d: bad spelling %q for %s", n, s, code))
					continue
				}
				if prev, ok := m[s]; ok && prev != code {
					errs = append(errs, fmt.Errorf("places.txt:%d: %q is both %s and %s", n, s, prev, code))
					continue
				}
				m[s] = code
			}
		}
	}
	return t, errs
}

// parseInstitutions reads institutions.txt: name, a tab, country code.
func parseInstitutions(text string) (m map[string]string, errs []error) {
	m = map[string]string{}
	for n, line := range dataLines(text) {
		name, code, ok := strings.Cut(line, "\t")
		if !ok || name == "" || !isCode(code) || strings.Contains(name, rsquo) {
			errs = append(errs, fmt.Errorf("institutions.txt:%d: want name<TAB>code: %q", n, line))
			continue
		}
		if prev, ok := m[name]; ok && prev != code {
			errs = append(errs, fmt.Errorf("institutions.txt:%d: %q is both %s and %s", n, name, prev, code))
			continue
		}
		m[name] = code
	}
	return m, errs
}

// dataLines yields the lines of text that are neither blank nor comments,
// in order, with their line numbers; the line ending and trailing space are
// removed but tabs inside are kept.
func dataLines(text string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		n := 0
		for line := range strings.Lines(text) {
			n++
			line = strings.TrimRight(line, " \t\r\n")
			if strings.TrimSpace(line) == "" || line[0] == '#' {
				continue
			}
			if !yield(n, line) {
				return
			}
		}
	}
}

// isCode reports whether s is two upper-case ASCII letters.
func isCode(s string) bool {
	return len(s) == 2 && 'A' <= s[0] && s[0] <= 'Z' && 'A' <= s[1] && s[1] <= 'Z'
}
