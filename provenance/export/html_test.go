package export_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"html"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/provenance/export"
	"github.com/quotetrace/quotetrace/quote"
)

// writeHTML returns the HTML page of tr.
func writeHTML(t *testing.T, tr *provenance.Trace) string {
	t.Helper()
	var buf bytes.Buffer
	if err := export.HTML(&buf, tr); err != nil {
		t.Fatal(err)
	}
	if !utf8.Valid(buf.Bytes()) {
		t.Errorf("the page is not UTF-8")
	}
	return buf.String()
}

// htmlTags are the elements the page is made of; an element of any other
// name is one that text of the Trace made.
var htmlTags = []string{
	"html", "head", "meta", "title", "style", "body", "header", "main", "footer", "section", "div", "h1", "h2", "h3", "p",
	"ul", "ol", "li", "b", "span", "a", "q", "del", "ins", "blockquote", "article", "figure", "details", "summary",
	"table", "thead", "tbody", "tr", "th", "td", "meter", "label", "select", "option", "script",
	"svg", "g", "path", "polygon", "rect", "text", "nav",
}

var (
	tagRE  = regexp.MustCompile(`<(/?)([A-Za-z][A-Za-z0-9-]*)([^>]*)>`)
	attrRE = regexp.MustCompile(`\s([A-Za-z-]+)="([^"]*)"`)
	hrefRE = regexp.MustCompile(`\shref="([^"]*)"`)
)

// checkPage checks what every page must be: made of the template's own
// elements, with one script, its own, that its policy allows; with no event
// handler, no style sheet but its own, nothing to fetch and no link but to
// http and https URLs. Text of the Trace, escaped, holds no "<", so that
// every "<" followed by a letter opens an element.
func checkPage(t *testing.T, page string) {
	t.Helper()
	for _, m := range tagRE.FindAllStringSubmatch(page, -1) {
		if !slices.Contains(htmlTags, m[2]) {
			t.Errorf("the page holds a <%s%s> element", m[1], m[2])
		}
		if rest := strings.TrimSpace(attrRE.ReplaceAllString(m[3], "")); rest != "" && rest != "hidden" && rest != "/" {
			t.Errorf("<%s> has %q that is not an attribute", m[2], rest)
		}
		for _, a := range attrRE.FindAllStringSubmatch(m[3], -1) {
			if name := strings.ToLower(a[1]); strings.HasPrefix(name, "on") || name == "src" || name == "srcset" || name == "style" {
				t.Errorf("<%s> has an attribute %s=%q", m[2], a[1], a[2])
			}
		}
	}
	for _, m := range hrefRE.FindAllStringSubmatch(page, -1) {
		if u := html.UnescapeString(m[1]); !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") && !regexp.MustCompile(`^#st[0-9]+$`).MatchString(u) {
			t.Errorf("the page links to %q", u)
		}
	}
	if n := strings.Count(page, "<script"); n != 1 {
		t.Errorf("the page has %d scripts, want 1", n)
	}
	if n := strings.Count(page, "<style"); n != 1 {
		t.Errorf("the page has %d style sheets, want 1", n)
	}
	style := page[strings.Index(page, "<style>"):strings.Index(page, "</style>")]
	for _, bad := range []string{"url(", "@import", "@font-face"} {
		if strings.Contains(style, bad) {
			t.Errorf("the style sheet holds %q", bad)
		}
	}
	// The policy forbids fetching anything and allows the one script.
	start, end := strings.Index(page, "<script>"), strings.Index(page, "</script>")
	if start < 0 || end < start {
		t.Fatalf("the page has no script")
	}
	sum := sha256.Sum256([]byte(page[start+len("<script>") : end]))
	policy := `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-` +
		base64.StdEncoding.EncodeToString(sum[:]) + `';`
	if !strings.Contains(page, policy) {
		t.Errorf("the page lacks the policy %s", policy)
	}
}

// text returns the text of a page, or of a part of one: its markup left
// out and its character references decoded.
func text(page string) string {
	return html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(page, ""))
}

// hostileTrace is a Trace made by hand whose words, IDs, names and URLs
// are markup, script and addresses that must not be links.
func hostileTrace() *provenance.Trace {
	const (
		script = `<script>alert(1)</script>`
		id     = `a"<b>'&amp;`
		sid    = `s"1'><img src=x onerror=alert(2)>`
		pub    = `<img src=x onerror=alert(3)>`
	)
	return &provenance.Trace{
		Articles: []provenance.ArticleInfo{
			{ID: id, Publisher: pub, URL: "javascript:alert(4)", Title: "</title><script>alert(5)</script>"},
			{ID: "b", Publisher: "Herald", URL: `https://herald.example/b?x="><script>alert(6)</script>`},
			{ID: "c", URL: "data:text/html,<script>alert(7)</script>"},
			{ID: "d", URL: " JavaScript:alert(8)"},
		},
		Statements: []provenance.Statement{
			{
				ID: sid, Speaker: "Jane </h3><script>alert(9)</script>", Origin: `Wire" onmouseover="alert(10)`,
				Text: "We will " + script + " win.",
				Members: []provenance.Member{
					{Article: id, Kind: quote.Direct, Text: "We will " + script + " win.", Evidence: "<b>Doe</b> said", Similarity: 1},
					{Article: "b", Kind: quote.Partial, Text: "We will </q><script>alert(11)</script>", Similarity: 0.5,
						Drift: []provenance.Change{{Old: script, New: "</del><script>alert(12)</script>"}, {Old: "win."}}},
				},
			},
			// Chain knows s2, whose graph shows its names.
			{
				ID: "s2", Speaker: "Roe </text><script>alert(13)</script>", Origin: "Wire </title><script>alert(14)</script>",
				Text: script, Members: []provenance.Member{
					{Article: id, Kind: quote.Direct, Text: script, Outlet: "Wire </title><script>alert(14)</script>", Relation: attribution.Told,
						OutletEvidence: "told <x>Wire", Similarity: 1},
					{Article: "b", Kind: quote.Direct, Text: script, Similarity: 1},
				},
			},
			{ID: "s3", Speaker: "<i>Roe</i>", Origin: "<u>Wire</u>", Text: "</td></tr></table>" + script,
				Members: []provenance.Member{{Article: "c", Kind: quote.Indirect, Text: "</td></tr></table>" + script, Outlet: "<u>Wire</u>"}}},
			{ID: "s4", Text: "No one's.", Members: []provenance.Member{{Article: "d", Kind: quote.Direct, Text: "No one's."}}},
		},
		Edges: []provenance.Edge{
			{From: provenance.ArticleNode("b"), To: provenance.ArticleNode(id), Relation: provenance.Cites, Statement: "s2", Evidence: "</title>" + script},
		},
	}
}

func TestHTMLEscapes(t *testing.T) {
	tr := hostileTrace()
	page := writeHTML(t, tr)
	checkPage(t, page)
	// Every word is shown, as text.
	shown := text(page)
	for _, want := range []string{
		"We will <script>alert(1)</script> win.",
		`a"<b>'&amp;`,
		`s"1'><img src=x onerror=alert(2)>`,
		"<img src=x onerror=alert(3)>",
		"</title><script>alert(5)</script>",
		"Jane </h3><script>alert(9)</script>",
		`Wire" onmouseover="alert(10)`,
		"We will </q><script>alert(11)</script>",
		"</del><script>alert(12)</script>",
		"</td></tr></table><script>alert(1)</script>",
		"<i>Roe</i>",
		"<u>Wire</u>",
		"Roe </text><script>alert(13)</script>",
		"Wire </title><script>alert(14)</script>",
		"told <x>Wire",
		"cites: </title><script>alert(1)</script>",
	} {
		if !strings.Contains(shown, want) {
			t.Errorf("the page does not show %q", want)
		}
	}
	// Only the http URL is a link, and its markup is escaped in it; the
	// others are shown as text.
	var links [][]string
	for _, l := range hrefRE.FindAllStringSubmatch(page, -1) {
		if !strings.HasPrefix(l[1], "#") {
			links = append(links, l)
		}
	}
	if len(links) != 3 { // the article's two members, and the article in the list
		t.Errorf("the page has %d links, want 3: %q", len(links), links)
	}
	for _, l := range links {
		if !strings.HasPrefix(l[1], "https://herald.example/b?x=") || strings.ContainsAny(l[1], `<>"`) {
			t.Errorf("link %q", l[1])
		}
	}
	for _, want := range []string{"javascript:alert(4)", "data:text/html,<script>alert(7)</script>", " JavaScript:alert(8)"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the page does not show the URL %q as text", want)
		}
	}
	for _, bad := range []string{"<img", "<i>", "<u>", "<x>"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page holds %q as markup", bad)
		}
	}
}

// Names with control characters, bidirectional overrides and bytes that
// are not UTF-8 are shown as Text shows them.
func TestHTMLNames(t *testing.T) {
	var names []string
	for _, x := range shownNames {
		if x.name != "" {
			names = append(names, x.name)
		}
	}
	page := writeHTML(t, namedTrace(names))
	checkPage(t, page)
	if strings.ContainsFunc(page, func(r rune) bool { return r != '\n' && forbidden(r) }) {
		t.Errorf("the page holds control characters or bidirectional overrides")
	}
	shown := text(page)
	for _, x := range shownNames {
		if x.name == "" {
			continue
		}
		if !strings.Contains(shown, x.shown) {
			t.Errorf("the page does not show %q as %q", x.name, x.shown)
		}
	}
}

func TestHTMLDeterministic(t *testing.T) {
	tr := exportSamples(t)
	first := writeHTML(t, tr)
	for range 3 {
		if again := writeHTML(t, tr); again != first {
			t.Fatalf("the same Trace gave another page")
		}
	}
	if again := writeHTML(t, exportSamples(t)); again != first {
		t.Errorf("the Trace of the same articles gave another page")
	}
}

// sectionOf returns the part of page that shows the statement with the
// given escaped ID, or "".
func sectionOf(page, id string) string {
	start := strings.Index(page, `<h3><span class="sid">`+id+`</span>`)
	if start < 0 {
		return ""
	}
	end := strings.Index(page[start:], "</article>")
	if end < 0 {
		return ""
	}
	return page[start : start+end]
}

func TestHTMLSamples(t *testing.T) {
	tr := exportSamples(t)
	page := writeHTML(t, tr)
	checkPage(t, page)

	var shared, single []*provenance.Statement
	for i := range tr.Statements {
		s := &tr.Statements[i]
		articles := map[string]bool{}
		for _, m := range s.Members {
			articles[m.Article] = true
		}
		if len(articles) > 1 {
			shared = append(shared, s)
		} else {
			single = append(single, s)
		}
	}
	if len(shared) == 0 || len(single) == 0 {
		t.Fatalf("the samples have %d shared and %d single statements", len(shared), len(single))
	}
	head := text(page[:strings.Index(page, "</header>")])
	want := fmt.Sprintf("%d articles %d statements %d reported by more than one article", len(tr.Articles), len(tr.Statements), len(shared))
	if got := strings.Join(strings.Fields(head), " "); !strings.Contains(got, want) {
		t.Errorf("header %q, want %q", got, want)
	}

	// The shared statements come first, in the order of the Trace, each
	// with its chains drawn and a row for each member.
	last := -1
	for _, s := range shared {
		sec := sectionOf(page, s.ID)
		if sec == "" {
			t.Errorf("%s: no section", s.ID)
			continue
		}
		at := strings.Index(page, sec)
		if at < last || at > strings.Index(page, `id="single"`) {
			t.Errorf("%s is out of order", s.ID)
		}
		last = at
		shown := text(sec)
		for _, w := range []string{s.Speaker, s.Origin, strings.Join(strings.Fields(s.Text), " ")} {
			if !strings.Contains(shown, w) {
				t.Errorf("%s: the section does not show %q", s.ID, w)
			}
		}
		nodes := map[provenance.Node]bool{}
		for _, p := range tr.Chain(s.ID) {
			for _, h := range p {
				nodes[h.Node] = true
			}
		}
		if got := strings.Count(sec, "<rect "); got != len(nodes) {
			t.Errorf("%s: the graph has %d boxes, want %d", s.ID, got, len(nodes))
		}
		if got := strings.Count(sec, "<tr>") - 1; got != len(s.Members) {
			t.Errorf("%s: %d rows of members, want %d", s.ID, got, len(s.Members))
		}
		for _, m := range s.Members {
			if !strings.Contains(shown, strings.Join(strings.Fields(m.Text), " ")) {
				t.Errorf("%s: the section does not show %s's wording %q", s.ID, m.Article, m.Text)
			}
			for _, c := range m.Drift {
				var want string
				switch {
				case c.Old == "":
					want = "<ins>" + html.EscapeString(strings.Join(strings.Fields(c.New), " ")) + "</ins>"
				case c.New == "":
					want = "<del>" + html.EscapeString(strings.Join(strings.Fields(c.Old), " ")) + "</del>"
				default:
					want = "<del>" + html.EscapeString(strings.Join(strings.Fields(c.Old), " ")) + "</del> → <ins>" +
						html.EscapeString(strings.Join(strings.Fields(c.New), " ")) + "</ins>"
				}
				if !strings.Contains(sec, want) {
					t.Errorf("%s: the section does not show %s's change %q", s.ID, m.Article, want)
				}
			}
		}
	}
	// Peskov's words to TASS, which three articles report.
	if sec := text(sectionOf(page, "s1")); !strings.Contains(sec, "Dmitry Peskov") || !strings.Contains(sec, "told TASS") {
		t.Errorf("s1 is not Dmitry Peskov's, told TASS:\n%s", sec)
	}

	// Then the rest, a row each, with a filter for each speaker.
	rest := page[strings.Index(page, `id="single"`):]
	if got := strings.Count(rest, "<tr data-speaker="); got != len(single) {
		t.Errorf("%d rows of single statements, want %d", got, len(single))
	}
	for _, s := range single {
		if s.Speaker != "" && !strings.Contains(rest, `">`+html.EscapeString(s.Speaker)+"</option>") {
			t.Errorf("no filter for the speaker %q", s.Speaker)
		}
	}
}

// A Trace made by hand may have a statement that Chain knows no way for:
// an ID that is not of the form "s1", or no speaker and no articles.
func TestHTMLEmptyChain(t *testing.T) {
	tr := &provenance.Trace{
		Articles: []provenance.ArticleInfo{{ID: "a"}, {ID: "b"}},
		Statements: []provenance.Statement{
			{ID: "odd", Speaker: "Jane Doe", Text: "Hello.", Members: []provenance.Member{
				{Article: "a", Kind: quote.Direct, Text: "Hello."},
				{Article: "b", Kind: quote.Direct, Text: "Hello!"},
			}},
			{ID: "s2", Text: "Nobody reports this."},
		},
	}
	if got := tr.Chain("odd"); got != nil {
		t.Fatalf("Chain(odd) = %v, want nil", got)
	}
	page := writeHTML(t, tr)
	checkPage(t, page)
	sec := sectionOf(page, "odd")
	if strings.Contains(sec, "<svg") || !strings.Contains(sec, "No chain from a speaker to the articles is known.") {
		t.Errorf("the section of a statement without chain:\n%s", sec)
	}
	if !strings.Contains(text(sec), "the same words") {
		t.Errorf("a wording that differs only in punctuation is not said to be the same words:\n%s", sec)
	}
	if !strings.Contains(text(page), "Nobody reports this.") || !strings.Contains(page, "no article") {
		t.Errorf("the statement without members is not shown as reported by no article")
	}

	// The empty Trace, and a Trace with odd nodes, make a page too.
	checkPage(t, writeHTML(t, &provenance.Trace{}))
	odd := namedTrace([]string{""})
	odd.Edges = append(odd.Edges, provenance.Edge{From: provenance.Node{}, To: provenance.Node{Kind: 9, Name: "x"}, Relation: "odd"})
	checkPage(t, writeHTML(t, odd))
}

// A Trace made by hand may hold what a Graph never makes, such as a cycle
// of articles citing each other; the graph still ends.
func TestHTMLCycle(t *testing.T) {
	tr := &provenance.Trace{
		Articles: []provenance.ArticleInfo{{ID: "a"}, {ID: "b"}},
		Statements: []provenance.Statement{{ID: "s1", Speaker: "Jane Doe", SpeakerType: attribution.Person, Text: "Hello.", Members: []provenance.Member{
			{Article: "a", Kind: quote.Direct, Text: "Hello."},
			{Article: "b", Kind: quote.Direct, Text: "Hello."},
		}}},
		Edges: []provenance.Edge{
			{From: provenance.ArticleNode("a"), To: provenance.ArticleNode("b"), Relation: provenance.Cites},
			{From: provenance.ArticleNode("b"), To: provenance.ArticleNode("a"), Relation: provenance.Cites},
		},
	}
	page := writeHTML(t, tr)
	checkPage(t, page)
	if n := strings.Count(sectionOf(page, "s1"), "<rect "); n != 3 {
		t.Errorf("the graph has %d boxes, want 3 (Jane Doe, a, b)", n)
	}
}

func TestHTMLError(t *testing.T) {
	if err := export.HTML(exportFailWriter{}, exportSamples(t)); !errors.Is(err, errExportWrite) {
		t.Errorf("HTML to a failing writer returned %v, want %v", err, errExportWrite)
	}
	if err := export.HTML(exportFailWriter{}, &provenance.Trace{}); !errors.Is(err, errExportWrite) {
		t.Errorf("HTML of an empty Trace to a failing writer returned %v, want %v", err, errExportWrite)
	}
}
