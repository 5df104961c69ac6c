package main

import (
	"os"
	"runtime/debug"
	"testing"
)

// gcPercentNow returns the collector's current target.
func gcPercentNow() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

func TestGCTarget(t *testing.T) {
	t.Setenv("GOGC", "") // restored after the test
	os.Unsetenv("GOGC")
	before := gcPercentNow()
	g := tuneGC()
	if g == nil {
		t.Fatal("tuneGC() = nil with GOGC unset")
	}
	if p := gcPercentNow(); p != gcPercent {
		t.Fatalf("target after tuneGC = %d, want %d", p, gcPercent)
	}
	small := g.hold(1000)
	if p := gcPercentNow(); p != gcPercent {
		t.Errorf("target with a small article in flight = %d, want %d", p, gcPercent)
	}
	large1, large2 := g.hold(largeText), g.hold(5*largeText)
	if p := gcPercentNow(); p != before {
		t.Errorf("target with large articles in flight = %d, want %d", p, before)
	}
	large1()
	if p := gcPercentNow(); p != before {
		t.Errorf("target with one large article still in flight = %d, want %d", p, before)
	}
	large2()
	small()
	if p := gcPercentNow(); p != gcPercent {
		t.Errorf("target once the large articles are done = %d, want %d", p, gcPercent)
	}
	g.restore()
	if p := gcPercentNow(); p != before {
		t.Errorf("target after restore = %d, want %d", p, before)
	}

	t.Setenv("GOGC", "200")
	if g := tuneGC(); g != nil {
		t.Error("tuneGC() set a target although GOGC is set")
	}
	var none *gcTarget
	none.hold(largeText)() // a nil target leaves the collector alone
	none.restore()
}
