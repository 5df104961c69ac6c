package quote

import (
	"strings"

	"github.com/quotetrace/quotetrace/language"
)

// A family groups quote marks that pair with each other.
type family uint8

const (
	doubleMarks family = iota // " “ ” „ ‟
	singleMarks               // ' ‘ ’ ‚ ‛ ‹ ›
	guillemets                // « »
)

// A mark is one quote mark in the text and what it may do there.
type mark struct {
	span      Span
	fam       family
	canOpen   bool
	canClose  bool
	directed  bool // the glyph says which way it faces: “ ‘ „ « open, ” ’ » close
	glyphOpen bool // for directed marks, whether the glyph is an opening one
}

// isTrigger marks the bytes that can start a quote mark in UTF-8: the ASCII
// quotes and backquote, 0xC2 (« ») and 0xE2 (the General Punctuation block).
var isTrigger = [256]bool{'"': true, '\'': true, '`': true, 0xC2: true, 0xE2: true}

// classifyMark returns the family of the rune r used as a quote mark, and
// whether its glyph faces one way (and which); ok is false when r is not a
// quote mark. The ASCII " and ' face no way: context decides.
func classifyMark(r rune) (fam family, directed, glyphOpen, ok bool) {
	switch r {
	case '"':
		return doubleMarks, false, false, true
	case '\'':
		return singleMarks, false, false, true
	case '“', '„', '‟':
		return doubleMarks, true, true, true
	case '”':
		return doubleMarks, true, false, true
	case '‘', '‚', '‛', '‹':
		return singleMarks, true, true, true
	case '’', '›':
		return singleMarks, true, false, true
	case '«':
		return guillemets, true, true, true
	case '»':
		return guillemets, true, false, true
	}
	return 0, false, false, false
}

// findMarks appends the quote marks in text[s] to dst, with what each may
// do, and returns it.
func (r *reader) findMarks(dst []mark, s Span) []mark {
	text := r.text
	out := dst
	for i := s.Start; i < s.End; {
		if !isTrigger[text[i]] {
			i++
			continue
		}
		m, ok := r.markAt(s, i)
		if !ok {
			_, n := runeAt(text, i)
			i += n
			continue
		}
		if m.canOpen || m.canClose {
			out = append(out, m)
		}
		i = m.span.End
	}
	return out
}

// markAt returns the quote mark at byte i of text[s], with what it may do
// there; ok is false when no mark starts at i.
func (r *reader) markAt(s Span, i int) (m mark, ok bool) {
	text := r.text
	c, n := runeAt(text, i)
	fam, directed, glyphOpen, ok := classifyMark(c)
	// Typewriter style writes double marks as two single ones:
	// ''like this'' or ``like this''.
	if (c == '\'' || c == '`') && i+1 < s.End && text[i+1] == text[i] {
		fam, directed, glyphOpen, ok = doubleMarks, c == '`', c == '`', true
		n = 2
	}
	if !ok || i+n > s.End {
		return mark{}, false
	}
	m = mark{span: Span{i, i + n}, fam: fam, directed: directed, glyphOpen: glyphOpen}
	m.canOpen, m.canClose = r.flanking(s, m)
	return m, true
}

// flanking decides from the characters around m whether it can open or
// close a quotation, in the manner of CommonMark's flanking rules: an
// opening mark has no space after it and a boundary before it; a closing
// mark has no space before it and a boundary after it.
func (r *reader) flanking(s Span, m mark) (canOpen, canClose bool) {
	text := r.text
	prev, _ := runeBefore(text, m.span.Start)
	if m.span.Start <= s.Start {
		prev = -1
	}
	next, _ := runeAt(text, m.span.End)
	if m.span.End >= s.End {
		next = -1
	}
	spaceBefore := prev < 0 || isSpace(prev)
	spaceAfter := next < 0 || isSpace(next)
	boundaryBefore := spaceBefore || isOpeningPunct(prev) || language.IsQuoteMark(prev)
	boundaryAfter := spaceAfter || isClosingPunct(next) || language.IsQuoteMark(next)

	if m.fam == doubleMarks && (prev == ',' || prev == ';') && m.directed && m.glyphOpen {
		// A space left out after a comma: he said,“Look …”.
		boundaryBefore = true
	}
	canOpen = boundaryBefore && !spaceAfter
	canClose = boundaryAfter && !spaceBefore
	if m.fam == doubleMarks && prev < 0 && next >= 0 {
		// A double mark that opens its paragraph closes nothing there,
		// whichever way its glyph faces or a space follows it: ” … the
		// station,” wrote the weekly.
		return true, false
	}

	if m.fam == singleMarks {
		// Inside a word it is an apostrophe: It’s, can't.
		if isWordRune(prev) && isWordRune(next) {
			return false, false
		}
		if canOpen && r.isElided(m.span.End, s.End) {
			canOpen = false
		}
	}
	if m.fam == guillemets {
		// French sets guillemets off with spaces (« Bonjour »), so the
		// glyph decides; German turns them round (»Hallo«), which the
		// flanking shows.
		if m.glyphOpen {
			return true, canClose && !canOpen
		}
		return canOpen && !canClose, true
	}
	if m.fam == doubleMarks && !m.directed && spaceBefore && spaceAfter && prev >= 0 && next >= 0 {
		// A straight mark set off by spaces on both sides, as French
		// typography spaces its marks (« lucid. » typed as "lucid. "):
		// after the end of a sentence or clause, it closes; after a colon,
		// it opens.
		before, _ := runeBefore(text, skipSpaceBack(text, m.span.Start, s.Start))
		if before == '\'' || before == '’' {
			// A quotation nested in this one has just closed, and a
			// space set the two marks apart: “… treat it like, 'Oh,
			// this is important,' " he said.
			return false, true
		}
		return before == ':', strings.ContainsRune(".!?…,", before)
	}
	if m.directed && !m.glyphOpen && !spaceBefore && strings.ContainsRune(".!?", prev) && isUpper(next) {
		// A space left out after a closing mark that ends a sentence:
		// “… so do voters!”After the rally, …
		return false, true
	}
	if m.directed {
		// A curly mark faces the way its glyph does, unless the text
		// around it says plainly otherwise (German „…“, Swedish ”…”).
		if m.glyphOpen {
			canClose = canClose && !canOpen
		} else {
			canOpen = canOpen && !canClose
		}
	}
	return canOpen, canClose
}

// isElided reports whether the word starting at i (just after an apostrophe)
// is an elision such as 'n', 'em or a decade such as '90s.
func (r *reader) isElided(i, end int) bool {
	text := r.text
	j := i
	for j < end {
		r, n := runeAt(text, j)
		if !isWordRune(r) {
			break
		}
		j += n
	}
	w := text[i:j]
	if len(w) >= 2 && isDigit(w[0]) && isDigit(w[1]) && (len(w) == 2 || w[2:] == "s") {
		return true
	}
	return w != "" && r.l.Has(language.Elisions, w)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isOpeningPunct reports whether r may stand right before an opening mark.
func isOpeningPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':', '…':
		return true
	}
	return false
}

// isClosingPunct reports whether r may stand right after a closing mark.
func isClosingPunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '/', '…':
		return true
	}
	return false
}
