package quote

import (
	"unicode"

	"github.com/quotetrace/quotetrace/language"
)

// This file pairs quote marks into quotations, paragraph by paragraph.
//
// Marks are matched with a stack, so that nested quotations (single marks
// inside double ones, or the other way round in British style) stay part of
// the quotation around them. An opening mark that is never closed is
// handled in one of three ways:
//
//   - when the next paragraph opens with a mark of the same family, the
//     quotation runs on into it (the convention for quotes of several
//     paragraphs);
//   - when a double mark is followed by another opening mark of its family
//     in the same paragraph, or the paragraph ends, its end is inferred: at
//     an attribution such as ", he said." inside it, else at the paragraph's
//     end or just before the new mark;
//   - an unclosed single mark is dropped, since it is more likely an
//     apostrophe than a quotation.
//
// Unclosed quotes therefore never run past their paragraph.

// A rawQuote is a quotation before split quotes are joined and kinds given.
type rawQuote struct {
	frags []Fragment
	// first and last are the indices in the article's Paragraphs of the
	// paragraphs holding the first and the last fragment.
	first, last int
	unclosed    bool
	// joined reports a quotation that joinSplit found to be the next
	// fragment of the one before it.
	joined bool
}

// An opening is an opening mark waiting for its closing mark.
type opening struct {
	m     mark
	frags []Fragment // fragments carried from earlier paragraphs
	para  int        // the index of the paragraph of the first fragment
}

// pairer pairs the marks of the paragraphs of a document's articles, one
// article at a time.
type pairer struct {
	*reader
	// paras are the paragraphs of the article being read.
	paras    []Paragraph
	quotes   *chunkList[rawQuote] // the article's quotations, in text order
	unpaired *chunkList[Span]     // the document's unpaired marks
	carry    *opening             // a quotation running on into the next paragraph
	// marks and stack are the scratch space of paragraph.
	marks []mark
	stack []opening
}

// article pairs the marks of the Headline and Body paragraphs of paras, an
// article's, adding its quotations to quotes.
func (p *pairer) article(paras []Paragraph, quotes *chunkList[rawQuote]) {
	p.paras, p.quotes, p.carry = paras, quotes, nil
	nextText := func(i int) int {
		for i < len(paras) && !paras[i].Role.IsText() {
			i++
		}
		return i
	}
	for i := nextText(0); i < len(paras); {
		next := nextText(i + 1)
		var ns Span
		if next < len(paras) {
			ns = paras[next].Span
		}
		p.paragraph(i, ns)
		i = next
	}
	p.paras, p.quotes = nil, nil
}

// paragraph pairs the marks of the paragraph p.paras[pi]. next is the
// Headline or Body paragraph that follows it in the same article, or an
// empty span.
func (p *pairer) paragraph(pi int, next Span) {
	s := p.paras[pi].Span
	p.marks = p.findMarks(p.marks[:0], s)
	marks := p.marks
	if p.carry == nil && p.nestedOnly(marks, s) {
		if sp, ok := p.dashSpeech(s); ok {
			// Speech marked by a dash: marks inside it are nested.
			open, close := Span{sp.Start, sp.Start}, Span{sp.End, sp.End}
			p.quotes.add(rawQuote{frags: []Fragment{{Span: sp, Open: open, Close: close}}, first: pi, last: pi})
			return
		}
	}
	stack := p.stack[:0]
	defer func() { p.stack = stack[:0] }() // its room, for the next paragraph
	if c := p.carry; c != nil {
		p.carry = nil
		if len(marks) > 0 && marks[0].canOpen && marks[0].fam == c.m.fam &&
			skipSpace(p.text, s.Start, s.End) == marks[0].span.Start {
			stack = append(stack, opening{m: marks[0], frags: c.frags, para: c.para})
			marks = marks[1:]
		} else {
			// Cannot happen: carry is set only when this paragraph opens
			// with such a mark.
			p.unpaired.add(c.m.span)
		}
	}
	for k, m := range marks {
		if m.canClose {
			if i := innermost(stack, m.fam); i >= 0 {
				p.dropNested(stack[i+1:])
				o := stack[i]
				stack = stack[:i]
				if i == 0 {
					p.emit(o, Fragment{Span: content(p.text, o.m.span.End, m.span.Start), Open: o.m.span, Close: m.span}, pi, false)
				}
				continue
			}
		}
		if !m.canOpen && len(stack) == 0 && p.turnedOpen(m, s) {
			stack = append(stack, opening{m: m, para: pi})
			continue
		}
		if !m.canOpen {
			if m.fam != singleMarks {
				p.unpaired.add(m.span)
			}
			continue
		}
		if i := innermost(stack, m.fam); i == 0 && len(stack) == 1 && p.turnedClose(m, s) {
			// An opening glyph where the quotation plainly ends: after its
			// last punctuation and before its attribution ("…a deep abyss,
			// “said Macron"). It closes the quotation.
			o := stack[0]
			stack = stack[:0]
			p.emit(o, Fragment{Span: content(p.text, o.m.span.End, m.span.Start), Open: o.m.span, Close: m.span}, pi, false)
			continue
		}
		if i := innermost(stack, m.fam); i >= 0 && p.nestedAhead(marks[k+1:], m, s) {
			// A short quotation inside the open one, in the same marks
			// ("The word "negotiations" is a brave word"): it nests.
			stack = append(stack, opening{m: m, para: pi})
			continue
		}
		if i := innermost(stack, m.fam); i >= 0 {
			// A second opening mark of the same family: the first was
			// never closed.
			p.dropNested(stack[i+1:])
			o := stack[i]
			stack = stack[:i]
			if i == 0 {
				p.unclosed(o, pi, m.span.Start, true)
			}
		}
		stack = append(stack, opening{m: m, para: pi})
	}
	if len(stack) == 0 {
		return
	}
	p.dropNested(stack[1:])
	o := stack[0]
	if p.opensWith(next, o.m.fam) {
		frag := Fragment{Span: content(p.text, o.m.span.End, s.End), Open: o.m.span}
		if !frag.Span.IsEmpty() {
			o.frags = append(o.frags, frag)
		}
		p.carry = &o
		return
	}
	p.unclosed(o, pi, s.End, false)
}

// turnedOpen reports whether m, a closing glyph with nothing open before
// it, is an opening mark turned the wrong way: it follows a reporting verb
// and a comma or colon, and words follow it (He says,” there are …”).
func (p *pairer) turnedOpen(m mark, s Span) bool {
	text := p.text
	if m.fam != doubleMarks || !m.directed || m.glyphOpen {
		return false
	}
	if r, _ := runeBefore(text, skipSpaceBack(text, m.span.Start, s.Start)); r != ',' && r != ':' {
		return false
	}
	if r, _ := runeAt(text, skipSpace(text, m.span.End, s.End)); !isWordRune(r) {
		return false
	}
	var buf [1]word
	before := p.wordsBefore(buf[:0], m.span.Start, s.Start, 1)
	return len(before) == 1 && before[0].entry.Is(language.ReportingVerbs)
}

// nestedOnly reports whether the double quote marks of paragraph s, among
// marks, can only be quotations nested in speech marked by a dash: none
// opens the paragraph, and they pair into quotations of a few words
// ("… by calling it "negotiations." … - Kuleba wrote.").
func (r *reader) nestedOnly(marks []mark, s Span) bool {
	text := r.text
	var open *mark
	for i := range marks {
		m := &marks[i]
		if m.fam != doubleMarks {
			continue
		}
		if open == nil {
			if !m.canOpen || m.span.Start == skipSpace(text, s.Start, s.End) {
				return false
			}
			open = m
			continue
		}
		if !m.canClose || r.wordCount(Span{open.span.End, m.span.Start}, maxNestedWords+1) > maxNestedWords {
			return false
		}
		open = nil
	}
	return open == nil
}

// innermost returns the index in stack of the innermost opening of family
// fam, or -1.
func innermost(stack []opening, fam family) int {
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i].m.fam == fam {
			return i
		}
	}
	return -1
}

// dropNested records the opening marks of unclosed nested quotations as
// unpaired. Single marks are let go quietly: they are usually apostrophes.
func (p *pairer) dropNested(stack []opening) {
	for _, o := range stack {
		if o.m.fam != singleMarks || o.m.directed {
			p.unpaired.add(o.m.span)
		}
	}
}

// unclosed ends the quotation opened by o, whose closing mark is missing,
// at a point inferred before limit. reopened says that limit is another
// opening mark of the same family.
func (p *pairer) unclosed(o opening, para, limit int, reopened bool) {
	if o.m.fam == singleMarks {
		if o.m.directed {
			p.unpaired.add(o.m.span)
		}
		if len(o.frags) == 0 {
			return
		}
	}
	end := p.inferEnd(o.m.span.End, limit, reopened)
	p.emit(o, Fragment{Span: content(p.text, o.m.span.End, end), Open: o.m.span}, para, true)
}

// emit records the quotation opened by o and ended by last, in the
// paragraph p.paras[para].
func (p *pairer) emit(o opening, last Fragment, para int, unclosed bool) {
	frags := o.frags
	if !last.Span.IsEmpty() {
		frags = append(frags, last)
	}
	if len(frags) == 0 || !hasWord(p.text, frags) {
		return
	}
	p.quotes.add(rawQuote{frags: frags, first: o.para, last: para, unclosed: unclosed})
}

// hasWord reports whether any fragment holds a letter or digit.
func hasWord(text string, frags []Fragment) bool {
	for _, f := range frags {
		for _, r := range f.Span.In(text) {
			if isWordRune(r) {
				return true
			}
		}
	}
	return false
}

// content returns the quoted words between the end of an opening mark and
// the start of a closing one: trimmed of white space and of a final comma,
// which belongs to the sentence around the quotation.
func content(text string, start, end int) Span {
	if end < start {
		end = start
	}
	s := trim(text, Span{start, end})
	for !s.IsEmpty() && text[s.End-1] == ',' {
		s = trim(text, Span{s.Start, s.End - 1})
	}
	return s
}

// opensWith reports whether the paragraph s starts with an opening quote
// mark of family fam.
func (r *reader) opensWith(s Span, fam family) bool {
	if s.IsEmpty() {
		return false
	}
	m, ok := r.markAt(s, skipSpace(r.text, s.Start, s.End))
	return ok && m.fam == fam && m.canOpen
}

// inferEnd returns where a quotation whose words start at start, and whose
// closing mark is missing, most likely ends, no later than limit. It ends
// before an attribution inside it ("…quickly, he said. …"); failing that,
// after the last sentence before a new opening mark (reopened), or at limit.
func (r *reader) inferEnd(start, limit int, reopened bool) int {
	text := r.text
	if end, ok := r.attributionBreak(start, limit); ok {
		return end
	}
	if reopened {
		// The last sentence end before the new mark.
		for i := skipSpaceBack(text, limit, start); i > start; {
			r, n := runeBefore(text, i)
			if r == '.' || r == '!' || r == '?' || r == '…' {
				if after, _ := runeAt(text, i); i < limit && isSpace(after) {
					return i
				}
			}
			i -= n
		}
	}
	return limit
}

// maxBreakWords is the most words an attribution that interrupts an
// unclosed quotation may have ("the U.S. president stressed").
const maxBreakWords = 6

// maxNestedWords is the most words a quotation nested in another in the
// same marks may have.
const maxNestedWords = 4

// nestedAhead reports whether the opening mark m, met while a quotation
// in the same family of marks is open, opens a short quotation nested in
// it: the next mark of the family, among rest, closes it within a few
// words of the same sentence, and the sentence goes on after it in lower
// case ("The word "negotiations" is a brave word").
func (rd *reader) nestedAhead(rest []mark, m mark, s Span) bool {
	text := rd.text
	for _, n := range rest {
		if n.fam != m.fam {
			continue
		}
		if !n.canClose {
			return false
		}
		inner := Span{m.span.End, n.span.Start}
		if clauseEnd(text, inner.Start, inner.End) != inner.End {
			return false // the sentence ends inside: not a word or two
		}
		if n := rd.wordCount(inner, maxNestedWords+1); n == 0 || n > maxNestedWords {
			return false
		}
		i := n.span.End
		if r, k := runeAt(text, i); k > 0 && isSpace(r) && i+k < s.End {
			i += k
		} else {
			return false
		}
		r, _ := runeAt(text, i)
		return unicode.IsLower(r)
	}
	return false
}

// turnedClose reports whether the mark m of the paragraph s, which can
// only open by its glyph and place, stands where a quotation ends: right
// after a comma, full stop, question or exclamation mark (a space between
// them allowed), and right before a short attribution clause with a
// reporting verb ("…a deep abyss, “said Macron.").
func (rd *reader) turnedClose(m mark, s Span) bool {
	text := rd.text
	i := m.span.Start
	if r, n := runeBefore(text, i); n > 0 && isSpace(r) && i-n > s.Start {
		i -= n
	}
	r, n := runeBefore(text, i)
	if n == 0 || i <= s.Start || (r != ',' && r != '.' && r != '?' && r != '!') {
		return false
	}
	end := clauseEnd(text, m.span.End, s.End)
	var buf [maxBreakWords + 1]word
	ws := rd.appendWords(buf[:0], Span{m.span.End, end}, maxBreakWords+1)
	if len(ws) == 0 || len(ws) > maxBreakWords {
		return false
	}
	for _, w := range ws {
		if w.entry.Is(language.ReportingVerbs) {
			return true
		}
	}
	return false
}

// attributionBreak looks in text[start:limit] for punctuation followed by a
// short attribution clause ("…quickly, he said. …") and returns where the
// quoted words end: before a comma, after a full stop, question or
// exclamation mark.
func (rd *reader) attributionBreak(start, limit int) (int, bool) {
	text := rd.text
	for i := start; i < limit; {
		r, n := runeAt(text, i)
		i += n
		if r != ',' && r != '.' && r != '?' && r != '!' {
			continue
		}
		if i >= limit {
			break
		}
		if next, _ := runeAt(text, i); !isSpace(next) {
			continue
		}
		clauseEnd := clauseEnd(text, i, limit)
		var buf [maxBreakWords + 1]word
		ws := rd.appendWords(buf[:0], Span{i, clauseEnd}, maxBreakWords+1)
		if len(ws) == 0 || len(ws) > maxBreakWords || clauseEnd == limit {
			continue
		}
		for _, w := range ws {
			if w.entry.Is(language.ReportingVerbs) {
				if r == ',' {
					return i - n, true
				}
				return i, true
			}
		}
	}
	return 0, false
}

// clauseEnd returns the offset of the first clause punctuation at or after
// i, or limit.
func clauseEnd(text string, i, limit int) int {
	for i < limit {
		r, n := runeAt(text, i)
		switch r {
		case ',', '.', ';', ':', '?', '!':
			if r == '.' && isAbbreviationDot(text, i, limit) {
				break
			}
			return i
		}
		i += n
	}
	return limit
}

// isAbbreviationDot reports whether the full stop at i ends an abbreviation
// rather than a clause: it is inside an initialism ("U.S."), or follows a
// capitalised word of at most three letters ("Mr.", "Sen.", "Gen.").
func isAbbreviationDot(text string, i, limit int) bool {
	if next, _ := runeAt(text, i+1); i+1 < limit && isWordRune(next) {
		return true // U.S.
	}
	if prev, _ := runeBefore(text, i); isUpper(prev) && i >= 2 && text[i-2] == '.' {
		return true // the last dot of U.S.
	}
	start := i
	for start > 0 && i-start <= 3 {
		r, n := runeBefore(text, start)
		if !isWordRune(r) {
			break
		}
		start -= n
	}
	n := i - start
	if n == 0 || n > 3 {
		return false
	}
	if before, _ := runeBefore(text, start); isWordRune(before) {
		return false
	}
	first, _ := runeAt(text, start)
	return isUpper(first)
}
