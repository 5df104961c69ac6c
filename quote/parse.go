package quote

import (
	"iter"
	"slices"

	"github.com/quotetrace/quotetrace/language"
)

// A Parser reads texts in a Language: what a word, a space and a quote
// mark are, the words that tell page furniture, captions and attributions
// (reporting verbs, title nouns, …) and where sentences end. The zero
// Parser reads English news with language.Default(). A Parser is safe to
// use from many goroutines at once.
type Parser struct {
	// Language is the language of the texts; nil means language.Default().
	Language *language.Language
}

// language returns the Parser's Language.
func (p Parser) language() *language.Language {
	if p.Language == nil {
		return language.Default()
	}
	return p.Language
}

// Parse reads text into a Document: its articles, their paragraphs and
// sentences, the tokens of their headlines and bodies, and the quotations
// in them.
//
// Parse never fails: any string, even empty, binary or invalid UTF-8, gives
// a Document whose spans are valid byte ranges of text.
func (p Parser) Parse(text string) *Document {
	return parse(p.language(), text, true)
}

// Find returns the quotations of text, as Parse(text).Quotes would, without
// splitting the text into sentences, which Find does not need.
func (p Parser) Find(text string) []Quote {
	return parse(p.language(), text, false).Quotes
}

// Parse reads text into a Document with the default Parser, for English
// news: see Parser.Parse. It is safe to call from many goroutines at once.
func Parse(text string) *Document { return Parser{}.Parse(text) }

// Find returns the quotations of text, as Parse(text).Quotes would, with the
// default Parser: see Parser.Find.
func Find(text string) []Quote { return Parser{}.Find(text) }

func parse(l *language.Language, text string, withSentences bool) *Document {
	doc := &Document{Text: text, Articles: layout(l, text)}
	// Scan the Headline and Body paragraphs, once: the pairing of marks,
	// the classification and the sentences read their tokens. They are
	// allocated at once, for as many as there can be: most of a
	// document's memory, they would take up to twice that grown by
	// appending.
	n := 0
	for _, a := range doc.Articles {
		for _, p := range a.Paragraphs {
			if p.Role.IsText() {
				n += l.MaxTokens(text, p.Span.Start, p.Span.End)
			}
		}
	}
	if n > 0 {
		doc.Tokens = make([]language.Token, 0, n)
	}
	for _, a := range doc.Articles {
		for _, p := range a.Paragraphs {
			if p.Role.IsText() {
				doc.Tokens = l.Scan(doc.Tokens, text, p.Span.Start, p.Span.End)
			}
		}
	}
	r := &reader{l: l, text: text, toks: doc.Tokens}
	// Pair the marks of every article, then join split quotations: the
	// number of quotations is then known, and Document.Quotes allocated
	// for exactly them. Until then they are kept in chunks, which grow
	// without copying.
	raws := make([]chunkList[rawQuote], len(doc.Articles))
	var unpaired chunkList[Span]
	pr := pairer{reader: r, unpaired: &unpaired}
	n = 0
	for ai, a := range doc.Articles {
		pr.article(a.Paragraphs, &raws[ai])
		n += r.joinSplit(a.Paragraphs, &raws[ai])
	}
	if n > 0 {
		doc.Quotes = make([]Quote, 0, n)
	}
	for ai, a := range doc.Articles {
		doc.Quotes = r.appendQuotes(doc.Quotes, ai, a.Paragraphs, &raws[ai])
	}
	if unpaired.len() > 0 {
		doc.Unpaired = unpaired.appendTo(make([]Span, 0, unpaired.len()))
		slices.SortFunc(doc.Unpaired, func(a, b Span) int { return a.Start - b.Start })
	}
	if !withSentences {
		doc.Tokens = nil
		return doc
	}
	var sents []language.Sentence
	toks := doc.Tokens // those of the articles after the ones done
	for ai := range doc.Articles {
		a := &doc.Articles[ai]
		// The sentences are allocated at once, for as many as there can
		// be: as many as there are on a text of short paragraphs.
		n, rest := 0, toks
		for p := range textParagraphs(a.Paragraphs, &rest) {
			n += l.MaxSentences(text, p.toks, p.Start, p.End)
		}
		if n > 0 {
			a.Sentences = make([]Span, 0, n)
		}
		for p := range textParagraphs(a.Paragraphs, &toks) {
			sents = l.AppendSentences(sents[:0], text, p.toks, p.Start, p.End)
			for _, s := range sents {
				a.Sentences = append(a.Sentences, Span(s))
			}
		}
		// The document keeps the sentences: in about the room they take,
		// not in the room of titles and abbreviations counted as their
		// ends.
		switch {
		case len(a.Sentences) == 0:
			a.Sentences = nil
		case cap(a.Sentences)-len(a.Sentences) > len(a.Sentences)/8:
			a.Sentences = slices.Clone(a.Sentences)
		}
	}
	return doc
}

// A textParagraph is the span of a Headline or Body paragraph, with its
// tokens.
type textParagraph struct {
	Span
	toks []language.Token
}

// textParagraphs yields the Headline and Body paragraphs of paras with
// their tokens, taken in turn from the start of *toks: Document.TokensIn
// for each, in one walk of the tokens.
func textParagraphs(paras []Paragraph, toks *[]language.Token) iter.Seq[textParagraph] {
	return func(yield func(textParagraph) bool) {
		for _, p := range paras {
			if !p.Role.IsText() {
				continue
			}
			rest := *toks
			k := 0
			for k < len(rest) && rest[k].End <= p.Span.End {
				k++
			}
			*toks = rest[k:]
			if !yield(textParagraph{p.Span, rest[:k:k]}) {
				return
			}
		}
	}
}
