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
	maxPosting = 1024
)

// A clustering is the work of one Trace: the records in canonical order and
// the statement each belongs to.
type clustering struct {
	g     *Graph
	order []int32 // record indexes in canonical order
	rank  []int32 // record index → place in order
	uf    unionFind

	// cands[i] are the wordings that record i, which is not linkable,
	// could join.
	cands map[int32][]candidate
	// keys are the hashed surnames of each record's speaker and relay.
	keys [][2]uint32
	// seen[j] == stamp: j is a candidate of the current probe already.
	seen   []int32
	stamp  int32
	count  []uint8 // prefix terms a candidate holds, for probeAnyone
	hits   []int32 // scratch
	prefix []term  // scratch
	// sets are the records' terms, sorted, while the statements are
	// sought; bufR and bufS are scratch.
	sets       [][]term
	bufR, bufS []term
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
	c.cands = make(map[int32][]candidate)
	c.seen = make([]int32, n)
	c.count = make([]uint8, n)
	c.sets = sortedSets(g.quotes)
	defer func() { c.sets = nil }()
	// The surnames of each record's speaker and relay, hashed, side by
	// side.
	c.keys = make([][2]uint32, n)
	for i, r := range g.quotes {
		c.keys[i] = [2]uint32{nameKey(r.speaker), nameKey(r.via)}
	}

	// A named speaker's wordings can only join those of the same speaker
	// (or of the one who relayed them), so they are searched speaker by
	// speaker, each with an index of its own: the lists are short however
	// large the corpus. A record with a relay is in both buckets.
	buckets := make(map[uint32][]int32)
	for _, i := range c.order {
		if len(g.quotes[i].order) < minTerms {
			continue
		}
		k := c.keys[i]
		if k[0] != 0 {
			buckets[k[0]] = append(buckets[k[0]], i)
		}
		if k[1] != 0 && k[1] != k[0] {
			buckets[k[1]] = append(buckets[k[1]], i)
		}
	}
	names := make([]uint32, 0, len(buckets))
	for k := range buckets {
		names = append(names, k)
	}
	slices.Sort(names)
	postings := make(map[term][]int32)
	for _, k := range names {
		clear(postings)
		members := buckets[k]
		for _, i := range members {
			for _, tm := range g.quotes[i].order {
				postings[tm] = append(postings[tm], i)
			}
		}
		for _, i := range members {
			c.probe(i, g.opts.Threshold, postings, false)
		}
	}
	// Wordings without a named speaker may join anyone's, at a higher
	// threshold: they probe the index of all records.
	for _, i := range c.order {
		if c.keys[i][0] == 0 && len(g.quotes[i].order) >= minLinkTerms {
			c.probe(i, anonymousThreshold, g.postings, true)
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
	joins := make([][2]int32, 0, len(c.cands))
	for _, i := range c.order {
		if cs := c.cands[i]; len(cs) > 0 {
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
	return r.kind == quote.Direct && len(r.order) >= minLinkTerms
}

// probe finds the candidates of record i in postings, verifies them and
// records the links and joins: t is the threshold whose prefix it probes
// with. Each pair is looked at from its smaller side, except that an
// anonymous record (anyone) looks at named ones of any size.
func (c *clustering) probe(i int32, t float64, postings map[term][]int32, anyone bool) {
	g := c.g
	r := g.quotes[i]
	c.stamp++
	prefix := append(c.prefix[:0], r.order...)
	slices.SortFunc(prefix, func(a, b term) int {
		if c := cmp.Compare(len(postings[a]), len(postings[b])); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	need := int(math.Ceil(t*float64(len(r.order)) - 1e-9))
	prefix = prefix[:len(r.order)-need+1]
	c.prefix = prefix
	if anyone && len(prefix) >= 2 {
		c.probeAnyone(i, prefix, postings)
		return
	}
	for _, tm := range prefix {
		post := postings[tm]
		if len(post) > maxPosting {
			break // the rest are commoner still
		}
		for _, j := range post {
			if j == i || c.seen[j] == c.stamp {
				continue
			}
			c.seen[j] = c.stamp
			s := g.quotes[j]
			smaller := len(r.order) < len(s.order) || len(r.order) == len(s.order) && c.rank[i] < c.rank[j]
			if !smaller && !(anyone && c.keys[j][0] != 0) {
				continue
			}
			if !anyone && !keysMeet(c.keys[i], c.keys[j]) {
				continue // by another speaker: met in the relay's bucket
			}
			if !smaller {
				r, s, i, j := s, r, j, i
				c.consider(i, j, r, s)
				continue
			}
			c.consider(i, j, r, s)
		}
	}
}

// probeAnyone is probe for an anonymous record i with a prefix of two
// terms or more: it verifies only the named records that hold two of the
// prefix's terms, as a wording at the anonymous threshold shares nearly all
// of them; one shared word is chance in an index of everyone's words.
func (c *clustering) probeAnyone(i int32, prefix []term, postings map[term][]int32) {
	g := c.g
	r := g.quotes[i]
	c.hits = c.hits[:0]
	for _, tm := range prefix {
		post := postings[tm]
		if len(post) > maxPosting {
			break
		}
		for _, j := range post {
			if j == i {
				continue
			}
			if c.seen[j] != c.stamp {
				c.seen[j] = c.stamp
				c.count[j] = 0
			}
			c.count[j]++
			if c.count[j] == 2 {
				c.hits = append(c.hits, j)
			}
		}
	}
	for _, j := range c.hits {
		s := g.quotes[j]
		smaller := len(r.order) < len(s.order) || len(r.order) == len(s.order) && c.rank[i] < c.rank[j]
		switch {
		case smaller:
			c.consider(i, j, r, s)
		case c.keys[j][0] != 0:
			c.consider(j, i, s, r)
		}
	}
}

// consider verifies the pair of record i (r, the smaller) and j (s), and
// links or offers a join.
func (c *clustering) consider(i, j int32, r, s *record) {
	sim, ok := c.verify(i, j, r, s)
	if !ok {
		return
	}
	switch lr, ls := c.linkable(r), c.linkable(s); {
	case lr && ls && r.article != s.article:
		c.uf.union(i, j)
	case lr && ls:
		// Two full quotations in one article are two utterances: an
		// article does not quote the same words twice.
	case !lr:
		c.cands[i] = append(c.cands[i], candidate{j, sim})
	default:
		c.cands[j] = append(c.cands[j], candidate{i, sim})
	}
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
	if r := cmp.Compare(len(c.g.quotes[x.j].order), len(c.g.quotes[y.j].order)); r != 0 {
		return r
	}
	return cmp.Compare(c.rank[y.j], c.rank[x.j])
}

// verify reports whether the records r (at index i, the smaller) and s (at
// j) are one statement, and their similarity.
func (c *clustering) verify(i, j int32, r, s *record) (float64, bool) {
	g := c.g
	anonymous := r.speaker == "" || s.speaker == ""
	switch {
	case !sameOccasion(g, r, s):
		return 0, false
	case anonymous:
	case !sameSpeaker(r, s):
		return 0, false
	case (r.kind == quote.Indirect || s.kind == quote.Indirect) && !(given(r.relation) && r.outlet == s.outlet):
		// Reported speech is the writer's words: on a story's topic, any
		// two paraphrases share its names and nouns. It joins only words
		// said to the same outlet.
		return 0, false
	}
	// The share of terms in common bounds the similarity: check it first,
	// as it is cheaper.
	k := shared(c.sets[i], c.sets[j])
	m := min(len(r.order), len(s.order))
	if k < minTerms || float64(k) < g.opts.Threshold*float64(m)-1e-9 {
		return 0, false
	}
	k = lcs(r.order, s.order)
	sim := float64(k) / float64(m)
	switch {
	case anonymous:
		return sim, sim >= anonymousThreshold && k >= minLinkTerms
	case len(r.order) < minLinkTerms:
		// A short wording must be whole in the other, in order and close
		// together.
		if k != len(r.order) {
			return sim, false
		}
		c.bufR = expand(r.order, r.seq, c.bufR[:0])
		c.bufS = expand(s.order, s.seq, c.bufS[:0])
		return sim, inOrder(c.bufR, c.bufS)
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
	h := uint32(2166136261)
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint32(c)
		h *= 16777619
	}
	return h | 1 // never 0
}

// keysMeet reports whether two records' name keys (speaker, relay) allow
// one speaker: speaker and speaker, or either's speaker and the other's
// relay.
func keysMeet(a, b [2]uint32) bool {
	return a[0] == b[0] || b[1] != 0 && a[0] == b[1] || a[1] != 0 && a[1] == b[0]
}

// sortedSets returns the terms of each record, sorted, in one allocation.
func sortedSets(records []*record) [][]term {
	total := 0
	for _, r := range records {
		total += len(r.order)
	}
	arena := make([]term, 0, total)
	sets := make([][]term, len(records))
	for i, r := range records {
		start := len(arena)
		arena = append(arena, r.order...)
		sets[i] = arena[start:len(arena):len(arena)]
		slices.Sort(sets[i])
	}
	return sets
}
