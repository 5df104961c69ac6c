package export_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/provenance/export"
	"github.com/quotetrace/quotetrace/quote"
)

// A dotGraph is what parseDOT read of a DOT digraph: its node statements
// and edge statements, with their attributes as Graphviz reads them, and
// its subgraphs.
type dotGraph struct {
	nodes     map[string]map[string]string // node statements by ID
	order     []string                     // node IDs in order
	edges     []dotEdge
	subgraphs []*dotSubgraph
	cluster   map[string]string // the cluster each node is declared in
}

type dotEdge struct {
	from, to string
	attrs    map[string]string
}

// A dotSubgraph is a subgraph: its name ("" when it has none), the
// attributes it sets (label=…) and the nodes it names, in order.
type dotSubgraph struct {
	name  string
	attrs map[string]string
	nodes []string
}

// parseDOT parses the part of the DOT language that DOT writes, as
// the grammar of https://graphviz.org/doc/info/lang.html gives it:
//
//	graph     : [strict] digraph [ID] '{' stmt_list '}'
//	stmt_list : [ stmt [';'] stmt_list ]
//	stmt      : node_stmt | edge_stmt | attr_stmt | ID '=' ID | subgraph
//	attr_stmt : (graph | node | edge) attr_list
//	attr_list : '[' [a_list] ']' [attr_list]
//	a_list    : ID '=' ID [(';' | ',')] [a_list]
//	edge_stmt : ID '->' ID ['->' ID …] [attr_list]
//	node_stmt : ID [attr_list]
//	subgraph  : [subgraph [ID]] '{' stmt_list '}'
//
// with comments, and with IDs that are names, numerals or quoted strings
// (in which \" is a quote, a \ before a line break joins lines and any
// other character stands for itself). It does not take nested subgraphs,
// subgraphs as ends of edges, ports, HTML strings or undirected edges,
// which DOT does not write, and it takes no line break inside a quoted
// string, which DOT writes as \n. A node is in the first cluster (a
// subgraph whose name begins "cluster") that declares it.
func parseDOT(src string) (*dotGraph, error) {
	toks, err := dotTokens(src)
	if err != nil {
		return nil, err
	}
	g := &dotGraph{nodes: make(map[string]map[string]string), cluster: make(map[string]string)}
	i := 0
	peek := func() dotToken {
		if i < len(toks) {
			return toks[i]
		}
		return dotToken{kind: 0}
	}
	next := func() dotToken { tok := peek(); i++; return tok }
	expect := func(kind byte, what string) (dotToken, error) {
		tok := next()
		if tok.kind != kind {
			return tok, fmt.Errorf("line %d: want %s, have %q", tok.line, what, tok.text)
		}
		return tok, nil
	}
	keyword := func(tok dotToken, word string) bool {
		return tok.kind == 'i' && !tok.quoted && strings.EqualFold(tok.text, word)
	}
	attrList := func() (map[string]string, error) {
		attrs := make(map[string]string)
		for peek().kind == '[' {
			next()
			for peek().kind != ']' {
				k, err := expect('i', "attribute name")
				if err != nil {
					return nil, err
				}
				if _, err := expect('=', "="); err != nil {
					return nil, err
				}
				v, err := expect('i', "attribute value")
				if err != nil {
					return nil, err
				}
				attrs[k.text] = v.text
				if peek().kind == ',' || peek().kind == ';' {
					next()
				}
			}
			next()
		}
		return attrs, nil
	}
	declare := func(id string, sub *dotSubgraph) {
		if _, ok := g.nodes[id]; !ok {
			g.order = append(g.order, id)
			g.nodes[id] = nil
		}
		if sub != nil {
			sub.nodes = append(sub.nodes, id)
			if _, in := g.cluster[id]; !in && strings.HasPrefix(sub.name, "cluster") {
				g.cluster[id] = sub.name
			}
		}
	}

	if keyword(peek(), "strict") {
		next()
	}
	if tok := next(); !keyword(tok, "digraph") {
		return nil, fmt.Errorf("line %d: want digraph, have %q", tok.line, tok.text)
	}
	if peek().kind == 'i' {
		next()
	}
	if _, err := expect('{', "{"); err != nil {
		return nil, err
	}
	var sub *dotSubgraph // the subgraph the statements are in, or nil
	for {
		if peek().kind == '}' {
			next()
			if sub == nil {
				break
			}
			sub = nil
			continue
		}
		tok := next()
		switch {
		case tok.kind == 0:
			return nil, fmt.Errorf("line %d: unclosed graph or subgraph", tok.line)
		case tok.kind == '{' || keyword(tok, "subgraph"):
			if sub != nil {
				return nil, fmt.Errorf("line %d: nested subgraph", tok.line)
			}
			sub = &dotSubgraph{attrs: make(map[string]string)}
			if tok.kind != '{' {
				if peek().kind == 'i' {
					sub.name = next().text
				}
				if _, err := expect('{', "{"); err != nil {
					return nil, err
				}
			}
			g.subgraphs = append(g.subgraphs, sub)
			continue
		case tok.kind != 'i':
			return nil, fmt.Errorf("line %d: want a statement, have %q", tok.line, tok.text)
		case keyword(tok, "graph") || keyword(tok, "node") || keyword(tok, "edge"):
			if peek().kind != '[' {
				return nil, fmt.Errorf("line %d: %s without attributes", tok.line, tok.text)
			}
			if _, err := attrList(); err != nil {
				return nil, err
			}
		case keyword(tok, "digraph") || keyword(tok, "strict"):
			return nil, fmt.Errorf("line %d: keyword %s", tok.line, tok.text)
		case peek().kind == '=':
			next()
			v, err := expect('i', "value")
			if err != nil {
				return nil, err
			}
			if sub != nil {
				sub.attrs[tok.text] = v.text
			}
		case peek().kind == '>':
			ids := []string{tok.text}
			for peek().kind == '>' {
				next()
				to, err := expect('i', "node ID")
				if err != nil {
					return nil, err
				}
				ids = append(ids, to.text)
			}
			attrs, err := attrList()
			if err != nil {
				return nil, err
			}
			for k := 1; k < len(ids); k++ {
				g.edges = append(g.edges, dotEdge{ids[k-1], ids[k], attrs})
			}
		default:
			attrs, err := attrList()
			if err != nil {
				return nil, err
			}
			declare(tok.text, sub)
			if len(attrs) > 0 || g.nodes[tok.text] == nil {
				g.nodes[tok.text] = attrs
			}
		}
		if peek().kind == ';' {
			next()
		}
	}
	if tok := peek(); tok.kind != 0 {
		return nil, fmt.Errorf("line %d: %q after the graph", tok.line, tok.text)
	}
	return g, nil
}

// A dotToken is a token of DOT: kind 'i' for an ID, '>' for the edge
// operator, the character itself for punctuation, 0 at the end.
type dotToken struct {
	kind   byte
	text   string
	quoted bool
	line   int
}

// dotTokens splits src into tokens.
func dotTokens(src string) ([]dotToken, error) {
	if !utf8.ValidString(src) {
		return nil, errors.New("not UTF-8")
	}
	var toks []dotToken
	line := 1
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '\n':
			line++
			i++
		case c == ' ' || c == '\t' || c == '\r':
			i++
		case strings.HasPrefix(src[i:], "//") || c == '#' && (i == 0 || src[i-1] == '\n'):
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case strings.HasPrefix(src[i:], "/*"):
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				return nil, fmt.Errorf("line %d: unclosed comment", line)
			}
			line += strings.Count(src[i:i+2+end], "\n")
			i += end + 4
		case strings.HasPrefix(src[i:], "->"):
			toks = append(toks, dotToken{kind: '>', text: "->", line: line})
			i += 2
		case strings.HasPrefix(src[i:], "--"):
			return nil, fmt.Errorf("line %d: undirected edge in a digraph", line)
		case strings.ContainsRune("{}[];,=", rune(c)):
			toks = append(toks, dotToken{kind: c, text: string(c), line: line})
			i++
		case c == '"':
			var b strings.Builder
			j := i + 1
			for ; j < len(src) && src[j] != '"'; j++ {
				switch {
				case src[j] == '\n':
					return nil, fmt.Errorf("line %d: line break in a quoted string", line)
				case src[j] == '\\' && j+1 < len(src) && src[j+1] == '"':
					b.WriteByte('"')
					j++
				case src[j] == '\\' && j+1 < len(src) && src[j+1] == '\\':
					b.WriteString(`\\`)
					j++
				default:
					b.WriteByte(src[j])
				}
			}
			if j == len(src) {
				return nil, fmt.Errorf("line %d: unclosed quoted string", line)
			}
			toks = append(toks, dotToken{kind: 'i', text: b.String(), quoted: true, line: line})
			i = j + 1
		case c == '<':
			return nil, fmt.Errorf("line %d: HTML string", line)
		case c == '-' || c == '.' || '0' <= c && c <= '9':
			j := i + 1
			for j < len(src) && (src[j] == '.' || '0' <= src[j] && src[j] <= '9') {
				j++
			}
			toks = append(toks, dotToken{kind: 'i', text: src[i:j], line: line})
			i = j
		default:
			j := i
			for j < len(src) {
				r, n := utf8.DecodeRuneInString(src[j:])
				if !(r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r >= 0x80 || j > i && '0' <= r && r <= '9') {
					break
				}
				j += n
			}
			if j == i {
				return nil, fmt.Errorf("line %d: unexpected %q", line, src[i:i+1])
			}
			toks = append(toks, dotToken{kind: 'i', text: src[i:j], line: line})
			i = j
		}
	}
	return toks, nil
}

// dotLabel returns what Graphviz shows for the label s: \\ is \, and \n,
// \l and \r are line breaks.
func dotLabel(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			switch s[i] {
			case 'n', 'l', 'r':
				b.WriteByte('\n')
			default:
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// dotRelations are the labels of the edges of each relation.
var dotRelations = map[provenance.EdgeRelation]string{
	provenance.Told:        "told",
	provenance.Published:   "published by",
	provenance.Relayed:     "relayed by",
	provenance.Reports:     "reported by",
	provenance.Cites:       "cited by",
	provenance.Republishes: "republished by",
}

// drawn reports whether the options draw s: every statement with All,
// else those that more than one article reports.
func drawn(opts export.DOTOptions, s *provenance.Statement) bool {
	if opts.All {
		return true
	}
	articles := make(map[string]bool)
	for _, m := range s.Members {
		articles[m.Article] = true
	}
	return len(articles) > 1
}

// dotNode reads a node ID of the DOT back: the node's ID as Node.String
// gives it, and the place in the Trace's statements, counted from 1, of
// the cluster of an article's node, else 0.
func dotNode(t *testing.T, id string) (string, int) {
	t.Helper()
	k := 0
	if prefix, rest, ok := strings.Cut(id, "/"); ok && prefix != "" && strings.Trim(prefix, "0123456789") == "" {
		k, _ = strconv.Atoi(prefix)
		id = rest
	}
	return unescapeGo(t, strings.ReplaceAll(id, `\\`, `\`)), k
}

// A hopKey is an edge the chains of a Trace give: its ends as Node.String
// gives them, the place of the cluster of each end that is an article's
// node (else 0), and its relation.
type hopKey struct {
	from, to   string
	fromK, toK int
	relation   string
}

// checkDOT checks that opts write tr as valid DOT that draws what the
// chains of tr say: a cluster for each statement drawn, holding the
// articles that report it; a node for each speaker, outlet and other node
// of their chains, and no other; and an edge for each hop, and no other,
// labelled with its relation and the number of statements whose chains
// take it. It renders the DOT with Graphviz when dot is on PATH, and
// returns the DOT and what parseDOT read of it.
func checkDOT(t *testing.T, tr *provenance.Trace, opts export.DOTOptions) (string, *dotGraph) {
	t.Helper()
	var buf bytes.Buffer
	if err := opts.Write(&buf, tr); err != nil {
		t.Fatal(err)
	}
	src := buf.String()
	g, err := parseDOT(src)
	if err != nil {
		t.Fatalf("DOT wrote invalid DOT: %v\n%s", err, src)
	}

	// What the chains say.
	wantClusters := make(map[int]map[string]bool) // place → the article nodes of its cluster
	wantShared := make(map[string]bool)           // the other nodes
	wantEdges := make(map[hopKey]int)             // edge → the number of statements that take it
	for i := range tr.Statements {
		s := &tr.Statements[i]
		if !drawn(opts, s) {
			continue
		}
		k := i + 1
		articles := make(map[string]bool)
		wantClusters[k] = articles
		for _, m := range s.Members {
			articles[provenance.ArticleNode(m.Article).String()] = true
		}
		end := func(n provenance.Node) (string, int) {
			if n.Kind == provenance.ArticleKind {
				articles[n.String()] = true
				return n.String(), k
			}
			wantShared[n.String()] = true
			return n.String(), 0
		}
		taken := make(map[hopKey]bool)
		for _, p := range tr.Chain(s.ID) {
			if len(p) == 0 {
				continue
			}
			from, fromK := end(p[0].Node)
			for _, h := range p[1:] {
				to, toK := end(h.Node)
				if to == from && toK == fromK {
					continue
				}
				key := hopKey{from, to, fromK, toK, string(h.Relation)}
				if !taken[key] {
					taken[key] = true
					wantEdges[key]++
				}
				from, fromK = to, toK
			}
		}
	}

	// What the DOT draws.
	clusters := make(map[string]int) // cluster name → place
	for _, sub := range g.subgraphs {
		if !strings.HasPrefix(sub.name, "cluster_") {
			continue
		}
		k, err := strconv.Atoi(strings.TrimPrefix(sub.name, "cluster_"))
		if err != nil || k < 1 || k > len(tr.Statements) {
			t.Errorf("cluster %q names no statement", sub.name)
			continue
		}
		clusters[sub.name] = k
		s := &tr.Statements[k-1]
		if wantClusters[k] == nil {
			t.Errorf("cluster of %s, which is not to be drawn", s.ID)
		}
		if id, _, _ := strings.Cut(dotLabel(sub.attrs["label"]), " · "); unescapeGo(t, id) != s.ID {
			t.Errorf("cluster of %s has the label %q", s.ID, sub.attrs["label"])
		}
	}
	if len(clusters) != len(wantClusters) {
		t.Errorf("%d clusters, want %d", len(clusters), len(wantClusters))
	}
	gotClusters := make(map[int]map[string]bool)
	gotShared := make(map[string]bool)
	for id, attrs := range g.nodes {
		if attrs["label"] == "" || attrs["shape"] == "" {
			t.Errorf("node %q has attributes %v", id, attrs)
		}
		n, k := dotNode(t, id)
		if k == 0 {
			gotShared[n] = true
			if g.cluster[id] != "" {
				t.Errorf("node %q is in %s", id, g.cluster[id])
			}
			continue
		}
		if clusters[g.cluster[id]] != k {
			t.Errorf("node %q is in the cluster %q", id, g.cluster[id])
		}
		if gotClusters[k] == nil {
			gotClusters[k] = make(map[string]bool)
		}
		gotClusters[k][n] = true
		if attrs["shape"] != "note" {
			t.Errorf("article %q has shape %s", id, attrs["shape"])
		}
	}
	if diff := cmp.Diff(wantShared, gotShared, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("the nodes outside the clusters differ (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantClusters, gotClusters, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("the articles of the clusters differ (-want +got):\n%s", diff)
	}

	// Each edge is a hop of a chain, or stands for one to each article of
	// a cluster; each hop is drawn once.
	gotEdges := make(map[hopKey]int)
	for i, e := range g.edges {
		if _, ok := g.nodes[e.from]; !ok {
			t.Errorf("edge %d %q -> %q has an undeclared end", i, e.from, e.to)
		}
		if _, ok := g.nodes[e.to]; !ok {
			t.Errorf("edge %d %q -> %q has an undeclared end", i, e.from, e.to)
		}
		label := dotLabel(e.attrs["label"])
		rel, count, _ := strings.Cut(label, " ×")
		n := 1
		if count != "" {
			n, _ = strconv.Atoi(count)
			if n < 2 {
				t.Errorf("edge %d has the label %q", i, label)
			}
		}
		relation := ""
		for r, l := range dotRelations {
			if l == rel {
				relation = string(r)
			}
		}
		if relation == "" {
			relation = unescapeGo(t, strings.ReplaceAll(rel, `\\`, `\`))
		}
		from, fromK := dotNode(t, e.from)
		tos := []string{e.to}
		if lhead := e.attrs["lhead"]; lhead != "" {
			if g.cluster[e.to] != lhead {
				t.Errorf("edge %d ends at %q, which is not in its lhead %q", i, e.to, lhead)
			}
			tos = nil
			for _, sub := range g.subgraphs {
				if sub.name == lhead {
					tos = sub.nodes
				}
			}
			if len(tos) < 2 {
				t.Errorf("edge %d ends at the border of %q, of %d articles", i, lhead, len(tos))
			}
		}
		for _, to := range tos {
			to, toK := dotNode(t, to)
			key := hopKey{from, to, fromK, toK, relation}
			if _, dup := gotEdges[key]; dup {
				t.Errorf("edge %q -> %q %s is drawn twice", from, to, relation)
			}
			gotEdges[key] = n
		}
	}
	if diff := cmp.Diff(wantEdges, gotEdges, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("the edges differ from the chains' hops (-want +got):\n%s", diff)
	}

	// The same Trace gives the same bytes.
	var again bytes.Buffer
	if err := opts.Write(&again, tr); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Errorf("two writes of one Trace differ")
	}
	if strings.ContainsFunc(src, forbidden) {
		t.Errorf("the DOT holds control characters or bidirectional overrides")
	}

	t.Run("graphviz", func(t *testing.T) {
		path, err := exec.LookPath("dot")
		if err != nil {
			if os.Getenv("QUOTETRACE_REQUIRE_DOT") != "" {
				t.Fatal("Graphviz dot is not on PATH, and QUOTETRACE_REQUIRE_DOT (set by CI) requires it")
			}
			t.Skip("Graphviz dot is not on PATH; install graphviz to check that the output renders")
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, path, "-Tsvg")
		cmd.Stdin = strings.NewReader(src)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("dot -Tsvg: %v\n%s", err, stderr.String())
		}
		if !strings.Contains(stdout.String(), "<svg") {
			t.Errorf("dot -Tsvg wrote no SVG")
		}
		if n := strings.Count(stdout.String(), `class="node"`); n != len(g.nodes) {
			t.Errorf("dot -Tsvg drew %d nodes, want %d", n, len(g.nodes))
		}
		if n := strings.Count(stdout.String(), `class="cluster"`); n != len(clusters) {
			t.Errorf("dot -Tsvg drew %d clusters, want %d", n, len(clusters))
		}
		if s := stderr.String(); s != "" {
			t.Errorf("dot -Tsvg: %s", s)
		}
	})
	return src, g
}

// The statements of the samples reported by more than one article, and
// the ways their words went: Peskov told TASS, which the three articles of
// its cluster cite; Trump told the New York Post three statements, one
// Putin's, relayed by Trump.
func TestDOTSamples(t *testing.T) {
	tr := exportSamples(t)
	_, g := checkDOT(t, tr, export.DOTOptions{})

	clusters := make(map[string]*dotSubgraph) // by statement ID
	for _, sub := range g.subgraphs {
		if strings.HasPrefix(sub.name, "cluster_") {
			id, _, _ := strings.Cut(dotLabel(sub.attrs["label"]), " · ")
			clusters[id] = sub
		}
	}
	var ids []string
	for id := range clusters {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	if want := []string{"s1", "s11", "s2", "s9"}; !slices.Equal(ids, want) {
		t.Fatalf("clusters of %q, want %q", ids, want)
	}
	labels := map[string]string{
		// A quotation, in quote marks, after the cue of the article
		// whose words these are.
		"s1": "s1 · Dmitry Peskov\nreplied: “What can be said about this news: as the administration in…”",
		// Reported speech, in none.
		"s2":  "s2 · Donald Trump\ntold: he had a phone conversation with his Russian counterpart Vl…",
		"s11": "s11 · Vladimir Putin via Donald Trump\nnoted: “He (Putin) wants to see people stop dying”",
	}
	for id, want := range labels {
		if got := dotLabel(clusters[id].attrs["label"]); got != want {
			t.Errorf("cluster of %s has the label %q, want %q", id, got, want)
		}
	}
	for _, a := range tr.Articles {
		id := "1/" + provenance.ArticleNode(a.ID).String()
		if a.ID[:3] == "002" || a.ID[:3] == "004" {
			continue
		}
		want := a.ID
		if a.Publisher != "" {
			want += "\n" + a.Publisher
		}
		if got := dotLabel(g.nodes[id]["label"]); got != want || g.cluster[id] != "cluster_1" {
			t.Errorf("article %s in s1: label %q in %q, want %q in cluster_1", a.ID, got, g.cluster[id], want)
		}
	}

	edges := make(map[string]string) // "from -> to" → label
	for _, e := range g.edges {
		to := e.to
		if e.attrs["lhead"] != "" {
			to = e.attrs["lhead"]
		}
		edges[e.from+" -> "+to] = dotLabel(e.attrs["label"])
	}
	want := map[string]string{
		"speaker:Dmitry Peskov -> outlet:TASS":           "told",
		"outlet:TASS -> cluster_1":                       "cited by",
		"speaker:Donald Trump -> outlet:New York Post":   "told ×3",
		"outlet:New York Post -> cluster_2":              "cited by",
		"outlet:New York Post -> cluster_9":              "cited by",
		"outlet:New York Post -> cluster_11":             "cited by",
		"speaker:Vladimir Putin -> speaker:Donald Trump": "relayed by",
	}
	if diff := cmp.Diff(want, edges); diff != "" {
		t.Errorf("edges differ (-want +got):\n%s", diff)
	}

	// All the statements.
	_, all := checkDOT(t, tr, export.DOTOptions{All: true})
	n := 0
	for _, sub := range all.subgraphs {
		if strings.HasPrefix(sub.name, "cluster_") {
			n++
		}
	}
	if n != len(tr.Statements) {
		t.Errorf("All drew %d clusters for %d statements", n, len(tr.Statements))
	}

	// DOT draws what the zero options draw.
	var dot, zero bytes.Buffer
	if err := export.DOT(&dot, tr); err != nil {
		t.Fatal(err)
	}
	if err := (export.DOTOptions{}).Write(&zero, tr); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(dot.Bytes(), zero.Bytes()) {
		t.Error("DOT and DOTOptions{}.Write differ")
	}
}

// shownNames are names as Text and DOT are to show them: as they are, but
// for the characters that are written as Go escapes.
var shownNames = []struct{ name, shown string }{
	{`Ja"ne \ Doe`, `Ja"ne \\ Doe`},
	{"Line one\nline two\r\nthree", `Line one\nline two\r\nthree`},
	{`trailing backslash \`, `trailing backslash \\`},
	{`\"`, `\\"`},
	{`\n is not a line break`, `\\n is not a line break`},
	{"Nguyễn Phú Trọng 習近平 🙂", "Nguyễn Phú Trọng 習近平 🙂"},
	{"tab\there\x00nul", `tab\there\x00nul`},
	{"a b", "a b"},
	{"a\tb", `a\tb`},
	{"bad \xff utf-8", `bad \xff utf-8`},
	{"\x1b[31mred\x1b[0m \x1b]0;title\x07", `\x1b[31mred\x1b[0m \x1b]0;title\a`},
	{"csi\u009b2J", `csi\u009b2J`},
	{"\u202eevil\u202c \u2066isolate\u2069", `\u202eevil\u202c \u2066isolate\u2069`},
	{"ls\u2028ps\u2029", `ls\u2028ps\u2029`},
	{"", ""},
}

// unescapeGo reads back the Go escapes of a name as Text or DOT show it.
func unescapeGo(t *testing.T, shown string) string {
	t.Helper()
	s, err := strconv.Unquote(`"` + strings.ReplaceAll(shown, `"`, `\"`) + `"`)
	if err != nil {
		t.Fatalf("%q: %v", shown, err)
	}
	return s
}

// forbidden reports whether r is a character that Text and DOT must not
// write as it is.
func forbidden(r rune) bool {
	return r < 0x20 && r != '\n' || 0x7f <= r && r <= 0x9f || r == '\u2028' || r == '\u2029' ||
		'\u202a' <= r && r <= '\u202e' || '\u2066' <= r && r <= '\u2069'
}

func TestDOTEscapes(t *testing.T) {
	// Names and texts with quotes, backslashes, line breaks, unicode,
	// control characters, bidirectional overrides and invalid UTF-8: each
	// a statement's speaker and origin, and an article's ID and publisher.
	tr := &provenance.Trace{}
	for i, x := range shownNames {
		name := x.name
		sid := fmt.Sprintf("s%d", i+1)
		aid := fmt.Sprintf(`a%d %s`, i+1, name)
		tr.Articles = append(tr.Articles, provenance.ArticleInfo{ID: aid, Publisher: name})
		tr.Statements = append(tr.Statements, provenance.Statement{
			ID: sid, Speaker: name, SpeakerType: attribution.Person, Origin: name, OriginEvidence: "told " + name,
			Text: strings.Repeat(name+` "quoted" \ `, 8),
			Members: []provenance.Member{{
				Article: aid, Kind: quote.Direct, Text: strings.Repeat(name+` "quoted" \ `, 8), Speaker: name,
				Outlet: name, Relation: attribution.Told, OutletEvidence: "told " + name, Cue: name, Evidence: name + "\nsaid",
			}},
		})
	}
	src, g := checkDOT(t, tr, export.DOTOptions{All: true})

	for i, x := range shownNames {
		sid := fmt.Sprintf("s%d", i+1)
		aid := fmt.Sprintf(`a%d %s`, i+1, x.shown)
		// A node's ID is its Node's, escaped.
		article := g.nodes[dotID(fmt.Sprintf("%d/article:%s", i+1, aid))]
		want := aid
		if x.name != "" {
			want += "\n" + x.shown
		}
		if got := dotLabel(article["label"]); article == nil || got != want {
			t.Errorf("article %q has label %q, want %q", aid, got, want)
		}
		var cluster *dotSubgraph
		for _, sub := range g.subgraphs {
			if sub.name == fmt.Sprintf("cluster_%d", i+1) {
				cluster = sub
			}
		}
		if cluster == nil {
			t.Errorf("no cluster for %s", sid)
			continue
		}
		label := dotLabel(cluster.attrs["label"])
		wantHead := sid + " · speaker unknown\n"
		if x.name != "" {
			wantHead = sid + " · " + x.shown + "\n" + x.shown + ": “"
			for _, node := range []string{"speaker:", "outlet:"} {
				attrs := g.nodes[dotID(node+x.shown)]
				if got := dotLabel(attrs["label"]); attrs == nil || got != x.shown {
					t.Errorf("%s%q has label %q, want %q", node, x.name, got, x.shown)
				}
			}
		}
		if !strings.HasPrefix(label, wantHead) {
			t.Errorf("statement %s has label %q, want it to begin %q", sid, label, wantHead)
			continue
		}
		excerpt := strings.TrimPrefix(label[len(wantHead):], "“")
		if !strings.HasSuffix(excerpt, "…”") {
			t.Errorf("statement %s shows %q, want it cut with …", sid, excerpt)
			continue
		}
		text := unescapeGo(t, strings.TrimSuffix(excerpt, "”"))
		if n := utf8.RuneCountInString(text); n > 60 || strings.ContainsAny(text, "\t\n\r") {
			t.Errorf("statement %s shows %d runes of text, %q; want 60 at most, on one line", sid, n, text)
		}
	}
	if !strings.Contains(src, "Nguyễn Phú Trọng 習近平 🙂") {
		t.Errorf("unicode names are not written as they are")
	}
}

// dotID returns a node ID shown as a DOT label shows it (Go escapes, \ as
// \\) as parseDOT reads it back from DOT: with each \ doubled.
func dotID(shown string) string {
	return strings.ReplaceAll(shown, `\`, `\\`)
}

// A tab and a space, and a line break and a backslash and n, are
// different names, different nodes and different labels.
func TestDOTDistinct(t *testing.T) {
	names := []string{"a b", "a\tb", `a\tb`, "a\nb", `a\nb`, "a\r\nb", "a\u2028b", "a\xffb", "a\uFFFDb"}
	tr := &provenance.Trace{}
	for i, n := range names {
		sid, aid := fmt.Sprintf("s%d", i+1), fmt.Sprintf("a%d", i+1)
		tr.Articles = append(tr.Articles, provenance.ArticleInfo{ID: aid})
		tr.Statements = append(tr.Statements, provenance.Statement{
			ID: sid, Speaker: n, SpeakerType: attribution.Person, Origin: n, Text: "Words.",
			Members: []provenance.Member{{Article: aid, Kind: quote.Direct, Text: "Words.", Speaker: n, Outlet: n, Relation: attribution.Told}},
		})
	}
	_, g := checkDOT(t, tr, export.DOTOptions{All: true})
	labels := make(map[string]string) // label → speaker
	speakers := 0
	for id, attrs := range g.nodes {
		if !strings.HasPrefix(id, "speaker:") {
			continue
		}
		speakers++
		if other, dup := labels[attrs["label"]]; dup {
			t.Errorf("speakers %q and %q have one label", other, id)
		}
		labels[attrs["label"]] = id
	}
	if speakers != len(names) {
		t.Errorf("%d speakers for %d names", speakers, len(names))
	}
}

// An edge that several statements' chains take is drawn once, with their
// number; edges to all the articles of a cluster from one node, as one to
// its border.
func TestDOTMerge(t *testing.T) {
	tr := &provenance.Trace{}
	for _, id := range []string{"a", "b", "c"} {
		tr.Articles = append(tr.Articles, provenance.ArticleInfo{ID: id, Publisher: "Planet " + id})
	}
	for i, arts := range [][]string{{"a", "b"}, {"a", "b", "c"}, {"c"}} {
		s := provenance.Statement{ID: fmt.Sprintf("s%d", i+1), Speaker: "Jane Doe", SpeakerType: attribution.Person, Origin: "Wire", Text: "We will win."}
		for _, a := range arts {
			s.Members = append(s.Members, provenance.Member{
				Article: a, Kind: quote.Indirect, Text: "We will win.", Speaker: "Jane Doe", Cue: "said",
				Outlet: "Wire", Relation: attribution.Told, OutletEvidence: "told Wire",
			})
		}
		tr.Statements = append(tr.Statements, s)
	}
	for _, opts := range []export.DOTOptions{{}, {All: true}} {
		_, g := checkDOT(t, tr, opts)
		var got []string
		for _, e := range g.edges {
			got = append(got, fmt.Sprintf("%s -> %s [%s] %s", e.from, e.to, e.attrs["lhead"], dotLabel(e.attrs["label"])))
		}
		want := []string{
			"speaker:Jane Doe -> outlet:Wire [] told ×2",
			"outlet:Wire -> 1/article:b [cluster_1] cited by",
			"outlet:Wire -> 2/article:b [cluster_2] cited by",
		}
		if opts.All {
			want[0] = "speaker:Jane Doe -> outlet:Wire [] told ×3"
			want = append(want, "outlet:Wire -> 3/article:c [] cited by")
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%+v: edges differ (-want +got):\n%s", opts, diff)
		}
	}
}

func TestDOTEmpty(t *testing.T) {
	checkDOT(t, &provenance.Trace{}, export.DOTOptions{})
	checkDOT(t, &provenance.Trace{}, export.DOTOptions{All: true})
}

func TestDOTError(t *testing.T) {
	if err := export.DOT(exportFailWriter{}, exportTinyTrace()); !errors.Is(err, errExportWrite) {
		t.Errorf("DOT to a failing writer returned %v, want %v", err, errExportWrite)
	}
}

func TestParseDOT(t *testing.T) {
	// The checks of the tests above find what they are for.
	good := "digraph g {\n  node [shape=box];\n  \"a\\\\\" [label=\"x \\\"y\\\"\"];\n  \"a\\\\\" -> b -> \"c\" [label=said];\n" +
		"  subgraph \"cluster_1\" {\n    label=\"s1\";\n    b [label=b];\n  }\n  {\n    rank=max;\n    b;\n  }\n}\n"
	g, err := parseDOT(good)
	if err != nil {
		t.Fatalf("%v in\n%s", err, good)
	}
	if len(g.nodes) != 2 || len(g.edges) != 2 || dotLabel(g.nodes[`a\\`]["label"]) != `x "y"` ||
		len(g.subgraphs) != 2 || g.subgraphs[0].attrs["label"] != "s1" || g.cluster["b"] != "cluster_1" || g.nodes["b"]["label"] != "b" {
		t.Errorf("parseDOT read %+v", g)
	}
	for _, bad := range []string{
		"digraph g {\n  \"a\\\" [label=x];\n}\n",        // the quote is escaped
		"digraph g {\n  \"a [label=x];\n}\n",            // unclosed string
		"digraph g {\n  a [label=\"x\ny\"];\n}\n",       // line break in a string
		"digraph g {\n  a [label=x;\n}\n",               // unclosed attribute list
		"digraph g {\n  a -> [label=x];\n}\n",           // edge to nothing
		"digraph g {\n  a -- b;\n}\n",                   // undirected edge
		"graph g {\n  a;\n}\n",                          // not a digraph
		"digraph g {\n  a;\n",                           // unclosed graph
		"digraph g {\n  a [label=x] [shape=];\n}\n",     // attribute without value
		"digraph g {\n  a;\n}\n}\n",                     // text after the graph
		"digraph g {\n  a [label=\"\xff\"];\n}\n",       // not UTF-8
		"digraph g {\n  a [label=<b>x</b>];\n}\n",       // HTML string
		"digraph g {\n  subgraph s { a;\n}\n",           // unclosed subgraph
		"digraph g {\n  { { a; } }\n}\n",                // nested subgraph
		"digraph g {\n  a [label=\"x\"] /* comment;\n}", // unclosed comment
	} {
		if _, err := parseDOT(bad); err == nil {
			t.Errorf("parseDOT read\n%s", bad)
		}
	}
}
