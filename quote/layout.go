package quote

import (
	"strings"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/language"
)

// A block is a paragraph while the layout is being worked out.
type block struct {
	span   Span // trimmed of white space; never empty
	blanks int  // blank lines between this block and the one before
	role   Role
	dupOf  int // index of the earlier block this one repeats, or -1
}

// layout splits text into articles of paragraphs with their roles.
func layout(l *language.Language, text string) []Article {
	blocks := paragraphs(text)
	if len(blocks) == 0 {
		return nil
	}
	assignRoles(l, text, blocks)
	var arts []Article
	start := 0
	hasText := false // whether the current article has had running text
	for i := 0; i <= len(blocks); i++ {
		if i == len(blocks) || i > start && hasText && startsArticle(l, text, blocks, i) {
			arts = append(arts, newArticle(text, blocks[start:i]))
			start, hasText = i, false
		}
		if i < len(blocks) && blocks[i].role == Body && endsSentence(blocks[i].span.In(text)) {
			hasText = true
		}
	}
	return arts
}

// paragraphs splits text into blocks: one a line, or one per run of
// non-blank lines when the text is hard-wrapped.
func paragraphs(text string) []block {
	// Count the lines that are not blank first, to allocate their
	// blocks at once: grown by appending, they took up to three times
	// the room while the array was copied, and the text can be many
	// millions of short lines.
	n := 0
	for start := 0; start < len(text); {
		end, next := lineAt(text, start)
		if !trim(text, Span{start, end}).IsEmpty() {
			n++
		}
		start = next
	}
	lines := make([]block, 0, n)
	blanks := 0
	for start := 0; start < len(text); {
		end, next := lineAt(text, start)
		if s := trim(text, Span{start, end}); !s.IsEmpty() {
			lines = append(lines, block{span: s, blanks: blanks, dupOf: -1})
			blanks = 0
		} else {
			blanks++
		}
		start = next
	}
	if !hardWrapped(text, lines) {
		return lines
	}
	out := lines[:0] // the paragraphs, in place of their lines
	for _, l := range lines {
		if len(out) > 0 && l.blanks == 0 {
			out[len(out)-1].span.End = l.span.End
			continue
		}
		out = append(out, l)
	}
	return out
}

// lineAt returns the end of the line of text that starts at start, before
// its line ending, and the start of the next line. A line ends at \n,
// \r\n or a lone \r. The search stops at the first of them, so that text
// of any line endings is read once.
func lineAt(text string, start int) (end, next int) {
	end = strings.IndexAny(text[start:], "\r\n")
	if end < 0 {
		return len(text), len(text)
	}
	end += start
	next = end + 1
	if text[end] == '\r' && next < len(text) && text[next] == '\n' {
		next++
	}
	return end, next
}

// hardWrapped reports whether lines look wrapped at a fixed width inside
// paragraphs separated by blank lines: the lines followed by another line
// of the same block are short, and many of them stop mid-sentence with the
// next line going on in lower case. Text with one paragraph a line, as
// scraped from web pages, has long lines and capitals after each break.
func hardWrapped(text string, lines []block) bool {
	inner, short, continued := 0, 0, 0
	for i := 0; i+1 < len(lines); i++ {
		if lines[i+1].blanks > 0 {
			continue
		}
		inner++
		if lines[i].span.Len() <= maxWrapWidth {
			short++
		}
		next, _ := runeAt(text, lines[i+1].span.Start)
		if !endsSentence(lines[i].span.In(text)) && isLower(next) {
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

// assignRoles gives each block its role from its own words and from the
// blocks around it.
func assignRoles(l *language.Language, text string, blocks []block) {
	seen := make(map[string]int, len(blocks))
	for i := range blocks {
		b := &blocks[i]
		s := b.span.In(text)
		b.role = roleOf(l, s)
		// Only paragraphs of some length count as repeats: a short
		// answer such as "No." may well be said twice.
		if countWords(s, minRepeatWords) < minRepeatWords {
			continue
		}
		if j, ok := seen[s]; ok {
			b.dupOf = j
			if b.role == Body || b.role == Caption {
				b.role = Duplicate
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
	for _, w := range (&reader{l: l, text: inner}).words(Span{0, len(inner)}, 0) {
		// Split "Photo/Evan" style credits on slashes.
		for part := range strings.SplitSeq(w.text, "/") {
			if l.Has(language.CreditWords, part) {
				return true
			}
		}
	}
	return false
}

// startsArticle reports whether blocks[i] begins a new article, given that
// the current one has had running text: it is a headline set apart by two
// or more blank lines, followed soon by what follows a headline on a news
// page: a photo caption or a repeat of the headline.
func startsArticle(l *language.Language, text string, blocks []block, i int) bool {
	b := blocks[i]
	if b.blanks < 2 || b.role != Body || b.dupOf >= 0 {
		return false
	}
	s := b.span.In(text)
	if !isHeadline(s) || titleCaseShare(l, s) < 0.6 {
		return false
	}
	for j := i + 1; j < len(blocks) && j <= i+10; j++ {
		if blocks[j].dupOf == i || j <= i+3 && blocks[j].role == Caption {
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
	for _, w := range (&reader{l: l, text: s}).words(Span{0, len(s)}, 0) {
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

// newArticle makes an article of blocks, choosing its headline and marking
// the teasers for other stories at its end.
func newArticle(text string, blocks []block) Article {
	a := Article{Span: Span{blocks[0].span.Start, blocks[len(blocks)-1].span.End}}
	for i := range blocks {
		if blocks[i].role != Body {
			continue
		}
		if isHeadline(blocks[i].span.In(text)) {
			blocks[i].role = Headline
			a.Headline = blocks[i].span
		}
		break
	}
	markTeasers(text, blocks)
	a.Paragraphs = make([]Paragraph, len(blocks))
	for i, b := range blocks {
		a.Paragraphs[i] = Paragraph{Span: b.span, Role: b.role}
	}
	return a
}

// markTeasers marks as Teaser the run of two or more body paragraphs ending
// in an ellipsis at the end of an article (skipping page furniture): the
// cut-off headlines of other stories.
func markTeasers(text string, blocks []block) {
	var run []int
	for i := len(blocks) - 1; i >= 0; i-- {
		b := blocks[i]
		if b.role == Body {
			s := strings.TrimSpace(b.span.In(text))
			if !strings.HasSuffix(s, "…") && !strings.HasSuffix(s, "...") {
				break
			}
			run = append(run, i)
			continue
		}
		if b.role == Headline {
			break
		}
	}
	if len(run) < 2 {
		return
	}
	for _, i := range run {
		blocks[i].role = Teaser
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
