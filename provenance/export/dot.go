package export

import (
	"bufio"
	"io"
	"slices"
	"strings"

	"github.com/quotetrace/quotetrace/provenance"
)

// dotExcerpt is the most runes of a statement's Text that its DOT label
// shows.
const dotExcerpt = 60

// DOT writes t to w as a Graphviz DOT digraph: one node for each
// article of t.Articles (shape note, labelled with its ID and publisher),
// each statement of t.Statements (a rounded box labelled with its ID, its
// speaker and its Text, on one line and cut to 60 runes with "…" when
// longer), and each speaker (ellipse) and outlet (box) that an edge of
// t.Edges starts or ends at (any other node an edge names is a dashed
// box); then one edge for each of t.Edges, labelled with its relation and
// with its evidence as tooltip.
//
// Node IDs are the nodes' IDs (Node.String: "speaker:Vladimir Putin"),
// escaped as below, so that two nodes are one in DOT only when they are one
// in t. IDs, names and words are written as they are but for a backslash,
// control characters, line and paragraph separators, bidirectional
// overrides and isolates, and bytes that are not UTF-8, which are written as
// Go escapes that a label shows (\\, \t, \x1b, \u202e, \xff): "a\tb" and
// "a b" are two speakers, shown apart, and a line break in a name is no
// line break of its label. Every ID and label is a quoted DOT string, with
// `"` and `\` escaped, so that any text gives valid DOT that Graphviz
// renders.
//
// Nodes are written articles first, then statements, in the order of t,
// then speakers and outlets in the order of their names; edges in the order
// of t.Edges. The same Trace gives the same bytes. DOT returns the
// first error writing to w.
func DOT(w io.Writer, t *provenance.Trace) error {
	bw := bufio.NewWriter(w)
	p := func(s ...string) {
		for _, x := range s {
			bw.WriteString(x)
		}
	}

	p("digraph quotetrace {\n",
		"  graph [rankdir=LR, fontname=\"Helvetica\"];\n",
		"  node [fontname=\"Helvetica\", fontsize=10];\n",
		"  edge [fontname=\"Helvetica\", fontsize=9];\n")

	declared := make(map[provenance.Node]bool)
	node := func(n provenance.Node, label, attrs string) {
		declared[n] = true
		p("  ", dotQuote(escape(n.String())), " [label=", dotQuote(label), ", ", attrs, "];\n")
	}

	if len(t.Articles) > 0 {
		p("\n  // articles\n")
	}
	for _, a := range t.Articles {
		label := escape(a.ID)
		if a.Publisher != "" {
			label += "\n" + escape(a.Publisher)
		}
		node(provenance.ArticleNode(a.ID), label, `shape=note, style=filled, fillcolor="#f5f5f5"`)
	}

	if len(t.Statements) > 0 {
		p("\n  // statements\n")
	}
	for _, s := range t.Statements {
		label := escape(s.ID)
		if s.Speaker != "" {
			label += " · " + escape(s.Speaker)
		}
		if x := excerpt(s.Text, dotExcerpt); x != "" {
			label += "\n“" + escape(x) + "”"
		}
		node(provenance.StatementNode(s.ID), label, `shape=box, style="rounded,filled", fillcolor="#fffbe6"`)
	}

	// Speakers and outlets, and any other node an edge names that is not
	// declared above.
	var speakers, outlets, others []provenance.Node
	seen := make(map[provenance.Node]bool)
	for _, e := range t.Edges {
		for _, n := range [2]provenance.Node{e.From, e.To} {
			if declared[n] || seen[n] {
				continue
			}
			seen[n] = true
			switch n.Kind {
			case provenance.SpeakerKind:
				speakers = append(speakers, n)
			case provenance.OutletKind:
				outlets = append(outlets, n)
			default:
				others = append(others, n)
			}
		}
	}
	byName := func(a, b provenance.Node) int { return strings.Compare(a.Name, b.Name) }
	slices.SortFunc(speakers, byName)
	slices.SortFunc(outlets, byName)
	if len(speakers) > 0 {
		p("\n  // speakers\n")
	}
	for _, n := range speakers {
		node(n, dotName(n), `shape=ellipse, style=filled, fillcolor="#e3f0fc"`)
	}
	if len(outlets) > 0 {
		p("\n  // outlets\n")
	}
	for _, n := range outlets {
		node(n, dotName(n), `shape=box, style=filled, fillcolor="#fdebd3"`)
	}
	if len(others) > 0 {
		p("\n  // other nodes\n")
	}
	for _, n := range others { // in the order of the edges
		node(n, dotName(n), `shape=box, style=dashed`)
	}

	if len(t.Edges) > 0 {
		p("\n  // edges\n")
	}
	for _, e := range t.Edges {
		p("  ", dotQuote(escape(e.From.String())), " -> ", dotQuote(escape(e.To.String())), " [label=", dotQuote(escape(string(e.Relation))))
		switch e.Relation {
		case provenance.Cites:
			p(", style=dashed")
		case provenance.Republishes:
			p(", style=bold")
		case provenance.Relayed:
			p(", style=dotted")
		}
		if e.Evidence != "" {
			p(", tooltip=", dotQuote(escape(e.Evidence)))
		}
		p("];\n")
	}
	p("}\n")
	return bw.Flush()
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
