package webpage

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// extract reads the article and metadata of a parsed page.
func extract(doc *html.Node) Page {
	pg := scan(doc)
	c := pg.container()
	var p Page
	p.Title = pg.metaTitle()
	h1 := pg.headline(c, p.Title)
	if h1 != nil {
		p.Headline = inlineText(h1)
	} else {
		p.Headline = p.Title
	}
	if p.Title == "" {
		p.Title = p.Headline
	}
	p.URL = pg.url()
	p.Published = pg.published(c)

	var w writer
	if c != nil {
		w.lengths = pg.lengths
		w.total = pg.lengths[c]
		w.skip = h1
		w.logos = pg.logos
		w.dropLinks = true
		w.block(c)
	}
	paras := w.paragraphs()
	if len(paras) > 0 && p.Headline != "" && sameText(paras[0], p.Headline) {
		paras = paras[1:] // the headline, in other markup than h1
	}
	if p.Headline != "" {
		paras = append([]string{p.Headline}, paras...)
	}
	if len(paras) > 0 {
		p.Text = strings.Join(paras, "\n\n") + "\n"
	}
	return p
}

// sameText reports whether a and b are the same words.
func sameText(a, b string) bool {
	return slices.Equal(strings.Fields(a), strings.Fields(b))
}

// A page is what a first pass over the tree found.
type page struct {
	body     *html.Node
	articles []*html.Node // not inside skipped elements
	mains    []*html.Node // likewise
	h1s      []*html.Node // likewise, in document order
	times    []*html.Node // <time datetime> elements, likewise
	title    string       // the <title> element's text
	meta     []metaTag
	links    []*html.Node // <link> elements
	base     string       // <base href>
	jsonLD   []string     // the text of <script type="application/ld+json"> elements
	itemprop []*html.Node // elements with itemprop="datePublished"
	lengths  map[*html.Node]int
	logos    map[*html.Node]bool // h1 elements that name the site
}

// A metaTag is a <meta> element's key (its property, name or itemprop,
// lower-cased) and content.
type metaTag struct{ key, content string }

// scan walks the tree once, collecting what extract needs and the length of
// the visible text of each element.
func scan(doc *html.Node) *page {
	pg := &page{lengths: map[*html.Node]int{}, logos: map[*html.Node]bool{}}
	pg.walk(doc, false)
	return pg
}

// walk scans n and returns the length of its visible text; hidden reports
// whether n is inside a skipped element. The recursion is as deep as the
// tree, which flatten keeps shallow.
func (pg *page) walk(n *html.Node, hidden bool) int {
	switch n.Type {
	case html.TextNode:
		if hidden {
			return 0
		}
		return len(strings.TrimSpace(n.Data))
	case html.ElementNode, html.DocumentNode:
	default:
		return 0
	}
	if n.Type == html.ElementNode {
		if n.Namespace == "" {
			pg.element(n, hidden)
		}
		hidden = hidden || skipped(n)
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += pg.walk(c, hidden)
	}
	if n.Type == html.ElementNode && !hidden {
		pg.lengths[n] = total
	}
	return total
}

// element notes what n, an HTML element, gives the first pass.
func (pg *page) element(n *html.Node, hidden bool) {
	switch n.DataAtom {
	case atom.Meta:
		key := attr(n, "property")
		if key == "" {
			key = attr(n, "name")
		}
		if key == "" {
			key = attr(n, "itemprop")
		}
		if key != "" {
			pg.meta = append(pg.meta, metaTag{strings.ToLower(strings.TrimSpace(key)), attr(n, "content")})
		}
	case atom.Link:
		pg.links = append(pg.links, n)
	case atom.Base:
		if pg.base == "" {
			pg.base = strings.TrimSpace(attr(n, "href"))
		}
	case atom.Title:
		if pg.title == "" {
			pg.title = inlineText(n)
		}
	case atom.Script:
		if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
			pg.jsonLD = append(pg.jsonLD, n.FirstChild.Data)
		}
	case atom.Body:
		if pg.body == nil {
			pg.body = n
		}
	}
	if strings.EqualFold(attr(n, "itemprop"), "datePublished") && n.DataAtom != atom.Meta {
		pg.itemprop = append(pg.itemprop, n)
	}
	if hidden || skipped(n) {
		return
	}
	role := strings.Fields(strings.ToLower(attr(n, "role")))
	switch {
	case n.DataAtom == atom.Article || slices.Contains(role, "article"):
		pg.articles = append(pg.articles, n)
	case n.DataAtom == atom.Main || slices.Contains(role, "main"):
		pg.mains = append(pg.mains, n)
	}
	switch n.DataAtom {
	case atom.H1:
		pg.h1s = append(pg.h1s, n)
	case atom.Time:
		if hasAttr(n, "datetime") {
			pg.times = append(pg.times, n)
		}
	}
}

// container returns the element whose text is the article's: the longest
// article, else the longest main, else the body; nil for a page with none.
func (pg *page) container() *html.Node {
	for _, list := range [][]*html.Node{pg.articles, pg.mains} {
		var best *html.Node
		for _, n := range list {
			if pg.lengths[n] > 0 && (best == nil || pg.lengths[n] > pg.lengths[best]) {
				best = n
			}
		}
		if best != nil {
			return best
		}
	}
	return pg.body
}

// headline returns the h1 of the article, given the page's title: the first
// inside c, else the first of the page whose text the title holds, else the
// first of the page; or nil when there is none. An h1 that is empty or names
// the site (a logo) is none.
func (pg *page) headline(c *html.Node, title string) *html.Node {
	site := pg.siteName()
	var first, inTitle *html.Node
	for _, h := range pg.h1s {
		t := inlineText(h)
		if t == "" {
			continue
		}
		if site != "" && strings.EqualFold(t, site) {
			pg.logos[h] = true
			continue
		}
		if c != nil && contains(c, h) {
			return h
		}
		if first == nil {
			first = h
		}
		if inTitle == nil && title != "" && strings.Contains(strings.ToLower(title), strings.ToLower(t)) {
			inTitle = h
		}
	}
	if inTitle != nil {
		return inTitle
	}
	return first
}

// contains reports whether n is a or a descendant of a.
func contains(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// attr returns the value of n's attribute key (lower case), or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return true
		}
	}
	return false
}

// skipped reports whether the element n and all it holds are left out of
// the article's text, whatever its class names.
func skipped(n *html.Node) bool {
	if n.Namespace != "" { // svg and math content
		return true
	}
	switch n.DataAtom {
	case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Iframe, atom.Object, atom.Embed, atom.Canvas, atom.Audio, atom.Video, atom.Map,
		atom.Form, atom.Button, atom.Input, atom.Select, atom.Textarea, atom.Label,
		atom.Nav, atom.Aside, atom.Dialog, atom.Figcaption, atom.Title, atom.Frameset, atom.Noembed, atom.Noframes:
		return true
	case atom.Header, atom.Footer:
		if !inSection(n) {
			return true
		}
	}
	if hasAttr(n, "hidden") && !strings.EqualFold(attr(n, "hidden"), "until-found") {
		return true
	}
	if strings.EqualFold(strings.TrimSpace(attr(n, "aria-hidden")), "true") {
		return true
	}
	for _, r := range strings.Fields(strings.ToLower(attr(n, "role"))) {
		switch r {
		case "navigation", "banner", "contentinfo", "complementary", "search",
			"dialog", "alertdialog", "menu", "menubar", "toolbar":
			return true
		}
	}
	if style := attr(n, "style"); style != "" {
		s := strings.ToLower(strings.Join(strings.Fields(style), ""))
		if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
			return true
		}
	}
	return false
}

// inSection reports whether n is inside sectioning content or main, which
// makes a header or footer the section's rather than the site's.
func inSection(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		switch p.DataAtom {
		case atom.Article, atom.Aside, atom.Main, atom.Nav, atom.Section:
			return true
		}
	}
	return false
}

// furniture reports whether the class or id of n names it as page
// furniture: sharing buttons, related stories, a cookie notice, and such.
func furniture(n *html.Node) bool {
	for _, key := range [...]string{"class", "id"} {
		v := attr(n, key)
		if v == "" {
			continue
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(v), notAlnum) {
			if furnitureWords[w] {
				return true
			}
		}
	}
	return false
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func notAlnum(r rune) bool {
	return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
}

// furnitureWords are the words of class names and ids that mark page
// furniture. It is read only.
var furnitureWords = map[string]bool{
	"share": true, "sharing": true, "sharebar": true, "social": true,
	"related": true, "recommended": true, "recirculation": true, "trending": true,
	"newsletter": true, "subscribe": true, "subscription": true, "signup": true,
	"cookie": true, "cookies": true, "consent": true, "gdpr": true,
	"comment": true, "comments": true, "disqus": true,
	"ad": true, "ads": true, "advert": true, "advertisement": true, "adslot": true,
	"sponsor": true, "sponsored": true, "promo": true, "outbrain": true, "taboola": true,
	"sidebar": true, "breadcrumb": true, "breadcrumbs": true,
	"menu": true, "navbar": true, "nav": true, "navigation": true,
	"popup": true, "modal": true, "toolbar": true, "skiplink": true,
}

// blockElements are the elements that start and end a paragraph. It is read
// only.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Caption: true, atom.Center: true, atom.Dd: true, atom.Details: true,
	atom.Dialog: true, atom.Dir: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true,
	atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Html: true,
	atom.Legend: true, atom.Li: true, atom.Listing: true, atom.Main: true, atom.Menu: true,
	atom.Nav: true, atom.Ol: true, atom.P: true, atom.Plaintext: true, atom.Pre: true,
	atom.Section: true, atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Td: true,
	atom.Tfoot: true, atom.Th: true, atom.Thead: true, atom.Tr: true, atom.Ul: true,
	atom.Xmp: true, atom.Search: true,
}

// A writer lays out the text of an element as paragraphs.
type writer struct {
	lengths map[*html.Node]int  // visible text length of each element
	total   int                 // that of the container
	skip    *html.Node          // the headline, written apart
	logos   map[*html.Node]bool // h1 elements naming the site, left out

	// dropLinks says to leave out the paragraphs that are all links and
	// either short or several, such as a kicker naming the section or a
	// list of tags.
	dropLinks bool

	paras []string
	line  strings.Builder // the paragraph being written; "\n" for <br>
	space bool            // white space is pending before the next word
	pre   int             // depth of <pre> elements
	quote int             // depth of <q> elements
	a     int             // depth of <a> elements
	plain bool            // the paragraph has words outside links
	nlink int             // the number of links with words in the paragraph
	links int             // the number of links begun so far
	last  int             // the number of the last link that wrote words
}

// block writes the contents of the container c.
func (w *writer) block(c *html.Node) {
	for ch := c.FirstChild; ch != nil; ch = ch.NextSibling {
		w.node(ch)
	}
	w.flush()
}

// node writes n and what it holds.
func (w *writer) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
	default:
		return
	}
	if n == w.skip || w.logos[n] || skipped(n) || (furniture(n) && 2*w.lengths[n] < w.total) {
		if blockElements[n.DataAtom] {
			w.flush()
		}
		return
	}
	switch n.DataAtom {
	case atom.Br:
		w.newline()
		return
	case atom.Q:
		w.quote++
		w.text(openQuote(w.quote))
		w.space = false
	case atom.Pre, atom.Listing, atom.Xmp, atom.Plaintext:
		w.pre++
	case atom.A:
		w.a++
		w.links++
		defer func() { w.a-- }()
	}
	block := blockElements[n.DataAtom]
	if block {
		w.flush()
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		w.node(ch)
	}
	switch n.DataAtom {
	case atom.Q:
		w.space = false
		w.text(closeQuote(w.quote))
		w.quote--
	case atom.Pre, atom.Listing, atom.Xmp, atom.Plaintext:
		w.pre--
	}
	if block {
		w.flush()
	}
}

// openQuote and closeQuote return the marks of a <q> element at depth d,
// curly double marks outside, single ones inside.
func openQuote(d int) string {
	if d%2 == 1 {
		return "\u201C"
	}
	return "\u2018"
}

func closeQuote(d int) string {
	if d%2 == 1 {
		return "\u201D"
	}
	return "\u2019"
}

// text writes s, its runs of white space made one space (in <pre>, line
// breaks are kept).
func (w *writer) text(s string) {
	for len(s) > 0 {
		i := strings.IndexFunc(s, isSpace)
		if i < 0 {
			i = len(s)
		}
		if i > 0 {
			if w.space && w.line.Len() > 0 && !endsLine(&w.line) {
				w.line.WriteByte(' ')
			}
			w.space = false
			w.line.WriteString(s[:i])
			switch {
			case w.a > 0 && w.last != w.links:
				w.nlink++
				w.last = w.links
			case w.a == 0 && strings.IndexFunc(s[:i], isAlnum) >= 0:
				w.plain = true
			}
			s = s[i:]
		}
		for len(s) > 0 {
			r, size := decodeSpace(s)
			if size == 0 {
				break
			}
			if r == '\n' && w.pre > 0 {
				w.newline()
			} else {
				w.space = true
			}
			s = s[size:]
		}
	}
}

// newline ends the line being written, within the paragraph.
func (w *writer) newline() {
	w.line.WriteByte('\n')
	w.space = false
}

func endsLine(b *strings.Builder) bool {
	s := b.String()
	return s[len(s)-1] == '\n'
}

// isSpace reports whether r is white space that runs of are made one space:
// HTML's ASCII white space and the no-break space.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\f', '\r', '\u00A0':
		return true
	}
	return false
}

// decodeSpace returns the white space rune at the start of s and its size,
// or size 0 when s does not start with one.
func decodeSpace(s string) (rune, int) {
	switch {
	case s == "":
		return 0, 0
	case strings.HasPrefix(s, "\u00A0"):
		return '\u00A0', len("\u00A0")
	case isSpace(rune(s[0])):
		return rune(s[0]), 1
	}
	return 0, 0
}

// flush ends the paragraph being written.
func (w *writer) flush() {
	if w.line.Len() > 0 {
		var lines []string
		for l := range strings.SplitSeq(w.line.String(), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		p := strings.Join(lines, "\n")
		if len(lines) > 0 && !(w.dropLinks && !w.plain && (w.nlink > 1 || len(strings.Fields(p)) <= maxLinkWords)) {
			w.paras = append(w.paras, p)
		}
	}
	w.line.Reset()
	w.space = false
	w.plain = false
	w.nlink, w.last = 0, 0
}

// maxLinkWords is the most words a paragraph made only of one link may have
// and still be left out of the text; one of several links is left out
// whatever its length.
const maxLinkWords = 3

// paragraphs returns the paragraphs written.
func (w *writer) paragraphs() []string {
	w.flush()
	return w.paras
}

// inlineText returns the text of n on one line, its white space collapsed,
// leaving out what the article's text leaves out.
func inlineText(n *html.Node) string {
	var w writer
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		w.node(ch)
	}
	var words []string
	for _, p := range w.paragraphs() {
		words = append(words, strings.Fields(p)...)
	}
	return strings.Join(words, " ")
}
