package attribution

import (
	"strings"

	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
)

// sourceName returns the outlet a "Source: …" line names, and its place:
// "Source: vnexpress.net (Huyen Le – According to TASS)" names
// vnexpress.net, "(c)Ukrinform 2021" names Ukrinform. It returns false for lines
// that name people ("Reporting by …"), photo credits ("© EPA-EFE/JOHN
// DOE/POOL") and names that neither the outlet table nor the look of a
// web address or a name can vouch for; a copyright line must name an
// outlet of the table.
func (st *state) sourceName(p quote.Span) (Citation, bool) {
	line := st.text[p.Start:p.End]
	n, ok := st.lang.HasPrefix(language.SourcePrefixes, line)
	if !ok || !namesOutlet(line[:n]) {
		return Citation{}, false
	}
	copyright := st.lang.Has(language.CopyrightMarks, strings.TrimSpace(line[:n]))
	rest := line[n:]
	lead := len(rest) - len(strings.TrimLeft(rest, " \t:-–—"))
	rest = rest[lead:]
	end := len(rest)
	if i := strings.IndexAny(rest, "(;|"); i >= 0 {
		end = i
	}
	if copyright {
		// "© 2024 Ukrinform. All rights reserved.": the holder alone.
		i, j := copyrightHolder(rest[:end])
		lead, rest, end = lead+i, rest[i:], j-i
	}
	name := strings.TrimRight(rest[:end], " \t.,:-–—")
	if name == "" || st.isPhotoCredit(name) {
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
		} else if !copyright && st.looksLikeName(name) {
			c.Outlet = name
		} else {
			return Citation{}, false
		}
	}
	return c, true
}

// copyrightHolder returns the place in s, the words after a copyright
// sign, of the holder's name: without the years around it and what follows
// its first sentence or comma ("2024 Ukrinform. All rights reserved."
// gives "Ukrinform").
func copyrightHolder(s string) (start, end int) {
	type field struct{ start, end int }
	var fields []field
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if j > i {
			fields = append(fields, field{i, j})
		}
		i = j
	}
	k := 0
	for k < len(fields) {
		if w := s[fields[k].start:fields[k].end]; !isYear(w) && w != "©" && !strings.EqualFold(w, "(c)") {
			break
		}
		k++
	}
	if k == len(fields) {
		return len(s), len(s)
	}
	start = fields[k].start
	end = start
	for ; k < len(fields); k++ {
		w := s[fields[k].start:fields[k].end]
		if isYear(w) {
			break
		}
		end = fields[k].end
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ".") && k+1 < len(fields) {
			end--
			break
		}
	}
	return start, end
}

// namesOutlet reports whether a source line's prefix introduces an outlet
// ("Source:", "Originally published") rather than people ("Reporting by").
func namesOutlet(prefix string) bool {
	p := strings.ToLower(prefix)
	return !strings.Contains(p, " by") && !strings.Contains(p, "contributing")
}

// isYear reports whether w is a year: four digits, or two years joined by
// a dash ("2019-2024").
func isYear(w string) bool {
	for y := range strings.SplitSeq(strings.Trim(w, ".,"), "-") {
		if len(y) != 4 || strings.Trim(y, "0123456789") != "" {
			return false
		}
	}
	return true
}

// isPhotoCredit reports whether a name on a source line is a photo credit:
// several names joined by slashes ("EPA-EFE/JOHN DOE/POOL"), or a credit
// word that names no outlet ("Getty Images", "Pool").
func (st *state) isPhotoCredit(name string) bool {
	if strings.Contains(name, "/") {
		return true
	}
	for _, w := range strings.Fields(name) {
		if st.lang.Has(language.CreditWords, w) {
			if _, ok := st.a.outlets.Lookup(w); !ok {
				return true
			}
		}
	}
	return false
}

// looksLikeName reports whether s can be an outlet's name: a web address
// or a few capitalised words.
func (st *state) looksLikeName(s string) bool {
	if strings.Contains(s, ".") && !strings.Contains(s, " ") {
		return true
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		if w[0] < 'A' || w[0] > 'Z' {
			if !st.lang.Has(language.MinorWords, w) {
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
		s := sentence{span: p.Span, toks: st.lineTokens(st.scan(p.Span)), notes: &sentenceNotes{}}
		st.findOutlets(&s)
		for _, c := range s.notes.cites {
			out = append(out, c.Citation)
		}
	}
	return append(out, st.creditLine()...)
}

// maxCreditLine is the longest last paragraph, in bytes, that creditLine
// reads as a list of outlets.
const maxCreditLine = 120

// creditLine returns the citations of a last paragraph that names nothing
// but outlets, the sources the article was put together from: "Reuters and
// New York Times", "— AFP, AP". Its outlets have the relation Republished.
func (st *state) creditLine() []Citation {
	var last *quote.Paragraph
	for i := len(st.art.Paragraphs) - 1; i >= 0; i-- {
		if p := &st.art.Paragraphs[i]; p.Role == quote.Body {
			last = p
			break
		}
	}
	if last == nil || last.Span.End-last.Span.Start > maxCreditLine {
		return nil
	}
	toks := st.lineTokens(st.sentenceTokens(last.Span))
	var out []Citation
	for i := 0; i < toks.len(); {
		t := toks.at(i)
		if t.kind() == punct && (isDash(t.text()) || t.text() == "," || t.text() == "&" || t.text() == "(" || t.text() == ")") || t.is("and") {
			i++
			continue
		}
		name, j, ok := st.matchOutlet(toks, i)
		if !ok {
			return nil // a word that names no outlet: not a credit line
		}
		sp := spanOf(toks, phrase{i, j})
		out = append(out, Citation{
			Outlet: name, Relation: Republished, Mention: st.text[sp.Start:sp.End], Span: sp,
			Evidence: st.text[sp.Start:sp.End], EvidenceSpan: sp,
		})
		i = j
	}
	return out
}

// publisher returns the words of the text that name the outlet that
// published it: its last source line ("Source: Vietnam Insider"), else a
// dateline ("MOSCOW (Reuters) -", "MINSK, March 3. /TASS/."), else a
// reporter's e-mail address at an outlet's domain; or nil. The citation
// has the relation Republished.
func (st *state) publisher() *Citation {
	if st.lastSource != nil {
		c := *st.lastSource
		return &c
	}
	if c := st.dateline(); c != nil {
		return c
	}
	for ai := range st.doc.Articles {
		for _, p := range st.doc.Articles[ai].Paragraphs {
			if p.Role != quote.Signature && p.Role != quote.Source {
				continue
			}
			line := st.text[p.Span.Start:p.Span.End]
			for i := 0; i < len(line); {
				for i < len(line) && isSpaceByte(line[i]) {
					i++
				}
				j := i
				for j < len(line) && !isSpaceByte(line[j]) {
					j++
				}
				f := line[i:j]
				if at := strings.IndexByte(f, '@'); at > 0 {
					host := strings.Trim(f[at+1:], ".,;:()<>")
					if o, ok := st.a.outlets.Domain(host); ok {
						hs := p.Span.Start + i + at + 1 + strings.Index(f[at+1:], host)
						addr := strings.Trim(f, ".,;:()<>")
						as := p.Span.Start + i + strings.Index(f, addr)
						return &Citation{
							Outlet: o.Name, Relation: Republished,
							Mention: host, Span: quote.Span{Start: hs, End: hs + len(host)},
							Evidence: addr, EvidenceSpan: quote.Span{Start: as, End: as + len(addr)},
						}
					}
				}
				i = j
			}
		}
	}
	return nil
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// maxDateline bounds how far into the first paragraph a dateline's
// "(Reuters) -" may stand.
const maxDateline = 120

// dateline returns the citation of the outlet a dateline opening the
// first body paragraph names: "MOSCOW (Reuters) -", "Feb 9 (Reuters) —",
// "MINSK, March 3. /TASS/.". It returns nil when there is none.
func (st *state) dateline() *Citation {
	for _, art := range st.doc.Articles {
		for _, p := range art.Paragraphs {
			if p.Role != quote.Body {
				continue
			}
			head := st.text[p.Span.Start:min(p.Span.End, p.Span.Start+maxDateline)]
			for i := 0; i < len(head); i++ {
				open := head[i]
				if open != '(' && open != '/' || open == '/' && i > 0 && head[i-1] != ' ' {
					continue // "/TASS/" stands alone, unlike "EPA/AFP/"
				}
				start := p.Span.Start + i + 1
				o, end, ok := st.a.outlets.Match(st.text, start)
				if !ok || end >= len(st.text) {
					continue
				}
				evEnd := 0
				switch rest := st.text[end:min(len(st.text), end+8)]; {
				case open == '(' && rest[0] == ')':
					// "(Reuters) -": a dash must follow.
					after := strings.TrimLeft(rest[1:], " ")
					for _, dash := range [...]string{"-", "–", "—"} {
						if strings.HasPrefix(after, dash) {
							evEnd = end + 1 + (len(rest[1:]) - len(after)) + len(dash)
						}
					}
				case open == '/' && rest[0] == '/':
					// "/TASS/.": the slashes stand for the brackets.
					evEnd = end + 1
				}
				if evEnd > 0 {
					return &Citation{
						Outlet: o.Name, Relation: Republished,
						Mention: st.text[start:end], Span: quote.Span{Start: start, End: end},
						Evidence: st.text[start-1 : evEnd], EvidenceSpan: quote.Span{Start: start - 1, End: evEnd},
					}
				}
			}
			return nil // only the first body paragraph has a dateline
		}
	}
	return nil
}
