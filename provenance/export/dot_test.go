package export_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/provenance/export"
	"github.com/quotetrace/quotetrace/quote"
)

// A dotGraph is what parseDOT read of a DOT digraph: its node statements
// and edge statements, with their attributes as Graphviz reads them.
type dotGraph struct {
	nodes map[string]map[string]string // node statements by ID
	order []string                     // node IDs in order
	edges []dotEdge
}

type dotEdge struct {
	from, to string
	attrs    map[string]string
}

// parseDOT parses the part of the DOT language that DOT writes, as
// the grammar of https://graphviz.org/doc/info/lang.html gives it:
//
//	graph     : [strict] digraph [ID] '{' stmt_list '}'
//	stmt_list : [ stmt [';'] stmt_list ]
//	stmt      : node_stmt | edge_stmt | attr_stmt | ID '=' ID
//	attr_stmt : (graph | node | edge) attr_list
//	attr_list : '[' [a_list] ']' [attr_list]
//	a_list    : ID '=' ID [(';' | ',')] [a_list]
//	edge_stmt : ID '->' ID ['->' ID …] [attr_list]
//	node_stmt : ID [attr_list]
//
// with comments, and with IDs that are names, numerals or quoted strings
// (in which \" is a quote, a \ before a line break joins lines and any
// other character stands for itself). It does not take subgraphs, ports,
// HTML strings or undirected edges, which DOT does not write, and it
// takes no line break inside a quoted string, which DOT writes as \n.
func parseDOT(src string) (*dotGraph, error) {
	toks, err := dotTokens(src)
	if err != nil {
		return nil, err
	}
	g := &dotGraph{nodes: make(map[string]map[string]string)}
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
	for peek().kind != '}' {
		tok := next()
		switch {
		case tok.kind != 'i':
			return nil, fmt.Errorf("line %d: want a statement, have %q", tok.line, tok.text)
		case keyword(tok, "graph") || keyword(tok, "node") || keyword(tok, "edge"):
			if peek().kind != '[' {
				return nil, fmt.Errorf("line %d: %s without attributes", tok.line, tok.text)
			}
			if _, err := attrList(); err != nil {
				return nil, err
			}
		case keyword(tok, "subgraph") || keyword(tok, "digraph") || keyword(tok, "strict"):
			return nil, fmt.Errorf("line %d: keyword %s", tok.line, tok.text)
		case peek().kind == '=':
			next()
			if _, err := expect('i', "value"); err != nil {
				return nil, err
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
			if _, dup := g.nodes[tok.text]; !dup {
				g.order = append(g.order, tok.text)
			}
			g.nodes[tok.text] = attrs
		}
		if peek().kind == ';' {
			next()
		}
	}
	next()
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

// checkDOT checks that DOT writes tr as valid DOT with the nodes and
// edges of tr, and renders it with Graphviz when dot is on PATH. It returns
// the DOT and what parseDOT read of it.
func checkDOT(t *testing.T, tr *provenance.Trace) (string, *dotGraph) {
	t.Helper()
	var buf bytes.Buffer
	if err := export.DOT(&buf, tr); err != nil {
		t.Fatal(err)
	}
	src := buf.String()
	g, err := parseDOT(src)
	if err != nil {
		t.Fatalf("DOT wrote invalid DOT: %v\n%s", err, src)
	}

	// One node for each article, statement, and speaker or outlet an edge
	// names, and no other: the nodes of tr and those of the DOT are one to
	// one, by their exact values.
	want := make(map[provenance.Node]bool)
	for _, a := range tr.Articles {
		want[provenance.ArticleNode(a.ID)] = true
	}
	for _, s := range tr.Statements {
		want[provenance.StatementNode(s.ID)] = true
	}
	for _, e := range tr.Edges {
		want[e.From], want[e.To] = true, true
	}
	if len(g.nodes) != len(want) {
		t.Errorf("%d nodes, want %d", len(g.nodes), len(want))
	}
	for id, attrs := range g.nodes {
		if attrs["label"] == "" || attrs["shape"] == "" {
			t.Errorf("node %q has attributes %v", id, attrs)
		}
	}
	if len(g.edges) != len(tr.Edges) {
		t.Fatalf("%d edges, want %d", len(g.edges), len(tr.Edges))
	}
	dotID := make(map[provenance.Node]string)
	node := make(map[string]provenance.Node)
	same := func(n provenance.Node, id string) {
		if other, ok := dotID[n]; ok && other != id {
			t.Errorf("node %q is both %q and %q in DOT", n, other, id)
		}
		if other, ok := node[id]; ok && other != n {
			t.Errorf("nodes %q and %q are both %q in DOT", other, n, id)
		}
		dotID[n], node[id] = id, n
	}
	if len(g.order) >= len(tr.Articles)+len(tr.Statements) {
		for i, a := range tr.Articles {
			same(provenance.ArticleNode(a.ID), g.order[i])
		}
		for i, s := range tr.Statements {
			same(provenance.StatementNode(s.ID), g.order[len(tr.Articles)+i])
		}
	}
	for i, e := range g.edges {
		if g.nodes[e.from] == nil || g.nodes[e.to] == nil {
			t.Errorf("edge %d %q -> %q has an undeclared end", i, e.from, e.to)
		}
		same(tr.Edges[i].From, e.from)
		same(tr.Edges[i].To, e.to)
		if got, want := dotLabel(e.attrs["label"]), string(tr.Edges[i].Relation); got != want {
			t.Errorf("edge %d has label %q, want %q", i, got, want)
		}
	}

	// The same Trace gives the same bytes.
	var again bytes.Buffer
	if err := export.DOT(&again, tr); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Errorf("two writes of one Trace differ")
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
		if s := stderr.String(); strings.Contains(strings.ToLower(s), "error") {
			t.Errorf("dot -Tsvg: %s", s)
		}
	})
	return src, g
}

func TestDOTSamples(t *testing.T) {
	tr := exportSamples(t)
	_, g := checkDOT(t, tr)
	for _, a := range tr.Articles {
		attrs := g.nodes[dotID(provenance.ArticleNode(a.ID).String())]
		want := a.ID
		if a.Publisher != "" {
			want += "\n" + a.Publisher
		}
		if got := dotLabel(attrs["label"]); got != want || attrs["shape"] != "note" {
			t.Errorf("article %s: label %q shape %s, want %q note", a.ID, got, attrs["shape"], want)
		}
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
	// control characters, bidirectional overrides and invalid UTF-8.
	tr := &provenance.Trace{}
	for i, x := range shownNames {
		name := x.name
		sid := fmt.Sprintf("s%d", i+1)
		aid := fmt.Sprintf(`a%d %s`, i+1, name)
		tr.Articles = append(tr.Articles, provenance.ArticleInfo{ID: aid, Publisher: name})
		tr.Statements = append(tr.Statements, provenance.Statement{
			ID: sid, Speaker: name, SpeakerType: attribution.Person,
			Text:    strings.Repeat(name+` "quoted" \ `, 8),
			Members: []provenance.Member{{Article: aid, Kind: quote.Direct, Text: name, Speaker: name}},
		})
		tr.Edges = append(tr.Edges,
			provenance.Edge{From: provenance.ArticleNode(aid), To: provenance.StatementNode(sid), Relation: provenance.Reports, Statement: sid, Evidence: name},
			provenance.Edge{From: provenance.StatementNode(sid), To: provenance.OutletNode(name), Relation: provenance.Told, Statement: sid, Evidence: `told "` + name + `"`},
		)
		if name != "" {
			tr.Edges = append(tr.Edges, provenance.Edge{From: provenance.SpeakerNode(name), To: provenance.StatementNode(sid), Relation: provenance.Said, Statement: sid, Evidence: name + "\nsaid"})
		}
	}
	src, g := checkDOT(t, tr)

	for i, x := range shownNames {
		sid := fmt.Sprintf("s%d", i+1)
		aid := fmt.Sprintf(`a%d %s`, i+1, x.shown)
		// A node's ID is its Node's, escaped.
		article := g.nodes[dotID("article:"+aid)]
		want := aid
		if x.name != "" {
			want += "\n" + x.shown
		}
		if got := dotLabel(article["label"]); article == nil || got != want {
			t.Errorf("article %q has label %q, want %q", aid, got, want)
		}
		if x.name != "" {
			speaker := g.nodes[dotID("speaker:"+x.shown)]
			if got := dotLabel(speaker["label"]); speaker == nil || got != x.shown {
				t.Errorf("speaker %q has label %q, want %q", x.name, got, x.shown)
			}
		}
		want = x.shown
		if x.name == "" {
			want = "outlet:"
		}
		if got := dotLabel(g.nodes[dotID("outlet:"+x.shown)]["label"]); got != want {
			t.Errorf("outlet %q has label %q, want %q", x.name, got, want)
		}
		label := dotLabel(g.nodes[dotID("statement:"+sid)]["label"])
		wantHead := sid
		if x.name != "" {
			wantHead += " · " + x.shown
		}
		if !strings.HasPrefix(label, wantHead+"\n") {
			t.Errorf("statement %s has label %q, want it to begin %q and a line break", sid, label, wantHead)
			continue
		}
		excerpt := strings.TrimPrefix(label[len(wantHead)+1:], "“")
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
	if strings.ContainsFunc(src, forbidden) {
		t.Errorf("the DOT holds control characters or bidirectional overrides")
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
	for _, n := range names {
		tr.Edges = append(tr.Edges, provenance.Edge{From: provenance.SpeakerNode(n), To: provenance.OutletNode(n), Relation: provenance.Told})
	}
	_, g := checkDOT(t, tr)
	if len(g.nodes) != 2*len(names) {
		t.Fatalf("%d nodes for %d speakers and outlets", len(g.nodes), 2*len(names))
	}
	labels := make(map[string]string) // label → speaker
	for id, attrs := range g.nodes {
		if !strings.HasPrefix(id, "speaker:") {
			continue
		}
		if other, dup := labels[attrs["label"]]; dup {
			t.Errorf("speakers %q and %q have one label", other, id)
		}
		labels[attrs["label"]] = id
	}
}

func TestDOTEmpty(t *testing.T) {
	checkDOT(t, &provenance.Trace{})
}

func TestDOTError(t *testing.T) {
	if err := export.DOT(exportFailWriter{}, exportTinyTrace()); !errors.Is(err, errExportWrite) {
		t.Errorf("DOT to a failing writer returned %v, want %v", err, errExportWrite)
	}
}

func TestParseDOT(t *testing.T) {
	// The checks of the tests above find what they are for.
	good := "digraph g {\n  node [shape=box];\n  \"a\\\\\" [label=\"x \\\"y\\\"\"];\n  \"a\\\\\" -> b -> \"c\" [label=said];\n}\n"
	g, err := parseDOT(good)
	if err != nil {
		t.Fatalf("%v in\n%s", err, good)
	}
	if len(g.nodes) != 1 || len(g.edges) != 2 || dotLabel(g.nodes[`a\\`]["label"]) != `x "y"` {
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
		"digraph g {\n  subgraph s { a; }\n}\n",         // subgraph
		"digraph g {\n  a [label=\"x\"] /* comment;\n}", // unclosed comment
	} {
		if _, err := parseDOT(bad); err == nil {
			t.Errorf("parseDOT read\n%s", bad)
		}
	}
}
