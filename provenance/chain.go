package provenance

import "strings"

// Statement returns the statement with the given ID ("s1"), or false.
func (t *Trace) Statement(id string) (*Statement, bool) {
	n, ok := strings.CutPrefix(id, "s")
	if !ok {
		return nil, false
	}
	k := 0
	for _, c := range n {
		if c < '0' || c > '9' || k > len(t.Statements) {
			return nil, false
		}
		k = k*10 + int(c-'0')
	}
	if k < 1 || k > len(t.Statements) || t.Statements[k-1].ID != id {
		return nil, false
	}
	return &t.Statements[k-1], true
}

// Chain returns the ways the words of the statement with the given ID went
// from its speaker to each article that reports it, one Path an article in
// the order of the statement's members: the speaker, those who relayed the
// words (Putin → Trump), the outlet they were given to (→ New York Post),
// any article of the corpus the article took them from or copied, and the
// article itself (→ China Daily). An article that copies an outlet the
// corpus does not hold ("Source: vnexpress.net") has the outlet before it.
// Chain returns nil for an unknown ID.
func (t *Trace) Chain(id string) []Path {
	s, ok := t.Statement(id)
	if !ok {
		return nil
	}
	var head Path
	if s.Speaker != "" {
		head = append(head, Hop{Node: s.SpeakerNode(), Relation: Said, Evidence: speakerEvidence(*s, s.Speaker)})
	}
	for _, v := range s.Via {
		head = append(head, Hop{Node: SpeakerNode(v), Relation: Relayed, Evidence: relayEvidence(*s, v)})
	}
	if s.Origin != "" {
		head = append(head, Hop{Node: OutletNode(s.Origin), Relation: originRelation(*s), Evidence: s.OriginEvidence})
	}

	// The sources of each article: the edges from it that cite or copy,
	// for this statement or for none.
	sources := t.sources
	if sources == nil {
		sources = sourcesOf(t.Edges)
	}
	from := func(an Node) []Edge {
		var out []Edge
		for _, k := range sources[an] {
			if e := t.Edges[k]; e.Statement == "" || e.Statement == id {
				out = append(out, e)
			}
		}
		return out
	}
	// Each article's member: the first that names the origin, else the
	// first.
	member := make(map[Node]*Member)
	for i := range s.Members {
		m := &s.Members[i]
		an := ArticleNode(m.Article)
		if cur := member[an]; cur == nil || cur.Outlet != s.Origin && m.Outlet == s.Origin && s.Origin != "" {
			member[an] = m
		}
	}

	var pathTo func(an Node, seen map[Node]bool) Path
	pathTo = func(an Node, seen map[Node]bool) Path {
		seen[an] = true
		m := member[an]
		// An article of the corpus that this one took the words from.
		for _, e := range from(an) {
			if member[e.To] != nil && !seen[e.To] {
				p := pathTo(e.To, seen)
				return append(p, Hop{Node: an, Relation: e.Relation, Evidence: e.Evidence})
			}
		}
		p := append(Path(nil), head...)
		// The outlet that relayed the words to the article: the one its
		// quotation names, when that is not the origin; else the one the
		// article cites as a whole.
		relay := func(sources []Edge, single bool) (Hop, bool) {
			if m.Outlet != "" && m.Outlet != s.Origin && !sameName(m.Outlet, m.Speaker) {
				return Hop{Node: OutletNode(m.Outlet), Relation: Reports, Evidence: m.OutletEvidence}, true
			}
			var found []Edge
			for _, e := range sources {
				if e.Statement == "" && e.Relation == Cites && e.To.Kind == OutletKind && e.To.Name != s.Origin && !sameName(e.To.Name, s.Speaker) {
					found = append(found, e)
				}
			}
			if len(found) == 0 || single && len(found) > 1 {
				return Hop{}, false
			}
			return Hop{Node: found[0].To, Relation: Reports, Evidence: found[0].Evidence}, true
		}
		sources := from(an)
		// A copy of an outlet the corpus does not hold, which had the words
		// from the outlet its "Source:" line names ("Source: vnexpress.net
		// (… According to TASS, AFP, Reuters)"), the first when it names
		// several.
		for _, e := range sources {
			if e.Relation == Republishes && e.To.Kind == OutletKind && e.To != OutletNode(s.Origin) {
				if h, ok := relay(sources, false); ok && h.Node != e.To {
					p = append(p, h)
				}
				p = append(p, Hop{Node: e.To, Relation: Reports})
				return append(p, Hop{Node: an, Relation: Republishes, Evidence: e.Evidence})
			}
		}
		if m.Outlet != "" && m.Outlet == s.Origin {
			return append(p, Hop{Node: an, Relation: Cites, Evidence: m.OutletEvidence})
		}
		// An article that has the words from another outlet than the
		// origin: the one its quotation names, or the one source it cites.
		if h, ok := relay(sources, true); ok {
			evidence := h.Evidence
			h.Evidence = ""
			return append(p, h, Hop{Node: an, Relation: Cites, Evidence: evidence})
		}
		return append(p, Hop{Node: an, Relation: Reports, Evidence: m.Evidence})
	}

	var out []Path
	done := make(map[Node]bool)
	for _, m := range s.Members {
		an := ArticleNode(m.Article)
		if done[an] {
			continue
		}
		done[an] = true
		out = append(out, pathTo(an, make(map[Node]bool)))
	}
	return out
}

// sourcesOf indexes the edges that cite or copy by the article they are
// from: the indexes of each article's in edges.
func sourcesOf(edges []Edge) map[Node][]int32 {
	from := make(map[Node][]int32)
	for k, e := range edges {
		if e.Relation == Cites || e.Relation == Republishes {
			from[e.From] = append(from[e.From], int32(k))
		}
	}
	return from
}
