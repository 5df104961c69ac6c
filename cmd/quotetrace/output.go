package main

import (
	"bytes"
	"encoding/json"

	"github.com/quotetrace/quotetrace/internal/corpus"
	"github.com/quotetrace/quotetrace/quote"
)

// The JSON that extract writes for each article. CONTRACT.md fixes the
// fields up to "citations"; the others are additions it allows. Fields are
// written in declaration order.

// articleJSON is one line of extract's output.
type articleJSON struct {
	ID string `json:"id"`
	// Publisher is the input's publisher, or nil (null).
	Publisher *string        `json:"publisher"`
	Quotes    []quoteJSON    `json:"quotes"`
	Citations []citationJSON `json:"citations"`
	// Stories lists the stories found in the text.
	Stories []storyJSON `json:"articles"`
}

// quoteJSON is one quotation.
type quoteJSON struct {
	Kind       string       `json:"kind"`
	Text       string       `json:"text"`
	Spans      []quote.Span `json:"spans"`
	Speaker    *speakerJSON `json:"speaker"`
	Outlet     *outletJSON  `json:"outlet"`
	Cue        *cueJSON     `json:"cue"`
	Confidence float64      `json:"confidence"`
	// Article is the index in articleJSON.Stories of the quote's story.
	Article  int  `json:"article"`
	Unclosed bool `json:"unclosed,omitempty"`
}

// speakerJSON says who said a quotation.
type speakerJSON struct {
	Name    string     `json:"name"`
	Type    string     `json:"type"` // person, organization, outlet, group or unknown
	Mention string     `json:"mention"`
	Span    quote.Span `json:"span"`
}

// outletJSON is the outlet through which a quotation reached the public.
type outletJSON struct {
	Name     string     `json:"name"`
	Relation string     `json:"relation"` // told, interview, reported, quoted, wrote or according-to
	Mention  string     `json:"mention"`
	Span     quote.Span `json:"span"`
}

// citationJSON is one mention of an outlet that the article names as a
// source of what it reports.
type citationJSON struct {
	Outlet   string     `json:"outlet"`
	Relation string     `json:"relation"`
	Mention  string     `json:"mention"`
	Span     quote.Span `json:"span"`
}

// cueJSON is the reporting verb or phrase of a quotation.
type cueJSON struct {
	Text string     `json:"text"`
	Span quote.Span `json:"span"`
}

// storyJSON is one story of a text (a quote.Article).
type storyJSON struct {
	Span     quote.Span `json:"span"`
	Headline *string    `json:"headline"` // nil (null) when it has none
}

// newArticleJSON builds the output for article a parsed as doc. Quotes that
// are not speech are left out unless all is set.
func newArticleJSON(a corpus.Article, doc *quote.Document, all bool) *articleJSON {
	out := &articleJSON{
		ID:        a.ID,
		Quotes:    []quoteJSON{},
		Citations: []citationJSON{},
		Stories:   make([]storyJSON, 0, len(doc.Articles)),
	}
	if a.Publisher != "" {
		out.Publisher = &a.Publisher
	}
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		if !all && !q.Kind.IsSpeech() {
			continue
		}
		out.Quotes = append(out.Quotes, quoteJSON{
			Kind:     q.Kind.String(),
			Text:     q.Text,
			Spans:    q.Spans(),
			Article:  q.Article,
			Unclosed: q.Unclosed,
		})
	}
	for _, art := range doc.Articles {
		s := storyJSON{Span: art.Span}
		if h := art.Headline; !h.IsEmpty() && h.Start >= 0 && h.End <= len(doc.Text) {
			text := h.In(doc.Text)
			s.Headline = &text
		}
		out.Stories = append(out.Stories, s)
	}
	return out
}

// parse is quote.Parse; tests replace it.
var parse = quote.Parse

// extractJSON parses article a and returns its line of extract's output,
// ending in "\n". Quotes that are not speech are left out unless all is set.
func extractJSON(a corpus.Article, all bool) ([]byte, error) {
	var buf bytes.Buffer
	if err := encodeLine(&buf, newArticleJSON(a, parse(a.Text), all)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// encodeLine appends v to buf as one line of JSON, with "<", ">" and "&"
// left as they are.
func encodeLine(buf *bytes.Buffer, v any) error {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
