package provenance

import (
	"slices"

	"github.com/quotetrace/quotetrace/attribution"
)

// Published is the relation of a statement to its origin outlet when the
// words were not given to the outlet but first published by it: it quoted
// or reported the speaker, or carried the earliest article.
const Published EdgeRelation = "published"

// edges returns the edges of the trace t of g, in the order of the
// statements and then of the articles: for each statement, who said it,
// who relayed it and where it was given, then which articles report it and
// whom they cite for it; then each article's citations of no one statement
// and the copies it republishes.
func (g *Graph) edges(t *Trace) []Edge {
	node := func(kind NodeKind, name string) Node { return Node{Kind: kind, Name: name} }
	const article, outlet, speaker = ArticleKind, OutletKind, SpeakerKind
	// published holds, for each statement and publisher, the first two
	// articles of the publisher that report the statement, each plus one
	// (0 for none): source takes the first that is not the citing
	// article. reports lists the statements of each article, in order.
	// Both by index: a large corpus has a member a quotation.
	articleIndex := make(map[string]int32, len(t.Articles))
	publisherID := make(map[string]int32)
	publisherOf := make([]int32, len(t.Articles)) // -1: none
	for i, a := range t.Articles {
		articleIndex[a.ID] = int32(i)
		publisherOf[i] = -1
		if a.Publisher != "" {
			id, ok := publisherID[a.Publisher]
			if !ok {
				id = int32(len(publisherID))
				publisherID[a.Publisher] = id
			}
			publisherOf[i] = id
		}
	}
	published := make(map[[2]int32][2]int32)
	reports := make([][]int32, len(t.Articles))
	for k, s := range t.Statements {
		for _, m := range s.Members {
			ai := articleIndex[m.Article]
			if r := reports[ai]; len(r) == 0 || r[len(r)-1] != int32(k) {
				reports[ai] = append(r, int32(k))
				if p := publisherOf[ai]; p >= 0 {
					key := [2]int32{int32(k), p}
					first := published[key]
					switch {
					case first[0] == 0:
						first[0] = ai + 1
					case first[1] == 0:
						first[1] = ai + 1
					}
					published[key] = first
				}
			}
		}
	}
	// source returns the node the article at index from cites as outlet o
	// for the statement at index statement (or for any of its statements,
	// when statement is -1): an article of the corpus that o published and
	// that reports the statement, else the outlet.
	source := func(from int32, o string, statement int32) Node {
		p, ok := publisherID[o]
		if !ok {
			return node(outlet, o)
		}
		statements := reports[from]
		if statement >= 0 {
			statements = []int32{statement}
		}
		for _, s := range statements {
			for _, ai := range published[[2]int32{s, p}] {
				if ai != 0 && ai-1 != from {
					return node(article, t.Articles[ai-1].ID)
				}
			}
		}
		return node(outlet, o)
	}

	// cited holds the nodes each article cites for a statement, by the
	// article's index in t.Articles.
	type citedKey struct {
		article int32
		to      Node
	}
	cited := make(map[citedKey]bool)
	for k, s := range t.Statements {
		for _, m := range s.Members {
			if citesOutlet(m) {
				ai := articleIndex[m.Article]
				cited[citedKey{ai, source(ai, m.Outlet, int32(k))}] = true
			}
		}
	}
	// articleEdges calls f with the edges of the article at index ai that
	// are of no one statement, evidence left out when evidence is not set:
	// the copy it republishes, and its citations but those of outlets it
	// cites for a statement.
	articleEdges := func(ai int, evidence bool, f func(Edge)) {
		info := t.Articles[ai]
		a := g.articles[g.byID[info.ID]]
		an := node(article, info.ID)
		if info.CopyOf != "" {
			e := Edge{From: an, To: node(article, info.CopyOf), Relation: Republishes}
			if evidence {
				e.Evidence = copyEvidence(a, t.Articles[articleIndex[info.CopyOf]])
			}
			f(e)
		}
		for _, c := range a.cites {
			rel := Cites
			if c.relation == attribution.Republished {
				rel = Republishes
			}
			to := source(int32(ai), c.outlet, -1)
			if rel == Cites && cited[citedKey{int32(ai), to}] {
				continue // cited already for a statement
			}
			e := Edge{From: an, To: to, Relation: rel}
			if evidence {
				e.Evidence = c.evidence
			}
			f(e)
		}
	}

	// The edges, counted before they are made, as they are what a large
	// Trace holds most of: per statement, said, relayed, told, and per
	// article one reports and one cites an outlet (see citesOutlet); per
	// article, its edges of no one statement, each once.
	n := 0
	for _, s := range t.Statements {
		n += len(s.Via)
		if s.Speaker != "" {
			n++
		}
		if s.Origin != "" {
			n++
		}
		from := 0 // the first member of the article
		for k, m := range s.Members {
			if k == 0 || m.Article != s.Members[k-1].Article {
				n++
				from = k
			}
			if citesOutlet(m) && !slices.ContainsFunc(s.Members[from:k], func(p Member) bool { return p.Outlet == m.Outlet && citesOutlet(p) }) {
				n++
			}
		}
	}
	var once []Edge
	for ai := range t.Articles {
		once = once[:0]
		articleEdges(ai, false, func(e Edge) {
			if !slices.Contains(once, e) {
				once = append(once, e)
				n++
			}
		})
	}
	out := make([]Edge, 0, n)
	// Edges repeat only within one statement's, or one article's: seen
	// holds those of the current one, evidence left out.
	seen := make(map[Edge]bool)
	add := func(e Edge) {
		key := e
		key.Evidence = ""
		if !seen[key] {
			seen[key] = true
			out = append(out, e)
		}
	}
	for k, s := range t.Statements {
		clear(seen)
		sn := StatementNode(s.ID)
		if s.Speaker != "" {
			add(Edge{From: s.SpeakerNode(), To: sn, Relation: Said, Statement: s.ID, Evidence: speakerEvidence(s, s.Speaker)})
		}
		for _, v := range s.Via {
			add(Edge{From: node(speaker, v), To: sn, Relation: Relayed, Statement: s.ID, Evidence: relayEvidence(s, v)})
		}
		if s.Origin != "" {
			add(Edge{From: sn, To: node(outlet, s.Origin), Relation: originRelation(s), Statement: s.ID, Evidence: s.OriginEvidence})
		}
		for _, m := range s.Members {
			an := node(article, m.Article)
			add(Edge{From: an, To: sn, Relation: Reports, Statement: s.ID, Evidence: m.Evidence})
			if citesOutlet(m) {
				add(Edge{From: an, To: source(articleIndex[m.Article], m.Outlet, int32(k)), Relation: Cites, Statement: s.ID, Evidence: m.OutletEvidence})
			}
		}
	}
	for ai := range t.Articles {
		clear(seen)
		articleEdges(ai, true, add)
	}
	return out
}

// citesOutlet reports whether the article of member m cites the outlet
// m names for its statement: one that is not the speaker.
func citesOutlet(m Member) bool {
	return m.Outlet != "" && !(m.Speaker != "" && sameName(m.Outlet, m.Speaker))
}

// originRelation is the relation of a statement to its origin outlet.
func originRelation(s Statement) EdgeRelation {
	for _, m := range s.Members {
		if m.Outlet == s.Origin && (m.Relation == attribution.Told || m.Relation == attribution.Interview) {
			return Told
		}
	}
	return Published
}

// speakerEvidence returns the words of the first member that attribute the
// statement to the speaker name.
func speakerEvidence(s Statement, name string) string {
	for _, m := range s.Members {
		if m.Evidence != "" && sameName(m.Speaker, name) {
			return m.Evidence
		}
	}
	return ""
}

// relayEvidence returns the words of the first member that has name relay
// the statement.
func relayEvidence(s Statement, name string) string {
	for _, m := range s.Members {
		if sameName(m.Via, name) && m.ViaEvidence != "" {
			return m.ViaEvidence
		}
	}
	return speakerEvidence(s, name)
}

// copyEvidence returns the words that show that the article a is a copy of
// orig: its "Source:" line when that names orig's publisher, else what the
// texts and dates say.
func copyEvidence(a *article, orig ArticleInfo) string {
	for _, c := range a.cites {
		if c.relation == attribution.Republished && sameName(c.outlet, orig.Publisher) {
			return c.evidence
		}
	}
	if !a.info.Published.IsZero() && !orig.Published.IsZero() && a.info.Published.After(orig.Published) {
		return "the same text, published later"
	}
	return "the same text"
}
