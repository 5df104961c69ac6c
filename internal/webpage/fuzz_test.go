package webpage

import (
	"errors"
	"net/url"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzParse checks that Parse never panics, fails only with ErrBinary or
// ErrTooDeep, and always lays the text out as the package documentation
// says: valid UTF-8, the headline first, paragraphs one a line with a blank
// line between each two, no white space at the ends of a line, a final
// newline.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"",
		"plain text\r\nwith lines",
		"<!doctype html><html><head><title>T | S</title><meta property=og:site_name content=S></head><body><h1>H</h1><p>“Hi,” he said.</p></body></html>",
		"<article><p>a<br>b<q>c<q>d</q></q></p><pre> x \n y</pre></article><main>m</main>",
		"<meta charset=windows-1251><p>\xca\xf0\xe5\xec\xeb\xfc",
		"\xff\xfe<\x00p\x00>\x00x\x00",
		"\xef\xbb\xbf<p>bom</p>",
		"<p>caf\xe9 \x93q\x94</p>",
		"<link rel=canonical href=/x><base href=http://h/><meta name=date content=2025-01-27><time datetime=2025-01-27T10:00>t</time>",
		`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-01-27"}]}</script>`,
		strings.Repeat("<div>", 600) + "deep" + strings.Repeat("<span>", 600),
		strings.Repeat("<table><tr><td>", 300),
		"<p hidden>h</p><nav>n</nav><div class=share>s</div><svg><title>t</title></svg><p>\u00a0 \u00a0</p>",
		"<a><p>x</a><b><i></b></i><select><option>o<p>q</select>&#0;&#x110000;&notin;&amp",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// No depth, nor count of formatting elements, reaches these.
		if s := string(data); flatten(s, 16*(len(s)+1)) != s {
			t.Fatalf("flatten changed a page that it need not")
		}
		start := time.Now()
		p, err := Parse(data)
		if d := time.Since(start); d > 5*time.Second {
			t.Fatalf("Parse of %d bytes took %v", len(data), d)
		}
		if err != nil {
			if !errors.Is(err, ErrBinary) && !errors.Is(err, ErrTooDeep) {
				t.Fatalf("error %v", err)
			}
			return
		}
		if !utf8.ValidString(p.Text) || strings.ContainsAny(p.Text, "\x00\r") {
			t.Fatalf("Text %q is not clean UTF-8", p.Text)
		}
		if p.Text != "" {
			if !strings.HasSuffix(p.Text, "\n") || strings.Contains(p.Text, "\n\n\n") || strings.HasPrefix(p.Text, "\n") {
				t.Fatalf("Text %q is not laid out as paragraphs", p.Text)
			}
			for l := range strings.SplitSeq(strings.TrimSuffix(p.Text, "\n"), "\n") {
				if l != strings.TrimSpace(l) {
					t.Fatalf("line %q of Text has white space at an end", l)
				}
			}
		}
		if p.Headline != "" && !strings.HasPrefix(p.Text, p.Headline+"\n") {
			t.Fatalf("Text %q does not start with the headline %q", p.Text, p.Headline)
		}
		for _, s := range []string{p.Headline, p.Title} {
			if !utf8.ValidString(s) || strings.ContainsAny(s, "\n\r\x00") || s != strings.TrimSpace(s) {
				t.Fatalf("headline or title %q is not one clean line", s)
			}
		}
		if p.Title == "" && p.Headline != "" {
			t.Fatalf("Title empty, Headline %q", p.Headline)
		}
		if p.URL != "" {
			u, err := url.Parse(p.URL)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				t.Fatalf("URL %q is not an absolute http address", p.URL)
			}
		}
	})
}
