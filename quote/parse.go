package quote

import (
	"slices"

	"github.com/quotetrace/quotetrace/internal/nlp"
)

// Parse reads text into a Document: its articles, their paragraphs and
// sentences, and the quotations in their headlines and bodies.
//
// Parse never fails: any string, even empty, binary or invalid UTF-8, gives
// a Document whose spans are valid byte ranges of text. It is safe to call
// from many goroutines at once.
func Parse(text string) *Document {
	return parse(text, true)
}

// Find returns the quotations of text, as Parse(text).Quotes would, without
// splitting the text into sentences, which Find does not need.
func Find(text string) []Quote {
	return parse(text, false).Quotes
}

func parse(text string, withSentences bool) *Document {
	doc := &Document{Text: text, Articles: layout(text)}
	for ai := range doc.Articles {
		a := &doc.Articles[ai]
		var paras []Span
		for _, p := range a.Paragraphs {
			if p.Role.IsText() {
				paras = append(paras, p.Span)
			}
		}
		pr := pairer{text: text}
		for i, p := range paras {
			var next Span
			if i+1 < len(paras) {
				next = paras[i+1]
			}
			pr.paragraph(p, next)
		}
		raw := pr.quotes
		slices.SortFunc(raw, func(a, b rawQuote) int { return a.frags[0].Span.Start - b.frags[0].Span.Start })
		for _, q := range joinSplit(text, raw) {
			doc.Quotes = append(doc.Quotes, Quote{
				Kind:      kindOf(text, q),
				Text:      joinFragments(text, q.frags),
				Fragments: q.frags,
				Unclosed:  q.unclosed,
				Article:   ai,
			})
		}
		doc.Unpaired = append(doc.Unpaired, pr.unpaired...)
		if withSentences {
			a.Sentences = sentences(text, paras)
		}
	}
	slices.SortFunc(doc.Unpaired, func(a, b Span) int { return a.Start - b.Start })
	return doc
}

// sentences splits the paragraphs into sentences.
func sentences(text string, paras []Span) []Span {
	splitter := nlp.Sentences()
	var out []Span
	for _, p := range paras {
		for _, s := range splitter.Split(text, nlp.Span(p)) {
			out = append(out, Span(s))
		}
	}
	return out
}
