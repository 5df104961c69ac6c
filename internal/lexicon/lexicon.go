// Package lexicon holds the general knowledge about news writing that the
// quotetrace packages share: reporting verbs, page furniture, photo-credit
// words, the beginnings of source lines, nouns that name works, nickname
// cues and elided words. The words live in text files under data/, embedded
// at build time, so that adding one is a one-line change any article
// benefits from.
//
// All lookups are case-insensitive for ASCII letters and safe for concurrent
// use: the tables are built once, when the package is initialised, and never
// change.
package lexicon

import (
	"cmp"
	"io/fs"
	"slices"
	"strings"

	"github.com/quotetrace/quotetrace/language"
)

// files are the tables of the default language.
var files = language.Default().Data()

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

// load reads data/name.txt: one entry a line, or with fields, every
// space-separated word of a line when fields is true. Blank lines and lines
// starting with # are skipped.
func load(name string, fields bool) set {
	b, err := fs.ReadFile(files, name+".txt")
	if err != nil {
		panic("lexicon: " + err.Error()) // the files are embedded: this cannot happen
	}
	return parse(b, fields)
}

// A Set is an immutable set of words or phrases, looked up without regard
// to ASCII case and without allocating. It is safe for concurrent use.
type Set struct{ s set }

// Has reports whether w is in the set.
func (s Set) Has(w string) bool { return s.s.has(w) }

// ReadSet reads a word list from fsys, in the format of this package's own
// tables: one word or phrase a line; blank lines and lines starting with #
// are skipped. Other packages keep their own lists this way.
func ReadSet(fsys fs.FS, path string) (Set, error) {
	b, err := fs.ReadFile(fsys, path)
	if err != nil {
		return Set{}, err
	}
	return Set{parse(b, false)}, nil
}

// parse reads a word list; see load.
func parse(b []byte, fields bool) set {
	s := set{}
	for line := range strings.Lines(string(b)) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if fields {
			for _, w := range strings.Fields(line) {
				s[lower(w)] = struct{}{}
			}
			continue
		}
		s[lower(line)] = struct{}{}
	}
	return s
}

// prefixes returns the entries of s, longest first, for prefix matching.
func (s set) prefixes() []string {
	out := make([]string, 0, len(s))
	for p := range s {
		out = append(out, p)
	}
	// Longest first, then alphabetical, so that results do not depend on map order.
	slices.SortFunc(out, func(a, b string) int {
		if c := cmp.Compare(len(b), len(a)); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return out
}

var (
	reportingVerbs  = load("reporting_verbs", true)
	navigation      = load("navigation", false)
	creditWords     = load("credit_words", false)
	titleNouns      = load("title_nouns", false)
	titleFollowers  = load("title_followers", false)
	minorWords      = load("minor_words", false)
	nicknameCues    = load("nickname_cues", false)
	elisions        = load("elisions", false)
	sourcePrefixes  = load("source_prefixes", false).prefixes()
	captionPrefixes = load("caption_prefixes", false).prefixes()
	regions         = load("regions", false)
	termCues        = load("term_cues", false)
)

// IsTermCue reports whether word, right before words in marks, says they
// are mentioned as a term rather than said: "the phrase", "the term".
func IsTermCue(word string) bool { return termCues.has(word) }

// IsRegion reports whether name is a continent or a region of the world
// ("Europe", "the Middle East", "Latin America"), without regard to case;
// a leading "the " is ignored.
func IsRegion(name string) bool {
	if len(name) > 4 && (name[:4] == "the " || name[:4] == "The ") {
		name = name[4:]
	}
	return regions.has(name)
}

// IsReportingVerb reports whether word is a form of a verb of saying:
// "said", "told", "adds", "stressing".
func IsReportingVerb(word string) bool { return reportingVerbs.has(word) }

// IsNavigation reports whether line, a whole paragraph, is page furniture
// such as "Related", "Read more" or "Ask me anything".
func IsNavigation(line string) bool {
	if len(line) > maxKey {
		return false
	}
	line = strings.TrimSpace(line)
	line = strings.TrimRight(line, ":.…")
	return navigation.has(strings.TrimSpace(line))
}

// IsCreditWord reports whether word marks a photo credit: "Photo", "AP",
// "Getty", "via", "File".
func IsCreditWord(word string) bool { return creditWords.has(word) }

// IsTitleNoun reports whether word names a kind of work ("book", "film",
// "song") or introduces a title ("titled"), so that words in marks right
// after it are a title.
func IsTitleNoun(word string) bool { return titleNouns.has(word) }

// IsTitleFollower reports whether word, right after words in marks, shows
// that they are the title of a work: "star", "host", "program", "episode".
func IsTitleFollower(word string) bool { return titleFollowers.has(word) }

// IsMinorWord reports whether word is one of the short words that stay in
// lower case in Title Case: "the", "of", "and", "with".
func IsMinorWord(word string) bool { return minorWords.has(word) }

// IsNicknameCue reports whether phrase, one word or several separated by
// single spaces, introduces a nickname or label: "nicknamed", "known as",
// "so-called".
func IsNicknameCue(phrase string) bool { return nicknameCues.has(phrase) }

// IsElision reports whether word, written after an apostrophe, is an elided
// word such as 'n', 'em or 'til rather than the start of a quotation.
func IsElision(word string) bool { return elisions.has(word) }

// SourcePrefix reports whether line begins with words that say where an
// article came from ("Source:", "Reporting by", "Originally published"),
// and how many bytes of line they take.
func SourcePrefix(line string) (n int, ok bool) { return hasPrefix(line, sourcePrefixes) }

// CaptionPrefix reports whether line begins like a photo caption ("FILE -",
// "Photo:"), and how many bytes of line the prefix takes.
func CaptionPrefix(line string) (n int, ok bool) { return hasPrefix(line, captionPrefixes) }

func hasPrefix(line string, prefixes []string) (int, bool) {
	if line == "" {
		return 0, false
	}
	first := line[0]
	if 'A' <= first && first <= 'Z' {
		first += 'a' - 'A'
	}
	for _, p := range prefixes {
		// Compare the first byte before the whole prefix: most lines
		// fail there, cheaply.
		if p[0] != first {
			continue
		}
		if len(line) >= len(p) && strings.EqualFold(line[:len(p)], p) {
			// A word prefix must end at a word boundary: "sources:" is
			// its own entry, "sourced" is not a source line.
			if len(line) > len(p) && isWordByte(p[len(p)-1]) && isWordByte(line[len(p)]) {
				continue
			}
			return len(p), true
		}
	}
	return 0, false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
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
