package provenance

import (
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/internal/tally"
	"github.com/quotetrace/quotetrace/quote"
)

// An Extracted is an article as a Graph reads it: what the Graph takes of
// its attribution, worked out from its text, and a fingerprint of the text
// in place of the text. Extract makes one of an Article and
// Graph.AddExtracted adds it; Graph.Add is the two in one. An Extracted
// made in one process and added in another gives the graph that adding the
// Article would have given, so that articles can be attributed once and
// traced many times, or attributed on many machines.
//
// Its JSON form is a part of a line of `quotetrace extract` output, under
// the same names: every such line decodes into an Extracted (its other
// fields are ignored), and an Extracted encodes as a line that
// `quotetrace trace` reads as an extracted article.
type Extracted struct {
	// ID names the article; it must not be "".
	ID string `json:"id"`
	// Publisher is the outlet that published the article: the one given
	// with it, else the one whose site URL is on, else the one its text
	// names, else "". A Graph takes the name its outlet table gives it
	// ("VnExpress" for "vnexpress.net").
	Publisher string `json:"publisher,omitempty"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	// Published is when the article was published; the zero Time when
	// unknown.
	Published time.Time `json:"published,omitzero"`
	// Quotes lists the article's quotations, those of its
	// attribution.Result.Quotes in that order: a Trace's Member.Quote is
	// an index into it. Words in marks that are not speech (a Kind that is
	// not Direct, Partial or Indirect) may be among them, as `quotetrace
	// extract -all` writes them: a Graph skips them, and they do not count
	// in the indices.
	Quotes []ExtractedQuote `json:"quotes"`
	// Citations lists the outlets the article names as its sources, in
	// text order, as attribution.Result.CitationsFor gives them for its
	// publisher.
	Citations []ExtractedCitation `json:"citations,omitempty"`
	// Fingerprint is a sample of the hashes of the text's runs of words,
	// by which copies of one text are told (see Copies in the package
	// documentation). An article with an empty one, such as a text of a
	// sentence or two, is never taken for a copy nor for an original.
	Fingerprint Fingerprint `json:"fingerprint,omitempty"`
}

// An ExtractedQuote is one quotation of an Extracted.
type ExtractedQuote struct {
	Kind quote.Kind `json:"kind"`
	// Text is the quoted words, and Spans the byte spans of its fragments
	// in the article's text.
	Text  string       `json:"text"`
	Spans []quote.Span `json:"spans"`
	// Speaker is who said the words, or nil when the article does not
	// say. A Graph takes a Group or Unknown speaker for no speaker.
	Speaker *ExtractedSpeaker `json:"speaker,omitempty"`
	// Outlet is the outlet through which the words reached the public, or
	// nil when the article does not say.
	Outlet *ExtractedOutlet `json:"outlet,omitempty"`
	// Via is who relayed the words when the speech is nested, or nil.
	Via *ExtractedSpeaker `json:"via,omitempty"`
	// Evidence is the words that attribute the quotation: from the
	// speaker's mention to the cue when they are close ("Peskov said",
	// "the Kremlin official replied"), else the cue or the mention alone.
	Evidence string `json:"evidence,omitempty"`
	// Days is the days of the week on which the attribution says the
	// words were said ("the Kremlin said on Monday"); a Graph takes words
	// said on different days for two occasions.
	Days Weekdays `json:"days,omitempty"`
	// Cue is the reporting verb or phrase ("said", "denied"), or nil when
	// the attribution has none.
	Cue *ExtractedCue `json:"cue,omitempty"`
}

// An ExtractedCue is the reporting verb or phrase of an ExtractedQuote: in
// JSON, the "cue" object of an extract line, of which it reads the text.
type ExtractedCue struct {
	Text string `json:"text"`
}

// An ExtractedSpeaker is the speaker, or the relay, of an ExtractedQuote.
type ExtractedSpeaker struct {
	// Name is the resolved name ("Dmitry Peskov"), Type what sort of
	// source it is, and Mention the words of the attribution that point
	// at it ("the Kremlin spokesman").
	Name    string                  `json:"name"`
	Type    attribution.SpeakerType `json:"type"`
	Mention string                  `json:"mention,omitempty"`
	// Evidence is, for a relay, its mention with the word after it when
	// that is in the same clause ("Trump told"); a Graph reads it of Via
	// only.
	Evidence string `json:"evidence,omitempty"`
}

// An ExtractedOutlet is the outlet through which the words of an
// ExtractedQuote reached the public.
type ExtractedOutlet struct {
	Name     string               `json:"name"`
	Relation attribution.Relation `json:"relation"`
	// Mention is the words that name the outlet, and Evidence the words
	// that cite it ("told Russia’s official TASS news agency"); a Graph
	// takes the Mention when there is no Evidence.
	Mention  string `json:"mention,omitempty"`
	Evidence string `json:"evidence,omitempty"`
}

// An ExtractedCitation is one of an Extracted's citations.
type ExtractedCitation struct {
	Outlet   string               `json:"outlet"`
	Relation attribution.Relation `json:"relation"`
	// Evidence is the words that cite the outlet ("according to TASS").
	Evidence string `json:"evidence,omitempty"`
}

// ErrInvalid is wrapped by the error of AddExtracted for an Extracted that
// no Article gives: a quotation of no kind, a span that ends before it
// starts, a speaker type or relation that package attribution does not
// have.
var ErrInvalid = errors.New("provenance: invalid extracted article")

// Extract returns what a Graph reads of article a: a.Result's quotations
// and citations as a Graph takes them, and the fingerprint of its text.
// outlets is the outlet table that publishers' names are looked up in, as
// Options.Outlets (nil means attribution.DefaultOutlets()); a Graph that
// adds the Extracted should use the same. It returns an error for an
// article without an ID or a Result.
//
// The strings of the Extracted may share memory with the article's text;
// a Graph copies what it keeps.
func Extract(a Article, outlets *attribution.Outlets) (Extracted, error) {
	if a.ID == "" {
		return Extracted{}, ErrNoID
	}
	if a.Result == nil || a.Result.Document == nil {
		return Extracted{}, fmt.Errorf("%w: %q", ErrNoResult, a.ID)
	}
	if outlets == nil {
		outlets = attribution.DefaultOutlets()
	}
	res := a.Result
	text := res.Document.Text
	e := Extracted{ID: a.ID, URL: a.URL, Title: a.Title, Published: a.Published}
	// The publisher given, else the outlet whose site the URL is on, else
	// the one the text names.
	e.Publisher = strings.TrimSpace(a.Publisher)
	if e.Publisher == "" {
		e.Publisher = outlets.Publisher(a.URL)
	}
	if e.Publisher == "" {
		e.Publisher = strings.TrimSpace(res.Publisher)
	}
	// The citations as the publisher's page has them: a story the page
	// carries from another outlet cites that outlet (see
	// attribution.Result.CitationsFor).
	cites := res.CitationsFor(outletName(outlets, e.Publisher))
	e.Citations = make([]ExtractedCitation, len(cites))
	for i, c := range cites {
		e.Citations[i] = ExtractedCitation{Outlet: c.Outlet, Relation: c.Relation, Evidence: c.Evidence}
	}
	e.Fingerprint = fingerprintOf(text)
	// The quotations' spans, speakers, outlets and cues, each sort in one
	// block of memory.
	nSpans := 0
	for i := range res.Quotes {
		nSpans += len(res.Quotes[i].Quote.Fragments)
	}
	nSpeakers, nOutlets, nCues := tally.Parts(res.Quotes)
	spans := make([]quote.Span, 0, nSpans)
	speakers := make([]ExtractedSpeaker, 0, nSpeakers)
	outs := make([]ExtractedOutlet, 0, nOutlets)
	cues := make([]ExtractedCue, 0, nCues)
	sentences := indexSentences(res.Document)
	e.Quotes = make([]ExtractedQuote, len(res.Quotes))
	for i := range res.Quotes {
		at := &res.Quotes[i]
		n := len(spans)
		for _, f := range at.Quote.Fragments {
			spans = append(spans, f.Span)
		}
		q := &e.Quotes[i]
		*q = ExtractedQuote{
			Kind:     at.Quote.Kind,
			Text:     at.Quote.Text,
			Spans:    spans[n:len(spans):len(spans)], // as at.Quote.Spans() gives them
			Evidence: attributionEvidence(text, at),
			Days:     Weekdays(occasionDaysIn(res.Language(), sentences, at)),
		}
		if sp := at.Speaker; sp != nil {
			speakers = append(speakers, ExtractedSpeaker{Name: sp.Name, Type: sp.Type, Mention: sp.Mention})
			q.Speaker = &speakers[len(speakers)-1]
		}
		if v := at.Via; v != nil {
			speakers = append(speakers, ExtractedSpeaker{Name: v.Name, Type: v.Type, Mention: v.Mention, Evidence: viaWords(text, v.Span)})
			q.Via = &speakers[len(speakers)-1]
		}
		if o := at.Outlet; o != nil {
			outs = append(outs, ExtractedOutlet{Name: o.Outlet, Relation: o.Relation, Mention: o.Mention, Evidence: o.Evidence})
			q.Outlet = &outs[len(outs)-1]
		}
		if at.Cue != nil {
			cues = append(cues, ExtractedCue{Text: at.Cue.Text})
			q.Cue = &cues[len(cues)-1]
		}
	}
	return e, nil
}

// hasBreak reports whether s holds a newline or a quote mark: '\n', '"',
// '“' or '”'. It is strings.ContainsAny(s, "\n“”\"") for any s, UTF-8 or
// not: the byte a mark's encoding starts with is none that another rune's
// encoding holds after its first byte.
func hasBreak(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '"':
			return true
		case 0xe2: // “ is e2 80 9c, ” e2 80 9d
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9c || s[i+2] == 0x9d) {
				return true
			}
		}
	}
	return false
}

// AddExtracted adds an article that Extract read, in this process or
// another. It returns an error, and adds nothing, for an Extracted without
// an ID, with an ID the Graph holds already, or that is invalid (see
// ErrInvalid).
func (g *Graph) AddExtracted(e Extracted) error {
	art, recs, err := g.fromExtracted(&e)
	if err != nil {
		return err
	}
	for _, r := range recs {
		g.readWords(r)
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.insert(art, recs)
}

// fromExtracted turns e into what the Graph keeps of it, but for its
// quotations' words, which readWords reads. The work is done before the
// Graph is locked, so goroutines can add articles at once.
func (g *Graph) fromExtracted(e *Extracted) (*article, []*record, error) {
	if e.ID == "" {
		return nil, nil, ErrNoID
	}
	invalid := func(format string, args ...any) error {
		return fmt.Errorf("%w %q: %s", ErrInvalid, e.ID, fmt.Sprintf(format, args...))
	}
	art := &article{info: ArticleInfo{
		ID:        e.ID,
		Publisher: g.outletName(e.Publisher),
		URL:       e.URL,
		Title:     e.Title,
		Published: e.Published,
	}}
	art.cites = make([]citation, 0, len(e.Citations))
	for i, c := range e.Citations {
		if !knownRelation(c.Relation) {
			return nil, nil, invalid("citation %d: unknown relation %q", i, c.Relation)
		}
		art.cites = append(art.cites, citation{outlet: c.Outlet, relation: c.Relation, evidence: c.Evidence})
	}
	art.print = e.Fingerprint.normal()

	recs := make([]*record, 0, len(e.Quotes))
	for i := range e.Quotes {
		q := &e.Quotes[i]
		if _, err := q.Kind.MarshalText(); err != nil {
			return nil, nil, invalid("quote %d: no kind", i)
		}
		if !q.Kind.IsSpeech() {
			continue // scare quotes, titles, nicknames: not speech
		}
		for _, s := range q.Spans {
			if s.Start < 0 || s.End < s.Start {
				return nil, nil, invalid("quote %d: span %v", i, s)
			}
		}
		if q.Days&^allDays != 0 {
			return nil, nil, invalid("quote %d: days %#x", i, uint8(q.Days))
		}
		r := &record{
			quote:    int32(len(recs)),
			kind:     q.Kind,
			text:     q.Text,
			spans:    q.Spans,
			evidence: q.Evidence,
			days:     uint8(q.Days),
		}
		if q.Cue != nil {
			r.cue = q.Cue.Text // cloned when interned
		}
		if sp := q.Speaker; sp != nil {
			if !knownSpeakerType(sp.Type) {
				return nil, nil, invalid("quote %d: unknown speaker type %q", i, sp.Type)
			}
			if sp.Type != attribution.Group && sp.Type != attribution.Unknown {
				r.speaker, r.spType = sp.Name, code(speakerTypes[:], sp.Type)
				if sp.Mention != sp.Name {
					r.mention = sp.Mention
				}
			}
		}
		if v := q.Via; v != nil {
			if !knownSpeakerType(v.Type) {
				return nil, nil, invalid("quote %d: unknown relay type %q", i, v.Type)
			}
			if v.Type != attribution.Group && v.Type != attribution.Unknown {
				r.via, r.viaEvidence = v.Name, v.Evidence
			}
		}
		if o := q.Outlet; o != nil {
			if !knownRelation(o.Relation) {
				return nil, nil, invalid("quote %d: unknown relation %q", i, o.Relation)
			}
			r.outlet, r.rel, r.outletEvidence = o.Name, code(relations[:], o.Relation), o.Evidence
			if r.outletEvidence == "" {
				r.outletEvidence = o.Mention
			}
		}
		recs = append(recs, r)
	}
	keep(art, recs)
	art.info.Cites = citedOutlets(art.cites)
	return art, recs, nil
}

// keep copies the strings and spans of art and its records, which may be
// pieces of an article's text or of a file's bytes, into memory of their
// own, in two allocations: one for the strings and one for the spans. The
// names that a Graph interns (speakers, relays, outlets, cues) are left
// for it to intern.
func keep(art *article, recs []*record) {
	size := 0
	keptStrings(art, recs, func(p *string) { size += len(*p) })
	var b strings.Builder
	b.Grow(size)
	keptStrings(art, recs, func(p *string) { b.WriteString(*p) })
	all := b.String()
	keptStrings(art, recs, func(p *string) {
		if n := len(*p); n > 0 {
			*p, all = all[:n], all[n:]
		}
	})
	spans := 0
	for _, r := range recs {
		spans += len(r.spans)
	}
	arena := make([]quote.Span, spans)
	for _, r := range recs {
		if r.spans != nil {
			n := copy(arena, r.spans)
			r.spans, arena = arena[:n:n], arena[n:]
		}
	}
}

// keptStrings calls f with each string of art and its records that keep
// copies, in the same order every time.
func keptStrings(art *article, recs []*record, f func(*string)) {
	f(&art.info.ID)
	f(&art.info.Publisher)
	f(&art.info.URL)
	f(&art.info.Title)
	for i := range art.cites {
		f(&art.cites[i].outlet)
		f(&art.cites[i].evidence)
	}
	for _, r := range recs {
		f(&r.text)
		f(&r.evidence)
		f(&r.mention)
		f(&r.viaEvidence)
		f(&r.outletEvidence)
	}
}

// readWords sets the fields of r that are read from its text: its terms,
// in text order and as a set, and the hash of its words.
func (g *Graph) readWords(r *record) {
	p := termBufs.Get().(*[]uint32)
	words, content, keys := g.stemmer.wordsIn(p, r.text, true)
	r.setTerms(words, content, keys)
	if cap(*p) <= maxPooledTerms {
		termBufs.Put(p)
	}
}

// termBufs holds the buffers that readWords reads a wording's terms into,
// before they are copied to a record's memory of their exact size.
var termBufs = sync.Pool{New: func() any { return new([]uint32) }}

// maxPooledTerms bounds the terms of a buffer put back in termBufs.
const maxPooledTerms = 1 << 14

// citedOutlets returns the outlets of an article's citations that it names
// as sources, each once, in order: not those it is a copy of.
func citedOutlets(cites []citation) []string {
	var out []string
	for _, c := range cites {
		if c.relation != attribution.Republished && !slices.Contains(out, c.outlet) {
			out = append(out, c.outlet)
		}
	}
	return out
}

// knownRelation reports whether r is a relation of package attribution, or
// none.
func knownRelation(r attribution.Relation) bool { return slices.Contains(relations[:], r) }

// knownSpeakerType reports whether t is a speaker type of package
// attribution, or none.
func knownSpeakerType(t attribution.SpeakerType) bool { return slices.Contains(speakerTypes[:], t) }

// MarshalJSON encodes e as an object with the fields' names, "quotes"
// always a list: `quotetrace trace` knows an extracted article by it.
func (e Extracted) MarshalJSON() ([]byte, error) {
	type plain Extracted // without this method
	p := plain(e)
	if p.Quotes == nil {
		p.Quotes = []ExtractedQuote{}
	}
	return json.Marshal(p)
}

// A Fingerprint is a sample of the hashes of a text's runs of five words
// (see Copies in the package documentation): at most 256 of them, sorted,
// each once. Two texts are one when most of the smaller's sample is in the
// other's.
//
// Its JSON form, and its text form, is the base64 encoding (RFC 4648,
// padded) of its hashes as 4 bytes each, big end first.
type Fingerprint []uint32

// MarshalText encodes p in base64.
func (p Fingerprint) MarshalText() ([]byte, error) {
	b := make([]byte, 4*len(p))
	for i, h := range p {
		binary.BigEndian.PutUint32(b[4*i:], h)
	}
	out := make([]byte, base64.StdEncoding.EncodedLen(len(b)))
	base64.StdEncoding.Encode(out, b)
	return out, nil
}

// UnmarshalText decodes the base64 form that MarshalText writes.
func (p *Fingerprint) UnmarshalText(text []byte) error {
	b := make([]byte, base64.StdEncoding.DecodedLen(len(text)))
	n, err := base64.StdEncoding.Decode(b, text)
	if err != nil {
		return fmt.Errorf("provenance: fingerprint: %v", err)
	}
	if n%4 != 0 {
		return fmt.Errorf("provenance: fingerprint of %d bytes, not a multiple of 4", n)
	}
	out := make(Fingerprint, n/4)
	for i := range out {
		out[i] = binary.BigEndian.Uint32(b[4*i:])
	}
	*p = out
	return nil
}

// normal returns p sorted, each hash once, at most maxPrint of them, as
// fingerprintOf makes it; in memory of its own.
func (p Fingerprint) normal() Fingerprint {
	if len(p) == 0 {
		return nil
	}
	out := slices.Clone(p)
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) > maxPrint {
		out = out[:maxPrint]
	}
	return slices.Clip(out)
}

// Weekdays is a set of days of the week: bit 1<<time.Weekday for each.
// Its JSON form is a list of the days' names in lower case, Sunday first:
// ["monday", "thursday"].
type Weekdays uint8

// allDays is the set of all seven days.
const allDays Weekdays = 1<<7 - 1

// Has reports whether d holds day.
func (d Weekdays) Has(day time.Weekday) bool { return day >= 0 && day < 7 && d&(1<<day) != 0 }

// MarshalJSON encodes d as a list of names.
func (d Weekdays) MarshalJSON() ([]byte, error) {
	if d&^allDays != 0 {
		return nil, fmt.Errorf("provenance: weekdays %#x: no such day", uint8(d))
	}
	names := []string{}
	for day := time.Sunday; day <= time.Saturday; day++ {
		if d.Has(day) {
			names = append(names, dayName(day))
		}
	}
	return json.Marshal(names)
}

// UnmarshalJSON decodes a list of names, in any order and case.
func (d *Weekdays) UnmarshalJSON(b []byte) error {
	var names []string
	if err := json.Unmarshal(b, &names); err != nil {
		return fmt.Errorf("provenance: days: %v", err)
	}
	var out Weekdays
	for _, name := range names {
		day, lower := time.Sunday, strings.ToLower(name)
		for day <= time.Saturday && lower != dayName(day) {
			day++
		}
		if day > time.Saturday {
			return fmt.Errorf("provenance: days: %q is no day of the week", name)
		}
		out |= 1 << day
	}
	*d = out
	return nil
}

// dayName returns the name of day in the JSON form of Weekdays: the
// English name in lower case, whatever the Language, as the format is one.
func dayName(day time.Weekday) string { return strings.ToLower(day.String()) }
