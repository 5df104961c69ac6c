package progress

import (
	"bytes"
	"strings"
	"sync"
	"testing"
)

func TestMeter(t *testing.T) {
	var buf bytes.Buffer
	m := New(&buf, -1)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 25 {
				m.Done(10_000)
			}
		})
	}
	wg.Wait()
	m.Finish()
	m.Done(1) // after Finish: nothing
	m.Finish()
	out := buf.String()
	if !strings.Contains(out, "100 articles, 1.0 MB") {
		t.Errorf("last state missing from %q", out)
	}
	if !strings.HasSuffix(out, "\n") {
		t.Errorf("the meter's line is not ended: %q", out)
	}
}

func TestNilMeter(t *testing.T) {
	var m *Meter
	m.Done(10)
	m.Finish()
}

func TestWanted(t *testing.T) {
	var buf bytes.Buffer
	if Wanted(&buf, false) {
		t.Error("progress wanted on a buffer")
	}
	if !Wanted(&buf, true) {
		t.Error("progress not wanted when asked for")
	}
}

func TestDescribe(t *testing.T) {
	for _, tt := range []struct {
		n    int
		b    int64
		want string
	}{
		{0, 0, "0 articles, 0.0 MB"},
		{1, 2_500_000, "1 article, 2.5 MB"},
		{1200, 25_000_000, "1200 articles, 25.0 MB"},
	} {
		if got := describe(tt.n, tt.b); got != tt.want {
			t.Errorf("describe(%d, %d) = %q, want %q", tt.n, tt.b, got, tt.want)
		}
	}
}
