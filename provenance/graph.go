package provenance

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
)

// DefaultThreshold is the similarity at or above which two wordings by the
// same speaker on the same occasion are taken for one statement. The
// package documentation explains where it comes from.
const DefaultThreshold = 0.5

// DefaultMaxGap is how far apart two articles' publication times may be
// for their quotations to be of one occasion, when both times are known.
const DefaultMaxGap = 7 * 24 * time.Hour

// Options configure a Graph. The zero value gives the defaults.
type Options struct {
	// Threshold is the similarity at or above which two quotations of
	// compatible speakers and occasions are one statement; 0 means
	// DefaultThreshold. It must be in (0, 1].
	Threshold float64
	// MaxGap is how far apart in publication time two quotations may be
	// and still be one statement, when both articles' times are known; 0
	// means DefaultMaxGap, and a negative gap means no limit.
	MaxGap time.Duration
	// Outlets is the table that publishers' names are looked up in, so that
	// "vnexpress.net" and "VnExpress" are one outlet; nil means
	// attribution.DefaultOutlets(). Use the table the Attributor used.
	Outlets *attribution.Outlets
	// Language is the language the quotations are read in: what a word
	// is (Language.Scan), the stop words, negations, contractions and
	// framing phrases that the similarity of two wordings leaves out or
	// reads alike (its tables StopWords, Negations, Contractions,
	// NegativeContractions and Discourse), its number words (the file
	// numbers.txt of its Data, if it has one) and its stemmer; nil means
	// language.Default(). Use the Language the Attributor used.
	Language *language.Language
}

// An Article is one attributed article to add to a Graph.
type Article struct {
	// ID names the article; it must be unique in a Graph.
	ID string
	// Publisher is the outlet that published the article, when it is
	// known from outside the text; "" means the outlet whose site URL is
	// on (a readable name of its host when the outlet table does not know
	// it), else the one Result found in the text, if any.
	Publisher string
	URL       string
	Title     string
	// Published is when the article was published; the zero Time when
	// unknown.
	Published time.Time
	// Result is the article's attribution, from attribution.Attributor.
	Result *attribution.Result
}

// A Graph gathers attributed articles and works out the statements they
// share and who cited whom. Articles are added one at a time, from any
// number of goroutines: a Graph is safe for concurrent use. Trace gives
// what it knows at that moment.
//
// A Graph keeps, of each article, its quotations' words, speakers and
// outlets and its citations, not its text: the strings it keeps are
// copies, so an article's text is freed once the caller lets it go.
type Graph struct {
	opts    Options
	stemmer *stemmer

	mu       sync.Mutex
	articles []*article
	byID     map[string]int32 // article ID → index in articles
	quotes   []*record
	names    map[string]string
	trace    *Trace // the last Trace, until the next change
	// parts holds, for each article added in shards (see AddShard), the
	// indexes of the quotations added so far.
	parts map[int32]map[int32]bool
}

// An article is what a Graph keeps of one article.
type article struct {
	info  ArticleInfo
	cites []citation
	// print is the article's fingerprint, which copies share.
	print Fingerprint
}

// A citation is one of an article's citations.
type citation struct {
	outlet   string
	relation attribution.Relation
	evidence string
}

// A record is what a Graph keeps of one quotation. Its fields are laid out
// so that it fits in 224 bytes, a size class of Go's allocator: a large
// corpus keeps millions. Its terms are in one slice, whose parts' lengths
// take the room the alignment of text leaves after the small fields.
type record struct {
	article int32 // index in Graph.articles
	quote   int32 // index in the article's Result.Quotes
	kind    quote.Kind
	spType  uint8 // the speaker's type, as a place in speakerTypes
	rel     uint8 // how the outlet carried the words, as a place in relations
	// days is the weekdays its attribution's sentence says the words were
	// said on ("said on Monday"), as bits 1<<time.Weekday.
	days uint8
	// nOrder is the length of order (see terms).
	nOrder uint32

	text  string
	spans []quote.Span

	speaker     string // "" when unknown, or a group or an unknown type
	via         string
	viaEvidence string // the relay's mention and the word after it
	evidence    string // the speaker's mention and cue
	// cue is the reporting verb or phrase, the attribution's Cue.Text
	// ("said", "denied"), or "" when it has none; interned, as cues
	// repeat across a corpus.
	cue string
	// mention is the words that name the speaker ("the Kremlin
	// spokesman").
	mention string

	outlet         string
	outletEvidence string

	// terms holds, one after another, the record's words, order and keys
	// (see the methods of those names), in one allocation of their exact
	// size.
	terms []uint32
	// exact is a hash of words: two quotations of the same words have the
	// same exact.
	exact uint64
}

// words returns the terms of all the record's words in text order, stop
// words included (see wordsOf).
func (r *record) words() []term {
	n := len(r.terms) - 2*int(r.nOrder)
	return r.terms[:n:n]
}

// order returns the record's content terms in text order, each at its
// first occurrence. The sorted set of the terms is made when a Trace needs
// it, and all of them in text order are read from words.
func (r *record) order() []term {
	at := len(r.terms) - 2*int(r.nOrder)
	return r.terms[at : at+int(r.nOrder) : at+int(r.nOrder)]
}

// keys returns the keys of the words that order's terms were read from.
func (r *record) keys() []uint32 { return r.terms[len(r.terms)-int(r.nOrder):] }

// setTerms sets the record's words, its distinct content terms in order
// and their keys from the terms of all its words and of its content words
// with their keys (see wordsOf and distinctTerms), and its exact hash.
func (r *record) setTerms(words, content []term, keys []uint32) {
	n := countDistinct(content)
	buf := make([]uint32, len(words)+2*n)
	copy(buf, words)
	order, orderKeys := buf[len(words):len(words)], buf[len(words)+n:len(words)+n]
	for i, t := range content {
		if !slices.Contains(order, t) {
			order = append(order, t)
			orderKeys = append(orderKeys, keys[i])
		}
	}
	r.terms, r.nOrder = buf, uint32(n)
	r.exact = exactKey(words)
}

// speakerTypes and relations list the values of the attribution's speaker
// types and relations, so that a record keeps one byte for each; the
// first is the zero value. The bytes are written to graph files: a new
// value goes at the end.
var (
	speakerTypes = [...]attribution.SpeakerType{"", attribution.Person, attribution.Organization, attribution.Media, attribution.Group, attribution.Unknown}
	relations    = [...]attribution.Relation{"", attribution.Told, attribution.Interview, attribution.Reported, attribution.Quoted, attribution.Wrote, attribution.AccordingTo, attribution.Republished}
)

// code returns the place of v in values, or 0, the zero value's, for a
// value the list does not know.
func code[T comparable](values []T, v T) uint8 {
	if i := slices.Index(values, v); i > 0 {
		return uint8(i)
	}
	return 0
}

// speakerType returns the type of r's speaker.
func (r *record) speakerType() attribution.SpeakerType { return speakerTypes[r.spType] }

// relation returns how the outlet r names carried the words.
func (r *record) relation() attribution.Relation { return relations[r.rel] }

// Errors of Add and Merge.
var (
	// ErrNoID is returned by Add for an article without an ID.
	ErrNoID = errors.New("provenance: article has no ID")
	// ErrNoResult is returned by Add for an article without a Result.
	ErrNoResult = errors.New("provenance: article has no attribution Result")
	// ErrDuplicate is wrapped by the error of Add and Merge for an article
	// whose ID the Graph already holds.
	ErrDuplicate = errors.New("provenance: duplicate article ID")
)

// New returns an empty Graph with the given options. It returns an error
// for a Threshold outside (0, 1], and for a Language whose number words
// cannot be read.
func New(opts Options) (*Graph, error) {
	switch {
	case opts.Threshold == 0:
		opts.Threshold = DefaultThreshold
	case !(opts.Threshold > 0 && opts.Threshold <= 1):
		return nil, fmt.Errorf("provenance: threshold %v is not in (0, 1]", opts.Threshold)
	}
	if opts.MaxGap == 0 {
		opts.MaxGap = DefaultMaxGap
	}
	if opts.Outlets == nil {
		opts.Outlets = attribution.DefaultOutlets()
	}
	if opts.Language == nil {
		opts.Language = language.Default()
	}
	st, err := newStemmer(opts.Language)
	if err != nil {
		return nil, err
	}
	return &Graph{
		opts:    opts,
		stemmer: st,
		byID:    make(map[string]int32),
		names:   make(map[string]string),
	}, nil
}

// Add adds an article: it is AddExtracted of what Extract reads of it,
// with the Graph's outlet table. The work of reading its quotations is
// done before the Graph is locked, so goroutines can add articles at once.
// It returns an error, and adds nothing, for an article without an ID or
// Result, or with an ID the Graph holds already.
func (g *Graph) Add(a Article) error {
	e, err := Extract(a, g.opts.Outlets)
	if err != nil {
		return err
	}
	return g.AddExtracted(e)
}

// maxEvidence bounds the bytes of an attribution's evidence.
const maxEvidence = 120

// attributionEvidence returns the words that attribute a: from the
// speaker's mention to the cue, when they are close ("Peskov said", "the
// Kremlin official replied"), else the cue or the mention alone.
func attributionEvidence(text string, a *attribution.Attribution) string {
	var buf [2]quote.Span
	spans := buf[:0]
	if a.Speaker != nil && !a.Speaker.Span.IsEmpty() {
		spans = append(spans, a.Speaker.Span)
	}
	if a.Cue != nil && !a.Cue.Span.IsEmpty() {
		spans = append(spans, a.Cue.Span)
	}
	switch len(spans) {
	case 0:
		return ""
	case 2:
		lo, hi := min(spans[0].Start, spans[1].Start), max(spans[0].End, spans[1].End)
		if hi-lo <= maxEvidence && lo >= 0 && hi <= len(text) && !hasBreak(text[lo:hi]) {
			return text[lo:hi]
		}
		if a.Cue != nil {
			return a.Cue.Text
		}
	}
	s := spans[0]
	if s.Start < 0 || s.End > len(text) {
		return ""
	}
	return text[s.Start:s.End]
}

// viaWords returns the words at sp, a relay's mention, with the word
// after it when that is in the same clause ("Trump told").
func viaWords(text string, sp quote.Span) string {
	if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
		return ""
	}
	end := sp.End
	rest := text[end:]
	if trimmed := strings.TrimLeft(rest, " "); len(trimmed) == len(rest)-1 {
		if k := strings.IndexAny(trimmed, " ,.;:!?\n“”\""); k > 0 {
			end += 1 + k
		}
	}
	return text[sp.Start:end]
}

// outletName returns the canonical name of the outlet called name
// ("VnExpress" for "vnexpress.net"), or name itself when the Graph's table
// does not know it.
func (g *Graph) outletName(name string) string { return outletName(g.opts.Outlets, name) }

// outletName returns the canonical name in table of the outlet called
// name, or name itself when the table does not know it.
func outletName(table *attribution.Outlets, name string) string {
	name = strings.TrimSpace(name)
	if name == "" {
		return ""
	}
	if o, ok := table.Lookup(name); ok {
		return o.Name
	}
	if o, ok := table.Domain(name); ok {
		return o.Name
	}
	return name
}

// insert adds an article and its records; g.mu is held.
func (g *Graph) insert(art *article, recs []*record) error {
	if _, ok := g.byID[art.info.ID]; ok {
		return fmt.Errorf("%w: %q", ErrDuplicate, art.info.ID)
	}
	ai := int32(len(g.articles))
	g.articles = append(g.articles, art)
	g.byID[art.info.ID] = ai
	for _, r := range recs {
		r.article = ai
		g.internNames(r)
		g.quotes = append(g.quotes, r)
	}
	g.trace = nil
	return nil
}

// internNames interns the names of r's speaker, relay, outlet and cue,
// which may be pieces of an article's text until then; g.mu is held.
func (g *Graph) internNames(r *record) {
	r.speaker, r.via = g.intern(r.speaker), g.intern(r.via)
	r.outlet = g.intern(r.outlet)
	r.cue = g.intern(r.cue)
}

// intern returns s, sharing the memory of an equal string seen before:
// speakers' and outlets' names repeat across a corpus.
func (g *Graph) intern(s string) string {
	if s == "" {
		return ""
	}
	if t, ok := g.names[s]; ok {
		return t
	}
	s = strings.Clone(s) // not a piece of an article's text
	g.names[s] = s
	return s
}

// Merge adds the articles of other to g, as if each had been added to g:
// graphs built on separate parts of a corpus merge into the graph of the
// whole. Articles whose IDs g holds already are not added; the error
// names them (it wraps ErrDuplicate). other is not changed. Both graphs
// should have the same options; g's apply.
func (g *Graph) Merge(other *Graph) error {
	if other == g {
		return errors.New("provenance: a graph cannot merge with itself")
	}
	other.mu.Lock()
	arts := make([]*article, len(other.articles))
	copy(arts, other.articles)
	recs := make([][]*record, len(arts))
	for _, r := range other.quotes {
		c := *r
		recs[r.article] = append(recs[r.article], &c)
	}
	other.mu.Unlock()
	g.stemmer.absorb(other.stemmer)

	g.mu.Lock()
	defer g.mu.Unlock()
	var errs []error
	for i, a := range arts {
		if err := g.insert(a, recs[i]); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Len returns the number of articles in the graph.
func (g *Graph) Len() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.articles)
}

// Trace works out the statements, origins, edges and drift of everything
// added so far. It is computed afresh after each change, and from the set
// of articles alone, never from the order they came in: a Graph built on
// all of a corpus and one merged from graphs of its parts give equal
// Traces.
func (g *Graph) Trace() *Trace {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.trace == nil {
		g.trace = g.work()
	}
	return g.trace
}
