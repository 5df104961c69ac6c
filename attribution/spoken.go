package attribution

import (
	"sort"

	"github.com/quotetrace/quotetrace/quote"
)

// spokenTo indexes the article's citations for step 3 of linkOutlets, "the
// one outlet the article says the speaker spoke to": for each speaker, the
// citations of words the speaker told an outlet, gave it in an interview
// or was quoted by it. With it, each quotation reads a few of them instead
// of every citation of the article, which made an article of many
// quotations and citations cost quadratic time.
type spokenTo map[*entity]*spokenList

// A spokenList is one speaker's citations, in text order.
type spokenList struct {
	at []int // indices in the article's citations
	// next[j] is the first k > j whose outlet is not that of at[j], or
	// len(at): at[j:next[j]] name one outlet.
	next []int
}

// indexSpoken returns the index of cites, the article's citations in text
// order.
func indexSpoken(cites []ownedCitation) spokenTo {
	idx := spokenTo{}
	for i, c := range cites {
		e := c.owner.speaker()
		if e == nil || !isSpoken(c) {
			continue
		}
		l := idx[e]
		if l == nil {
			l = &spokenList{}
			idx[e] = l
		}
		l.at = append(l.at, i)
	}
	for _, l := range idx {
		l.next = make([]int, len(l.at))
		for j := len(l.at) - 1; j >= 0; j-- {
			l.next[j] = len(l.at)
			if j+1 < len(l.at) {
				l.next[j] = j + 1
				if cites[l.at[j+1]].cit.Outlet == cites[l.at[j]].cit.Outlet {
					l.next[j] = l.next[j+1]
				}
			}
		}
	}
	return idx
}

// isSpoken reports whether citation c is of words told to its outlet, given
// in an interview with it or quoted by it.
func isSpoken(c ownedCitation) bool {
	r := c.cit.Relation
	return r == Told || r == Interview || r == Quoted
}

// onlyOutlet returns, of the citations of l's speaker in idx other than
// those of sentences l.first to l.last and cueSent, the nearest one before
// the quotation, when they all name one outlet and no sentence between it
// and the quotation names another occasion (see linkedOutlet); else nil.
func (idx spokenTo) onlyOutlet(cites []ownedCitation, occasions []int, l outletLink, cueSent int) *Citation {
	list := idx[l.entity]
	if l.entity == nil || list == nil {
		return nil
	}
	at := list.at
	// first returns the first index of at whose sentence is at least si.
	first := func(si int) int {
		return sort.Search(len(at), func(j int) bool { return cites[at[j]].sent >= si })
	}
	// The quotation's own sentences, and the sentence of its cue, are
	// left out: at[a0:a1] and at[b0:b1].
	a0, a1 := first(l.first), first(l.last+1)
	b0, b1 := a1, a1
	if cueSent >= 0 && (cueSent < l.first || cueSent > l.last) {
		if b := first(cueSent); b < first(cueSent+1) {
			b0, b1 = b, first(cueSent+1)
		}
	}
	lo, hi := [2]int{a0, a1}, [2]int{b0, b1}
	if b0 < a0 {
		lo, hi = hi, lo
	}
	// The rest, in up to three runs, must name one outlet.
	outlet, seen := "", false
	for _, seg := range [3][2]int{{0, lo[0]}, {lo[1], hi[0]}, {hi[1], len(at)}} {
		a, b := seg[0], seg[1]
		if a >= b {
			continue
		}
		if list.next[a] < b || seen && cites[at[a]].cit.Outlet != outlet {
			return nil // two outlets: the article does not say which
		}
		outlet, seen = cites[at[a]].cit.Outlet, true
	}
	// The nearest before the quotation.
	j := a0 - 1
	if b0 < b1 && b0 <= j && j < b1 {
		j = b0 - 1
	}
	if j < 0 {
		return nil
	}
	c := cites[at[j]]
	if occasions[l.first]-occasions[c.sent+1] > 0 || c.cit.Span == (quote.Span{}) {
		return nil
	}
	return c.cit
}
