package main

import (
	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/internal/corpus"
	"github.com/quotetrace/quotetrace/internal/extractjson"
	"github.com/quotetrace/quotetrace/quote"
)

// parse is quote.Parse; tests replace it.
var parse = quote.Parse

// extractJSON parses and attributes article a with at, and returns its line
// of extract's output, ending in "\n" (see package extractjson). Words in
// marks that are not speech are left out unless all is set.
func extractJSON(a corpus.Article, at *attribution.Attributor, all bool) ([]byte, error) {
	return extractjson.Line(a, at.Attribute(parse(a.Text)), at.Outlets(), all)
}
