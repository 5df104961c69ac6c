package attribution

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
)

// Confidence of attributions that rest on no cue of their own.
const (
	// continuationConfidence is for a quotation paragraph that continues
	// the previous paragraph's speaker.
	continuationConfidence = 0.6
	// noSpeakerConfidence is for a quotation whose speaker is unknown.
	noSpeakerConfidence = 0.2
)

// sentenceAt returns the index of the sentence holding byte i, or -1.
func (st *state) sentenceAt(i int) int {
	s := st.sentences
	k := sort.Search(len(s), func(k int) bool { return s[k].span.End > i })
	if k < len(s) && s[k].span.Start <= i {
		return k
	}
	return -1
}

// attributeQuotes attributes the quotations of article ai.
func (st *state) attributeQuotes(ai int, res *Result) {
	prev := -1 // the index in res.Quotes of the last direct quotation with a speaker
	prevPara := -1
	speech := 0
	for _, q := range st.doc.Quotes {
		if q.Article == ai && q.Kind.IsSpeech() {
			speech++
		}
	}
	links := make([]outletLink, 0, speech) // most are speech
	var tr transcript
	for qi := range st.doc.Quotes {
		q := st.doc.Quotes[qi]
		if q.Article != ai || q.Kind == quote.Title || q.Kind == quote.Nickname {
			continue
		}
		if q.Kind == quote.ScareQuote && st.mentionsTerm(q) {
			continue // the phrase “white flag”: a term mentioned, not said
		}
		ext := q.Extent()
		si := st.sentenceAt(ext.Start)
		if si < 0 {
			// Outside every sentence (a document made without them):
			// speech is kept, with no speaker.
			if q.Kind.IsSpeech() {
				res.Quotes = append(res.Quotes, Attribution{Quote: q, Confidence: noSpeakerConfidence})
			}
			continue
		}
		s := &st.sentences[si]
		a := Attribution{Quote: q, Confidence: noSpeakerConfidence}
		link := outletLink{quote: len(res.Quotes), first: si, last: max(si, st.sentenceAt(ext.End-1))}
		c := st.cueFor(qi, si)
		switch {
		case c != nil:
			link.cue, link.entity = c, c.entity
			c.used = true
			cu := c.text(st.text)
			a.Cue = &cu
			if c.speaker.ok() {
				a.Speaker, a.Confidence = c.speaker.speaker(st.text), c.confidence
			}
			a.Outlet = st.outletFor(c)
			a.Via = st.via(c)
			if q.Kind == quote.ScareQuote {
				a.Quote.Kind = quote.Partial
			}
		case (q.Kind == quote.Direct || q.Kind == quote.Partial) && st.quoteInTranscript(&tr, s, &a, &link):
			// "“PENCE: Well, look, …": the speaker the line names.
		case q.Kind == quote.Direct && startsSentence(s, ext.Start) && st.precedingSubject(si) != nil:
			// "Clinton touted her credentials. “We need to …”": the
			// subject of the sentence just before, which has no cue.
			u := st.precedingSubject(si)
			a.Speaker, a.Confidence = u.speaker.speaker(st.text), continuationConfidence*0.9
			link.entity = u.entity
		case q.Kind != quote.ScareQuote && startsSentence(s, ext.Start) && st.previousSpeaker(si, ext.Start) != nil:
			// A quotation with no attribution of its own, opening its
			// sentence, continues the speaker before it.
			c := st.previousSpeaker(si, ext.Start)
			a.Speaker, a.Confidence = c.speaker.speaker(st.text), continuationConfidence
			link.entity = c.entity
			if prev >= 0 && res.Quotes[prev].Speaker.Name == c.speaker.name && s.para-prevPara <= 1 {
				a.Outlet = res.Quotes[prev].Outlet
			}
		case q.Kind != quote.Direct && st.possessorOf(s, qi, &a, &link):
			// "Mitt Romney’s “47 percent” comment", "Obama's “…” promise".
			a.Quote.Kind = quote.Partial
		case q.Kind != quote.ScareQuote && st.quoteInHeadline(s, ext.Start, &a, &link):
		case q.Kind != quote.ScareQuote && st.speechNounOwner(s, qi, &a, &link):
			// "her March comment that, “…”", "his promise to be “…”".
		case q.Kind == quote.Direct && colonSubject(s, ext.Start) != nil:
			// "Rubio fired back forcefully: “…”": the subject of the
			// clause the colon ends.
			u := colonSubject(s, ext.Start)
			a.Speaker, a.Confidence = u.speaker.speaker(st.text), u.confidence*0.5
			link.entity = u.entity
		case q.Kind == quote.Direct:
		case q.Kind == quote.Partial:
			// Quoted words in a sentence with no reporting verb are
			// most often its subject's: "Cruz blamed the law on
			// “knuckleheaded Democratic politicians.”"
			if c := lastSubjectBefore(s, ext.Start); c != nil {
				a.Speaker, a.Confidence = c.speaker.speaker(st.text), c.confidence*0.5
				link.entity = c.entity
			}
		default:
			continue // words in marks that nobody is said to have said
		}
		if a.Speaker != nil && q.Kind == quote.Direct {
			prev = len(res.Quotes)
			prevPara = st.sentences[max(si, st.sentenceAt(ext.End-1))].para
		}
		res.Quotes = append(res.Quotes, a)
		links = append(links, link)
	}
	st.linkOutlets(res, links)
}

// quoteInHeadline gives a's quotation, in a headline with no cue, to the
// one the headline names (see headlineSpeaker), and reports whether it
// did. The quotation starts at byte at.
func (st *state) quoteInHeadline(s *sentence, at int, a *Attribution, link *outletLink) bool {
	w, ok := st.headlineSpeaker(s, at)
	if !ok {
		return false
	}
	a.Speaker, a.Confidence = w.speaker.speaker(st.text), w.confidence
	link.entity = w.entity
	return true
}

// quoteInTranscript gives a's quotation, with no cue of its own, to the
// speaker that the transcript line holding it names (see
// transcriptSpeaker), with the label's colon as its cue, and reports
// whether it did.
func (st *state) quoteInTranscript(tr *transcript, s *sentence, a *Attribution, link *outletLink) bool {
	w, colon, ok := st.transcriptSpeaker(tr, s)
	if !ok {
		return false
	}
	a.Speaker, a.Confidence = w.speaker.speaker(st.text), w.confidence
	a.Cue = &Cue{Text: st.text[colon.Start:colon.End], Span: colon}
	link.entity = w.entity
	return true
}

// colonSubject returns the subject of the clause that a colon ends right
// before the quotation starting at byte i in sentence s, when that clause
// has one and it is a person: "Rubio fired back forcefully: “…”". The
// clause starts after the last comma before the colon, or opens the
// sentence; else nil.
func colonSubject(s *sentence, i int) *subject {
	toks := s.toks
	k := s.tokenAt(i)
	for k > 0 && (toks.at(k-1).kind() == mark || toks.at(k-1).span().Start >= i) {
		k--
	}
	if k == 0 || toks.at(k-1).text() != ":" {
		return nil
	}
	from := 0
	for j := k - 2; j >= 0 && k-j <= maxReach; j-- {
		if t := toks.at(j); t.text() == "," || t.quote() >= 0 {
			from = j + 1
			break
		}
	}
	subjs := s.subjects() // in text order
	j := sort.Search(len(subjs), func(j int) bool { return subjs[j].start >= from })
	if u := subjs[j:]; len(u) > 0 && u[0].start == from && u[0].end < k && u[0].speaker.is(Person) && u[0].entity != nil {
		return &u[0]
	}
	return nil
}

// possessorOf gives a's quotation to the one whose words a possessive
// says they are, and reports whether it did: the quotation stands between
// the possessive and a noun of speech ("Mitt Romney’s “47 percent”
// comment", "Obama's “if you like your plan …” promise"). The noun is one
// of the Language's NounForms or DocumentNouns.
func (st *state) possessorOf(s *sentence, qi int, a *Attribution, link *outletLink) bool {
	toks := s.toks
	b := s.tokenAt(st.doc.Quotes[qi].Extent().Start)
	for b > 0 && toks.at(b-1).quote() == int32(qi) {
		b--
	}
	e := b
	for e < toks.len() && toks.at(e).quote() == int32(qi) {
		e++
	}
	for e < toks.len() && toks.at(e).kind() == mark && toks.at(e).quote() < 0 {
		e++ // the closing mark
	}
	if b < 2 || e >= toks.len() || toks.at(b-1).kind() != possessive {
		return false
	}
	if n := toks.at(e); n.kind() != word || n.quote() >= 0 || !(n.in(language.NounForms) || n.in(language.DocumentNouns)) {
		return false
	}
	return st.possessor(toks, b-1, a, link, 0.6)
}

// possessor gives a's quotation to the person or role named by the noun
// phrase that ends at the possessive token toks[i] ("Mitt Romney’s",
// "the senator’s"), at weight times the speaker's confidence, and reports
// whether it did.
func (st *state) possessor(toks tokens, i int, a *Attribution, link *outletLink, weight float64) bool {
	p, ok := npBefore(toks, i)
	if !ok {
		return false
	}
	m := st.classify(toks, p)
	if m.kind != byName && m.kind != byRole {
		return false
	}
	sp, ent, conf := st.speakerAt(m, false)
	a.Speaker, a.Confidence = sp.speaker(st.text), conf*weight
	link.entity = ent
	return true
}

// maxOwnerGap is the most tokens between a noun of speech and the
// quotation it introduces ("statement on Wednesday that"), and between
// the noun and its owner ("Clinton's $350 billion, 10-year plan").
const maxOwnerGap = 6

// speechNounOwner gives a's quotation, with no cue, to the owner of the
// noun of speech that introduces it, and reports whether it did: "her
// March comment that, “…”", "his promise to be “neutral”", "Smith's
// statement on Wednesday that “…”". The noun is one of the Language's
// NounForms or DocumentNouns; its owner a possessive or "his", "her",
// "their"; between the noun and the quotation stand only "that", "to
// be", a date or punctuation.
func (st *state) speechNounOwner(s *sentence, qi int, a *Attribution, link *outletLink) bool {
	toks := s.toks
	b := s.tokenAt(st.doc.Quotes[qi].Extent().Start)
	for b > 0 && toks.at(b-1).quote() == int32(qi) {
		b--
	}
	for b > 0 && toks.at(b-1).kind() == mark && toks.at(b-1).quote() < 0 {
		b--
	}
	n := -1
	for j := b - 1; j >= 0 && b-j <= maxOwnerGap; j-- {
		t := toks.at(j)
		if t.quote() >= 0 {
			return false
		}
		if t.kind() == word && (t.in(language.NounForms) || t.in(language.DocumentNouns)) {
			n = j
			break
		}
		if !(t.kind() == punct || t.is("that") || t.is("to") || t.in(language.BeVerbs) || t.is("on") || t.inAny(dayOrTime)) {
			n = thatClauseNoun(toks, b) // "Smith's claim that the vote was “rigged”"
			break
		}
	}
	if n < 1 {
		return false
	}
	for j := n - 1; j >= 0 && n-j <= maxOwnerGap; j-- {
		t := toks.at(j)
		if t.quote() >= 0 || t.kind() == word && (t.in(language.ReportingVerbs) || t.in(language.BeVerbs)) {
			return false
		}
		if t.is("his") || t.is("her") || t.is("their") {
			// The person named last before it in the sentence: "Trump's
			// past statements, including his promise".
			e := st.personBefore(toks, j, genderOf(t))
			if e == nil || t.is("their") {
				return false
			}
			a.Speaker = &Speaker{Name: e.name, Type: Person, Mention: t.text(), Span: t.span()}
			a.Confidence = 0.4
			link.entity = e
			return true
		}
		if t.kind() == possessive || isPluralPossessive(toks, j) {
			return st.possessor(toks, j, a, link, 0.5)
		}
	}
	return false
}

// thatClauseNoun returns the noun of speech whose "that" opens the
// clause a quotation at token b stands in ("claim" in "Smith's claim that
// the vote was “rigged”"), or -1: between "that" and the quotation stand
// only words, none of them a verb of saying or thinking (whose own
// speaker would say the words), within 2×maxOwnerGap tokens.
func thatClauseNoun(toks tokens, b int) int {
	for j := b - 1; j > 0 && b-j <= 2*maxOwnerGap; j-- {
		t := toks.at(j)
		if t.quote() >= 0 || t.kind() != word && t.kind() != possessive ||
			t.in(language.ReportingVerbs) || t.in(language.StanceVerbs) {
			return -1
		}
		if t.is("that") {
			if p := toks.at(j - 1); p.kind() == word && (p.in(language.NounForms) || p.in(language.DocumentNouns)) {
				return j - 1
			}
			return -1
		}
	}
	return -1
}

// isParticiple reports whether w ends like a participle: "Speaking",
// "Asked", "Preceded".
func isParticiple(w string) bool {
	return len(w) > 4 && (hasSuffixFold(w, "ing") || hasSuffixFold(w, "ed"))
}

// isAllCaps reports whether w, of more than one byte, is all in upper case:
// "WASHINGTON". It is strings.ToUpper(w) == w, without the copy.
func isAllCaps(w string) bool {
	if len(w) <= 1 {
		return false
	}
	for _, r := range w {
		if r == utf8.RuneError || unicode.ToUpper(r) != r {
			return false
		}
	}
	return true
}

// lastSubjectBefore returns the subject of the last clause of s that
// starts before byte i, or nil.
func lastSubjectBefore(s *sentence, i int) *subject {
	subjs := s.subjects()
	k := sort.Search(len(subjs), func(j int) bool {
		return s.toks.at(subjs[j].end-1).span().End > i
	})
	if k == 0 {
		return nil
	}
	return &subjs[k-1]
}

// precedingSubject returns the subject that opens the sentence before
// sentence si, in its paragraph or ending the paragraph before, when that
// sentence has neither a cue nor a
// quotation and its subject is a person named or described: "Clinton
// touted her credentials as a co-sponsor of the bill. “We need …”". Else
// it returns nil.
func (st *state) precedingSubject(si int) *subject {
	if si == 0 {
		return nil
	}
	p := &st.sentences[si-1]
	// The sentence before in the paragraph, or the last of the paragraph
	// before when the quotation opens a paragraph of its own.
	if para := st.sentences[si].para; p.para != para && p.para != para-1 || len(p.cues()) > 0 || len(p.subjects()) == 0 {
		return nil
	}
	for k := 0; k < p.toks.len(); k++ {
		if p.toks.at(k).quote() >= 0 {
			return nil
		}
	}
	u := &p.subjects()[0]
	if !opensSentence(p.toks, u.start) || !u.speaker.is(Person) || u.entity == nil {
		return nil
	}
	return u
}

// previousSpeaker returns the last cue with a speaker before byte i, in
// sentence si's paragraph or the paragraph before it, or nil.
func (st *state) previousSpeaker(si, i int) *cue {
	para := st.sentences[si].para
	seen := 0
	for k := si; k >= 0 && st.sentences[k].para >= para-1 && seen < maxCues; k-- {
		s := &st.sentences[k]
		cues := s.cues()
		j := len(cues)
		if k == si {
			j = s.cueIndex(s.tokenAt(i))
		}
		for j--; j >= 0 && seen < maxCues; j, seen = j-1, seen+1 {
			c := &cues[j]
			if c.speaker.ok() && !c.speaker.is(Media) {
				return c
			}
		}
	}
	return nil
}

// cueFor returns the cue that attributes quotation qi, which starts in
// sentence si, or nil.
func (st *state) cueFor(qi, si int) *cue {
	q := &st.doc.Quotes[qi]
	ext := q.Extent()
	// Between fragments: "“…,” he said. “…”".
	for k := 0; k+1 < len(q.Fragments); k++ {
		from, to := fragmentEnd(q.Fragments[k]), q.Fragments[k+1].Open.Start
		if q.Fragments[k+1].Open.IsEmpty() {
			to = q.Fragments[k+1].Span.Start
		}
		for i := si; i < len(st.sentences) && st.sentences[i].span.Start < to; i++ {
			cues := st.sentences[i].cues()
			for j := range cues {
				c := &cues[j]
				if sp := c.sent.toks.at(c.start).span(); sp.Start >= from && sp.End <= to && c.speaker.ok() {
					return c
				}
			}
		}
	}
	s := &st.sentences[si]
	ei := st.sentenceAt(ext.End - 1)
	if ei < si {
		ei = si
	}
	e := &st.sentences[ei]
	before := lastCueBefore(s, ext.Start)
	if before != nil && before.verbIs(language.CallVerbs) {
		// "Sources said that Trump called Putin “in recent days”": a
		// verb that may not be speech yields to the speech it is part of.
		cues := s.cues()
		for j := 0; j < len(cues) && j < maxCues && cues[j].start < before.start; j++ {
			if c := &cues[j]; c.speaker.ok() && !c.contentBefore && !c.stance && !c.markOnly && !leadingClause(s, c, before.start) {
				before = c
				break
			}
		}
	}
	if before != nil && leadingClause(s, before, s.tokenAt(ext.Start)) {
		// "When Hale suggested …, Doe fired back: “…”": not Hale's.
		before = nil
	}
	after := firstCueAfter(e, ext.End)
	atStart := startsSentence(s, ext.Start)
	switch {
	case atStart && after != nil:
		return after
	case before != nil:
		return before
	case after != nil:
		return after
	}

	// "“…” Trump said." split into a sentence of its own.
	if ei+1 < len(st.sentences) && endsSentenceAt(e, ext.End) {
		n := &st.sentences[ei+1]
		if (n.para == e.para || n.para == e.para+1 && n.toks.len() > 1 && isDash(n.toks.at(0).text())) && len(n.cues()) > 0 {
			// "― Jane Smith" on a line of its own after the quotation.
			// Not a cue that reports words of its own after it: "Cruz
			// says he isn't familiar with the bill."
			if c := &n.cues()[0]; c.speaker.ok() && c.end() <= 6 && n.toks.len() <= 14 && !st.reportsAfter(c) {
				return c
			}
			// "“Too forced?” He tweeted when …": a question or an
			// exclamation ends the sentence of the words it quotes, not
			// that of their attribution.
			if c := &n.cues()[0]; c.speaker.ok() && !c.contentBefore && c.end() <= 8 && st.endsAsking(q) {
				return c
			}
		}
	}
	// "Peskov said:" ending the sentence before.
	if atStart && si > 0 {
		p := &st.sentences[si-1]
		if n := p.toks.len(); n > 0 && p.toks.at(n-1).text() == ":" && len(p.cues()) > 0 {
			return &p.cues()[len(p.cues())-1]
		}
	}
	return nil
}

// reportsAfter reports whether cue c reports words that follow it, a
// clause or an object of its own: then it is not the attribution of a
// quotation before it.
func (st *state) reportsAfter(c *cue) bool {
	if c.contentBefore || c.markOnly {
		return false
	}
	sp, ok := st.content(c)
	return ok && sp.Start >= c.sent.toks.at(c.end()-1).span().End
}

// leadingClause reports whether cue c stands in a clause that opens
// sentence s with a subordinator (after a conjunction, if any) and has its
// own subject, set off by a
// comma before token k, where another clause takes over: "When Hale
// suggested the city would sue, Doe fired back".
func leadingClause(s *sentence, c *cue, k int) bool {
	toks := s.toks
	o := 0
	if toks.len() > 1 && toks.at(0).in(language.Conjunctions) {
		o = 1 // "And after the court refused …, McCrory blamed"
	}
	if !toks.at(o).in(language.Subordinators) || !toks.at(o).in(language.ClauseStarts) || c.subject.empty() || c.inverted ||
		c.subject.start <= o || c.subject.end > c.start {
		return false
	}
	for j := c.end(); j < k && j < toks.len() && j-c.end() <= maxReach; j++ {
		if t := toks.at(j); t.quote() >= 0 {
			return false
		} else if t.text() == "," {
			return j+1 < k && verbAfterSubjectAt(toks, j+1, k)
		}
	}
	return false
}

// verbAfterSubjectAt reports whether a noun phrase starting at token b is
// followed by a verb, before token k.
func verbAfterSubjectAt(toks tokens, b, k int) bool {
	np, ok := npAfter(toks, b)
	return ok && np.end < k && verbAfterSubject(toks, np.end)
}

// endsAsking reports whether the quotation's words end with a question
// mark or an exclamation mark.
func (st *state) endsAsking(q *quote.Quote) bool {
	f := q.Fragments[len(q.Fragments)-1]
	w := strings.TrimRight(st.text[f.Span.Start:f.Span.End], " ")
	return strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!")
}

// endsSentenceAt reports whether no word of s stands after byte i.
func endsSentenceAt(s *sentence, i int) bool {
	from := s.tokenAt(i)
	for k := from; k < s.toks.len(); k++ {
		if t := s.toks.at(k); t.kind() == word && t.quote() < 0 || k-from > maxReach {
			return false
		}
	}
	return true
}

// fragmentEnd returns the end of fragment f, its closing mark included.
func fragmentEnd(f quote.Fragment) int {
	if !f.Close.IsEmpty() {
		return f.Close.End
	}
	return f.Span.End
}

// startsSentence reports whether nothing but marks and punctuation stands
// before byte i in s.
func startsSentence(s *sentence, i int) bool {
	k := s.tokenAt(i)
	if k > maxReach {
		return false
	}
	for j := range k {
		if t := s.toks.at(j); t.kind() == word && t.quote() < 0 {
			return false
		}
	}
	return true
}

// lastCueBefore returns the last cue of s with a speaker that ends before
// byte i, or nil.
func lastCueBefore(s *sentence, i int) *cue {
	cues := s.cues()
	j := s.cueIndex(s.tokenAt(i))
	for n := 0; j > 0 && n < maxCues; n++ {
		j--
		c := &cues[j]
		if c.sent.toks.at(c.end()-1).span().End <= i && c.speaker.ok() && !c.contentBefore && !c.stance {
			return c
		}
	}
	return nil
}

// firstCueAfter returns the first cue of s with a speaker that starts after
// byte i with no other quotation between, or nil.
func firstCueAfter(s *sentence, i int) *cue {
	cues := s.cues()
	from := s.tokenAt(i)
	for j := s.cueIndex(from); j < len(cues) && j-s.cueIndex(from) < maxCues; j++ {
		c := &cues[j]
		if c.start-from > maxReach {
			return nil
		}
		if !c.contentBefore {
			for k := from; k < c.start; k++ {
				if s.toks.at(k).quote() >= 0 && !trailsQuotes(s, c, k) {
					return nil // another quotation comes first
				}
			}
		}
		if c.speaker.ok() && !c.contentBefore && !followsAtOnce(s, from, c) && contentAfter(s, c) {
			// "… breaking “that glass ceiling,” and she tells
			// audiences that …": a verb whose words follow it.
			continue
		}
		if c.speaker.ok() && (!c.stance || followsAtOnce(s, from, c)) {
			return c
		}
	}
	return nil
}

// maxObjectWords is how many words after a cue may stand before the words
// it reports: "tells audiences that".
const maxObjectWords = 3

// contentAfter reports whether the words that cue c reports follow it: a
// "that", a quotation or a subject pronoun comes within maxObjectWords
// tokens after it ("tells audiences that …", "he said it still posed …").
func contentAfter(s *sentence, c *cue) bool {
	for k := c.end(); k < s.toks.len() && k < c.end()+maxObjectWords; k++ {
		t := s.toks.at(k)
		if t.quote() >= 0 || t.is("that") || k == c.end() && t.in(language.SubjectPronouns) {
			return true
		}
	}
	return false
}

// followsAtOnce reports whether the subject of cue c follows token from
// with only punctuation between: "“…,” Mr. Rubel pointed out." A verb of
// stance so placed attributes the quotation before it.
func followsAtOnce(s *sentence, from int, c *cue) bool {
	if c.subject.empty() || c.subject.start < from || c.subject.end > c.start {
		return false
	}
	for k := from; k < c.subject.start; k++ {
		if t := s.toks.at(k); t.kind() == word && t.quote() < 0 {
			return false
		}
	}
	return true
}

// trailsQuotes reports whether cue c attributes every quotation of its
// sentence before it, the one at token k among them: its subject follows
// the last of them after a comma ("… like “maybe” and “perhaps”, he told
// reporters"; "a “good thing” that yielded “good information,” he
// remarked").
func trailsQuotes(s *sentence, c *cue, k int) bool {
	if c.subject.empty() || c.subject.start <= k || c.subject.end > c.start {
		return false
	}
	last := c.subject.start - 1
	for last > k && s.toks.at(last).quote() < 0 {
		if t := s.toks.at(last); t.kind() == word {
			return false
		}
		last--
	}
	before := s.toks.at(c.subject.start - 1)
	return before.quote() >= 0 || last < c.subject.start-1 && before.text() == "," // "“…,” he remarked"
}

// dashSpeaker returns a cue for a speaker named after a dash that follows
// a quotation, if there is one: "“…” — Dmitry Peskov".
func (st *state) dashSpeaker(s *sentence, end int) (cue, bool) {
	from := s.tokenAt(end)
	k := from
	if d := st.dashSkip; d.sent == s && d.from <= k && k < d.to {
		k = d.to // the quotations' tokens the last call skipped
	}
	for k < s.toks.len() && s.toks.at(k).quote() >= 0 {
		k++
	}
	st.dashSkip = tokenRun{s, from, k}
	for ; k < s.toks.len(); k++ {
		t := s.toks.at(k)
		if t.quote() >= 0 {
			continue
		}
		if !isDash(t.text()) || k-from > maxReach {
			return cue{}, false
		}
		p, ok := npAfter(s.toks, k+1)
		if !ok {
			return cue{}, false
		}
		c := cue{sent: s, start: k, subject: p, inverted: true}
		m := st.classify(s.toks, p)
		if m.kind == byGroup {
			return cue{}, false
		}
		c.speaker, c.entity, c.confidence = st.speakerOf(m)
		c.confidence *= 0.9
		return c, true
	}
	return cue{}, false
}

// colonSpeaker returns a cue for a speaker named just before a colon that
// opens a quotation: "The timing doesn’t surprise pollster Daron Shaw:
// “…”".
func (st *state) colonSpeaker(s *sentence, start int) (cue, bool) {
	k := s.tokenAt(start) - 1
	for k >= 0 && s.toks.at(k).kind() == mark {
		k--
	}
	if k < 1 || s.toks.at(k).text() != ":" {
		return cue{}, false
	}
	p, ok := npBefore(s.toks, k)
	if ok && p.start > 0 && s.toks.at(p.start-1).in(language.ClauseStarts) {
		return cue{}, false // "later that month on CNN: “…”" names no speaker
	}
	if !ok {
		// "Perez lobbies for a higher minimum wage: “…”": the clause's
		// subject.
		if o := lastSubjectBefore(s, s.toks.at(k).span().Start); o != nil {
			return cue{sent: s, start: k, subject: o.phrase,
				who: who{o.speaker, o.entity, o.confidence * 0.7}}, true
		}
		return cue{}, false
	}
	if s.toks.at(p.end-1).in(language.DocumentNouns) && objectOfVerb(s.toks, p) {
		// "The company issued the following statement: “…”", "The rally
		// had one message: “…”": the words are the clause subject's.
		if o := lastSubjectBefore(s, s.toks.at(p.start).span().Start); o != nil && o.speaker.ok() {
			return cue{sent: s, start: k, subject: o.phrase,
				who: who{o.speaker, o.entity, o.confidence * 0.7}}, true
		}
	}
	m := st.classify(s.toks, p)
	c := cue{sent: s, start: k, subject: p}
	c.speaker, c.entity, c.confidence = st.speakerOf(m)
	c.confidence *= 0.8
	return c, true
}

// objectOfVerb reports whether the phrase p follows a verb as its object:
// "issued a statement", "sent out a release", "had one message". A word
// in lower case that no table knows as anything else, ending like a verb,
// is taken for one.
func objectOfVerb(toks tokens, p phrase) bool {
	k := p.start
	for n := 0; n < 3 && k > 1 && (toks.at(k-1).in(language.Determiners) || toks.at(k-1).is("following")); n++ {
		k-- // "issued the following statement"
	}
	if k > 0 && isSpeechParticle(toks.at(k-1)) {
		k-- // "sent out"
	}
	if k == 0 {
		return false
	}
	v := toks.at(k - 1)
	if v.kind() != word || v.quote() >= 0 || v.capitalized() || v.inAny(notVerbs) || isConnector(v) {
		return false
	}
	w := v.text()
	return v.in(language.ReportingVerbs) || hasSuffixFold(w, "ed") || hasSuffixFold(w, "s") || v.in(language.BeVerbs) ||
		w == "had" || w == "has" || w == "have" || w == "put" || w == "sent" || w == "gave"
}

// trailingSpeaker returns a cue for a speaker and a verb that follow a
// quotation and end the sentence, whatever the verb: "“…,” he mocks.",
// "“…,” the letter reads."
func (st *state) trailingSpeaker(s *sentence, end int) (cue, bool) {
	k := s.tokenAt(end)
	for k < s.toks.len() && s.toks.at(k).kind() != word {
		if t := s.toks.at(k); t.text() != "," && t.kind() != mark {
			return cue{}, false
		}
		k++
	}
	p, ok := npAfter(s.toks, k)
	if !ok || p.end >= s.toks.len() {
		return cue{}, false
	}
	at := p.end
	for at+1 < s.toks.len() && at-p.end < 2 && s.toks.at(at).kind() == word && s.toks.at(at).in(language.SubjectSkips) {
		at++ // "“…,” he will say."
	}
	v := s.toks.at(at)
	if v.kind() != word || v.capitalized() || v.inAny(notVerbs) || at > p.end && v.in(language.SubjectSkips) {
		return cue{}, false
	}
	after := at + 1
	if after < s.toks.len() && isSpeechParticle(s.toks.at(after)) {
		after++ // "“…,” he shot back.", "“…,” she chimed in."
	}
	if !clauseEnds(s.toks, skipCircumstance(s.toks, after)) {
		return cue{}, false
	}
	c := cue{sent: s, start: at, verb: true, subject: p, inverted: true}
	c.speaker, c.entity, c.confidence = st.speakerOf(st.classify(s.toks, p))
	c.confidence *= 0.8
	return c, true
}

// isSpeechParticle reports whether t is the adverb of a phrasal verb of speech:
// "back" in "shot back", "in" in "chimed in", "out" in "pointed out".
func isSpeechParticle(t token) bool {
	return t.kind() == word && (t.is("back") || t.is("in") || t.is("out") || t.is("up") || t.is("on"))
}

// outletFor returns the outlet through which the words of cue c reached
// the public, as the cue's sentence says: named by the cue itself ("told
// TASS"), else before the cue ("Responding to a question from TASS, …"),
// else right after it ("said in a telephone interview with NBC News"),
// else after it by an outlet that reports the whole sentence ("…,” Putin
// said, The Washington Post reported", "…, according to Reuters").
// Outlets named further away are linked by linkOutlets.
func (st *state) outletFor(c *cue) *Citation {
	if c.outlet != nil {
		o := *c.outlet
		return &o
	}
	// The citation nearest before the cue in its sentence. An outlet named
	// before the cue sets its scene ("In an interview with ITV, Zelensky
	// said"); one named after it belongs to another verb ("denied …, but
	// told The New York Times") unless it follows the cue at once or
	// reports the whole sentence.
	s := c.sent
	cites := s.cites()
	cueAt := s.toks.at(c.start).span().Start
	k := sort.Search(len(cites), func(k int) bool { return cites[k].Span.Start >= cueAt })
	if k > 0 {
		// Its owner's words, or the words of one who relays them ("Trump
		// told the publication … the Russian president told him"), or
		// what the outlet reports.
		o := st.citationOwner(s, k-1)
		if o.cue == c || o.self || o.cue != nil && o.cue.sent == s && o.cue.start < c.start ||
			o.subject != nil && o.subject.start < c.start {
			cit := cites[k-1].Citation
			return &cit
		}
	}
	for ; k < len(cites); k++ {
		ev, at := cites[k].evidence, cites[k].at
		if ev.start < c.end() || cites[k].Relation == Republished {
			continue
		}
		if ev.start < at.start && nearCue(s, ev.start) == c || st.citationOwner(s, k).frames() {
			cit := cites[k].Citation
			return &cit
		}
	}
	return nil
}

// maxNear is the most tokens between a cue and the words citing an outlet
// that belong to it: "said in a telephone interview with NBC News".
const maxNear = 4

// An owner is whose words a citation cites.
type owner struct {
	// cue is the cue of the speaker, or of the outlet itself when self is
	// set; nil when no cue says.
	cue *cue
	// subject is, when no cue says, the subject of the clause the
	// citation stands in; nil when the sentence does not say.
	subject *subject
	// self reports an outlet that reports the words itself: "Reuters
	// reported", "according to Reuters".
	self bool
}

// frames reports whether the citation is the outlet reporting what the
// rest of its sentence says: "…, The Washington Post reported.", "…,
// according to Reuters.".
func (o owner) frames() bool {
	if !o.self || o.cue == nil {
		return false
	}
	c := o.cue
	return c.contentBefore || c.according && c.start > 0 && c.sent.toks.at(c.start-1).text() == ","
}

// speaker returns the entity whose words the citation cites, or nil.
func (o owner) speaker() *entity {
	switch {
	case o.self:
		return nil
	case o.cue != nil:
		return o.cue.entity
	case o.subject != nil:
		return o.subject.entity
	}
	return nil
}

// citationOwner returns whose words citation k of s cites: the speaker of
// the cue that names the outlet ("told TASS", "RIA quoted X as saying").
// Otherwise, when the words that cite the outlet come before its name: the
// speaker of the cue right before them ("said in an interview with NBC
// News"), else of the first cue after them when they are set off by a
// comma ("In an interview with ITV, Zelensky said"), else of the nearest
// cue before them ("the prime minister declared … in an interview
// with the Financial Times"), else of the first cue after them, else the
// subject of the clause they stand in ("Smith made her remarks in an
// interview with ITV"). An outlet that reports the words itself ("Reuters
// reported", "according to Reuters") is its own owner; one that is the
// subject of a cue with another speaker ("The Washington Post cited
// sources as saying") cites that speaker's words; one that is the subject
// of a verb that is no cue ("after the Chicago Tribune printed a story")
// has no owner.
func (st *state) citationOwner(s *sentence, k int) owner {
	cites, cues := s.cites(), s.cues()
	cit, ev, at := &cites[k], cites[k].evidence, cites[k].at
	of := func(c *cue) owner {
		switch {
		case !c.speaker.ok():
			return owner{}
		case c.speaker.is(Media):
			return owner{cue: c, self: true}
		}
		return owner{cue: c}
	}
	// A cue finds its outlet within maxReach tokens of its verb (twice
	// that, past a speaker's phrase): only the cues that near are read.
	for j := s.cueIndex(at.start - 2*maxReach); j < len(cues) && cues[j].start < at.end+2*maxReach; j++ {
		if c := &cues[j]; c.outlet != nil && c.outlet.Span == cit.Span && c.speaker.ok() {
			return of(c)
		}
	}
	if ev.start >= at.start {
		// The outlet is the subject of the verb after it: the verb's
		// cue, if it is one ("The Washington Post cited sources as
		// saying", "Reuters reported"), says whose words they are.
		if j := s.cueIndex(at.end); j < len(cues) && cues[j].start < ev.end {
			return of(&cues[j])
		}
		return owner{}
	}
	if c := nearCue(s, ev.start); c != nil {
		return of(c)
	}
	// The cues before the citing words and after them, nearest first.
	j := s.cueIndex(ev.start)
	var before, after *cue
	for i := j - 1; i >= 0 && j-i <= maxCues; i-- {
		if c := &cues[i]; c.speaker.ok() && c.end() <= ev.start {
			before = c
			break
		}
	}
	for i := j; i < len(cues) && i-j < maxCues; i++ {
		c := &cues[i]
		if c.start < ev.end || !c.speaker.ok() {
			continue
		}
		if c.outlet == nil && (k+1 >= len(cites) || cites[k+1].at.start > c.start) {
			after = c // names no outlet of its own, nor stands past a nearer one
		}
		break
	}
	setOff := at.end < s.toks.len() && s.toks.at(at.end).text() == ","
	switch {
	case setOff && after != nil:
		return of(after)
	case before != nil:
		return of(before)
	case after != nil:
		return of(after)
	}
	if o := lastSubjectBefore(s, s.toks.at(ev.start).span().Start); o != nil && !o.speaker.is(Media) {
		return owner{subject: o}
	}
	return owner{}
}

// nearCue returns the cue of s that ends at most maxNear words or commas
// before token i and names no outlet of its own ("said in a telephone
// interview with NBC News"), or nil.
func nearCue(s *sentence, i int) *cue {
	j := s.cueIndex(i)
	if j == 0 {
		return nil
	}
	if c := &s.cues()[j-1]; c.end() <= i && i-c.end() <= maxNear && c.outlet == nil && c.speaker.ok() && plainBetween(s.toks, c.end(), i) {
		return c
	}
	return nil
}

// plainBetween reports whether tokens [i, j) are words or commas outside
// quotations.
func plainBetween(toks tokens, i, j int) bool {
	for k := i; k < j; k++ {
		if t := toks.at(k); t.quote() >= 0 || t.kind() != word && t.text() != "," {
			return false
		}
	}
	return true
}

// via returns who relayed the words of cue c when its speech is nested in
// another's: the speaker of an earlier cue of the same sentence, or nil.
func (st *state) via(c *cue) *Speaker {
	if !c.speaker.ok() {
		return nil
	}
	s := c.sent
	cues := s.cues()
	j := s.cueIndex(c.start)
	for n := 0; j > 0 && n < maxCues; n++ {
		j--
		o := &cues[j]
		if !o.speaker.ok() || o.participle || o.stance || o.markOnly || o.contentBefore {
			continue
		}
		if o.speaker.is(Person) && (o.entity != c.entity || c.entity == nil) && o.speaker.name != c.speaker.name {
			return o.speaker.speaker(st.text)
		}
	}
	return nil
}

// mentionsTerm reports whether the words in marks of q follow a noun that
// makes them a term mentioned rather than words said ("used the phrase
// “white flag”", "the term ‘hybrid war’"): the quote package marks them
// as scare quotes, and a reporting verb nearby must not make them speech.
func (st *state) mentionsTerm(q quote.Quote) bool {
	text := st.text
	if len(q.Fragments) == 0 {
		return false
	}
	i := q.Fragments[0].Open.Start
	if q.Fragments[0].Open.IsEmpty() {
		i = q.Fragments[0].Span.Start
	}
	i = min(i, len(text))
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	end := i
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	return end > i && st.lang.Has(language.TermCues, text[i:end])
}
