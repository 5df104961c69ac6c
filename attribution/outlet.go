package attribution

import (
	"bufio"
	"cmp"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/language"
)

// OutletKind says what sort of news organisation an Outlet is.
type OutletKind string

// The kinds of outlet.
const (
	Agency      OutletKind = "agency"      // a news or wire agency: Reuters, TASS
	Newspaper   OutletKind = "newspaper"   // a newspaper, with its website
	Broadcaster OutletKind = "broadcaster" // a television or radio broadcaster
	Magazine    OutletKind = "magazine"    // a magazine, with its website
	Online      OutletKind = "online"      // a news website with no print or broadcast parent
)

func (k OutletKind) valid() bool {
	switch k {
	case Agency, Newspaper, Broadcaster, Magazine, Online:
		return true
	}
	return false
}

// An Outlet is a news organisation: a wire agency, newspaper, broadcaster,
// magazine or news website.
type Outlet struct {
	Name    string   // canonical name, as reported to users: "The New York Times"
	Aliases []string // other names as written in news text, case-sensitive: "NYT"
	Domains []string // web domains, lower case, without "www.": "nytimes.com"
	Country string   // ISO 3166-1 alpha-2 code, "INT" for international outlets, or ""
	Kind    OutletKind
	State   bool // state-owned or state-run media
}

// clone returns a copy of o that shares no memory with it.
func (o Outlet) clone() Outlet {
	o.Aliases = slices.Clone(o.Aliases)
	o.Domains = slices.Clone(o.Domains)
	return o
}

// check reports the first thing wrong with o on its own.
func (o Outlet) check() error {
	if o.Name == "" {
		return errors.New("outlet with no name")
	}
	if err := checkOutletName(o.Name); err != nil {
		return fmt.Errorf("outlet %q: name %v", o.Name, err)
	}
	for _, a := range o.Aliases {
		if err := checkOutletName(a); err != nil {
			return fmt.Errorf("outlet %q: alias %q %v", o.Name, a, err)
		}
	}
	for _, d := range o.Domains {
		if !validOutletDomain(d) {
			return fmt.Errorf("outlet %q: domain %q is not a lower-case host name without \"www.\"", o.Name, d)
		}
	}
	if !validOutletCountry(o.Country) {
		return fmt.Errorf("outlet %q: country %q is neither a two-letter code nor INT", o.Name, o.Country)
	}
	if !o.Kind.valid() {
		return fmt.Errorf("outlet %q: unknown kind %q", o.Name, o.Kind)
	}
	return nil
}

// checkOutletName reports what is wrong with a name or alias, or nil.
func checkOutletName(name string) error {
	switch {
	case name == "":
		return errors.New("is empty")
	case strings.TrimSpace(name) != name:
		return errors.New("has space at an end")
	case strings.ContainsAny(name, "\t\n\r\v\f") || strings.Contains(name, "  "):
		return errors.New("has a tab, a line break or a double space")
	}
	key, _ := outletKeyOf(name)
	if outletWordEnd(key, 0) == 0 {
		return errors.New("does not start with a letter or digit")
	}
	return nil
}

func validOutletDomain(d string) bool {
	if !strings.Contains(d, ".") || strings.HasPrefix(d, "www.") ||
		d[0] == '.' || d[len(d)-1] == '.' || strings.Contains(d, "..") {
		return false
	}
	for i := 0; i < len(d); i++ {
		c := d[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

func validOutletCountry(c string) bool {
	return c == "" || c == "INT" || len(c) == 2 && 'A' <= c[0] && c[0] <= 'Z' && 'A' <= c[1] && c[1] <= 'Z'
}

// Outlets is an immutable table of outlets, safe for concurrent use. The
// zero Outlets is an empty table.
type Outlets struct {
	list    []Outlet
	names   map[string]int         // name or alias as a key (see outletKeyOf) → outlet
	folded  map[string]int         // lower-cased key → outlet, or -1 if several outlets share it
	byWord  map[string][]outletKey // first word of a key → the keys, longest first
	domains map[string]int         // domain → outlet
	// firsts[firstSlot(w)] has bit min(len(w), 63) set for every first
	// word w of byWord: most words of a text fail this test, and need no
	// look-up in byWord.
	firsts [1 << firstBits]uint64
	// starts[b] reports that a first word of byWord, or "The" or "the",
	// starts with byte b: a test of one byte before any other.
	starts [256]bool
}

// An outletKey is an outlet's name or alias as Match looks for it.
type outletKey struct {
	text    string // the name without a leading "The ", apostrophes written '
	outlet  int    // index in Outlets.list
	article bool   // a one-word name after "The": matches only with its article
	loose   bool   // text holds a space or an apostrophe, which news text may write otherwise
	wordEnd bool   // text ends in a letter or digit, so it must end a word
}

// outletKeyOf returns name as the tables hold it: without a leading "The "
// or "the ", and with curly apostrophes written '. It also reports whether
// the name was one word after its article, like "The Guardian".
func outletKeyOf(name string) (key string, article bool) {
	name = strings.ReplaceAll(name, "’", "'")
	for _, the := range [...]string{"The ", "the "} {
		if rest, ok := strings.CutPrefix(name, the); ok && rest != "" {
			return rest, !strings.Contains(rest, " ")
		}
	}
	return name, false
}

//go:embed data/outlets.tsv
var outletsTSV string

var defaultOutlets = sync.OnceValue(func() *Outlets {
	list, err := ReadOutlets(strings.NewReader(outletsTSV))
	if err == nil {
		var t *Outlets
		if t, err = buildOutlets(list); err == nil {
			return t
		}
	}
	panic(err) // the table is embedded and tested: this cannot happen
})

// DefaultOutlets returns the table of news outlets built into the package,
// read from data/outlets.tsv: wire agencies, newspapers, broadcasters,
// magazines and news websites of many countries. The table is built on the
// first call and shared by all callers.
func DefaultOutlets() *Outlets { return defaultOutlets() }

// NewOutlets returns a table of the outlets in list, in that order. It
// copies list, which the caller may go on to change.
//
// Every outlet needs a name and a valid kind; names and aliases must be
// written without a tab, line break or double space, must start with a
// letter or digit (after a leading "The"), and domains must be lower case
// and without "www.". No name or alias may belong to two outlets, counting
// a name with and without its leading "The", and no domain either; the
// error names the outlets that clash.
func NewOutlets(list []Outlet) (*Outlets, error) {
	own := make([]Outlet, len(list))
	for i, o := range list {
		own[i] = o.clone()
	}
	return buildOutlets(own)
}

// With returns a new table holding t's outlets and then more. An outlet of
// more whose Name is that of one of t's outlets replaces it, in its place,
// so that callers can correct the default table. Any other clash of names,
// aliases or domains is an error, as for NewOutlets. t is unchanged.
func (t *Outlets) With(more ...Outlet) (*Outlets, error) {
	list := slices.Clone(t.list) // t's outlets are never changed: sharing them is safe
	at := make(map[string]int, len(t.list))
	for i, o := range t.list {
		at[o.Name] = i
	}
	for _, o := range more {
		if i, ok := at[o.Name]; ok {
			list[i] = o.clone()
			delete(at, o.Name) // a second outlet of that name in more clashes
			continue
		}
		list = append(list, o.clone())
	}
	return buildOutlets(list)
}

// buildOutlets checks list, which it keeps, and indexes it.
func buildOutlets(list []Outlet) (*Outlets, error) {
	t := &Outlets{
		list:    list,
		names:   make(map[string]int),
		folded:  make(map[string]int),
		byWord:  make(map[string][]outletKey),
		domains: make(map[string]int),
	}
	t.starts['T'], t.starts['t'] = true, true // "The" and "the" start a match
	for i, o := range list {
		if err := o.check(); err != nil {
			return nil, fmt.Errorf("attribution: %w", err)
		}
		for _, name := range append([]string{o.Name}, o.Aliases...) {
			key, article := outletKeyOf(name)
			if j, ok := t.names[key]; ok {
				if j == i {
					return nil, fmt.Errorf("attribution: outlet %q has the name %q twice", o.Name, key)
				}
				return nil, fmt.Errorf("attribution: outlets %q and %q both have the name %q", list[j].Name, o.Name, key)
			}
			t.names[key] = i
			low := strings.ToLower(key)
			if j, ok := t.folded[low]; ok && j != i {
				t.folded[low] = -1
			} else {
				t.folded[low] = i
			}
			last, _ := utf8.DecodeLastRuneInString(key)
			word := key[:outletWordEnd(key, 0)]
			t.firsts[firstSlot(word)] |= firstBit(len(word))
			t.starts[word[0]] = true
			t.byWord[word] = append(t.byWord[word], outletKey{
				text:    key,
				outlet:  i,
				article: article,
				loose:   strings.ContainsAny(key, " '"),
				wordEnd: isOutletWordRune(last),
			})
		}
		for _, d := range o.Domains {
			if j, ok := t.domains[d]; ok {
				if j == i {
					return nil, fmt.Errorf("attribution: outlet %q has the domain %q twice", o.Name, d)
				}
				return nil, fmt.Errorf("attribution: outlets %q and %q both have the domain %q", list[j].Name, o.Name, d)
			}
			t.domains[d] = i
		}
	}
	for _, keys := range t.byWord {
		slices.SortStableFunc(keys, func(a, b outletKey) int { return cmp.Compare(len(b.text), len(a.text)) })
	}
	return t, nil
}

// Len returns the number of outlets in t.
func (t *Outlets) Len() int { return len(t.list) }

// All returns copies of t's outlets, in table order.
func (t *Outlets) All() []Outlet {
	all := make([]Outlet, len(t.list))
	for i, o := range t.list {
		all[i] = o.clone()
	}
	return all
}

// Lookup returns the outlet with the given name or alias. A leading "The "
// or "the " does not count, on either side: "the New York Times" finds
// "The New York Times", and "Guardian" finds "The Guardian". The name is
// compared as written first; failing that, regardless of case, if only one
// outlet has it.
func (t *Outlets) Lookup(name string) (Outlet, bool) {
	name = strings.Join(strings.Fields(name), " ")
	key, _ := outletKeyOf(name)
	if i, ok := t.names[key]; ok {
		return t.list[i].clone(), true
	}
	key, _ = outletKeyOf(strings.ToLower(name))
	if i, ok := t.folded[key]; ok && i >= 0 {
		return t.list[i].clone(), true
	}
	return Outlet{}, false
}

// Match reports the outlet whose name or alias starts at byte i of text,
// and the byte offset where the name ends. When several match, it takes
// the longest: "Sky News Arabia" rather than "Sky News".
//
// The name must be written as in the table, case included, except that a
// space in it matches any run of spaces, tabs and no-break spaces, and an
// apostrophe matches ' or ’. A name that ends in a letter or digit must
// end a word in text, so "Post" does not match in "Postman"; a possessive
// "Reuters’" or "Reuters's" does match. A "The " or "the " at i is taken
// into the match when a name follows it: in "The New York Post reported"
// Match returns "New York Post" and the end of "Post". A one-word name after
// "The", like "The Guardian" or "The Times", needs its article, and does
// not match when another capitalised word other than a day of the week
// follows it, as in "the Guardian Council" or "the Times Square".
//
// Match does not look before i: callers call it at the start of a word.
// It does not allocate unless it finds an outlet.
func (t *Outlets) Match(text string, i int) (o Outlet, end int, ok bool) {
	if x, end, ok := t.matchIndex(text, i); ok {
		return t.list[x].clone(), end, true
	}
	return Outlet{}, 0, false
}

// matchIndex is Match, with the outlet's index in t.list.
func (t *Outlets) matchIndex(text string, i int) (outlet, end int, ok bool) {
	if i < 0 || i >= len(text) || !t.starts[text[i]] {
		return 0, 0, false
	}
	j := outletWordEnd(text, i)
	if j == i {
		return 0, 0, false
	}
	if w := text[i:j]; w == "The" || w == "the" {
		if n := outletSpaceLen(text, j); n > 0 {
			k := j + n
			if x, end, ok := t.match(text, k, outletWordEnd(text, k), true); ok {
				return x, end, true
			}
		}
	}
	return t.match(text, i, j, false)
}

// firstBits is the number of bits of a slot of Outlets.firsts.
const firstBits = 12

// firstSlot is the slot of Outlets.firsts for the word w: its first two
// bytes and its last, hashed.
func firstSlot(w string) int {
	h := uint32(w[0])<<16 | uint32(w[len(w)-1])
	if len(w) > 1 {
		h |= uint32(w[1]) << 8
	}
	return int((h*0x9e3779b1)>>(32-firstBits)) & (1<<firstBits - 1)
}

// firstBit is the bit of firsts for a first word of n bytes.
func firstBit(n int) uint64 { return 1 << min(n, 63) }

// match is Match at a word start i, the word ending at j. article reports
// whether "The" came before i.
func (t *Outlets) match(text string, i, j int, article bool) (outlet, end int, ok bool) {
	if j == i || t.firsts[firstSlot(text[i:j])]&firstBit(j-i) == 0 {
		return 0, 0, false
	}
	keys := t.byWord[text[i:j]]
	for k := range keys {
		key := &keys[k]
		if key.article && !article {
			continue
		}
		end, ok := key.matchAt(text, i)
		if !ok || key.wordEnd && outletWordEnd(text, end) > end || key.article && outletNameFollows(text, end) {
			continue
		}
		return key.outlet, end, true
	}
	return 0, 0, false
}

// matchAt reports where k ends if it occurs in text at i.
func (k *outletKey) matchAt(text string, i int) (end int, ok bool) {
	if !k.loose {
		if strings.HasPrefix(text[i:], k.text) {
			return i + len(k.text), true
		}
		return 0, false
	}
	j := i
	for p := 0; p < len(k.text); p++ {
		switch c := k.text[p]; {
		case c == ' ':
			n := outletSpaceLen(text, j)
			if n == 0 {
				return 0, false
			}
			j += n
		case c == '\'' && strings.HasPrefix(text[j:], "’"):
			j += len("’")
		case j < len(text) && text[j] == c:
			j++
		default:
			return 0, false
		}
	}
	return j, true
}

// outletNameFollows reports whether white space and a capitalised word
// other than a day of the week (language.Weekdays of the default language)
// follow byte i of text: it tells "the Guardian Council" from "told the
// Guardian Monday".
func outletNameFollows(text string, i int) bool {
	n := outletSpaceLen(text, i)
	if n == 0 {
		return false
	}
	i += n
	if r, _ := utf8.DecodeRuneInString(text[i:]); !unicode.IsUpper(r) {
		return false
	}
	return !language.Default().Lookup(text[i:outletWordEnd(text, i)]).Is(language.Weekdays)
}

// outletSpaceLen returns the length in bytes of the run of spaces, tabs
// and no-break spaces at byte i of text.
func outletSpaceLen(text string, i int) int {
	j := i
	for j < len(text) {
		switch {
		case text[j] == ' ' || text[j] == '\t':
			j++
		case strings.HasPrefix(text[j:], "\u00a0"):
			j += len("\u00a0")
		case strings.HasPrefix(text[j:], "\u202f"):
			j += len("\u202f")
		default:
			return j - i
		}
	}
	return j - i
}

// outletWordEnd returns the end of the run of letters and digits that
// starts at byte i of s: i itself if none does.
func outletWordEnd(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isOutletWordRune(r) {
			break
		}
		i += n
	}
	return i
}

// isOutletWordRune reports whether r can be part of a word: a letter, a
// digit or a combining mark.
func isOutletWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Domain returns the outlet that a web address or e-mail address belongs
// to. host may be a host name ("www.reuters.com", "edition.cnn.com"), a URL
// ("https://nypost.com/2025/02/08/...") or an e-mail address
// ("renqi@chinadaily.com.cn"). The host is compared without regard to case,
// and a subdomain belongs to the outlet of its domain.
func (t *Outlets) Domain(host string) (Outlet, bool) {
	if i, ok := t.domainIndex(host); ok {
		return t.list[i].clone(), true
	}
	return Outlet{}, false
}

// domainIndex is Domain, with the outlet's index in t.list.
func (t *Outlets) domainIndex(host string) (int, bool) {
	h := strings.ToLower(outletHost(host))
	for h != "" {
		if i, ok := t.domains[h]; ok {
			return i, true
		}
		_, h, _ = strings.Cut(h, ".")
	}
	return 0, false
}

// Publisher returns the name of the outlet that published the page at
// rawURL. It is the canonical name of the outlet whose domain the URL's
// host is, subdomains included ("https://edition.cnn.com/..." gives
// "CNN"); else a name made from the host itself: the label under its
// public suffix (".com", ".org", ".co.uk", ".com.co"), its hyphenated
// words capitalised ("https://www.baltic-review.com/2024/05/x" gives
// "Baltic Review", "https://revista.com.co/" gives "Revista",
// "ukrainetoday.org" gives "Ukrainetoday"). The scheme may be left out.
//
// Publisher returns "" when rawURL names no host that can be a web site's:
// an empty or unparsable address, a host without a dot ("localhost"), an
// IP address or a bare public suffix ("co.uk").
func (t *Outlets) Publisher(rawURL string) string {
	host, ok := urlHost(rawURL)
	if !ok {
		return ""
	}
	if o, ok := t.Domain(host); ok {
		return o.Name
	}
	return hostName(host)
}

// urlHost returns the host name of rawURL, lower case and without a final
// dot, and whether it is the name of a web site.
func urlHost(rawURL string) (string, bool) {
	s := strings.TrimSpace(rawURL)
	if s == "" || strings.ContainsAny(s, " \t\n") {
		return "", false
	}
	if !strings.Contains(s, "://") && !strings.HasPrefix(s, "//") {
		s = "//" + s
	}
	u, err := url.Parse(s)
	if err != nil {
		return "", false
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if !strings.Contains(host, ".") || net.ParseIP(host) != nil {
		return "", false
	}
	for label := range strings.SplitSeq(host, ".") {
		if label == "" || strings.HasPrefix(label, "-") || strings.HasSuffix(label, "-") {
			return "", false
		}
		for _, r := range label {
			if r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return "", false
			}
		}
	}
	return host, true
}

// hostName returns a readable name for a web site that the outlet table
// does not know, made from its host name: the label under the public
// suffix (language.DomainSuffixes of the default language), its hyphenated
// words capitalised. It returns "" when the host is a public suffix itself.
func hostName(host string) string {
	l := language.Default()
	labels := strings.Split(host, ".")
	n := len(labels) - 1 // drop the top-level domain
	if n >= 2 && l.Has(language.DomainSuffixes, labels[n-1]+"."+labels[n]) {
		n-- // and a second level that is public too: ".co.uk"
	}
	if n < 1 || n == 1 && l.Has(language.DomainSuffixes, host) {
		return ""
	}
	words := strings.Split(labels[n-1], "-")
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.TrimSpace(strings.Join(words, " "))
}

// outletHost returns the host name in s, a host, URL or e-mail address.
func outletHost(s string) string {
	s = strings.TrimSpace(s)
	if _, rest, ok := strings.Cut(s, "://"); ok {
		s = rest
	}
	s = strings.TrimPrefix(s, "//")
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		s = s[i+1:]
	}
	if i := strings.LastIndexByte(s, ':'); i >= 0 {
		s = s[:i] // a port
	}
	return strings.TrimSuffix(s, ".")
}

// ReadOutlets reads a table of outlets in the format of the package's own
// data/outlets.tsv: one outlet a line, in six columns separated by tabs:
//
//	name	aliases	domains	country	kind	state
//
// Aliases and domains are separated by "|"; kind is one of the
// OutletKind values; state is "yes" or "no"; "-" stands for an empty
// column. Blank lines and lines starting with # are skipped. An error
// gives the number of the line at fault. ReadOutlets checks each outlet on
// its own; NewOutlets or Outlets.With check that they do not clash.
func ReadOutlets(r io.Reader) ([]Outlet, error) {
	var list []Outlet
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if s := strings.TrimSpace(line); s == "" || s[0] == '#' {
			continue
		}
		o, err := parseOutlet(line)
		if err != nil {
			return nil, fmt.Errorf("attribution: line %d: %w", n, err)
		}
		list = append(list, o)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("attribution: reading outlets: %w", err)
	}
	return list, nil
}

// parseOutlet parses one line of a table of outlets.
func parseOutlet(line string) (Outlet, error) {
	f := strings.Split(line, "\t")
	if len(f) != 6 {
		return Outlet{}, fmt.Errorf("have %d tab-separated columns, want 6", len(f))
	}
	for i := range f {
		if f[i] = strings.TrimSpace(f[i]); f[i] == "-" {
			f[i] = ""
		}
	}
	o := Outlet{
		Name:    f[0],
		Aliases: splitOutletColumn(f[1]),
		Domains: splitOutletColumn(f[2]),
		Country: f[3],
		Kind:    OutletKind(f[4]),
	}
	switch f[5] {
	case "yes":
		o.State = true
	case "no":
	default:
		return Outlet{}, fmt.Errorf("outlet %q: state is %q, want yes or no", o.Name, f[5])
	}
	if err := o.check(); err != nil {
		return Outlet{}, err
	}
	return o, nil
}

// splitOutletColumn splits a column of |-separated values.
func splitOutletColumn(s string) []string {
	if s == "" {
		return nil
	}
	vals := strings.Split(s, "|")
	for i := range vals {
		vals[i] = strings.TrimSpace(vals[i])
	}
	return vals
}
