package provenance

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/internal/lexicon"
	"github.com/quotetrace/quotetrace/quote"
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
	lcs        lcsBuf
	sized      []sizedTerm
	cr, cs     [][]uint32
	seen       []int32
	stamp      int32
	prefix     []term
	bufR, bufS []term
}

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

// newClustering prepares the clustering of g's records.
func newClustering(g *Graph) *clustering {
	c := &clustering{g: g}
	c.order, c.rank = g.canonicalOrder()
	c.names, c.vias = g.canonicalNames()
	c.keys = make([][2]uint32, len(g.quotes))
	for i, r := range g.quotes {
		if named(c.names[i], r.speakerType()) {
			c.keys[i][0] = nameKey(c.names[i])
		}
		if isName(c.vias[i]) {
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
		c.lens[i] = int32(len(r.words))
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
	// the search.
	// The same words given to two speakers are looked at once, by their
	// first wordings.
	heads := make(map[[2]uint64]int32)
	first := make(map[uint64]int32)
	var uniq []int32
	for _, i := range c.order {
		r := g.quotes[i]
		if len(r.words) == 0 {
			continue
		}
		k := [2]uint64{r.exact, uint64(c.keys[i][0])}
		if h, ok := heads[k]; ok {
			links = append(links, link{i: h, j: i, score: 3})
			continue
		}
		heads[k] = i
		uniq = append(uniq, i)
		if h, ok := first[r.exact]; !ok {
			first[r.exact] = i
		} else if sim, ok := c.match(h, i); ok {
			links = append(links, link{i: h, j: i, score: float32(sim)})
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
	postings := make(map[term][]int32)
	for _, k := range names {
		clear(postings)
		members := buckets[k]
		if len(members) < 2 {
			continue
		}
		for _, i := range members {
			for _, t := range distinct(g.quotes[i].words) {
				postings[t] = append(postings[t], i)
			}
		}
		for _, i := range members {
			links = c.probe(i, postings, false, links)
		}
	}
	// Wordings without a named speaker are looked for among everyone's,
	// and everyone's among theirs: each probes, with its own rarest terms,
	// an index of the content terms of the others' wordings long enough
	// to be told apart. Either may be the shorter, whose terms the pair
	// must share.
	clear(postings)
	anonymousPostings := make(map[term][]int32)
	for _, i := range uniq {
		if len(g.quotes[i].order) < minLinkTerms {
			continue
		}
		for _, t := range g.quotes[i].order {
			postings[t] = append(postings[t], i)
			if c.keys[i][0] == 0 {
				anonymousPostings[t] = append(anonymousPostings[t], i)
			}
		}
	}
	for _, i := range uniq {
		if n := len(g.quotes[i].order); n < minLinkTerms {
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

// distinct returns the distinct terms of seq, in a new slice.
func distinct(seq []term) []term {
	out := slices.Clone(seq)
	slices.Sort(out)
	return slices.Compact(out)
}

// copyLinks appends the links between each quotation of a copy and the
// quotation of the original it repeats: the one that holds most of its
// words.
func (c *clustering) copyLinks(links []link) []link {
	g := c.g
	byArticle := make(map[int32][]int32)
	for _, i := range c.order {
		a := g.quotes[i].article
		byArticle[a] = append(byArticle[a], i)
	}
	pair := func(cp, orig int32) {
		for _, i := range byArticle[cp] {
			r := g.quotes[i]
			best, bestSim := int32(-1), 0.0
			for _, j := range byArticle[orig] {
				s := g.quotes[j]
				m := min(len(r.words), len(s.words))
				if m == 0 {
					continue
				}
				sim := float64(c.lcs.related(r.words, s.words, nil, nil)) / float64(m)
				if sim > bestSim {
					best, bestSim = j, sim
				}
			}
			if best >= 0 && bestSim >= 0.6 {
				links = append(links, link{i: best, j: i, score: float32(bestSim), force: true})
			}
		}
	}
	for a, o := range c.copyOf {
		if o >= 0 {
			pair(int32(a), o)
		}
	}
	for _, t := range c.twins {
		pair(t[1], t[0])
	}
	return links
}

// probe finds the candidates of record i in postings, verifies them and
// appends the links. Each pair is looked at from its smaller side, except
// in the index of everyone's content terms (everyone), where a pair of an
// anonymous wording and a named one is looked at from both: a link found
// twice is carried out once.
func (c *clustering) probe(i int32, postings map[term][]int32, everyone bool, links []link) []link {
	g := c.g
	r := g.quotes[i]
	c.stamp++
	// A wording of enough content terms probes with those; a short one
	// with all its words, which a longer wording that holds it holds too.
	keys, t := r.words, nearExact
	switch {
	case everyone:
		keys, t = r.order, anonymousThreshold
	case len(r.order) >= minLinkTerms:
		keys, t = r.order, c.g.opts.Threshold
	}
	c.rarest(distinct(keys), postings)
	prefix := c.prefix[:0]
	for _, st := range c.sized {
		prefix = append(prefix, st.t)
	}
	need := int(math.Ceil(t*float64(len(prefix)) - 1e-9))
	prefix = prefix[:len(prefix)-need+1]
	if !everyone && len(r.order) > 0 && len(r.order) < minLinkTerms {
		// A short wording also joins one that holds all its content
		// terms, whatever its other words: its rarest content term finds
		// those.
		rarest := r.order[0]
		for _, tm := range r.order[1:] {
			if n, m := len(postings[tm]), len(postings[rarest]); n < m || n == m && tm < rarest {
				rarest = tm
			}
		}
		if !slices.Contains(prefix, rarest) {
			prefix = append(prefix, rarest)
		}
	}
	c.prefix = prefix
	nr := c.lens[i]
	if len(prefix) >= 2 {
		total := 0
		for _, tm := range prefix {
			total += len(postings[tm])
		}
		if everyone && total > maxEveryoneCandidates || !everyone && total > maxCandidates {
			return c.probeEveryone(i, prefix, postings, everyone, links)
		}
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
			nj := c.lens[j]
			smaller := nr < nj || nr == nj && c.rank[i] < c.rank[j]
			if !smaller && !everyone {
				continue // looked at from j
			}
			if everyone && c.keys[i][0] == 0 && c.keys[j][0] == 0 && !smaller {
				continue // two anonymous wordings: looked at from j
			}
			if sim, ok := c.match(i, j); ok {
				links = append(links, link{i: i, j: j, score: float32(sim)})
			}
		}
	}
	return links
}

// probeEveryone is probe of a crowded index, with a prefix of two terms or
// more whose postings hold more than maxEveryoneCandidates (in the index of
// everyone's content terms) or maxCandidates (in one speaker's): it
// verifies only the wordings that hold two of the prefix's terms. A
// wording at the anonymous threshold shares nearly all of them, and one
// shared word is chance in a crowd; a re-wording that shares only one is
// missed, the price of a search that stays bounded.
func (c *clustering) probeEveryone(i int32, prefix []term, postings map[term][]int32, everyone bool, links []link) []link {
	c.hits = c.hits[:0]
	limit := maxEveryonePosting
	if !everyone {
		limit = maxPosting
	}
	for _, tm := range prefix {
		post := postings[tm]
		if len(post) > limit {
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
			if c.count[j]++; c.count[j] == 2 {
				c.hits = append(c.hits, j)
			}
		}
	}
	nr := c.lens[i]
	for _, j := range c.hits {
		smaller := nr < c.lens[j] || nr == c.lens[j] && c.rank[i] < c.rank[j]
		if !smaller && (!everyone || c.keys[i][0] == 0 && c.keys[j][0] == 0) {
			continue // looked at from j
		}
		if sim, ok := c.match(i, j); ok {
			links = append(links, link{i: i, j: j, score: float32(sim)})
		}
	}
	return links
}

// probeShort is probe of the index of everyone's content terms by a short
// anonymous record i, which can join only a wording that holds all its
// terms: it looks through its rarest term, when few enough wordings hold
// it.
func (c *clustering) probeShort(i int32, postings map[term][]int32, links []link) []link {
	c.rarest(c.g.quotes[i].order, postings)
	if c.sized[0].n > maxEveryonePosting {
		return links
	}
	for _, j := range postings[c.sized[0].t] {
		if j == i {
			continue
		}
		if sim, ok := c.match(i, j); ok {
			links = append(links, link{i: i, j: j, score: float32(sim)})
		}
	}
	return links
}

// probeRare is probe of the index of anonymous wordings by the named
// record i: it looks only through terms held by at most maxRarePosting
// wordings, among its rarest at the anonymous threshold.
func (c *clustering) probeRare(i int32, postings map[term][]int32, links []link) []link {
	r := c.g.quotes[i]
	c.stamp++
	need := int(math.Ceil(anonymousThreshold*float64(len(r.order)) - 1e-9))
	c.rarest(r.order, postings)
	prefix := c.prefix[:0]
	total := 0
	for _, st := range c.sized[:len(c.sized)-need+1] {
		if st.n > maxRarePosting {
			break
		}
		prefix = append(prefix, st.t)
		total += int(st.n)
	}
	c.prefix = prefix
	if len(prefix) >= 2 && total > maxRarePosting {
		return c.probeEveryone(i, prefix, postings, true, links)
	}
	for _, t := range prefix {
		for _, j := range postings[t] {
			if c.seen[j] == c.stamp {
				continue
			}
			c.seen[j] = c.stamp
			if sim, ok := c.match(i, j); ok {
				links = append(links, link{i: i, j: j, score: float32(sim)})
			}
		}
	}
	return links
}

// rarest sets c.sized to the distinct terms, rarest first: by the lengths
// of their postings, looked up once each, then by term.
func (c *clustering) rarest(terms []term, postings map[term][]int32) {
	c.sized = c.sized[:0]
	for _, t := range terms {
		c.sized = append(c.sized, sizedTerm{t, int32(len(postings[t]))})
	}
	slices.SortFunc(c.sized, func(a, b sizedTerm) int {
		if c := cmp.Compare(a.n, b.n); c != 0 {
			return c
		}
		return cmp.Compare(a.t, b.t)
	})
}

// A sizedTerm is a term and the length of its postings.
type sizedTerm struct {
	t term
	n int32
}

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
func named(name string, typ attribution.SpeakerType) bool {
	if typ == attribution.Person && isPlace(name) {
		return false // "Europe said": a misreading
	}
	return isName(name) && typ != attribution.Media
}

// isPlace reports whether name is a country's, a capital's or a region's.
func isPlace(name string) bool {
	if _, ok := lexicon.Place(name); ok {
		return true
	}
	return lexicon.IsRegion(name)
}

// isName reports whether a speaker's name names someone: capitalised
// words, not a description that no article resolved ("member", "the head
// of the agency", "North Korea’s foreign minister").
func isName(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	for w := range strings.FieldsSeq(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !nameParticles[w] && !nameLinks[w] {
			return false
		}
	}
	return true
}

// nameLinks are the lower-case words an organisation's name may hold
// ("Bank of England", "Ministry for the Interior").
var nameLinks = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true}

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
	wm := len(r.words)
	if wm == 0 {
		return 0, false
	}
	// Each content term of r that s lacks is a word of r that cannot be
	// matched: a bound on the words in common that settles most pairs
	// without comparing their words in order.
	wk := wm - (len(r.order) - k)
	apart := c.apart(r, s)
	if apart && (wm < minCrossWords || float64(wk) < crossSpeaker*float64(wm)-1e-9) && !c.requoted(i, j) {
		// Published more than MaxGap apart: another occasion, unless the
		// later quotes the earlier's words again (see quotedAgain), which
		// the bound on their words in common may rule out already.
		return 0, false
	}
	if float64(wk) >= nearExact*float64(wm)-1e-9 {
		wk = c.lcs.related(r.words, s.words, nil, nil)
	}
	wsim := float64(wk) / float64(wm)
	verbatim := wsim >= crossSpeaker && wm >= minCrossWords
	if apart && !verbatim && !c.requoted(i, j) {
		return 0, false
	}
	exact := r.exact == s.exact && len(r.words) == len(s.words)
	// Near-exact: the content terms of the shorter kept, but for one in
	// five, and most of its words in order ("to quickly end the war" is
	// not near "to end the war").
	// A short wording is near only when its words stand in the other as
	// they are, one after another ("very bad" in "These are very bad
	// remarks", not "It's time" in "so it keeps rising over time"), and a
	// single word never is.
	near := exact || k >= len(r.order)-len(r.order)/minLinkTerms && wsim >= nearExact &&
		(wm >= minNearWords || wm >= 2 && wk == wm && contains(s.words, r.words))
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
	c.cr = g.stemmer.conceptsOf(r.order, r.keys, r.order, c.cr[:0])
	c.cs = g.stemmer.conceptsOf(s.order, s.keys, s.order, c.cs[:0])
	k = c.lcs.related(r.order, s.order, c.cr, c.cs)
	if few, many := r, s; float64(k) < g.opts.Threshold*float64(m) && float64(inCommon+maxSynonyms(m)) >= g.opts.Threshold*float64(m) {
		// The longer one's terms each once, at their first places, may
		// hide the run that holds the other (a long quotation that
		// says "negotiate" early, and later the passage another article
		// quotes): all its terms, in text order.
		if len(few.order) > len(many.order) {
			few, many = many, few
		}
		c.bufS = contentOf(many.words, c.bufS[:0])
		if len(c.bufS) > len(many.order) {
			c.cr = g.stemmer.conceptsOf(few.order, few.keys, few.order, c.cr[:0])
			c.cs = g.stemmer.conceptsOf(many.order, many.keys, c.bufS, c.cs[:0])
			k = max(k, c.lcs.related(few.order, c.bufS, c.cr, c.cs))
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
		if len(short.order) > len(long.order) {
			short, long = long, short
		}
		if k < len(short.order) {
			// The long one's terms each once, at their first places, may
			// hide the run that holds the short one ("Don't be ashamed to
			// negotiate … Negotiations are never a surrender"): all its
			// terms, in text order.
			c.bufS = contentOf(long.words, c.bufS[:0])
			c.cr = g.stemmer.conceptsOf(short.order, short.keys, short.order, c.cr[:0])
			c.cs = g.stemmer.conceptsOf(long.order, long.keys, c.bufS, c.cs[:0])
			k = c.lcs.related(short.order, c.bufS, c.cr, c.cs)
			sim = float64(k) / float64(m)
		}
		switch {
		case k == len(short.order):
		case k == len(short.order)-1 && k >= minFused && rare >= minFused:
			// A partial quotation that fuses two phrases of the words
			// ("mentally deranged dotard and gangster"), or trims one word,
			// keeps all but one of its terms, each rare.
			return sim, true
		default:
			return sim, false
		}
		c.bufR = contentOf(short.words, c.bufR[:0])
		c.bufS = contentOf(long.words, c.bufS[:0])
		c.cr = g.stemmer.conceptsOf(short.order, short.keys, c.bufR, c.cr[:0])
		c.cs = g.stemmer.conceptsOf(long.order, long.keys, c.bufS, c.cs[:0])
		return sim, inOrder(c.bufR, c.bufS, func(i, j int) bool { return c.bufR[i] == c.bufS[j] || meet(c.cr[i], c.cs[j]) })
	}
	return sim, sim >= g.opts.Threshold && k >= minShared
}

// sharedRare returns the number of content terms records i and j share
// that are not common (see commonTerms).
func (c *clustering) sharedRare(i, j int32) int {
	a, b := c.sets[i], c.sets[j]
	n, x, y := 0, 0, 0
	for x < len(a) && y < len(b) {
		switch {
		case a[x] < b[y]:
			x++
		case a[x] > b[y]:
			y++
		default:
			if !c.common[a[x]] {
				n++
			}
			x++
			y++
		}
	}
	return n
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
	if len(r.order) == 0 || len(s.order) == 0 {
		return 0
	}
	c.cr = c.g.stemmer.conceptsOf(r.order, r.keys, r.order, c.cr[:0])
	c.cs = c.g.stemmer.conceptsOf(s.order, s.keys, s.order, c.cs[:0])
	k := c.lcs.related(r.order, s.order, c.cr, c.cs)
	return float64(k) / float64(min(len(r.order), len(s.order)))
}

// full reports whether r is long enough to be told from other statements
// by its words alone.
func full(r *record) bool {
	return len(r.order) >= minLinkTerms || len(r.words) >= minNearWords
}

// linkable reports whether r is a full quotation: direct, with enough
// content terms to be an utterance of its own.
func linkable(r *record) bool {
	return r.kind == quote.Direct && len(r.order) >= minLinkTerms
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
	if len(r.words) > len(s.words) {
		r, s = s, r
	}
	return len(r.words) >= 2 && contains(s.words, r.words)
}

// verbatim reports whether the wordings of records i and j are one long
// run of words: the shorter's words nearly all in the other, in order.
func (c *clustering) verbatim(i, j int32) bool {
	r, s := c.g.quotes[i], c.g.quotes[j]
	wm := min(len(r.words), len(s.words))
	if wm < minCrossWords {
		return false
	}
	return float64(c.lcs.related(r.words, s.words, nil, nil)) >= crossSpeaker*float64(wm)
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
	if len(r.order) != len(s.order) {
		return len(r.order) > len(s.order)
	}
	return c.rank[i] < c.rank[j]
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
