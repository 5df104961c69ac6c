package provenance

// This file is the search for candidate pairs: the indexes a Trace probes
// and the links they propose.

import (
	"cmp"
	"math"
	"slices"
)

// distinctTo appends the distinct terms of seq, sorted, to dst and returns
// it.
func distinctTo(dst, seq []term) []term {
	dst = append(dst, seq...)
	slices.Sort(dst)
	return slices.Compact(dst)
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
				m := min(len(r.words()), len(s.words()))
				if m == 0 {
					continue
				}
				sim := float64(c.lcs.related(r.words(), s.words(), nil, nil)) / float64(m)
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
	keys, t := r.words(), nearExact
	switch {
	case everyone:
		keys, t = r.order(), anonymousThreshold
	case len(r.order()) >= minLinkTerms:
		keys, t = r.order(), c.g.opts.Threshold
	}
	c.keysBuf = distinctTo(c.keysBuf[:0], keys)
	c.rarest(c.keysBuf, postings)
	prefix := c.prefix[:0]
	for _, st := range c.sized {
		prefix = append(prefix, st.t)
	}
	need := int(math.Ceil(t*float64(len(prefix)) - 1e-9))
	prefix = prefix[:len(prefix)-need+1]
	if !everyone && len(r.order()) > 0 && len(r.order()) < minLinkTerms {
		// A short wording also joins one that holds all its content
		// terms, whatever its other words: its rarest content term finds
		// those.
		rarest := r.order()[0]
		for _, tm := range r.order()[1:] {
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
	c.rarest(c.g.quotes[i].order(), postings)
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
	need := int(math.Ceil(anonymousThreshold*float64(len(r.order())) - 1e-9))
	c.rarest(r.order(), postings)
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
