package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"math"
	"slices"
	"time"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/internal/corpus"
	"github.com/quotetrace/quotetrace/provenance"
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
	// URL, Title and Published are the input's, for trace to read back.
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"` // RFC 3339
	// Fingerprint stands for the text in trace's search for copies.
	Fingerprint provenance.Fingerprint `json:"fingerprint,omitempty"`
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
	// Via is who relayed nested speech ("Trump said Putin told him …").
	Via *speakerJSON `json:"via,omitempty"`
	// Article is the index in articleJSON.Stories of the quote's story.
	Article  int  `json:"article"`
	Unclosed bool `json:"unclosed,omitempty"`
	// Evidence is the words that attribute the quotation ("Peskov said"),
	// and Days the days of the week its attribution says the words were
	// said on; trace reads them.
	Evidence string              `json:"evidence,omitempty"`
	Days     provenance.Weekdays `json:"days,omitempty"`
}

// speakerJSON says who said a quotation.
type speakerJSON struct {
	Name    string     `json:"name"`
	Type    string     `json:"type"` // person, organization, outlet, group or unknown
	Mention string     `json:"mention"`
	Span    quote.Span `json:"span"`
	// Evidence is, for a relay ("via"), its mention and the word after it
	// ("Trump told").
	Evidence string `json:"evidence,omitempty"`
}

// outletJSON is the outlet through which a quotation reached the public.
type outletJSON struct {
	Name     string     `json:"name"`
	Relation string     `json:"relation"` // told, interview, reported, quoted, wrote or according-to
	Mention  string     `json:"mention"`
	Span     quote.Span `json:"span"`
	// Evidence is the words that cite the outlet: "told Russia’s official
	// TASS news agency".
	Evidence string `json:"evidence,omitempty"`
	// Scope says how far from the quotation the outlet is named:
	// "sentence", "paragraph" or "article".
	Scope string `json:"scope,omitempty"`
}

// citationJSON is one mention of an outlet that the article names as a
// source of what it reports.
type citationJSON struct {
	Outlet   string     `json:"outlet"`
	Relation string     `json:"relation"`
	Mention  string     `json:"mention"`
	Span     quote.Span `json:"span"`
	Evidence string     `json:"evidence,omitempty"`
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

// newArticleJSON builds the output for article a from its attribution
// res; outlets is the table the URL's publisher is looked up in. Words in
// marks that are not speech are left out unless all is set.
//
// What trace reads of the line is what provenance.Extract reads of the
// article: the line is a superset of the JSON form of a
// provenance.Extracted, so that trace gives the same trace of it as of the
// article.
func newArticleJSON(a corpus.Article, res *attribution.Result, outlets *attribution.Outlets, all bool) (*articleJSON, error) {
	e, err := provenance.Extract(provenance.Article{
		ID: a.ID, Publisher: a.Publisher, URL: a.URL, Title: a.Title, Published: a.Published, Result: res,
	}, outlets)
	if err != nil {
		return nil, err
	}
	doc := res.Document
	out := &articleJSON{
		ID:          a.ID,
		Quotes:      make([]quoteJSON, 0, len(res.Quotes)),
		Citations:   make([]citationJSON, 0, len(res.Citations)+1),
		Stories:     make([]storyJSON, 0, len(doc.Articles)),
		URL:         a.URL,
		Title:       a.Title,
		Fingerprint: e.Fingerprint,
	}
	// The publisher given, else the one the URL names, else the one the
	// text names.
	if e.Publisher != "" {
		out.Publisher = &e.Publisher
	}
	if !a.Published.IsZero() {
		out.Published = a.Published.Format(time.RFC3339Nano)
	}
	for i := range res.Quotes {
		q := newQuoteJSON(&res.Quotes[i])
		x := &e.Quotes[i]
		q.Evidence, q.Days = x.Evidence, x.Days
		if q.Via != nil {
			q.Via.Evidence = x.Via.Evidence
		}
		out.Quotes = append(out.Quotes, q)
	}
	if all {
		out.Quotes = appendNonSpeech(out.Quotes, res)
	}
	// The citations as the publisher's page has them: those of e.
	for _, c := range res.CitationsFor(e.Publisher) {
		out.Citations = append(out.Citations, citationJSON{
			Outlet: c.Outlet, Relation: string(c.Relation), Mention: c.Mention, Span: c.Span, Evidence: c.Evidence,
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
	return out, nil
}

// newQuoteJSON returns the output of one attributed quotation.
func newQuoteJSON(at *attribution.Attribution) quoteJSON {
	q := &at.Quote
	out := quoteJSON{
		Kind:       q.Kind.String(),
		Text:       q.Text,
		Spans:      q.Spans(),
		Confidence: math.Round(at.Confidence*100) / 100,
		Article:    q.Article,
		Unclosed:   q.Unclosed,
	}
	if sp := at.Speaker; sp != nil {
		out.Speaker = &speakerJSON{Name: sp.Name, Type: string(sp.Type), Mention: sp.Mention, Span: sp.Span}
	}
	if sp := at.Via; sp != nil {
		out.Via = &speakerJSON{Name: sp.Name, Type: string(sp.Type), Mention: sp.Mention, Span: sp.Span}
	}
	if o := at.Outlet; o != nil {
		out.Outlet = &outletJSON{Name: o.Outlet, Relation: string(o.Relation), Mention: o.Mention, Span: o.Span, Evidence: o.Evidence, Scope: string(at.OutletScope)}
	}
	if c := at.Cue; c != nil {
		out.Cue = &cueJSON{Text: c.Text, Span: c.Span}
	}
	return out
}

// appendNonSpeech adds to quotes the words in marks of res's document that
// are not speech (scare quotes, titles, nicknames), keeping text order.
func appendNonSpeech(quotes []quoteJSON, res *attribution.Result) []quoteJSON {
	taken := make(map[quote.Span]bool, len(res.Quotes))
	for i := range res.Quotes {
		taken[res.Quotes[i].Quote.Fragments[0].Span] = true
	}
	for i := range res.Document.Quotes {
		q := &res.Document.Quotes[i]
		if taken[q.Fragments[0].Span] {
			continue
		}
		quotes = append(quotes, quoteJSON{
			Kind: q.Kind.String(), Text: q.Text, Spans: q.Spans(), Article: q.Article, Unclosed: q.Unclosed,
		})
	}
	slices.SortStableFunc(quotes, func(a, b quoteJSON) int { return cmp.Compare(a.Spans[0].Start, b.Spans[0].Start) })
	return quotes
}

// parse is quote.Parse; tests replace it.
var parse = quote.Parse

// extractJSON parses and attributes article a with at, and returns its line
// of extract's output, ending in "\n". Words in marks that are not speech
// are left out unless all is set.
func extractJSON(a corpus.Article, at *attribution.Attributor, all bool) ([]byte, error) {
	out, err := newArticleJSON(a, at.Attribute(parse(a.Text)), at.Outlets(), all)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := encodeLine(&buf, out); err != nil {
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
