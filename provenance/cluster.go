package provenance

import (
	"cmp"
	"slices"
	"strings"
)

// Bounds on the statement search.
const (
	// minLinkTerms is the fewest content terms a wording needs to join
	// another on the share of their content terms alone. A shorter one
	// must be whole in the other, in order and close together ("better
	// not say" in "better not to say").
	minLinkTerms = 5
	// minShared is the fewest content terms two wordings joined by their
	// content must share.
	minShared = 3
	// nearExact is the share of the shorter wording's words, stop words
	// included and in order, that makes two wordings near-exact: a copy
	// with a word changed, or a partial quotation of the other.
	nearExact = 0.8
	// minNearWords is the fewest words a near-exact wording needs when it
	// is not whole in the other.
	minNearWords = 6
	// anonymousThreshold is the content similarity two wordings need when
	// either has no named speaker.
	anonymousThreshold = 0.8
	// crossSpeaker is the share of words, and minCrossWords the fewest
	// words, with which two wordings are verbatim: the same long run of
	// words is the same words, whoever they are given to (quoted of one of
	// them by mistake, or in another's reply) and however much later they
	// are quoted.
	crossSpeaker  = 0.9
	minCrossWords = 8
	// maxPosting bounds the wordings a word may be in and still propose
	// candidates in one speaker's index: a word that common says little
	// about which statement a wording is. Equal wordings are grouped
	// before any index is probed, so a statement quoted by many articles
	// in the same words is one wording there.
	maxPosting = 2048
	// maxRarePosting is maxPosting for a named wording probing the index
	// of anonymous ones (see probeRare).
	maxRarePosting = 16
	// maxEveryonePosting is maxPosting in the index of everyone's words.
	maxEveryonePosting = 1024
	// maxCandidates is how many candidates a probe of one speaker's
	// index verifies before it asks each to hold two of its rarest terms:
	// a frequent speaker's wordings in a large corpus share many words.
	maxCandidates = 512
	// maxEveryoneCandidates is how many candidates a probe of the index
	// of everyone's words verifies before it asks each to hold two of its
	// rarest terms (see probeEveryone).
	maxEveryoneCandidates = 64
	// minRare is the fewest terms that are not common (see commonTerms)
	// a re-wording of minLinkTerms terms or more must share with the
	// other; a shorter one must share one.
	minRare = 2
	// A term is common when more than one in commonShare of the
	// wordings, and more than minCommon of them, hold it.
	commonShare = 200
	minCommon   = 32
	// minAnonymousWords is the fewest words a wording with no named
	// speaker must have to join another as the same or near-exact words.
	minAnonymousWords = 4
	// minFused is the fewest terms, none of them common, that a short
	// wording keeps of another when it keeps all but one.
	minFused = 3
	// maxPasses bounds the passes over the links (see statements).
	maxPasses = 4
	// maxMajority bounds the members a statement's fit is checked
	// against when its representative does not fit.
	maxMajority = 16
)

// A clustering is the work of one Trace: the records in canonical order,
// their speakers' names across the graph, the copies among the articles,
// and the statements.
type clustering struct {
	g     *Graph
	order []int32 // record indexes in canonical order
	rank  []int32 // record index → place in order

	names, vias []string    // each record's speaker and relay, as the graph names them
	keys        [][2]uint32 // nameKey of names and vias; 0 when not named (see named)
	sets        [][]term    // each record's content terms, sorted

	copyOf []int32 // article index → the article it copies, or -1
	copied []bool  // article index → it is a copy
	twins  [][2]int32

	// The statements as they grow: a forest over records, and for each
	// root of two records or more its statement; lone holds the groups of
	// two lone records while a link between them is weighed.
	parent []int32
	groups map[int32]*group
	lone   [2]group

	firstBy map[int32]string // article index → the origin evidence of its publisher (see originOf)

	lens   []int32       // each record's number of words
	common map[term]bool // the content terms too common to vouch for a match
	when   []int64       // each article's publication time in Unix seconds; 0 unknown

	count []uint8 // prefix terms a candidate holds, for probeEveryone
	hits  []int32 // scratch of probeEveryone

	// scratch
	outlets    []outletTally
	keysBuf    []term
	lcs        lcsBuf
	sized      []sizedTerm
	cr, cs     [][]uint32
	seen       []int32
	stamp      int32
	prefix     []term
	bufR, bufS []term
	words      []uint32 // for wordsIn
	drift      drifter
}

// newClustering prepares the clustering of g's records.
func newClustering(g *Graph) *clustering {
	c := &clustering{g: g}
	c.order, c.rank = g.canonicalOrder()
	c.names, c.vias = g.canonicalNames()
	c.keys = make([][2]uint32, len(g.quotes))
	for i, r := range g.quotes {
		if g.named(c.names[i], r.speakerType()) {
			c.keys[i][0] = nameKey(c.names[i])
		}
		if g.isName(c.vias[i]) {
			c.keys[i][1] = nameKey(c.vias[i])
		}
	}
	c.copyOf, c.copied, c.twins = g.copies()
	c.firstBy = make(map[int32]string)
	c.when = make([]int64, len(g.articles))
	for i, a := range g.articles {
		if !a.info.Published.IsZero() {
			c.when[i] = a.info.Published.Unix()
		}
	}
	c.lens = make([]int32, len(g.quotes))
	for i, r := range g.quotes {
		c.lens[i] = int32(len(r.words()))
	}
	return c
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

// A bucketIndex builds one speaker's index after another in the same
// memory: the speakers of a large corpus are many, and an index made
// afresh for each would be most of what a Trace allocates.
type bucketIndex struct {
	counts map[term]int32
	arena  []int32 // the postings, one after another
	terms  []term  // scratch: a wording's distinct terms
	// room is the number of terms the last map build made holds
	// without growing.
	room int
}

// build returns the index of all the words of the records members, or,
// when content is set, of their content terms: for each term, the records
// that hold it, in members' order. It fills postings, the map build
// returned last, when that has room for the terms; else a new map.
func (ix *bucketIndex) build(c *clustering, members []int32, postings map[term][]int32, content bool) map[term][]int32 {
	if ix.counts == nil {
		ix.counts = make(map[term]int32)
	}
	clear(ix.counts)
	terms := func(i int32) []term {
		if content {
			return c.g.quotes[i].order() // each term once
		}
		ix.terms = distinctTo(ix.terms[:0], c.g.quotes[i].words())
		return ix.terms
	}
	total := 0
	for _, i := range members {
		ts := terms(i)
		for _, t := range ts {
			ix.counts[t]++
		}
		total += len(ts)
	}
	if cap(ix.arena) < total {
		ix.arena = make([]int32, total)
	}
	if postings == nil || len(ix.counts) > ix.room {
		// Room for the terms, and at least twice the last map's: a
		// bucket larger than all before it seldom comes.
		ix.room = max(len(ix.counts), 2*ix.room)
		postings = make(map[term][]int32, ix.room)
	} else {
		clear(postings)
	}
	at := 0
	for t, n := range ix.counts {
		postings[t] = ix.arena[at : at : at+int(n)]
		at += int(n)
	}
	for _, i := range members {
		for _, t := range terms(i) {
			postings[t] = append(postings[t], i)
		}
	}
	return postings
}

// An equalKey is what tells equal wordings of one speaker: the hash of a
// record's words and its speaker's key, with the record's index.
type equalKey struct {
	exact uint64
	name  uint32
	i     int32
}

// A link is a pair of wordings found to be one statement, and how close
// they are; links are carried out closest first.
type link struct {
	i, j  int32
	score float32
	force bool // a quotation of a copy and the original's: no check
}

// statements groups the records into statements: lists of record indexes in
// canonical order, the lists in the order of their first records.
//
// Wordings are found in three ways: equal wordings by their hash, before
// any index; the wordings of a copy by the original's; and other wordings
// of the same speaker through an index of that speaker's words, probed
// with each wording's rarest words, so that no pair is compared that
// shares none. Anonymous wordings probe the index of all wordings. The
// links found are then carried out closest first, each only when the two
// statements it would join fit as wholes (see fits): no wording joins a
// statement through one weak link to one of its members.
func (c *clustering) statements() [][]int32 {
	g := c.g
	n := len(g.quotes)
	c.sets = sortedSets(g.quotes)
	defer func() { c.sets = nil }()
	c.seen = make([]int32, n)
	c.count = make([]uint8, n)
	var links []link

	// Equal wordings of one speaker: the first of each stands for all in
	// the search. The same words given to two speakers are looked at
	// once, by their first wordings. The wordings are sorted by their
	// words' hash, their speaker's key and their canonical order: the
	// first of a run of one hash and key is the head of its equal
	// wordings, and the first head of a hash in canonical order the one
	// the other heads of the hash are matched with.
	equal := make([]equalKey, 0, n)
	for _, i := range c.order {
		if r := g.quotes[i]; len(r.words()) > 0 {
			equal = append(equal, equalKey{r.exact, c.keys[i][0], i})
		}
	}
	slices.SortFunc(equal, func(a, b equalKey) int {
		if a.exact != b.exact {
			return cmp.Compare(a.exact, b.exact)
		}
		if a.name != b.name {
			return cmp.Compare(a.name, b.name)
		}
		return cmp.Compare(c.rank[a.i], c.rank[b.i])
	})
	head := make([]bool, n)
	for len(equal) > 0 {
		m := 1
		for m < len(equal) && equal[m].exact == equal[0].exact {
			m++
		}
		run := equal[:m]
		equal = equal[m:]
		first := int32(-1)
		for k, e := range run {
			if k > 0 && e.name == run[k-1].name {
				continue
			}
			head[e.i] = true
			if first < 0 || c.rank[e.i] < c.rank[first] {
				first = e.i
			}
		}
		h := 0 // the head of e's run of one key
		for k, e := range run {
			switch {
			case k > 0 && e.name == run[k-1].name:
				links = append(links, link{i: run[h].i, j: e.i, score: 3})
				continue
			case e.i != first:
				if sim, ok := c.match(first, e.i); ok {
					links = append(links, link{i: first, j: e.i, score: float32(sim)})
				}
			}
			h = k
		}
	}
	var uniq []int32
	for _, i := range c.order {
		if head[i] {
			uniq = append(uniq, i)
		}
	}

	// The quotations of copies join the original's.
	links = c.copyLinks(links)

	c.common = commonTerms(c.sets, uniq)

	// Other wordings of the same speaker (or of the one who relayed the
	// words), speaker by speaker, each with an index of its own.
	buckets := make(map[uint32][]int32)
	var anonymous []int32
	for _, i := range uniq {
		k := c.keys[i]
		if k[0] == 0 {
			anonymous = append(anonymous, i)
		}
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
	var postings map[term][]int32
	var ix bucketIndex
	for _, k := range names {
		members := buckets[k]
		if len(members) < 2 {
			continue
		}
		postings = ix.build(c, members, postings, false)
		for _, i := range members {
			links = c.probe(i, postings, false, links)
		}
	}
	// Wordings without a named speaker are looked for among everyone's,
	// and everyone's among theirs: each probes, with its own rarest terms,
	// an index of the content terms of the others' wordings long enough
	// to be told apart. Either may be the shorter, whose terms the pair
	// must share.
	var long, longAnonymous []int32
	for _, i := range uniq {
		if len(g.quotes[i].order()) < minLinkTerms {
			continue
		}
		long = append(long, i)
		if c.keys[i][0] == 0 {
			longAnonymous = append(longAnonymous, i)
		}
	}
	postings = ix.build(c, long, postings, true)
	var anonymousPostings map[term][]int32
	if len(longAnonymous) > 0 {
		var anonymousIx bucketIndex
		anonymousPostings = anonymousIx.build(c, longAnonymous, nil, true)
	}
	for _, i := range uniq {
		if n := len(g.quotes[i].order()); n < minLinkTerms {
			if n > 0 && c.keys[i][0] == 0 {
				links = c.probeShort(i, postings, links)
			}
			continue
		}
		if c.keys[i][0] == 0 {
			links = c.probe(i, postings, true, links)
		} else if len(anonymousPostings) > 0 {
			// A named wording looks only through rare terms for the
			// anonymous ones that hold it: a near-exact copy shares its
			// rarest terms, and are rare among the anonymous too.
			links = c.probeRare(i, anonymousPostings, links)
		}
	}

	// Closest first; ties in canonical order, so that the result depends
	// on the set of records alone.
	slices.SortFunc(links, func(a, b link) int {
		if a.force != b.force {
			if a.force {
				return -1
			}
			return 1
		}
		if r := cmp.Compare(b.score, a.score); r != 0 {
			return r
		}
		if r := cmp.Compare(c.rank[a.i], c.rank[b.i]); r != 0 {
			return r
		}
		return cmp.Compare(c.rank[a.j], c.rank[b.j])
	})
	c.parent = make([]int32, n)
	c.groups = make(map[int32]*group)
	for i := range c.parent {
		c.parent[i] = int32(i)
	}
	// A link refused because its statements did not fit may fit once they
	// have grown: the refused are tried again while that joins any.
	for pass := 0; pass < maxPasses && len(links) > 0; pass++ {
		refused := links[:0]
		for _, l := range links {
			if !c.join(l) {
				refused = append(refused, l)
			}
		}
		if len(refused) == len(links) {
			break
		}
		links = refused
	}

	// Gather the statements in canonical order, in one arena: for each
	// root, its statement's number, then each statement's place in it.
	// What the search kept is dropped first: the Trace is built next.
	links = nil
	c.groups, c.seen, c.count = nil, nil, nil
	number := make([]int32, n)
	for i := range number {
		number[i] = -1
	}
	var sizes []int32
	for _, i := range c.order {
		root := c.find(i)
		if number[root] < 0 {
			number[root] = int32(len(sizes))
			sizes = append(sizes, 0)
		}
		sizes[number[root]]++
	}
	arena := make([]int32, n)
	out := make([][]int32, len(sizes))
	at := 0
	for k, size := range sizes {
		out[k] = arena[at : at : at+int(size)]
		at += int(size)
	}
	for _, i := range c.order {
		k := number[c.find(i)]
		out[k] = append(out[k], i)
	}
	c.parent = nil
	return out
}
