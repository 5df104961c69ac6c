package attribution

import (
	"sort"

	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
)

// minIndirectWords is the fewest words reported speech may have.
const minIndirectWords = 3

// indirectConfidence scales a cue's confidence for reported speech, whose
// extent is less certain than a quotation's.
const indirectConfidence = 0.85

// notSpeech reports whether the verb of cue c seldom introduces reported
// speech without quote marks (language.NotSpeech), unless it is "call for"
// or a verb of quoting ("quoted X as saying").
func notSpeech(c *cue) bool {
	return c.verbIs(language.NotSpeech) && c.after == 0 && !callsFor(c) && !callsNames(c) && !callsPhraseNames(c)
}

// callsNames reports whether the cue c is "call" naming someone or
// something with words of the speaker: "called him a liar", "calls Trump
// a fascist", "called it a disgrace". The object, a pronoun or a name, is
// followed by "a", "an" or "the".
func callsNames(c *cue) bool {
	if !c.verbIs(language.CallVerbs) {
		return false
	}
	toks := c.sent.toks
	k := c.end()
	if k >= toks.len() {
		return false
	}
	if o := toks.at(k); o.kind() != word || !o.capitalized() && !o.is("him") && !o.is("her") && !o.is("them") && !o.is("it") && !o.is("this") {
		return false
	}
	for j := k + 1; j < toks.len() && j <= k+3; j++ {
		t := toks.at(j)
		if t.is("a") || t.is("an") || t.is("the") {
			return true
		}
		if t.kind() != word || !t.capitalized() {
			return false
		}
	}
	return false
}

// indirect adds the reported speech of the article: each cue with a
// speaker that no quotation took, whose content is not in quote marks.
func (st *state) indirect(res *Result) {
	links := st.links[:0]
	for si := range st.sentences {
		s := &st.sentences[si]
		if st.art.Paragraphs[s.para].Role != quote.Body {
			continue // headlines report without saying who
		}
		cues := s.cues()
		var said []quote.Span // the reported words of the sentence so far
		for j := range cues {
			c := &cues[j]
			if !c.used && !c.markOnly && !c.speaker.ok() {
				st.documentSpeaker(c) // "A new poll last month showed"
			}
			if c.used || c.markOnly || !c.speaker.ok() && c.stance && !thatFollows(c) || notSpeech(c) {
				continue
			}
			if c.stance && withinRecent(said, c.sent.toks.at(c.start).span()) {
				continue // "he said they want …": the words are already his
			}
			if c.stance && c.start > 0 && afterAmount(c.sent.toks.at(c.start-1)) {
				continue // a noun: "38 percent support"
			}
			if readerSubject(c) {
				continue // "Do you support Donald Trump?": the reader, whom no one reports
			}
			if afterQuotation(c) {
				continue // "“…,” said the printed slate card": the words are the quotation's
			}
			var frags []quote.Fragment
			text := ""
			before, after, ok := parenthetical(c)
			if ok {
				b, e := spanOf(c.sent.toks, before), spanOf(c.sent.toks, after)
				frags = []quote.Fragment{{Span: b}, {Span: e}}
				text = st.spanText(b) + " " + st.spanText(e)
			} else {
				var content quote.Span
				if content, ok = st.content(c); ok && notWords(c, content) {
					ok = false // "found himself in a bind", "wrote the memo"
				}
				if ok {
					content = st.infinitiveSpan(c, content) // "declined to comment, saying …"
					frags = []quote.Fragment{{Span: content}}
					text = st.spanText(content)
				}
			}
			if !ok || !c.speaker.ok() && !thatFollows(c) && !st.coreSpeech(c) && !speakerlessReport(c) {
				// With no speaker, only a verb of saying or one with a
				// "that" clause reports speech: "and said that …",
				// "Republicans who have called for …".
				continue
			}
			cu := c.text(st.text)
			a := Attribution{
				Quote: quote.Quote{
					Kind:      quote.Indirect,
					Text:      text,
					Fragments: frags,
					Article:   st.ai,
				},
				Speaker:    c.speaker.speaker(st.text),
				Cue:        &cu,
				Confidence: c.confidence * indirectConfidence,
			}
			if !c.negated {
				a.Outlet = st.outletFor(c) // "did not respond to a Reuters request" gave Reuters nothing
			}
			if a.Outlet != nil {
				a.OutletScope = ScopeSentence // outletFor looks in the cue's sentence alone
			}
			c.used = true
			if !c.negated {
				links = append(links, outletLink{quote: len(res.Quotes), first: si, last: si, cue: c, entity: c.entity, indirect: true})
			}
			said = append(said, quote.Span{Start: frags[0].Span.Start, End: frags[len(frags)-1].Span.End})
			res.Quotes = append(res.Quotes, a)
		}
		st.uncued(s, said, res)
	}
	st.linkOutlets(res, links) // outlets named beyond the sentence
	st.links = links
}

// parenthetical returns the two parts of the words that cue c and its
// speaker, set between commas, interrupt: "This campaign, he says, is
// different"; "…, which, the mayor said, is full on game days". The words
// before start after the comma before them, at most a clause back; those
// after run to the end of their clause. It reports false when c is no
// such parenthesis, or either part holds a quotation.
func parenthetical(c *cue) (before, after phrase, ok bool) {
	if !c.verb && !c.according || c.markOnly || c.participle || c.subject.empty() {
		return phrase{}, phrase{}, false
	}
	toks := c.sent.toks
	var open, close int // the commas around the cue and its speaker
	switch {
	case c.inverted && c.subject.start > c.start:
		open, close = skipBack(toks, c.start)-1, c.subject.end // ", said Tompkins,"
	case c.subject.end <= c.start:
		open, close = c.subject.start-1, skipCircumstance(toks, c.end()) // ", Tompkins said,"
	default:
		return phrase{}, phrase{}, false
	}
	if open < 1 || close+1 >= toks.len() || toks.at(open).text() != "," || toks.at(close).text() != "," {
		return phrase{}, phrase{}, false
	}
	next := toks.at(close + 1)
	if c.according && opensClause(toks, c.start) {
		return phrase{}, phrase{}, false // "But, according to X, …" has its words after
	}
	if next.kind() != word || next.capitalized() && !c.according || (next.in(language.ClauseOpeners) || next.in(language.ClauseStarts) || hasSuffixFold(next.text(), "ing")) && !goesOn(next) {
		return phrase{}, phrase{}, false // ", he said, adding …", "…, he said, and …"
	}
	from := clauseStart(c.sent, open)
	for k := open - 1; k > from; k-- {
		if toks.at(k).text() == "," {
			from = k + 1 // "…, which, he said, …"
			break
		}
	}
	end := toks.len()
	end = clauseCut(toks, close+1, end)
	end = nextSubject(c.sent, close+1, end)
	for end > close+1 && toks.at(end-1).kind() == punct {
		end--
	}
	before, after = phrase{from, open}, phrase{close + 1, end}
	if before.end <= before.start || after.end <= after.start || speakerApposition(toks, after) {
		return phrase{}, phrase{}, false
	}
	for _, p := range [2]phrase{before, after} {
		for k := p.start; k < p.end; k++ {
			if inQuotation(toks, k) {
				return phrase{}, phrase{}, false
			}
		}
	}
	return before, after, true
}

// readerSubject reports whether the subject of cue c is "you" alone: in
// the writer's words (reported speech is read outside quotations) that is
// the reader, or anyone ("Do you support Trump?", "You know, the ones
// who …"), and no speaker whose words are reported.
func readerSubject(c *cue) bool {
	return c.subject.end-c.subject.start == 1 && c.sent.toks.at(c.subject.start).is("you")
}

// afterQuotation reports whether the verb of cue c follows a quotation
// with no subject before it: "“…,” said master of ceremonies Ann Lee".
// What follows such a verb is its speaker, never reported words, even where
// no speaker is known.
func afterQuotation(c *cue) bool {
	if !c.verb || c.participle || c.start == 0 || !c.subject.empty() && c.subject.end <= c.start {
		return false
	}
	toks := c.sent.toks
	k := c.start - 1
	if toks.at(k).text() == "," && k > 0 {
		k--
	}
	return toks.at(k).kind() == mark || toks.at(k).quote() >= 0
}

// speakerApposition reports whether the words p after a speaker's commas
// are a noun phrase with no verb of its own, which describes the speaker
// rather than going on with the words: "…, said Howard Rubel, a senior
// analyst at Jefferies", "…, said Ann Lee, the party chairman in Ohio".
// With a definite determiner, a person's title must head it. Words that go
// on have a verb: "…, he said, the plan failed".
func speakerApposition(toks tokens, p phrase) bool {
	if p.end-p.start > maxObjectTags {
		return false
	}
	switch first := toks.at(p.start); {
	case first.is("a") || first.is("an"):
	case first.in(language.Determiners):
		if !titled(toks, p) {
			return false // "…, he said, the bank made demands"
		}
	default:
		return false
	}
	for k := p.start; k < p.end; k++ {
		switch tg := roughTag(toks, k); {
		case tg == "WDT":
			return true // "a strategist who worked for Bush": the rest is the noun's
		case finiteTag(tg) || tg == "VBG":
			return false
		}
	}
	return true
}

// titled reports whether a person's title heads the noun phrase p, within
// its first words: "the party chairman in Ohio", "his chief of staff".
func titled(toks tokens, p phrase) bool {
	for k := p.start + 1; k < p.end && k <= p.start+3; k++ {
		t := toks.at(k)
		if t.kind() != word {
			return false
		}
		if t.in(language.PersonTitles) {
			return true
		}
	}
	return false
}

// goesOn reports whether t, after a speaker's parenthesis, goes on with
// the speaker's sentence rather than the writer's: "…, he said, because
// he prizes electability", "…, they say, but he is still …".
func goesOn(t token) bool {
	return t.is("because") || t.is("since") || t.is("but") || t.is("including")
}

// maxSceneWords is the most words a phrase of where or how words were said
// has ("in posing the question to the governor"): reported words that are
// no more than such a phrase are none.
const maxSceneWords = 6

// afterAmount reports whether t is a number or "percent", after which a
// verb form is a noun: "38 percent support", "a 12-point lead".
func afterAmount(t token) bool {
	return isNumber(t.text()) || t.is("percent") || t.is("%")
}

// unnamedBefore returns the comma before the few words, no more than
// three, that stand between it and token i ("…, election officials
// said"), or -1.
func unnamedBefore(toks tokens, i int) int {
	for j := i - 1; j >= 0 && i-j <= 4; j-- {
		t := toks.at(j)
		if t.text() == "," {
			if j == i-1 {
				return -1
			}
			return j
		}
		if t.kind() != word || t.quote() >= 0 {
			return -1
		}
	}
	return -1
}

// opensClause reports whether token k opens its clause: only a
// conjunction and commas stand between it and the start of the sentence
// or a colon, semicolon or dash ("But, according to the poll, …").
func opensClause(toks tokens, k int) bool {
	for j := k - 1; j >= 0; j-- {
		t := toks.at(j)
		switch {
		case t.text() == ":" || t.text() == ";" || t.text() == "—" || t.text() == "–":
			return true
		case t.text() == "," || t.in(language.Conjunctions) || t.in(language.ClauseStarts):
		default:
			return false
		}
	}
	return true
}

// isParticle reports whether token k is a particle that joins a verb of
// stance before its object: "pointed out", "focused on", "referring to"
// before a noun phrase ("referring to the convention"), not the "to" of an
// infinitive ("refused to punish").
func isParticle(toks tokens, k int) bool {
	if k >= toks.len() {
		return false
	}
	t := toks.at(k)
	if t.is("to") {
		return k+1 < toks.len() && (toks.at(k+1).capitalized() || toks.at(k+1).in(language.Determiners))
	}
	return t.is("out") || t.is("on") || t.is("about")
}

// negatedFrom reports whether a negation stands in tokens [from, to).
func negatedFrom(toks tokens, from, to int) bool {
	for k := from; k < to; k++ {
		if toks.at(k).in(language.Negations) {
			return true
		}
	}
	return false
}

// within reports whether span sp lies inside one of spans.
func within(spans []quote.Span, sp quote.Span) bool {
	for _, o := range spans {
		if o.Start <= sp.Start && sp.End <= o.End {
			return true
		}
	}
	return false
}

// content returns the span of the words that cue c reports, or false when
// there are none or they hold a quotation (which is then the speech).
func (st *state) content(c *cue) (quote.Span, bool) {
	toks := c.sent.toks
	var from, to int // tokens [from, to)
	least := minIndirectWords
	object := false
	switch {
	case c.according && opensClause(toks, c.start):
		// "According to X, …", past words that describe X ("According
		// to the officer in charge of the base that night, …").
		from = c.subject.end
		for k := from; k < toks.len() && k-from <= maxReach; k++ {
			if t := toks.at(k); t.text() == "," {
				from = k + 1
				break
			} else if t.quote() >= 0 || t.kind() != word && t.kind() != possessive {
				break
			}
		}
		to = toks.len()
	case c.according || c.contentBefore:
		// "…, according to X." and "…, X said."
		comma := c.start - 1
		if !c.according {
			comma = c.subject.start - 1
		}
		for lo := comma - 2*maxContent; comma >= 0 && comma > lo && toks.at(comma).text() != ","; {
			comma--
		}
		if comma < 0 || toks.at(comma).text() != "," {
			comma = -1 // no comma near enough: nothing before is the words
		}
		from, to = clauseStart(c.sent, comma), comma
		if c.according && comma >= 0 && from > 0 && (toks.at(from-1).is("and") || toks.at(from-1).is("but") || isDash(toks.at(from-1).text())) {
			// "X will pick delegates, and Trump is shut out, according
			// to Y": a source vouches for the whole sentence.
			from = clauseStart(c.sent, from-1)
			for from > 0 && (toks.at(from-1).is("and") || toks.at(from-1).is("but") || isDash(toks.at(from-1).text())) {
				from = clauseStart(c.sent, from-1)
			}
		}
	case !c.inverted && !c.subject.empty() && c.subject.end <= c.start && unnamedBefore(toks, c.subject.start) >= minContentWords &&
		clauseEnds(toks, skipCircumstance(toks, c.end())):
		// "…, election officials said.": words the speaker's phrase did
		// not take stand between the comma and it.
		comma := unnamedBefore(toks, c.subject.start)
		from, to = clauseStart(c.sent, comma), comma
	case c.inverted && c.subject.start > c.start:
		// "…, said X."
		comma := c.start - 1
		if comma < 0 || toks.at(comma).text() != "," {
			return quote.Span{}, false
		}
		from, to = 0, comma
	default:
		from = c.end()
		if !c.object.empty() {
			from = c.object.end
		}
		if c.after > 0 {
			from = c.after
		}
		if from == c.end() {
			if j, ok := questionPastListener(toks, from); ok {
				from = j // "asked Clinton on Friday whether …": the question, not the one asked
			}
		}
		if callsFor(c) {
			from = c.end() + 1 // "called for a special prosecutor"
		} else if c.stance && from == c.end() && isParticle(toks, from) {
			from++ // "pointed out that", "referring to", "focused on"
			least = 1
		}
		if k := skipCircumstance(toks, from); !negatedFrom(toks, from, k) {
			from = k // not "not" of "urged Putin not to escalate"
		}
		from = skipCitation(c.sent, from)
		from = skipPrepositional(toks, from)
		object = true
		if from < toks.len() && toks.at(from).is("that") && !thatDeterminer(c.sent, from) {
			from++ // "said that …", not "dismissed that notion"
			object = false
		}
		if nestedReport(c, from) {
			// "The Post reported that Trump told the newspaper that …":
			// the words are the inner speaker's; the outer cue cites the
			// outlet that reported them.
			return quote.Span{}, false
		}
		object = object && !c.verbIs(language.CoreSpeech)
		// The words are cut to maxContent below; what lies further in a
		// sentence that never ends is not read, so that it stays linear.
		to = nextClause(c, from, min(toks.len(), from+2*maxContent))
		to = nextSubject(c.sent, from, to)
		if object || from < toks.len() && toks.at(from).is("to") {
			to = st.objectEnd(c, from, to) // "told him to go home after …" too
		}
		to = clauseEnd(toks, from, to)
		if c.speaker.ok() && !c.participle && from == c.end() {
			// The object of the verb: "endorsed Trump", "denied it".
			least = 1
		}
	}
	if to-from > maxContent {
		if c.contentBefore || c.according && !opensClause(toks, c.start) {
			from = to - maxContent
		} else {
			to = from + maxContent
		}
	}
	// Reported words end where another clause takes over: "— the actress
	// also pointed", "; …", ", while other voters said".
	to = clauseCut(toks, from, to)
	to = sceneCut(toks, from, to)
	// Trim punctuation at both ends.
	for from < to && toks.at(from).kind() == punct {
		from++
	}
	for to > from && toks.at(to-1).kind() == punct {
		to--
	}
	words := 0
	for k := from; k < to; k++ {
		if inQuotation(toks, k) {
			return quote.Span{}, false // a quotation: mixed speech; not "the Democrats’ plan"
		}
		if toks.at(k).kind() == word {
			words++
		}
	}
	if words < least {
		return quote.Span{}, false
	}
	if f := toks.at(from); (f.in(language.ScenePrepositions) || f.is("by")) && words <= maxSceneWords {
		// Where or by whom, not what: "said in a statement", "reported
		// from Washington", "first reported by the Herald".
		return quote.Span{}, false
	}
	if sceneOnly(c, from, to) || c.verb && from == c.end() && noObject(toks, from) ||
		object && c.verbIs(language.ClauseVerbs) && !clauseAhead(toks, func(k int) string { return roughTag(toks, k) }, from, to) {
		// "could not find a sponsor": what was found, no words
		return quote.Span{}, false
	}
	return spanOf(toks, phrase{from, to}), true
}

// questionPastListener returns the token that opens a question after the
// short noun phrase of the one asked at token k, and past a date ("Clinton
// Friday whether …", "the mayor why …"), or false. "who" and "where" there
// most often open a relative clause of the phrase ("critics who called
// …"), not a question.
func questionPastListener(toks tokens, k int) (int, bool) {
	np, ok := npAfter(toks, k)
	if !ok || np.start != k || np.end-np.start > maxListenerWords {
		return 0, false
	}
	j := skipCircumstance(toks, np.end)
	if j >= toks.len() {
		return 0, false
	}
	t := toks.at(j)
	return j, opensQuestion(t) && !t.is("who") && !t.is("where")
}

// maxListenerWords is the most words of the one asked before a question:
// "the campaigns of the remaining candidates".
const maxListenerWords = 6

// noObject reports whether the words from token k, right after a verb,
// show that the verb has no object of words: an agent after a participle
// or a means ("confirmed by the Senate in 2012", "responded by helping to
// build …"), the outlet of a byline ("reports for Naples Daily News"), or
// a particle that makes the verb another one ("backed down",
// "did not show up", "offered up").
func noObject(toks tokens, k int) bool {
	t := toks.at(k)
	switch {
	case t.is("up") || t.is("down"):
		return true
	case t.is("by"):
		return hasSuffixFold(toks.at(k-1).text(), "ed") || k+1 < toks.len() && roughTag(toks, k+1) == "VBG"
	case t.is("for"):
		// A byline: "Glorioso reports for Naples Daily News", "reporting
		// for Western Journalism", "writes for The Atlantic".
		v, n := toks.at(k-1), k+1
		if n+1 < toks.len() && toks.at(n).is("the") {
			n++
		}
		return n < toks.len() && toks.at(n).capitalized() && (v.in(language.WriteVerbs) || hasPrefixFold(v.text(), "report"))
	}
	return false
}

// nestedReport reports whether the words cue c reports, from token from,
// are themselves reported speech: another cue of the sentence whose speaker
// starts them, or stands between c and them.
func nestedReport(c *cue, from int) bool {
	ds := cuesFrom(c.sent.cues(), c.end(), from+maxSubjectReach)
	for k := range ds {
		if d := &ds[k]; d != c && reportsSpeech(d) && d.subject.start >= c.end() && d.subject.start <= from {
			return true
		}
	}
	return false
}

// maxSubjectReach bounds how many tokens before its verb a cue's subject
// may start ("The senior official, speaking on condition of anonymity
// because he was not authorized to talk, said"): the cues whose subject
// may lie in a stretch of tokens are those whose verb lies in it or at most
// this far after it. Without the bound, a sentence of many cues would take
// time quadratic in their number.
const maxSubjectReach = 64

// cuesFrom returns the cues of cues, which are in text order, whose verb
// starts in tokens [from, to).
func cuesFrom(cues []cue, from, to int) []cue {
	i := sort.Search(len(cues), func(i int) bool { return cues[i].start >= from })
	j := i
	for j < len(cues) && cues[j].start < to {
		j++
	}
	return cues[i:j]
}

// nextClause returns where the words cue c reports, from token from to at
// most token to, end when another speaker's cue follows in the sentence:
// "he had spoken with Putin and the Russian president told him …" ends
// before "and the Russian president". Only a clause joined by "and" or
// "but" ends them. Only the cues within 2×maxContent tokens of from are
// read: the words are cut to maxContent anyway, and a sentence that never
// ends, of a cue every few words, stays linear.
func nextClause(c *cue, from, to int) int {
	toks := c.sent.toks
	ds := cuesFrom(c.sent.cues(), from, min(to, from+2*maxContent)+maxSubjectReach)
	for k := range ds {
		d := &ds[k]
		if d == c {
			continue
		}
		if at, ok := clauseOfCue(c, d, from, to); ok {
			to = at
			continue
		}
		if !reportsSpeech(d) || d.participle {
			continue
		}
		at := d.subject.start
		if at < from+minIndirectWords || at >= to || !(toks.at(at-1).is("and") || toks.at(at-1).is("but")) {
			continue // an embedded report ("said he had said …") is the words
		}
		for at > from && (toks.at(at-1).is("and") || toks.at(at-1).is("but") || toks.at(at-1).text() == ",") {
			at--
		}
		to = at
	}
	return to
}

// clauseOfCue returns where the words reported from token from, at most to
// token to, end before cue d when d opens a clause of its own that is no
// part of them: the words of "…, a poll shows" and "…, said X" are the
// poll's and X's, and "and warned …" is another thing c's speaker did.
func clauseOfCue(c, d *cue, from, to int) (int, bool) {
	toks := d.sent.toks
	if d.contentBefore || d.inverted && d.subject.start > d.start {
		at := d.start
		if d.contentBefore {
			at = d.subject.start
		}
		if at-1 >= from+minIndirectWords && at-1 < to && toks.at(at-1).text() == "," {
			return at - 1, true
		}
		return 0, false
	}
	if d.subject.empty() && d.speaker == c.speaker && !d.stance && !d.participle && d.start-1 >= from+minIndirectWords && d.start-1 < to && toks.at(d.start-1).is("and") {
		at := d.start - 1
		if toks.at(at-1).text() == "," {
			at--
		}
		return at, true
	}
	return 0, false
}

// clauseStart returns where the words reported before token to ("…, X
// said") begin: after the last semicolon, colon or dash before them, or
// after "but" or "and" when a clause with a subject of its own follows it
// ("The pay is good, but it was not the money that kept her, she said").
func clauseStart(s *sentence, to int) int {
	toks := s.toks
	lo := max(0, to-2*maxContent) // the words are cut to maxContent anyway
	for k := to - minIndirectWords; k > lo; k-- {
		switch t := toks.at(k); t.text() {
		case ";", ":", "—", "–":
			return k + 1
		case "but", "and":
			if toks.at(k-1).text() != "," {
				continue
			}
			if subjectAt(s, k+1) {
				return k + 1
			}
		}
	}
	return lo
}

// nextSubject returns where the words reported from token from, at most
// to token to, end before a clause with a subject of its own that follows
// a comma: "…, his decision was overturned", "…, and an article cited by
// her campaign quoted …". Words that open with a subordinate clause keep
// the main clause after its comma: "that if elected, he would …".
func nextSubject(s *sentence, from, to int) int {
	toks := s.toks
	if from < toks.len() && toks.at(from).in(language.Subordinators) {
		return to
	}
	subjects := s.subjects()
	i := sort.Search(len(subjects), func(i int) bool { return subjects[i].start >= from+minIndirectWords })
	for _, u := range subjects[i:] {
		at := u.start
		if at >= to {
			break
		}
		if k := at - 1; toks.at(k).is("and") || toks.at(k).is("but") {
			at = k
		}
		if toks.at(at-1).text() == "," {
			return at - 1
		}
	}
	return to
}

// reportsSpeech reports whether cue d names a speaker before its verb and
// may report speech: not a verb of thinking or wanting ("he wants to …"),
// nor one that seldom reports speech ("Trump called the Russian leader").
func reportsSpeech(d *cue) bool {
	return !d.contentBefore && !d.inverted && !d.markOnly && !d.stance && !d.subject.empty() &&
		!notSpeech(d)
}

// coreSpeech reports whether the verb of cue c reports speech whatever its
// subject (language.CoreSpeech): "said", "told", "according to".
func (st *state) coreSpeech(c *cue) bool {
	if c.according {
		return st.lang.Has(language.CoreSpeech, "according to")
	}
	return c.verbIs(language.CoreSpeech)
}

// callsFor reports whether the cue c is "call" followed by "for", "on" or
// "upon": a demand, whose content follows the preposition.
func callsFor(c *cue) bool {
	if !c.verbIs(language.CallVerbs) {
		return false
	}
	toks := c.sent.toks
	return c.end() < toks.len() && (toks.at(c.end()).is("for") || toks.at(c.end()).is("on") || toks.at(c.end()).is("upon"))
}

// thatFollows reports whether "that" follows the cue c, past its object
// and a date: "said on Monday that", "told reporters that".
func thatFollows(c *cue) bool {
	toks := c.sent.toks
	k := c.end()
	if !c.object.empty() {
		k = c.object.end
	}
	k = skipCircumstance(toks, k)
	return k < toks.len() && toks.at(k).is("that")
}

// clauseCut returns where the reported words between tokens from and to
// end: before a dash, a semicolon or a comma that opens a new clause.
func clauseCut(toks tokens, from, to int) int {
	for k := from + minIndirectWords; k < to; k++ {
		t := toks.at(k)
		switch t.text() {
		case "—", "–", "-":
			a, b := dashRun(toks, k)
			if a < 0 {
				continue // a hyphen; a spaced one is a dash, and so is "--"
			}
			if j := closingDash(toks, b, to); j > 0 {
				k = j // an aside between dashes: "the group — a super PAC — was planning …"
				continue
			}
			return max(a, from+1)
		case ";":
			return k
		case ",":
			if k+1 < to && (toks.at(k+1).in(language.ClauseOpeners) || isSaying(toks.at(k+1))) {
				return k // ", while …", ", claiming …"
			}
			if k+2 < to && (toks.at(k+1).is("and") || toks.at(k+1).is("but")) && toks.at(k+2).in(language.Subordinators) {
				return k // ", and when asked …"
			}
		}
	}
	return to
}

// maxAside bounds the tokens between the dashes of an aside.
const maxAside = 24

// dashRun returns the first and last tokens of the dash that token k, a
// dash or a hyphen, is part of: a dash of its own ("—"), or hyphens
// written together and spaced from the words around them ("-", "--"). It
// returns -1, -1 when k is a hyphen inside a word ("pro-Clinton").
func dashRun(toks tokens, k int) (first, last int) {
	if toks.at(k).text() != "-" {
		return k, k
	}
	glued := func(i int) bool { return toks.at(i).span().End == toks.at(i+1).span().Start }
	a, b := k, k
	for a > 0 && toks.at(a-1).text() == "-" && glued(a-1) {
		a--
	}
	for b+1 < toks.len() && toks.at(b+1).text() == "-" && glued(b) {
		b++
	}
	if a > 0 && glued(a-1) || b+1 < toks.len() && glued(b) && b == a {
		return -1, -1 // "pro-Clinton", "well-"
	}
	return a, b
}

// closingDash returns the last token of the dash that closes the aside the
// dash ending at token k opens, when the reported words go on after it
// ("the group — a super PAC — was planning …"), or 0. The words of a lone
// dash end before it.
func closingDash(toks tokens, k, to int) int {
	for j := k + 2; j < to && j-k <= maxAside; j++ {
		t := toks.at(j)
		if t.text() == ";" || t.quote() >= 0 {
			return 0
		}
		if !isDash(t.text()) {
			continue
		}
		a, b := dashRun(toks, j)
		if a < 0 {
			continue
		}
		if b+1 < to && toks.at(b+1).kind() == word {
			return b
		}
		return 0
	}
	return 0
}

// sceneCut returns where the reported words between tokens from and to
// end before a closing phrase that says where they were said: "he would
// run again in a statement on Friday", "…, at a rally in Ohio".
func sceneCut(toks tokens, from, to int) int {
	for k := from + minIndirectWords; k+2 < to; k++ {
		if !toks.at(k).in(language.ScenePrepositions) || !toks.at(k+1).in(language.Determiners) {
			continue
		}
		for j := k + 2; j < to && j <= k+4; j++ {
			if t := toks.at(j); t.in(language.OccasionWords) || t.in(language.DocumentNouns) {
				if j+1 == to || toks.at(j+1).kind() != word || toks.at(j+1).in(language.ScenePrepositions) || toks.at(j+1).inAny(dayOrTime) {
					return k
				}
			}
		}
	}
	return to
}

// skipCitation returns the token after the words citing an outlet that
// start at or just after token k of s, before its name, past a date after
// them: in "said in a telephone interview with NBC News on Saturday that
// …", the token after "Saturday". It returns k when no citation starts
// there.
func skipCitation(s *sentence, k int) int {
	for _, c := range s.cites() {
		if ev := c.evidence; ev.start >= k && ev.start < c.at.start && ev.start-k <= maxNear && plainBetween(s.toks, k, ev.start) {
			return skipCircumstance(s.toks, max(ev.end, c.at.end))
		}
	}
	return k
}

// skipPrepositional skips a short phrase that says where or how words were
// said: "in a statement", "at a press conference", "on a conference call",
// up to "that" past a place's name and its commas ("during a taping of a
// town hall meeting in Buffalo, New York, that …"), or to the comma after
// it.
func skipPrepositional(toks tokens, k int) int {
	if k >= toks.len() {
		return k
	}
	if !toks.at(k).in(language.ScenePrepositions) {
		return k
	}
	comma := -1
	for j := k + 1; j < toks.len() && j-k <= 2*maxSceneWords+4; j++ {
		t := toks.at(j)
		switch {
		case t.is("that"):
			return j
		case t.text() == ",":
			if comma < 0 {
				comma = j
			}
		case comma >= 0 && !t.capitalized() && !isAbbreviationDot(toks, j):
			return comma + 1 // "said in a statement, the plan …"
		case t.kind() != word && !isAbbreviationDot(toks, j):
			return k
		}
	}
	if comma >= 0 {
		return comma + 1
	}
	return k
}
