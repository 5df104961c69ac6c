package quote

import (
	"regexp"
	"testing"
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
