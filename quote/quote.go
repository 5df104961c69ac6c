package quote

import "strings"

// A Fragment is one stretch of a quotation between its marks.
type Fragment struct {
	// Span holds the quoted words: the quote marks, the white space just
	// inside them and a trailing comma that belongs to the sentence
	// ("…yesterday,” Peskov said) are left out.
	Span Span
	// Open and Close are the quote marks. Close is empty when the closing
	// mark is missing and the end was inferred (see Quote.Unclosed). Both
	// are empty, at the ends of Span, for speech marked by a quotation dash
	// ("… - he added.").
	Open, Close Span
}

// A Quote is a run of words in quote marks: one utterance, possibly split
// into several fragments by its attribution (“…,” he said. “…”) or running
// over several paragraphs.
type Quote struct {
	// Kind says whether the words are speech (Direct, Partial) or merely in
	// marks (ScareQuote, Title, Nickname).
	Kind Kind
	// Text is the quoted words: the fragments' bytes joined by one space.
	Text string
	// Fragments lists the quote's pieces in text order; there is at least one.
	Fragments []Fragment
	// Unclosed reports that a closing mark was missing, so the end of at
	// least one fragment was inferred from the text around it.
	Unclosed bool
	// Article is the index in Document.Articles of the article holding the quote.
	Article int
}

// Spans returns the byte span of each fragment, marks excluded.
func (q *Quote) Spans() []Span {
	out := make([]Span, len(q.Fragments))
	for i, f := range q.Fragments {
		out[i] = f.Span
	}
	return out
}

// Extent returns the span from the first opening mark to the end of the
// last fragment's closing mark (or of its words, when the mark is missing).
func (q *Quote) Extent() Span {
	if len(q.Fragments) == 0 {
		return Span{}
	}
	first, last := q.Fragments[0], q.Fragments[len(q.Fragments)-1]
	s := Span{first.Open.Start, last.Close.End}
	if first.Open.IsEmpty() {
		s.Start = first.Span.Start
	}
	if last.Close.IsEmpty() {
		s.End = last.Span.End
	}
	return s
}

// joinFragments builds Quote.Text from the fragments' bytes in text.
func joinFragments(text string, frags []Fragment) string {
	if len(frags) == 1 {
		return frags[0].Span.In(text)
	}
	var b strings.Builder
	for i, f := range frags {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f.Span.In(text))
	}
	return b.String()
}
