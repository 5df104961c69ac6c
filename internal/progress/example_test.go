package progress_test

import (
	"os"

	"github.com/quotetrace/quotetrace/internal/progress"
)

func Example() {
	var m *progress.Meter // nil: no progress drawn
	if progress.Wanted(os.Stderr, false) {
		m = progress.New(os.Stderr, -1)
	}
	for _, text := range []string{"first article", "second article"} {
		m.Done(len(text))
	}
	m.Finish()
	// Output:
}
