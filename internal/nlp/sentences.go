package nlp

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/english"
)

// Splitter splits text into sentences. Safe for concurrent use.
//
// It runs the Punkt tokenizer of gopkg.in/neurosnap/sentences.v1/english on
// every line and then corrects Punkt's decisions with rules that know news
// abbreviations, initialisms, initials and closing quotation marks (see
// breakAfter and wordlists.txt). A Splitter is immutable after construction.
type Splitter struct {
	// punkt is only read by Tokenize-like calls: the tokenizer keeps its
	// training data in maps that it never writes after construction and
	// builds fresh tokens on every call, so sharing it is race-free
	// (TestSplitConcurrent checks this under -race).
	punkt *sentences.DefaultSentenceTokenizer
	lists wordLists
}

// defaultSplitter loads the Punkt english model once per process.
var defaultSplitter = sync.OnceValue(func() *Splitter {
	s, err := newSplitter()
	if err != nil {
		// Both inputs are embedded in the binary; failing here is a build
		// defect, not a run-time condition.
		panic("nlp: building the sentence splitter: " + err.Error())
	}
	return s
})

// Sentences returns the default Splitter, built once on first use; the Punkt
// english model is loaded only once per process.
func Sentences() *Splitter { return defaultSplitter() }

func newSplitter() (*Splitter, error) {
	lists, err := parseWordLists(wordListsText)
	if err != nil {
		return nil, err
	}
	punkt, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		return nil, err
	}
	return &Splitter{punkt: punkt, lists: lists}, nil
}

// Split returns the sentences of text[span] as byte spans of text (not
// relative to span), in order. Every sentence is trimmed of surrounding white
// space (including U+00A0 no-break space and the zero-width characters
// U+200B..U+200D, U+2060 and U+FEFF), never empty, never overlapping and lies
// within span. No sentence crosses a line break ("\n", "\r", U+2028, ...).
// A span with only white space gives nil. Out-of-range parts of span are
// ignored. Invalid UTF-8 is kept as is, each bad byte counting as a letter.
func (s *Splitter) Split(text string, span Span) []Span {
	start, end, ok := clamp(span, len(text))
	if !ok {
		return nil
	}
	var out []Span
	line := start
	for i := start; i < end; {
		r, n := decode(text, i, end)
		if isLineBreak(r) {
			out = s.splitLine(text, line, i, out)
			line = i + n
		}
		i += n
	}
	return s.splitLine(text, line, end, out)
}

// group is a word — a maximal run of non-space runes — or a few words glued
// together (a lone quotation mark belongs to its neighbour), as byte offsets
// of text.
type group struct {
	start, end int
	punkt      bool // Punkt put a sentence break after this group's text
}

// splitLine appends the sentences of the line text[start:end] to out.
func (s *Splitter) splitLine(text string, start, end int, out []Span) []Span {
	var words []group
	for i := start; i < end; {
		r, n := decode(text, i, end)
		if isSpace(r) {
			i += n
			continue
		}
		j := i + n
		for j < end {
			r, n := decode(text, j, end)
			if isSpace(r) {
				break
			}
			j += n
		}
		words = append(words, group{start: i, end: j})
		i = j
	}
	switch len(words) {
	case 0:
		return out
	case 1:
		return append(out, Span{words[0].start, words[0].end})
	}
	s.markPunkt(text, words)
	groups := attachQuotes(text, words)
	first := groups[0].start
	for k := 0; k+1 < len(groups); k++ {
		if s.breakAfter(text, groups[k], groups[k+1]) {
			out = append(out, Span{first, groups[k].end})
			first = groups[k+1].start
		}
	}
	return append(out, Span{first, groups[len(groups)-1].end})
}

// markPunkt runs Punkt over the words (one line) and sets punkt on each word
// that Punkt ends a sentence with.
func (s *Splitter) markPunkt(text string, words []group) {
	base := words[0].start
	seg := text[base:words[len(words)-1].end]
	if strings.ContainsFunc(seg, isZeroWidth) {
		// Punkt splits words at unicode.IsSpace only; blank the zero-width
		// characters out byte for byte so its offsets stay ours.
		b := []byte(seg)
		for i, r := range seg {
			if isZeroWidth(r) {
				for j := range utf8.RuneLen(r) {
					b[i+j] = ' '
				}
			}
		}
		seg = string(b)
	}
	for _, p := range s.punktBreaks(seg) {
		p += base
		// The last word ending at or before p; Punkt reports the offset of
		// the white space after the word (or the end of the text).
		k := sort.Search(len(words), func(k int) bool { return words[k].end > p }) - 1
		if k >= 0 {
			words[k].punkt = true
		}
	}
}

// punktBreaks returns the byte offsets of seg after which Punkt ends a
// sentence. Punkt is not known to panic on any input (FuzzSplit covers it),
// but should it, the rules alone decide.
func (s *Splitter) punktBreaks(seg string) (pos []int) {
	defer func() {
		if recover() != nil {
			pos = nil
		}
	}()
	return s.punkt.SentencePositions(seg)
}

// attachQuotes glues words that are only closing quotation marks or brackets
// to the word before them, and words that are only opening marks to the word
// after them, so that `stage. ”` ends after the mark and `“ And` starts at it.
func attachQuotes(text string, words []group) []group {
	groups := make([]group, 0, len(words))
	pending := -1 // start of opening marks waiting for their word
	for _, w := range words {
		t := text[w.start:w.end]
		switch {
		case len(groups) > 0 && pending < 0 && isClosingWord(t, text[groups[len(groups)-1].start:groups[len(groups)-1].end]):
			g := &groups[len(groups)-1]
			g.end, g.punkt = w.end, g.punkt || w.punkt
		case onlyRunes(t, isOpener):
			if pending < 0 {
				pending = w.start
			}
		default:
			if pending >= 0 {
				w.start, pending = pending, -1
			}
			groups = append(groups, w)
		}
	}
	if pending >= 0 {
		if len(groups) == 0 {
			return []group{{start: pending, end: words[len(words)-1].end}}
		}
		groups[len(groups)-1].end = words[len(words)-1].end
	}
	return groups
}

// isClosingWord reports whether the word t, which follows the word prev,
// consists only of closing marks. Straight quotes close only after
// punctuation ("yes ." is odd; `yes. "` closes, `said "` opens).
func isClosingWord(t, prev string) bool {
	if !onlyRunes(t, isCloser) {
		return false
	}
	if !onlyRunes(t, isOpener) {
		return true // some mark in t is unambiguously closing
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	return isCloser(last) || strings.ContainsRune(".?!,;:…", last)
}

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
	return strings.ContainsRune("”’\"')]}»›", r)
}

// isOpener reports whether r can open a quotation or a parenthesis.
func isOpener(r rune) bool {
	return strings.ContainsRune("“‘\"'([{«‹„", r)
}

// breakAfter decides whether a sentence ends after group g, given the group n
// that follows it on the same line. The rules, in order:
//
//  1. A sentence ends only after '.', '?', '!' or an ellipsis, possibly
//     followed by closing quotes or brackets.
//  2. Never before a word that starts in lower case (unless it is an
//     "iPhone"-like word): `“Is it?” he asked`, `the U.S. president`.
//  3. Always after '?' or '!'.
//  4. After an ellipsis, before a sentence starter or where Punkt says so.
//  5. Always after a closing quote or bracket: `stage.” Peskov`, `.)`.
//  6. Never after a title ("Mr.", "Gen.", "vs.").
//  7. Always before a capitalised sentence starter ("The", "He", ...).
//  8. Never after another known abbreviation ("Inc.", "Dec.", "St."), an
//     initialism ("U.S.", "a.m.") or a single initial ("W.").
//  9. Otherwise as Punkt decided.
func (s *Splitter) breakAfter(text string, g, n group) bool {
	gt := text[g.start:g.end]
	core := strings.TrimRightFunc(gt, func(r rune) bool { return isCloser(r) || isSpace(r) })
	closed := len(core) < len(gt)
	last, _ := utf8.DecodeLastRuneInString(core)
	if last != '.' && last != '?' && last != '!' && last != '…' {
		return false
	}
	next := strings.TrimLeftFunc(text[n.start:n.end], func(r rune) bool { return isOpener(r) || isSpace(r) })
	if first, _ := utf8.DecodeRuneInString(next); unicode.IsLower(first) && !hasInnerUpper(next) {
		return false
	}
	if last == '?' || last == '!' {
		return true
	}
	starter := s.isStarter(next)
	if last == '…' || strings.HasSuffix(core, "..") {
		return starter || g.punkt
	}
	if closed {
		return true
	}
	key := strings.TrimLeftFunc(core[:len(core)-1], isOpener)
	switch {
	case abbrevIn(s.lists.titles, key):
		return false
	case starter:
		return true
	case abbrevIn(s.lists.abbrevs, key) || isInitialism(key) || isInitial(key):
		return false
	}
	return g.punkt
}

// isStarter reports whether the word w begins with a capitalised sentence
// starter: "The", "It’s", "HE"; not "I." (an initial) nor "Theresa".
func (s *Splitter) isStarter(w string) bool {
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
	return s.lists.starters[strings.ToLower(w[:end])]
}

// hasInnerUpper reports whether the first word of w has an upper-case letter
// after its first rune ("iPhone", "eBay").
func hasInnerUpper(w string) bool {
	for i, r := range w {
		if isSpace(r) {
			return false
		}
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// isInitialism reports whether key (an abbreviation without its final period)
// is single letters joined by periods: "U.S", "a.m", "F.B.I".
func isInitialism(key string) bool {
	parts := strings.Split(key, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
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
