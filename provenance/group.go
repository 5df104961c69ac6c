package provenance

// This file grows statements from links: a forest over records, and the
// test that two statements fit as wholes.

import (
	"slices"
	"time"

	"github.com/quotetrace/quotetrace/quote"
)

// A group is a statement being built.
type group struct {
	rep     int32   // the record that stands for it
	members []int32 // record indexes
	// first and last are the earliest and latest publication times of its
	// articles, in Unix seconds; first > last when none is known.
	first, last int64
	outlets     []string // the outlets its words were given to
	days        uint8    // the weekdays its attributions name
}

// find returns the root of record i's statement.
func (c *clustering) find(i int32) int32 {
	for c.parent[i] != i {
		c.parent[i] = c.parent[c.parent[i]]
		i = c.parent[i]
	}
	return i
}

// groupOf returns the statement whose root is the record root. A record
// alone is a statement of its own that is not kept: its group is written
// into scratch, so that the many links refused between lone records
// allocate nothing.
func (c *clustering) groupOf(root int32, scratch *group) *group {
	if gr, ok := c.groups[root]; ok {
		return gr
	}
	r := c.g.quotes[root]
	*scratch = group{rep: root, members: scratch.members[:0], first: 1, last: 0, days: r.days, outlets: scratch.outlets[:0]}
	scratch.members = append(scratch.members, root)
	if t := c.when[r.article]; t != 0 {
		scratch.first, scratch.last = t, t
	}
	if given(r.relation()) && r.outlet != "" {
		scratch.outlets = append(scratch.outlets, r.outlet)
	}
	return scratch
}

// join carries out the link l when the two statements it joins fit, and
// reports whether they are one statement now.
func (c *clustering) join(l link) bool {
	a, b := c.find(l.i), c.find(l.j)
	if a == b {
		return true
	}
	ga, gb := c.groupOf(a, &c.lone[0]), c.groupOf(b, &c.lone[1])
	if !l.force && !c.fits(ga, gb) {
		return false
	}
	// The larger keeps its root; the smaller root index on a tie, so
	// that the forest does not depend on the order of the links.
	if len(ga.members) < len(gb.members) || len(ga.members) == len(gb.members) && a > b {
		a, b, ga, gb = b, a, gb, ga
	}
	if ga == &c.lone[0] || ga == &c.lone[1] {
		kept := *ga
		kept.members = slices.Clone(ga.members)
		kept.outlets = slices.Clone(ga.outlets)
		ga = &kept
		c.groups[a] = ga
	}
	c.parent[b] = a
	delete(c.groups, b)
	ga.members = append(ga.members, gb.members...)
	if c.stands(gb.rep, ga.rep) {
		ga.rep = gb.rep
	}
	if gb.first <= gb.last {
		if ga.first > ga.last {
			ga.first, ga.last = gb.first, gb.last
		} else {
			ga.first, ga.last = min(ga.first, gb.first), max(ga.last, gb.last)
		}
	}
	for _, o := range gb.outlets {
		if !slices.Contains(ga.outlets, o) {
			ga.outlets = append(ga.outlets, o)
		}
	}
	ga.days |= gb.days
	return true
}

// fits reports whether two statements may be one: their occasions agree
// (outlets the words were given to, publication times within MaxGap of
// each other's, weekdays), and the wording of one is close to the other as a
// whole: to its representative, or to most of its members.
func (c *clustering) fits(a, b *group) bool {
	g := c.g
	if len(a.outlets) > 0 && len(b.outlets) > 0 && !slices.ContainsFunc(a.outlets, func(o string) bool { return slices.Contains(b.outlets, o) }) {
		// Given to two outlets: one occasion only when the words are
		// the same long run (see compare).
		return c.verbatim(a.rep, b.rep)
	}
	otherOutlet := len(a.outlets) != len(b.outlets) || len(a.outlets) > 0 && !slices.Equal(a.outlets, b.outlets)
	if daysConflict(a.days, b.days, otherOutlet) {
		return false
	}
	if g.opts.MaxGap > 0 && a.first <= a.last && b.first <= b.last {
		// The time between the two statements' articles: none when their
		// spans overlap.
		gap := time.Duration(max(a.first, b.first)-min(a.last, b.last)) * time.Second
		if gap > g.opts.MaxGap {
			// Only a quotation of the statement's words again is so far
			// from it.
			return c.quotedAgain(a.rep, b.rep)
		}
	}
	if _, ok := c.match(a.rep, b.rep); ok {
		return true
	}
	// The smaller's representative against the larger's full quotations,
	// half of which must agree: short ones ("Rocket Man") fit too many
	// statements to vouch for one, and reported speech is the writer's
	// words (see vouch).
	big, small := a, b
	if len(big.members) < len(small.members) {
		big, small = small, big
	}
	if c.vouched(big, small.rep) {
		return true
	}
	// The other way round: the smaller's full quotations against the
	// larger's representative, which may be a long passage that holds
	// what each of them quotes.
	return len(small.members) > 1 && c.vouched(small, big.rep)
}

// vouched reports whether half of the full quotations of gr, other than
// its representative, match record i; reported speech counts only for a
// statement known only in reported speech.
func (c *clustering) vouched(gr *group, i int32) bool {
	checked, ok := c.vouch(gr, i, false)
	if checked == 0 {
		checked, ok = c.vouch(gr, i, true)
	}
	return checked > 0 && 2*ok >= checked
}

// vouch compares record i with up to maxMajority of the full quotations
// of gr, other than its representative, with reported speech or without,
// and returns how many it compared and how many match.
func (c *clustering) vouch(gr *group, i int32, reported bool) (checked, ok int) {
	for _, m := range gr.members {
		if r := c.g.quotes[m]; m == gr.rep || !full(r) || (r.kind == quote.Indirect) != reported {
			continue
		}
		if checked == maxMajority {
			break
		}
		checked++
		if _, yes := c.compare(m, i, true); yes {
			ok++
		}
	}
	return checked, ok
}

// stands reports whether record i stands for a statement better than
// record j: a direct quotation before a partial one before reported
// speech, then the one with more content terms, then the earlier.
func (c *clustering) stands(i, j int32) bool {
	r, s := c.g.quotes[i], c.g.quotes[j]
	if kr, ks := kindRank(r.kind), kindRank(s.kind); kr != ks {
		return kr > ks
	}
	if len(r.order()) != len(s.order()) {
		return len(r.order()) > len(s.order())
	}
	return c.rank[i] < c.rank[j]
}
