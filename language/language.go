package language

import (
	"cmp"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"slices"
	"strings"
	"sync"

	"github.com/kljensen/snowball/english"

	"github.com/quotetrace/quotetrace/internal/fold"
)

// A Language is what quotetrace knows of the language articles are written
// in: what a word, a space and a quote mark are (Scan), its word tables
// (reporting verbs, titles, honorifics, …), its sentence model and its
// stemmer. DefaultLanguage is English news; Read reads another from files and
// With adds words to one.
//
// A Language is immutable and safe for concurrent use.
type Language struct {
	// ids maps each lower-cased word of any table to its id, 1 and up.
	ids map[string]uint32
	// sets gives the tables of each id; sets[0] is empty.
	sets []Set
	// words finds the id of a word in any case.
	words wordIndex
	// entries lists each table's entries, lower-cased, in sorted order
	// but for an ordered table's, which are in the order of its file.
	entries [numTables][]string
	// phrases holds each table's entries of several words.
	phrases [numTables]map[string]struct{}
	// prefixes lists the entries of SourcePrefixes and CaptionPrefixes
	// longest first, for HasPrefix.
	prefixes [numTables][]string
	// suffixes indexes each table of endings, for HasSuffix.
	suffixes [numTables - numWordTables]suffixIndex
	// ends has the bit t%8 set, for each table of endings t, at the
	// indexes (see pairOf) of the last two bytes of the words that may end
	// with an entry of t: most words, whose bit is clear, end in none.
	ends [numPairs]uint8
	// sentences are the word lists of the sentence rules.
	sentences *sentenceLists
	// data is the file system the Language was read from.
	data fs.FS
}

// An Entry is a word's entry in a Language: an id, the same for every
// spelling that differs only in ASCII case, and the tables that hold it.
// The zero Entry is a word no table holds.
type Entry struct {
	// ID is 0 for a word of no table.
	ID uint32
	In Set
}

// Is reports whether table t holds the word.
func (w Entry) Is(t Table) bool { return w.In.Has(t) }

//go:embed data/*.txt
var defaultFiles embed.FS

var defaultLanguage = sync.OnceValue(func() *Language {
	sub, err := fs.Sub(defaultFiles, "data")
	if err == nil {
		var l *Language
		if l, err = Read(sub); err == nil {
			return l
		}
	}
	// The files are embedded and tested: failing here is a build defect.
	panic("language: reading the embedded English tables: " + err.Error())
})

// Default returns English as news writes it, with the tables embedded in
// the module (data/*.txt in its source). It is built once, on first use.
func Default() *Language { return defaultLanguage() }

// Read reads a Language from fsys: one file for each Table, named as the
// table with ".txt" ("reporting_verbs.txt"), in the format of the files in
// this package's data directory: one entry a line (for the tables of single
// words listed there and the tables of endings, several words a line),
// blank lines and lines starting with "#" skipped. Entries are matched
// without regard to ASCII case, but for endings (see HasSuffix). Weekdays
// must hold whole weeks: its number of entries a multiple of seven; every
// entry of Contractions and NegativeContractions, an apostrophe.
// The sentence rules' word lists are read from "sentences.txt" (see
// the file in this package's data directory); without that file, Punkt's
// model alone decides where sentences end. Other files of fsys (such as
// "places.txt") are read, when needed, through Data.
func Read(fsys fs.FS) (*Language, error) {
	l := &Language{data: fsys}
	var errs []error
	for t := range numTables {
		b, err := fs.ReadFile(fsys, tableSpecs[t].name+".txt")
		if err != nil {
			errs = append(errs, fmt.Errorf("language: table %s: %w", Table(t), err))
			continue
		}
		l.entries[t] = parseTable(b, tableSpecs[t].format)
	}
	switch b, err := fs.ReadFile(fsys, sentenceFile); {
	case err == nil:
		if l.sentences, err = parseSentenceLists(string(b)); err != nil {
			errs = append(errs, err)
		}
	case errors.Is(err, fs.ErrNotExist):
		l.sentences, _ = parseSentenceLists("")
	default:
		errs = append(errs, fmt.Errorf("language: %s: %w", sentenceFile, err))
	}
	if err := l.check(); err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	l.index()
	return l, nil
}

// daysPerWeek is how many entries of Weekdays name one week.
const daysPerWeek = 7

// check reports an error for tables whose entries do not say what they
// must: a Weekdays table of part of a week, a contraction without an
// apostrophe.
func (l *Language) check() error {
	if n := len(l.entries[Weekdays]); n%daysPerWeek != 0 {
		return fmt.Errorf("language: table %s: %d entries, not whole weeks of %d days", Weekdays, n, daysPerWeek)
	}
	for _, t := range [...]Table{Contractions, NegativeContractions} {
		for _, e := range l.entries[t] {
			if !strings.Contains(e, "'") {
				return fmt.Errorf("language: table %s: %q has no apostrophe", t, e)
			}
		}
	}
	return nil
}

// parseTable reads the entries of a table file, lower-cased, sorted but
// for an ordered table's.
func parseTable(b []byte, f format) []string {
	var out []string
	for line := range strings.Lines(string(b)) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if f == words || f == suffixes {
			for _, w := range strings.Fields(line) {
				out = append(out, entryOf(w, f))
			}
			continue
		}
		out = append(out, entryOf(line, f))
	}
	if f == ordered {
		return out
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// entryOf returns the entry that e, a line or a word of a table of format
// f, gives: lower-cased, its words separated by single spaces, and an
// ending's apostrophes written '.
func entryOf(e string, f format) string {
	e = strings.ToLower(strings.Join(strings.Fields(e), " "))
	if f == suffixes {
		e = strings.ReplaceAll(e, curly, "'")
	}
	return e
}

// index builds the word ids, sets, phrases, prefixes and suffixes from the
// entries.
func (l *Language) index() {
	l.ids = make(map[string]uint32)
	l.sets = []Set{{}}
	for t := range numWordTables {
		l.phrases[t] = nil
		for _, e := range l.entries[t] {
			if strings.Contains(e, " ") {
				if l.phrases[t] == nil {
					l.phrases[t] = make(map[string]struct{})
				}
				l.phrases[t][e] = struct{}{}
				continue
			}
			id, ok := l.ids[e]
			if !ok {
				id = uint32(len(l.sets))
				l.ids[e] = id
				l.sets = append(l.sets, Set{})
			}
			l.sets[id] = l.sets[id].with(t)
		}
	}
	for _, t := range [...]Table{SourcePrefixes, CaptionPrefixes} {
		p := slices.Clone(l.entries[t])
		// Longest first, then alphabetical.
		slices.SortFunc(p, func(a, b string) int {
			if c := cmp.Compare(len(b), len(a)); c != 0 {
				return c
			}
			return strings.Compare(a, b)
		})
		l.prefixes[t] = p
	}
	l.ends = [numPairs]uint8{}
	for t := numWordTables; t < numTables; t++ {
		l.suffixes[t-numWordTables] = newSuffixIndex(l.entries[t])
		for _, e := range l.entries[t] {
			pairsOf(e, func(i uint) { l.ends[i] |= 1 << (t % 8) })
		}
	}
	l.words = newWordIndex(l.ids)
}

// With returns a copy of l whose table t also holds the given entries
// (words, or phrases of words separated by spaces; endings, for a table of
// endings). Weekdays takes them after its own, in order: seven names at a
// time, Sunday first. It fails for an unknown table, an empty entry, an
// ending of several words, a contraction without an apostrophe and a
// Weekdays table of part of a week. l is not changed.
func (l *Language) With(t Table, entries ...string) (*Language, error) {
	if t >= numTables {
		return nil, fmt.Errorf("language: unknown table %d", uint8(t))
	}
	c := &Language{data: l.data, sentences: l.sentences}
	c.entries = l.entries
	added := slices.Clone(l.entries[t])
	for _, e := range entries {
		e = entryOf(e, tableSpecs[t].format)
		if e == "" {
			return nil, fmt.Errorf("language: an empty entry for table %s", t)
		}
		if tableSpecs[t].format == suffixes && strings.Contains(e, " ") {
			return nil, fmt.Errorf("language: %q for table %s: an ending is one word", e, t)
		}
		added = append(added, e)
	}
	if tableSpecs[t].format != ordered {
		slices.Sort(added)
		added = slices.Compact(added)
	}
	c.entries[t] = added
	if err := c.check(); err != nil {
		return nil, err
	}
	c.index()
	return c, nil
}

// Entries returns the entries of table t, lower-cased, in sorted order;
// those of Weekdays in the order of its file.
func (l *Language) Entries(t Table) []string {
	if t >= numTables {
		return nil
	}
	return slices.Clone(l.entries[t])
}

// All returns an iterator over the entries of table t and their indexes,
// in the order of Entries, without copying them.
func (l *Language) All(t Table) iter.Seq2[int, string] {
	var entries []string
	if t < numTables {
		entries = l.entries[t]
	}
	return slices.All(entries)
}

// Data returns the file system l was read from: its tables and the other
// files beside them ("places.txt"), which the packages that need them read.
func (l *Language) Data() fs.FS { return l.data }

// maxKey is the longest word looked up without allocating.
const maxKey = 64

// Lookup returns w's entry: its id and the tables that hold it. Case is
// ignored for ASCII letters; other letters must be in lower case to match.
// It does not allocate.
func (l *Language) Lookup(w string) Entry {
	id := l.id(w)
	return Entry{ID: id, In: l.sets[id]}
}

// id returns the id of w's entry, as Lookup, or 0.
func (l *Language) id(w string) uint32 {
	if len(w) > l.words.maxLen || w == "" {
		return 0
	}
	return l.words.find(w)
}

// A wordIndex finds a word's id without lower-casing it first: an open
// addressing hash table of the lower-cased words, hashed and compared with
// ASCII case folded on the fly. Most words of a text are in no table; the
// length bound, and one probe of a small table of hashes that never reads a
// key unless the hashes match, turn them away.
type wordIndex struct {
	// slots hold a word's hash in the high half and its id in the low;
	// 0 is an empty slot. Their number is a power of two, at most half
	// of them used.
	slots  []uint64
	keys   []string // the lower-cased word of each id
	maxLen int      // the longest word
}

// newWordIndex indexes ids, whose keys are lower-cased and whose ids run
// from 1 to len(ids).
func newWordIndex(ids map[string]uint32) wordIndex {
	n := 16
	for n < 2*len(ids) {
		n *= 2
	}
	x := wordIndex{slots: make([]uint64, n), keys: make([]string, len(ids)+1)}
	mask := uint32(n - 1)
	for w, id := range ids {
		x.keys[id] = w
		x.maxLen = max(x.maxLen, len(w))
		h := fold.Hash(w)
		i := h & mask
		for x.slots[i] != 0 {
			i = (i + 1) & mask
		}
		x.slots[i] = uint64(h)<<32 | uint64(id)
	}
	return x
}

// find returns the id of w, or 0.
func (x *wordIndex) find(w string) uint32 {
	mask := uint32(len(x.slots) - 1)
	h := fold.Hash(w)
	for i := h & mask; ; i = (i + 1) & mask {
		s := x.slots[i]
		if s == 0 {
			return 0
		}
		if uint32(s>>32) == h {
			if id := uint32(s); fold.Equal(w, x.keys[id]) {
				return id
			}
		}
	}
}

// Entry returns the entry of the word t, a token l scanned: its id
// (t.ID) and the tables that hold it. It is the zero Entry for a word of no
// table, for a token of another kind, and for a token of another Language
// whose id l does not have. A token's id is l's: read tokens with the
// Language that scanned them.
func (l *Language) Entry(t Token) Entry {
	if uint64(t.ID) >= uint64(len(l.sets)) {
		return Entry{}
	}
	return Entry{ID: t.ID, In: l.sets[t.ID]}
}

// Has reports whether table t holds phrase: a word, or words separated by
// single spaces; an ending, for a table of endings. Case is ignored as by
// Lookup.
func (l *Language) Has(t Table, phrase string) bool {
	if t >= numTables {
		return false
	}
	if t >= numWordTables {
		// A copy, so that phrase does not escape.
		_, ok := slices.BinarySearch(l.entries[t], entryOf(strings.Clone(phrase), suffixes))
		return ok
	}
	if strings.IndexByte(phrase, ' ') < 0 {
		return l.Lookup(phrase).In.Has(t)
	}
	if l.phrases[t] == nil {
		return false
	}
	if len(phrase) > maxKey {
		_, ok := l.phrases[t][strings.ToLower(phrase)]
		return ok
	}
	var buf [maxKey]byte
	b := append(buf[:0], phrase...)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	_, ok := l.phrases[t][string(b)]
	return ok
}

// HasPrefix reports whether line begins with an entry of table t, ignoring
// ASCII case, and how many bytes of line the entry takes. An entry that ends
// in a letter or digit must end at a word boundary of line. The longest
// entry wins.
func (l *Language) HasPrefix(t Table, line string) (n int, ok bool) {
	if line == "" || t >= numTables {
		return 0, false
	}
	prefixes := l.prefixes[t]
	if prefixes == nil {
		prefixes = l.entries[t]
	}
	first := line[0]
	if 'A' <= first && first <= 'Z' {
		first += 'a' - 'A'
	}
	for _, p := range prefixes {
		// Compare the first byte before the whole prefix: most lines fail
		// there, cheaply.
		if p[0] != first || len(line) < len(p) || !strings.EqualFold(line[:len(p)], p) {
			continue
		}
		if len(line) > len(p) && isWordByte(p[len(p)-1]) && isWordByte(line[len(p)]) {
			continue // "sources:" is its own entry; "sourced" is no source line
		}
		return len(p), true
	}
	return 0, false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// Stem returns the stem of an English word, lower-cased: "denied" and
// "denies" give "deni". It uses the Snowball English stemmer.
func (l *Language) Stem(w string) string { return english.Stem(w, true) }
