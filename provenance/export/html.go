package export

import (
	"bufio"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/quotetrace/quotetrace/provenance"
)

// HTML writes t to w as one self-contained HTML page for a person to read
// in a browser: a header that counts the articles and statements; then each
// statement reported by more than one article, with its speaker, its origin,
// its chains from speaker to article drawn as an inline SVG graph (and
// written out as text), and each article's wording of it with what that
// wording changed (Member.Drift: words left out struck through, words put
// in underlined), its kind, its similarity, the article's publisher and a
// link to the article; then the statements reported by one article, in a
// table that a few lines of JavaScript let the reader filter by speaker and
// by outlet; and last the articles.
//
// The page needs no network: its style, its script and its graphs are
// inline, it names no font, image or script elsewhere, and its
// Content-Security-Policy forbids the browser to fetch anything. Without
// JavaScript it reads the same, less the filters.
//
// IDs, names and words are written as Text writes them (control
// characters, line and paragraph separators, bidirectional overrides and
// isolates, and bytes that are not UTF-8 as Go escapes; see the package
// documentation), then escaped for HTML by html/template, so that no text
// of an article becomes markup. An article's URL becomes a link only when
// it is an absolute http or https URL; any other (javascript:, data:) is
// shown as text.
//
// The same Trace gives the same bytes. HTML returns the first error
// writing to w.
func HTML(w io.Writer, t *provenance.Trace) error {
	bw := bufio.NewWriter(w)
	if err := htmlReport.Execute(bw, newHTMLPage(t)); err != nil {
		return err
	}
	return bw.Flush()
}

// htmlPage is what the template of HTML shows.
type htmlPage struct {
	Articles, Statements, Shared int
	SharedStatements             []htmlStatement
	Singles                      []htmlSingle
	Speakers, Outlets            []htmlOption
	ArticleList                  []htmlArticle
}

// htmlStatement is a statement reported by more than one article.
type htmlStatement struct {
	Anchor         string // the element ID: "st1", "st2", … in the order of t
	ID             string
	Speaker        string
	Via            []string
	Origin         string
	OriginRelation string
	OriginEvidence string
	Text           string
	NArticles      int
	Chain          *htmlChain // nil when the statement has no chain
	ChainText      []string   // each path, its nodes joined by arrows
	Members        []htmlMember
}

// htmlMember is one article's quotation of a statement.
type htmlMember struct {
	Article htmlRef
	// Rows is the number of the article's members, on its first member,
	// and 0 on the others: the article's cell spans them.
	Rows           int
	Kind           string
	Similarity     string // "0.71"
	Meter          string // the similarity in [0, 1], for <meter>
	Text           string
	Same           string // why there are no changes to show, or ""
	Changes        []htmlChange
	Evidence       string
	Outlet         string
	Relation       string
	OutletEvidence string
}

// htmlChange is one change of a member's wording, escaped; Old or New may
// be "".
type htmlChange struct{ Old, New string }

// htmlRef is an article as a member or a statement names it.
type htmlRef struct {
	ID, Publisher, Title string
	Quote                int
	// Link is the URL when it is an absolute http or https URL, else "";
	// URL is the URL as text, escaped, when it is given but not a link.
	Link, URL string
}

// htmlSingle is a statement reported by one article (or none).
type htmlSingle struct {
	ID, Speaker, Origin, Relation, Text, Kind string
	Article                                   *htmlRef // nil when no article reports it
	SpeakerKey                                string   // the index of its speaker in htmlPage.Speakers
	OutletKeys                                string   // the indexes of its outlets in htmlPage.Outlets, space-separated
}

// htmlOption is an option of a filter: a speaker or an outlet.
type htmlOption struct{ Key, Name string }

// htmlArticle is a row of the list of articles.
type htmlArticle struct {
	Ref         htmlRef
	Published   string
	Cites       []string
	Republishes []string
}

// htmlChain is a statement's chains drawn as one graph, in SVG user units.
type htmlChain struct {
	Width, Height int
	Label         string
	Nodes         []htmlNode
	Edges         []htmlEdge
}

// htmlNode is a box of a chain graph.
type htmlNode struct {
	X, Y, W, H          int
	TextX, CapY, NameY  int
	Class               string
	Caption, Name, Full string
}

// htmlEdge is an arrow of a chain graph: its path, its head, and its label
// near the head.
type htmlEdge struct {
	Path, Head     string
	LabelX, LabelY int
	Relation, Full string
}

// Sizes of a chain graph, in SVG user units (CSS pixels at full size).
const (
	chainBoxW   = 160
	chainBoxH   = 40
	chainGapX   = 84
	chainRowH   = 52
	chainPad    = 8
	chainName   = 24 // runes of a node's name
	chainIDName = 22 // runes of an article ID, in a monospaced font
)

// newHTMLPage gathers what the page shows of t.
func newHTMLPage(t *provenance.Trace) *htmlPage {
	p := &htmlPage{Articles: len(t.Articles), Statements: len(t.Statements)}
	info := make(map[string]*provenance.ArticleInfo, len(t.Articles))
	for i := range t.Articles {
		if a := &t.Articles[i]; info[a.ID] == nil {
			info[a.ID] = a
		}
	}
	ref := func(id string, quote int) htmlRef {
		r := htmlRef{ID: escape(id), Quote: quote}
		if a := info[id]; a != nil {
			r.Publisher, r.Title = escape(a.Publisher), words(a.Title)
			if httpURL(a.URL) {
				r.Link = a.URL
			} else if a.URL != "" {
				r.URL = escape(a.URL)
			}
		}
		return r
	}

	var singles []*provenance.Statement
	for i := range t.Statements {
		s := &t.Statements[i]
		if articlesOf(s) <= 1 {
			singles = append(singles, s)
			continue
		}
		p.Shared++
		hs := htmlStatement{
			Anchor: "st" + strconv.Itoa(i+1), ID: escape(s.ID), Speaker: escape(s.Speaker),
			Origin: escape(s.Origin), OriginRelation: escape(string(s.OriginRelation())),
			OriginEvidence: words(s.OriginEvidence), Text: words(s.Text), NArticles: articlesOf(s),
		}
		if hs.OriginEvidence == hs.OriginRelation+" "+hs.Origin {
			hs.OriginEvidence = ""
		}
		for _, v := range s.Via {
			hs.Via = append(hs.Via, escape(v))
		}
		paths := t.Chain(s.ID)
		hs.Chain = chainGraph(s, paths, info)
		for _, path := range paths {
			names := make([]string, len(path))
			for k, h := range path {
				names[k] = hopLabel(h.Node, info)
			}
			hs.ChainText = append(hs.ChainText, strings.Join(names, " → "))
		}
		for k, m := range s.Members {
			hm := htmlMember{
				Article: ref(m.Article, m.Quote), Kind: m.Kind.String(),
				Similarity: strconv.FormatFloat(m.Similarity, 'f', 2, 64), Meter: meter(m.Similarity),
				Text: words(m.Text), Evidence: words(m.Evidence),
				Outlet: escape(m.Outlet), Relation: escape(string(m.Relation)), OutletEvidence: words(m.OutletEvidence),
			}
			if hm.OutletEvidence == hm.Relation+" "+hm.Outlet {
				hm.OutletEvidence = "" // "told Reuters" says no more than the relation
			}
			if k == 0 || s.Members[k-1].Article != m.Article {
				for _, n := range s.Members[k:] {
					if n.Article != m.Article {
						break
					}
					hm.Rows++
				}
			}
			switch {
			case m.Text == s.Text:
				hm.Same = "the statement's wording"
			case len(m.Drift) == 0:
				hm.Same = "the same words"
			}
			for _, c := range m.Drift {
				hm.Changes = append(hm.Changes, htmlChange{Old: words(c.Old), New: words(c.New)})
			}
			hs.Members = append(hs.Members, hm)
		}
		p.SharedStatements = append(p.SharedStatements, hs)
	}

	// The statements of one article, and the speakers and outlets to
	// filter them by, each keyed by its index in the order of the names.
	speakerKey, outletKey := make(map[string]int), make(map[string]int)
	for _, s := range singles {
		speakerKey[s.Speaker] = 0
		for _, o := range singleOutlets(s, info) {
			outletKey[o] = 0
		}
	}
	p.Speakers = filterOptions(speakerKey, "speaker unknown")
	p.Outlets = filterOptions(outletKey, "")
	for _, s := range singles {
		hs := htmlSingle{
			ID: escape(s.ID), Speaker: escape(s.Speaker), Origin: escape(s.Origin),
			Relation: escape(string(s.OriginRelation())), Text: words(s.Text),
			SpeakerKey: strconv.Itoa(speakerKey[s.Speaker]),
		}
		if len(s.Members) > 0 {
			m := s.Members[0]
			r := ref(m.Article, m.Quote)
			hs.Article, hs.Kind = &r, m.Kind.String()
		}
		var keys []string
		for _, o := range singleOutlets(s, info) {
			keys = append(keys, strconv.Itoa(outletKey[o]))
		}
		hs.OutletKeys = strings.Join(keys, " ")
		p.Singles = append(p.Singles, hs)
	}

	sources := sourcesOf(t)
	for _, a := range t.Articles {
		ha := htmlArticle{Ref: ref(a.ID, 0)}
		if !a.Published.IsZero() {
			ha.Published = a.Published.Format(time.RFC3339)
		}
		for _, c := range a.Cites {
			ha.Cites = append(ha.Cites, escape(c))
		}
		if a.CopyOf != "" {
			ha.Republishes = append(ha.Republishes, hopLabel(provenance.ArticleNode(a.CopyOf), info))
		}
		for _, k := range sources[provenance.ArticleNode(a.ID)] {
			e := t.Edges[k]
			if e.Relation != provenance.Republishes || e.To.Kind == provenance.ArticleKind && e.To.Name == a.CopyOf {
				continue
			}
			if l := hopLabel(e.To, info); !slices.Contains(ha.Republishes, l) {
				ha.Republishes = append(ha.Republishes, l)
			}
		}
		p.ArticleList = append(p.ArticleList, ha)
	}
	return p
}

// words returns s as the page shows words: on one line, its runs of white
// space made one space, escaped.
func words(s string) string {
	return escape(strings.Join(strings.Fields(s), " "))
}

// meter returns x, a similarity, as the value of a <meter>: in [0, 1],
// and 0 for NaN.
func meter(x float64) string {
	if math.IsNaN(x) {
		x = 0
	}
	return strconv.FormatFloat(min(max(x, 0), 1), 'f', 2, 64)
}

// httpURL reports whether s is an absolute http or https URL with a host:
// one the page may link to.
func httpURL(s string) bool {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return false
	}
	scheme := strings.ToLower(u.Scheme)
	return scheme == "http" || scheme == "https"
}

// hopLabel returns the node as a chain written as text shows it: its name,
// and an article's publisher before its ID, escaped.
func hopLabel(n provenance.Node, info map[string]*provenance.ArticleInfo) string {
	if n.Kind == provenance.ArticleKind {
		if a := info[n.Name]; a != nil && a.Publisher != "" {
			return escape(a.Publisher) + " (" + escape(n.Name) + ")"
		}
	}
	return escape(n.Name)
}

// singleOutlets returns the outlets of a statement that the filter of the
// page's table knows it by: its origin, the outlets its members name, and
// the publishers of the articles that report it, each once.
func singleOutlets(s *provenance.Statement, info map[string]*provenance.ArticleInfo) []string {
	var out []string
	add := func(o string) {
		if o != "" && !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	add(s.Origin)
	for _, m := range s.Members {
		add(m.Outlet)
		if a := info[m.Article]; a != nil {
			add(a.Publisher)
		}
	}
	return out
}

// filterOptions numbers the names that are the keys of keys, setting each
// key's value to its number: in the order of the names, with the empty
// name last, shown as the text empty, or left out when empty is "". It
// returns them as the options of a filter, their names escaped.
func filterOptions(keys map[string]int, empty string) []htmlOption {
	names := make([]string, 0, len(keys))
	for n := range keys {
		if n != "" {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	if _, ok := keys[""]; ok && empty != "" {
		names = append(names, "")
	}
	opts := make([]htmlOption, len(names))
	for i, n := range names {
		keys[n] = i
		opts[i] = htmlOption{Key: strconv.Itoa(i), Name: escape(n)}
		if n == "" {
			opts[i].Name = empty
		}
	}
	return opts
}

// chainGraph lays out the paths of the statement s as one graph: each node
// once, in the column after the furthest node that leads to it, the nodes
// of a column in the order the paths first reach them and centred on the
// tallest column; and an arrow for each pair of nodes that follow one
// another in a path, labelled with how the words went. It returns nil for
// no paths.
func chainGraph(s *provenance.Statement, paths []provenance.Path, info map[string]*provenance.ArticleInfo) *htmlChain {
	id, origin := escape(s.ID), s.Origin
	type edge struct{ from, to int }
	var (
		nodes    []provenance.Node
		index    = make(map[provenance.Node]int)
		hops     []provenance.Hop // the hop that first reached each node
		edges    []edge
		relation = make(map[edge]provenance.Hop)
	)
	for _, path := range paths {
		prev := -1
		for _, h := range path {
			k, ok := index[h.Node]
			if !ok {
				k = len(nodes)
				index[h.Node] = k
				nodes = append(nodes, h.Node)
				hops = append(hops, h)
			}
			if prev >= 0 && prev != k {
				e := edge{prev, k}
				if _, ok := relation[e]; !ok {
					relation[e] = h
					edges = append(edges, e)
				}
			}
			prev = k
		}
	}
	if len(nodes) == 0 {
		return nil
	}

	// Columns: the longest way to each node, bounded so that a cycle,
	// which a Trace made by hand may hold, ends.
	col := make([]int, len(nodes))
	for range nodes {
		changed := false
		for _, e := range edges {
			if c := col[e.from] + 1; col[e.to] < c && c < len(nodes) {
				col[e.to] = c
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	cols := slices.Max(col) + 1
	inCol := make([]int, cols)
	row := make([]int, len(nodes))
	for k := range nodes {
		row[k] = inCol[col[k]]
		inCol[col[k]]++
	}
	rows := slices.Max(inCol)

	g := &htmlChain{
		Width:  2*chainPad + cols*(chainBoxW+chainGapX) - chainGapX,
		Height: 2*chainPad + rows*chainRowH - (chainRowH - chainBoxH),
		Label:  "How the words of " + id + " went from speaker to articles",
	}
	x := func(k int) int { return chainPad + col[k]*(chainBoxW+chainGapX) }
	y := func(k int) int { return chainPad + (rows-inCol[col[k]])*chainRowH/2 + row[k]*chainRowH }
	for k, n := range nodes {
		hn := htmlNode{
			X: x(k), Y: y(k), W: chainBoxW, H: chainBoxH,
			TextX: x(k) + 8, CapY: y(k) + 15, NameY: y(k) + 31,
			Class: "n-" + n.Kind.String(), Name: excerpt(escape(n.Name), chainName), Full: hopLabel(n, info),
		}
		switch n.Kind {
		case provenance.SpeakerKind:
			hn.Caption = "speaker"
			if hops[k].Relation == provenance.Relayed {
				hn.Caption = "relayed by"
			}
		case provenance.OutletKind:
			hn.Caption = "outlet"
			if origin != "" && n.Name == origin {
				hn.Caption = "origin outlet"
			}
		case provenance.ArticleKind:
			hn.Caption, hn.Name = "article", excerpt(escape(n.Name), chainIDName)
			if a := info[n.Name]; a != nil && a.Publisher != "" {
				hn.Caption = excerpt(escape(a.Publisher), chainName)
			}
		case provenance.StatementKind:
			hn.Caption = "statement"
		default:
			hn.Class, hn.Caption = "n-other", escape(n.Kind.String())
		}
		if n.Name == "" {
			hn.Name = "—"
		}
		g.Nodes = append(g.Nodes, hn)
	}
	for _, e := range edges {
		sx, sy := x(e.from)+chainBoxW, y(e.from)+chainBoxH/2
		ex, ey := x(e.to), y(e.to)+chainBoxH/2
		dx := max((ex-sx)/2, 24)
		h := relation[e]
		full := escape(string(h.Relation))
		if ev := words(h.Evidence); ev != "" {
			full += ": " + ev
		}
		g.Edges = append(g.Edges, htmlEdge{
			Path:     fmt.Sprintf("M%d %dC%d %d %d %d %d %d", sx, sy, sx+dx, sy, ex-6-dx, ey, ex-6, ey),
			Head:     fmt.Sprintf("%d,%d %d,%d %d,%d", ex-8, ey-4, ex, ey, ex-8, ey+4),
			LabelX:   ex - 10,
			LabelY:   ey - 6,
			Relation: escape(string(h.Relation)),
			Full:     full,
		})
	}
	return g
}

// htmlScript filters the table of the statements of one article by the
// two select boxes, and shows the boxes, which are hidden without it.
const htmlScript = `
(function () {
  var bar = document.getElementById("filters");
  if (!bar) return;
  var speaker = document.getElementById("f-speaker");
  var outlet = document.getElementById("f-outlet");
  var count = document.getElementById("f-count");
  var rows = document.querySelectorAll("#singles tbody tr");
  function apply() {
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      var ok = (speaker.value === "" || r.getAttribute("data-speaker") === speaker.value) &&
        (outlet.value === "" || (" " + r.getAttribute("data-outlets") + " ").indexOf(" " + outlet.value + " ") >= 0);
      r.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = shown + " of " + rows.length + " shown";
  }
  speaker.addEventListener("change", apply);
  outlet.addEventListener("change", apply);
  bar.hidden = false;
  apply();
})();
`

// htmlStyle is the page's style sheet.
const htmlStyle = `
:root { color-scheme: light; --ink: #1d2430; --muted: #5f6b7a; --line: #d9dee5; --accent: #1f5fa8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #f4f6f9; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 48px; }
header { background: #17324f; color: #fff; }
header .inner { max-width: 1180px; margin: 0 auto; padding: 20px 28px 18px; }
header h1 { margin: 0 0 6px; font-size: 24px; font-weight: 650; }
.counts { display: flex; flex-wrap: wrap; gap: 10px; margin: 10px 0 0; padding: 0; list-style: none; }
.counts li { background: rgba(255,255,255,.12); border-radius: 6px; padding: 6px 12px; }
.counts b { font-size: 20px; margin-right: 4px; }
.counts .hl { background: #f2b84b; color: #1d2430; }
.toc { display: flex; flex-wrap: wrap; gap: 4px 18px; margin: 12px 0 0; padding: 0; list-style: none; font-size: 14px; color: #c5d3e3; }
.toc a { color: #fff; text-decoration: none; }
.toc a:hover { text-decoration: underline; }
.toc .sid { background: #f2b84b; color: #1d2430; }
h2 { font-size: 19px; margin: 28px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--line); }
.intro { color: var(--muted); margin: -4px 0 14px; }
.statement { background: #fff; border: 1px solid var(--line); border-left: 5px solid #f2b84b; border-radius: 8px; padding: 16px 20px; margin: 0 0 22px; }
.statement h3 { margin: 0; font-size: 18px; }
.sid { display: inline-block; font: 600 12px/1 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; background: #17324f; color: #fff; border-radius: 4px; padding: 4px 6px; margin-right: 8px; vertical-align: 2px; }
.meta { color: var(--muted); margin: 4px 0 10px; }
.meta b { color: var(--ink); }
.origin { display: inline-block; background: #fdebd3; border: 1px solid #e3b780; border-radius: 4px; padding: 0 6px; color: var(--ink); }
blockquote { margin: 8px 0 12px; padding: 8px 14px; border-left: 3px solid #c9d3df; background: #f7f9fb; font-size: 16px; font-family: Georgia, "DejaVu Serif", serif; }
.chain { margin: 8px 0 6px; overflow-x: auto; }
figure { margin: 8px 0; }
.chain svg { display: block; max-width: 100%; height: auto; }
.chain rect { stroke-width: 1.2; }
.n-speaker rect { fill: #e3f0fc; stroke: #6d9ccc; }
.n-outlet rect { fill: #fdebd3; stroke: #d39a55; }
.n-article rect { fill: #eef0f3; stroke: #98a2ae; }
.n-statement rect { fill: #fffbe6; stroke: #c9b458; }
.n-other rect { fill: #fff; stroke: #98a2ae; stroke-dasharray: 4 3; }
.chain .cap { font: 10px system-ui, Arial, sans-serif; fill: #5f6b7a; }
.chain .name { font: 600 12px system-ui, Arial, sans-serif; fill: #1d2430; }
.n-article .name { font: 11px ui-monospace, "DejaVu Sans Mono", monospace; }
.chain .edge path { fill: none; stroke: #7b8794; stroke-width: 1.4; }
.chain .edge polygon { fill: #7b8794; }
.chain .rel { font: italic 10px system-ui, Arial, sans-serif; fill: #4a5563; text-anchor: end; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
details { margin: 0 0 10px; color: var(--muted); font-size: 13px; }
details ol { margin: 4px 0; padding-left: 22px; }
table { width: 100%; border-collapse: collapse; background: #fff; }
th, td { text-align: left; vertical-align: top; padding: 7px 9px; border-bottom: 1px solid var(--line); }
th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); background: #f7f9fb; }
.members td.art { background: #fafbfc; border-right: 1px solid var(--line); width: 210px; }
.pub { font-weight: 600; }
.unknown { color: var(--muted); font-style: italic; font-weight: normal; }
code, .id { font: 12px ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; color: #3b4654; overflow-wrap: anywhere; }
a { color: var(--accent); }
.nolink { color: #8a5a00; font-size: 12px; overflow-wrap: anywhere; }
.kind { display: inline-block; font-size: 12px; border-radius: 10px; padding: 1px 8px; white-space: nowrap; }
.k-direct { background: #dff3e4; color: #1b5e2c; }
.k-partial { background: #fff1cc; color: #6b4e00; }
.k-indirect { background: #e8e4f7; color: #3f3278; }
.sim { white-space: nowrap; font-variant-numeric: tabular-nums; }
.sim meter { width: 48px; height: 10px; vertical-align: -1px; margin-right: 4px; }
.wording { display: block; font-family: Georgia, "DejaVu Serif", serif; }
.same { color: #1b5e2c; font-size: 13px; }
.changes { margin: 4px 0 0; padding: 0; list-style: none; font-size: 13px; }
.changes li { display: inline; }
.changes li + li::before { content: " · "; color: var(--muted); }
del { background: #fde0e0; color: #8f1d1d; text-decoration: line-through; padding: 0 2px; border-radius: 2px; }
ins { background: #dcf5dc; color: #14531b; text-decoration: underline; padding: 0 2px; border-radius: 2px; }
.ev { color: var(--muted); font-size: 12px; margin-top: 4px; }
.filters { display: flex; flex-wrap: wrap; gap: 14px; align-items: center; margin: 0 0 10px; }
.filters[hidden] { display: none; }
.filters select { font: inherit; padding: 3px 6px; max-width: 280px; }
#f-count { color: var(--muted); }
#singles { table-layout: fixed; }
#singles td.words { font-family: Georgia, "DejaVu Serif", serif; }
#singles .c-id { width: 52px; }
#singles .c-speaker { width: 160px; }
#singles .c-origin { width: 150px; }
#singles .c-article { width: 250px; }
#singles td.id { white-space: nowrap; }
#singles .ref .pub { font-size: 13px; }
.none { color: var(--muted); font-style: italic; }
footer { color: var(--muted); font-size: 12px; margin-top: 32px; }
`

// htmlSource is the template of the page. Its style and script are put in
// as template text, so that the script's hash in the page's policy is the
// hash of what the page holds.
const htmlSource = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '@SCRIPTHASH@'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>quotetrace: {{.Statements}} {{noun .Statements "statement"}} in {{.Articles}} {{noun .Articles "article"}}</title>
<style>@STYLE@</style>
</head>
<body>
<header><div class="inner">
<h1>Where the quotations came from</h1>
<ul class="counts">
<li><b>{{.Articles}}</b> {{noun .Articles "article"}}</li>
<li><b>{{.Statements}}</b> {{noun .Statements "statement"}}</li>
<li class="hl"><b>{{.Shared}}</b> reported by more than one article</li>
</ul>
{{- if .SharedStatements}}
<nav><ul class="toc">
{{- range .SharedStatements}}
<li><a href="#{{.Anchor}}"><span class="sid">{{.ID}}</span>{{if .Speaker}}{{.Speaker}}{{else}}speaker unknown{{end}}{{range .Via}} via {{.}}{{end}}</a> · {{.NArticles}} articles</li>
{{- end}}
</ul></nav>
{{- end}}
</div></header>
<main>
{{- if .SharedStatements}}
<section id="shared">
<h2>Statements reported by more than one article</h2>
<p class="intro">Each statement is drawn from its speaker, through the outlet it was given to and those that relayed it, to every article that reports it; then each article’s wording, with the words it <del>left out</del> or <ins>put in</ins> against the statement’s.</p>
{{- range .SharedStatements}}
<article class="statement" id="{{.Anchor}}">
<h3><span class="sid">{{.ID}}</span>{{if .Speaker}}{{.Speaker}}{{else}}<span class="unknown">speaker unknown</span>{{end}}{{range .Via}} <span class="unknown">via</span> {{.}}{{end}}</h3>
<p class="meta">{{if .Origin}}{{.OriginRelation}} <span class="origin">{{.Origin}}</span>{{if .OriginEvidence}} (in the words “{{.OriginEvidence}}”){{end}} · {{else}}origin unknown · {{end}}reported by <b>{{.NArticles}}</b> articles in <b>{{len .Members}}</b> {{noun (len .Members) "quotation"}}</p>
<blockquote>{{.Text}}</blockquote>
{{- with .Chain}}
<figure class="chain">
<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{{.Width}}" height="{{.Height}}" viewBox="0 0 {{.Width}} {{.Height}}" aria-label="{{.Label}}">
{{- range .Edges}}
<g class="edge"><title>{{.Full}}</title><path d="{{.Path}}"/><polygon points="{{.Head}}"/><text class="rel" x="{{.LabelX}}" y="{{.LabelY}}">{{.Relation}}</text></g>
{{- end}}
{{- range .Nodes}}
<g class="{{.Class}}"><title>{{.Full}}</title><rect x="{{.X}}" y="{{.Y}}" width="{{.W}}" height="{{.H}}" rx="6"/><text class="cap" x="{{.TextX}}" y="{{.CapY}}">{{.Caption}}</text><text class="name" x="{{.TextX}}" y="{{.NameY}}">{{.Name}}</text></g>
{{- end}}
</svg>
</figure>
{{- else}}
<p class="none">No chain from a speaker to the articles is known.</p>
{{- end}}
{{- if .ChainText}}
<details><summary>The chains as text</summary><ol>
{{- range .ChainText}}
<li>{{.}}</li>
{{- end}}
</ol></details>
{{- end}}
<table class="members">
<thead><tr><th>Article</th><th>Kind</th><th>Similarity</th><th>Wording, and what it changed</th></tr></thead>
<tbody>
{{- range .Members}}
<tr>{{if .Rows}}<td class="art" rowspan="{{.Rows}}">{{template "ref" .Article}}</td>{{end}}<td><span class="kind k-{{.Kind}}">{{.Kind}}</span> <span class="id">#{{.Article.Quote}}</span></td><td class="sim"><meter min="0" max="1" value="{{.Meter}}"></meter>{{.Similarity}}</td><td><q class="wording">{{.Text}}</q>
{{- if .Same}}<div class="same">✓ {{.Same}}</div>{{end}}
{{- if .Changes}}<ul class="changes">{{range .Changes}}<li>{{if and .Old .New}}<del>{{.Old}}</del> → <ins>{{.New}}</ins>{{else if .Old}}<del>{{.Old}}</del>{{else}}<ins>{{.New}}</ins>{{end}}</li>{{end}}</ul>{{end}}
{{- if or .Evidence .Outlet}}<div class="ev">{{if .Evidence}}attributed by “{{.Evidence}}”{{end}}{{if and .Evidence .Outlet}} · {{end}}{{if .Outlet}}{{.Relation}} {{.Outlet}}{{if .OutletEvidence}} (“{{.OutletEvidence}}”){{end}}{{end}}</div>{{end}}</td></tr>
{{- end}}
</tbody>
</table>
</article>
{{- end}}
</section>
{{- end}}
{{- if .Singles}}
<section id="single">
<h2>Statements reported by one article</h2>
<div class="filters" id="filters" hidden>
<label>Speaker <select id="f-speaker"><option value="">all speakers</option>{{range .Speakers}}<option value="{{.Key}}">{{.Name}}</option>{{end}}</select></label>
<label>Outlet <select id="f-outlet"><option value="">all outlets</option>{{range .Outlets}}<option value="{{.Key}}">{{.Name}}</option>{{end}}</select></label>
<span id="f-count"></span>
</div>
<table id="singles">
<thead><tr><th class="c-id">ID</th><th class="c-speaker">Speaker</th><th>Words</th><th class="c-origin">Origin</th><th class="c-article">Article</th></tr></thead>
<tbody>
{{- range .Singles}}
<tr data-speaker="{{.SpeakerKey}}" data-outlets="{{.OutletKeys}}"><td class="id">{{.ID}}</td><td>{{if .Speaker}}{{.Speaker}}{{else}}<span class="unknown">unknown</span>{{end}}</td><td class="words">{{if .Kind}}<span class="kind k-{{.Kind}}">{{.Kind}}</span> {{end}}{{.Text}}</td><td>{{if .Origin}}{{.Relation}} {{.Origin}}{{end}}</td><td>{{with .Article}}{{template "ref" .}}<span class="id">quotation #{{.Quote}}</span>{{else}}<span class="unknown">no article</span>{{end}}</td></tr>
{{- end}}
</tbody>
</table>
</section>
{{- end}}
{{- if .ArticleList}}
<section id="articles">
<h2>Articles</h2>
<table>
<thead><tr><th>Article</th><th>Published</th><th>Cites</th><th>Copy of</th></tr></thead>
<tbody>
{{- range .ArticleList}}
<tr><td>{{template "ref" .Ref}}</td><td>{{.Published}}</td><td>{{range $i, $c := .Cites}}{{if $i}}, {{end}}{{$c}}{{end}}</td><td>{{range $i, $c := .Republishes}}{{if $i}}, {{end}}{{$c}}{{end}}</td></tr>
{{- end}}
</tbody>
</table>
</section>
{{- end}}
<footer>Written by quotetrace. This page fetches nothing: its styles, script and graphs are all in this file.</footer>
</main>
<script>@SCRIPT@</script>
</body>
</html>
{{define "ref"}}<div class="ref"><div class="pub">{{if .Publisher}}{{.Publisher}}{{else}}<span class="unknown">publisher unknown</span>{{end}}</div>
{{- if .Title}}<div>{{.Title}}</div>{{end}}<div class="id">{{.ID}}</div>
{{- if .Link}}<a href="{{.Link}}" rel="noopener noreferrer">open the article ↗</a>{{else if .URL}}<span class="nolink" title="not an http or https address: not linked">{{.URL}}</span>{{end}}</div>{{end}}`

// htmlReport is the template of HTML, parsed once.
var htmlReport = template.Must(template.New("html").Funcs(template.FuncMap{"noun": noun}).Parse(strings.NewReplacer(
	"@SCRIPTHASH@", scriptHash(htmlScript),
	"@STYLE@", htmlStyle,
	"@SCRIPT@", htmlScript,
).Replace(htmlSource)))

// noun returns the noun for n things: the singular for one, else the
// plural, made with -s.
func noun(n int, singular string) string {
	if n == 1 {
		return singular
	}
	return singular + "s"
}

// scriptHash returns the source of a Content-Security-Policy that allows
// the inline script s: 'sha256-' and its hash in base64.
func scriptHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(h[:])
}
