package provenance

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/quote"
)

// Bounds on the statement search.
const (
	// minLinkTerms is the fewest terms both wordings need for a link
	// between them at the threshold. A shorter wording (a partial quote,
	// "better not say") joins only the one wording that holds all of its
	// terms best, so that a phrase common to two statements cannot join
	// them into one.
	minLinkTerms = 5
	// minTerms is the fewest terms a wording needs to join any other.
	minTerms = 2
	// minShared is the fewest terms two linked wordings must share.
	minShared = 3
	// anonymousThreshold is the similarity two wordings need when either
	// has no named speaker.
	anonymousThreshold = 0.8
	// maxPosting bounds the quotations a term may be in and still find
	// candidates: a term that common says little about which statement a
	// wording is, and would make the search quadratic.
	maxPosting = 4096
)

// A clustering is the work of one Trace: the records in canonical order and
// the statement each belongs to.
type clustering struct {
	g     *Graph
	order []int32 // record indexes in canonical order
	rank  []int32 // record index → place in order
	uf    unionFind
}

// canonicalOrder returns the record indexes sorted by article ID and then
// by quotation, and the inverse permutation.
func (g *Graph) canonicalOrder() (order, rank []int32) {
	order = make([]int32, len(g.quotes))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		ra, rb := g.quotes[a], g.quotes[b]
		if c := strings.Compare(g.articles[ra.article].info.ID, g.articles[rb.article].info.ID); c != 0 {
			return c
		}
		return cmp.Compare(ra.quote, rb.quote)
	})
	rank = make([]int32, len(order))
	for i, q := range order {
		rank[q] = int32(i)
	}
	return order, rank
}

// statements groups the records into statements: lists of record indexes in
// canonical order, the lists in the order of their first records.
//
// Candidates come from the inverted index by prefix filtering: two
// wordings whose similarity reaches the threshold t share at least
// ⌈t·n⌉ of the n terms of the smaller, so the smaller's n−⌈t·n⌉+1 rarest
// terms hold at least one of them, and probing the index with those finds
// the pair. Only candidates are verified: no pair is compared that shares
// no rare term.
func (c *clustering) statements() [][]int32 {
	g := c.g
	n := len(g.quotes)
	c.uf = newUnionFind(n)
	t := g.opts.Threshold

	// cands[i] are the wordings that record i, which is not linkable,
	// could join.
	cands := make(map[int32][]candidate)
	seen := make([]int32, n) // seen[j] == i+1: j is a candidate of i already
	var prefix []term
	for _, i := range c.order {
		r := g.quotes[i]
		if len(r.terms) < minTerms {
			continue
		}
		prefix = append(prefix[:0], r.terms...)
		slices.SortFunc(prefix, func(a, b term) int {
			if c := cmp.Compare(len(g.postings[a]), len(g.postings[b])); c != 0 {
				return c
			}
			return cmp.Compare(a, b)
		})
		need := int(math.Ceil(t*float64(len(r.terms)) - 1e-9))
		prefix = prefix[:len(r.terms)-need+1]
		for _, tm := range prefix {
			post := g.postings[tm]
			if len(post) > maxPosting {
				break // the rest are commoner still
			}
			for _, j := range post {
				if j == i || seen[j] == i+1 {
					continue
				}
				seen[j] = i + 1
				s := g.quotes[j]
				// Each pair is looked at once, from its smaller side.
				if len(s.terms) < len(r.terms) || len(s.terms) == len(r.terms) && c.rank[j] < c.rank[i] {
					continue
				}
				sim, ok := c.verify(r, s)
				if !ok {
					continue
				}
				switch lr, ls := c.linkable(r), c.linkable(s); {
				case lr && ls && r.article != s.article:
					c.uf.union(i, j)
				case lr && ls:
					// Two full quotations in one article are two
					// utterances: an article does not quote the same
					// words twice.
				case !lr:
					cands[i] = append(cands[i], candidate{j, sim})
				default:
					cands[j] = append(cands[j], candidate{i, sim})
				}
			}
		}
	}
	// Short wordings join the statement they fit best; a statement's size
	// breaks ties, so "neither confirm nor deny" joins the statement most
	// articles report. The choices are made before any is carried out, so
	// that they do not depend on one another's order.
	size := make([]int32, n)
	for i := range n {
		size[c.uf.find(int32(i))]++
	}
	joins := make([][2]int32, 0, len(cands))
	for _, i := range c.order {
		if cs := cands[i]; len(cs) > 0 {
			joins = append(joins, [2]int32{i, c.best(cs, size)})
		}
	}
	for _, j := range joins {
		c.uf.union(j[0], j[1])
	}
	// Gather the statements in canonical order.
	index := make(map[int32]int, n/2)
	var out [][]int32
	for _, i := range c.order {
		root := c.uf.find(i)
		k, ok := index[root]
		if !ok {
			k = len(out)
			index[root] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], i)
	}
	return out
}

// linkable reports whether r may link with others into a statement: a
// direct quotation with enough terms. The others (partial quotations,
// reported speech, short wordings) join the one wording they fit best, so
// that none of them can bridge two statements.
func (c *clustering) linkable(r *record) bool {
	return r.kind == quote.Direct && len(r.terms) >= minLinkTerms
}

// A candidate is a wording a short one could join, and their similarity.
type candidate struct {
	j   int32
	sim float64
}

// best returns the wording of cs to join: the fullest match, then the one
// in the largest statement, then the longest wording, then the earliest.
func (c *clustering) best(cs []candidate, size []int32) int32 {
	b := cs[0]
	for _, x := range cs[1:] {
		if c.compare(x, b, size) > 0 {
			b = x
		}
	}
	return b.j
}

// compare orders two candidates; see best.
func (c *clustering) compare(x, y candidate, size []int32) int {
	if r := cmp.Compare(x.sim, y.sim); r != 0 {
		return r
	}
	if r := cmp.Compare(size[c.uf.find(x.j)], size[c.uf.find(y.j)]); r != 0 {
		return r
	}
	if r := cmp.Compare(len(c.g.quotes[x.j].terms), len(c.g.quotes[y.j].terms)); r != 0 {
		return r
	}
	return cmp.Compare(c.rank[y.j], c.rank[x.j])
}

// verify reports whether the records r (the smaller) and s are one
// statement, and their similarity.
func (c *clustering) verify(r, s *record) (float64, bool) {
	g := c.g
	if !sameOccasion(g, r, s) {
		return 0, false
	}
	// The share of terms in common bounds the similarity: check it first,
	// as it is cheaper.
	k := shared(r.terms, s.terms)
	m := min(len(r.terms), len(s.terms))
	if k < minTerms || float64(k) < g.opts.Threshold*float64(m)-1e-9 {
		return 0, false
	}
	k = lcs(r.order, s.order)
	sim := float64(k) / float64(m)
	anonymous := r.speaker == "" || s.speaker == ""
	switch {
	case anonymous:
		return sim, sim >= anonymousThreshold && k >= minLinkTerms
	case !sameSpeaker(r, s):
		return 0, false
	case (r.kind == quote.Indirect || s.kind == quote.Indirect) && !(given(r.relation) && r.outlet == s.outlet):
		// Reported speech is the writer's words: on a story's topic, any
		// two paraphrases share its names and nouns. It joins only words
		// said to the same outlet.
		return 0, false
	case len(r.terms) < minLinkTerms:
		// A short wording must be whole in the other, in order and close
		// together.
		return sim, k == len(r.terms) && inOrder(r.seq, s.seq)
	}
	return sim, sim >= g.opts.Threshold && k >= minShared
}

// sameOccasion reports whether r and s can be words of one occasion: not
// given to two different outlets, and not published too far apart.
func sameOccasion(g *Graph, r, s *record) bool {
	if given(r.relation) && given(s.relation) && r.outlet != s.outlet {
		return false
	}
	if g.opts.MaxGap > 0 {
		a, b := g.articles[r.article].info.Published, g.articles[s.article].info.Published
		if !a.IsZero() && !b.IsZero() {
			d := a.Sub(b)
			if d < 0 {
				d = -d
			}
			if d > g.opts.MaxGap {
				return false
			}
		}
	}
	return true
}

// given reports whether rel says the words were given to the outlet, so
// that the outlet marks the occasion.
func given(rel attribution.Relation) bool {
	return rel == attribution.Told || rel == attribution.Interview
}

// sameSpeaker reports whether r and s are said by one speaker, or one
// relays the other's ("Trump said Putin told him …" and "…, Trump said").
func sameSpeaker(r, s *record) bool {
	return sameName(r.speaker, s.speaker) || sameName(r.speaker, s.via) || sameName(r.via, s.speaker)
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

// inOrder reports whether the terms of short appear in long in the same
// order, with at most a few others between each two.
func inOrder(short, long []term) bool {
	const maxGap = 3
	for start := range long {
		if long[start] != short[0] {
			continue
		}
		k, last := 1, start
		for j := start + 1; j < len(long) && k < len(short) && j-last <= maxGap+1; j++ {
			if long[j] == short[k] {
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

// unionFind is a disjoint-set forest over record indexes.
type unionFind []int32

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = int32(i)
	}
	return u
}

func (u unionFind) find(i int32) int32 {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

// union joins the sets of i and j. The smaller root index becomes the root,
// so the result does not depend on the order of the unions.
func (u unionFind) union(i, j int32) {
	a, b := u.find(i), u.find(j)
	if a == b {
		return
	}
	if a > b {
		a, b = b, a
	}
	u[b] = a
}
