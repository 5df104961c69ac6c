// Command gen builds the table of package wordnet from the files of the
// WordNet 3.0 database (data.*, index.* and *.exc, as installed by the
// Debian package wordnet-base in /usr/share/wordnet):
//
//	go run ./gen -wordnet /usr/share/wordnet -o data/wordnet.bin.gz
//
// It is run by go generate in internal/wordnet. See the package
// documentation of wordnet for what the table keeps and the layout of the
// file. The output depends only on the database and the flags: running the
// command twice writes the same bytes.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// magic opens every table; the byte after it is the format version.
const magic = "quotetrace/wordnet\x00\x01"

// The parts of speech, in the order of the table's bit masks.
var posNames = [4]string{"noun", "verb", "adj", "adv"}

// posIndex maps a WordNet part-of-speech letter to its index in posNames;
// satellite adjectives ('s') are adjectives.
func posIndex(c byte) (int, bool) {
	switch c {
	case 'n':
		return 0, true
	case 'v':
		return 1, true
	case 'a', 's':
		return 2, true
	case 'r':
		return 3, true
	}
	return 0, false
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("wordnet/gen: ")
	dir := flag.String("wordnet", "/usr/share/wordnet", "`directory` of the WordNet 3.0 database files")
	out := flag.String("o", "data/wordnet.bin.gz", "output `file`")
	k := flag.Int("k", 3, "senses kept per lemma and part of speech")
	flag.Parse()
	if flag.NArg() != 0 || *k < 1 {
		flag.Usage()
		os.Exit(2)
	}
	db, err := readDB(*dir)
	if err != nil {
		log.Fatal(err)
	}
	tab := build(db, *k)
	b, size, err := tab.encode(*k)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("k=%d: %d lemmas (%d with aliases), %d inflected forms, %d concepts, %d concept references; %d bytes (%d uncompressed)",
		*k, tab.lemmas, tab.lemmas+tab.aliases, tab.forms, tab.nconcepts, tab.refs, len(b), size)
}

// A synset is one entry of a data.* file.
type synset struct {
	words     []string // lower-case, underscores as spaces, in the file's order
	satellite bool     // an adjective satellite
	ptrs      []pointer
}

// A pointer is one relation of a synset; src and dst are the 1-based
// numbers of the words it links, 0 for a relation of whole synsets.
type pointer struct {
	sym      string
	target   synsetKey
	src, dst int
}

type synsetKey struct {
	pos    int
	offset uint32
}

// A db is the part of the WordNet database the table is built from.
type db struct {
	synsets map[synsetKey]*synset
	// senses[pos][lemma] lists the lemma's synsets, most frequent sense first.
	senses [4]map[string][]synsetKey
	// exceptions[pos][form] lists the base forms of an irregular form.
	exceptions [4]map[string][]string
}

func readDB(dir string) (*db, error) {
	d := &db{synsets: make(map[synsetKey]*synset)}
	for p, name := range posNames {
		if err := readData(filepath.Join(dir, "data."+name), p, d.synsets); err != nil {
			return nil, err
		}
		s, err := readIndex(filepath.Join(dir, "index."+name))
		if err != nil {
			return nil, err
		}
		d.senses[p] = s
		e, err := readExceptions(filepath.Join(dir, name+".exc"))
		if err != nil {
			return nil, err
		}
		d.exceptions[p] = e
	}
	// Every sense must name a synset of the database.
	for p := range d.senses {
		for lemma, keys := range d.senses[p] {
			for _, k := range keys {
				if d.synsets[k] == nil {
					return nil, fmt.Errorf("index.%s: %s: no synset %08d", posNames[p], lemma, k.offset)
				}
			}
		}
	}
	return d, nil
}

// lines calls f with every line of the named file that is not part of the
// licence header (those start with two spaces).
func lines(name string, f func(fields []string) error) error {
	file, err := os.Open(name)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") || strings.TrimSpace(line) == "" {
			continue
		}
		if err := f(strings.Fields(line)); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

// lemmaForm normalises a word of the database: lower case, spaces for
// underscores, without an adjective's syntactic marker such as "(p)".
func lemmaForm(w string) string {
	if i := strings.IndexByte(w, '('); i > 0 && strings.HasSuffix(w, ")") {
		w = w[:i]
	}
	return strings.ReplaceAll(strings.ToLower(w), "_", " ")
}

var errShort = errors.New("line too short")

func readData(name string, pos int, out map[synsetKey]*synset) error {
	return lines(name, func(f []string) error {
		// offset lex_filenum ss_type w_cnt word lex_id ... p_cnt ptr... | gloss
		if len(f) < 4 {
			return errShort
		}
		off, err := strconv.ParseUint(f[0], 10, 32)
		if err != nil {
			return err
		}
		s := &synset{satellite: f[2] == "s"}
		nw, err := strconv.ParseUint(f[3], 16, 8)
		if err != nil {
			return err
		}
		i := 4
		for range nw {
			if i+1 >= len(f) {
				return errShort
			}
			s.words = append(s.words, lemmaForm(f[i]))
			i += 2
		}
		if i >= len(f) {
			return errShort
		}
		np, err := strconv.Atoi(f[i])
		if err != nil {
			return err
		}
		i++
		for range np {
			if i+3 >= len(f) {
				return errShort
			}
			toff, err := strconv.ParseUint(f[i+1], 10, 32)
			if err != nil {
				return err
			}
			tpos, ok := posIndex(f[i+2][0])
			if !ok {
				return fmt.Errorf("part of speech %q", f[i+2])
			}
			st, err := strconv.ParseUint(f[i+3], 16, 16)
			if err != nil {
				return err
			}
			s.ptrs = append(s.ptrs, pointer{sym: f[i], target: synsetKey{tpos, uint32(toff)}, src: int(st >> 8), dst: int(st & 0xff)})
			i += 4
		}
		out[synsetKey{pos, uint32(off)}] = s
		return nil
	})
}

func readIndex(name string) (map[string][]synsetKey, error) {
	m := make(map[string][]synsetKey)
	pos := slices.Index(posNames[:], strings.TrimPrefix(filepath.Ext(name), "."))
	err := lines(name, func(f []string) error {
		// lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
		if len(f) < 4 {
			return errShort
		}
		n, err := strconv.Atoi(f[2])
		if err != nil {
			return err
		}
		if n < 1 || n > len(f)-4 {
			return fmt.Errorf("synset count %d", n)
		}
		keys := make([]synsetKey, n)
		for j, s := range f[len(f)-n:] {
			off, err := strconv.ParseUint(s, 10, 32)
			if err != nil {
				return err
			}
			keys[j] = synsetKey{pos, uint32(off)}
		}
		m[lemmaForm(f[0])] = keys
		return nil
	})
	return m, err
}

func readExceptions(name string) (map[string][]string, error) {
	m := make(map[string][]string)
	err := lines(name, func(f []string) error {
		if len(f) < 2 {
			return errShort
		}
		form := lemmaForm(f[0])
		for _, b := range f[1:] {
			m[form] = append(m[form], lemmaForm(b))
		}
		return nil
	})
	return m, err
}

// A table is what the generator writes.
type table struct {
	keys []string // sorted
	// concepts[i][p] are the sorted concept ids of keys[i] as a lemma of
	// part of speech p; bases[i][p], when not nil, are the key indices of
	// the base forms of keys[i] as an irregular form of part of speech p.
	concepts [][4][]uint32
	bases    [][4][]uint32

	// Figures for the log and the package documentation.
	lemmas, aliases, forms, nconcepts, refs int
}

// The detachment rules of WordNet's morphy, per part of speech: a form
// ending in the first string may have a base ending in the second.
var rules = [4][][2]string{
	{{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
	{{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
	{{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
	nil,
}

func cmpKey(x, y synsetKey) int {
	if x.pos != y.pos {
		return x.pos - y.pos
	}
	return int(x.offset) - int(y.offset)
}

// build chooses what the table keeps; see the package documentation.
func build(d *db, k int) *table {
	t := new(table)
	isLemma := func(w string) bool {
		for p := range d.senses {
			if _, ok := d.senses[p][w]; ok {
				return true
			}
		}
		return false
	}
	topK := func(w string, pos int) []synsetKey {
		senses := d.senses[pos][w]
		return senses[:min(k, len(senses))]
	}

	// The concepts of every single-word lemma, as synsets.
	type lemmaSets [4][]synsetKey
	raw := make(map[string]*lemmaSets)
	for p := range d.senses {
		for lemma := range d.senses[p] {
			if strings.Contains(lemma, " ") {
				continue
			}
			var set []synsetKey
			for _, key := range topK(lemma, p) {
				set = append(set, key)
				s := d.synsets[key]
				word := slices.Index(s.words, lemma) + 1
				for _, ptr := range s.ptrs {
					switch {
					case p == 2 && s.satellite && ptr.sym == "&":
						set = append(set, ptr.target) // the head of the cluster
					case p <= 1 && ptr.sym == "+" && ptr.src == word:
						// A derivationally related form, when the target
						// synset is one of the first senses of its word too.
						target := d.synsets[ptr.target]
						if target != nil && 0 < ptr.dst && ptr.dst <= len(target.words) &&
							slices.Contains(topK(target.words[ptr.dst-1], ptr.target.pos), ptr.target) {
							set = append(set, ptr.target)
						}
					}
				}
			}
			if raw[lemma] == nil {
				raw[lemma] = new(lemmaSets)
			}
			raw[lemma][p] = set
		}
	}

	// A concept only one lemma has cannot relate two words: drop it.
	holders := make(map[synsetKey]int)
	for _, ls := range raw {
		seen := make(map[synsetKey]bool)
		for _, set := range ls {
			for _, key := range set {
				if !seen[key] {
					seen[key] = true
					holders[key]++
				}
			}
		}
	}
	var kept []synsetKey
	for key, n := range holders {
		if n >= 2 {
			kept = append(kept, key)
		}
	}
	slices.SortFunc(kept, cmpKey)
	ids := make(map[synsetKey]uint32, len(kept))
	for i, key := range kept {
		ids[key] = uint32(i)
	}

	// The concept ids of every lemma, and of the hyphen-free spelling of
	// hyphenated lemmas ("ceasefire" for "cease-fire") unless that
	// spelling is a lemma itself.
	lists := make(map[string]*[4][]uint32)
	add := func(w string, p int, set []synsetKey) {
		l := lists[w]
		if l == nil {
			l = new([4][]uint32)
		}
		for _, key := range set {
			if id, ok := ids[key]; ok {
				l[p] = append(l[p], id)
			}
		}
		slices.Sort(l[p])
		l[p] = slices.Compact(l[p])
		if len(l[p]) > 0 {
			lists[w] = l
		}
	}
	t.nconcepts = len(kept)
	for _, lemma := range sortedKeys(raw) {
		for p, set := range raw[lemma] {
			add(lemma, p, set)
		}
		if lists[lemma] != nil {
			t.lemmas++
		}
	}
	for _, lemma := range sortedKeys(raw) {
		alias := strings.ReplaceAll(lemma, "-", "")
		if alias == lemma || alias == "" || isLemma(alias) {
			continue
		}
		had := lists[alias] != nil
		for p, set := range raw[lemma] {
			add(alias, p, set)
		}
		if !had && lists[alias] != nil {
			t.aliases++
		}
	}
	has := func(w string, p int) bool {
		l := lists[w]
		return l != nil && len(l[p]) > 0
	}

	// Irregular forms. An entry is kept when one of its bases is in the
	// table, or when leaving it out would let the detachment rules find a
	// base that morphy, which tries the exceptions first, would not.
	excs := make(map[string]*[4][]string)
	for p := range d.exceptions {
		for form, bases := range d.exceptions[p] {
			if strings.Contains(form, " ") {
				continue
			}
			var keep []string
			for _, b := range bases {
				if has(b, p) && !slices.Contains(keep, b) {
					keep = append(keep, b)
				}
			}
			if len(keep) == 0 {
				ruled := false
				for _, r := range rules[p] {
					if stem, ok := strings.CutSuffix(form, r[0]); ok && stem != "" && has(stem+r[1], p) {
						ruled = true
					}
				}
				if !ruled {
					continue
				}
				keep = []string{} // not nil: an entry without bases
			}
			slices.Sort(keep)
			e := excs[form]
			if e == nil {
				e = new([4][]string)
				excs[form] = e
			}
			e[p] = keep
		}
	}

	set := make(map[string]bool)
	for w := range lists {
		set[w] = true
	}
	for w := range excs {
		set[w] = true
	}
	t.keys = sortedKeys(set)
	index := make(map[string]uint32, len(t.keys))
	for i, w := range t.keys {
		index[w] = uint32(i)
	}
	t.concepts = make([][4][]uint32, len(t.keys))
	t.bases = make([][4][]uint32, len(t.keys))
	for i, w := range t.keys {
		if l := lists[w]; l != nil {
			t.concepts[i] = *l
			for _, c := range l {
				t.refs += len(c)
			}
		}
		if e := excs[w]; e != nil {
			t.forms++
			for p, bases := range e {
				if bases == nil {
					continue
				}
				t.bases[i][p] = []uint32{}
				for _, b := range bases {
					t.bases[i][p] = append(t.bases[i][p], index[b])
				}
			}
		}
	}
	return t
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// encode writes the table in the layout described in the package
// documentation, compressed with gzip; it reports the uncompressed size too.
func (t *table) encode(k int) ([]byte, int, error) {
	var raw []byte
	raw = append(raw, magic...)
	raw = binary.AppendUvarint(raw, uint64(k))
	raw = binary.AppendUvarint(raw, uint64(t.nconcepts))
	raw = binary.AppendUvarint(raw, uint64(len(t.keys)))
	prev := ""
	for i, w := range t.keys {
		n := 0
		for n < len(prev) && n < len(w) && prev[n] == w[n] {
			n++
		}
		raw = binary.AppendUvarint(raw, uint64(n))
		raw = binary.AppendUvarint(raw, uint64(len(w)-n))
		raw = append(raw, w[n:]...)
		prev = w
		var mask byte
		for p := range 4 {
			if len(t.concepts[i][p]) > 0 {
				mask |= 1 << p
			}
			if t.bases[i][p] != nil {
				mask |= 1 << (4 + p)
			}
		}
		raw = append(raw, mask)
		for p := range 4 {
			if c := t.concepts[i][p]; len(c) > 0 {
				raw = binary.AppendUvarint(raw, uint64(len(c)))
				last := uint32(0)
				for j, id := range c {
					if j == 0 {
						raw = binary.AppendUvarint(raw, uint64(id))
					} else {
						raw = binary.AppendUvarint(raw, uint64(id-last))
					}
					last = id
				}
			}
		}
		for p := range 4 {
			if b := t.bases[i][p]; b != nil {
				raw = binary.AppendUvarint(raw, uint64(len(b)))
				for _, x := range b {
					raw = binary.AppendUvarint(raw, uint64(x))
				}
			}
		}
	}
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, 0, err
	}
	if _, err := io.Copy(zw, bytes.NewReader(raw)); err != nil {
		return nil, 0, err
	}
	if err := zw.Close(); err != nil {
		return nil, 0, err
	}
	return buf.Bytes(), len(raw), nil
}
