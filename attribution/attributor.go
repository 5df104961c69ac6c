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
	id := t.entry.ID
	if id == 0 || t.shape&alnum == 0 {
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
	st.block = tokenBlock{quote: sc.quote[:0], flags: sc.flags[:0]}
	st.lines, st.scanned, st.cues = sc.lines[:0], sc.scanned[:0], sc.cues[:0]
	st.sentences, st.regions = sc.sentences[:0], sc.regions[:0]
	defer func() {
		// Keep no text, cue or sentence of this call alive.
		clear(st.cues)
		clear(st.sentences[:cap(st.sentences)])
		sc.quote, sc.flags = st.block.quote[:0], st.block.flags[:0]
		sc.lines, sc.scanned, sc.cues = st.lines[:0], st.scanned[:0], st.cues[:0]
		sc.sentences, sc.regions = st.sentences[:0], st.regions[:0]
		scratchPool.Put(sc)
	}()
	res := &Result{Document: doc, Quotes: make([]Attribution, 0, len(doc.Quotes)+8), Citations: []Citation{}}
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
// little of it.
type scratch struct {
	quote     []int32
	flags     []tokenFlags
	lines     []language.Token
	scanned   []language.Token
	cues      []cue
	sentences []sentence
	regions   []region
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
	// scanned is the buffer of scan.
	scanned []language.Token
	// block holds the tokens of the article's sentences (see readTokens);
	// lines the tokens of a document made without them.
	block tokenBlock
	lines []language.Token
	// normals holds the words normal has lower-cased.
	normals map[string]string
	// cues is the slab newCue takes cues from.
	cues []cue

	// Per article:
	ai        int // index of the article in doc.Articles
	art       *quote.Article
	sentences []sentence
	regions   []region // the byte ranges of its quotations, in text order
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

// newCue returns a pointer to a copy of c, taken from a slab: the cues of a
// call live as long as it, and are many. A full slab is followed by one
// twice as big, kept for the next call.
func (st *state) newCue(c cue) *cue {
	if len(st.cues) == cap(st.cues) {
		st.cues = make([]cue, 0, max(cueSlab, 2*cap(st.cues)))
	}
	st.cues = append(st.cues, c)
	return &st.cues[len(st.cues)-1]
}

// cueSlab is how many cues newCue allocates at least at once.
const cueSlab = 32

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

// A sentence is one sentence of the article with its tokens and cues.
type sentence struct {
	span quote.Span
	para int // index in the article's paragraphs
	toks tokens
	cues []*cue
	// citations are the outlets the sentence names as sources.
	citations []Citation
	// outletAt are the citations' places: token ranges.
	outletAt []phrase
	// evidenceAt are the token ranges of the words that cite each outlet,
	// its name included.
	evidenceAt []phrase
	// subjects are the subjects of the sentence's clauses, each read as a
	// speaker, in text order: "Cruz" and "Tehran" in "Cruz said, days
	// after Tehran rejected …".
	subjects []*cue
}

// article attributes the quotations of article ai, appending to res.
func (st *state) article(ai int, res *Result) {
	st.ai, st.art = ai, &st.doc.Articles[ai]
	st.ents = entities{isName: func(o *opener) bool { return st.properNoun(o.sent, o.at) }}
	st.lastOutlet = nil
	st.dashSkip = tokenRun{}
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

	st.sentences = slices.Grow(st.sentences[:0], len(st.art.Sentences))
	pi := 0
	paras := st.art.Paragraphs
	for _, sp := range st.art.Sentences {
		for pi < len(paras)-1 && paras[pi].Span.End <= sp.Start {
			pi++
		}
		st.sentences = append(st.sentences, sentence{span: sp, para: pi})
	}
	st.readTokens()
	// Pass 1, in text order: outlets, names and cues, so that coreference
	// sees what came before.
	for i := range st.sentences {
		st.readSentence(&st.sentences[i])
	}
	for i := range st.sentences {
		res.Citations = append(res.Citations, st.sentences[i].citations...)
	}
	res.Citations = append(res.Citations, st.sourceLines()...)
	sort.SliceStable(res.Citations, func(i, j int) bool { return res.Citations[i].Span.Start < res.Citations[j].Span.Start })

	// Pass 2: each quotation to its cue.
	st.attributeQuotes(ai, res)
	// Pass 3: reported speech left over.
	st.indirect(res)
}
