package provenance

// This file splits what a Graph keeps of an article into shards that can
// be shipped between processes, and builds a Graph from them: the parts a
// distributed pipeline needs to build one Graph on many machines.

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"

	"github.com/quotetrace/quotetrace/attribution"
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
	e, err := Extract(a, g.opts.Outlets)
	if err != nil {
		return nil, err
	}
	art, recs, err := g.fromExtracted(&e)
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return []*Shard{{Key: "", art: art}}, nil
	}
	// The attributions of the records, which are those of the article's
	// quotations that are speech, in order (see fromExtracted).
	speech := make([]*attribution.Attribution, 0, len(recs))
	for i := range a.Result.Quotes {
		if a.Result.Quotes[i].Quote.Kind.IsSpeech() {
			speech = append(speech, &a.Result.Quotes[i])
		}
	}
	var out []*Shard
	byKey := make(map[string]*Shard)
	for i, r := range recs {
		k := key(speech[i])
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
		g.internNames(r)
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
		for _, k := range r.keys() {
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
const shardVersion = 2

// Flags of an encoded Shard.
const (
	shardRead = 1 << iota // its quotations' words are read
)

// MarshalBinary encodes the shard, but for its Key, in a compact binary
// form that UnmarshalBinary decodes: a version byte, a flags byte, then
// the article and its quotations as a graph file holds them (see the
// package documentation), and, for a shard of read words, each
// quotation's terms and the concepts of its words. It returns an error for
// the zero Shard.
func (s *Shard) MarshalBinary() ([]byte, error) {
	if s.art == nil {
		return nil, errors.New("provenance: shard holds no article")
	}
	var buf bytes.Buffer
	e := &encoder{w: bufio.NewWriter(&buf)}
	version, flags := uint8(shardVersion), uint8(0)
	if s.read {
		flags |= shardRead
	}
	e.byte(&version)
	e.byte(&flags)
	art := *s.art
	art.fields(e)
	recs := s.recs
	listOf(e, &recs, func(r **record) { shardRecord(e, *r, s.read) })
	if s.read {
		keys := slices.Sorted(maps.Keys(s.concepts))
		listOf(e, &keys, func(k *uint32) {
			e.uint32(k)
			cs := s.concepts[*k]
			listOf(e, &cs, func(c *uint32) { e.uint32(c) })
		})
	}
	if err := e.w.Flush(); err != nil {
		return nil, err // cannot happen: a bytes.Buffer
	}
	return buf.Bytes(), nil
}

// shardRecord codes record r of a shard: its fields as a graph file holds
// them, and its terms when they are read: its words, order and keys, each
// a list. A decoder fails for an order and keys of unequal lengths.
func shardRecord(c coder, r *record, read bool) {
	r.fields(c)
	if !read {
		return
	}
	words, order, keys := r.words(), r.order(), r.keys()
	for _, ts := range []*[]uint32{&words, &order, &keys} {
		listOf(c, ts, func(t *uint32) { c.uint32(t) })
	}
	if c.decoding() && !c.failed() {
		if len(keys) != len(order) {
			c.check(errors.New("terms and word keys of unequal length"))
			return
		}
		r.terms = slices.Concat(words, order, keys)
		r.nOrder = uint32(len(order))
		r.exact = exactKey(words)
	}
}

// UnmarshalBinary decodes a shard that MarshalBinary encoded into s,
// whose Key it leaves as it is. It returns an error, and leaves s
// unchanged, for bytes that are not such a shard.
func (s *Shard) UnmarshalBinary(data []byte) error {
	d := newDecoder(bytes.NewReader(data))
	var version, flags uint8
	d.byte(&version)
	if d.err == nil && version != shardVersion {
		return fmt.Errorf("provenance: shard: version %d, want %d", version, shardVersion)
	}
	d.byte(&flags)
	read := flags&shardRead != 0
	a := &article{}
	a.fields(d)
	d.check(a.valid())
	var recs []*record
	listOf(d, &recs, func(r **record) {
		*r = &record{}
		shardRecord(d, *r, read)
		if d.failed() {
			return
		}
		d.check((*r).valid())
		if len(recs) > 0 && (*r).quote <= recs[len(recs)-1].quote {
			d.fail("quotations out of order")
		}
	})
	var concepts map[uint32][]uint32
	if read {
		var keys []uint32
		concepts = make(map[uint32][]uint32)
		listOf(d, &keys, func(k *uint32) {
			d.uint32(k)
			var cs []uint32
			listOf(d, &cs, func(c *uint32) { d.uint32(c) })
			concepts[*k] = cs
		})
	}
	if d.err == nil {
		if _, err := d.r.ReadByte(); err != io.EOF {
			d.fail("bytes after the shard's end")
		}
	}
	if d.err != nil {
		return fmt.Errorf("provenance: shard: %w", d.err)
	}
	keep(a, recs)
	a.info.Cites = citedOutlets(a.cites)
	*s = Shard{Key: s.Key, art: a, recs: recs, read: read, concepts: concepts}
	return nil
}
