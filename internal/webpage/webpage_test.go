package webpage

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"testing/iotest"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func mustParse(t *testing.T, page string) Page {
	t.Helper()
	p, err := Parse([]byte(page))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return p
}

func TestText(t *testing.T) {
	for _, tc := range []struct {
		name, page, want string
	}{{
		name: "empty",
		page: "",
		want: "",
	}, {
		name: "markup without text",
		page: "<!doctype html><html><head><title></title></head><body><div> </div><img src=x></body></html>",
		want: "",
	}, {
		name: "not HTML",
		page: "Peskov said \"no\" & left.\nThen nothing.",
		want: "Peskov said \"no\" & left. Then nothing.\n",
	}, {
		name: "headline first, paragraphs apart",
		page: "<title>T</title><h1>Head  line</h1><p>One.</p><p>Two.\n  Still two.</p>",
		want: "Head line\n\nOne.\n\nTwo. Still two.\n",
	}, {
		name: "headline from the title when there is no h1",
		page: "<title>The title</title><p>Body.</p>",
		want: "The title\n\nBody.\n",
	}, {
		name: "headline not repeated when the article gives it in other markup",
		page: "<title>Kremlin denies call</title><h2>Kremlin  denies call</h2><p>Body.</p>",
		want: "Kremlin denies call\n\nBody.\n",
	}, {
		name: "the h1 moved to the front",
		page: "<article><p class=kicker>Exclusive report</p><h1>Head</h1><p>Body.</p></article>",
		want: "Head\n\nExclusive report\n\nBody.\n",
	}, {
		name: "entities decoded, white space collapsed, nbsp a space",
		page: "<p>Tom &amp; Jerry&rsquo;s &#8220;show&#x201D;&nbsp;&nbsp;was\t\r\n fun &lt;3</p>",
		want: "Tom & Jerry’s “show” was fun <3\n",
	}, {
		name: "other spaces kept",
		page: "<p>«\u202Fnon\u202F» a\u2009b\u200bc</p>",
		want: "«\u202Fnon\u202F» a\u2009b\u200bc\n",
	}, {
		name: "br a line break",
		page: "<p>Line one<br>line two<br><br> <br>line three</p>",
		want: "Line one\nline two\nline three\n",
	}, {
		name: "inline markup joins words as written",
		page: "<p>A<b>B</b> <i>c</i><span>d</span> <a href=x>link</a>.</p>",
		want: "AB cd link.\n",
	}, {
		name: "q elements in quote marks",
		page: "<p>He said <q>we <q>never</q> agreed</q> to it.</p>",
		want: "He said “we ‘never’ agreed” to it.\n",
	}, {
		name: "block elements and loose text",
		page: "<div>Loose<p>para</p>tail<ul><li>one<li>two</ul><blockquote>Quoted</blockquote><h3>Sub</h3>end</div>",
		want: "Loose\n\npara\n\ntail\n\none\n\ntwo\n\nQuoted\n\nSub\n\nend\n",
	}, {
		name: "pre keeps its lines",
		page: "<pre>a  b\n  c\n\nd</pre>",
		want: "a b\nc\nd\n",
	}, {
		name: "table cells",
		page: "<table><tr><td>Cell one<td>Cell two</tr></table>",
		want: "Cell one\n\nCell two\n",
	}, {
		name: "the longest article",
		page: "<body><p>Outside.</p><article><p>Short.</p></article><article><h1>H</h1><p>The longer one.</p></article></body>",
		want: "H\n\nThe longer one.\n",
	}, {
		name: "an empty article is no article",
		page: "<body><article><img src=x></article><main><p>Main text.</p></main><p>Outside.</p></body>",
		want: "Main text.\n",
	}, {
		name: "an article inside an aside is none",
		page: "<body><aside><article><p>A much longer related story than the main one.</p></article></aside><main><p>Main.</p></main></body>",
		want: "Main.\n",
	}, {
		name: "ARIA roles of article and main",
		page: "<body><p>Outside.</p><div role=main><p>Main.</p><div role=article><p>The article.</p></div></div></body>",
		want: "The article.\n",
	}, {
		name: "main when there is no article",
		page: "<body><div>Site</div><main><p>Main text.</p></main><div>More site</div></body>",
		want: "Main text.\n",
	}, {
		name: "the body when there is neither",
		page: "<body><div>First.</div><p>Second.</p></body>",
		want: "First.\n\nSecond.\n",
	}, {
		name: "elements without prose left out",
		page: `<body><script>var s = "<p>x</p>";</script><style>p{}</style><noscript>Enable JS</noscript>
			<template><p>T</p></template><svg><text>S</text><title>svg title</title></svg><math><mi>x</mi></math>
			<iframe>frame</iframe><object>obj</object><video>No video</video><audio>No audio</audio><canvas>c</canvas>
			<form><p>In a form</p></form><button>Click</button><select><option>Opt</select><textarea>ta</textarea>
			<label>Lab</label><p>Kept.</p></body>`,
		want: "Kept.\n",
	}, {
		name: "furniture left out",
		page: `<body><header>Site header</header><nav>Menu</nav><aside>Aside</aside><footer>Site footer</footer>
			<dialog open>Dialog</dialog><figure><img src=x><figcaption>Caption (AP Photo)</figcaption></figure><p>Kept.</p></body>`,
		want: "Kept.\n",
	}, {
		name: "an article's own header and footer kept",
		page: "<article><header><p>By Jane Doe</p></header><p>Body.</p><footer>Reporting by John Roe</footer></article>",
		want: "By Jane Doe\n\nBody.\n\nReporting by John Roe\n",
	}, {
		name: "a header and footer in a div are the site's",
		page: "<body><div><header>Site</header><p>Body.</p><footer>Site footer</footer></div></body>",
		want: "Body.\n",
	}, {
		name: "roles",
		page: `<body><div role="navigation">N</div><div role="banner">B</div><div role="contentinfo">C</div>
			<div role="complementary">C</div><div role="search">S</div><div role="dialog">D</div>
			<div role="alertdialog">A</div><ul role="menu"><li>M</ul><div role="toolbar">T</div>
			<div role="Region Navigation">Two roles</div><div role="main">Kept.</div></body>`,
		want: "Kept.\n",
	}, {
		name: "hidden elements",
		page: `<body><p hidden>H</p><p hidden="hidden">H</p><p aria-hidden="true">A</p><p aria-hidden=" TRUE ">A</p>
			<p style="color:red; DISPLAY : none">D</p><p style="visibility:hidden">V</p>
			<p hidden="until-found">Found.</p><p aria-hidden="false">Kept.</p></body>`,
		want: "Found.\n\nKept.\n",
	}, {
		name: "furniture by class or id",
		page: `<article><h1>H</h1><div class="share-bar">Share this</div><div id="related-stories"><p>Other story</p></div>
			<div class="cookie_notice">Cookies</div><div class="c-newsletter">Sign up</div><div class="ad">Ad</div>
			<p>This is the body of the article, long enough to outweigh the furniture.</p>
			<p class="shared-memory">Not furniture: “shared” is not “share”.</p></article>`,
		want: "H\n\nThis is the body of the article, long enough to outweigh the furniture.\n\nNot furniture: “shared” is not “share”.\n",
	}, {
		name: "a wrapper named like furniture that holds the article is kept",
		page: `<body><div class="page has-sidebar"><p>The whole article is in this wrapper.</p></div><div class=sidebar>Side</div></body>`,
		want: "The whole article is in this wrapper.\n",
	}, {
		name: "short paragraphs of links only left out",
		page: `<article><h1>H</h1><p><a href=/world>World</a></p><p><a href=/a>Tag one</a>, <a href=/b>Tag two</a></p>
			<p><a href=/x>A link of four words</a></p><p>By <a href=/j>Jane</a></p>
			<p><a href=/i><img src=icon.png></a> <a href=/y>An icon and a link</a></p>
			<ul><li><a href=/p>Politics</a> <li><a href=/w>World news today</a>, <a href=/e>Economy</a></ul>
			<p>The <a href=/t>whole text</a> in a link and not.</p></article>`,
		want: "H\n\nA link of four words\n\nBy Jane\n\nAn icon and a link\n\nThe whole text in a link and not.\n",
	}, {
		name: "an h1 that is a link stays the headline",
		page: `<article><h1><a href="/story">Kremlin</a></h1><p>Body.</p></article>`,
		want: "Kremlin\n\nBody.\n",
	}, {
		name: "the site's logo is no headline",
		page: `<head><meta property="og:site_name" content="The Daily"><title>Story | The Daily</title></head>
			<body><div class=top><h1>The Daily</h1></div><div><p>Body.</p></div></body>`,
		want: "Story\n\nBody.\n",
	}, {
		name: "the h1 the title names, outside the article",
		page: `<title>Big story - Site</title><body><h1>Breaking news</h1><div><h1>Big story</h1></div><article><p>Body text.</p></article></body>`,
		want: "Big story\n\nBody text.\n",
	}, {
		name: "misnested and unclosed tags as a browser reads them",
		page: `<p>One <b>bold <i>both</b> italic</i> end<p>Two<li>item</p></div></span>`,
		want: "One bold both italic end\n\nTwo\n\nitem\n",
	}, {
		name: "frameset",
		page: `<html><frameset><frame src=a></frameset></html>`,
		want: "",
	}} {
		t.Run(tc.name, func(t *testing.T) {
			p := mustParse(t, tc.page)
			if p.Text != tc.want {
				t.Errorf("Text =\n%q\nwant\n%q", p.Text, tc.want)
			}
		})
	}
}

func TestMetadata(t *testing.T) {
	utc := func(y int, m time.Month, d, h, min, s int) time.Time {
		return time.Date(y, m, d, h, min, s, 0, time.UTC)
	}
	for _, tc := range []struct {
		name, page string
		want       Page // Text is not compared
	}{{
		name: "none",
		page: "<p>Text.</p>",
		want: Page{},
	}, {
		name: "og tags",
		page: `<head><meta property="og:title" content=" OG  title "><title>Title element</title>
			<meta property="og:url" content="https://example.com/og">
			<meta property="article:published_time" content="2025-01-27T10:30:00+03:00"></head><h1>H1</h1>`,
		want: Page{Headline: "H1", Title: "OG title", URL: "https://example.com/og",
			Published: time.Date(2025, 1, 27, 10, 30, 0, 0, time.FixedZone("", 3*3600))},
	}, {
		name: "og tags as names, time variants",
		page: `<meta name="og:title" content="Named"><meta name="og:url" content="http://example.com/n">
			<meta name="og:published_time" content="2025-01-27T10:30">`,
		want: Page{Headline: "Named", Title: "Named", URL: "http://example.com/n", Published: utc(2025, 1, 27, 10, 30, 0)},
	}, {
		name: "title element without the site's name",
		page: `<title>Kremlin says no  |  Daily Courier</title><meta property="og:site_name" content="Daily Courier">`,
		want: Page{Headline: "Kremlin says no", Title: "Kremlin says no"},
	}, {
		name: "a site name that is not set off is kept",
		page: `<title>Kremlin denies Courier</title><meta property="og:site_name" content="Courier">`,
		want: Page{Headline: "Kremlin denies Courier", Title: "Kremlin denies Courier"},
	}, {
		name: "title from the h1",
		page: `<h1>Only <em>an</em> h1</h1>`,
		want: Page{Headline: "Only an h1", Title: "Only an h1"},
	}, {
		name: "canonical before og:url, made absolute",
		page: `<link rel="Alternate Canonical" href="/world/story?id=1"><meta property="og:url" content="https://www.example.com/og/x">`,
		want: Page{URL: "https://www.example.com/world/story?id=1"},
	}, {
		name: "canonical against base",
		page: `<base href="https://base.example/dir/"><link rel=canonical href="story.html">`,
		want: Page{URL: "https://base.example/dir/story.html"},
	}, {
		name: "a relative canonical with nothing to resolve it against",
		page: `<link rel=canonical href="/story"><meta property="og:url" content="/og">`,
		want: Page{},
	}, {
		name: "not http",
		page: `<link rel=canonical href="javascript:alert(1)"><meta property="og:url" content="ftp://example.com/x">`,
		want: Page{},
	}, {
		name: "a bad canonical falls back to og:url",
		page: `<link rel=canonical href="http://[::1"><meta property="og:url" content=" https://example.com/og ">`,
		want: Page{URL: "https://example.com/og"},
	}, {
		name: "itemprop datePublished",
		page: `<meta name="date" content="2020-01-01"><span itemprop="datePublished" content="2025-01-27T10:30:00Z">Jan 27</span>`,
		want: Page{Published: utc(2025, 1, 27, 10, 30, 0)},
	}, {
		name: "itemprop on a meta tag",
		page: `<meta itemprop="datePublished" content="2025-01-27">`,
		want: Page{Published: utc(2025, 1, 27, 0, 0, 0)},
	}, {
		name: "itemprop by its text",
		page: `<time itemprop="datePublished">2025-01-27 10:30:00</time>`,
		want: Page{Published: utc(2025, 1, 27, 10, 30, 0)},
	}, {
		name: "meta name date, unparsable values ignored",
		page: `<meta property="article:published_time" content="yesterday"><meta name="pubdate" content="Mon, 27 Jan 2025 10:30:00 GMT">`,
		want: Page{Published: utc(2025, 1, 27, 10, 30, 0)},
	}, {
		name: "publish-date with a zone without colon",
		page: `<meta name="publish-date" content="2025-01-27T10:30:00.123+0100">`,
		want: Page{Published: time.Date(2025, 1, 27, 10, 30, 0, 123e6, time.FixedZone("", 3600))},
	}, {
		name: "JSON-LD",
		page: `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","datePublished":"1999-01-01"},
			{"@type":["NewsArticle"],"datePublished":"2025-01-27T10:30:00Z"}]}</script>`,
		want: Page{Published: utc(2025, 1, 27, 10, 30, 0)},
	}, {
		name: "bad JSON-LD ignored, time inside the article",
		page: `<script type="application/ld+json">{"@type": "NewsArticle", </script><time datetime="2000-01-01">Old</time>
			<article><p>Text.</p><time datetime="bad">x</time><time datetime="2025-01-27T10:30Z">Jan 27</time></article>`,
		want: Page{Published: utc(2025, 1, 27, 10, 30, 0)},
	}, {
		name: "a time outside the article is none",
		page: `<body><time datetime="2000-01-01">Old</time><article><p>Text.</p></article></body>`,
		want: Page{},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			p := mustParse(t, tc.page)
			p.Text = ""
			if diff := cmp.Diff(tc.want, p); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseTime(t *testing.T) {
	z3 := time.FixedZone("", 3*3600)
	for _, tc := range []struct {
		in   string
		want time.Time // zero: not a time
	}{
		{"2025-01-27T10:30:00Z", time.Date(2025, 1, 27, 10, 30, 0, 0, time.UTC)},
		{" 2025-01-27T10:30:00.5+03:00 ", time.Date(2025, 1, 27, 10, 30, 0, 5e8, z3)},
		{"2025-01-27t10:30:00z", time.Date(2025, 1, 27, 10, 30, 0, 0, time.UTC)},
		{"2025-01-27T10:30:00+0300", time.Date(2025, 1, 27, 10, 30, 0, 0, z3)},
		{"2025-01-27T10:30+03:00", time.Date(2025, 1, 27, 10, 30, 0, 0, z3)},
		{"2025-01-27T10:30+0300", time.Date(2025, 1, 27, 10, 30, 0, 0, z3)},
		{"2025-01-27T10:30:00", time.Date(2025, 1, 27, 10, 30, 0, 0, time.UTC)},
		{"2025-01-27 10:30:00", time.Date(2025, 1, 27, 10, 30, 0, 0, time.UTC)},
		{"2025-01-27 10:30:00 +03:00", time.Date(2025, 1, 27, 10, 30, 0, 0, z3)},
		{"2025-01-27 10:30:00 UTC", time.Date(2025, 1, 27, 10, 30, 0, 0, time.UTC)},
		{"2025-01-27T10:30", time.Date(2025, 1, 27, 10, 30, 0, 0, time.UTC)},
		{"2025-01-27", time.Date(2025, 1, 27, 0, 0, 0, 0, time.UTC)},
		{"Mon, 27 Jan 2025 10:30:00 +0300", time.Date(2025, 1, 27, 10, 30, 0, 0, z3)},
		{"Mon, 27 Jan 2025 10:30:00 GMT", time.Date(2025, 1, 27, 10, 30, 0, 0, time.UTC)},
		{"", time.Time{}},
		{"yesterday", time.Time{}},
		{"2025-13-01", time.Time{}},
		{"2025-01-27T25:00:00Z", time.Time{}},
		{"Mon, 27 Jan 2025 10:30:00 MSK", time.Time{}}, // a zone name that means nothing certain
		{"2025-01-27T10:30:00Z" + strings.Repeat(" ", 100), time.Date(2025, 1, 27, 10, 30, 0, 0, time.UTC)},
		{strings.Repeat("2", 100), time.Time{}},
	} {
		got, ok := parseTime(tc.in)
		if ok != !tc.want.IsZero() || !got.Equal(tc.want) || ok && got.Location().String() != tc.want.Location().String() {
			t.Errorf("parseTime(%q) = %v, %v; want %v", tc.in, got, ok, tc.want)
		}
	}
}

func TestEncodings(t *testing.T) {
	const word = "Кремль «нет» café"
	encode := func(e interface{ Bytes([]byte) ([]byte, error) }, s string) []byte {
		b, err := e.Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	cp1251 := charmap.Windows1251.NewEncoder()
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{{
		name: "declared windows-1251",
		data: append([]byte(`<meta charset="windows-1251"><p>`), encode(cp1251, "Кремль «нет»")...),
		want: "Кремль «нет»\n",
	}, {
		name: "declared by http-equiv",
		data: append([]byte(`<meta http-equiv="Content-Type" content="text/html; charset='koi8-r'"><p>`),
			encode(charmap.KOI8R.NewEncoder(), "Кремль")...),
		want: "Кремль\n",
	}, {
		name: "declared latin-1 but UTF-8",
		data: []byte(`<meta charset="iso-8859-1"><p>` + word),
		want: word + "\n",
	}, {
		name: "declared latin-1",
		data: []byte("<meta charset=\"iso-8859-1\"><p>caf\xe9 \x93quoted\x94"),
		want: "café “quoted”\n", // windows-1252, as the standard reads latin-1
	}, {
		name: "undeclared, not UTF-8",
		data: []byte("<p>caf\xe9 \x93quoted\x94"),
		want: "café “quoted”\n",
	}, {
		name: "undeclared, UTF-8 with a stray byte",
		data: []byte("<p>“Quoted” caf\xe9 — é"),
		want: "“Quoted” caf\uFFFD — é\n",
	}, {
		name: "declared UTF-8 with invalid bytes",
		data: []byte("<meta charset=utf-8><p>a\xffb\xc3"),
		want: "a\uFFFDb\uFFFD\n",
	}, {
		name: "UTF-8 byte order mark",
		data: []byte("\uFEFF<p>" + word),
		want: word + "\n",
	}, {
		name: "UTF-16LE with byte order mark",
		data: encode(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder(), "<meta charset=utf-16><p>"+word),
		want: word + "\n",
	}, {
		name: "UTF-16BE with byte order mark",
		data: encode(unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder(), "<p>"+word),
		want: word + "\n",
	}, {
		name: "declared UTF-16 without a byte order mark is UTF-8",
		data: []byte(`<meta charset="utf-16"><p>` + word),
		want: word + "\n",
	}, {
		name: "an unknown encoding is no declaration",
		data: []byte("<meta charset=\"klingon\"><p>caf\xe9"),
		want: "café\n",
	}} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Parse(tc.data)
			if err != nil {
				t.Fatal(err)
			}
			if p.Text != tc.want {
				t.Errorf("Text = %q, want %q", p.Text, tc.want)
			}
		})
	}
}

func TestCharsetParam(t *testing.T) {
	for in, want := range map[string]string{
		"text/html; charset=windows-1251":   "windows-1251",
		"text/html;charset=\"koi8-r\" ; x":  "koi8-r",
		"text/html; CHARSET = 'utf-8'":      "utf-8",
		"text/html; charset='unterminated":  "",
		"text/html; charsetx; charset=utf8": "utf8",
		"text/html":                         "",
		"charset":                           "",
	} {
		if got := charsetParam(in); got != want {
			t.Errorf("charsetParam(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBinary(t *testing.T) {
	for _, data := range []string{
		"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
		"<p>text\x00</p>",
		"\x1f\x8b\x08\x00\x00\x00\x00\x00",
	} {
		_, err := Parse([]byte(data))
		if !errors.Is(err, ErrBinary) {
			t.Errorf("Parse(%q) error = %v, want ErrBinary", data, err)
		}
	}
}

func TestReadError(t *testing.T) {
	boom := errors.New("boom")
	_, err := Read(iotest.ErrReader(boom))
	if !errors.Is(err, boom) {
		t.Errorf("Read error = %v, want %v", err, boom)
	}
	p, err := Read(iotest.OneByteReader(strings.NewReader("<title>T</title><p>x")))
	if err != nil || p.Text != "T\n\nx\n" {
		t.Errorf("Read = %q, %v", p.Text, err)
	}
}

// TestDeepNesting checks that markup nested more deeply than the parser's
// limit gives its text, quickly.
func TestDeepNesting(t *testing.T) {
	for _, tc := range []struct {
		name, page, want string
	}{{
		name: "divs",
		page: "<title>Deep</title>" + strings.Repeat("<div>", 100000) + "<p>Deep text.</p>" + strings.Repeat("</div>", 100000) + "<p>After.</p>",
		want: "Deep\n\nDeep text.\n\nAfter.\n",
	}, {
		name: "unclosed spans",
		page: "<p>Start. " + strings.Repeat("<span>x ", 20000) + "<script>var s = '<p>no</p>';</script>",
		want: "Start." + strings.Repeat(" x", 20000) + "\n",
	}, {
		name: "paragraphs in deep lists",
		page: strings.Repeat("<ul><li>", 1000) + strings.Repeat("<p>item", 3) + "<style>p{}</style>",
		want: "item\n\nitem\n\nitem\n",
	}, {
		name: "self-closing divs",
		page: strings.Repeat("<div/>", 100000) + "<p>Text.",
		want: "Text.\n",
	}, {
		name: "tables",
		page: strings.Repeat("<table><tr><td>", 5000) + "cell",
		want: "cell\n",
	}} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			p, err := Parse([]byte(tc.page))
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("took %v", d)
			}
			if err != nil {
				if !errors.Is(err, ErrTooDeep) {
					t.Fatalf("error %v, want ErrTooDeep or none", err)
				}
				return
			}
			if p.Text != tc.want {
				t.Errorf("Text = %.200q..., want %.200q...", p.Text, tc.want)
			}
		})
	}
}

// TestLarge checks that a large page is read in time linear in its size.
func TestLarge(t *testing.T) {
	para := "<p>“" + strings.Repeat("word ", 40) + "”, he said &amp; left.</p>\n"
	var b bytes.Buffer
	b.WriteString("<!doctype html><title>Big</title><article>")
	for b.Len() < 4<<20 {
		b.WriteString(para)
	}
	start := time.Now()
	p, err := Read(&b)
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("4 MiB took %v", d)
	}
	if !strings.HasPrefix(p.Text, "Big\n\n“word word") || !utf8.ValidString(p.Text) {
		t.Errorf("Text starts %.80q", p.Text)
	}
}

func TestFlatten(t *testing.T) {
	for _, tc := range []struct {
		in    string
		depth int
		want  string
	}{
		{"<div><div><div>x</div></div></div>y", 2, "<div><div><p>x</div></div>y"},
		{"<p>a<span><b>b</b></span>c</p>", 2, "<p>a<span>b</span>c</p>"},
		{"<ul><li>a<li>b<li>c</ul>", 2, "<ul><li>a<li>b<li>c</ul>"}, // li closes li
		{"<div><div><script>var a = '<div></div>';</script><img><br></div></div>", 1,
			"<div><p><script>var a = '<div></div>';</script><img><br></div>"},
		{"<div><x-card><x-card>t</x-card></x-card></div></p></br>", 2, "<div><x-card>t</x-card></div></p></br>"},
		{"<!-- <div> --><![CDATA[<div>]]><div>&amp;</div>", 0, "<!-- <div> --><![CDATA[<div>]]><p>&amp;"},
		// Implied end tags close elements as the parser does.
		{strings.Repeat("<p><font>x", 50), 40, strings.Repeat("<p><font>x", 50)},
		{strings.Repeat("<ul><li><b>x<li><i>y</ul>", 50), 128, strings.Repeat("<ul><li><b>x<li><i>y</ul>", 50)},
		{strings.Repeat("<table><tr><td><span>x<td>y<tr><th>z</table>", 50), 40, strings.Repeat("<table><tr><td><span>x<td>y<tr><th>z</table>", 50)},
		// Formatting elements that the parser would open again count.
		{"<b id=1>a<b id=2>b</b>c<i>d</i><b id=3>e<b id=4>f<b id=5>g<b id=6>h<b id=7>i</b>j", 32,
			"<b id=1>a<b id=2>b</b>c<i>d</i><b id=3>e<b id=4>f<b id=5>g<b id=6>hij"},
		{"<a href=1>a<a href=2>b<a href=3>c<a href=4>d", 4, "<a href=1>a<a href=2>b<a href=3>c<a href=4>d"},
		{strings.Repeat("<p><font size=2>x", 10), 4, strings.Repeat("<p><font size=2>x", 10)},
		{"<p><font size=1>a<p><font size=2>b<p><font size=3>c<p><font size=4>d<p><font size=5>e<p><font size=6>f", 32,
			"<p><font size=1>a<p><font size=2>b<p><font size=3>c<p><font size=4>d<p><font size=5>e<p>f"},
		{"<b><div>x</b><div><div><div>", 4, "<b><div>x</b><div><div><p>"}, // the b stays open
		{"<h1><h2>x</h2>", 1, "<h1><h2>x</h2>"},
		{"<div/><div/><p>x</p>", 1, "<div/><p><p>x</p>"},                        // <div/> is <div>
		{"<div><br/><img/><p>x</p></div>", 1, "<div><br/><img/><p>x</p></div>"}, // a p left as it was
		// Elements whose text is left out are dropped whole.
		{"<div><div><nav>menu<div>x</div><nav>n</nav></nav>after</div></div>", 2, "<div><div>after</div></div>"},
		{"<div><div><aside>side<b>b</div>after</div>", 2, "<div><div></div>after</div>"},
		{"<div><div class='share-bar'>s</div><div hidden>h</div><div role=navigation>r</div><script>x</script>t</div>", 1,
			"<div><script>x</script>t</div>"},
	} {
		if got := flatten(tc.in, tc.depth); got != tc.want {
			t.Errorf("flatten(%q, %d) = %q, want %q", tc.in, tc.depth, got, tc.want)
		}
	}
}
