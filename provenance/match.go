package provenance

// This file decides whether two wordings are one statement: by their
// speakers, their occasions and their words.

import (
	"iter"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/internal/fold"
	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
)

// How two records' speakers relate.
const (
	sameSpeakers = iota
	anonymousSpeaker
	otherSpeakers
)

// speakers tells how the speakers of records i and j relate.
func (c *clustering) speakers(i, j int32) int {
	switch {
	case c.keys[i][0] == 0 || c.keys[j][0] == 0:
		return anonymousSpeaker
	case sameName(c.names[i], c.names[j]) || sameName(c.names[i], c.vias[j]) || sameName(c.vias[i], c.names[j]):
		return sameSpeakers
	}
	return otherSpeakers
}

// named reports whether a speaker's name and type tell who said the words,
// for the search of statements: a name, not a description no article
// resolved, not a place read as a person, and not an outlet's, which a
// quotation is given to as often as it is the words' speaker ("The
// Washington Post" for words the Post quoted).
func (g *Graph) named(name string, typ attribution.SpeakerType) bool {
	if typ == attribution.Person && g.isPlace(name) {
		return false // "Europe said": a misreading
	}
	return g.isName(name) && typ != attribution.Media
}

// isPlace reports whether name is, in the Graph's Language, a country's, a
// capital's or a region's (its table Regions; a leading "the" is ignored).
func (g *Graph) isPlace(name string) bool {
	if _, ok := g.stemmer.places.Place(name); ok {
		return true
	}
	if len(name) > 4 && (name[:4] == "the " || name[:4] == "The ") {
		name = name[4:]
	}
	return g.opts.Language.Has(language.Regions, name)
}

// isName reports whether a speaker's name names someone: capitalised
// words, not a description that no article resolved ("member", "the head
// of the agency", "North Korea’s foreign minister"). Lower-case words of
// the Language's tables NameParticles and NameLinks may stand between the
// capitalised ones ("Ursula von der Leyen", "Bank of England").
func (g *Graph) isName(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	for w := range strings.FieldsSeq(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !g.stemmer.lang.Lookup(w).In.Any(nameWords) {
			return false
		}
	}
	return true
}

// nameWords are the tables of the lower-case words of names.
var nameWords = language.SetOf(language.NameParticles, language.NameLinks)

// match reports whether records i and j are one statement by their
// speakers, occasions and words, and how close their words are.
func (c *clustering) match(i, j int32) (float64, bool) { return c.compare(i, j, false) }

// compare is match. When lenient, a wording with no named speaker is held
// to the same bar as one of the same speaker: fits uses it to try a
// wording against a statement's members one by one, where most of them
// must agree.
func (c *clustering) compare(i, j int32, lenient bool) (float64, bool) {
	g := c.g
	if c.lens[i] > c.lens[j] {
		i, j = j, i
	}
	// Two wordings of enough content terms that share too few of them
	// for the threshold are neither the same words, near-exact nor
	// re-wordings: the common case, settled from their sets of terms
	// alone, before their records are read.
	k := shared(c.sets[i], c.sets[j])
	inCommon := k
	m := min(len(c.sets[i]), len(c.sets[j]))
	if m >= minLinkTerms && float64(k+maxSynonyms(m)) < g.opts.Threshold*float64(m)-1e-9 {
		return 0, false
	}
	r, s := g.quotes[i], g.quotes[j]
	if r.article == s.article && linkable(r) && linkable(s) {
		return 0, false // two full quotations in one article are two utterances
	}
	if daysConflict(r.days, s.days, otherOutlet(r, s)) {
		return 0, false // said on two days
	}
	if given(r.relation()) && given(s.relation()) && r.outlet != s.outlet && !c.verbatim(i, j) {
		// Words given to two outlets are two occasions, unless they are
		// the same long run of words: one interview given to a
		// broadcaster and in advance to an agency.
		return 0, false
	}
	// The words, stop words included, in order: near-exact wordings.
	wm := len(r.words())
	if wm == 0 {
		return 0, false
	}
	// Each content term of r that s lacks is a word of r that cannot be
	// matched: a bound on the words in common that settles most pairs
	// without comparing their words in order.
	wk := wm - (len(r.order()) - k)
	apart := c.apart(r, s)
	if apart && (wm < minCrossWords || float64(wk) < crossSpeaker*float64(wm)-1e-9) && !c.requoted(i, j) {
		// Published more than MaxGap apart: another occasion, unless the
		// later quotes the earlier's words again (see quotedAgain), which
		// the bound on their words in common may rule out already.
		return 0, false
	}
	if float64(wk) >= nearExact*float64(wm)-1e-9 {
		wk = c.lcs.related(r.words(), s.words(), nil, nil)
	}
	wsim := float64(wk) / float64(wm)
	verbatim := wsim >= crossSpeaker && wm >= minCrossWords
	if apart && !verbatim && !c.requoted(i, j) {
		return 0, false
	}
	exact := r.exact == s.exact && len(r.words()) == len(s.words())
	// Near-exact: the content terms of the shorter kept, but for one in
	// five, and most of its words in order ("to quickly end the war" is
	// not near "to end the war").
	// A short wording is near only when its words stand in the other as
	// they are, one after another ("very bad" in "These are very bad
	// remarks", not "It's time" in "so it keeps rising over time"), and a
	// single word never is.
	near := exact || k >= len(r.order())-len(r.order())/minLinkTerms && wsim >= nearExact &&
		(wm >= minNearWords || wm >= 2 && wk == wm && contains(s.words(), r.words()))
	speakers := c.speakers(i, j)
	if lenient && speakers == anonymousSpeaker {
		speakers = sameSpeakers
	}
	switch speakers {
	case otherSpeakers:
		// The same words given to a person and to an organisation are
		// the organisation's words through its person ("the Kremlin
		// said", "Peskov said").
		orgAndPerson := r.speakerType() == attribution.Organization && s.speakerType() == attribution.Person ||
			r.speakerType() == attribution.Person && s.speakerType() == attribution.Organization
		return wsim, verbatim || orgAndPerson && wm >= minShared && (exact || near)
	case anonymousSpeaker:
		// Words nobody is named for need a run of four at least, two of
		// them rare: "deeply troubling" and "Oh, my God" are anyone's.
		if exact && wm >= minAnonymousWords || near && (wm >= minNearWords || wm >= minAnonymousWords && c.sharedRare(i, j) >= minRare) {
			return wsim, true
		}
	default:
		if exact {
			return 2, true
		}
		if near {
			return 1 + wsim/2, true
		}
	}
	// The content terms, in order: re-wordings and translations, where
	// synonyms count as one term ("truce", "ceasefire"). Two quotations of
	// one article join only as the same words: an article that quotes a
	// speaker twice in other words quotes two remarks.
	if k < 1 || r.article == s.article {
		return 0, false
	}
	// Words every other quotation holds ("people", "time", "great")
	// vouch for nothing: a re-wording must share words that are not.
	rare := c.sharedRare(i, j)
	c.cr = g.stemmer.conceptsOf(r.order(), r.keys(), r.order(), c.cr[:0])
	c.cs = g.stemmer.conceptsOf(s.order(), s.keys(), s.order(), c.cs[:0])
	k = c.lcs.related(r.order(), s.order(), c.cr, c.cs)
	if few, many := r, s; float64(k) < g.opts.Threshold*float64(m) && float64(inCommon+maxSynonyms(m)) >= g.opts.Threshold*float64(m) {
		// The longer one's terms each once, at their first places, may
		// hide the run that holds the other (a long quotation that
		// says "negotiate" early, and later the passage another article
		// quotes): all its terms, in text order.
		if len(few.order()) > len(many.order()) {
			few, many = many, few
		}
		c.bufS = contentOf(many.words(), c.bufS[:0])
		if len(c.bufS) > len(many.order()) {
			c.cr = g.stemmer.conceptsOf(few.order(), few.keys(), few.order(), c.cr[:0])
			c.cs = g.stemmer.conceptsOf(many.order(), many.keys(), c.bufS, c.cs[:0])
			k = max(k, c.lcs.related(few.order(), c.bufS, c.cr, c.cs))
		}
		if float64(k) < g.opts.Threshold*float64(m) && few.kind != quote.Indirect && many.kind != quote.Indirect {
			k = max(k, c.rotated(few, many))
		}
	}
	if k < 2 {
		return 0, false
	}
	sim := float64(k) / float64(m)
	switch {
	case rare == 0 || m >= minLinkTerms && rare < minRare:
		return sim, false
	case speakers == anonymousSpeaker:
		return sim, sim >= anonymousThreshold && (k >= minLinkTerms || k >= minLinkTerms-1 && rare >= minFused)
	case r.kind == quote.Indirect || s.kind == quote.Indirect:
		// Reported speech is the writer's words: on a story's topic, any
		// two paraphrases share its names and nouns. It joins words given
		// to the outlet it names, that it shares three terms with, or
		// words it keeps most of.
		if r.outlet != "" && r.outlet == s.outlet && (given(r.relation()) || given(s.relation())) && k >= minShared {
			return sim, true
		}
		return sim, sim >= g.opts.Threshold+0.1 && k >= minShared+1
	case m < minLinkTerms:
		// A short wording must be whole in the other, in order and close
		// together.
		short, long := r, s
		if len(short.order()) > len(long.order()) {
			short, long = long, short
		}
		if k < len(short.order()) {
			// The long one's terms each once, at their first places, may
			// hide the run that holds the short one ("Don't be ashamed to
			// negotiate … Negotiations are never a surrender"): all its
			// terms, in text order.
			c.bufS = contentOf(long.words(), c.bufS[:0])
			c.cr = g.stemmer.conceptsOf(short.order(), short.keys(), short.order(), c.cr[:0])
			c.cs = g.stemmer.conceptsOf(long.order(), long.keys(), c.bufS, c.cs[:0])
			k = c.lcs.related(short.order(), c.bufS, c.cr, c.cs)
			sim = float64(k) / float64(m)
		}
		switch {
		case k == len(short.order()):
		case k == len(short.order())-1 && k >= minFused && rare >= minFused:
			// A partial quotation that fuses two phrases of the words
			// ("mentally deranged dotard and gangster"), or trims one word,
			// keeps all but one of its terms, each rare.
			return sim, true
		default:
			return sim, false
		}
		c.bufR = contentOf(short.words(), c.bufR[:0])
		c.bufS = contentOf(long.words(), c.bufS[:0])
		c.cr = g.stemmer.conceptsOf(short.order(), short.keys(), c.bufR, c.cr[:0])
		c.cs = g.stemmer.conceptsOf(long.order(), long.keys(), c.bufS, c.cs[:0])
		return sim, inOrder(c.bufR, c.bufS, func(i, j int) bool { return c.bufR[i] == c.bufS[j] || meet(c.cr[i], c.cs[j]) })
	}
	return sim, sim >= g.opts.Threshold && k >= minShared
}

// rotated returns the most terms few and many share in order when few's
// sentences are read from one of them onwards and then from its start: a
// translation may give two sentences in the other order ("As concerns
// treason, it must be punished. It is the most despicable crime" / "Treason
// is the gravest crime, and traitors must be punished"). Words are not
// reordered within a sentence: a quotation that merely shares a story's
// words in another order ("wants to see people stop dying" / "people are
// dying … I want") stays apart.
func (c *clustering) rotated(few, many *record) int {
	n := len(few.order())
	c.bufR = append(append(c.bufR[:0], few.order()...), few.order()...)
	c.cr = c.g.stemmer.conceptsOf(few.order(), few.keys(), c.bufR, c.cr[:0])
	c.cs = c.g.stemmer.conceptsOf(many.order(), many.keys(), many.order(), c.cs[:0])
	best := 0
	for b := range sentenceEnds(c.g.opts.Language, few.text) {
		_, content, _ := c.g.stemmer.wordsIn(&c.words, few.text[:b], false)
		at := countDistinct(content)
		if at == 0 || at >= n {
			continue
		}
		best = max(best, c.lcs.related(c.bufR[at:at+n], many.order(), c.cr[at:at+n], c.cs))
	}
	return best
}

// sentenceEnds yields the byte offsets in text just after each sentence
// end that another sentence follows, as l scans the text (Language.Scan):
// a ".", "?" or "!" of its own, or the dot that ends a word ("U.S.",
// "Mr."), then one space and a word that starts with a capital letter.
func sentenceEnds(l *language.Language, text string) iter.Seq[int] {
	return func(yield func(int) bool) {
		p := tokenBufs.Get().(*[]language.Token)
		toks := l.Scan((*p)[:0], text, 0, len(text))
		defer func() {
			if cap(toks) <= maxPooled {
				*p = toks[:0]
				tokenBufs.Put(p)
			}
		}()
		for k := 0; k+1 < len(toks); k++ {
			end, next := toks[k].End, toks[k+1]
			switch last := text[end-1]; toks[k].Kind {
			case language.Punct:
				if last != '.' && last != '?' && last != '!' {
					continue
				}
			case language.Word:
				if last != '.' {
					continue
				}
			default:
				continue
			}
			if next.Kind != language.Word || next.Start != end+1 || text[end] != ' ' {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(text[next.Start:]); unicode.IsUpper(r) && !yield(end) {
				return
			}
		}
	}
}

// sharedRare returns the number of content terms records i and j share
// that are not common (see commonTerms).
func (c *clustering) sharedRare(i, j int32) int {
	return sharedExcept(c.sets[i], c.sets[j], c.common)
}

// commonTerms returns the content terms held by more of the wordings than
// maxShare of them, and at least minCommon: words of every story ("people",
// "time", "great", "thing") that say nothing of which statement a wording
// is.
func commonTerms(sets [][]term, wordings []int32) map[term]bool {
	df := make(map[term]int32)
	for _, i := range wordings {
		for _, t := range sets[i] {
			df[t]++
		}
	}
	limit := int32(max(minCommon, len(wordings)/commonShare))
	common := make(map[term]bool)
	for t, n := range df {
		if n > limit {
			common[t] = true
		}
	}
	return common
}

// similarity is Similarity of the wordings of r and s, with the
// clustering's buffers.
func (c *clustering) similarity(r, s *record) float64 {
	if len(r.order()) == 0 || len(s.order()) == 0 {
		return 0
	}
	c.cr = c.g.stemmer.conceptsOf(r.order(), r.keys(), r.order(), c.cr[:0])
	c.cs = c.g.stemmer.conceptsOf(s.order(), s.keys(), s.order(), c.cs[:0])
	k := c.lcs.related(r.order(), s.order(), c.cr, c.cs)
	return float64(k) / float64(min(len(r.order()), len(s.order())))
}

// full reports whether r is long enough to be told from other statements
// by its words alone.
func full(r *record) bool {
	return len(r.order()) >= minLinkTerms || len(r.words()) >= minNearWords
}

// linkable reports whether r is a full quotation: direct, with enough
// content terms to be an utterance of its own.
func linkable(r *record) bool {
	return r.kind == quote.Direct && len(r.order()) >= minLinkTerms
}

// otherOutlet reports whether r and s were given to different outlets, or
// one to an outlet and the other not.
func otherOutlet(r, s *record) bool {
	return given(r.relation()) != given(s.relation()) || given(r.relation()) && r.outlet != s.outlet
}

// quotedAgain reports whether one of records i and j quotes the other's
// words again, so that they are one statement however far apart they were
// published: the same long run of words (see verbatim), or, of one
// speaker, the same words, of which two are not common, one after another
// ("the edge of a precipice", quoted three weeks after the interview).
func (c *clustering) quotedAgain(i, j int32) bool {
	return c.verbatim(i, j) || c.requoted(i, j)
}

// requoted is quotedAgain but for the same long run of words: the same
// speaker's words, two of them rare, one after another.
func (c *clustering) requoted(i, j int32) bool {
	if c.speakers(i, j) != sameSpeakers || c.sharedRare(i, j) < minRare {
		return false
	}
	r, s := c.g.quotes[i], c.g.quotes[j]
	if len(r.words()) > len(s.words()) {
		r, s = s, r
	}
	return len(r.words()) >= 2 && contains(s.words(), r.words())
}

// verbatim reports whether the wordings of records i and j are one long
// run of words: the shorter's words nearly all in the other, in order.
func (c *clustering) verbatim(i, j int32) bool {
	r, s := c.g.quotes[i], c.g.quotes[j]
	wm := min(len(r.words()), len(s.words()))
	if wm < minCrossWords {
		return false
	}
	return float64(c.lcs.related(r.words(), s.words(), nil, nil)) >= crossSpeaker*float64(wm)
}

// apart reports whether r and s were published more than MaxGap apart.
func (c *clustering) apart(r, s *record) bool {
	if c.g.opts.MaxGap <= 0 {
		return false
	}
	a, b := c.when[r.article], c.when[s.article]
	return a != 0 && b != 0 && time.Duration(max(a, b)-min(a, b))*time.Second > c.g.opts.MaxGap
}

// maxSynonyms bounds the terms of a wording of m terms that may match
// another's only through a synonym: a translation keeps most of its terms
// as they are (names, numbers, most nouns) and renders a few in other
// words. It lets match settle the common case, two wordings that share too
// few terms, without comparing them in order.
func maxSynonyms(m int) int { return m/3 + 1 }

// daysConflict reports whether two sets of weekdays (bits 1<<time.Weekday)
// name different occasions: no day in common, and the days apart by more
// than one, or by one when the words were also given to different outlets
// (or to one and to none). A day apart alone is not enough: "on Thursday"
// in Washington is "on Friday" in Seoul.
func daysConflict(a, b uint8, otherOutlet bool) bool {
	if a == 0 || b == 0 || a&b != 0 {
		return false
	}
	if otherOutlet {
		return true
	}
	const week = 0x7f
	next := (a<<1 | a>>6) & week
	prev := (a>>1 | a<<6) & week
	return (next|prev)&b == 0
}

// given reports whether rel says the words were given to the outlet, so
// that the outlet marks the occasion.
func given(rel attribution.Relation) bool {
	return rel == attribution.Told || rel == attribution.Interview
}

// kindRank orders the kinds of quotation by how well they stand for a
// statement: the speaker's words in full, then in part, then reported.
func kindRank(k quote.Kind) int {
	switch k {
	case quote.Direct:
		return 2
	case quote.Partial:
		return 1
	}
	return 0
}

// sameName reports whether two resolved names name one speaker: equal but
// for case, or one the end of the other ("Trump", "Donald Trump").
func sameName(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if strings.EqualFold(a, b) {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(b) > len(a) && b[len(b)-len(a)-1] == ' ' && strings.EqualFold(b[len(b)-len(a):], a)
}

// contains reports whether the terms of short stand in long one after
// another.
func contains(long, short []term) bool {
	for i := 0; i+len(short) <= len(long); i++ {
		if slices.Equal(long[i:i+len(short)], short) {
			return true
		}
	}
	return false
}

// inOrder reports whether the terms of short appear in long in the same
// order, with at most three others between each two; same tells whether
// short[i] and long[j] match.
func inOrder(short, long []term, same func(i, j int) bool) bool {
	const maxGap = 3
	if len(short) == 0 {
		return false
	}
	for start := range long {
		if !same(0, start) {
			continue
		}
		k, last := 1, start
		for j := start + 1; j < len(long) && k < len(short) && j-last <= maxGap+1; j++ {
			if same(k, j) {
				k++
				last = j
			}
		}
		if k == len(short) {
			return true
		}
	}
	return false
}

// nameKey returns a hash of the last word of a speaker's name, which two
// names of one speaker share ("Trump", "Donald Trump"; see sameName), or 0
// for no name.
func nameKey(name string) uint32 {
	if name == "" {
		return 0
	}
	if k := strings.LastIndexByte(name, ' '); k >= 0 {
		name = name[k+1:]
	}
	return fold.Hash(name) | 1 // never 0
}

// sortedSets returns the terms of each record, sorted, in one allocation.
func sortedSets(records []*record) [][]term {
	total := 0
	for _, r := range records {
		total += len(r.order())
	}
	arena := make([]term, 0, total)
	sets := make([][]term, len(records))
	for i, r := range records {
		start := len(arena)
		arena = append(arena, r.order()...)
		sets[i] = arena[start:len(arena):len(arena)]
		slices.Sort(sets[i])
	}
	return sets
}
