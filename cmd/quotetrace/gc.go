package main

import (
	"os"
	"runtime/debug"
)

// gcPercent is the garbage collector's target for the command: the heap may
// grow to this many percent over the live heap before a collection. The
// command's live heap is small (the articles in flight, their results, and
// for trace the graph's records), while each article allocates many
// short-lived tokens and spans: the default of 100 collects far more often
// than that needs. 400 takes about a fifth of extract's CPU time off on news
// corpora; peak memory stays a small multiple of the live heap.
const gcPercent = 400

// tuneGC sets the command's garbage-collection target, unless the user set
// one with GOGC, and returns a function that restores the previous one.
func tuneGC() (restore func()) {
	if _, ok := os.LookupEnv("GOGC"); ok {
		return func() {}
	}
	old := debug.SetGCPercent(gcPercent)
	return func() { debug.SetGCPercent(old) }
}
