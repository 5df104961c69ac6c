package attribution

import (
	"sort"
	"strings"

	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
)

// Confidence of an attribution whose outlet is named away from the
// quotation: a little lower the further away.
const (
	paragraphScopeFactor = 0.95
	articleScopeFactor   = 0.9
)

// maxLinkCues is how many cues back linkOutlets looks for the outlet the
// same speaker was last said to have spoken to.
const maxLinkCues = 24

// An outletLink is a quotation of an article waiting for linkOutlets.
type outletLink struct {
	quote       int     // index in Result.Quotes
	first, last int     // the sentences the quotation spans
	cue         *cue    // the quotation's cue, or nil
	entity      *entity // who said it, or nil
	// indirect is set for reported speech, which takes an outlet named
	// beyond its sentence only from its paragraph: "Smith appeared on
	// CNN on Sunday. She said …"; further away, a verb such as
	// "reported earning" or "told voters" is as likely another occasion.
	indirect bool
}

// An ownedCitation is a citation of the article, with the sentence it
// stands in and the cue of the speaker whose words it cites.
type ownedCitation struct {
	cit   *Citation
	sent  int
	owner owner
}

// linkOutlets gives each quotation of links that its own sentence gives
// no outlet the outlet the article gives elsewhere, and sets the scope of
// every outlet. A quotation with a speaker takes, in this order (reported
// speech only the first):
//
//  1. a citation in its paragraph, before it, of the same speaker's words
//     ("Trump said in a telephone interview with NBC News … “…,” he
//     said.") or of an outlet reporting on its own ("Reuters reported
//     …"), else one after it that the same speaker is said to have told,
//     been interviewed by or quoted by;
//  2. the outlet the same speaker was last said to have told, been
//     interviewed by or quoted by, before the paragraph, unless another
//     person has spoken since;
//  3. the one outlet the article says the speaker told, was interviewed
//     by or was quoted by, if there is only one and it is named before
//     the quotation.
//
// None of them when the quotation's sentence names another occasion for
// the words: "on Twitter", "at a rally".
//
// The confidence of the attribution is lowered a little for an outlet
// named in another sentence, and a little more for one in another
// paragraph.
func (st *state) linkOutlets(res *Result, links []outletLink) {
	if len(links) == 0 {
		return
	}
	lc := st.linkContext()
	for _, l := range links {
		a := &res.Quotes[l.quote]
		if a.Outlet == nil && a.Speaker != nil && len(lc.cites) > 0 {
			if lc.idx == nil && !l.indirect {
				lc.idx = indexSpoken(lc.cites)
			}
			if c := st.linkedOutlet(lc.cites, lc.idx, lc.occasions, l); c != nil {
				o := *c
				a.Outlet = &o
			}
		}
		if a.Outlet == nil {
			continue
		}
		a.OutletScope = st.scopeOf(a.Outlet.Span, l)
		switch a.OutletScope {
		case ScopeParagraph:
			a.Confidence *= paragraphScopeFactor
		case ScopeArticle:
			a.Confidence *= articleScopeFactor
		}
	}
}

// A linkContext is what linkOutlets reads of an article, made once for its
// quotations and again for its reported speech.
type linkContext struct {
	art   *quote.Article // the article it was made for
	cites []ownedCitation
	// occasions[i] counts the sentences before sentence i that name an
	// occasion for words other than an outlet ("at a rally").
	occasions []int
	idx       spokenTo // made when a quotation first needs it
}

// linkContext returns the linkContext of the current article, made on the
// first call. An article that cites no outlet costs nothing.
func (st *state) linkContext() *linkContext {
	lc := &st.linked
	if lc.art == st.art && st.art != nil {
		return lc
	}
	*lc = linkContext{art: st.art}
	n := 0
	for si := range st.sentences {
		n += len(st.sentences[si].cites())
	}
	if n == 0 {
		return lc
	}
	lc.cites = make([]ownedCitation, 0, n) // the article's, in text order
	lc.occasions = make([]int, len(st.sentences)+1)
	for si := range st.sentences {
		s := &st.sentences[si]
		for k := range s.cites() {
			lc.cites = append(lc.cites, ownedCitation{&s.cites()[k].Citation, si, st.citationOwner(s, k)})
		}
		lc.occasions[si+1] = lc.occasions[si]
		if namesOccasion(s) {
			lc.occasions[si+1]++
		}
	}
	return lc
}

// linkedOutlet returns the outlet that quotation l takes from beyond its
// own sentence, as linkOutlets says, or nil. occasions counts the
// sentences that name another occasion, as in linkOutlets.
func (st *state) linkedOutlet(cites []ownedCitation, idx spokenTo, occasions []int, l outletLink) *Citation {
	para := st.sentences[l.first].para
	cueSent := -1
	if l.cue != nil {
		cueSent = st.sentenceAt(l.cue.sent.span.Start)
	}
	own := func(c ownedCitation) bool { return c.sent >= l.first && c.sent <= l.last || c.sent == cueSent }
	same := func(c ownedCitation) bool { return l.entity != nil && c.owner.speaker() == l.entity }
	spoken := func(c ownedCitation) bool {
		return c.cit.Relation == Told || c.cit.Relation == Interview || c.cit.Relation == Quoted
	}
	// The citations before the quotation and after it, in text order.
	k := sort.Search(len(cites), func(k int) bool { return cites[k].sent >= l.first })
	before, after := cites[:k], cites[k:]

	if st.otherOccasion(l, occasions, cueSent) {
		return nil // "on Twitter", "at a rally"
	}
	// apart reports whether a sentence between citation c and the
	// quotation names another occasion: the speaker has been placed
	// elsewhere since (or before) speaking to the outlet.
	apart := func(c ownedCitation) bool {
		if c.sent < l.first {
			return occasions[l.first]-occasions[c.sent+1] > 0
		}
		return occasions[c.sent]-occasions[l.last+1] > 0
	}
	// 1. In the paragraph.
	for i := len(before) - 1; i >= 0 && st.sentences[before[i].sent].para == para; i-- {
		if c := before[i]; !own(c) && !apart(c) && c.cit.Relation != Republished && (c.owner.self || same(c)) {
			return c.cit
		}
	}
	for _, c := range after {
		if st.sentences[c.sent].para != para {
			break
		}
		if !own(c) && !apart(c) && same(c) && spoken(c) {
			return c.cit
		}
	}
	if l.entity == nil && !l.indirect {
		// 2'. "the sources said": the group cited last under that name.
		return st.groupCitedBefore(before, l)
	}
	if l.entity == nil || l.indirect {
		return nil
	}
	// 2. Where the speaker was last said to have spoken to an outlet,
	// unless another person has spoken since.
	if c := st.lastSpokenTo(before, l); c != nil && !apart(*c) {
		return c.cit
	}
	// 3. The one outlet the article says the speaker spoke to, named
	// before the quotation.
	return idx.onlyOutlet(cites, occasions, l, cueSent)
}

// otherOccasion reports whether the sentences of quotation l or of its
// cue (sentence cueSent, or -1), or the sentence before them when it names
// no outlet, say the words were said on another occasion than to an
// outlet: "on Twitter", "Trump posted a photo with the caption: “…”" (see
// the table language.OccasionWords). occasions counts the sentences that
// name one, as in linkOutlets.
func (st *state) otherOccasion(l outletLink, occasions []int, cueSent int) bool {
	names := func(si int) bool { return occasions[si+1] > occasions[si] }
	if occasions[l.last+1] > occasions[l.first] || cueSent >= 0 && names(cueSent) {
		return true
	}
	if l.cue != nil && cueSent < 0 && namesOccasion(l.cue.sent) {
		return true
	}
	return l.first > 0 && len(st.sentences[l.first-1].cites()) == 0 && names(l.first-1)
}

// namesOccasion reports whether s, outside its quotations, names an
// occasion for words other than an outlet.
func namesOccasion(s *sentence) bool {
	for k := range s.toks.len() {
		if s.toks.at(k).in(language.OccasionWords) && s.toks.at(k).quote() < 0 {
			return true
		}
	}
	return false
}

// lastSpokenTo returns the citation of before, the citations before
// quotation l, that last cites words of l's speaker told to an outlet,
// given in an interview or quoted by it, unless a cue of another person
// stands between it and the quotation; or nil.
func (st *state) lastSpokenTo(before []ownedCitation, l outletLink) *ownedCitation {
	i := len(before) - 1
	seen := 0
	for si := l.first; si >= 0 && i >= 0 && seen < maxLinkCues; si-- {
		s := &st.sentences[si]
		for ; i >= 0 && before[i].sent == si; i-- {
			c := before[i]
			rel := c.cit.Relation
			if c.owner.speaker() == l.entity && (rel == Told || rel == Interview || rel == Quoted) {
				return &before[i]
			}
		}
		if si == l.first {
			continue // the quotation's own sentence holds its own cue
		}
		cues := s.cues()
		for j := len(cues) - 1; j >= 0 && seen < maxLinkCues; j, seen = j-1, seen+1 {
			c := &cues[j]
			if c.speaker.is(Person) && c.entity != nil && c.entity != l.entity {
				return nil // another person has spoken since
			}
		}
	}
	return nil
}

// groupCitedBefore returns, for a quotation of a group named with "the"
// ("the sources said", "the officials added"), the citation of before
// that last cites the words of a group of the same name ("The Washington
// Post cited sources familiar with the talks as saying"), or nil. Groups
// are no entities of coreference: their name alone links them. The
// occasions named between are not the group's: anonymous sources speak to
// the outlet that cites them, of what happened elsewhere ("during the
// call").
func (st *state) groupCitedBefore(before []ownedCitation, l outletLink) *Citation {
	if l.cue == nil || !l.cue.speaker.is(Group) {
		return nil
	}
	sp := l.cue.speaker
	if m := st.text[sp.span.Start:sp.span.End]; !strings.HasPrefix(m, "the ") && !strings.HasPrefix(m, "The ") {
		return nil // "sources said": not the ones named before
	}
	for i := len(before) - 1; i >= 0; i-- {
		c := before[i]
		if o := c.owner.cue; o != nil && !c.owner.self && o.speaker.is(Group) && o.speaker.name == sp.name && o != l.cue {
			if c.cit.Relation == Republished {
				return nil
			}
			return c.cit
		}
	}
	return nil
}

// scopeOf returns how far from quotation l the outlet cited at span sp is
// named.
func (st *state) scopeOf(sp quote.Span, l outletLink) Scope {
	si := st.sentenceAt(sp.Start)
	switch {
	case si >= l.first && si <= l.last, l.cue != nil && si >= 0 && &st.sentences[si] == l.cue.sent:
		return ScopeSentence
	case si >= 0 && (st.sentences[si].para == st.sentences[l.first].para || st.sentences[si].para == st.sentences[l.last].para):
		return ScopeParagraph
	}
	return ScopeArticle
}
