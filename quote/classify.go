package quote

import (
	"strings"

	"github.com/quotetrace/quotetrace/language"
)

// maxContext is the most bytes on either side of a quotation that the
// classification looks at: far more than any sentence, and a bound that
// keeps the work linear on pathological text.
const maxContext = 600

// maxGapWords is the most words an attribution between two fragments of
// one quotation may have ("Peskov told reporters on a conference call when
// asked if Putin and Trump had spoken by phone").
const maxGapWords = 25

// joinSplit finds the quotations of qs, an article's, that are fragments
// of one utterance split by its attribution: “…,” Peskov said. “…” is one
// quotation of two fragments. Two quotations are joined when they stand in
// one paragraph, both closed, with only an attribution between them, and
// the second has no attribution of its own. It marks the second joined to
// the first and returns the number of quotations left. paras are the
// article's paragraphs.
func (r *reader) joinSplit(paras []Paragraph, qs *chunkList[rawQuote]) int {
	text := r.text
	// The pairer finds them in text order; sort them should it not.
	sorted, after := true, -1
	for q := range qs.all() {
		sorted = sorted && q.frags[0].Span.Start > after
		after = q.frags[0].Span.Start
	}
	if !sorted {
		qs.sortFunc(func(a, b rawQuote) int { return a.frags[0].Span.Start - b.frags[0].Span.Start })
	}
	n := 0
	// The quotation q may be joined to: where its paragraphs end, whether
	// it is unclosed and its last fragment.
	var prev struct {
		last     int
		unclosed bool
		frag     Fragment
	}
	// join decides whether q is joined to prev, given the quotation after
	// it (nil for the last).
	join := func(q, next *rawQuote) {
		if n > 0 {
			limit := paras[q.last].Span.End
			if next != nil && next.first == q.last {
				limit = next.frags[0].Open.Start
			}
			if prev.last == q.first && !prev.unclosed && !q.unclosed && len(q.frags) == 1 &&
				endsAtBreak(text, prev.frag) &&
				r.isAttributionGap(Span{prev.frag.Close.End, q.frags[0].Open.Start}) &&
				!introducesNext(text, prev.frag, q.frags[0]) &&
				!r.hasOwnAttribution(q.frags[0], limit) &&
				!r.namesWork(paras[q.first], q.frags[0]) && !r.namesWork(paras[q.first], prev.frag) {
				q.joined = true
				prev.last, prev.frag = q.last, q.frags[0]
				return
			}
		}
		n++
		prev.last, prev.unclosed, prev.frag = q.last, q.unclosed, q.frags[len(q.frags)-1]
	}
	var q *rawQuote
	for next := range qs.all() {
		if q != nil {
			join(q, next)
		}
		q = next
	}
	if q != nil {
		join(q, nil)
	}
	return n
}

// appendQuotes appends to dst the quotations of qs, of the article ai
// whose paragraphs are paras, once joinSplit has joined them, with their
// kinds and texts, and empties qs.
func (r *reader) appendQuotes(dst []Quote, ai int, paras []Paragraph, qs *chunkList[rawQuote]) []Quote {
	var g rawQuote // the quotation being joined
	add := func() {
		dst = append(dst, Quote{
			Kind:      r.kindOf(paras, g),
			Text:      joinFragments(r.text, g.frags),
			Fragments: g.frags,
			Unclosed:  g.unclosed,
			Article:   ai,
		})
	}
	for q := range qs.all() {
		if q.joined {
			g.frags = append(g.frags, q.frags...)
			g.last = q.last
			continue
		}
		if g.frags != nil {
			add()
		}
		g = *q
	}
	if g.frags != nil {
		add()
	}
	*qs = chunkList[rawQuote]{}
	return dst
}

// namesWork reports whether the fragment f, of paragraph para, names a work
// or a show (see isTitle), so that it is no piece of a split quotation:
// in “…,” Smith said on NBC’s “Meet the Press,” adding, “…” the show's
// name is no words of Smith's.
func (r *reader) namesWork(para Paragraph, f Fragment) bool {
	end := f.Close.End
	if f.Close.IsEmpty() {
		end = f.Span.End
	}
	var beforeBuf [4]word
	before := r.wordsBefore(beforeBuf[:0], f.Open.Start, para.Span.Start, 3)
	var buf [maxTitleWords + 1]word
	inner := r.appendWords(buf[:0], f.Span, maxTitleWords+1)
	return r.isTitle(before, inner, f.Span, end, para.Span.End)
}

// endsAtBreak reports whether the fragment f ends a clause, so that an
// attribution may follow it: the quoted words end in punctuation
// (“…yesterday,” or “…?”), or punctuation follows the closing mark
// (‘…’, he said).
func endsAtBreak(text string, f Fragment) bool {
	i := skipSpaceBack(text, f.Close.Start, f.Span.Start)
	r, n := runeBefore(text, i)
	if r == '\'' || r == '’' {
		// A quotation nested at the end: “… like, ‘Oh, this matters,’ ”
		r, _ = runeBefore(text, i-n)
	}
	if strings.ContainsRune(",.?!…;:—–-", r) {
		return true
	}
	r, _ = runeAt(text, skipSpace(text, f.Close.End, len(text)))
	return strings.ContainsRune(",;:—–-", r)
}

// isAttributionGap reports whether the text in gap, between two quotations,
// is one short attribution: a reporting verb, no more than maxGapWords
// words, no sentence starting inside it, ending in punctuation.
func (r *reader) isAttributionGap(gap Span) bool {
	text := r.text
	g := trim(text, gap)
	if g.IsEmpty() {
		return false
	}
	if last, _ := runeBefore(text, g.End); !strings.ContainsRune(".,:;—–-", last) {
		return false
	}
	var buf [maxGapWords + 1]word
	ws := r.appendWords(buf[:0], g, maxGapWords+1)
	if len(ws) == 0 || len(ws) > maxGapWords {
		return false
	}
	verb := false
	for i, w := range ws {
		if w.entry.Is(language.ReportingVerbs) {
			verb = true
		}
		// A capitalised word after a full stop starts a new sentence.
		if i > 0 && startsSentence(text, ws[i-1], w) {
			return false
		}
	}
	return verb
}

// introducesNext reports whether the attribution between the fragments f
// and g opens a sentence of its own after f's and introduces g, with a
// colon or a comma before g's capital: in “…yours.” He added: “This …” the
// second quotation is a new one, not the rest of the first.
func introducesNext(text string, f, g Fragment) bool {
	if r, _ := runeBefore(text, skipSpaceBack(text, f.Close.Start, f.Span.Start)); !strings.ContainsRune(".?!", r) {
		return false
	}
	gap := trim(text, Span{f.Close.End, g.Open.Start})
	if r, _ := runeAt(text, gap.Start); !isUpper(r) {
		return false
	}
	if r, _ := runeBefore(text, gap.End); r != ':' && r != ',' {
		return false
	}
	r, _ := runeAt(text, g.Span.Start)
	return isUpper(r)
}

// startsSentence reports whether w, the word after prev, opens a sentence:
// it is capitalised and follows a full stop, question or exclamation mark,
// and prev is not a short abbreviation such as "Mr." or "Gen.".
func startsSentence(text string, prev, w word) bool {
	if r, _ := runeAt(text, w.span.Start); !isUpper(r) {
		return false
	}
	between := text[prev.span.End:w.span.Start]
	if strings.ContainsAny(between, "!?") {
		return true
	}
	if !strings.HasPrefix(between, ".") {
		return false
	}
	return !(len(prev.text) <= 3 && capitalised(prev.text))
}

// hasOwnAttribution reports whether a reporting verb follows the closing
// mark of f closely, within its sentence and before limit: “…,” she
// replied. When the quoted words end with a full stop and a capital
// follows, a new sentence begins and the verb is not the quotation's.
func (r *reader) hasOwnAttribution(f Fragment, limit int) bool {
	text := r.text
	i := f.Close.End
	if f.Close.IsEmpty() {
		i = f.Span.End
	}
	limit = min(limit, i+maxContext)
	if last, _ := runeBefore(text, f.Span.End); last == '.' {
		if next, _ := runeAt(text, skipSpace(text, i, limit)); isUpper(next) {
			return false
		}
	}
	n := 0
	for w := range r.wordsIn(Span{i, clauseEnd(text, i, limit)}) {
		if n++; n > maxOwnAttributionWords {
			break
		}
		if w.entry.Is(language.ReportingVerbs) {
			return true
		}
	}
	return false
}

// maxOwnAttributionWords is how many words after a quotation are searched
// for its reporting verb ("the Kremlin spokesman added").
const maxOwnAttributionWords = 6

// maxScareWords is the most words a scare quote may have.
const maxScareWords = 3

// kindOf decides whether q is a Direct or Partial quotation, or words in
// marks that nobody is said to have said: a ScareQuote, Title or Nickname.
// paras are the paragraphs of q's article.
func (r *reader) kindOf(paras []Paragraph, q rawQuote) Kind {
	text := r.text
	if len(q.frags) > 1 {
		return Direct
	}
	f := q.frags[0]
	para := paras[q.first].Span
	lastEnd := paras[q.last].Span.End
	start := f.Open.Start
	end := f.Close.End
	if f.Close.IsEmpty() {
		end = f.Span.End
	}
	var beforeBuf [4]word
	before := r.wordsBefore(beforeBuf[:0], start, para.Start, 3)
	var buf [maxTitleWords + 1]word
	inner := r.appendWords(buf[:0], f.Span, maxTitleWords+1)
	if r.isNickname(before, inner, end, lastEnd, isHeadlineOf(text, paras, q.first)) {
		return Nickname
	}
	if r.isTitle(before, inner, f.Span, end, lastEnd) || r.isCreditedHeadline(f, end, lastEnd) {
		return Title
	}
	if startsClause(text, para.Start, start, before, f.Span) && r.endsClause(f, lastEnd) {
		return Direct
	}
	if len(inner) <= maxScareWords {
		if n := len(before); n > 0 && before[n-1].entry.In.Any(language.SetOf(language.NicknameCues, language.TermCues)) {
			return ScareQuote // a name or a term, mentioned: the phrase “white flag”
		}
		// Quoted words in a headline are words someone said, the
		// convention of headlines: Senator calls plan ‘a disgrace’.
		if !isHeadlineOf(text, paras, q.first) && !r.hasReportingVerb(sentenceAround(text, para, Span{start, end})) {
			return ScareQuote
		}
	}
	return Partial
}

// startsClause reports whether the quotation opening at start begins a
// clause of its own: at the start of its paragraph or sentence, after a
// colon, comma or dash, or right after a reporting verb when its first
// word is capitalised (said “There …”).
func startsClause(text string, paraStart, start int, before []word, content Span) bool {
	i := skipSpaceBack(text, start, paraStart)
	if i == paraStart {
		return true
	}
	first, _ := runeAt(text, content.Start)
	switch r, _ := runeBefore(text, i); r {
	case ':', '.', '?', '!', ';', '—', '–', '-', '(', '…':
		return true
	case ',':
		// After a comma only a capital starts an utterance: he said,
		// “We will.” but not: the plan was, he said, “dead on arrival.”
		return isUpper(first)
	}
	if len(before) == 0 || !before[len(before)-1].entry.Is(language.ReportingVerbs) {
		return false
	}
	return isUpper(first)
}

// endsClause reports whether the quotation fragment f closes a clause: its
// words end in punctuation, or what follows is the end of the paragraph,
// punctuation or an attribution (“…” Peskov said).
func (r *reader) endsClause(f Fragment, paraEnd int) bool {
	text := r.text
	if last, _ := runeBefore(text, f.Span.End); strings.ContainsRune(".?!…,;:—–-", last) {
		return true
	}
	end := f.Close.End
	if f.Close.IsEmpty() {
		end = f.Span.End
	}
	i := skipSpace(text, end, paraEnd)
	if i >= paraEnd {
		return true
	}
	if r, _ := runeAt(text, i); strings.ContainsRune(".?!;:,—–)", r) {
		return true
	}
	return r.hasOwnAttribution(f, paraEnd)
}

// isNickname reports whether the words in marks are a nickname: short,
// capitalised and set inside a name (Dwayne “The Rock” Johnson smiled), or
// right after a cue such as "nicknamed" or "known as". In a headline where
// every word is capitalised, a name is not told by its capitals, so the
// word after the name must not be capitalised, and a name may not end the
// headline.
func (r *reader) isNickname(before, inner []word, end, paraEnd int, headline bool) bool {
	if len(inner) == 0 || len(inner) > 4 {
		return false
	}
	if n := len(before); n > 0 {
		if before[n-1].entry.Is(language.NicknameCues) && before[n-1].text != "so-called" {
			return true
		}
		if n > 1 && r.l.Has(language.NicknameCues, before[n-2].text+" "+before[n-1].text) {
			return true
		}
	}
	if len(before) == 0 || !capitalised(before[len(before)-1].text) || !allCapitalised(inner) {
		return false
	}
	var buf [2]word
	after := r.appendWords(buf[:0], Span{end, min(paraEnd, end+maxContext)}, 2)
	if len(after) == 0 || !capitalised(after[0].text) || after[0].span.Start-end > 1 {
		return false
	}
	// A headline's last word is not told from a name by its capital:
	// Site Shows Bias When It Comes To ‘Fact-Checking’ Republicans.
	return len(after) == 1 && !headline || len(after) == 2 && !capitalised(after[1].text)
}

// maxTitleWords is the most words a title in marks may have.
const maxTitleWords = 12

// isTitle reports whether the words in marks name a work or a show:
//
//   - right after a noun such as "book" or "film", or after "titled";
//   - in Title Case or capitals, and after a possessive (CNN’s “New Day”),
//     after "on" (he said on “Meet the Press”), or right before a noun
//     such as "star" or "episode" (the “Avatar” star);
//   - all in capitals, like a headline (‘EUROPEANS ASK IF …’).
func (r *reader) isTitle(before, inner []word, content Span, end, paraEnd int) bool {
	text := r.text
	if len(inner) == 0 || len(inner) > maxTitleWords {
		return false
	}
	n := len(before)
	last, _ := runeBefore(text, content.End)
	if n > 0 && before[n-1].entry.Is(language.TitleNouns) && last != '.' && last != ',' {
		// A comma after the words (the span leaves it out) ends a
		// title in apposition, in Title Case (the film, “Long Night,”
		// opens), or a clause of speech (of the episode, “I don’t like
		// it,” adding).
		if !strings.Contains(text[content.End:end], ",") || titleCase(inner) {
			return true
		}
	}
	if len(inner) >= 2 && allUpper(inner) {
		return true
	}
	if !titleCase(inner) {
		return false
	}
	if n > 0 && (r.isPossessive(before[n-1].text) || before[n-1].text == "on" || isPluralPossessive(text, before[n-1])) {
		return true
	}
	// The author of “…”, the host of “…”, an interview with “…”.
	if n > 1 && before[n-1].text == "of" && before[n-2].entry.Is(language.TitleFollowers) ||
		n > 1 && before[n-1].text == "with" && before[n-2].text == "interview" {
		return true
	}
	// The next word, with nothing but space between: the “Avatar” star.
	var buf [1]word
	after := r.appendWords(buf[:0], Span{end, min(paraEnd, end+maxContext)}, 1)
	return len(after) == 1 && isBlank(text, Span{end, after[0].span.Start}) &&
		after[0].entry.Is(language.TitleFollowers)
}

// isCreditedHeadline reports whether the quoted words of f are the headline
// of another article, credited to its writer: “Museum to close,” by the
// Times’ Jane Doe: …. A comma closes the words, inside or just outside the
// closing mark, and "by" and a capitalised name follow, maybe after "the".
func (r *reader) isCreditedHeadline(f Fragment, end, paraEnd int) bool {
	text := r.text
	if f.Close.IsEmpty() {
		return false
	}
	i := skipSpace(text, end, paraEnd)
	comma := false
	if strings.Contains(text[f.Span.End:f.Close.Start], ",") {
		comma = true
	} else if c, n := runeAt(text, i); c == ',' {
		comma = true
		i = skipSpace(text, i+n, paraEnd)
	}
	if !comma {
		return false
	}
	var buf [3]word
	after := r.appendWords(buf[:0], Span{i, min(paraEnd, i+maxContext)}, 3)
	if len(after) < 2 || after[0].span.Start != i || after[0].text != "by" {
		return false
	}
	if after[1].text == "the" && len(after) == 3 {
		after = after[1:] // by the Gazette's Ann Lee
	}
	return capitalised(after[1].text)
}

// maxHeadlineWords is the most words of a paragraph read as a headline by
// isHeadlineOf.
const maxHeadlineWords = 20

// isHeadlineOf reports whether paras[i] is its article's headline: one
// given the role, or the article's first paragraph, above its body, when
// it is short and one sentence (some corpora end every headline with a
// full stop).
func isHeadlineOf(text string, paras []Paragraph, i int) bool {
	body := false // a body follows: a line alone is not known to be one
	for j := i + 1; j < len(paras) && !body; j++ {
		body = paras[j].Role == Body
	}
	if !body {
		return false
	}
	if paras[i].Role == Headline {
		return true
	}
	for j := 0; j < i; j++ {
		if paras[j].Role.IsText() {
			return false
		}
	}
	s := strings.TrimSpace(paras[i].Span.In(text))
	if countWords(s, maxHeadlineWords+1) > maxHeadlineWords {
		return false
	}
	// One sentence: no full stop, question or exclamation mark before
	// its last word but after a word of more than three letters.
	s = strings.TrimRight(s, ".!?\"'”’»")
	for k := 0; k < len(s); k++ {
		if c := s[k]; (c == '.' || c == '!' || c == '?') && k+1 < len(s) && s[k+1] == ' ' {
			w := s[strings.LastIndexByte(s[:k], ' ')+1 : k]
			if len(w) > 3 {
				return false
			}
		}
	}
	return true
}

// titleCase reports whether ws are in Title Case: every word capitalised
// but the minor ones ("Meet the Press"), and at least one capitalised.
func titleCase(ws []word) bool {
	caps := 0
	for _, w := range ws {
		r, _ := runeAt(w.text, 0)
		switch {
		case isUpper(r):
			caps++
		case '0' <= r && r <= '9', w.entry.Is(language.MinorWords):
		default:
			return false
		}
	}
	return caps > 0
}

// allUpper reports whether ws hold letters and none of them in lower case.
func allUpper(ws []word) bool {
	letters := false
	for _, w := range ws {
		for _, r := range w.text {
			if isLower(r) {
				return false
			}
			letters = letters || isUpper(r)
		}
	}
	return letters
}

// isPossessive reports whether w ends in ’s or 's: CNN’s. A pronoun or a
// function word before it makes a contraction, not a possessive: It’s,
// That's, There’s.
func (r *reader) isPossessive(w string) bool {
	var stem string
	switch {
	case strings.HasSuffix(w, "’s"):
		stem = w[:len(w)-len("’s")]
	case strings.HasSuffix(w, "'s"):
		stem = w[:len(w)-len("'s")]
	default:
		return false
	}
	stem = strings.ToLower(stem)
	return !r.l.Has(language.SubjectPronouns, stem) && !r.l.Has(language.StopWords, stem)
}

// isPluralPossessive reports whether the word w ends in s and an apostrophe
// follows it: CBS’ “Evening News”, the Smiths' “Home Show”.
func isPluralPossessive(text string, w word) bool {
	if !strings.HasSuffix(w.text, "s") && !strings.HasSuffix(w.text, "S") {
		return false
	}
	r, _ := runeAt(text, w.span.End)
	return r == '\'' || r == '’'
}

// isBlank reports whether text[s] is all white space.
func isBlank(text string, s Span) bool {
	return trim(text, s).IsEmpty()
}

// hasReportingVerb reports whether any word of text[s] is a reporting verb.
func (r *reader) hasReportingVerb(s Span) bool {
	for w := range r.wordsIn(s) {
		if w.entry.Is(language.ReportingVerbs) {
			return true
		}
	}
	return false
}

// sentenceAround returns roughly the sentence of para that holds s: from
// the last sentence end before s to the first one after it.
func sentenceAround(text string, para, s Span) Span {
	// Look no further than maxContext bytes either way, so that a
	// paragraph without full stops costs linear time, not quadratic.
	para.Start = max(para.Start, s.Start-maxContext)
	para.End = min(para.End, s.End+maxContext)
	out := para
	// The marks are ASCII, so a search of the bytes finds them where a
	// walk through the runes would: no byte of a longer rune is ASCII.
	for j := s.Start - 1; j > para.Start; {
		k := strings.LastIndexAny(text[para.Start:j], ".!?")
		if k < 0 {
			break
		}
		i := para.Start + k + 1 // after the mark
		if next, _ := runeAt(text, i); isSpace(next) {
			out.Start = i
			break
		}
		j = i - 1
	}
	for i := s.End; i < para.End; {
		k := strings.IndexAny(text[i:para.End], ".!?")
		if k < 0 {
			break
		}
		i += k + 1
		if next, _ := runeAt(text, i); i >= para.End || isSpace(next) {
			out.End = i
			break
		}
	}
	return out
}

func capitalised(w string) bool {
	r, _ := runeAt(w, 0)
	return isUpper(r)
}

func allCapitalised(ws []word) bool {
	for _, w := range ws {
		if !capitalised(w.text) && len(w.text) > 3 {
			return false
		}
	}
	return true
}
