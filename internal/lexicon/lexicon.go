// Package lexicon holds the structured knowledge about news writing that
// the word tables of package language do not: the countries, capitals,
// demonyms and institutions that stand for a government (see Speakers),
// read from a Language's data files.
//
// The word tables themselves (reporting verbs, titles, page furniture, …)
// belong to the language.Language, which looks each word up once when it
// scans it. The functions of this package that take a word (IsReportingVerb,
// IsNavigation, …) are thin wrappers over language.Default(), kept for the
// callers that do not yet read a Language's tokens.
//
// All lookups are safe for concurrent use: the tables are built once and
// never change.
package lexicon

import (
	"io/fs"
	"strings"

	"github.com/quotetrace/quotetrace/language"
)

// english is the default language, whose tables the word functions read.
var english = language.Default()

// A set is an immutable set of lower-case words or phrases.
type set map[string]struct{}

// maxKey is the longest key looked up without allocating.
const maxKey = 64

func (s set) has(w string) bool {
	if len(w) > maxKey {
		_, ok := s[lower(w)]
		return ok
	}
	// Lower-case into a buffer on the stack: the map lookup with a
	// converted byte slice does not allocate.
	var buf [maxKey]byte
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	_, ok := s[string(b)]
	return ok
}

// A Set is an immutable set of words or phrases, looked up without regard
// to ASCII case and without allocating. It is safe for concurrent use.
//
// It serves the word lists of packages that do not yet keep them as tables
// of a language.Language.
type Set struct{ s set }

// Has reports whether w is in the set.
func (s Set) Has(w string) bool { return s.s.has(w) }

// ReadSet reads a word list from fsys, in the format of the tables of
// package language: one word or phrase a line; blank lines and lines
// starting with # are skipped.
func ReadSet(fsys fs.FS, path string) (Set, error) {
	b, err := fs.ReadFile(fsys, path)
	if err != nil {
		return Set{}, err
	}
	s := set{}
	for line := range strings.Lines(string(b)) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		s[lower(line)] = struct{}{}
	}
	return Set{s}, nil
}

// IsTermCue reports whether word, right before words in marks, says they
// are mentioned as a term rather than said: "the phrase", "the term". It
// reads language.TermCues of the default language.
func IsTermCue(word string) bool { return english.Has(language.TermCues, word) }

// IsRegion reports whether name is a continent or a region of the world
// ("Europe", "the Middle East", "Latin America"), without regard to case;
// a leading "the " is ignored. It reads language.Regions of the default
// language.
func IsRegion(name string) bool {
	if len(name) > 4 && (name[:4] == "the " || name[:4] == "The ") {
		name = name[4:]
	}
	return english.Has(language.Regions, name)
}

// IsReportingVerb reports whether word is a form of a verb of saying:
// "said", "told", "adds", "stressing". It reads language.ReportingVerbs of
// the default language.
func IsReportingVerb(word string) bool { return english.Lookup(word).Is(language.ReportingVerbs) }

// IsNavigation reports whether line, a whole paragraph, is page furniture
// such as "Related", "Read more" or "Ask me anything". It reads
// language.Navigation of the default language.
func IsNavigation(line string) bool {
	if len(line) > maxKey {
		return false
	}
	line = strings.TrimSpace(line)
	line = strings.TrimRight(line, ":.…")
	return english.Has(language.Navigation, strings.TrimSpace(line))
}

// IsCreditWord reports whether word marks a photo credit: "Photo", "AP",
// "Getty", "via", "File". It reads language.CreditWords of the default
// language.
func IsCreditWord(word string) bool { return english.Has(language.CreditWords, word) }

// IsTitleNoun reports whether word names a kind of work ("book", "film",
// "song") or introduces a title ("titled"), so that words in marks right
// after it are a title. It reads language.TitleNouns of the default
// language.
func IsTitleNoun(word string) bool { return english.Has(language.TitleNouns, word) }

// IsTitleFollower reports whether word, right after words in marks, shows
// that they are the title of a work: "star", "host", "program", "episode".
// It reads language.TitleFollowers of the default language.
func IsTitleFollower(word string) bool { return english.Has(language.TitleFollowers, word) }

// IsMinorWord reports whether word is one of the short words that stay in
// lower case in Title Case: "the", "of", "and", "with". It reads
// language.MinorWords of the default language.
func IsMinorWord(word string) bool { return english.Has(language.MinorWords, word) }

// IsNicknameCue reports whether phrase, one word or several separated by
// single spaces, introduces a nickname or label: "nicknamed", "known as",
// "so-called". It reads language.NicknameCues of the default language.
func IsNicknameCue(phrase string) bool { return english.Has(language.NicknameCues, phrase) }

// IsElision reports whether word, written after an apostrophe, is an elided
// word such as 'n', 'em or 'til rather than the start of a quotation. It
// reads language.Elisions of the default language.
func IsElision(word string) bool { return english.Has(language.Elisions, word) }

// SourcePrefix reports whether line begins with words that say where an
// article came from ("Source:", "Reporting by", "Originally published"),
// and how many bytes of line they take. It reads language.SourcePrefixes
// of the default language.
func SourcePrefix(line string) (n int, ok bool) {
	return english.HasPrefix(language.SourcePrefixes, line)
}

// CaptionPrefix reports whether line begins like a photo caption ("FILE -",
// "Photo:"), and how many bytes of line the prefix takes. It reads
// language.CaptionPrefixes of the default language.
func CaptionPrefix(line string) (n int, ok bool) {
	return english.HasPrefix(language.CaptionPrefixes, line)
}

// lower returns s with ASCII letters in lower case, without allocating when
// s has none in upper case.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}
