package export

import (
	"io"
	"strings"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/provenance"
)

// A Format writes a Trace to w in one form. It returns the first error
// writing to w.
type Format func(w io.Writer, tr *provenance.Trace) error

// Formats returns the formats of the package by the names `quotetrace
// trace -format` knows them by: "text" (Text), "json" (JSON), "dot" (DOT),
// "prov" (PROV) and "html" (HTML). The map is made at each call; the
// caller may change it.
func Formats() map[string]Format {
	return map[string]Format{
		"text": Text,
		"json": JSON,
		"dot":  DOT,
		"prov": PROV,
		"html": HTML,
	}
}

// sourcesOf indexes the edges of tr that cite or copy by the article they
// are from: the indexes in tr.Edges of each article's, in order.
func sourcesOf(tr *provenance.Trace) map[provenance.Node][]int {
	from := make(map[provenance.Node][]int)
	for k, e := range tr.Edges {
		if e.Relation == provenance.Cites || e.Relation == provenance.Republishes {
			from[e.From] = append(from[e.From], k)
		}
	}
	return from
}

// excerpt returns s on one line, its runs of white space made one space,
// cut to at most n runes with an ellipsis.
func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	k := 0
	for i := range s {
		if k == n-1 {
			return strings.TrimRight(s[:i], " ") + "…"
		}
		k++
	}
	return s
}
