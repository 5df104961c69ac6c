package provenance

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/attribution"
)

// Copies of one article are found by their shingles: runs of shingleWords
// words. An article keeps a sample of them, those whose hash is 0 modulo
// shingleSample, at most maxPrint, as its fingerprint. Two articles are one
// text when most of the smaller's sample is in the other's: a copy that is
// cut short, or that adds a line of its own, is still a copy.
const (
	shingleWords  = 5
	shingleSample = 8
	maxPrint      = 256
	// minPrint is the fewest sampled shingles an article needs to be
	// compared: a text of a sentence or two is not told from a quotation
	// of it.
	minPrint = 6
	// copyShare is the share of the smaller fingerprint that the other
	// must hold.
	copyShare = 0.6
	// maxCopyPosting bounds the articles a shingle may be in and still
	// propose pairs: a shingle in more is boilerplate (a site's footer).
	// Copies of one text beyond that are found by their equal
	// fingerprints.
	maxCopyPosting = 64
)

// fingerprintOf returns the fingerprint of an article's text.
func fingerprintOf(text string) Fingerprint {
	// A word in about six bytes of text, a shingle in shingleSample
	// sampled: room for most texts' samples at once.
	out := make(Fingerprint, 0, min(len(text)/(6*shingleSample)+8, 4*maxPrint))
	var ring [shingleWords]uint32
	n, slot := 0, 0 // words read; the ring's slot for the next
	for i := 0; ; {
		w, next, ok := nextWordHash(text, i)
		if !ok {
			break
		}
		i = next
		ring[slot] = w
		if slot++; slot == shingleWords {
			slot = 0
		}
		if n++; n < shingleWords {
			continue
		}
		// The oldest of the ring's words is in the slot for the next.
		h := uint32(2166136261)
		for k := slot; k < shingleWords; k++ {
			h ^= ring[k]
			h *= 16777619
		}
		for k := 0; k < slot; k++ {
			h ^= ring[k]
			h *= 16777619
		}
		if h%shingleSample == 0 {
			out = append(out, h)
		}
	}
	if len(out) == 0 {
		return nil
	}
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) > maxPrint {
		out = out[:maxPrint]
	}
	return slices.Clip(out)
}

// nextWordHash returns the hash of the first run of letters and digits of
// text at or after byte i, lower-cased, and where to read the next from;
// ok is false when there is none. The runs are the words of a
// fingerprint, read without allocating.
func nextWordHash(text string, i int) (h uint32, next int, ok bool) {
	h = 2166136261
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			i++
			if lc := c | 0x20; 'a' <= lc && lc <= 'z' { // a letter, lower-cased
				c = lc
			} else if c < '0' || c > '9' {
				if ok {
					return h, i, true
				}
				continue
			}
			h ^= uint32(c)
			h *= 16777619
			ok = true
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if ok {
				return h, i, true
			}
			continue
		}
		// The bytes of the lower-cased rune's number, low first.
		for r = unicode.ToLower(r); r > 0; r >>= 8 {
			h ^= uint32(r & 0xff)
			h *= 16777619
		}
		ok = true
	}
	return h, i, ok
}

// copies finds the articles that are copies of others. It returns, for
// each article (by index in g.articles), the article it copies, or -1;
// whether it is a copy at all (of an article of the graph, or of an outlet
// it names in a "Source:" line); and the pairs of articles that are one
// text although neither can be told to be the copy.
func (g *Graph) copies() (of []int32, copied []bool, twins [][2]int32) {
	n := len(g.articles)
	of = make([]int32, n)
	copied = make([]bool, n)
	for i, a := range g.articles {
		of[i] = -1
		for _, c := range a.cites {
			if c.relation == attribution.Republished {
				copied[i] = true
			}
		}
	}
	// Pairs of articles and the shingles they share.
	overlap := make(map[[2]int32]int32)
	same := make(map[uint64][]int32) // equal fingerprints
	for i, a := range g.articles {
		if len(a.print) >= minPrint {
			k := printKey(a.print)
			same[k] = append(same[k], int32(i))
		}
	}
	// Articles of equal fingerprints are compared with others through
	// the first of them, the earliest published, then the first by ID:
	// whatever order they came in.
	id := func(i int32) string { return g.articles[i].info.ID }
	groups := make([][]int32, 0, len(same))
	for _, group := range same {
		slices.SortFunc(group, func(x, y int32) int {
			tx, ty := g.articles[x].info.Published, g.articles[y].info.Published
			switch {
			case tx.IsZero() != ty.IsZero():
				if tx.IsZero() {
					return 1
				}
				return -1
			case !tx.Equal(ty):
				return tx.Compare(ty)
			}
			return strings.Compare(id(x), id(y))
		})
		groups = append(groups, group)
	}
	// The groups by the IDs of their first articles, so that of two
	// articles that share shingles the one of the smaller ID comes first.
	slices.SortFunc(groups, func(x, y []int32) int { return strings.Compare(id(x[0]), id(y[0])) })
	// The postings of the shingles: the groups whose first article's
	// fingerprint holds each, sorted by shingle and then by group, in one
	// slice.
	size := 0
	for _, group := range groups {
		size += len(g.articles[group[0]].print)
	}
	postings := make([]posting, 0, size)
	for k, group := range groups {
		for _, h := range g.articles[group[0]].print {
			postings = append(postings, posting{h, int32(k)})
		}
	}
	slices.SortFunc(postings, func(x, y posting) int {
		if c := cmp.Compare(x.h, y.h); c != 0 {
			return c
		}
		return cmp.Compare(x.group, y.group)
	})
	for len(postings) > 0 {
		n := 1
		for n < len(postings) && postings[n].h == postings[0].h {
			n++
		}
		post := postings[:n]
		postings = postings[n:]
		if len(post) > maxCopyPosting {
			continue
		}
		for x := range post {
			for y := x + 1; y < len(post); y++ {
				overlap[[2]int32{groups[post[x].group][0], groups[post[y].group][0]}]++
			}
		}
	}
	type pair struct {
		a, b  int32
		share float64
	}
	var pairs []pair
	for p, k := range overlap {
		a, b := g.articles[p[0]].print, g.articles[p[1]].print
		share := float64(k) / float64(min(len(a), len(b)))
		if share >= copyShare {
			pairs = append(pairs, pair{p[0], p[1], share})
		}
	}
	for _, group := range groups {
		for _, x := range group[1:] {
			pairs = append(pairs, pair{group[0], x, 1})
		}
	}
	// The likeliest original first, so that each copy takes the article
	// it shares most with; then by IDs, for a result that does not depend
	// on the order the articles came in.
	slices.SortFunc(pairs, func(x, y pair) int {
		if c := cmp.Compare(y.share, x.share); c != 0 {
			return c
		}
		if c := cmp.Compare(id(min32(x.a, x.b, id)), id(min32(y.a, y.b, id))); c != 0 {
			return c
		}
		return cmp.Compare(id(max32(x.a, x.b, id)), id(max32(y.a, y.b, id)))
	})
	for _, p := range pairs {
		c, o, ok := g.direction(p.a, p.b)
		if !ok {
			twins = append(twins, [2]int32{p.a, p.b})
			continue
		}
		if of[c] >= 0 || of[o] == c {
			continue
		}
		of[c] = o
		copied[c] = true
	}
	// Equal fingerprints with no direction: each is a twin of the first.
	slices.SortFunc(twins, func(x, y [2]int32) int {
		if c := cmp.Compare(id(x[0]), id(y[0])); c != 0 {
			return c
		}
		return cmp.Compare(id(x[1]), id(y[1]))
	})
	return of, copied, twins
}

// A posting is a shingle's hash and a group of articles of equal
// fingerprints that holds it, by its place in the groups.
type posting struct {
	h     uint32
	group int32
}

func min32(a, b int32, id func(int32) string) int32 {
	if id(a) <= id(b) {
		return a
	}
	return b
}

func max32(a, b int32, id func(int32) string) int32 {
	if id(a) <= id(b) {
		return b
	}
	return a
}

// direction tells which of two articles that are one text is the copy: the
// one whose "Source:" line names the other's publisher; else the later
// published; else the one that says it is a copy of some outlet. ok is
// false when nothing tells.
func (g *Graph) direction(a, b int32) (cp, orig int32, ok bool) {
	x, y := g.articles[a], g.articles[b]
	names := func(c *article, publisher string) bool {
		if publisher == "" {
			return false
		}
		for _, ci := range c.cites {
			if ci.relation == attribution.Republished && sameName(ci.outlet, publisher) {
				return true
			}
		}
		return false
	}
	switch {
	case names(x, y.info.Publisher) && !names(y, x.info.Publisher):
		return a, b, true
	case names(y, x.info.Publisher) && !names(x, y.info.Publisher):
		return b, a, true
	}
	tx, ty := x.info.Published, y.info.Published
	if !tx.IsZero() && !ty.IsZero() && !tx.Equal(ty) {
		if tx.After(ty) {
			return a, b, true
		}
		return b, a, true
	}
	sx, sy := republishes(x), republishes(y)
	switch {
	case sx && !sy:
		return a, b, true
	case sy && !sx:
		return b, a, true
	}
	return 0, 0, false
}

// republishes reports whether an article says it is a copy of an outlet's.
func republishes(a *article) bool {
	for _, c := range a.cites {
		if c.relation == attribution.Republished {
			return true
		}
	}
	return false
}

// printKey hashes a fingerprint whole.
func printKey(p Fingerprint) uint64 {
	h := uint64(14695981039346656037)
	for _, x := range p {
		h ^= uint64(x)
		h *= 1099511628211
	}
	return h
}
