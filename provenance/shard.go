package provenance

// This file splits what a Graph keeps of an article into shards that can
// be shipped between processes, and builds a Graph from them: the parts a
// distributed pipeline needs to build one Graph on many machines.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/quote"
)

// A Shard is part of what a Graph keeps of one article: the article itself
// (its ID, publisher, times, citations and fingerprint, which every shard
// of the article carries) and some of its quotations. Shards encode to
// bytes (MarshalBinary) and decode anywhere (UnmarshalBinary), so that a
// corpus can be read on many machines and traced on one: the Graph that
// AddShard is given every shard of a set of articles holds what a Graph
// that Add was given the articles holds, and gives the same Trace.
//
// A Shard is read once it is made and not changed after; it is safe for
// concurrent reads. The zero Shard holds no article: AddShard refuses it.
type Shard struct {
	// Key is the key the shard's quotations were given by Split: the
	// shards of one key go together. It is not encoded.
	Key string

	art  *article
	recs []*record
	// read reports whether recs' words are read; concepts then holds the
	// WordNet concepts of their words, by word key, so that the Graph
	// that adds the shard compares them as the Graph that read them did.
	read     bool
	concepts map[uint32][]uint32
}

// ID returns the ID of the shard's article, or "" for the zero Shard.
func (s *Shard) ID() string {
	if s.art == nil {
		return ""
	}
	return s.art.info.ID
}

// Quotes returns the indexes, in the article's attribution.Result.Quotes,
// of the quotations the shard holds, in increasing order.
func (s *Shard) Quotes() []int {
	out := make([]int, len(s.recs))
	for k, r := range s.recs {
		out[k] = int(r.quote)
	}
	return out
}

// Split reads article a as Add does and returns what g would keep of it in
// shards, one for each distinct key that key gives its quotations, in the
// order of their first quotations; an article without quotations gives
// one shard, of key "", that holds the article alone. The quotations'
// words are not read: the Graph that adds a shard reads them (see
// AddShard). key is called once for each quotation, with its attribution.
// g is not changed; its options apply.
//
// Split returns an error, and no shard, for an article that Add refuses
// for want of an ID or a Result.
func (g *Graph) Split(a Article, key func(*attribution.Attribution) string) ([]*Shard, error) {
	if a.ID == "" {
		return nil, ErrNoID
	}
	if a.Result == nil || a.Result.Document == nil {
		return nil, fmt.Errorf("%w: %q", ErrNoResult, a.ID)
	}
	art, recs := g.read(a)
	if len(recs) == 0 {
		return []*Shard{{Key: "", art: art}}, nil
	}
	var out []*Shard
	byKey := make(map[string]*Shard)
	for i, r := range recs {
		k := key(&a.Result.Quotes[i])
		s := byKey[k]
		if s == nil {
			s = &Shard{Key: k, art: art}
			byKey[k] = s
			out = append(out, s)
		}
		s.recs = append(s.recs, r)
	}
	return out, nil
}

// AddShard adds shard s to g: its article, when g holds no article of that
// ID yet, and its quotations, whose words are read unless s comes from
// Shards, which read them. The shards of one article may come in any order
// and through any number of graphs (see Shards). It is safe for concurrent
// use, as Add is.
//
// AddShard returns an error, and adds nothing, for the zero Shard, for a
// shard whose article differs from the one of its ID that g holds (in its
// publisher, URL, title, time, citations or text), and, wrapping
// ErrDuplicate, for one holding a quotation g holds already, such as a
// quotation of an article added whole by Add.
func (g *Graph) AddShard(s *Shard) error {
	if s == nil || s.art == nil {
		return errors.New("provenance: shard holds no article")
	}
	recs := make([]*record, len(s.recs))
	for k, r := range s.recs {
		c := *r // g keeps its own: insert sets the article's index
		recs[k] = &c
		if !s.read {
			g.readWords(&c)
		}
	}
	if s.read {
		g.stemmer.learn(s.concepts)
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.parts == nil {
		g.parts = make(map[int32]map[int32]bool)
	}
	ai, ok := g.byID[s.art.info.ID]
	if !ok {
		have := make(map[int32]bool, len(recs))
		for _, r := range recs {
			have[r.quote] = true
		}
		art := *s.art
		if err := g.insert(&art, recs); err != nil {
			return err
		}
		g.parts[g.byID[art.info.ID]] = have
		return nil
	}
	art := g.articles[ai]
	if !sameArticle(art, s.art) {
		return fmt.Errorf("provenance: shard of article %q differs from the article the graph holds", art.info.ID)
	}
	have := g.parts[ai] // nil for an article added whole
	for _, r := range recs {
		if have == nil || have[r.quote] {
			return fmt.Errorf("%w: quotation %d of %q", ErrDuplicate, r.quote, art.info.ID)
		}
	}
	g.trace = nil
	for _, r := range recs {
		have[r.quote] = true
		r.article = ai
		r.speaker, r.via = g.intern(r.speaker), g.intern(r.via)
		r.outlet = g.intern(r.outlet)
		g.quotes = append(g.quotes, r)
	}
	return nil
}

// sameArticle reports whether a and b are what a Graph keeps of one
// article.
func sameArticle(a, b *article) bool {
	x, y := a.info, b.info
	return x.ID == y.ID && x.Publisher == y.Publisher && x.URL == y.URL && x.Title == y.Title &&
		x.Published.Equal(y.Published) && slices.Equal(x.Cites, y.Cites) &&
		slices.Equal(a.cites, b.cites) && slices.Equal(a.print, b.print)
}

// Shards returns what g holds as one shard for each article, in the order
// of their IDs, with its quotations, in the order of their indexes, and
// their words read: a Graph that adds them all with AddShard holds what g
// holds without reading a word again. The shards' Keys are "".
func (g *Graph) Shards() []*Shard {
	g.mu.Lock()
	defer g.mu.Unlock()
	out := make([]*Shard, len(g.articles))
	for i, a := range g.articles {
		out[i] = &Shard{art: a, read: true}
	}
	for _, r := range g.quotes {
		s := out[r.article]
		s.recs = append(s.recs, r)
	}
	for _, s := range out {
		slices.SortFunc(s.recs, func(a, b *record) int { return int(a.quote) - int(b.quote) })
		s.concepts = g.stemmer.conceptsOfKeys(s.recs)
	}
	slices.SortFunc(out, func(a, b *Shard) int {
		switch {
		case a.art.info.ID < b.art.info.ID:
			return -1
		case a.art.info.ID > b.art.info.ID:
			return 1
		}
		return 0
	})
	return out
}

// conceptsOfKeys returns the concepts the stemmer holds for the word keys
// of recs' content terms.
func (s *stemmer) conceptsOfKeys(recs []*record) map[uint32][]uint32 {
	s.memo.RLock()
	defer s.memo.RUnlock()
	out := make(map[uint32][]uint32)
	for _, r := range recs {
		for _, k := range r.keys {
			if cs, ok := s.memo.m[k]; ok && k != 0 {
				out[k] = cs
			}
		}
	}
	return out
}

// learn adds concepts, by word key, to those the stemmer holds.
func (s *stemmer) learn(concepts map[uint32][]uint32) {
	if len(concepts) == 0 {
		return
	}
	s.memo.Lock()
	defer s.memo.Unlock()
	if s.memo.m == nil {
		s.memo.m = make(map[uint32][]uint32, len(concepts))
	}
	maps.Copy(s.memo.m, concepts)
}

// shardVersion is the first byte of an encoded Shard.
const shardVersion = 1

// Flags of an encoded Shard.
const (
	shardRead = 1 << iota // its quotations' words are read
)

// MarshalBinary encodes the shard, but for its Key, in a compact binary
// form that UnmarshalBinary decodes. It returns an error for the zero
// Shard.
func (s *Shard) MarshalBinary() ([]byte, error) {
	if s.art == nil {
		return nil, errors.New("provenance: shard holds no article")
	}
	var e encoder
	e.b = append(e.b, shardVersion)
	flags := uint64(0)
	if s.read {
		flags |= shardRead
	}
	e.uint(flags)
	a := s.art
	e.str(a.info.ID)
	e.str(a.info.Publisher)
	e.str(a.info.URL)
	e.str(a.info.Title)
	t, err := a.info.Published.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("provenance: shard of %q: %w", a.info.ID, err)
	}
	e.bytes(t)
	e.uint(uint64(len(a.info.Cites)))
	for _, c := range a.info.Cites {
		e.str(c)
	}
	e.uint(uint64(len(a.cites)))
	for _, c := range a.cites {
		e.str(c.outlet)
		e.str(string(c.relation))
		e.str(c.evidence)
	}
	e.uints(a.print)
	e.uint(uint64(len(s.recs)))
	for _, r := range s.recs {
		e.uint(uint64(r.quote))
		e.b = append(e.b, byte(r.kind), r.spType, r.rel, r.days)
		e.str(r.text)
		e.uint(uint64(len(r.spans)))
		for _, sp := range r.spans {
			e.int(int64(sp.Start))
			e.int(int64(sp.End))
		}
		for _, x := range [...]string{r.speaker, r.via, r.viaEvidence, r.evidence, r.mention, r.outlet, r.outletEvidence} {
			e.str(x)
		}
		if s.read {
			e.uints(r.words)
			e.uints(r.order)
			e.uints(r.keys)
		}
	}
	if s.read {
		keys := slices.Sorted(maps.Keys(s.concepts))
		e.uint(uint64(len(keys)))
		for _, k := range keys {
			e.uint(uint64(k))
			e.uints(s.concepts[k])
		}
	}
	return e.b, nil
}

// UnmarshalBinary decodes a shard that MarshalBinary encoded into s,
// whose Key it leaves as it is. It returns an error, and leaves s
// unchanged, for bytes that are not such a shard.
func (s *Shard) UnmarshalBinary(data []byte) error {
	d := decoder{b: data}
	if v := d.byte(); v != shardVersion {
		return fmt.Errorf("provenance: shard: version %d, want %d", v, shardVersion)
	}
	flags := d.uint()
	read := flags&shardRead != 0
	a := &article{}
	a.info.ID = d.str()
	a.info.Publisher = d.str()
	a.info.URL = d.str()
	a.info.Title = d.str()
	if t := d.bytes(); d.err == nil {
		if err := a.info.Published.UnmarshalBinary(t); err != nil {
			return fmt.Errorf("provenance: shard: publication time: %w", err)
		}
	}
	for n := d.count(1); n > 0 && d.err == nil; n-- {
		a.info.Cites = append(a.info.Cites, d.str())
	}
	for n := d.count(3); n > 0 && d.err == nil; n-- {
		a.cites = append(a.cites, citation{outlet: d.str(), relation: attribution.Relation(d.str()), evidence: d.str()})
	}
	a.print = d.uints()
	var recs []*record
	for n := d.count(12); n > 0 && d.err == nil; n-- {
		r := &record{quote: int32(d.uint())}
		r.kind, r.spType, r.rel, r.days = quote.Kind(d.byte()), d.byte(), d.byte(), d.byte()
		r.text = d.str()
		for n := d.count(2); n > 0 && d.err == nil; n-- {
			r.spans = append(r.spans, quote.Span{Start: int(d.int()), End: int(d.int())})
		}
		for _, x := range [...]*string{&r.speaker, &r.via, &r.viaEvidence, &r.evidence, &r.mention, &r.outlet, &r.outletEvidence} {
			*x = d.str()
		}
		if read {
			r.words, r.order, r.keys = d.uints(), d.uints(), d.uints()
			r.exact = exactKey(r.words)
		}
		switch {
		case d.err != nil:
		case int(r.spType) >= len(speakerTypes) || int(r.rel) >= len(relations):
			d.fail("a speaker type or relation out of range")
		case len(r.keys) != len(r.order):
			d.fail("terms and word keys of unequal length")
		case len(recs) > 0 && r.quote <= recs[len(recs)-1].quote || r.quote < 0:
			d.fail("quotations out of order")
		}
		recs = append(recs, r)
	}
	var concepts map[uint32][]uint32
	if read {
		concepts = make(map[uint32][]uint32)
		for n := d.count(2); n > 0 && d.err == nil; n-- {
			k := d.uint32()
			concepts[k] = d.uints()
		}
	}
	switch {
	case d.err != nil:
		return fmt.Errorf("provenance: shard: %w", d.err)
	case len(d.b) > 0:
		return fmt.Errorf("provenance: shard: %d bytes after its end", len(d.b))
	case a.info.ID == "":
		return fmt.Errorf("provenance: shard: %w", ErrNoID)
	}
	*s = Shard{Key: s.Key, art: a, recs: recs, read: read, concepts: concepts}
	return nil
}

// An encoder appends a Shard's fields to b.
type encoder struct{ b []byte }

func (e *encoder) uint(x uint64) { e.b = binary.AppendUvarint(e.b, x) }
func (e *encoder) int(x int64)   { e.b = binary.AppendVarint(e.b, x) }
func (e *encoder) str(s string)  { e.uint(uint64(len(s))); e.b = append(e.b, s...) }
func (e *encoder) bytes(p []byte) {
	e.uint(uint64(len(p)))
	e.b = append(e.b, p...)
}
func (e *encoder) uints(xs []uint32) {
	e.uint(uint64(len(xs)))
	for _, x := range xs {
		e.uint(uint64(x))
	}
}

// A decoder reads a Shard's fields from b; after the first error it reads
// zero values and keeps the error.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(what string) {
	if d.err == nil {
		d.err = errors.New(what)
	}
	d.b = nil
}

func (d *decoder) byte() byte {
	if len(d.b) == 0 {
		d.fail("truncated")
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) uint() uint64 {
	x, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail("a bad or truncated number")
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *decoder) int() int64 {
	x, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail("a bad or truncated number")
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *decoder) uint32() uint32 {
	x := d.uint()
	if x > 1<<32-1 {
		d.fail("a number out of range")
		return 0
	}
	return uint32(x)
}

// count reads a number of items of at least min bytes each, which the
// bytes left must be able to hold.
func (d *decoder) count(min int) int {
	n := d.uint()
	if n > uint64(len(d.b)/min) {
		d.fail("a count larger than the bytes left")
		return 0
	}
	return int(n)
}

func (d *decoder) bytes() []byte {
	n := d.uint()
	if n > uint64(len(d.b)) {
		d.fail("truncated")
		return nil
	}
	p := d.b[:n:n]
	d.b = d.b[n:]
	return p
}

func (d *decoder) str() string { return string(d.bytes()) }

func (d *decoder) uints() []uint32 {
	n := d.count(1)
	if n == 0 {
		return nil
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = d.uint32()
	}
	return out
}
