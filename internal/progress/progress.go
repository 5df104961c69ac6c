// Package progress reports how far a long run over a corpus has got, on
// standard error: the articles and megabytes done, the rate and the time
// elapsed. The bar itself is github.com/schollz/progressbar/v3.
package progress

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// throttle is how often the meter redraws at most.
const throttle = 200 * time.Millisecond

// A Meter counts the articles done and the bytes of their text, and draws
// them on its writer. A nil *Meter counts nothing and draws nothing, so that
// callers need not test whether progress is wanted. Its methods are safe
// for concurrent use.
type Meter struct {
	mu       sync.Mutex
	bar      *progressbar.ProgressBar
	w        io.Writer
	articles int
	bytes    int64
	done     bool
}

// New returns a Meter that draws on w (standard error, never standard
// output: it is a report for a person, not data). total is the size of the
// input in bytes when known, for a bar with a percentage; -1 when unknown
// (standard input), for a running count.
func New(w io.Writer, total int64) *Meter {
	m := &Meter{w: w}
	m.bar = progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetDescription(describe(0, 0)),
		progressbar.OptionSetWidth(24),
		progressbar.OptionThrottle(throttle),
		progressbar.OptionShowElapsedTimeOnFinish(),
		progressbar.OptionSetRenderBlankState(true),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionFullWidth(),
	)
	return m
}

// Wanted reports whether progress should be drawn on w: when asked for
// (the --progress flag), or when w is a terminal.
func Wanted(w io.Writer, asked bool) bool {
	if asked {
		return true
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// Done counts one article done, of n bytes of text.
func (m *Meter) Done(n int) {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.done {
		return
	}
	m.articles++
	m.bytes += int64(n)
	m.bar.Describe(describe(m.articles, m.bytes))
	_ = m.bar.Add(n) // a failed write of the meter is no failure of the run
}

// Finish draws the last state and ends the meter's line. Later calls to
// Done and Finish do nothing.
func (m *Meter) Finish() {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.done {
		return
	}
	m.done = true
	m.bar.Describe(describe(m.articles, m.bytes))
	_ = m.bar.Finish()
	fmt.Fprintln(m.w)
}

// describe is the meter's description after n articles of b bytes.
func describe(n int, b int64) string {
	unit := "articles"
	if n == 1 {
		unit = "article"
	}
	return fmt.Sprintf("%d %s, %.1f MB", n, unit, float64(b)/1e6)
}
