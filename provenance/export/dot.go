package export

import (
	"bufio"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/quotetrace/quotetrace/provenance"
)

// dotExcerpt is the most runes of a statement's Text that its DOT label
// shows.
const dotExcerpt = 60

// DOTOptions say what DOTOptions.Write draws. The zero value draws what
// DOT draws.
type DOTOptions struct {
	// All draws every statement of the Trace. By default only the
	// statements reported by more than one article are drawn, with the
	// speakers, outlets and articles on their chains.
	All bool
}

// DOT writes t to w as a Graphviz DOT digraph of the statements reported
// by more than one article and the ways their words went, as
// DOTOptions{}.Write does. Its signature is a Format's; for every
// statement, use DOTOptions{All: true}.Write.
func DOT(w io.Writer, t *provenance.Trace) error {
	return DOTOptions{}.Write(w, t)
}

// Write writes t to w as a Graphviz DOT digraph, drawn left to right, of
// the statements o selects and the ways their words went from speaker to
// article, as Trace.Chain gives them. The graph's label says which
// statements, and how many of how many, it draws.
//
// Each statement is a cluster, a box labelled with its ID, its speaker
// and its words, that holds the articles reporting it: an article is
// drawn once in the cluster of each statement it reports (shape note,
// labelled with its ID and publisher). The speakers (ellipses), those who
// relayed the words, and the outlets (boxes) are drawn once each, outside
// the clusters; any other node a chain names is a dashed box. A
// statement's words are shown on one line, cut to 60 runes with "…" when
// longer, after the cue of the member they are from, and in quote marks
// only when they are a quotation: reported speech is not (see Text).
//
// The edges are the hops of the chains, in the direction the words went,
// each labelled with how the words reached the node it points to: "told"
// (the speaker gave them to the outlet), "published by", "relayed by",
// "reported by", "cited by" (the article cites the node before it as its
// source) and "republished by". A chain reads along its edges: Dmitry
// Peskov → told → TASS → cited by → the articles of its cluster. A hop
// that the chains of several statements take, as when one speaker told
// one outlet several statements, is one edge, labelled with their number
// ("told ×3"). When every article of a cluster of two or more has the
// words from one node by one relation, their edges are drawn as one edge
// to the border of the cluster (lhead), which stands for one to each
// article. An edge's tooltip is the evidence of its hops, one a line,
// after the article's ID on an edge to a cluster. The edges of t.Edges
// that are no chain's hop, such as an article's citations of outlets it
// did not have the words from, are not drawn: Text, JSON and PROV give
// them all.
//
// Node IDs are the nodes' IDs (Node.String: "speaker:Vladimir Putin"),
// escaped as below, so that two speakers or outlets are one in DOT only
// when they are one in t; an article's node in a cluster has the ID of the
// article's node after the place of the cluster's statement in
// t.Statements, counted from 1, and "/" ("1/article:001_b4ca08a301601282"
// in the cluster of the first), so that no two are one. IDs, names and
// words are written as they are but for a backslash, control characters,
// line and paragraph separators, bidirectional overrides and isolates, and
// bytes that are not UTF-8, which are written as Go escapes that a label
// shows (\\, \t, \x1b, \u202e, \xff): "a\tb" and "a b" are two speakers,
// shown apart, and a line break in a name is no line break of its label.
// Every ID and label is a quoted DOT string, with `"` and `\` escaped, so
// that any text gives valid DOT that Graphviz renders.
//
// Speakers, outlets and other nodes are written first, in the order the
// chains first name them; then the clusters, in the order of
// t.Statements; then the edges, in the order the chains first take them.
// The same Trace gives the same bytes. Write returns the first error
// writing to w.
func (o DOTOptions) Write(w io.Writer, t *provenance.Trace) error {
	d := newDOTDrawing(t, o.All)
	bw := bufio.NewWriter(w)
	p := func(s ...string) {
		for _, x := range s {
			bw.WriteString(x)
		}
	}

	title := "All statements: " + strconv.Itoa(len(t.Statements))
	if !o.All {
		title = "Statements reported by more than one article: " + strconv.Itoa(len(d.clusters)) + " of " + strconv.Itoa(len(t.Statements))
	}
	p("digraph quotetrace {\n",
		"  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=12, label=", dotQuote(title), ", labelloc=t, labeljust=l,\n",
		"         nodesep=0.15, ranksep=0.5, newrank=true, compound=true];\n",
		"  node [fontname=\"Helvetica\", fontsize=10, height=0.3, margin=\"0.1,0.04\"];\n",
		"  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\", fontcolor=\"#333333\"];\n")

	if len(d.nodes) > 0 {
		p("\n  // speakers, outlets and other nodes\n")
	}
	for _, n := range d.nodes {
		var attrs string
		switch n.Kind {
		case provenance.SpeakerKind:
			attrs = `shape=ellipse, style=filled, fillcolor="#e3f0fc"`
		case provenance.OutletKind:
			attrs = `shape=box, style=filled, fillcolor="#fdebd3"`
		default:
			attrs = `shape=box, style=dashed`
		}
		p("  ", dotQuote(escape(n.String())), " [label=", dotQuote(dotName(n)), ", ", attrs, "];\n")
	}

	for _, c := range d.clusters {
		s := &t.Statements[c.index]
		label := escape(s.ID) + " · " + speaker(s)
		kind, cue := wordsKind(s)
		label += "\n" + said("", cue, kind, s.Text, dotExcerpt)
		p("\n  subgraph ", dotQuote(c.name()), " {\n",
			"    label=", dotQuote(label), ";\n",
			"    style=\"rounded,filled\"; fillcolor=\"#fffbe6\"; color=\"#d9c77a\"; fontsize=10;\n")
		for _, id := range c.articles {
			label := escape(id)
			if pub := d.publisher[id]; pub != "" {
				label += "\n" + escape(pub)
			}
			p("    ", dotQuote(c.articleID(id)), " [label=", dotQuote(label), `, shape=note, style=filled, fillcolor="#f5f5f5"];`, "\n")
		}
		p("  }\n")
	}

	// The articles in one column, at the right.
	if len(d.clusters) > 0 {
		p("\n  {\n    rank=max;\n")
		for _, c := range d.clusters {
			for _, id := range c.articles {
				p("    ", dotQuote(c.articleID(id)), ";\n")
			}
		}
		p("  }\n")
	}

	if len(d.edges) > 0 {
		p("\n  // edges, the way the words went\n")
	}
	for _, e := range d.edges {
		label := dotRelation(e.relation)
		if e.count > 1 {
			label += " ×" + strconv.Itoa(e.count)
		}
		p("  ", dotQuote(e.from), " -> ", dotQuote(e.to), " [label=", dotQuote(label))
		switch e.relation {
		case provenance.Cites:
			p(", style=dashed")
		case provenance.Republishes:
			p(", style=bold")
		case provenance.Relayed:
			p(", style=dotted")
		}
		if e.lhead != "" {
			p(", lhead=", dotQuote(e.lhead))
		}
		if len(e.evidence) > 0 {
			p(", tooltip=", dotQuote(strings.Join(e.evidence, "\n")))
		}
		p("];\n")
	}
	p("}\n")
	return bw.Flush()
}

// A dotDrawing is what Write draws of a Trace.
type dotDrawing struct {
	nodes     []provenance.Node // the nodes outside the clusters
	clusters  []*dotCluster
	edges     []*dotEdge
	publisher map[string]string // article ID → publisher
}

// A dotCluster is a statement's cluster: the statement's place in
// t.Statements and the IDs of the articles it holds, in order.
type dotCluster struct {
	index    int
	articles []string
}

// name returns the name of c's subgraph: "cluster_" and the place of its
// statement.
func (c *dotCluster) name() string { return "cluster_" + strconv.Itoa(c.index+1) }

// articleID returns the DOT ID, unquoted, of the article with the given
// ID in c. The place of c's statement, digits before the first "/", keeps
// the IDs of distinct clusters apart, and no ID outside a cluster begins
// with a digit.
func (c *dotCluster) articleID(id string) string {
	return strconv.Itoa(c.index+1) + "/" + escape(provenance.ArticleNode(id).String())
}

// A dotEdge is an edge of the drawing: the DOT IDs of its ends, unquoted,
// its relation, the number of statements whose chains take it and the
// distinct evidence of their hops, escaped.
type dotEdge struct {
	from, to string
	relation provenance.EdgeRelation
	count    int
	evidence []string
	last     *dotCluster // the cluster of the last statement counted
	// lhead is the name of the cluster whose border the edge ends at,
	// when it stands for one edge to each article of the cluster.
	lhead string
}

// newDOTDrawing works out the drawing of t: of every statement when all
// is set, else of those reported by more than one article.
func newDOTDrawing(t *provenance.Trace, all bool) *dotDrawing {
	d := &dotDrawing{publisher: make(map[string]string, len(t.Articles))}
	for _, a := range t.Articles {
		if _, dup := d.publisher[a.ID]; !dup {
			d.publisher[a.ID] = a.Publisher
		}
	}
	seen := make(map[provenance.Node]bool)
	type edgeKey struct {
		from, to string
		relation provenance.EdgeRelation
	}
	edges := make(map[edgeKey]*dotEdge)
	for i := range t.Statements {
		s := &t.Statements[i]
		if !all && articlesOf(s) < 2 {
			continue
		}
		c := &dotCluster{index: i}
		d.clusters = append(d.clusters, c)
		inCluster := make(map[string]bool)
		article := func(id string) {
			if !inCluster[id] {
				inCluster[id] = true
				c.articles = append(c.articles, id)
			}
		}
		// A node's DOT ID, unquoted: an article's in the cluster, any
		// other's once for the drawing.
		id := func(n provenance.Node) string {
			if n.Kind == provenance.ArticleKind {
				article(n.Name)
				return c.articleID(n.Name)
			}
			if !seen[n] {
				seen[n] = true
				d.nodes = append(d.nodes, n)
			}
			return escape(n.String())
		}
		for _, path := range t.Chain(s.ID) {
			if len(path) == 0 {
				continue
			}
			from := id(path[0].Node)
			for _, h := range path[1:] {
				to := id(h.Node)
				if to == from {
					continue // an outlet that speaks and publishes
				}
				k := edgeKey{from, to, h.Relation}
				e := edges[k]
				if e == nil {
					e = &dotEdge{from: from, to: to, relation: h.Relation}
					edges[k] = e
					d.edges = append(d.edges, e)
				}
				if e.last != c {
					e.last = c
					e.count++
				}
				if ev := escape(h.Evidence); ev != "" && !slices.Contains(e.evidence, ev) {
					e.evidence = append(e.evidence, ev)
				}
				from = to
			}
		}
		// The articles of the members, whether or not a chain reaches
		// them (Chain knows no statement whose ID is not its place).
		for _, m := range s.Members {
			article(m.Article)
		}
	}
	d.group()
	return d
}

// group draws as one edge to the border of a cluster the edges that reach
// its articles when they all come from one node by one relation, one to
// each article (the outlet that all of them cite), and there are two
// articles or more: the edge stands for one to each.
func (d *dotDrawing) group() {
	into := make(map[string][]*dotEdge) // the edges into each article of a cluster
	for _, e := range d.edges {
		into[e.to] = append(into[e.to], e)
	}
	drop := make(map[*dotEdge]bool)
	for _, c := range d.clusters {
		if len(c.articles) < 2 {
			continue
		}
		var group []*dotEdge
		for _, id := range c.articles {
			in := into[c.articleID(id)]
			if len(in) != 1 || len(group) > 0 && (in[0].from != group[0].from || in[0].relation != group[0].relation) {
				group = nil
				break
			}
			group = append(group, in[0])
		}
		if group == nil {
			continue
		}
		// The evidence of each article's edge, after the article's ID.
		var evidence []string
		for k, e := range group {
			for _, ev := range e.evidence {
				evidence = append(evidence, escape(c.articles[k])+": "+ev)
			}
			if k > 0 {
				drop[e] = true
			}
		}
		first := group[0]
		first.to = c.articleID(c.articles[len(c.articles)/2])
		first.lhead = c.name()
		first.evidence = evidence
	}
	d.edges = slices.DeleteFunc(d.edges, func(e *dotEdge) bool { return drop[e] })
}

// dotRelation returns the label of an edge of the relation r, which
// reads in the direction the words went.
func dotRelation(r provenance.EdgeRelation) string {
	switch r {
	case provenance.Told:
		return "told"
	case provenance.Published:
		return "published by"
	case provenance.Relayed:
		return "relayed by"
	case provenance.Reports:
		return "reported by"
	case provenance.Cites:
		return "cited by"
	case provenance.Republishes:
		return "republished by"
	}
	return escape(string(r))
}

// dotQuote returns s as a quoted DOT string: `\` and `"` escaped, and
// line breaks written as \n, which a label shows as a line break. The
// names and words of a Trace in s are to be escaped (see escape) first, so
// that the only line breaks are the label's own.
func dotQuote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// dotName returns the label of the node n: its name ("Reuters" of the
// outlet Reuters), or its ID when the name is "", escaped.
func dotName(n provenance.Node) string {
	if n.Name != "" {
		return escape(n.Name)
	}
	return escape(n.String())
}
