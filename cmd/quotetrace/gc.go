package main

import (
	"os"
	"runtime/debug"
	"sync"
)

// gcPercent is the garbage collector's target for extract: the heap may grow
// to this many percent over the live heap before a collection. extract's
// live heap is small (the articles in flight and their results), while each
// article allocates many short-lived tokens and spans: the default of 100
// collects far more often than that needs. 400 takes about a fifth of
// extract's CPU time off on news corpora; peak memory stays a small multiple
// of the live heap. trace and graph keep the default: their live heap, the
// graph, grows with the corpus.
const gcPercent = 400

// largeText is the size of text from which an article's own live heap
// (some tens of bytes per byte of text while it is read) is no longer small:
// while such an article is in flight, the collector keeps its previous
// target, so that extract's peak memory stays within a small constant of
// its largest input rather than five times that.
const largeText = 1 << 20

// A gcTarget sets extract's garbage-collection target. Its methods are safe
// for concurrent use; a nil *gcTarget leaves the target alone.
type gcTarget struct {
	mu sync.Mutex
	// old is the target before extract set its own; large counts the large
	// articles in flight.
	old   int
	large int
}

// tuneGC sets extract's garbage-collection target, unless the user set one
// with GOGC, in which case it returns nil.
func tuneGC() *gcTarget {
	if _, ok := os.LookupEnv("GOGC"); ok {
		return nil
	}
	return &gcTarget{old: debug.SetGCPercent(gcPercent)}
}

// restore puts back the target there was before tuneGC.
func (g *gcTarget) restore() {
	if g == nil {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	debug.SetGCPercent(g.old)
}

// hold is called before an article of n bytes of text is processed; the
// function it returns, after. While an article of at least largeText bytes
// is in flight, the target is the one before tuneGC.
func (g *gcTarget) hold(n int) (release func()) {
	if g == nil || n < largeText {
		return func() {}
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.large++; g.large == 1 {
		debug.SetGCPercent(g.old)
	}
	return func() {
		g.mu.Lock()
		defer g.mu.Unlock()
		if g.large--; g.large == 0 {
			debug.SetGCPercent(gcPercent)
		}
	}
}
