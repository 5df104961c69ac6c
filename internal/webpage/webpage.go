package webpage

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// A Page is the article a news web page carries, with the page's metadata.
type Page struct {
	// Text is the article's text: the headline on the first line, then the
	// paragraphs, one a line, with a blank line between each two, ending
	// with a newline. It is valid UTF-8, and "" when the page holds no
	// text.
	Text string
	// Headline is the first line of Text: the page's h1, else its title;
	// or "" when it has neither.
	Headline string
	// Title is the page's title: og:title, else <title>, else the h1; or
	// "".
	Title string
	// URL is the page's canonical address (an absolute http or https URL),
	// or "".
	URL string
	// Published is when the page says the article was published, or the
	// zero Time.
	Published time.Time
}

// ErrBinary is returned for data that holds a NUL byte, which no web page
// does: an image, an archive or another binary file.
var ErrBinary = errors.New("binary data (holds a NUL byte), not a web page")

// ErrTooDeep is returned for markup nested so deeply that it cannot be
// parsed even with its deepest tags dropped.
var ErrTooDeep = errors.New("markup nested too deeply")

// Read reads a web page from r and returns its article and metadata.
//
// It reads r to its end and holds all of it in memory. An error reading r is
// returned as it is; an input that is not a web page gives [ErrBinary] or
// [ErrTooDeep], each wrapped with more detail, and anything else gives a
// Page, possibly empty.
func Read(r io.Reader) (Page, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return Page{}, err
	}
	return Parse(data)
}

// Parse is [Read] of a page already in memory. It does not keep or change
// data.
func Parse(data []byte) (Page, error) {
	text := decode(data)
	if i := strings.IndexByte(text, 0); i >= 0 {
		return Page{}, fmt.Errorf("%w: at byte %d", ErrBinary, i)
	}
	doc, err := parse(text)
	if err != nil {
		return Page{}, err
	}
	return extract(doc), nil
}

// maxFlatDepth is the depth beyond which tags are dropped before parsing:
// deeper than news pages nest, well below the parser's limit of 512 open
// elements, and shallow enough that the parser's searches of its open
// elements stay short.
const maxFlatDepth = 128

// parse parses text with the tags nested more than maxFlatDepth deep
// dropped, and with them dropped from a quarter of that depth when the parser
// still finds too many elements open.
func parse(text string) (*html.Node, error) {
	var err error
	for _, depth := range [...]int{maxFlatDepth, maxFlatDepth / 4} {
		var doc *html.Node
		// Reading from a string, the parser fails only on too many open
		// elements.
		if doc, err = html.Parse(strings.NewReader(flatten(text, depth))); err == nil {
			return doc, nil
		}
	}
	return nil, fmt.Errorf("%w: %v", ErrTooDeep, err)
}

// decode returns data as valid UTF-8 text, decoded from the encoding the
// package documentation describes.
func decode(data []byte) string {
	for _, b := range boms {
		if bytes.HasPrefix(data, b.bom) {
			data = data[len(b.bom):]
			if b.enc == "utf-8" {
				return strings.ToValidUTF8(string(data), "\uFFFD")
			}
			e, _ := charset.Lookup(b.enc)
			return decodeWith(e, data)
		}
	}
	if e, name := charset.Lookup(declaredCharset(data)); e != nil {
		switch {
		case name == "utf-8", name == "utf-16be", name == "utf-16le", name == "replacement":
			// A page in UTF-16 has a byte order mark; one that declares
			// UTF-16 without it is in an ASCII-compatible encoding,
			// taken for UTF-8 as the HTML standard does. The replacement
			// encoding stands for encodings of which only UTF-8 is safe.
		case utf8.Valid(data):
			// Legacy text is almost never valid UTF-8 when it has a high
			// byte; a page saved by a browser often is, whatever it
			// still declares.
		default:
			return decodeWith(e, data)
		}
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	if utf8.Valid(data) {
		return string(data)
	}
	if mostlyUTF8(data) {
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	return decodeWith(charmap.Windows1252, data)
}

// boms are the byte order marks, with the encodings they stand for.
var boms = []struct {
	bom []byte
	enc string
}{
	{[]byte{0xEF, 0xBB, 0xBF}, "utf-8"},
	{[]byte{0xFE, 0xFF}, "utf-16be"},
	{[]byte{0xFF, 0xFE}, "utf-16le"},
}

// decodeWith decodes data from e into valid UTF-8.
func decodeWith(e encoding.Encoding, data []byte) string {
	out, err := e.NewDecoder().Bytes(data)
	if err != nil { // the WHATWG encodings' decoders replace, never fail
		out = data
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

// declaredCharset returns the encoding label that a meta tag in the first
// 1024 bytes of data declares, <meta charset="..."> or <meta
// http-equiv="Content-Type" content="text/html; charset=...">, or "".
func declaredCharset(data []byte) string {
	if len(data) > 1024 {
		data = data[:1024]
	}
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var label, content string
			httpEquiv := false
			for more := true; more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "charset":
					label = string(v)
				case "content":
					content = string(v)
				case "http-equiv":
					httpEquiv = strings.EqualFold(strings.TrimSpace(string(v)), "content-type")
				}
			}
			if label == "" && httpEquiv {
				label = charsetParam(content)
			}
			if label != "" {
				return label
			}
		}
	}
}

// charsetParam returns the value of the charset parameter of a Content-Type
// value, as the HTML standard extracts it, or "".
func charsetParam(content string) string {
	lower := strings.ToLower(content)
	i := strings.Index(lower, "charset")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(content[i+len("charset"):], " \t\n\f\r")
	if !strings.HasPrefix(rest, "=") {
		return charsetParam(rest)
	}
	rest = strings.TrimLeft(rest[1:], " \t\n\f\r")
	if rest != "" && (rest[0] == '"' || rest[0] == '\'') {
		if j := strings.IndexByte(rest[1:], rest[0]); j >= 0 {
			return rest[1 : 1+j]
		}
		return ""
	}
	if j := strings.IndexAny(rest, " \t\n\f\r;"); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

// mostlyUTF8 reports whether data holds more well-formed multi-byte UTF-8
// sequences than invalid bytes: text in UTF-8 with a few stray bytes, rather
// than text in a legacy encoding.
func mostlyUTF8(data []byte) bool {
	valid, invalid := 0, 0
	for len(data) > 0 {
		if data[0] < utf8.RuneSelf {
			data = data[1:]
			continue
		}
		r, n := utf8.DecodeRune(data)
		if r == utf8.RuneError && n == 1 {
			invalid++
		} else {
			valid++
		}
		data = data[n:]
	}
	return valid > invalid
}
