package quote

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/language"
)

// A block is what the layout knows of a paragraph, beside its span and
// role, while it is being worked out: two bytes, since a text can be
// millions of paragraphs.
type block struct {
	// blanks is the number of blank lines between the paragraph and the
	// one before, up to 255.
	blanks uint8
	// dup is, for a paragraph that repeats an earlier one, how many
	// paragraphs before it that one is, up to 255 (255: 255 or more); 0
	// for a paragraph that repeats none.
	dup uint8
}

// saturate returns n, or 255 when n is more.
func saturate(n int) uint8 { return uint8(min(n, 255)) }

// layout splits text into articles of paragraphs with their roles. The
// articles' Paragraphs share one array.
func layout(l *language.Language, text string) []Article {
	paras, blocks := paragraphs(text)
	if len(paras) == 0 {
		return nil
	}
	assignRoles(l, text, paras, blocks)
	var arts []Article
	start := 0
	hasText := false // whether the current article has had running text
	for i := 0; i <= len(paras); i++ {
		if i == len(paras) || i > start && hasText && startsArticle(l, text, paras, blocks, i) {
			arts = append(arts, newArticle(text, paras[start:i:i]))
			start, hasText = i, false
		}
		if i < len(paras) && paras[i].Role == Body && endsSentence(paras[i].Span.In(text)) {
			hasText = true
		}
	}
	return arts
}

// paragraphs splits text into paragraphs, their roles not yet given, and
// what the layout knows of each: one a line, or one per run of non-blank
// lines when the text is hard-wrapped.
func paragraphs(text string) ([]Paragraph, []block) {
	// Count the lines that are not blank first, to allocate their
	// paragraphs at once: grown by appending, they took up to three
	// times the room while the array was copied, and the text can be
	// many millions of short lines.
	n, nl := 0, -1
	for start := 0; start < len(text); {
		end, next := lineAt(text, start, &nl)
		if !trim(text, Span{start, end}).IsEmpty() {
			n++
		}
		start = next
	}
	if n == 0 {
		return nil, nil
	}
	lines := make([]Paragraph, 0, n)
	blocks := make([]block, 0, n)
	blanks := 0
	nl = -1
	for start := 0; start < len(text); {
		end, next := lineAt(text, start, &nl)
		if s := trim(text, Span{start, end}); !s.IsEmpty() {
			lines = append(lines, Paragraph{Span: s})
			blocks = append(blocks, block{blanks: saturate(blanks)})
			blanks = 0
		} else {
			blanks++
		}
		start = next
	}
	if !hardWrapped(text, lines, blocks) {
		return lines, blocks
	}
	// The paragraphs, in place of their lines.
	out, outBlocks := lines[:0], blocks[:0]
	for i, l := range lines {
		if len(out) > 0 && blocks[i].blanks == 0 {
			out[len(out)-1].Span.End = l.Span.End
			continue
		}
		out, outBlocks = append(out, l), append(outBlocks, blocks[i])
	}
	// The articles keep the paragraphs: in about the room they take.
	if cap(out)-len(out) > len(out)/8 {
		out = slices.Clone(out)
	}
	return out, outBlocks
}

// lineAt returns the end of the line of text that starts at start, before
// its line ending, and the start of the next line. A line ends at \n,
// \r\n or a lone \r. *nl holds where the first \n at or after an earlier
// start is (len(text) for none; start a walk with -1): IndexByte, which
// reads many bytes at once, finds each \n once, and a \r is looked for only
// before it, so that text of any line endings is read once.
func lineAt(text string, start int, nl *int) (end, next int) {
	if *nl < start {
		if i := strings.IndexByte(text[start:], '\n'); i >= 0 {
			*nl = start + i
		} else {
			*nl = len(text)
		}
	}
	if cr := strings.IndexByte(text[start:*nl], '\r'); cr >= 0 {
		end = start + cr
		next = end + 1
		if next < len(text) && text[next] == '\n' {
			next++
		}
		return end, next
	}
	if *nl == len(text) {
		return len(text), len(text)
	}
	return *nl, *nl + 1
}

// hardWrapped reports whether lines look wrapped at a fixed width inside
// paragraphs separated by blank lines: the lines followed by another line
// of the same block are short, and many of them stop mid-sentence with the
// next line going on in lower case. Text with one paragraph a line, as
// scraped from web pages, has long lines and capitals after each break.
func hardWrapped(text string, lines []Paragraph, blocks []block) bool {
	inner, short, continued := 0, 0, 0
	for i := 0; i+1 < len(lines); i++ {
		if blocks[i+1].blanks > 0 {
			continue
		}
		inner++
		if lines[i].Span.Len() <= maxWrapWidth {
			short++
		}
		next, _ := runeAt(text, lines[i+1].Span.Start)
		if !endsSentence(lines[i].Span.In(text)) && isLower(next) {
			continued++
		}
	}
	return inner >= 3 && short*10 >= inner*8 && continued*10 >= inner*4
}

// maxWrapWidth is the longest line, in bytes, of a hard-wrapped text.
const maxWrapWidth = 100

// endsSentence reports whether s ends like a sentence: with terminal
// punctuation, possibly inside closing quote marks or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’»)]")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") ||
		strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…") || strings.HasSuffix(s, ":")
}

// minRepeatWords is the fewest words a paragraph must have to be taken for
// a repeat of an earlier one.
const minRepeatWords = 5

// assignRoles gives each paragraph its role from its own words and from
// the paragraphs around it, and marks in blocks those that repeat another.
func assignRoles(l *language.Language, text string, paras []Paragraph, blocks []block) {
	// Only paragraphs of some length count as repeats: a short answer
	// such as "No." may well be said twice. Count them first, to make
	// the map of them at its size.
	long := 0
	for _, p := range paras {
		if countWords(p.Span.In(text), minRepeatWords) >= minRepeatWords {
			long++
		}
	}
	var seen map[string]int
	if long > 0 {
		seen = make(map[string]int, long)
	}
	for i := range paras {
		p := &paras[i]
		s := p.Span.In(text)
		p.Role = roleOf(l, s)
		if countWords(s, minRepeatWords) < minRepeatWords {
			continue
		}
		if j, ok := seen[s]; ok {
			blocks[i].dup = saturate(i - j)
			if p.Role == Body || p.Role == Caption {
				p.Role = Duplicate
			}
		} else {
			seen[s] = i
		}
	}
}

// roleOf returns the role a paragraph has on its own words: Body unless it
// is noise, navigation, a source line, a signature or a caption.
func roleOf(l *language.Language, s string) Role {
	switch {
	case isNoise(s):
		return Noise
	case isNavigation(l, s):
		return Navigation
	case isSourceLine(l, s):
		return Source
	case isSignature(s):
		return Signature
	case isCaption(l, s):
		return Caption
	}
	return Body
}

// isNoise reports whether s is a scrap of page interface: no letters, or
// three characters or fewer without sentence punctuation ("TT", "20").
func isNoise(s string) bool {
	for _, r := range s {
		if isWordRune(r) && !('0' <= r && r <= '9') {
			// A letter: noise only if the whole is a scrap.
			return len(s) <= 3*utf8.UTFMax && utf8.RuneCountInString(s) <= 3 && !endsSentence(s)
		}
	}
	return true
}

// isSourceLine reports whether s says where the article came from:
// "Source: vnexpress.net", "Reporting by ...".
func isSourceLine(l *language.Language, s string) bool {
	s = strings.TrimLeft(s, "-–—*• ")
	_, ok := l.HasPrefix(language.SourcePrefixes, s)
	return ok
}

// isSignature reports whether s is a reporter's signature: an e-mail
// address alone, or a short byline "By Jane Doe".
func isSignature(s string) bool {
	if isEmailAddress(s) {
		return true
	}
	rest, ok := strings.CutPrefix(s, "By ")
	if !ok {
		return false
	}
	if n := countWords(rest, 7); n == 0 || n > 6 || endsSentence(rest) && !strings.HasSuffix(rest, ".") {
		return false
	}
	for _, w := range strings.Fields(rest) {
		r := []rune(w)[0]
		if !isUpper(r) && w != "and" && w != "of" {
			return false
		}
	}
	return true
}

// isEmailAddress reports whether s is one e-mail address, with no other words.
func isEmailAddress(s string) bool {
	local, domain, ok := strings.Cut(s, "@")
	if !ok || local == "" || !strings.Contains(domain, ".") || strings.HasSuffix(domain, ".") {
		return false
	}
	return !strings.ContainsAny(s, " \t()<>,;:\"'“”") && !strings.Contains(domain, "@")
}

// isCaption reports whether s is a photo caption or credit: it starts like
// one ("FILE -", "Photo:") or ends with a credit in brackets
// ("(Alexander Kazakov, Sputnik, Kremlin Pool Photo via AP, File)").
func isCaption(l *language.Language, s string) bool {
	if _, ok := l.HasPrefix(language.CaptionPrefixes, s); ok {
		return true
	}
	t := strings.TrimRight(s, ". ")
	if !strings.HasSuffix(t, ")") {
		return false
	}
	open := strings.LastIndexByte(t, '(')
	if open < 0 {
		return false
	}
	inner := t[open+1 : len(t)-1]
	for w := range (&reader{l: l, text: inner}).wordsIn(Span{0, len(inner)}) {
		// Split "Photo/Evan" style credits on slashes.
		for part := range strings.SplitSeq(w.text, "/") {
			if l.Has(language.CreditWords, part) {
				return true
			}
		}
	}
	return false
}

// startsArticle reports whether paras[i] begins a new article, given that
// the current one has had running text: it is a headline set apart by two
// or more blank lines, followed soon by what follows a headline on a news
// page: a photo caption or a repeat of the headline.
func startsArticle(l *language.Language, text string, paras []Paragraph, blocks []block, i int) bool {
	if blocks[i].blanks < 2 || paras[i].Role != Body || blocks[i].dup > 0 {
		return false
	}
	s := paras[i].Span.In(text)
	if !isHeadline(s) || titleCaseShare(l, s) < 0.6 {
		return false
	}
	for j := i + 1; j < len(paras) && j <= i+10; j++ {
		if int(blocks[j].dup) == j-i || j <= i+3 && paras[j].Role == Caption {
			return true
		}
	}
	return false
}

// isHeadline reports whether s reads like a headline: a few words, starting
// with a capital, not ending like a sentence (a question mark is allowed).
func isHeadline(s string) bool {
	n := countWords(s, 31)
	if n < 2 || n > 30 {
		return false
	}
	if r, _ := runeAt(s, 0); isLower(r) {
		return false
	}
	t := strings.TrimRight(s, "\"'”’»")
	return !(strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, ":") ||
		strings.HasSuffix(t, ";") || strings.HasSuffix(t, ",") || strings.HasSuffix(t, "…"))
}

// titleCaseShare returns the share of s's words of four letters or more
// that start with a capital letter.
func titleCaseShare(l *language.Language, s string) float64 {
	long, upper := 0, 0
	for w := range (&reader{l: l, text: s}).wordsIn(Span{0, len(s)}) {
		if len(w.text) < 4 {
			continue
		}
		long++
		if r, _ := runeAt(w.text, 0); isUpper(r) {
			upper++
		}
	}
	if long == 0 {
		return 0
	}
	return float64(upper) / float64(long)
}

// newArticle makes an article of paras, choosing its headline and marking
// the teasers for other stories at its end.
func newArticle(text string, paras []Paragraph) Article {
	a := Article{Span: Span{paras[0].Span.Start, paras[len(paras)-1].Span.End}, Paragraphs: paras}
	for i := range paras {
		if paras[i].Role != Body {
			continue
		}
		if isHeadline(paras[i].Span.In(text)) {
			paras[i].Role = Headline
			a.Headline = paras[i].Span
		}
		break
	}
	markTeasers(text, paras)
	return a
}

// markTeasers marks as Teaser the run of two or more body paragraphs ending
// in an ellipsis at the end of an article (skipping page furniture): the
// cut-off headlines of other stories.
func markTeasers(text string, paras []Paragraph) {
	var run []int
	for i := len(paras) - 1; i >= 0; i-- {
		p := paras[i]
		if p.Role == Body {
			s := strings.TrimSpace(p.Span.In(text))
			if !strings.HasSuffix(s, "…") && !strings.HasSuffix(s, "...") {
				break
			}
			run = append(run, i)
			continue
		}
		if p.Role == Headline {
			break
		}
	}
	if len(run) < 2 {
		return
	}
	for _, i := range run {
		paras[i].Role = Teaser
	}
}

// countWords returns the number of space-separated words in s, counting no
// further than max.
func countWords(s string, max int) int {
	n, inWord := 0, false
	for _, r := range s {
		if isSpace(r) {
			inWord = false
			continue
		}
		if !inWord {
			n++
			if n >= max {
				return n
			}
			inWord = true
		}
	}
	return n
}
