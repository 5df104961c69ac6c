package webpage

import (
	"encoding/json"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// metaContent returns the content of the first meta tag with one of the
// keys, white space collapsed, or "".
func (pg *page) metaContent(keys ...string) string {
	for _, k := range keys {
		for _, m := range pg.meta {
			if m.key == k {
				if v := strings.Join(strings.Fields(m.content), " "); v != "" {
					return v
				}
			}
		}
	}
	return ""
}

// siteName returns the name the page gives its site, or "".
func (pg *page) siteName() string {
	return pg.metaContent("og:site_name", "application-name")
}

// metaTitle returns og:title, else the <title> element's text, without a
// trailing site name; or "".
func (pg *page) metaTitle() string {
	t := pg.metaContent("og:title")
	if t == "" {
		t = pg.title
	}
	return trimSiteName(t, pg.siteName())
}

// trimSiteName removes site from the end of title when a separator sets it
// off: "Kremlin says … | Reuters".
func trimSiteName(title, site string) string {
	if site == "" || len(site) >= len(title) {
		return title
	}
	head := title[:len(title)-len(site)]
	if !strings.EqualFold(title[len(head):], site) {
		return title
	}
	trimmed := strings.TrimRight(head, " ")
	for _, sep := range []string{"|", "-", "–", "—", "·", "•", ":", "::"} {
		if rest, ok := strings.CutSuffix(trimmed, sep); ok && len(trimmed) < len(head) {
			if rest = strings.TrimSpace(rest); rest != "" {
				return rest
			}
		}
	}
	return title
}

// url returns the page's canonical address: <link rel=canonical>, else
// og:url, made absolute; or "" when neither is an http or https address.
func (pg *page) url() string {
	var canonical string
	for _, l := range pg.links {
		for _, r := range strings.Fields(strings.ToLower(attr(l, "rel"))) {
			if r == "canonical" && canonical == "" {
				canonical = strings.TrimSpace(attr(l, "href"))
			}
		}
	}
	og := pg.metaContent("og:url")
	var bases []*url.URL
	for _, b := range []string{pg.base, og} {
		if u, ok := absolute(b, nil); ok {
			bases = append(bases, u)
		}
	}
	for _, s := range []string{canonical, og} {
		if u, ok := absolute(s, bases); ok {
			return u.String()
		}
	}
	return ""
}

// absolute returns s as an absolute http or https URL, resolved against the
// first of bases when it is relative.
func absolute(s string, bases []*url.URL) (*url.URL, bool) {
	if s == "" {
		return nil, false
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil, false
	}
	if !u.IsAbs() && len(bases) > 0 {
		u = bases[0].ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, false
	}
	return u, true
}

// published returns when the page says it was published, or the zero Time;
// c is the article's element.
func (pg *page) published(c *html.Node) time.Time {
	for _, v := range []string{
		pg.metaContent("article:published_time", "og:published_time", "datepublished"),
		pg.itempropDate(),
		pg.metaContent("date", "pubdate", "publish-date", "publishdate", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created"),
		pg.jsonLDDate(),
	} {
		if t, ok := parseTime(v); ok {
			return t
		}
	}
	for _, n := range pg.times {
		if c != nil && !contains(c, n) {
			continue
		}
		if t, ok := parseTime(attr(n, "datetime")); ok {
			return t
		}
	}
	return time.Time{}
}

// itempropDate returns the first date an element other than meta gives with
// itemprop="datePublished": its datetime or content attribute, else its
// text.
func (pg *page) itempropDate() string {
	for _, n := range pg.itemprop {
		for _, v := range []string{attr(n, "datetime"), attr(n, "content"), inlineText(n)} {
			if _, ok := parseTime(v); ok {
				return v
			}
		}
	}
	return ""
}

// jsonLDDate returns the datePublished of the first article the page's
// JSON-LD describes, or "".
func (pg *page) jsonLDDate() string {
	for _, s := range pg.jsonLD {
		var v any
		if json.Unmarshal([]byte(s), &v) != nil {
			continue
		}
		if d := findDate(v, 0); d != "" {
			return d
		}
	}
	return ""
}

// findDate returns the datePublished of the first object in v, searched depth
// first, whose @type is an article, or "". JSON-LD puts it at the top, in a
// list, or in an @graph; depth bounds the search.
func findDate(v any, depth int) string {
	if depth > 8 {
		return ""
	}
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			if d := findDate(e, depth+1); d != "" {
				return d
			}
		}
	case map[string]any:
		if isArticleType(v["@type"]) {
			if d, ok := v["datePublished"].(string); ok {
				if _, ok := parseTime(d); ok {
					return d
				}
			}
		}
		if g, ok := v["@graph"]; ok {
			return findDate(g, depth+1)
		}
	}
	return ""
}

// isArticleType reports whether a JSON-LD @type names a kind of article.
func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return strings.HasSuffix(t, "Article") || strings.HasSuffix(t, "BlogPosting") || t == "Report"
	case []any:
		for _, e := range t {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// timeLayouts are the forms of time parseTime accepts, besides RFC 3339.
// A layout without a zone is read as UTC.
var timeLayouts = [...]string{
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04Z0700",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02",
	time.RFC1123Z, // a zone named GMT or UTC is made +0000 first
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700",
}

// parseTime reads a time in RFC 3339 or one of the timeLayouts, or returns
// false. The time is in UTC when its offset is zero, else in a zone of its
// offset, whatever the local time zone.
func parseTime(s string) (time.Time, bool) {
	t, ok := parseAny(s)
	if !ok {
		return time.Time{}, false
	}
	if _, off := t.Zone(); off != 0 {
		return t.In(time.FixedZone("", off)), true
	}
	return t.UTC(), true
}

func parseAny(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	if len(s) > 10 && s[10] == ' ' && '0' <= s[0] && s[0] <= '9' {
		s = s[:10] + "T" + s[11:] // "2025-01-27 10:00:00"
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, true
	}
	for _, z := range []string{" GMT", " UTC"} {
		if rest, ok := strings.CutSuffix(s, z); ok {
			s = rest + " +0000"
		}
	}
	if t, err := time.Parse(time.RFC3339Nano, strings.ToUpper(s)); err == nil { // "…t…z"
		return t, true
	}
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	// A zone set off by a space: "2025-01-27T10:00:00 +03:00".
	if i := strings.LastIndexByte(s, ' '); i > 0 {
		for _, l := range [...]string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999Z0700"} {
			if t, err := time.Parse(l, s[:i]+s[i+1:]); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}
