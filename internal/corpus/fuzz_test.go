package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

// FuzzReader checks that reading JSON Lines never panics and that every line
// of the input gives exactly one article or one error, except blank lines,
// which give nothing, and that each carries its line number.
func FuzzReader(f *testing.F) {
	for _, s := range []string{
		"",
		"\n",
		`{"id":"a","text":"x"}`,
		`{"id":"a","text":"x","publisher":"P","url":"u","published":"2025-01-27T10:30:00Z","title":"t"}` + "\n",
		`{"id":1,"text":"x"}` + "\r\n\r\n" + `{"id":"b"}`,
		"\uFEFF" + `{"id":"a","text":"\u201cHi\u201d \ud800"}` + "\n",
		"{\"id\":\"a\xff\",\"text\":\"\xc3\"}\nnot json\n[]\nnull\n  \t\n",
		`{"id":"a","text":"x","published":"yesterday"}`,
		`{"id":"a","text":"0123456789012345678901234567890123456789"}`,
	} {
		f.Add([]byte(s), uint8(0))
		f.Add([]byte(s), uint8(20))
	}
	f.Fuzz(func(t *testing.T, data []byte, maxSize uint8) {
		r := NewReader(nil, bytes.NewReader(data))
		r.MaxSize = int(maxSize)
		limit := r.maxSize()

		// The results each line should give, by the rules of the package.
		var want []string
		lines := strings.Split(string(data), "\n")
		if strings.HasSuffix(string(data), "\n") {
			lines = lines[:len(lines)-1]
		}
		for i, line := range lines {
			n := i + 1
			if len(line) > limit {
				want = append(want, fmt.Sprintf("error <stdin>:%d", n))
				continue
			}
			if n == 1 {
				line = strings.TrimPrefix(line, "\uFEFF")
			}
			if strings.Trim(line, " \t\r") == "" {
				continue
			}
			want = append(want, fmt.Sprintf("any <stdin>:%d", n))
		}

		var got []string
		for {
			a, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				var e *Error
				if !errors.As(err, &e) {
					t.Fatalf("Next returned %T %v, want *Error", err, err)
				}
				if e.File != StdinName || e.Line < 1 || e.Err == nil {
					t.Fatalf("bad error %#v", e)
				}
				if !strings.HasPrefix(err.Error(), "corpus: "+e.Where()+": ") {
					t.Fatalf("error %q does not start with its place", err)
				}
				got = append(got, "error "+e.Where())
				continue
			}
			if a.ID == "" {
				t.Fatalf("article with empty ID: %#v", a)
			}
			got = append(got, "article "+a.Origin)
		}
		if len(got) != len(want) {
			t.Fatalf("got %d results, want %d:\ngot  %q\nwant %q", len(got), len(want), got, want)
		}
		for i := range got {
			w, _ := strings.CutPrefix(want[i], "any ")
			if w != want[i] { // any result will do, at this line
				if !strings.HasSuffix(got[i], " "+w) {
					t.Fatalf("result %d is %q, want one for %s", i, got[i], w)
				}
			} else if got[i] != want[i] {
				t.Fatalf("result %d is %q, want %q", i, got[i], want[i])
			}
		}
	})
}
