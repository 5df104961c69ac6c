package provenance_test

import (
	"flag"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quotetrace/quotetrace/provenance"
)

// scaleSizes are the corpus sizes of BenchmarkScale and BenchmarkSynthetic,
// in quotations.
var scaleSizes = []struct {
	name string
	n    int
}{
	{"10k", 10_000},
	{"100k", 100_000},
	{"1M", 1_000_000},
}

// benchSelects reports whether the -test.bench pattern names s
// explicitly, as "Scale/quotes=1M" names "1M": the largest corpus runs
// only when asked for.
func benchSelects(s string) bool {
	f := flag.Lookup("test.bench")
	return f != nil && strings.Contains(f.Value.String(), s)
}

// skipLarge skips a benchmark of n quotations when it is the largest size
// and -short is set, or, unless always, when the -test.bench pattern does
// not name it.
func skipLarge(b *testing.B, name string, n int, always bool) {
	if n < 1_000_000 {
		return
	}
	if testing.Short() {
		b.Skip("-short: skipping the corpus of", name, "quotations")
	}
	if !always && !benchSelects(name) {
		b.Skip("the corpus of", name, "quotations runs only when -bench names it (quotes="+name+")")
	}
}

// BenchmarkScale builds a Graph of a synthetic corpus (see synthCorpus) of
// 10k, 100k and 1M quotations and traces it, an iteration a build: the
// articles are made as they are added, so the generator holds one story's
// articles at a time, and its cost is in ns/op (BenchmarkSynthetic
// measures it alone, and gen-s reports it here). Besides ns/op and, with
// -benchmem, B/op (every allocation, the generator's included), it reports
//
//   - quotes/s: quotations added and traced a second;
//   - gen-s, add-s, trace-s: seconds an iteration spent making articles,
//     in Graph.Add and in Graph.Trace;
//   - alloc-MB: the heap allocated an iteration, the generator's included
//     and the garbage collection before Trace excluded (B/op counts it in);
//   - peak-heap-MB: the most heap held by objects, garbage not yet swept
//     included, sampled every few milliseconds;
//   - peak-live-MB: the most heap found live by a garbage collection;
//   - graph-MB: the live heap after the last Add, before Trace: what the
//     Graph holds (the timer is stopped for the garbage collection that
//     measures it);
//   - retained-MB: the live heap after Trace: the Graph and its Trace;
//   - peak-RSS-MB: the process's peak resident memory during the iteration,
//     when the kernel lets it be reset (/proc/self/clear_refs);
//   - precision, recall: how well the statements found match the truth,
//     pairwise (see synthTruth.score).
//
// The 1M corpus runs only when -bench names it ("Scale/quotes=1M") and not
// with -short.
func BenchmarkScale(b *testing.B) {
	for _, size := range scaleSizes {
		b.Run("quotes="+size.name, func(b *testing.B) {
			skipLarge(b, size.name, size.n, false)
			synthLex() // the word tables are shared, not measured
			var (
				gen, add, trace                     time.Duration
				peakHeap, peakLive, graph, retained uint64
				allocs                              uint64
				rss                                 uint64
				rssOK                               = true
				precision, recall                   float64
				statements                          int
			)
			for b.Loop() {
				b.StopTimer()
				runtime.GC()
				debug.FreeOSMemory()
				resetOK := resetPeakRSS()
				sampler := startHeapSampler()
				allocs0 := heapAllocs()
				b.StartTimer()

				var truth synthTruth
				g, err := provenance.New(provenance.Options{})
				if err != nil {
					b.Fatal(err)
				}
				last := time.Now()
				for a := range synthCorpus(size.n, &truth) {
					now := time.Now()
					gen += now.Sub(last)
					if err := g.Add(a); err != nil {
						b.Fatal(err)
					}
					last = time.Now()
					add += last.Sub(now)
				}
				// What the Graph holds, then the Graph and its Trace.
				b.StopTimer()
				runtime.GC()
				graph = max(graph, liveHeap())
				b.StartTimer()
				last = time.Now()
				tr := g.Trace()
				trace += time.Since(last)

				b.StopTimer()
				allocs += heapAllocs() - allocs0
				h, l := sampler.stop()
				peakHeap, peakLive = max(peakHeap, h), max(peakLive, l)
				if v, ok := peakRSS(); ok && resetOK {
					rss = max(rss, v)
				} else {
					rssOK = false
				}
				runtime.GC()
				retained = max(retained, liveHeap())
				runtime.KeepAlive(g)
				statements = len(tr.Statements)
				precision, recall = truth.score(tr)
				b.StartTimer()
			}
			const mb = 1 << 20
			n := float64(b.N)
			b.ReportMetric(float64(size.n)*n/b.Elapsed().Seconds(), "quotes/s")
			b.ReportMetric(gen.Seconds()/n, "gen-s")
			b.ReportMetric(add.Seconds()/n, "add-s")
			b.ReportMetric(trace.Seconds()/n, "trace-s")
			b.ReportMetric(float64(allocs)/mb/n, "alloc-MB")
			b.ReportMetric(float64(peakHeap)/mb, "peak-heap-MB")
			b.ReportMetric(float64(peakLive)/mb, "peak-live-MB")
			b.ReportMetric(float64(retained)/mb, "retained-MB")
			b.ReportMetric(float64(graph)/mb, "graph-MB")
			if rssOK {
				b.ReportMetric(float64(rss)/mb, "peak-RSS-MB")
			}
			b.ReportMetric(precision, "precision")
			b.ReportMetric(recall, "recall")
			b.ReportMetric(float64(statements), "statements")
		})
	}
}

// BenchmarkSynthetic is the baseline of BenchmarkScale: it makes the same
// corpora and drops each article, so that the generator's time and
// allocations (ns/op, B/op with -benchmem) can be taken out of
// BenchmarkScale's. It reports quotes/s, and text-MB, the bytes of
// article text made. Its 1M corpus is skipped only with -short.
func BenchmarkSynthetic(b *testing.B) {
	for _, size := range scaleSizes {
		b.Run("quotes="+size.name, func(b *testing.B) {
			skipLarge(b, size.name, size.n, true)
			synthLex()
			var text int
			for b.Loop() {
				var truth synthTruth
				text = 0
				for a := range synthCorpus(size.n, &truth) {
					text += len(a.Result.Document.Text)
				}
			}
			b.ReportMetric(float64(size.n)*float64(b.N)/b.Elapsed().Seconds(), "quotes/s")
			b.ReportMetric(float64(text)/(1<<20), "text-MB")
		})
	}
}

// The runtime/metrics samples a heapSampler reads.
const (
	heapObjects = "/memory/classes/heap/objects:bytes"
	heapLive    = "/gc/heap/live:bytes"
)

// A heapSampler records, in a goroutine of its own, the most heap in use
// by objects and the most live heap, every few milliseconds, until it is
// stopped.
type heapSampler struct {
	done       chan struct{}
	wg         sync.WaitGroup
	heap, live uint64
}

// startHeapSampler starts a heapSampler.
func startHeapSampler() *heapSampler {
	s := &heapSampler{done: make(chan struct{})}
	samples := []metrics.Sample{{Name: heapObjects}, {Name: heapLive}}
	read := func() {
		metrics.Read(samples)
		s.heap = max(s.heap, samples[0].Value.Uint64())
		s.live = max(s.live, samples[1].Value.Uint64())
	}
	s.wg.Go(func() {
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			read()
			select {
			case <-s.done:
				read()
				return
			case <-t.C:
			}
		}
	})
	return s
}

// stop stops the sampler and returns the peaks it saw: heap in use by
// objects, and live heap.
func (s *heapSampler) stop() (heap, live uint64) {
	close(s.done)
	s.wg.Wait()
	return s.heap, s.live
}

// heapAllocs returns the bytes allocated on the heap so far (the
// cumulative TotalAlloc of runtime.MemStats, without stopping the world).
func heapAllocs() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// liveHeap returns the bytes of heap the last garbage collection found
// live.
func liveHeap() uint64 {
	s := []metrics.Sample{{Name: heapLive}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// resetPeakRSS resets the process's peak resident memory (VmHWM) to its
// current resident memory, and reports whether the kernel let it.
func resetPeakRSS() bool {
	return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
}

// peakRSS returns the process's peak resident memory (VmHWM) in bytes, or
// false where /proc does not tell.
func peakRSS() (uint64, bool) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	for line := range strings.Lines(string(b)) {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10, err == nil
		}
	}
	return 0, false
}
