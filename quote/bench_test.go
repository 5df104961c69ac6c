package quote

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/quotetrace/quotetrace/internal/bigtext"
)

func sampleTexts(b *testing.B) (texts []string, size int64) {
	for _, a := range sampleArticles(b) {
		texts = append(texts, a.text)
		size += int64(len(a.text))
	}
	return texts, size
}

// BenchmarkFind measures the quote finder (layout and quotations, no
// sentence splitting) over the sample articles, in MB/s.
func BenchmarkFind(b *testing.B) {
	texts, size := sampleTexts(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Find(t)
		}
	}
}

// BenchmarkParse measures Parse, which also splits sentences, over the
// sample articles, in MB/s.
func BenchmarkParse(b *testing.B) {
	texts, size := sampleTexts(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Parse(t)
		}
	}
}

// naiveQuotes is the baseline for BenchmarkFind: a regular expression
// that pairs double marks and knows nothing else.
var naiveQuotes = regexp.MustCompile(`[“"«][^”"»\n]*[”"»]`)

// BenchmarkNaiveRegexp measures the baseline, in the same units as
// BenchmarkFind, so that the two can be compared within one run.
func BenchmarkNaiveRegexp(b *testing.B) {
	texts, size := sampleTexts(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			naiveQuotes.FindAllStringIndex(t, -1)
		}
	}
}

// BenchmarkLineEndings reads 1 MiB of short lines with each kind of line
// ending: the time must not depend on it (a search for "\n" alone read the
// rest of a CR-only text once per line).
func BenchmarkLineEndings(b *testing.B) {
	line := "A short line of text, said the man.\n"
	text := strings.Repeat(line, (1<<20)/len(line))
	for _, ending := range []string{"\n", "\r\n", "\r"} {
		in := strings.ReplaceAll(text, "\n", ending)
		b.Run(fmt.Sprintf("%q", ending), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				Find(in)
			}
		})
	}
}

// BenchmarkPathological measures Parse on the texts of package bigtext at
// 1, 10 and 50 MB: news prose with CR-only line endings, tiny paragraphs
// and crowded quote marks, with its peak memory (peak-MB, peak-B/byte).
// Time and memory must grow linearly with the size: the benchmark logs
// the ratios from size to size. The 50 MB runs only when named:
//
//	go test ./quote -run '^$' -bench 'Pathological/.*/50MB' -benchtime 1x
func BenchmarkPathological(b *testing.B) {
	bigtext.Bench(b, func(text string) { Parse(text) })
}
