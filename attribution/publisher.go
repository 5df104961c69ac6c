package attribution

import (
	"strings"

	"github.com/quotetrace/quotetrace/internal/lexicon"
	"github.com/quotetrace/quotetrace/quote"
)

// sourceName returns the outlet a "Source: …" line names, and its place:
// "Source: vnexpress.net (Huyen Le – According to TASS)" names
// vnexpress.net. It returns false for lines that name people ("Reporting by
// …") or nothing the outlet table or a web address can vouch for.
func (st *state) sourceName(p quote.Span) (Citation, bool) {
	line := st.text[p.Start:p.End]
	n, ok := lexicon.SourcePrefix(line)
	if !ok || !namesOutlet(line[:n]) {
		return Citation{}, false
	}
	rest := line[n:]
	lead := len(rest) - len(strings.TrimLeft(rest, " \t:-–—"))
	rest = rest[lead:]
	end := len(rest)
	if i := strings.IndexAny(rest, "(;|"); i >= 0 {
		end = i
	}
	name := strings.TrimRight(rest[:end], " \t.,:-–—")
	if name == "" {
		return Citation{}, false
	}
	start := p.Start + n + lead
	c := Citation{Relation: Republished, Mention: name, Span: quote.Span{Start: start, End: start + len(name)}}
	c.Evidence, c.EvidenceSpan = st.text[p.Start:c.Span.End], quote.Span{Start: p.Start, End: c.Span.End}
	switch o, ok := st.a.outlets.Lookup(name); {
	case ok:
		c.Outlet = o.Name
	default:
		if o, ok := st.a.outlets.Domain(name); ok {
			c.Outlet = o.Name
		} else if looksLikeName(name) {
			c.Outlet = name
		} else {
			return Citation{}, false
		}
	}
	return c, true
}

// namesOutlet reports whether a source line's prefix introduces an outlet
// ("Source:", "Originally published") rather than people ("Reporting by").
func namesOutlet(prefix string) bool {
	p := strings.ToLower(prefix)
	return !strings.Contains(p, " by") && !strings.Contains(p, "contributing") && !strings.Contains(p, "copyright")
}

// looksLikeName reports whether s can be an outlet's name: a web address
// or a few capitalised words.
func looksLikeName(s string) bool {
	if strings.Contains(s, ".") && !strings.Contains(s, " ") {
		return true
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		if w[0] < 'A' || w[0] > 'Z' {
			if !lexicon.IsMinorWord(w) {
				return false
			}
		}
	}
	return true
}

// sourceLines returns the citations of the article's source lines: the
// outlets its text was taken from ("Source: vnexpress.net"), and the
// outlets those lines credit ("According to TASS , AFP , Reuters"). The
// last source line of a text names its publisher, and is no citation.
func (st *state) sourceLines() []Citation {
	var out []Citation
	for _, p := range st.art.Paragraphs {
		if p.Role != quote.Source {
			continue
		}
		if c, ok := st.sourceName(p.Span); ok {
			out = append(out, c)
			st.lastSource = &c
		}
		// Outlets credited inside the line.
		s := sentence{span: p.Span, toks: tokenize(nil, st.text, p.Span, func(int) int { return -1 })}
		st.findOutlets(&s)
		out = append(out, s.citations...)
	}
	return out
}

// publisher returns the outlet that published the text: the one named by
// its last source line, else by a dateline ("(Reuters) -"), else by a
// reporter's e-mail address, else "".
func (st *state) publisher() string {
	if st.lastSource != nil {
		return st.lastSource.Outlet
	}
	if name := st.dateline(); name != "" {
		return name
	}
	for ai := range st.doc.Articles {
		for _, p := range st.doc.Articles[ai].Paragraphs {
			if p.Role != quote.Signature && p.Role != quote.Source {
				continue
			}
			for _, f := range strings.Fields(st.text[p.Span.Start:p.Span.End]) {
				if at := strings.IndexByte(f, '@'); at > 0 {
					if o, ok := st.a.outlets.Domain(strings.Trim(f[at+1:], ".,;:()<>")); ok {
						return o.Name
					}
				}
			}
		}
	}
	return ""
}

// maxDateline bounds how far into the first paragraph a dateline's
// "(Reuters) -" may stand.
const maxDateline = 120

// dateline returns the outlet of a dateline opening the first body
// paragraph: "MOSCOW (Reuters) -", "Feb 9 (Reuters) —".
func (st *state) dateline() string {
	for _, art := range st.doc.Articles {
		for _, p := range art.Paragraphs {
			if p.Role != quote.Body {
				continue
			}
			head := st.text[p.Span.Start:min(p.Span.End, p.Span.Start+maxDateline)]
			for i := 0; i < len(head); i++ {
				if head[i] != '(' {
					continue
				}
				o, end, ok := st.a.outlets.Match(st.text, p.Span.Start+i+1)
				if !ok || end >= len(st.text) || st.text[end] != ')' {
					continue
				}
				after := strings.TrimLeft(st.text[end+1:min(len(st.text), end+6)], " ")
				if strings.HasPrefix(after, "-") || strings.HasPrefix(after, "–") || strings.HasPrefix(after, "—") {
					return o.Name
				}
			}
			return "" // only the first body paragraph has a dateline
		}
	}
	return ""
}
