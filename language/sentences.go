package language

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file splits text into sentences on the tokens of Scan. A sentence
// can end only at a token that ends like one: '.', '?', '!', '…' or a word
// that ends in a period ("U.S.", "Inc."), with the closing quote marks and
// brackets after it. There the splitter reads the words around the token,
// as runs of characters between white space, and decides by the rules of
// breakAfter, which know news abbreviations, initialisms, initials and
// closing quote marks (the word lists of data/sentences.txt), and, where
// those rules leave the question open, by what the Punkt tokenizer of
// gopkg.in/neurosnap/sentences.v1/english would decide, from its trained
// English model (see punkt.go).

// A Sentence is one sentence of a text: the byte span [Start, End) of its
// words, without the white space around them.
type Sentence struct{ Start, End int }

// Text returns the sentence's text: text[s.Start:s.End].
func (s Sentence) Text(text string) string { return text[s.Start:s.End] }

// sentenceFile is the file of a Language's data that holds the word lists
// of the sentence rules.
const sentenceFile = "sentences.txt"

// sentenceLists are the words the sentence rules know, read from
// sentences.txt. They are never changed after they are read.
type sentenceLists struct {
	titles   map[string]bool // abbreviations that never end a sentence
	abbrevs  map[string]bool // abbreviations that rarely end a sentence
	starters map[string]bool // lower-cased sentence starters
}

// parseSentenceLists reads text in the format of data/sentences.txt.
func parseSentenceLists(text string) (*sentenceLists, error) {
	l := &sentenceLists{titles: map[string]bool{}, abbrevs: map[string]bool{}, starters: map[string]bool{}}
	var cur map[string]bool
	lower := false // whether cur holds lower-cased words
	for n, line := range strings.Split(text, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		switch {
		case line == "":
			continue
		case strings.HasPrefix(line, "["):
			switch line {
			case "[titles]":
				cur, lower = l.titles, false
			case "[abbreviations]", "[initialisms]":
				cur, lower = l.abbrevs, false
			case "[starters]":
				cur, lower = l.starters, true
			default:
				return nil, fmt.Errorf("language: %s line %d: unknown section %s", sentenceFile, n+1, line)
			}
			continue
		case cur == nil:
			return nil, fmt.Errorf("language: %s line %d: words before the first section", sentenceFile, n+1)
		}
		for _, w := range strings.Fields(line) {
			if strings.HasSuffix(w, ".") {
				return nil, fmt.Errorf("language: %s line %d: %q: write abbreviations without their final period", sentenceFile, n+1, w)
			}
			if lower {
				w = strings.ToLower(w)
			}
			cur[w] = true
		}
	}
	return l, nil
}

// Sentences returns the sentences of text[start:end], in order; see
// AppendSentences. It scans the text itself: a caller that has the tokens
// already passes them to AppendSentences.
func (l *Language) Sentences(text string, start, end int) []Sentence {
	return l.AppendSentences(nil, text, l.Scan(nil, text, start, end), start, end)
}

// AppendSentences appends the sentences of text[start:end] to dst and
// returns it. toks must be the tokens l.Scan gives for text[start:end]. The
// spans are of text (not relative to start), in order, never empty, never
// overlapping, trimmed of white space (as IsSpace has it) and within
// [start, end); parts of [start, end) outside text are ignored. No sentence
// crosses a line break (IsLineBreak). Invalid UTF-8 and format characters
// are kept inside sentences, as parts of their words.
//
// A sentence ends after '.', '?', '!' or '…' and the closing quote marks
// and brackets that follow it: not before a word in lower case ("“Is it?”
// he asked"), not after a title ("Mr.", "Gen."), and after an abbreviation
// ("Inc.", "Dec."), an initialism ("U.S.") or an initial ("George W. Bush")
// only before a sentence starter ("in the U.S. The next day"). The words
// are those of sentences.txt in the Language's data; where they do not
// decide, the trained English model of the Punkt tokenizer does.
func (l *Language) AppendSentences(dst []Sentence, text string, toks []Token, start, end int) []Sentence {
	start, end = max(start, 0), min(end, len(text))
	if start >= end {
		return dst
	}
	s := splitter{text: text, start: start, end: end, lists: l.sentences}
	open, last := -1, 0 // the sentence being read: its start and the end of its last word
	pos := start        // the text before pos has been read
	k := 0
	for {
		// The white space, invalid UTF-8 and format characters before the
		// next token.
		for k < len(toks) && toks[k].Start < pos {
			k++ // the closing marks of a sentence already ended
		}
		next := end
		if k < len(toks) && toks[k].End <= end {
			next = toks[k].Start
		}
		for i := pos; i < next; {
			if text[i] == ' ' {
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:end])
			switch {
			case IsLineBreak(r):
				if open >= 0 {
					dst = append(dst, Sentence{open, last})
					open = -1
				}
			case IsSpace(r):
			default:
				if open < 0 {
					open = i
				}
				last = i + n
			}
			i += n
		}
		if next == end {
			break
		}
		t := toks[k]
		k++
		if open < 0 {
			open = t.Start
		}
		last, pos = t.End, t.End
		if !s.canEnd(t) {
			continue
		}
		if e, ok := s.breakAfter(t); ok {
			dst = append(dst, Sentence{open, e})
			open, pos = -1, e
		}
	}
	if open >= 0 {
		dst = append(dst, Sentence{open, last})
	}
	return dst
}

// MaxSentences returns a number of sentences that AppendSentences appends
// no more of, given the same text, tokens and span, reading the tokens
// alone (and the white space between them where it is more than a space),
// so that a caller can allocate the sentences of a text at once: one, one
// more for each token that can end a sentence and has a word after it on
// its line, past its closing marks, and not in lower case, and one more
// for each line break after words. It is exact for a paragraph of one
// sentence; titles and abbreviations ("Mr.", "U.S.") are counted as ends.
func (l *Language) MaxSentences(text string, toks []Token, start, end int) int {
	start, end = max(start, 0), min(end, len(text))
	if start >= end {
		return 0
	}
	s := splitter{text: text, start: start, end: end}
	n := 1
	pos := start
	open := false // a sentence may have started since the last line break
	ends := false // the token before pos can end a sentence
	for _, t := range toks {
		if t.Start < pos || t.End > end {
			continue // as AppendSentences ignores them
		}
		g := readGap(text[pos:t.Start], open)
		n += g.breaks
		switch {
		case !ends:
		case t.Start == pos && onlyRunes(t.Text(text), isCloser):
			// The closing marks after the token before belong to its
			// word: the sentence may end after them.
			open, pos = true, t.End
			continue
		case t.Start == pos:
			// The word goes on ("U.S.-based"): no sentence ends in it.
		case g.breakFirst:
			// No word follows on the line.
		case !g.words && t.Kind == Word && startsLower(text[t.Start:end]):
			// No sentence ends before a word in lower case: `“Is it?”
			// he asked`, `the U.S. president`.
		default:
			n++
		}
		ends, open, pos = s.canEnd(t), true, t.End
	}
	g := readGap(text[pos:end], open)
	n += g.breaks
	if ends && !g.breakFirst && g.words {
		n++
	}
	return n
}

// startsLower reports whether the word that s starts with, up to a space,
// starts in lower case and is no "iPhone", as breakAfter asks of the word
// after a sentence's end.
func startsLower(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(first) && !hasInnerUpper(s)
}

// A gap is what MaxSentences knows of the text between two tokens.
type gap struct {
	breaks     int  // the line breaks that may end a sentence
	breakFirst bool // a line break comes before anything but space
	words      bool // it holds something but space
}

// readGap reads the text s between two tokens; open reports that a
// sentence may be open at its start.
func readGap(s string, open bool) gap {
	var g gap
	if s == " " || s == "" {
		return g
	}
	for _, r := range s {
		switch {
		case IsLineBreak(r):
			if open {
				g.breaks++
				open = false
			}
			if !g.words {
				g.breakFirst = true
			}
		case !IsSpace(r):
			g.words, open = true, true
		}
	}
	return g
}

// splitter decides where the sentences of text[start:end] end.
type splitter struct {
	text       string
	start, end int
	lists      *sentenceLists
}

// canEnd reports whether a sentence may end with t: it is '.', '?', '!',
// '…' or a word that ends in a period.
func (s *splitter) canEnd(t Token) bool {
	switch t.Kind {
	case Punct:
		c := s.text[t.Start]
		return c == '.' || c == '?' || c == '!' || s.text[t.Start:t.End] == "…"
	case Word:
		return s.text[t.End-1] == '.'
	}
	return false
}

// breakAfter decides whether a sentence ends after the token t, which can
// end one, and where: after the closing marks that follow it. The words are
// those around t, runs of characters between white space: W, the word that
// t ends (but for closing marks), and M, the next word on t's line that is
// not only closing or opening marks. The rules, in order:
//
//  1. A sentence ends only where W is followed by a word M on its line.
//  2. Never before an M that starts in lower case (unless it is an
//     "iPhone"-like word): `“Is it?” he asked`, `the U.S. president`.
//  3. Always after '?' or '!'.
//  4. After an ellipsis, before a sentence starter or where Punkt says so.
//  5. Always after a closing quote or bracket: `stage.” Peskov`, `.)`.
//  6. Never after a title ("Mr.", "Gen.", "vs.").
//  7. Always before a capitalised sentence starter ("The", "He", ...).
//  8. Never after another known abbreviation ("Inc.", "Dec.", "St."), an
//     initialism ("U.S.", "a.m.") or a single initial ("W.").
//  9. Otherwise as Punkt decides.
func (s *splitter) breakAfter(t Token) (int, bool) {
	text := s.text
	// The closing marks in W after t.
	wEnd := t.End
	for wEnd < s.end {
		r, n := utf8.DecodeRuneInString(text[wEnd:s.end])
		if IsSpace(r) {
			break
		}
		if !isCloser(r) {
			return 0, false // W goes on: "U.S.-based", "3.5", "’s"
		}
		wEnd += n
	}
	closed := wEnd > t.End
	sentEnd := wEnd
	// Words of closing marks after W belong to its sentence; words of
	// opening marks, to the next one.
	n1, n1End, ok := s.wordAfter(wEnd)
	if !ok {
		return 0, false
	}
	m, mEnd := n1, n1End
	for onlyRunes(text[m:mEnd], isCloser) {
		sentEnd, closed = mEnd, true
		if m, mEnd, ok = s.wordAfter(mEnd); !ok {
			return 0, false
		}
	}
	for onlyRunes(text[m:mEnd], isOpener) {
		if m, mEnd, ok = s.wordAfter(mEnd); !ok {
			return 0, false
		}
	}
	next := strings.TrimLeftFunc(text[m:mEnd], isOpener)
	if first, _ := utf8.DecodeRuneInString(next); unicode.IsLower(first) && !hasInnerUpper(next) {
		return 0, false
	}
	last := '.'
	if t.Kind == Punct {
		last, _ = utf8.DecodeRuneInString(text[t.Start:t.End])
	}
	if last == '?' || last == '!' {
		return sentEnd, true
	}
	starter := s.isStarter(next)
	wStart := s.wordStart(t.Start)
	if last == '…' || t.End-2 >= wStart && text[t.End-2] == '.' {
		return sentEnd, starter || s.punkt(wStart, wEnd, n1, n1End)
	}
	if closed {
		return sentEnd, true
	}
	// The abbreviation W is, without its period and opening marks. Opening
	// marks set apart before W ("“ Mr.") make it no abbreviation.
	pending := s.afterOpeners(wStart)
	key := strings.TrimLeftFunc(text[wStart:t.End-1], isOpener)
	switch {
	case !pending && abbrevIn(s.lists.titles, key):
		return 0, false
	case starter:
		return sentEnd, true
	case !pending && (abbrevIn(s.lists.abbrevs, key) || isInitialism(key) || isInitial(key)):
		return 0, false
	}
	return sentEnd, s.punkt(wStart, wEnd, n1, n1End)
}

// punkt reports whether Punkt ends a sentence after the word
// text[wStart:wEnd], whose next word is text[n1:n1End].
func (s *splitter) punkt(wStart, wEnd, n1, n1End int) bool {
	w := s.text[wStart:wEnd]
	var prev, n, n2 pword
	if w == "." {
		if ps, pe, ok := s.wordBefore(wStart); ok {
			prev = pword{s.text[ps:pe], true}
		}
	}
	n = pword{s.text[n1:n1End], !s.droppedByPunkt(n1, n1End)}
	if n.ok && strings.ContainsAny(n.text, ".!?") {
		if ns, ne, ok := s.wordAfter(n1End); ok {
			n2 = pword{s.text[ns:ne], !s.droppedByPunkt(ns, ne)}
		}
	}
	return punktModel().breakAfter(w, prev, n, n2)
}

// droppedByPunkt reports whether Punkt's word tokenizer leaves out the word
// text[ws:we]: it does so with the last word of a line whose last
// character takes more than one byte.
func (s *splitter) droppedByPunkt(ws, we int) bool {
	if _, size := utf8.DecodeLastRuneInString(s.text[ws:we]); size <= 1 {
		return false
	}
	_, _, more := s.wordAfter(we)
	return !more
}

// afterOpeners reports whether the word starting at wStart has words of
// opening marks set apart before it in its sentence (`“ Mr.`): words of
// only opening marks, not taken as the closing marks of the word before.
func (s *splitter) afterOpeners(wStart int) bool {
	text := s.text
	first, firstEnd, ok := s.wordBefore(wStart)
	if !ok || !onlyRunes(text[first:firstEnd], isOpener) {
		return false
	}
	for {
		qs, qe, ok := s.wordBefore(first)
		if !ok {
			return true // they open the line
		}
		if !onlyRunes(text[qs:qe], isOpener) {
			// The word before them, Q, ends the sentence so far. Straight
			// marks right after it close it when Q ends in punctuation or
			// a closing mark; the first other mark opens.
			r, _ := utf8.DecodeLastRuneInString(text[qs:qe])
			if !isCloser(r) && !strings.ContainsRune(".?!,;:…", r) {
				return true
			}
			for ws, we := first, firstEnd; ws < wStart; ws, we, _ = s.wordAfter(we) {
				if !onlyRunes(text[ws:we], isStraightMark) {
					return true
				}
			}
			return false
		}
		first, firstEnd = qs, qe
	}
}

// wordAfter returns the word (a run of characters between white space)
// after white space from i on i's line: ok is false when a line break or
// the end comes first.
func (s *splitter) wordAfter(i int) (ws, we int, ok bool) {
	for i < s.end {
		if s.text[i] == ' ' {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s.text[i:s.end])
		if IsLineBreak(r) {
			return 0, 0, false
		}
		if !IsSpace(r) {
			ws = i
			break
		}
		i += n
	}
	if i >= s.end {
		return 0, 0, false
	}
	for i < s.end {
		r, n := utf8.DecodeRuneInString(s.text[i:s.end])
		if IsSpace(r) {
			break
		}
		i += n
	}
	return ws, i, true
}

// wordBefore returns the word before white space that ends at i on i's
// line: ok is false when a line break or the start comes first.
func (s *splitter) wordBefore(i int) (ws, we int, ok bool) {
	for i > s.start {
		r, n := utf8.DecodeLastRuneInString(s.text[s.start:i])
		if IsLineBreak(r) {
			return 0, 0, false
		}
		if !IsSpace(r) {
			break
		}
		i -= n
	}
	if i <= s.start {
		return 0, 0, false
	}
	we = i
	return s.wordStart(i), we, true
}

// wordStart returns the start of the word that holds the byte before i.
func (s *splitter) wordStart(i int) int {
	for i > s.start {
		r, n := utf8.DecodeLastRuneInString(s.text[s.start:i])
		if IsSpace(r) {
			break
		}
		i -= n
	}
	return i
}

// isStarter reports whether the word w begins with a capitalised sentence
// starter: "The", "It’s", "HE"; not "I." (an initial) nor "Theresa".
func (s *splitter) isStarter(w string) bool {
	end := 0
	for i, r := range w {
		if !unicode.IsLetter(r) {
			break
		}
		end = i + utf8.RuneLen(r)
	}
	first, size := utf8.DecodeRuneInString(w)
	if end == 0 || !unicode.IsUpper(first) {
		return false
	}
	if end == size && end < len(w) && w[end] == '.' {
		return false
	}
	var buf [32]byte
	return s.lists.starters[string(appendLower(buf[:0], w[:end]))]
}

// hasInnerUpper reports whether the first word of w has an upper-case letter
// after its first rune ("iPhone", "eBay").
func hasInnerUpper(w string) bool {
	for i, r := range w {
		if IsSpace(r) {
			return false
		}
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// onlyRunes reports whether s is not empty and f holds for each of its
// runes.
func onlyRunes(s string, f func(rune) bool) bool {
	for _, r := range s {
		if !f(r) {
			return false
		}
	}
	return s != ""
}

// isCloser reports whether r can close a quotation or a parenthesis.
func isCloser(r rune) bool {
	switch r {
	case '”', '’', '"', '\'', ')', ']', '}', '»', '›':
		return true
	}
	return false
}

// isOpener reports whether r can open a quotation or a parenthesis.
func isOpener(r rune) bool {
	switch r {
	case '“', '‘', '"', '\'', '(', '[', '{', '«', '‹', '„':
		return true
	}
	return false
}

// isStraightMark reports whether r is a straight quote mark, which opens
// and closes alike.
func isStraightMark(r rune) bool { return r == '"' || r == '\'' }

// abbrevIn reports whether key, an abbreviation without its final period, is
// in set as written or, when key is in capitals, in its title-case form.
func abbrevIn(set map[string]bool, key string) bool {
	if set[key] {
		return true
	}
	if !isAllUpper(key) || utf8.RuneCountInString(key) < 2 {
		return false
	}
	r, size := utf8.DecodeRuneInString(key)
	var buf [32]byte
	return set[string(appendLower(utf8.AppendRune(buf[:0], r), key[size:]))]
}

// isAllUpper reports whether s has at least one letter and no lower-case one.
func isAllUpper(s string) bool {
	letter := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letter = letter || unicode.IsLetter(r)
	}
	return letter
}

// isInitialism reports whether key (an abbreviation without its final period)
// is single letters joined by periods: "U.S", "a.m", "F.B.I".
func isInitialism(key string) bool {
	if strings.IndexByte(key, '.') < 0 {
		return false
	}
	for p := range strings.SplitSeq(key, ".") {
		if !isInitialLetter(p, unicode.IsLetter) {
			return false
		}
	}
	return true
}

// isInitial reports whether key is one capital letter ("W" of "George W.").
func isInitial(key string) bool { return isInitialLetter(key, unicode.IsUpper) }

func isInitialLetter(s string, f func(rune) bool) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && n > 0 && r != utf8.RuneError && f(r)
}
