package pipeline

import (
	"bytes"
	"encoding/json"
	"math"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/quote"
)

// The JSON of one extracted article, as `quotetrace extract` writes it
// (CONTRACT.md; the command's encoder is in its package main, which
// nothing can import, so the fields are declared again here, in the same
// order, and tests compare the two on the sample articles).

type articleJSON struct {
	ID        string         `json:"id"`
	Publisher *string        `json:"publisher"`
	Quotes    []quoteJSON    `json:"quotes"`
	Citations []citationJSON `json:"citations"`
	Stories   []storyJSON    `json:"articles"`
}

type quoteJSON struct {
	Kind       string       `json:"kind"`
	Text       string       `json:"text"`
	Spans      []quote.Span `json:"spans"`
	Speaker    *speakerJSON `json:"speaker"`
	Outlet     *outletJSON  `json:"outlet"`
	Cue        *cueJSON     `json:"cue"`
	Confidence float64      `json:"confidence"`
	Via        *speakerJSON `json:"via,omitempty"`
	Article    int          `json:"article"`
	Unclosed   bool         `json:"unclosed,omitempty"`
}

type speakerJSON struct {
	Name    string     `json:"name"`
	Type    string     `json:"type"`
	Mention string     `json:"mention"`
	Span    quote.Span `json:"span"`
}

type outletJSON struct {
	Name     string     `json:"name"`
	Relation string     `json:"relation"`
	Mention  string     `json:"mention"`
	Span     quote.Span `json:"span"`
	Evidence string     `json:"evidence,omitempty"`
	Scope    string     `json:"scope,omitempty"`
}

type citationJSON struct {
	Outlet   string     `json:"outlet"`
	Relation string     `json:"relation"`
	Mention  string     `json:"mention"`
	Span     quote.Span `json:"span"`
	Evidence string     `json:"evidence,omitempty"`
}

type cueJSON struct {
	Text string     `json:"text"`
	Span quote.Span `json:"span"`
}

type storyJSON struct {
	Span     quote.Span `json:"span"`
	Headline *string    `json:"headline"`
}

// ExtractJSON returns the line of `quotetrace extract` output, ending in
// "\n", of the article with the given ID, attribution res and publisher
// ("" when unknown). Words in marks that are not speech are left out, as
// extract leaves them out without -all.
func ExtractJSON(res *attribution.Result, id, publisher string) ([]byte, error) {
	doc := res.Document
	out := &articleJSON{
		ID:        id,
		Quotes:    make([]quoteJSON, 0, len(res.Quotes)),
		Citations: make([]citationJSON, 0, len(res.Citations)+1),
		Stories:   make([]storyJSON, 0, len(doc.Articles)),
	}
	if publisher != "" {
		out.Publisher = &publisher
	}
	speaker := func(sp *attribution.Speaker) *speakerJSON {
		if sp == nil {
			return nil
		}
		return &speakerJSON{Name: sp.Name, Type: string(sp.Type), Mention: sp.Mention, Span: sp.Span}
	}
	for i := range res.Quotes {
		at := &res.Quotes[i]
		q := &at.Quote
		qj := quoteJSON{
			Kind: q.Kind.String(), Text: q.Text, Spans: q.Spans(),
			Speaker: speaker(at.Speaker), Via: speaker(at.Via),
			Confidence: math.Round(at.Confidence*100) / 100,
			Article:    q.Article, Unclosed: q.Unclosed,
		}
		if o := at.Outlet; o != nil {
			qj.Outlet = &outletJSON{Name: o.Outlet, Relation: string(o.Relation), Mention: o.Mention, Span: o.Span, Evidence: o.Evidence, Scope: string(at.OutletScope)}
		}
		if c := at.Cue; c != nil {
			qj.Cue = &cueJSON{Text: c.Text, Span: c.Span}
		}
		out.Quotes = append(out.Quotes, qj)
	}
	for _, c := range res.CitationsFor(publisher) {
		out.Citations = append(out.Citations, citationJSON{Outlet: c.Outlet, Relation: string(c.Relation), Mention: c.Mention, Span: c.Span, Evidence: c.Evidence})
	}
	for _, art := range doc.Articles {
		s := storyJSON{Span: art.Span}
		if h := art.Headline; !h.IsEmpty() && h.Start >= 0 && h.End <= len(doc.Text) {
			text := h.In(doc.Text)
			s.Headline = &text
		}
		out.Stories = append(out.Stories, s)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
