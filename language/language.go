package language

import (
	"cmp"
	"embed"
	"errors"
	"fmt"
	"io/fs"
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
	// entries lists each table's entries, lower-cased, in sorted order.
	entries [numTables][]string
	// phrases holds each table's entries of several words.
	phrases [numTables]map[string]struct{}
	// prefixes lists the entries of SourcePrefixes and CaptionPrefixes
	// longest first, for HasPrefix.
	prefixes [numTables][]string
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
// words listed there, several words a line), blank lines and lines
// starting with "#" skipped. Entries are matched without regard to ASCII
// case. The sentence rules' word lists are read from "sentences.txt" (see
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
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	l.index()
	return l, nil
}

// parseTable reads the entries of a table file, lower-cased and sorted.
func parseTable(b []byte, f format) []string {
	var out []string
	for line := range strings.Lines(string(b)) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if f == words {
			for _, w := range strings.Fields(line) {
				out = append(out, strings.ToLower(w))
			}
			continue
		}
		out = append(out, strings.ToLower(strings.Join(strings.Fields(line), " ")))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// index builds the word ids, sets, phrases and prefixes from the entries.
func (l *Language) index() {
	l.ids = make(map[string]uint32)
	l.sets = []Set{0}
	for t := range numTables {
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
				l.sets = append(l.sets, 0)
			}
			l.sets[id] |= 1 << t
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
	l.words = newWordIndex(l.ids)
}

// With returns a copy of l whose table t also holds the given entries
// (words, or phrases of words separated by spaces). It fails for an
// unknown table or an empty entry. l is not changed.
func (l *Language) With(t Table, entries ...string) (*Language, error) {
	if t >= numTables {
		return nil, fmt.Errorf("language: unknown table %d", uint8(t))
	}
	c := &Language{data: l.data, sentences: l.sentences}
	c.entries = l.entries
	added := slices.Clone(l.entries[t])
	for _, e := range entries {
		e = strings.ToLower(strings.Join(strings.Fields(e), " "))
		if e == "" {
			return nil, fmt.Errorf("language: an empty entry for table %s", t)
		}
		added = append(added, e)
	}
	slices.Sort(added)
	c.entries[t] = slices.Compact(added)
	c.index()
	return c, nil
}

// Entries returns the entries of table t, lower-cased, in sorted order.
func (l *Language) Entries(t Table) []string {
	if t >= numTables {
		return nil
	}
	return slices.Clone(l.entries[t])
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
	if len(w) > l.words.maxLen || w == "" {
		return Entry{}
	}
	id := l.words.find(w)
	return Entry{ID: id, In: l.sets[id]}
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

// Has reports whether table t holds phrase: a word, or words separated by
// single spaces. Case is ignored as by Lookup.
func (l *Language) Has(t Table, phrase string) bool {
	if t >= numTables {
		return false
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
