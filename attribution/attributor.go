package attribution

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/quotetrace/quotetrace/internal/fold"
	"github.com/quotetrace/quotetrace/internal/lexicon"
	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
)

// Options configure an Attributor. The zero value is ready to use.
type Options struct {
	// Outlets is the table of news outlets that mentions are resolved
	// against; nil means DefaultOutlets(). Use Outlets.With to add your own.
	Outlets *Outlets
	// Language is the language of the texts: what a word is, and the word
	// tables (reporting verbs, titles, …), tables of endings ("-ers",
	// "n't") and places the attribution rules read. nil means
	// language.Default(). Use Language.With to add words and endings.
	Language *language.Language
}

// An Attributor finds who said each quotation of a text and how the words
// reached the public. It is immutable, and safe for concurrent use by many
// goroutines.
type Attributor struct {
	outlets *Outlets
	lang    *language.Language
	places  *lexicon.Speakers // the countries, capitals and institutions of lang
	// anaphorFirsts are the first words of the phrases of
	// language.OutletAnaphors ("news" of "news agency"), lower case.
	anaphorFirsts []string
	// outletStarts has a bit for the id in lang of every word that can
	// start the match of an outlet's name: the first word of a name or
	// alias, and "the" (see mayNameOutlet).
	outletStarts []uint64
}

// New returns an Attributor configured by opts.
func New(opts Options) *Attributor {
	t := opts.Outlets
	if t == nil {
		t = DefaultOutlets()
	}
	l := opts.Language
	if l == nil {
		l = language.Default()
	}
	a := &Attributor{outlets: t, lang: l, places: lexicon.SpeakersOf(l)}
	ids := []uint32{l.Lookup("the").ID}
	for w := range t.byWord {
		ids = append(ids, l.Lookup(w).ID)
	}
	a.outletStarts = make([]uint64, slices.Max(ids)/64+1)
	for _, id := range ids {
		a.outletStarts[id/64] |= 1 << (id % 64)
	}
	for _, e := range l.Entries(language.OutletAnaphors) {
		if first, _, ok := strings.Cut(e, " "); ok && !slices.Contains(a.anaphorFirsts, first) {
			a.anaphorFirsts = append(a.anaphorFirsts, first)
		}
	}
	return a
}

// mayNameOutlet reports whether an outlet's name or web address may start
// at the word t: false for a word of ASCII letters and digits that the
// Language knows (its id is not 0) and that starts no outlet's name, so
// that most words need no look-up in the outlet table.
func (a *Attributor) mayNameOutlet(t token) bool {
	id := t.entry().ID
	if id == 0 || t.flags()&tokenFlags(alnum) == 0 {
		return true
	}
	k := int(id / 64)
	return k < len(a.outletStarts) && a.outletStarts[k]&(1<<(id%64)) != 0
}

// opensAnaphor reports whether w, ignoring ASCII case, is the first word of
// a phrase of language.OutletAnaphors: only then is the phrase looked up.
func (a *Attributor) opensAnaphor(w string) bool {
	for _, f := range a.anaphorFirsts {
		if fold.Equal(w, f) {
			return true
		}
	}
	return false
}

// Outlets returns the outlet table the Attributor resolves mentions against.
func (a *Attributor) Outlets() *Outlets { return a.outlets }

// Language returns the language the Attributor reads texts in.
func (a *Attributor) Language() *language.Language { return a.lang }

// AttributeText parses text with a quote.Parser in the Attributor's
// Language and attributes its quotations.
func (a *Attributor) AttributeText(text string) *Result {
	return a.Attribute(a.parse(text))
}

// parse parses text for AttributeText, in the Attributor's language.
func (a *Attributor) parse(text string) *quote.Document {
	return quote.Parser{Language: a.lang}.Parse(text)
}

// Attribute attributes the quotations of a parsed document: each direct and
// partial quotation gets its speaker, outlet and cue; reported speech
// without quote marks is added as Indirect quotations; words in marks that
// nobody is said to have said are left out. Coreference ("he", "the Kremlin
// spokesman") is resolved within each of the document's articles.
//
// The document must come from quote.Parser.Parse, which gives the
// sentences that Attribute reads and their tokens, with the Attributor's
// Language (quote.Parse for the default one): Attribute reads the words as
// the parser looked them up. It is not modified.
func (a *Attributor) Attribute(doc *quote.Document) *Result {
	st := &state{a: a, lang: a.lang, places: a.places, doc: doc, text: doc.Text}
	sc := scratchPool.Get().(*scratch)
	st.scratch = *sc
	defer func() {
		// Keep no text, cue or sentence of this call alive, nor the
		// memory of a long text.
		st.scratch.reset()
		*sc = st.scratch
		scratchPool.Put(sc)
	}()
	// Room for the quotations that are speech and a few reported speech,
	// not for every pair of marks: a text may have many more.
	speech := 0
	for _, q := range doc.Quotes {
		if q.Kind.IsSpeech() {
			speech++
		}
	}
	res := &Result{Document: doc, Quotes: make([]Attribution, 0, speech+8), Citations: []Citation{}}
	for ai := range doc.Articles {
		st.article(ai, res)
	}
	if c := st.publisher(); c != nil {
		res.Publisher, res.PublisherCredit = c.Outlet, c
	}
	res.outlets, res.lang = a.outlets, a.lang
	if last := st.lastSource; last != nil {
		// The last source line names the publisher, not a source.
		res.Citations = slices.DeleteFunc(res.Citations, func(c Citation) bool { return c.Span == last.Span })
	}
	sort.SliceStable(res.Quotes, func(i, j int) bool {
		return res.Quotes[i].Quote.Extent().Start < res.Quotes[j].Quote.Extent().Start
	})
	st.fillEvidence(res)
	return res
}

// scratch is memory a call to Attribute works in that no Result keeps:
// calls take it from scratchPool and put it back, so that they allocate
// little of it. Each slice is one article's, reused by the next.
type scratch struct {
	// block holds the tokens of the article's sentences; none the one
	// token of noToken.
	block, none tokenBlock
	// lines holds the tokens of the sentences of a document made without
	// tokens; scanned is the buffer of scan.
	lines, scanned []language.Token
	sentences      []sentence
	// regions are the byte ranges of the article's quotations, in text
	// order.
	regions []region
	// reading holds the cues, subjects and citations of the sentence
	// being read, until keepNotes copies them into the slabs.
	reading sentenceNotes
	added   []cue // the cues markCues adds
	notes   slab[sentenceNotes]
	cues    slab[cue]
	subjs   slab[subject]
	whos    slab[who]
	// readWhos holds the whos of the subjects of the sentence being read.
	readWhos slab[who]
	// links are the reported speech that indirect adds, for linkOutlets.
	links []outletLink
	// caseByID is what the article's body says of the case of the words
	// of the Language's tables, by id (see tableCase).
	caseByID []uint8
	// normals holds the words normal has lower-cased, for the call.
	normals map[string]string
}

// maxPooled is the most elements a slice of scratch may hold to go back to
// the pool: a long text's are left to the garbage collector.
const maxPooled = 1 << 14

// reset clears s of the call's text, cues and sentences, and drops the
// slices a long text made big.
func (s *scratch) reset() {
	s.block = tokenBlock{quote: pooled(s.block.quote), flags: pooled(s.block.flags)}
	s.lines, s.scanned = pooled(s.lines), pooled(s.scanned)
	s.sentences, s.regions = pooled(s.sentences), pooled(s.regions)
	clear(s.sentences[:cap(s.sentences)])
	r := &s.reading
	r.cues, r.subjects, r.cites = pooled(r.cues), pooled(r.subjects), pooled(r.cites)
	r.clear()
	s.added = pooled(s.added)
	clear(s.added[:cap(s.added)])
	s.links = pooled(s.links)
	clear(s.links[:cap(s.links)])
	if len(s.normals) > maxPooled {
		s.normals = nil // a long text's are left to the garbage collector
	}
	clear(s.normals) // the text's words are not kept
	s.notes.reset()
	s.cues.reset()
	s.subjs.reset()
	s.whos.reset()
	s.readWhos.reset()
}

// pooled returns x emptied, or nil when it is too big to keep.
func pooled[T any](x []T) []T {
	if cap(x) > maxPooled {
		return nil
	}
	return x[:0]
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxEvidenceGap is the most bytes between an outlet's mention and the cue
// of the same attribution that its evidence spans ("RIA quoted").
const maxEvidenceGap = 24

// fillEvidence gives every citation of res that lacks one the words that
// cite its outlet: those of the article's citation at the same place, else
// the mention with the attribution's cue when the two are next to each
// other ("the newspaper quoted"), else the mention alone.
func (st *state) fillEvidence(res *Result) {
	cited := make(map[quote.Span]quote.Span, len(res.Citations))
	for _, c := range res.Citations {
		if c.Evidence != "" {
			cited[c.Span] = c.EvidenceSpan
		}
	}
	for i := range res.Quotes {
		a := &res.Quotes[i]
		c := a.Outlet
		if c == nil || c.Evidence != "" {
			continue
		}
		if ev, ok := cited[c.Span]; ok {
			c.Evidence, c.EvidenceSpan = st.text[ev.Start:ev.End], ev
			continue
		}
		c.EvidenceSpan = c.Span
		if cue := a.Cue; cue != nil {
			lo, hi := min(c.Span.Start, cue.Span.Start), max(c.Span.End, cue.Span.End)
			gap := max(cue.Span.Start-c.Span.End, c.Span.Start-cue.Span.End)
			if gap >= 0 && gap <= maxEvidenceGap && !strings.ContainsAny(st.text[lo:hi], ".!?\n\"“”") {
				c.EvidenceSpan = quote.Span{Start: lo, End: hi}
			}
		}
		c.Evidence = st.text[c.EvidenceSpan.Start:c.EvidenceSpan.End]
	}
	for i := range res.Citations {
		if c := &res.Citations[i]; c.Evidence == "" {
			c.Evidence, c.EvidenceSpan = c.Mention, c.Span
		}
	}
}

// state is the work of one call to Attribute.
type state struct {
	a      *Attributor
	lang   *language.Language
	places *lexicon.Speakers
	doc    *quote.Document
	text   string
	scratch

	// Per article:
	ai  int // index of the article in doc.Articles
	art *quote.Article
	// regionsNested reports regions whose ends are not in text order (a
	// quotation inside another's marks), which inQuote must search.
	regionsNested bool
	ents          entities
	// lastOutlet is the most recently named outlet, which "the newspaper"
	// points at.
	lastOutlet *Citation

	// lastSource is the text's last source line ("Source: …"), which
	// names its publisher.
	lastSource *Citation

	// linked is what linkOutlets reads of the current article.
	linked linkContext

	// dashSkip is the run of quoted tokens that dashSpeaker last skipped,
	// so that a sentence of many quotations is read once, not once for
	// each.
	dashSkip tokenRun
}

// A tokenRun is the tokens [from, to) of a sentence.
type tokenRun struct {
	sent     *sentence
	from, to int
}

// A slab hands out slices of T carved from chunks of slabChunk elements
// or more: the many small slices of a call cost an allocation each chunk,
// and the slab holds at most a chunk more than they do.
type slab[T any] struct{ free []T }

// slabChunk is how many elements a slab allocates at least at once.
const slabChunk = 256

// copy returns a copy of x in the slab, or nil when x is empty.
func (s *slab[T]) copy(x []T) []T {
	n := len(x)
	if n == 0 {
		return nil
	}
	if cap(s.free)-len(s.free) < n {
		s.free = make([]T, 0, max(n, slabChunk))
	}
	k := len(s.free)
	s.free = append(s.free, x...)
	return s.free[k : k+n : k+n]
}

// add returns a pointer to a copy of x in the slab.
func (s *slab[T]) add(x T) *T {
	if len(s.free) == cap(s.free) {
		s.free = make([]T, 0, slabChunk)
	}
	s.free = append(s.free, x)
	return &s.free[len(s.free)-1]
}

// reset empties the slab, keeping its last chunk for what comes next.
func (s *slab[T]) reset() {
	clear(s.free) // the rest of the chunk is clear: never used, or reset
	s.free = s.free[:0]
}

// A region is the bytes of one fragment of a quotation, marks included.
type region struct {
	span  quote.Span
	quote int // index in doc.Quotes
}

// inQuote returns the index of the quotation holding byte i, or -1.
func (st *state) inQuote(i int) int {
	r := st.regions
	k := sort.Search(len(r), func(k int) bool { return r[k].span.End > i })
	if k < len(r) && r[k].span.Start <= i {
		return r[k].quote
	}
	return -1
}

// A sentence is one sentence of the article with its tokens, and the cues,
// subjects and citations read in it.
type sentence struct {
	span quote.Span
	para int // index in the article's paragraphs
	toks tokens
	// notes are what readSentence found in the sentence; nil when it found
	// nothing, as in most sentences of some texts ("No.", "a").
	notes *sentenceNotes
}

// sentenceNotes are the cues, subjects and citations of a sentence.
type sentenceNotes struct {
	cues []cue // in text order
	// subjects are the subjects of the sentence's clauses, each read as a
	// speaker, in text order: "Cruz" and "Tehran" in "Cruz said, days
	// after Tehran rejected …".
	subjects []subject
	// cites are the outlets the sentence names as sources.
	cites []citation
}

// clear empties n, keeping its slices' room.
func (n *sentenceNotes) clear() {
	clear(n.cues[:cap(n.cues)])
	clear(n.subjects[:cap(n.subjects)])
	clear(n.cites[:cap(n.cites)])
	n.cues, n.subjects, n.cites = n.cues[:0], n.subjects[:0], n.cites[:0]
}

// A citation is an outlet a sentence names as a source, with the places
// of its name and of the words that cite it.
type citation struct {
	Citation
	// at is the outlet's mention, evidence the words that cite the outlet,
	// its name included: token ranges.
	at, evidence phrase
}

// cues returns the cues of s, in text order.
func (s *sentence) cues() []cue {
	if s.notes == nil {
		return nil
	}
	return s.notes.cues
}

// subjects returns the subjects of the clauses of s, in text order.
func (s *sentence) subjects() []subject {
	if s.notes == nil {
		return nil
	}
	return s.notes.subjects
}

// cites returns the outlets s names as sources, in text order.
func (s *sentence) cites() []citation {
	if s.notes == nil {
		return nil
	}
	return s.notes.cites
}

// article attributes the quotations of article ai, appending to res.
func (st *state) article(ai int, res *Result) {
	st.ai, st.art = ai, &st.doc.Articles[ai]
	st.ents = entities{isName: func(o *opener) bool { return st.properNoun(o.sent, o.at) }}
	st.lastOutlet = nil
	st.dashSkip = tokenRun{}
	// The regions, in exactly the room they take.
	n := 0
	for _, q := range st.doc.Quotes {
		if q.Article == ai {
			n += len(q.Fragments)
		}
	}
	if cap(st.regions) < n {
		st.regions = make([]region, 0, n)
	}
	st.regions = st.regions[:0]
	for qi := range st.doc.Quotes {
		q := &st.doc.Quotes[qi]
		if q.Article != ai {
			continue
		}
		for _, f := range q.Fragments {
			s, e := f.Span.Start, f.Span.End
			if !f.Open.IsEmpty() {
				s = f.Open.Start
			}
			if !f.Close.IsEmpty() {
				e = f.Close.End
			}
			st.regions = append(st.regions, region{quote.Span{Start: s, End: e}, qi})
		}
	}
	sort.Slice(st.regions, func(i, j int) bool { return st.regions[i].span.Start < st.regions[j].span.Start })
	st.regionsNested = false
	for k := 1; k < len(st.regions); k++ {
		if st.regions[k].span.End < st.regions[k-1].span.End {
			st.regionsNested = true
		}
	}

	// The sentences, likewise.
	n = len(st.art.Sentences)
	if cap(st.sentences) < n {
		st.sentences = make([]sentence, n)
	}
	st.sentences = st.sentences[:n]
	pi := 0
	paras := st.art.Paragraphs
	for i, sp := range st.art.Sentences {
		for pi < len(paras)-1 && paras[pi].Span.End <= sp.Start {
			pi++
		}
		st.sentences[i] = sentence{span: sp, para: pi}
	}
	st.readTokens()
	// Pass 1, in text order: outlets, names and cues, so that coreference
	// sees what came before.
	for i := range st.sentences {
		st.readSentence(&st.sentences[i])
	}
	n = 0
	for i := range st.sentences {
		n += len(st.sentences[i].cites())
	}
	res.Citations = slices.Grow(res.Citations, n)
	for i := range st.sentences {
		for _, c := range st.sentences[i].cites() {
			res.Citations = append(res.Citations, c.Citation)
		}
	}
	res.Citations = append(res.Citations, st.sourceLines()...)
	sort.SliceStable(res.Citations, func(i, j int) bool { return res.Citations[i].Span.Start < res.Citations[j].Span.Start })

	// Pass 2: each quotation to its cue.
	st.attributeQuotes(ai, res)
	// Pass 3: reported speech left over.
	st.indirect(res)
}
