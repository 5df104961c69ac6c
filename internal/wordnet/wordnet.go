package wordnet

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"slices"
	"sync"
)

//go:generate go run ./gen -wordnet /usr/share/wordnet -k 3 -o data/wordnet.bin.gz

//go:embed data/wordnet.bin.gz
var embedded []byte

// magic opens every table; the byte after it is the format version.
const magic = "quotetrace/wordnet\x00\x01"

// Limits a table must respect; they bound what a corrupt table can make the
// loader allocate and let Concepts work in a buffer on the stack.
const (
	maxKey = 60       // bytes in a word of the table
	maxRaw = 64 << 20 // bytes of an uncompressed table
)

// A Table maps words to WordNet concepts. It is immutable and safe for
// concurrent use.
type Table struct {
	index map[string]uint32 // word → key number
	// ids holds, for key k, from off[nSpan*k] on: its concept lists as a
	// noun, verb, adjective and adverb, the union of those lists when it
	// has more than one, then its base forms (key numbers) as an irregular
	// form of each part of speech. Span j of key k is
	// ids[off[nSpan*k+j]:off[nSpan*k+j+1]].
	ids []uint32
	off []uint32
	// irregular[k] has bit p set when key k is an irregular form of part
	// of speech p: morphy then takes its bases from the exception list
	// instead of applying the detachment rules.
	irregular []uint8
	concepts  int // number of concepts
}

// The spans of a key, in order.
const (
	spanLists = 0 // 4 spans: the concept lists of each part of speech
	spanUnion = 4 // the union of the concept lists
	spanBases = 5 // 4 spans: the base forms of each part of speech
	nSpan     = 9
)

var defaultTable = sync.OnceValue(func() *Table {
	t, err := load(embedded)
	if err != nil {
		panic("wordnet: embedded table: " + err.Error()) // ruled out by TestDefault
	}
	return t
})

// Default returns the table built from WordNet 3.0 and embedded in the
// package. It is decoded on the first call, which takes about 20 ms, and
// shared afterwards.
func Default() *Table { return defaultTable() }

// Len reports the number of words the table knows: lemmas and their
// hyphen-free spellings, and irregular inflected forms.
func (t *Table) Len() int { return len(t.irregular) }

// Words calls yield with each word the table knows, in no particular
// order, until yield returns false: callers that key concepts by something
// else than the word (a stem) build their own index from it.
func (t *Table) Words(yield func(word string) bool) {
	for w := range t.index {
		if !yield(w) {
			return
		}
	}
}

// NumConcepts reports the number of concepts of the table: every concept id
// is less than it.
func (t *Table) NumConcepts() int { return t.concepts }

func (t *Table) span(k uint32, j int) []uint32 {
	i := nSpan*int(k) + j
	a, b := t.off[i], t.off[i+1]
	return t.ids[a:b:b]
}

// The detachment rules of WordNet's morphy, per part of speech: a form
// ending in the first string may have a base ending in the second.
var rules = [4][]struct{ from, to string }{
	{{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
	{{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
	{{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
	nil,
}

// maxBases bounds the base forms Concepts gathers for one word; no word of
// English comes near it.
const maxBases = 16

// Concepts returns the sorted, deduplicated concept ids of word, in any
// inflected form: the union of the concepts of its base forms as found by
// WordNet's morphy — for each part of speech, the word itself and either
// its bases in the exception lists, when it is an irregular form of that
// part of speech, or the forms the detachment rules give ("wars" → "war",
// "negotiations" → "negotiation", "said" → "say", "saying" → "say",
// "better" → "good"), each counted only where it is a lemma of that part of
// speech. Upper-case ASCII letters are folded to lower case. Concepts
// returns nil for a word the table does not know.
//
// The result may be shared with the table and must not be modified. Most
// words have their concepts in one piece of the table and cost no
// allocation; a word whose bases differ ("saying": the noun "saying", the
// verb "say") costs one.
func (t *Table) Concepts(word string) []uint32 {
	if len(word) == 0 || len(word) > maxKey+3 { // a rule takes 3 bytes off at most
		return nil
	}
	// The word in lower case, in a buffer on the stack: a map lookup with
	// a converted byte slice does not allocate.
	var wbuf [maxKey + 3]byte
	w := wbuf[:len(word)]
	for i := range len(word) {
		c := word[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		w[i] = c
	}

	// The (key, part of speech) pairs whose concepts make the result.
	var found [maxBases]struct {
		key uint32
		pos int
	}
	n := 0
	add := func(k uint32, p int) {
		if n == len(found) || len(t.span(k, spanLists+p)) == 0 {
			return
		}
		for _, f := range found[:n] {
			if f.key == k && f.pos == p {
				return
			}
		}
		found[n].key, found[n].pos = k, p
		n++
	}
	k, known := t.index[string(w)]
	var bbuf [maxKey + 3]byte
	last := w[len(w)-1]
	for p := range 4 {
		if known {
			add(k, p)
			if t.irregular[k]&(1<<p) != 0 {
				for _, b := range t.span(k, spanBases+p) {
					add(b, p)
				}
				continue
			}
		}
		for _, r := range rules[p] {
			if r.from[len(r.from)-1] != last {
				continue // most words: no rule applies
			}
			if len(w) <= len(r.from) || string(w[len(w)-len(r.from):]) != r.from {
				continue
			}
			b := append(append(bbuf[:0], w[:len(w)-len(r.from)]...), r.to...)
			if bk, ok := t.index[string(b)]; ok {
				add(bk, p)
			}
		}
	}

	switch {
	case n == 0:
		return nil
	case n == 1:
		return t.span(found[0].key, spanLists+found[0].pos)
	}
	same := true
	for _, f := range found[1:n] {
		same = same && f.key == found[0].key
	}
	if same && n == t.numLists(found[0].key) {
		return t.span(found[0].key, spanUnion)
	}
	size := 0
	for _, f := range found[:n] {
		size += len(t.span(f.key, spanLists+f.pos))
	}
	out := make([]uint32, 0, size)
	for _, f := range found[:n] {
		out = append(out, t.span(f.key, spanLists+f.pos)...)
	}
	slices.Sort(out)
	return slices.Clip(slices.Compact(out))
}

// numLists reports the parts of speech key k is a lemma of.
func (t *Table) numLists(k uint32) int {
	n := 0
	for p := range 4 {
		if len(t.span(k, spanLists+p)) > 0 {
			n++
		}
	}
	return n
}

// Related reports whether words a and b, in any inflected form, share a
// concept: whether they are synonyms in one of their first senses, or one
// is a satellite of the other's adjective cluster, or they are
// derivationally related ("withdraw", "withdrawal").
func (t *Table) Related(a, b string) bool {
	x, y := t.Concepts(a), t.Concepts(b)
	for len(x) > 0 && len(y) > 0 {
		switch {
		case x[0] == y[0]:
			return true
		case x[0] < y[0]:
			x = x[1:]
		default:
			y = y[1:]
		}
	}
	return false
}

// errCorrupt wraps every error of load.
var errCorrupt = errors.New("wordnet: corrupt table")

func corrupt(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errCorrupt, fmt.Sprintf(format, args...))
}

// load decodes a table written by the generator (see the package
// documentation for the layout). It checks every count, id and reference,
// so that a corrupt table is an error, not a panic or a table that panics
// later.
func load(data []byte) (*Table, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, corrupt("%v", err)
	}
	raw, err := io.ReadAll(io.LimitReader(zr, maxRaw+1))
	if err != nil {
		return nil, corrupt("%v", err)
	}
	if len(raw) > maxRaw {
		return nil, corrupt("more than %d bytes", maxRaw)
	}
	d := decoder{b: raw}
	if !bytes.HasPrefix(d.b, []byte(magic)) {
		return nil, corrupt("not a table of this version")
	}
	d.b = d.b[len(magic):]
	senses, concepts := d.count(1<<16), d.count(1<<31)
	nkeys := d.count(len(d.b) / 3) // a key takes three bytes at least
	if d.err != nil {
		return nil, d.err
	}
	if senses < 1 {
		return nil, corrupt("%d senses", senses)
	}

	t := &Table{
		index:     make(map[string]uint32, nkeys),
		off:       make([]uint32, 0, nSpan*nkeys+1),
		irregular: make([]uint8, nkeys),
		concepts:  concepts,
	}
	// The keys are front-coded; they are gathered in one buffer, then one
	// string the index refers to.
	all := make([]byte, 0, len(raw))
	ends := make([]int, nkeys)
	var lists [4][]uint32
	prev := 0 // where the previous key starts in all
	for k := range nkeys {
		shared, rest := d.count(len(all)-prev), d.count(maxKey)
		suffix := d.bytes(rest)
		mask := d.byte()
		if d.err != nil {
			return nil, d.err
		}
		start := len(all)
		all = append(all, all[prev:prev+shared]...)
		all = append(all, suffix...)
		key := all[start:]
		switch {
		case len(key) == 0 || len(key) > maxKey:
			return nil, corrupt("key %d: length %d", k, len(key))
		case k > 0 && bytes.Compare(all[prev:start], key) >= 0:
			return nil, corrupt("key %d: %q out of order", k, key)
		case mask == 0:
			return nil, corrupt("key %q: empty", key)
		}
		prev = start
		ends[k] = len(all)
		t.irregular[k] = mask >> 4

		t.off = append(t.off, uint32(len(t.ids)))
		for p := range 4 {
			lists[p] = nil
			if mask&(1<<p) != 0 {
				n := d.count(len(d.b))
				if n == 0 {
					return nil, corrupt("key %q: empty list", key)
				}
				start := len(t.ids)
				id := uint64(0)
				for j := range n {
					delta := d.uvarint()
					if j > 0 && delta == 0 {
						return nil, corrupt("key %q: concepts out of order", key)
					}
					id += delta
					if id >= uint64(concepts) {
						return nil, corrupt("key %q: concept %d of %d", key, id, concepts)
					}
					t.ids = append(t.ids, uint32(id))
				}
				lists[p] = t.ids[start:]
			}
			t.off = append(t.off, uint32(len(t.ids)))
		}
		if bits.OnesCount8(mask&0xf) > 1 {
			start := len(t.ids)
			for _, l := range lists {
				t.ids = append(t.ids, l...)
			}
			u := t.ids[start:]
			slices.Sort(u)
			t.ids = t.ids[:start+len(slices.Compact(u))]
		}
		for p := range 4 {
			t.off = append(t.off, uint32(len(t.ids)))
			if mask&(1<<(4+p)) != 0 {
				n := d.count(len(d.b))
				for range n {
					b := d.uvarint()
					if b >= uint64(nkeys) {
						return nil, corrupt("key %q: base %d of %d", key, b, nkeys)
					}
					t.ids = append(t.ids, uint32(b))
				}
			}
		}
		if d.err != nil {
			return nil, d.err
		}
		if len(t.ids) > 1<<31 {
			return nil, corrupt("too many ids")
		}
	}
	t.off = append(t.off, uint32(len(t.ids)))
	if len(d.b) != 0 {
		return nil, corrupt("%d bytes after the last key", len(d.b))
	}
	// A base must be a lemma of the part of speech it is a base for.
	for k := range nkeys {
		for p := range 4 {
			for _, b := range t.span(uint32(k), spanBases+p) {
				if len(t.span(b, spanLists+p)) == 0 {
					return nil, corrupt("key %d: base %d is not a lemma", k, b)
				}
			}
		}
	}
	words := string(all)
	start := 0
	for k, end := range ends {
		t.index[words[start:end]] = uint32(k)
		start = end
	}
	t.ids = slices.Clip(t.ids)
	return t, nil
}

// A decoder reads the uncompressed table; its first error sticks.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = corrupt("bad number at %d bytes from the end", len(d.b))
		return 0
	}
	d.b = d.b[n:]
	return v
}

// count reads a number no greater than max.
func (d *decoder) count(max int) int {
	v := d.uvarint()
	if d.err == nil && v > uint64(max) {
		d.err = corrupt("count %d greater than %d", v, max)
		return 0
	}
	return int(v)
}

func (d *decoder) bytes(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n > len(d.b) {
		d.err = corrupt("truncated")
		return nil
	}
	b := d.b[:n]
	d.b = d.b[n:]
	return b
}

func (d *decoder) byte() byte {
	if b := d.bytes(1); b != nil {
		return b[0]
	}
	return 0
}
