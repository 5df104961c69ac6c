// Package extractjson writes the JSON Lines of `quotetrace extract`, one
// article a line, as CONTRACT.md gives them: the command and the Beam
// pipeline (module beam) write their output with it, so that the two are
// the same bytes.
package extractjson

import (
	"bytes"
	"cmp"
	"encoding/json"
	"math"
	"math/bits"
	"slices"
	"time"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/internal/corpus"
	"github.com/quotetrace/quotetrace/internal/tally"
	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/quote"
)

// The JSON that extract writes for each article. CONTRACT.md fixes the
// fields up to "citations"; the others are additions it allows. Fields are
// written in declaration order. The types are exported for their fields to
// be written; callers build them with New.

// Article is one line of extract's output.
type Article struct {
	ID string `json:"id"`
	// Publisher is the input's publisher, or nil (null).
	Publisher *string    `json:"publisher"`
	Quotes    []Quote    `json:"quotes"`
	Citations []Citation `json:"citations"`
	// Stories lists the stories found in the text.
	Stories []Story `json:"articles"`
	// URL, Title and Published are the input's, for trace to read back.
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"` // RFC 3339
	// Fingerprint stands for the text in trace's search for copies.
	Fingerprint provenance.Fingerprint `json:"fingerprint,omitempty"`
}

// Quote is one quotation.
type Quote struct {
	Kind       string       `json:"kind"`
	Text       string       `json:"text"`
	Spans      []quote.Span `json:"spans"`
	Speaker    *Speaker     `json:"speaker"`
	Outlet     *Outlet      `json:"outlet"`
	Cue        *Cue         `json:"cue"`
	Confidence float64      `json:"confidence"`
	// Via is who relayed nested speech ("Trump said Putin told him …").
	Via *Speaker `json:"via,omitempty"`
	// Article is the index in Article.Stories of the quote's story.
	Article  int  `json:"article"`
	Unclosed bool `json:"unclosed,omitempty"`
	// Evidence is the words that attribute the quotation ("Peskov said"),
	// and Days the days of the week its attribution says the words were
	// said on; trace reads them.
	Evidence string              `json:"evidence,omitempty"`
	Days     provenance.Weekdays `json:"days,omitempty"`
}

// Speaker says who said a quotation.
type Speaker struct {
	Name    string     `json:"name"`
	Type    string     `json:"type"` // person, organization, outlet, group or unknown
	Mention string     `json:"mention"`
	Span    quote.Span `json:"span"`
	// Evidence is, for a relay ("via"), its mention and the word after it
	// ("Trump told").
	Evidence string `json:"evidence,omitempty"`
}

// Outlet is the outlet through which a quotation reached the public.
type Outlet struct {
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
	// Employer is true when the speaker works for the outlet ("NBC’s
	// Kristen Welker asked"): it reported its own journalist's words.
	Employer bool `json:"employer,omitempty"`
}

// Citation is one mention of an outlet that the article names as a
// source of what it reports.
type Citation struct {
	Outlet   string     `json:"outlet"`
	Relation string     `json:"relation"`
	Mention  string     `json:"mention"`
	Span     quote.Span `json:"span"`
	Evidence string     `json:"evidence,omitempty"`
}

// Cue is the reporting verb or phrase of a quotation.
type Cue struct {
	Text string     `json:"text"`
	Span quote.Span `json:"span"`
}

// Story is one story of a text (a quote.Article).
type Story struct {
	Span     quote.Span `json:"span"`
	Headline *string    `json:"headline"` // nil (null) when it has none
}

// New builds the output line for article a from its attribution res;
// outlets is the table the URL's publisher is looked up in. Words in
// marks that are not speech are left out unless all is set.
//
// What trace reads of the line is what provenance.Extract reads of the
// article: the line is a superset of the JSON form of a
// provenance.Extracted, so that trace gives the same trace of it as of the
// article.
func New(a corpus.Article, res *attribution.Result, outlets *attribution.Outlets, all bool) (*Article, error) {
	e, err := provenance.Extract(provenance.Article{
		ID: a.ID, Publisher: a.Publisher, URL: a.URL, Title: a.Title, Published: a.Published, Result: res,
	}, outlets)
	if err != nil {
		return nil, err
	}
	doc := res.Document
	out := &Article{
		ID:          a.ID,
		Quotes:      make([]Quote, 0, len(res.Quotes)),
		Citations:   make([]Citation, 0, len(res.Citations)+1),
		Stories:     make([]Story, 0, len(doc.Articles)),
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
	parts := newParts(res.Quotes)
	for i := range res.Quotes {
		x := &e.Quotes[i]
		// The spans of x are those of the quotation, in memory of their
		// own.
		q := parts.quote(&res.Quotes[i], x.Spans)
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
		out.Citations = append(out.Citations, Citation{
			Outlet: c.Outlet, Relation: string(c.Relation), Mention: c.Mention, Span: c.Span, Evidence: c.Evidence,
		})
	}
	var headlines []string
	for _, art := range doc.Articles {
		s := Story{Span: art.Span}
		if h := art.Headline; !h.IsEmpty() && h.Start >= 0 && h.End <= len(doc.Text) {
			if headlines == nil {
				headlines = make([]string, 0, len(doc.Articles))
			}
			headlines = append(headlines, h.In(doc.Text))
			s.Headline = &headlines[len(headlines)-1]
		}
		out.Stories = append(out.Stories, s)
	}
	return out, nil
}

// parts holds the speakers, outlets and cues of an article's quotations,
// each sort in one block of memory, for the Quotes of an Article to point
// into.
type parts struct {
	speakers []Speaker
	outlets  []Outlet
	cues     []Cue
}

// newParts returns parts with room for those of quotes.
func newParts(quotes []attribution.Attribution) *parts {
	nSpeakers, nOutlets, nCues := tally.Parts(quotes)
	return &parts{
		speakers: make([]Speaker, 0, nSpeakers),
		outlets:  make([]Outlet, 0, nOutlets),
		cues:     make([]Cue, 0, nCues),
	}
}

// quote returns the output of one attributed quotation, whose spans are
// spans.
func (p *parts) quote(at *attribution.Attribution, spans []quote.Span) Quote {
	q := &at.Quote
	out := Quote{
		Kind:       q.Kind.String(),
		Text:       q.Text,
		Spans:      spans,
		Confidence: math.Round(at.Confidence*100) / 100,
		Article:    q.Article,
		Unclosed:   q.Unclosed,
	}
	if sp := at.Speaker; sp != nil {
		p.speakers = append(p.speakers, Speaker{Name: sp.Name, Type: string(sp.Type), Mention: sp.Mention, Span: sp.Span})
		out.Speaker = &p.speakers[len(p.speakers)-1]
	}
	if sp := at.Via; sp != nil {
		p.speakers = append(p.speakers, Speaker{Name: sp.Name, Type: string(sp.Type), Mention: sp.Mention, Span: sp.Span})
		out.Via = &p.speakers[len(p.speakers)-1]
	}
	if o := at.Outlet; o != nil {
		p.outlets = append(p.outlets, Outlet{Name: o.Outlet, Relation: string(o.Relation), Mention: o.Mention, Span: o.Span, Evidence: o.Evidence, Scope: string(at.OutletScope), Employer: o.Employer})
		out.Outlet = &p.outlets[len(p.outlets)-1]
	}
	if c := at.Cue; c != nil {
		p.cues = append(p.cues, Cue{Text: c.Text, Span: c.Span})
		out.Cue = &p.cues[len(p.cues)-1]
	}
	return out
}

// appendNonSpeech adds to quotes the words in marks of res's document that
// are not speech (scare quotes, titles, nicknames), keeping text order.
func appendNonSpeech(quotes []Quote, res *attribution.Result) []Quote {
	taken := make(map[quote.Span]bool, len(res.Quotes))
	for i := range res.Quotes {
		taken[res.Quotes[i].Quote.Fragments[0].Span] = true
	}
	for i := range res.Document.Quotes {
		q := &res.Document.Quotes[i]
		if taken[q.Fragments[0].Span] {
			continue
		}
		quotes = append(quotes, Quote{
			Kind: q.Kind.String(), Text: q.Text, Spans: q.Spans(), Article: q.Article, Unclosed: q.Unclosed,
		})
	}
	slices.SortStableFunc(quotes, func(a, b Quote) int { return cmp.Compare(a.Spans[0].Start, b.Spans[0].Start) })
	return quotes
}

// Line returns the line of extract's output of article a, whose
// attribution is res, ending in "\n". Words in marks that are not speech
// are left out unless all is set.
func Line(a corpus.Article, res *attribution.Result, outlets *attribution.Outlets, all bool) ([]byte, error) {
	out, err := New(a, res, outlets, all)
	if err != nil {
		return nil, err
	}
	if b, ok := appendArticle(make([]byte, 0, sizeHint(out)), out); ok {
		return append(b, '\n'), nil
	}
	var buf bytes.Buffer
	if err := Encode(&buf, out); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// sizeHint returns about how many bytes the JSON of a takes: its strings
// and, for the names, marks and numbers around them, a little more than
// most lines have.
func sizeHint(a *Article) int {
	n := 120 + len(a.ID) + len(a.URL) + len(a.Title) + len(a.Published) + (len(a.Fingerprint)*16+2)/3 + 32*len(a.Stories)
	if a.Publisher != nil {
		n += len(*a.Publisher)
	}
	for i := range a.Citations {
		c := &a.Citations[i]
		n += 80 + len(c.Outlet) + len(c.Relation) + len(c.Mention) + len(c.Evidence)
	}
	for i := range a.Quotes {
		q := &a.Quotes[i]
		n += 130 + 16*len(q.Spans) + len(q.Kind) + len(q.Text) + len(q.Evidence) + 8*bits.OnesCount8(uint8(q.Days))
		for _, sp := range []*Speaker{q.Speaker, q.Via} {
			if sp != nil {
				n += 70 + len(sp.Name) + len(sp.Type) + len(sp.Mention) + len(sp.Evidence)
			}
		}
		if o := q.Outlet; o != nil {
			n += 100 + len(o.Name) + len(o.Relation) + len(o.Mention) + len(o.Evidence) + len(o.Scope)
		}
		if c := q.Cue; c != nil {
			n += 40 + len(c.Text)
		}
	}
	return n
}

// Encode appends v to buf as one line of JSON, with "<", ">" and "&" left
// as they are: as a json.Encoder with SetEscapeHTML(false) writes it.
func Encode(buf *bytes.Buffer, v any) error {
	if a, ok := v.(*Article); ok && a != nil {
		if b, ok := appendArticle(buf.AvailableBuffer(), a); ok {
			buf.Write(append(b, '\n'))
			return nil
		}
	}
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
