package webpage

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// flatten returns text with the start and end tags of elements nested more
// than depth deep dropped, their text kept, and those of formatting elements
// (b, font, ...) begun when depth/16+3 of them are not ended, so that the parser
// has no more elements open than it accepts, nor so many that searching them
// makes it slow. A dropped block element leaves a <p> tag, to keep its text a
// paragraph apart. Nesting is counted as the tags give it, closing the
// elements whose end tags may be left out (p, li, td, ...) where the next tag
// implies it, as the parser does. When no tag is dropped, flatten returns
// text itself.
func flatten(text string, depth int) string {
	var out strings.Builder
	z := html.NewTokenizer(strings.NewReader(text))
	var (
		open    []elem         // the elements open, as far as the tags tell
		raw     string         // the raw text element being read
		drops   map[string]int // how many of each element were dropped and not yet ended
		dropped bool
		pos     int    // where the token read starts in text
		hidden  []elem // the element being dropped whole, and those open in it
		active  activeList
	)
	for {
		tt := z.Next()
		start := pos
		pos += len(z.Raw())
		if tt == html.ErrorToken {
			if !dropped {
				return text
			}
			return out.String()
		}
		if tt == html.SelfClosingTagToken {
			// The parser reads <div/> as <div>, bar void and foreign
			// elements.
			tt = html.StartTagToken
		}
		if len(hidden) > 0 {
			// Inside an element dropped whole: only its end matters.
			if tt != html.StartTagToken && tt != html.EndTagToken {
				continue
			}
			b, _ := z.TagName()
			name := string(b)
			a := atom.Lookup(b)
			switch {
			case tt == html.StartTagToken:
				if !void[a] && !rawText[a] && len(hidden) < depth {
					inner := closeImplied(hidden[1:], a) // a prefix of hidden[1:]
					hidden = append(hidden[:1+len(inner)], newElem(a, name))
				}
			case slices.Contains(hidden, newElem(a, name)):
				hidden = endTag(hidden, newElem(a, name))
			case slices.Contains(open, newElem(a, name)):
				// The end of an element it is in ends it too.
				hidden = nil
				open = endTag(open, newElem(a, name))
				out.Write(z.Raw())
			}
			continue
		}
		switch tt {
		case html.StartTagToken:
			b, hasAttr := z.TagName()
			name := string(b)
			a := atom.Lookup(b)
			switch {
			case rawText[a]:
				raw = name
			case void[a]:
			default:
				n := &html.Node{Type: html.ElementNode, DataAtom: a, Data: name}
				for more := hasAttr; more; {
					var k, v []byte
					k, v, more = z.TagAttr()
					n.Attr = append(n.Attr, html.Attribute{Key: string(k), Val: string(v)})
				}
				if a == atom.A {
					active.end(name) // a link ends the link before it
				}
				open = closeImplied(open, a)
				if len(open) < depth && (!formatting[a] || active.add(n, depth/16+3)) {
					open = append(open, newElem(a, name))
					break
				}
				if !dropped {
					dropped = true
					out.Grow(len(text))
					out.WriteString(text[:start])
				}
				if !optionalEnd[a] && (skipped(n) || furniture(n)) {
					// Its text would be left out: leave it out now.
					hidden = []elem{newElem(a, name)}
					continue
				}
				if blockElements[a] {
					out.WriteString("<p>") // keeps the paragraph apart, and cannot nest
				}
				if !optionalEnd[a] { // its end tag is to be dropped too
					if drops == nil {
						drops = map[string]int{}
					}
					drops[name]++
				}
				continue
			}
		case html.EndTagToken:
			b, _ := z.TagName()
			name := string(b)
			switch {
			case name == raw:
				raw = ""
			case drops[name] > 0: // the innermost of the name was dropped
				drops[name]--
				continue
			default:
				a := atom.Lookup(b)
				if formatting[a] && blockInside(open, name) {
					// The parser moves the block out of the formatting
					// element and opens that again inside the block:
					// both stay open.
					break
				}
				open = endTag(open, newElem(a, name))
				active.end(name)
			}
		}
		if dropped {
			out.Write(z.Raw())
		}
	}
}

// An elem is an element named in a tag: its atom, 0 when it has none, and
// its name.
type elem struct {
	a    atom.Atom
	name string
	kind kind
}

func newElem(a atom.Atom, name string) elem { return elem{a, name, kindOf(a)} }

// endTag returns open after an end tag of e: the innermost open element e is
// closed, and so are the elements open in it.
func endTag(open []elem, e elem) []elem {
	for i := len(open) - 1; i >= 0; i-- {
		if open[i] == e {
			return open[:i]
		}
	}
	return open
}

// blockInside reports whether a block element is open inside the innermost
// open element name.
func blockInside(open []elem, name string) bool {
	for i := len(open) - 1; i >= 0 && open[i].name != name; i-- {
		if blockElements[open[i].a] || open[i].kind != 0 {
			return true
		}
	}
	return false
}

// closeImplied returns open with the elements closed that a start tag of a
// closes by implication, as the parser does: a p by a block, a list item by
// another, a table cell by another or by a row.
func closeImplied(open []elem, a atom.Atom) []elem {
	switch a {
	case atom.Li:
		open = popTo(open, isLi, stopsList)
	case atom.Dd, atom.Dt:
		open = popTo(open, isDefinition, stopsList)
	case atom.Td, atom.Th:
		open = popTo(open, isCell, stopsTable)
	case atom.Tr:
		open = popTo(open, isCell|isRow, stopsTable)
	case atom.Thead, atom.Tbody, atom.Tfoot:
		open = popTo(open, isCell|isRow|isTableSection, stopsTable)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if len(open) > 0 && open[len(open)-1].kind&isHeading != 0 {
			open = open[:len(open)-1]
		}
	}
	if blockElements[a] || a == atom.Hr || a == atom.Xmp {
		open = popTo(open, isP, stopsP)
	}
	if optionalEnd[a] && len(open) > 0 && open[len(open)-1].a == a {
		open = open[:len(open)-1]
	}
	return open
}

// popTo returns open without its innermost element of a kind in names and
// all inside it, or open as it is when an element of a kind in stops comes
// first.
func popTo(open []elem, names, stops kind) []elem {
	for i := len(open) - 1; i >= 0; i-- {
		k := open[i].kind
		if k&names != 0 {
			return open[:i]
		}
		if k&stops != 0 {
			break
		}
	}
	return open
}

// A kind says what closeImplied needs to know of an element: which it
// closes, and at which it stops looking for them.
type kind uint16

const (
	isP kind = 1 << iota
	isLi
	isDefinition
	isCell
	isRow
	isTableSection
	isHeading
	stopsP
	stopsList
	stopsTable
)

// kindOf returns the kind of the element a.
func kindOf(a atom.Atom) kind {
	switch a {
	case atom.P:
		return isP
	case atom.Li:
		return isLi
	case atom.Dd, atom.Dt:
		return isDefinition
	case atom.Td, atom.Th:
		return isCell | stopsP | stopsList
	case atom.Tr:
		return isRow
	case atom.Thead, atom.Tbody, atom.Tfoot:
		return isTableSection
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return isHeading
	case atom.Table, atom.Template, atom.Html:
		return stopsP | stopsList | stopsTable
	case atom.Applet, atom.Caption, atom.Marquee, atom.Object, atom.Select, atom.Button:
		return stopsP
	case atom.Ul, atom.Ol, atom.Dl, atom.Menu, atom.Dir, atom.Body:
		return stopsList
	}
	return 0
}

// An activeList follows the formatting elements (b, font, ...) begun and not
// ended by their end tags, which the parser opens again where another
// element's end tag closed them, as the parser's list of active formatting
// elements does.
type activeList struct {
	names []string // the elements' names
	keys  []string // their names and attributes
}

// add notes the start of the formatting element n and reports whether it is
// kept: whether fewer than max are active, or three like it are (of which
// the parser forgets the first).
func (l *activeList) add(n *html.Node, max int) bool {
	attrs := make([]string, len(n.Attr))
	for i, a := range n.Attr {
		attrs[i] = a.Key + "=" + a.Val
	}
	slices.Sort(attrs)
	key := n.Data + " " + strings.Join(attrs, "\x00")
	first, like := -1, 0
	for i, k := range l.keys {
		if k == key {
			if first < 0 {
				first = i
			}
			like++
		}
	}
	switch {
	case like >= 3:
		l.remove(first)
	case len(l.keys) >= max:
		return false
	}
	l.names = append(l.names, n.Data)
	l.keys = append(l.keys, key)
	return true
}

// end notes an end tag of the element name, which ends the last one active.
func (l *activeList) end(name string) {
	for i := len(l.names) - 1; i >= 0; i-- {
		if l.names[i] == name {
			l.remove(i)
			return
		}
	}
}

func (l *activeList) remove(i int) {
	l.names = slices.Delete(l.names, i, i+1)
	l.keys = slices.Delete(l.keys, i, i+1)
}

// formatting are the formatting elements, which the parser opens again
// where another element's end tag closed them. It is read only.
var formatting = map[atom.Atom]bool{
	atom.A: true, atom.B: true, atom.Big: true, atom.Code: true, atom.Em: true,
	atom.Font: true, atom.I: true, atom.Nobr: true, atom.S: true, atom.Small: true,
	atom.Strike: true, atom.Strong: true, atom.Tt: true, atom.U: true,
}

// optionalEnd are the elements whose end tag may be left out before another
// of the same. It is read only.
var optionalEnd = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Option: true,
	atom.Optgroup: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Rb: true,
	atom.Rt: true, atom.Rp: true, atom.Rtc: true,
}

// void are the elements that have no end tag. It is read only.
var void = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Param: true, atom.Keygen: true,
}

// rawText are the elements whose content the tokenizer reads as raw text, up
// to their end tag. It is read only.
var rawText = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Textarea: true, atom.Title: true,
	atom.Xmp: true, atom.Iframe: true, atom.Noembed: true, atom.Noframes: true,
	atom.Noscript: true, atom.Plaintext: true,
}
