package wordnet

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"github.com/quotetrace/quotetrace/internal/race"
)

func TestDefault(t *testing.T) {
	tab, err := load(embedded)
	if err != nil {
		t.Fatalf("embedded table: %v", err)
	}
	if tab.Len() < 50000 || tab.NumConcepts() < 30000 {
		t.Errorf("embedded table: %d words, %d concepts; want more", tab.Len(), tab.NumConcepts())
	}
	if Default() != Default() {
		t.Error("Default returns a new table on every call")
	}
}

func TestRelated(t *testing.T) {
	tab := Default()
	tests := []struct {
		a, b string
		want bool
	}{
		// Synonyms: one synset among the first senses of both.
		{"truce", "ceasefire", true}, // "ceasefire" is WordNet's "cease-fire" without its hyphen
		{"truce", "cease-fire", true},
		{"split", "divide", true},
		{"nation", "country", true},
		{"weapons", "arms", true}, // "weapons" → weapon, "arms" → arm: {weapon, arm, weapon system}
		{"courage", "bravery", true},
		{"treaty", "pact", true},
		{"agreement", "accord", true},
		// Satellite adjective and the head of its cluster.
		{"obsolete", "outdated", true},
		// Derivationally related forms.
		{"withdraw", "withdrawal", true},
		{"negotiations", "negotiate", true},
		{"withdrew", "withdrawal", true},
		{"silence", "silent", true},
		// Inflections of one lemma.
		{"said", "says", true},
		{"saying", "said", true},
		{"wars", "war", true},
		{"Wars", "war", true},
		{"children", "child", true},
		{"women", "woman", true},
		{"better", "good", true},

		// The first sense of both: the caller drops reporting verbs.
		{"said", "told", true},

		// Not in one concept of WordNet: see the package documentation.
		{"deal", "agreement", false},       // a deal is a kind of agreement
		{"killer", "murderer", false},      // a murderer is a kind of killer
		{"surrender", "capitulate", false}, // to capitulate is a way to surrender

		// Unrelated.
		{"war", "peace", false},
		{"ceasefire", "weapon", false},
		{"liberal", "obsolete", false},
		{"nation", "agreement", false},
		{"yes", "no", false},
		{"president", "minister", false},
		{"war", "", false},
		{"", "", false},
		{"qwertyuiop", "qwertyuiop", false},
	}
	for _, tt := range tests {
		if got := tab.Related(tt.a, tt.b); got != tt.want {
			t.Errorf("Related(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := tab.Related(tt.b, tt.a); got != tt.want {
			t.Errorf("Related(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestConcepts(t *testing.T) {
	tab := Default()
	for _, w := range []string{"", "yes", "qwertyuiop", "the", string(make([]byte, 200))} {
		if c := tab.Concepts(w); c != nil {
			t.Errorf("Concepts(%q) = %v, want nil", w, c)
		}
	}
	// Inflected forms have the concepts of their base forms, and their own
	// if they are lemmas too ("divided" is an adjective).
	for _, tt := range []struct{ form, base string }{
		{"wars", "war"},
		{"ceasefires", "ceasefire"},
		{"countries", "country"},
		{"churches", "church"},
		{"geese", "goose"},
		{"divided", "divide"},
		{"dividing", "divide"},
		{"obsoletest", "obsolete"}, // the rules do not ask whether the form is English
		{"WAR", "war"},
	} {
		if got, want := tab.Concepts(tt.form), tab.Concepts(tt.base); len(want) == 0 || !subset(want, got) {
			t.Errorf("Concepts(%q) = %v, want a superset of Concepts(%q) = %v", tt.form, got, tt.base, want)
		}
	}
	// "saying" is a noun and a form of the verb "say".
	if got, say := tab.Concepts("saying"), tab.Concepts("say"); len(got) <= len(say) || !subset(say, got) {
		t.Errorf("Concepts(saying) = %v, want a superset of Concepts(say) = %v", got, say)
	}

	// Every word of the table, in upper case too: sorted, deduplicated,
	// within range, and not writable into the table.
	for w, k := range tab.index {
		got := tab.Concepts(w)
		if tab.irregular[k] == 0 && len(got) == 0 {
			t.Errorf("Concepts(%q) is empty", w)
		}
		if !slices.IsSorted(got) || len(slices.Compact(slices.Clone(got))) != len(got) {
			t.Errorf("Concepts(%q) = %v: not sorted and deduplicated", w, got)
		}
		for _, c := range got {
			if c >= uint32(tab.NumConcepts()) {
				t.Errorf("Concepts(%q) = %v: out of range", w, got)
			}
		}
		if cap(got) != len(got) {
			t.Errorf("Concepts(%q): capacity %d, length %d", w, cap(got), len(got))
		}
	}
	if got := tab.Concepts("Ceasefire"); !slices.Equal(got, tab.Concepts("ceasefire")) {
		t.Errorf("Concepts(Ceasefire) = %v, want those of ceasefire", got)
	}
}

func subset(a, b []uint32) bool {
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); !ok {
			return false
		}
	}
	return true
}

// enc builds uncompressed tables for the tests of load.
type enc []byte

func (e enc) uv(vs ...uint64) enc {
	for _, v := range vs {
		e = binary.AppendUvarint(e, v)
	}
	return e
}

func (e enc) key(shared int, suffix string, mask byte) enc {
	e = e.uv(uint64(shared), uint64(len(suffix)))
	return append(append(e, suffix...), mask)
}

func gz(raw []byte) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(raw)
	zw.Close()
	return b.Bytes()
}

// small is a valid table: "arm" and "weapon" share concept 1, "arms" is an
// irregular noun with base "arm".
func small() enc {
	e := enc(magic).uv(3, 2, 3)
	e = e.key(0, "arm", 1).uv(2, 0, 1)   // noun: concepts 0, 1
	e = e.key(3, "s", 1<<4).uv(1, 0)     // irregular noun: base key 0
	e = e.key(0, "weapon", 1|2).uv(1, 1) // noun: concept 1
	return e.uv(1, 0)                    // verb: concept 0
}

func TestLoad(t *testing.T) {
	tab, err := load(gz(small()))
	if err != nil {
		t.Fatal(err)
	}
	if !tab.Related("arm", "weapon") || !tab.Related("arms", "weapon") || !tab.Related("weapons", "arm") {
		t.Error("arm and weapon are not related")
	}
	if got := tab.Concepts("weapon"); !slices.Equal(got, []uint32{0, 1}) {
		t.Errorf("Concepts(weapon) = %v, want the union of noun and verb [0 1]", got)
	}
	if got := tab.Concepts("arms"); !slices.Equal(got, []uint32{0, 1}) {
		t.Errorf("Concepts(arms) = %v, want [0 1]", got)
	}
}

func TestLoadCorrupt(t *testing.T) {
	tests := map[string][]byte{
		"empty":          nil,
		"not gzip":       []byte("quotetrace/wordnet"),
		"empty gzip":     gz(nil),
		"magic":          gz([]byte("quotetrace/wordnet\x00\x02")),
		"header":         gz(enc(magic)),
		"no senses":      gz(enc(magic).uv(0, 1, 0)),
		"too many keys":  gz(enc(magic).uv(3, 1, 1000)),
		"trailing":       gz(append(small(), 0)),
		"empty key":      gz(enc(magic).uv(3, 1, 1).key(0, "", 1).uv(1, 0)),
		"empty mask":     gz(enc(magic).uv(3, 1, 1).key(0, "a", 0)),
		"empty list":     gz(enc(magic).uv(3, 1, 1).key(0, "a", 1).uv(0)),
		"order":          gz(enc(magic).uv(3, 1, 2).key(0, "b", 1).uv(1, 0).key(0, "a", 1).uv(1, 0)),
		"duplicate":      gz(enc(magic).uv(3, 1, 2).key(0, "a", 1).uv(1, 0).key(1, "", 1).uv(1, 0)),
		"prefix":         gz(enc(magic).uv(3, 1, 1).key(2, "a", 1).uv(1, 0)),
		"concept range":  gz(enc(magic).uv(3, 1, 1).key(0, "a", 1).uv(1, 1)),
		"concept order":  gz(enc(magic).uv(3, 2, 1).key(0, "a", 1).uv(2, 1, 0)),
		"base range":     gz(enc(magic).uv(3, 1, 1).key(0, "a", 1|1<<4).uv(1, 0, 1, 5)),
		"base not lemma": gz(enc(magic).uv(3, 1, 2).key(0, "a", 2).uv(1, 0).key(0, "b", 1<<4).uv(1, 0)),
		"long key":       gz(enc(magic).uv(3, 1, 1).key(0, string(make([]byte, maxKey+1)), 1).uv(1, 0)),
		"bad number":     gz(append(enc(magic), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)),
	}
	raw := small()
	for i := range len(raw) {
		tests[fmt.Sprintf("truncated at %d", i)] = gz(raw[:i])
	}
	whole := gz(raw)
	tests["truncated gzip"] = whole[:len(whole)-1]
	for name, data := range tests {
		tab, err := load(data)
		if err == nil || tab != nil {
			t.Errorf("%s: load = %v, %v; want an error", name, tab, err)
		} else if !errors.Is(err, errCorrupt) {
			t.Errorf("%s: error %v does not wrap errCorrupt", name, err)
		}
	}
}

// TestLoadMutated damages the embedded table at random: load may accept
// the result, but must not panic, and a table it accepts must answer.
func TestLoadMutated(t *testing.T) {
	zr, err := gzip.NewReader(bytes.NewReader(embedded))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	n := 50
	if testing.Short() || race.Enabled {
		n = 5
	}
	for range n {
		b := slices.Clone(raw)
		for range 1 + rng.IntN(3) {
			b[rng.IntN(len(b))] = byte(rng.IntN(256))
		}
		if rng.IntN(4) == 0 {
			b = b[:rng.IntN(len(b))]
		}
		tab, err := load(gz(b))
		if err != nil {
			continue
		}
		for _, w := range []string{"war", "wars", "arms", "saying", "better"} {
			tab.Concepts(w)
		}
	}
}

func FuzzLoad(f *testing.F) {
	f.Add(gz(small()))
	f.Add(gz(enc(magic).uv(3, 1, 1)))
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := load(data)
		if err != nil {
			return
		}
		for w := range tab.index {
			tab.Concepts(w)
			tab.Concepts(w + "s")
		}
	})
}

// TestGenerated checks that data/wordnet.bin.gz is what the generator makes
// of the WordNet database, when the database is installed
// (apt-get install wordnet-base).
func TestGenerated(t *testing.T) {
	const dir = "/usr/share/wordnet"
	if testing.Short() {
		t.Skip("runs the generator")
	}
	if _, err := os.Stat(filepath.Join(dir, "data.noun")); err != nil {
		t.Skipf("no WordNet database: %v", err)
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	out := filepath.Join(t.TempDir(), "wordnet.bin.gz")
	cmd := exec.Command(gobin, "run", "./gen", "-wordnet", dir, "-k", "3", "-o", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %v\n%s", cmd, err, b)
	}
	fresh, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	// Compare the uncompressed tables: another version of compress/flate
	// may compress the same bytes differently.
	if !bytes.Equal(gunzip(t, fresh), gunzip(t, embedded)) {
		t.Error("data/wordnet.bin.gz is out of date: run go generate ./internal/wordnet")
	}
}

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

var benchWords = []string{
	"the", "president", "said", "on", "tuesday", "that", "negotiations", "on", "a", "ceasefire",
	"would", "continue", "despite", "the", "attacks", "weapons", "withdrawal", "troops", "saying",
	"countries", "agreed", "qwertyuiop", "Ukraine", "better", "children",
}

func BenchmarkConcepts(b *testing.B) {
	tab := Default()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		tab.Concepts(benchWords[i%len(benchWords)])
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := load(embedded); err != nil {
			b.Fatal(err)
		}
	}
}

func TestConceptsAllocs(t *testing.T) {
	tab := Default()
	for _, tt := range []struct {
		word   string
		allocs float64
	}{
		{"war", 0}, {"wars", 0}, {"Wars", 0}, {"negotiations", 0}, {"geese", 0}, {"qwertyuiop", 0},
		{"saying", 1}, // the noun "saying" and the verb "say"
	} {
		if got := testing.AllocsPerRun(100, func() { tab.Concepts(tt.word) }); got != tt.allocs {
			t.Errorf("Concepts(%q): %v allocations, want %v", tt.word, got, tt.allocs)
		}
	}
}
