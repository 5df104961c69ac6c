package bigtext

import (
	"flag"
	"fmt"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"
)

// Bench runs each shape of Kinds at each of Sizes as a sub-benchmark of b
// named "shape/size", calling run once an iteration on the text, and
// reports for each:
//
//   - MB/s, bytes of text read per second;
//   - cpu-s/op, the processor time of a run, garbage collection
//     included: unlike the time, it hardly depends on what else the
//     machine runs;
//   - peak-MB, the most memory in heap objects while run ran, less what
//     was in use before it (the text itself, the word lists and the
//     models), in MiB;
//   - peak-B/byte, the same per byte of text: what linear memory keeps
//     constant from size to size.
//
// It logs, at 10 and 50 MB, the ratio of time, processor time and peak
// memory to those of the size before: 10 and 5 where they grow linearly.
//
// The 50 MB runs take long and are skipped unless the -bench pattern
// names them ("-bench 'X/.*/50MB'" or "-bench X/nested-marks/50MB").
func Bench(b *testing.B, run func(text string)) {
	type result struct{ nsPerByte, cpuPerByte, peakPerByte float64 }
	var mu sync.Mutex
	results := map[string]result{}
	run("Warm up: “the models,” he said, “load once.”") // outside the measures
	for _, k := range Kinds {
		for si, size := range Sizes {
			name := fmt.Sprintf("%s/%dMB", k.Name, size>>20)
			b.Run(name, func(b *testing.B) {
				if size >= 50<<20 && !benchNamed("50MB") {
					b.Skip("50 MB runs only when -bench names them: -bench '/50MB'")
				}
				text := k.Make(size)
				peak, ns, cpu := measure(b, text, run)
				b.SetBytes(int64(size))
				if cpu > 0 {
					b.ReportMetric(cpu/1e9, "cpu-s/op")
				}
				b.ReportMetric(peak/(1<<20), "peak-MB")
				b.ReportMetric(peak/float64(size), "peak-B/byte")
				mu.Lock()
				defer mu.Unlock()
				r := result{ns / float64(size), cpu / float64(size), peak / float64(size)}
				results[name] = r
				if si == 0 {
					return
				}
				prev := Sizes[si-1]
				if p, ok := results[fmt.Sprintf("%s/%dMB", k.Name, prev>>20)]; ok {
					f := float64(size) / float64(prev)
					b.Logf("%s: %d MB / %d MB: time ×%.2f, processor time ×%.2f, peak memory ×%.2f (×%.0f for linear)",
						k.Name, size>>20, prev>>20, f*r.nsPerByte/p.nsPerByte, f*r.cpuPerByte/p.cpuPerByte, f*r.peakPerByte/p.peakPerByte, f)
				}
			})
		}
	}
}

// benchNamed reports whether the -bench pattern holds s.
func benchNamed(s string) bool {
	f := flag.Lookup("test.bench")
	return f != nil && strings.Contains(f.Value.String(), s)
}

// measure runs run(text) b.N times, each after a garbage collection, and
// returns the peak of heap memory in objects above what was in use before,
// in bytes, and the time and the processor time a run took, in
// nanoseconds.
func measure(b *testing.B, text string, run func(string)) (peak, ns, cpu float64) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 {
		metrics.Read(sample)
		return sample[0].Value.Uint64()
	}
	runtime.GC()
	base := read()
	var (
		top  uint64
		stop = make(chan struct{})
		done = make(chan struct{})
	)
	go func() {
		defer close(done)
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			top = max(top, read())
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	n := 0
	var used time.Duration
	for b.Loop() {
		// Each run from a collected heap, so that the peak is one
		// run's, not one run's and the garbage of the run before.
		b.StopTimer()
		runtime.GC()
		c := cpuTime()
		b.StartTimer()
		run(text)
		used += cpuTime() - c
		n++
	}
	b.StopTimer()
	close(stop)
	<-done
	top = max(top, read())
	runtime.KeepAlive(text)
	if top > base {
		peak = float64(top - base)
	}
	n = max(n, 1)
	return peak, float64(b.Elapsed().Nanoseconds()) / float64(n), float64(used.Nanoseconds()) / float64(n)
}
