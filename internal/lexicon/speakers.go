package lexicon

import (
	"fmt"
	"io/fs"
	"iter"
	"strings"
)

// This file holds the words that help name a speaker: titles and honorifics
// of people, nouns for groups of them, words that mark a name as an
// organisation's, subject pronouns, and the countries, capitals and
// institutions that stand for a government ("Moscow said", "the Kremlin
// denied").
//
// The word tables (titles, honorifics, group nouns, organisation words,
// pronouns) are matched case-insensitively for ASCII letters, like the rest
// of the package. The place tables (Country, Demonym, Capital, Institution,
// Place) are matched case-sensitively, since case tells "US" from "us" and
// "Turkey" from "turkey".

var (
	personTitles      = load("person_titles", true)
	honorifics        = load("honorifics", true)
	groupNouns        = load("group_nouns", true)
	organizationWords = load("organization_words", true)

	subjectPronouns, personPronouns = loadPronouns()

	// The data files are checked by the tests: bad lines and spellings
	// claimed by two countries are reported there, and skipped here.
	places, _       = parsePlaces(mustRead("places"))
	institutions, _ = parseInstitutions(mustRead("institutions"))
)

// IsPersonTitle reports whether word, a single word, names a person's
// office or role as written before or after a name in news: "spokesman",
// "President", "president-elect", "Sen.", "minister", "analyst". Plurals are
// not titles: see IsGroupNoun.
func IsPersonTitle(word string) bool { return personTitles.has(word) }

// IsHonorific reports whether word is an honorific or abbreviated title
// written right before a name: "Mr.", "Mrs", "Dr.", "Sir", "Sen.", "Lt.",
// "Mme". Matching ignores case, so the caller should check that word is
// capitalised: "Miss", "Lord" and "Lady" are also ordinary words.
func IsHonorific(word string) bool { return honorifics.has(word) }

// IsGroupNoun reports whether word is a plural noun for a group of people
// who are quoted in news: "officials", "Experts", "residents", "police".
func IsGroupNoun(word string) bool { return groupNouns.has(word) }

// IsOrganizationWord reports whether word, found inside a capitalised
// proper name, marks the name as an organisation's: "Ministry", "Council",
// "University", "Corp.", "Party". Matching ignores case; most of these are
// ordinary nouns too, so the caller should check that word is capitalised
// and part of a name. Names of single bodies, such as "Kremlin", are not
// organisation words: see Institution.
func IsOrganizationWord(word string) bool { return organizationWords.has(word) }

// SubjectPronoun reports whether word is a subject pronoun that can stand
// for a speaker: "he", "she", "I", "we", "you", "who", "it" or "they",
// matched case-insensitively. person is true for those that refer to people
// (he, she, I, we, you, who) and false for "it" and "they", which may refer
// to an organisation, a country or a group.
func SubjectPronoun(word string) (person bool, ok bool) {
	if !subjectPronouns.has(word) {
		return false, false
	}
	return personPronouns.has(word), true
}

// Country returns the ISO 3166-1 alpha-2 code (XK for Kosovo) of the
// country that name, a country's name or alias, stands for: "Russia" and
// "Russian Federation" give "RU", "Britain" and "U.K." give "GB", "U.S."
// gives "US". name is matched as written, case and all, with words
// separated by single spaces; a leading "the" is not part of a name (see
// Place).
func Country(name string) (code string, ok bool) { return lookupExact(places.names, name) }

// Demonym returns the code of the country that word, an adjective or noun
// for its people and things, refers to: "Russian" gives "RU", "British"
// and "U.S." give "GB" and "US", "South Korean" gives "KR". word is matched
// as written, case and all.
func Demonym(word string) (code string, ok bool) { return lookupExact(places.demonyms, word) }

// Capital returns the code of the country of which name is the capital or
// seat of government: "Tehran" gives "IR", "Kyiv" and "Kiev" give "UA",
// "Washington" gives "US". name is matched as written, case and all. Capitals
// that are common words or given names ("Victoria", "Sofia") are left out.
func Capital(name string) (code string, ok bool) { return lookupExact(places.capitals, name) }

// Institution returns the code of the country whose government name, an
// institution or building, stands for in news: "Kremlin" gives "RU",
// "White House" and "Pentagon" give "US", "Downing Street" gives "GB". name
// is matched as written, case and all, with words separated by single
// spaces; a leading "the " or "The " is ignored.
func Institution(name string) (code string, ok bool) {
	return lookupThe(institutions, name)
}

// Place returns the country code for name when it is a country's name or
// alias (Country), a capital (Capital) or an institution (Institution),
// tried in that order. A leading "the " or "The " is ignored: "the United
// States", "the Kremlin" and "The Hague" are all places.
func Place(name string) (code string, ok bool) {
	if code, ok = lookupThe(places.names, name); ok {
		return code, true
	}
	if code, ok = lookupThe(places.capitals, name); ok {
		return code, true
	}
	return lookupThe(institutions, name)
}

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

// loadPronouns reads pronouns.txt: a pronoun and "person" or "other" a
// line. Any other kind counts as "other".
func loadPronouns() (all, person set) {
	all, person = set{}, set{}
	for _, line := range dataLines(mustRead("pronouns")) {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		w := lower(f[0])
		all[w] = struct{}{}
		if len(f) > 1 && f[1] == "person" {
			person[w] = struct{}{}
		}
	}
	return all, person
}

// mustRead returns the text of data/name.txt.
func mustRead(name string) string {
	b, err := fs.ReadFile(files, name+".txt")
	if err != nil {
		panic("lexicon: " + err.Error()) // the files are embedded: this cannot happen
	}
	return string(b)
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
