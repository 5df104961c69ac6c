package provenance_test

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/internal/race"
	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/provenance/export"
)

// speakerKey keys a quotation by its speaker's last word, lower-cased, as
// a pipeline that groups quotations by speaker would.
func speakerKey(a *attribution.Attribution) string {
	if a.Speaker == nil {
		return ""
	}
	f := strings.Fields(strings.ToLower(a.Speaker.Name))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// roundTrip encodes s and decodes it again.
func roundTrip(t *testing.T, s *provenance.Shard) *provenance.Shard {
	t.Helper()
	b, err := s.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	out := &provenance.Shard{Key: s.Key}
	if err := out.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	again, err := out.MarshalBinary()
	if err != nil || !bytes.Equal(b, again) {
		t.Fatalf("shard of %s encodes to other bytes after a round trip (%v)", s.ID(), err)
	}
	return out
}

// shardedTrace splits the articles by speaker, builds one graph per key
// from the encoded shards, ships each graph's Shards encoded, and adds
// them all to one graph, whose Trace it returns.
func shardedTrace(t *testing.T, articles []provenance.Article) *provenance.Trace {
	t.Helper()
	split, err := provenance.New(provenance.Options{})
	if err != nil {
		t.Fatal(err)
	}
	byKey := make(map[string]*provenance.Graph)
	var keys []string
	for _, a := range articles {
		shards, err := split.Split(a, speakerKey)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range shards {
			g := byKey[s.Key]
			if g == nil {
				g, _ = provenance.New(provenance.Options{})
				byKey[s.Key] = g
				keys = append(keys, s.Key)
			}
			if err := g.AddShard(roundTrip(t, s)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if split.Len() != 0 {
		t.Errorf("Split added %d articles to its graph", split.Len())
	}
	whole, _ := provenance.New(provenance.Options{})
	// The keys in reverse, so that no article comes whole first.
	for k := len(keys) - 1; k >= 0; k-- {
		for _, s := range byKey[keys[k]].Shards() {
			if err := whole.AddShard(roundTrip(t, s)); err != nil {
				t.Fatal(err)
			}
		}
	}
	return whole.Trace()
}

// traceJSON returns tr as `quotetrace trace --format json` writes it.
func traceJSON(t *testing.T, tr *provenance.Trace) string {
	t.Helper()
	var b bytes.Buffer
	if err := export.JSON(&b, tr); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestShardsSamples(t *testing.T) {
	articles := sampleArticles(t)
	whole := graphOfArticles(t, slices.Values(articles)).Trace()
	got := shardedTrace(t, articles)
	if diff := cmp.Diff(whole, got, cmpopts.IgnoreUnexported(provenance.Trace{})); diff != "" {
		t.Errorf("graph of shards differs from the whole (-whole +shards):\n%s", diff)
	}
	if traceJSON(t, whole) != traceJSON(t, got) {
		t.Error("JSON of the graph of shards differs from the whole's")
	}
}

// TestConcurrentAddShard adds the samples' shards from many goroutines.
func TestConcurrentAddShard(t *testing.T) {
	articles := sampleArticles(t)
	g, _ := provenance.New(provenance.Options{})
	var shards []*provenance.Shard
	for _, a := range articles {
		s, err := g.Split(a, speakerKey)
		if err != nil {
			t.Fatal(err)
		}
		shards = append(shards, s...)
	}
	var wg sync.WaitGroup
	for _, s := range shards {
		wg.Go(func() {
			if err := g.AddShard(s); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if traceJSON(t, g.Trace()) != traceJSON(t, graphOfArticles(t, slices.Values(articles)).Trace()) {
		t.Error("graph of shards added at once differs from the whole")
	}
}

func TestShardsSynthetic(t *testing.T) {
	n := 20_000
	if testing.Short() || race.Enabled {
		n = 3_000
	}
	var truth synthTruth
	var articles []provenance.Article
	g, _ := provenance.New(provenance.Options{})
	for a := range synthCorpus(n, &truth) {
		articles = append(articles, a)
		if err := g.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	want, got := traceJSON(t, g.Trace()), traceJSON(t, shardedTrace(t, articles))
	if want != got {
		t.Errorf("graph of shards of %d quotations differs from the whole: %d bytes of JSON, want %d", n, len(got), len(want))
	}
}

func TestShardErrors(t *testing.T) {
	articles := sampleArticles(t)
	g, _ := provenance.New(provenance.Options{})
	if _, err := g.Split(provenance.Article{Result: articles[0].Result}, speakerKey); !errors.Is(err, provenance.ErrNoID) {
		t.Errorf("Split of an article without ID: %v", err)
	}
	if _, err := g.Split(provenance.Article{ID: "x"}, speakerKey); !errors.Is(err, provenance.ErrNoResult) {
		t.Errorf("Split of an article without Result: %v", err)
	}
	if err := g.AddShard(&provenance.Shard{}); err == nil {
		t.Error("AddShard of the zero Shard")
	}
	if _, err := (&provenance.Shard{}).MarshalBinary(); err == nil {
		t.Error("MarshalBinary of the zero Shard")
	}
	shards, err := g.Split(articles[0], speakerKey)
	if err != nil || len(shards) < 2 {
		t.Fatalf("Split: %d shards, %v", len(shards), err)
	}
	if err := g.AddShard(shards[0]); err != nil {
		t.Fatal(err)
	}
	if err := g.AddShard(shards[0]); !errors.Is(err, provenance.ErrDuplicate) {
		t.Errorf("AddShard of a shard twice: %v", err)
	}
	if err := g.AddShard(shards[1]); err != nil {
		t.Errorf("AddShard of a second shard: %v", err)
	}
	// An article added whole takes no shard of its own.
	whole, _ := provenance.New(provenance.Options{})
	if err := whole.Add(articles[0]); err != nil {
		t.Fatal(err)
	}
	if err := whole.AddShard(shards[1]); !errors.Is(err, provenance.ErrDuplicate) {
		t.Errorf("AddShard to an article added whole: %v", err)
	}
	// Another article of the same ID.
	other := articles[1]
	other.ID = articles[0].ID
	alien, err := g.Split(other, speakerKey)
	if err != nil {
		t.Fatal(err)
	}
	if err := g.AddShard(alien[len(alien)-1]); err == nil || errors.Is(err, provenance.ErrDuplicate) {
		t.Errorf("AddShard of another article of the same ID: %v", err)
	}
	// Bad bytes.
	b, err := shards[0].MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range [][]byte{nil, {0}, b[:len(b)/2], append(append([]byte{}, b...), 0)} {
		var s provenance.Shard
		if err := s.UnmarshalBinary(bad); err == nil {
			t.Errorf("UnmarshalBinary of %d bad bytes: no error", len(bad))
		}
	}
}

// FuzzShard checks that decoding any bytes returns an error or a shard
// that encodes again and adds to a graph, never a panic.
func FuzzShard(f *testing.F) {
	samples, err := readSamples()
	if err != nil {
		f.Fatal(err)
	}
	g, _ := provenance.New(provenance.Options{})
	for _, s := range samples[:2] {
		shards, err := g.Split(provenance.Article{ID: s.id, Result: s.res}, speakerKey)
		if err != nil {
			f.Fatal(err)
		}
		for _, sh := range shards {
			b, _ := sh.MarshalBinary()
			f.Add(b)
		}
		_ = g.Add(provenance.Article{ID: s.id, Result: s.res})
	}
	for _, sh := range g.Shards() {
		b, _ := sh.MarshalBinary()
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var s provenance.Shard
		if err := s.UnmarshalBinary(b); err != nil {
			return
		}
		if _, err := s.MarshalBinary(); err != nil {
			t.Fatal(err)
		}
		h, _ := provenance.New(provenance.Options{})
		if err := h.AddShard(&s); err != nil {
			t.Fatal(err)
		}
		_ = h.Trace()
	})
}
