package webpage_test

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/internal/webpage"
	"github.com/quotetrace/quotetrace/quote"
)

// A story is what newsPage puts in a page.
type story struct {
	headline  string
	paras     []string
	url       string
	published string
}

// newsPage returns a news site's page carrying s, in the markup such sites
// use: a head full of meta tags, scripts and styles, a cookie notice, a site
// header with a menu and a breaking-news ticker, sharing buttons, a figure, a
// box of related stories, a newsletter form, comments and a footer. The
// furniture holds words in quote marks and reporting verbs, so that any of it
// that leaked into the text would show in its quotations.
//
// The story's text is escaped as sites do: "&" as &amp;, and in every other
// paragraph the curly marks and apostrophes as named or numeric character
// references, spaces after commas as &nbsp;, and the text split over lines.
func newsPage(s story) string {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w(`<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%[1]s | The Daily Courier</title>
<meta property="og:site_name" content="The Daily Courier">
<meta property="og:type" content="article">
<meta property="og:title" content="%[1]s">
<meta property="og:url" content="%[2]s?utm_source=feed">
<meta property="og:image" content="https://cdn.courier.example/img/lead.jpg">
<meta name="twitter:card" content="summary_large_image">
<meta property="article:published_time" content="%[3]s">
<meta property="article:section" content="World">
<link rel="canonical" href="%[2]s">
<link rel="stylesheet" href="/static/site.css?v=3">
<style>
  body { font-family: Georgia, serif; }
  .ticker::before { content: "“Breaking”"; }
  p > a[href^="http"]::after { content: " ↗"; }
</style>
<script>
  window.dataLayer = window.dataLayer || [];
  dataLayer.push({"event": "pageview", "headline": "“Fake,” he said. <p>Not text</p>"});
  if (a < b && b > c) { console.log("</div> said the script"); }
</script>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": %[4]q,
 "datePublished": "2001-01-01T00:00:00Z", "publisher": {"@type": "Organization", "name": "The Daily Courier"}}
</script>
</head>
<body class="article-page">
<div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Cookies">
  <p>We use cookies &amp; similar technologies. By clicking &ldquo;Accept&rdquo; you agree, our lawyers said.</p>
  <button>Accept</button> <button>Manage</button>
</div>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <h1 class="logo"><a href="/">The Daily Courier</a></h1>
  <nav aria-label="Sections">
    <ul class="menu">
      <li><a href="/">Home</a></li><li><a href="/world">World</a></li>
      <li><a href="/politics">Politics</a></li><li><a href="/opinion">Opinion</a></li>
    </ul>
  </nav>
  <form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Go</button></form>
</header>
<div class="ticker" aria-live="polite"><span>BREAKING:</span> &ldquo;We will win,&rdquo; the general told Reuters.</div>
<main id="main">
<article class="story">
  <header class="story-header">
    <a class="kicker" href="/world">World</a>
    <h1 class="headline">%[5]s</h1>
  </header>
  <div class="share-tools">
    <a href="https://twitter.com/intent/tweet">Share on X</a>
    <a href="https://www.facebook.com/sharer">Share on Facebook</a>
    <button aria-label="Copy link">Copy link</button>
  </div>
  <figure class="lead-image">
    <img src="/img/lead.jpg" alt="“The Kremlin,” a photo">
    <figcaption>&ldquo;We are ready,&rdquo; a soldier said on Monday. (Photo: Courier Staff)</figcaption>
  </figure>
  <div class="story-body">
`, html.EscapeString(s.headline), s.url, s.published, s.headline, escapeText(s.headline, false))
	for i, p := range s.paras {
		w("    <p>%s</p>\n", escapeText(p, i%2 == 1))
		if i == 1 {
			w(`    <aside class="related-inline" role="complementary">
      <h2>Read more</h2>
      <ul><li><a href="/a">&ldquo;It&rsquo;s over,&rdquo; minister says</a></li>
      <li><a href="/b">Analyst: &ldquo;Talks will fail&rdquo;</a></li></ul>
    </aside>
    <div class="ad-slot" data-slot="mid"><span>Advertisement</span><script>loadAd("mid")</script></div>
`)
		}
	}
	w(`  </div>
  <div class="newsletter-signup">
    <h3>Get the morning briefing</h3>
    <p>&ldquo;Essential reading,&rdquo; says one subscriber.</p>
    <form><label>Email <input type="email"></label><button>Sign up</button></form>
  </div>
  <noscript><p>&ldquo;Enable JavaScript,&rdquo; the site said.</p></noscript>
  <div hidden><p>&ldquo;Hidden words,&rdquo; the editor said.</p></div>
  <p aria-hidden="true">&ldquo;Screen-reader-hidden words,&rdquo; the designer said.</p>
  <div style="display: none">&ldquo;Invisible,&rdquo; the developer said.</div>
  <template><p>&ldquo;A template,&rdquo; the framework said.</p></template>
  <svg viewBox="0 0 10 10"><title>Logo</title><text>&ldquo;Drawn,&rdquo; he said.</text></svg>
</article>
<section id="comments" class="comments">
  <h2>Comments (2)</h2>
  <article class="comment"><p>&ldquo;Nonsense,&rdquo; wrote reader42.</p></article>
  <article class="comment"><p>Reader Bob said that the report was wrong.</p></article>
</section>
</main>
<aside class="sidebar">
  <h2>Most read</h2>
  <ol><li><a href="/c">&ldquo;No deal,&rdquo; says Moscow</a></li><li><a href="/d">Markets rally</a></li></ol>
</aside>
<footer class="site-footer">
  <nav><a href="/about">About us</a> &middot; <a href="/privacy">Privacy</a></nav>
  <p>&copy; 2025 The Daily Courier. &ldquo;All rights reserved,&rdquo; the publisher said.</p>
</footer>
<script src="/static/app.js" async></script>
<iframe src="https://ads.example/frame" title="ad">&ldquo;Framed,&rdquo; he said.</iframe>
</body>
</html>
`)
	return b.String()
}

// escapeText escapes s as HTML text; with refs, it writes quote marks as
// character references of several forms, spaces after commas as &nbsp;, and
// puts a line break (which HTML reads as a space) after each sentence.
func escapeText(s string, refs bool) string {
	s = html.EscapeString(s) // &, <, >, ', "
	if !refs {
		return s
	}
	return strings.NewReplacer(
		"\u201C", "&#8220;", "\u201D", "&#x201D;", "\u2019", "&rsquo;", "\u2018", "&lsquo;",
		", ", ",&nbsp;", ". ", ".\n      ", "&#39;", "&apos;", "&#34;", "&quot;",
	).Replace(s)
}

// sampleStory returns a sample article as a story: its first line the
// headline, its other lines the paragraphs.
func sampleStory(t *testing.T, path string) (text string, s story) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text = string(data)
	var lines []string
	for l := range strings.SplitSeq(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	id := strings.TrimSuffix(filepath.Base(path), ".txt")
	return text, story{
		headline:  lines[0],
		paras:     lines[1:],
		url:       "https://courier.example/world/2025/01/27/" + id,
		published: "2025-01-27T10:30:00+03:00",
	}
}

// A quoteKey is what a quotation of a page must share with the same
// quotation of the text: the spans differ.
type quoteKey struct {
	Kind    string
	Text    string
	Speaker string
	Outlet  string
}

func quotesOf(at *attribution.Attributor, text string) []quoteKey {
	res := at.Attribute(quote.Parse(text))
	var out []quoteKey
	for _, a := range res.Quotes {
		k := quoteKey{Kind: a.Quote.Kind.String(), Text: a.Quote.Text}
		if a.Speaker != nil {
			k.Speaker = a.Speaker.Name
		}
		if a.Outlet != nil {
			k.Outlet = a.Outlet.Outlet
		}
		out = append(out, k)
	}
	return out
}

// lines returns the non-blank lines of s.
func lines(s string) []string {
	var out []string
	for l := range strings.SplitSeq(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// TestSamplePagesGiveTheQuotesOfTheirText checks that each sample article,
// put in a news site's page, gives the page's reader the article's text
// (leaving out all the site's furniture) and so the same quotations, with
// the same speakers and outlets, as the text itself.
func TestSamplePagesGiveTheQuotesOfTheirText(t *testing.T) {
	paths, err := filepath.Glob("../../testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no sample articles: %v", err)
	}
	at := attribution.New(attribution.Options{})
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			text, s := sampleStory(t, path)
			p, err := webpage.Read(strings.NewReader(newsPage(s)))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(lines(text), lines(p.Text)); diff != "" {
				t.Errorf("the page's lines differ from the text's (-text +page):\n%s", diff)
			}
			if p.Headline != s.headline || p.Title != s.headline {
				t.Errorf("Headline %q, Title %q; want both %q", p.Headline, p.Title, s.headline)
			}
			if p.URL != s.url {
				t.Errorf("URL = %q, want %q", p.URL, s.url)
			}
			if want := time.Date(2025, 1, 27, 7, 30, 0, 0, time.UTC); !p.Published.Equal(want) {
				t.Errorf("Published = %v, want %v", p.Published, want)
			}
			want := quotesOf(at, text)
			if len(want) == 0 {
				t.Fatal("the text gives no quotations")
			}
			if diff := cmp.Diff(want, quotesOf(at, p.Text)); diff != "" {
				t.Errorf("the page's quotations differ from the text's (-text +page):\n%s", diff)
			}
		})
	}
}
