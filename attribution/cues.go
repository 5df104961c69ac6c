package attribution

import (
	"slices"
	"sort"
	"strings"

	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
)

// A cue is a reporting verb or phrase found in a sentence, with what it
// says about who spoke. A sentence's cues are kept in its notes.
type cue struct {
	sent  *sentence
	start int // the cue's first token (see end)
	// subject is the phrase that names the speaker, and who the resolved
	// speaker: none when there is none.
	subject phrase
	who
	// object is the phrase after the cue that names who was told ("told
	// reporters", "told the newspaper"), if any.
	object phrase
	// outlet is the outlet the cue's words went through, if the cue's own
	// words say so ("told TASS", "RIA quoted").
	outlet *Citation
	// after is the token where the reported words may start, when the
	// cue's words end before it ("quoted X as saying …"), or 0.
	after int
	// verb reports that the cue's token is a verb, which the tables of
	// its word say more of (see verbIs); a cue that is a mark (":", "—")
	// or "according to" has none.
	verb bool
	// according reports the cue "according to", of two tokens.
	according bool
	// inverted reports that the speaker follows the cue ("said Peskov").
	inverted bool
	// contentBefore reports a cue whose words come before it ("…, CCTV
	// reported, days after"): it cannot attribute a quotation after it.
	contentBefore bool
	// stance reports a verb of thinking or wanting ("believe", "want"):
	// a cue of reported speech, never of quoted words.
	stance bool
	// markOnly reports a cue that is punctuation or a verb known only by
	// its place after a quotation; it attributes quotations, never
	// reported speech.
	markOnly bool
	// participle reports an -ing cue that shares its clause's speaker
	// (", adding that").
	participle bool
	// negated reports a verb of saying that is negated ("did not
	// respond to a Reuters request"): it reports a stance, and no words
	// reached an outlet through it.
	negated bool
	used    bool
}

// A who is whom a cue or a clause's subject names as its speaker.
type who struct {
	speaker speakerRef
	entity  *entity // the one the speaker is, if known
	// confidence is how sure the speaker is.
	confidence float64
}

// A subject is the subject of a clause of a sentence, read as a speaker:
// "Cruz" and "Tehran" in "Cruz said, days after Tehran rejected …". When
// a cue of its sentence names the same speaker by the same phrase ("He
// said."), the subject's who is the cue's (see keepNotes).
type subject struct {
	phrase
	*who
}

// A speakerRef is the speaker a cue or a subject names: the Speaker it
// gives, kept in less room. Its Mention is the text of its span.
type speakerRef struct {
	name string
	span quote.Span
	typ  speakerType
}

// speakerType is a SpeakerType in a byte: 0 for no speaker, else 1 + the
// index of the type in speakerTypes.
type speakerType uint8

// speakerTypes lists the types of speakers. It is never changed.
var speakerTypes = [...]SpeakerType{Person, Organization, Media, Group, Unknown}

// typeOf returns t in a byte.
func typeOf(t SpeakerType) speakerType {
	for i, u := range speakerTypes {
		if u == t {
			return speakerType(i + 1)
		}
	}
	panic("attribution: unknown speaker type " + string(t))
}

// ok reports whether r names a speaker.
func (r speakerRef) ok() bool { return r.typ != 0 }

// is reports whether r is a speaker of type t.
func (r speakerRef) is(t SpeakerType) bool { return r.ok() && speakerTypes[r.typ-1] == t }

// speaker returns a new Speaker that r names in text, or nil when r names
// none.
func (r speakerRef) speaker(text string) *Speaker {
	if !r.ok() {
		return nil
	}
	return &Speaker{Name: r.name, Type: speakerTypes[r.typ-1], Mention: text[r.span.Start:r.span.End], Span: r.span}
}

// end returns the token after the cue: it is one token, or two for
// "according to".
func (c *cue) end() int {
	if c.according {
		return c.start + 2
	}
	return c.start + 1
}

// verbIs reports whether the cue's verb is in table t of the Language.
func (c *cue) verbIs(t language.Table) bool { return c.verb && c.sent.toks.at(c.start).in(t) }

// text returns the cue's words.
func (c *cue) text(src string) Cue {
	sp := spanOf(c.sent.toks, phrase{c.start, c.end()})
	return Cue{Text: src[sp.Start:sp.End], Span: sp}
}

// readSentence finds the outlets, names and cues of s, in text order. What
// it finds is read into st.reading, then kept in the slabs (keepNotes).
func (st *state) readSentence(s *sentence) {
	s.notes = &st.reading
	st.findOutlets(s)
	st.findNames(s)
	st.clauseSubjects(s)
	toks := s.toks
	for i := 0; i < toks.len(); i++ {
		if c := st.addCueAt(s, i); c != nil {
			st.resolveCue(c)
			i = c.end() - 1
		}
	}
	st.markCues(s)
	st.keepNotes(s)
}

// keepNotes moves what readSentence found in s from st.reading to the
// slabs, in the room it takes; a sentence where it found nothing keeps no
// notes.
func (st *state) keepNotes(s *sentence) {
	r := &st.reading
	if len(r.cues) == 0 && len(r.subjects) == 0 && len(r.cites) == 0 {
		s.notes = nil
		return
	}
	n := sentenceNotes{
		cues:     st.cues.copy(r.cues),
		subjects: st.subjs.copy(r.subjects),
		cites:    slices.Clone(r.cites), // seldom any
	}
	for i := range n.subjects {
		u := &n.subjects[i]
		if c := sameWho(n.cues, u); c != nil {
			u.who = &c.who
		} else {
			u.who = st.whos.add(*u.who)
		}
	}
	s.notes = st.notes.add(n)
	r.clear()
	st.readWhos.reset()
}

// sameWho returns the cue of cues whose subject is u's phrase and whose
// speaker is u's, if it follows u closely ("He said."), or nil.
func sameWho(cues []cue, u *subject) *cue {
	j := sort.Search(len(cues), func(j int) bool { return cues[j].start >= u.end })
	for ; j < len(cues) && cues[j].start-u.end <= maxNear; j++ {
		if c := &cues[j]; c.subject == u.phrase && c.who == *u.who {
			return c
		}
	}
	return nil
}

// clauseSubjects records the subjects of the clauses of s: a name, role,
// pronoun or group that opens the sentence or follows a comma, "that" or
// a conjunction, and is followed by a verb.
func (st *state) clauseSubjects(s *sentence) {
	toks := s.toks
	for b := 0; b < toks.len(); b++ {
		if b > 0 {
			p := toks.at(b - 1)
			if p.quote() >= 0 || !(p.text() == "," || p.text() == ")" || isDash(p.text()) || p.in(language.ClauseMarkers)) {
				continue
			}
			if isDash(p.text()) && b >= 2 && toks.at(b-2).span().End == p.span().Start {
				continue // a hyphen inside a word: "U.S.-Russian relations"
			}
		}
		np, ok := npAfter(toks, b)
		if !ok || np.end >= toks.len() {
			continue
		}
		if !verbAfterSubject(toks, np.end) && (b > 0 || !verbPastApposition(toks, np.end)) &&
			!(toks.at(np.end).text() == "(" && pastParens(toks, np.end) < toks.len() && verbAfterSubject(toks, pastParens(toks, np.end))) {
			continue
		}
		m := st.classify(toks, np)
		if m.kind == byOutlet || np.end-np.start == 1 && isAllCaps(toks.at(np.start).text()) {
			continue
		}
		if np.start == 0 && np.end == 1 && hasSuffixFold(toks.at(0).text(), "ing") && !toks.at(1).in(language.ReportingVerbs) &&
			st.ents.byName(m.name, m.typ) == nil {
			continue // "Holding signs calling …": a participle, not a name
		}
		var o *opener
		if st.unknownOpener(s, np, m) {
			// Maybe no name: "Holding up a sign, protesters …".
			o = &opener{sent: s, at: np.start, lastPerson: st.ents.lastPerson, lastOther: st.ents.lastOther}
		}
		sp, e, conf := st.speakerAt(m, len(s.notes.subjects) == 0 && opensSentence(toks, b))
		if o != nil && e != nil {
			e.opener = o
		}
		s.notes.subjects = append(s.notes.subjects, subject{np, st.readWhos.add(who{sp, e, conf})})
		b = np.end - 1
	}
}

// verbPastApposition reports whether a verb follows the subject that ends
// before token k past parentheses and an apposition or a relative clause
// set off by commas: "Sen. Jane Doe (Vt.), who lost the primary to Hale,
// identified …".
func verbPastApposition(toks tokens, k int) bool {
	k = pastParens(toks, k)
	if k+1 >= toks.len() || toks.at(k).text() != "," {
		return false
	}
	if t := toks.at(k + 1); !t.is("who") && !t.inAny(apposition) {
		return false
	}
	for j := k + 2; j+1 < toks.len() && j-k <= maxReach; j++ {
		t := toks.at(j)
		if t.quote() >= 0 {
			return false
		}
		if t.text() == "," {
			return verbAfterSubject(toks, j+1)
		}
	}
	return false
}

// verbAfterSubject reports whether a verb follows a subject ending before
// token k, past adverbs that stand between ("Gorka also made").
func verbAfterSubject(toks tokens, k int) bool {
	for j := k; j < toks.len() && j-k <= 2; j++ {
		v := toks.at(j)
		if v.kind() != word || v.capitalized() || v.quote() >= 0 {
			return false
		}
		if !v.inAny(notVerbs) {
			return true
		}
		if !v.in(language.SubjectSkips) {
			return false
		}
	}
	return false
}

// opensSentence reports whether token b starts the sentence's main
// clause: it is the first token, or follows an opening phrase ("In
// contrast, …", "Speaking in Salem, …", "But …").
func opensSentence(toks tokens, b int) bool {
	if b == 0 {
		return true
	}
	first := toks.at(0)
	if first.kind() != word {
		return false
	}
	if b == 1 && first.in(language.Conjunctions) {
		return true
	}
	return toks.at(b-1).text() == "," && b <= maxReach && (first.in(language.ClauseStarts) || isParticiple(first.text()))
}

// markCues adds to s the attributions that have no reporting verb, found
// around the quotations that open or follow in it: "Pollster Daron Shaw:
// “…”", "“…” — Dmitry Peskov", "“…,” he mocks."
func (st *state) markCues(s *sentence) {
	added := st.added[:0]
	seen := int32(-1)
	for k := 0; k < s.toks.len(); k++ {
		qi := s.toks.at(k).quote()
		if qi < 0 || qi == seen {
			continue
		}
		seen = qi
		q := &st.doc.Quotes[qi]
		ext := q.Extent()
		if !q.Kind.IsSpeech() && q.Kind != quote.ScareQuote {
			continue
		}
		// A quotation of several sentences has its trailing speaker in
		// the last: "“… I can beat her. Donald can't,” the email read."
		opened := ext.Start < s.span.Start
		if opened && !q.Kind.IsSpeech() {
			continue
		}
		if c, ok := st.colonSpeaker(s, ext.Start); !opened && ok && !cueNear(s, c.subject.start) && !cueNear(s, c.start) {
			added = append(added, c)
		}
		if f := q.Fragments[0]; len(q.Fragments) > 1 && !opened && !f.Close.IsEmpty() && f.Close.End < s.span.End && !hasCueAfter(s, f.Close.End) {
			// "“…,” he will say. “…”": the speaker between fragments.
			if c, ok := st.trailingSpeaker(s, f.Close.End); ok && startsSentence(s, ext.Start) {
				added = append(added, c)
				continue
			}
		}
		end := ext.End
		if f := q.Fragments[len(q.Fragments)-1]; !f.Close.IsEmpty() {
			end = f.Close.End
		}
		if end > s.span.End || hasCueAfter(s, end) {
			continue
		}
		if c, ok := st.dashSpeaker(s, end); ok {
			added = append(added, c)
		} else if opened || startsSentence(s, ext.Start) {
			if c, ok := st.trailingSpeaker(s, end); ok {
				added = append(added, c)
			}
		}
	}
	if s.toks.len() > 1 && isDash(s.toks.at(0).text()) && len(s.cues()) == 0 {
		// "“…”" then "— Winston Churchill" split into a sentence of its own.
		if c, ok := st.dashSpeaker(s, s.span.Start); ok {
			added = append(added, c)
		}
	}
	st.added = added
	if len(added) == 0 {
		return
	}
	for i := range added {
		added[i].markOnly = true
	}
	s.notes.cues = append(s.notes.cues, added...)
	slices.SortStableFunc(s.notes.cues, func(a, b cue) int { return a.start - b.start })
}

// cueNear reports whether a cue of s ends within a few tokens before token
// k: "Jane Smith told Reuters:" has its cue; "Pollster Daron Shaw:" has
// none.
func cueNear(s *sentence, k int) bool {
	j := s.cueIndex(k)
	return j > 0 && s.cues()[j-1].end() <= k && k-s.cues()[j-1].end() <= 3
}

// isDash reports whether w is a dash that may introduce a speaker ("―",
// the horizontal bar, among them).
func isDash(w string) bool { return w == "—" || w == "–" || w == "-" || w == "―" }

// hasCueAfter reports whether a cue of s starts at or after byte i.
func hasCueAfter(s *sentence, i int) bool {
	return s.cueIndex(s.tokenAt(i)) < len(s.cues())
}

// addCueAt adds to the notes of s the cue that starts at token i, if one
// does, and returns it; else it returns nil.
func (st *state) addCueAt(s *sentence, i int) *cue {
	toks := s.toks
	t := toks.at(i)
	if t.kind() != word || t.quote() >= 0 {
		return nil
	}
	if t.is("according") && i+1 < toks.len() && toks.at(i+1).is("to") {
		return s.addCue(cue{sent: s, start: i, according: true})
	}
	stance := false
	if !t.in(language.ReportingVerbs) {
		if !t.in(language.StanceVerbs) && !thatVerb(toks, i) && !(t.in(language.ComplementVerbs) && (infinitiveVerb(toks, i) || topicVerb(toks, i))) {
			return nil
		}
		stance = true
	}
	p := st.noToken() // before the first
	if i > 0 {
		p = toks.at(i - 1)
	}
	switch {
	case i > 0 && t.capitalized():
		return nil // part of a name: "United States", "New York Post"
	case p.is("to") && toSay(toks, i):
		// "was prompted to say, “…”", "went on to say: “…”": the words
		// follow at once.
	case p.in(language.Determiners) && !(p.in(language.GroupPronouns) && i > 1 && !toks.at(i-2).in(language.Determiners)) || p.kind() == possessive || p.is("to"):
		return nil // a noun or an infinitive: "a report", "declined to comment"
	case p.is("or") || p.is("nor"):
		return nil // "to confirm or deny", "neither confirm nor deny"
	case stance && isSpeechParticle(t) && p.kind() == word && !p.capitalized() && clauseEnds(toks, i+1):
		return nil // the particle of "he shot back.", not "back" the verb, which takes an object
	case t.in(language.NounForms) && nounUse(toks, i):
		return nil // "a US report"
	case i == 0 && hasSuffixFold(t.text(), "ed"), p.is("when"), p.is("if"):
		return nil // "Asked if …", "when asked"
	case hedged(st.lang, toks, i) && !stance:
		if !negatedReport(st.lang, toks, i) {
			return nil // "could confirm", "will say": no words reported; "does not want" reports a stance
		}
		stance = true // "did not mention Trump", "did not respond to requests"
	}
	c := cue{sent: s, start: i, verb: true, stance: stance, negated: stance && !t.in(language.StanceVerbs) && !t.in(language.ComplementVerbs)}
	// "X quoted Y as saying", "X cited Y as saying", "Y was quoted as saying".
	if t.in(language.QuotingVerbs) {
		for k := i + 1; k < toks.len()-1 && k < i+maxPhrase+2; k++ {
			if toks.at(k).is("as") && isSaying(toks.at(k+1)) {
				c.object = phrase{i + 1, k}
				if p, ok := npAfter(toks, i+1); ok && p.end <= k {
					c.object = p // "sources" in "cited sources familiar with …"
				}
				c.after = k + 2
				return s.addCue(c)
			}
			if toks.at(k).kind() != word && toks.at(k).kind() != possessive {
				break
			}
		}
	}
	progressive := p.in(language.BeVerbs) && hasSuffixFold(t.text(), "ing") // "is calling for"
	switch {
	case p.in(language.BeVerbs) && !progressive:
		return nil // passive: "was asked", "is expected"
	case p.is("as") && isSaying(t):
		return nil // part of "quoted … as saying"
	case hasSuffixFold(t.text(), "ing") && !progressive:
		c.participle = true
	}
	return s.addCue(c)
}

// toSay reports whether the infinitive of speech at token i introduces a
// quotation at once: "to say, “…”", "to say: “…”".
func toSay(toks tokens, i int) bool {
	k := i + 1
	if k < toks.len() && (toks.at(k).text() == "," || toks.at(k).text() == ":") {
		k++
	}
	return k < toks.len() && toks.at(k).quote() >= 0 && toks.at(i).in(language.CoreSpeech)
}

// addCue adds c to the notes of s, and returns it there.
func (s *sentence) addCue(c cue) *cue {
	s.notes.cues = append(s.notes.cues, c)
	return &s.notes.cues[len(s.notes.cues)-1]
}

// thatVerb reports whether toks[i] is a verb of some speaker that takes a
// "that" clause, though no word list knows it: "He anticipated that …",
// "officials acknowledged that …". It must look like a verb ("-ed" or
// "-s") and follow a speaker's phrase.
func thatVerb(toks tokens, i int) bool {
	t := toks.at(i)
	if i+1 >= toks.len() || !toks.at(i+1).is("that") || t.capitalized() {
		return false
	}
	if !hasSuffixFold(t.text(), "ed") && !hasSuffixFold(t.text(), "s") || t.inAny(beOrSkip) {
		return false
	}
	_, ok := npBefore(toks, skipBack(toks, i))
	return ok
}

// nounUse reports whether the reporting word at toks[i], a form that is as
// often a noun, is used as one. It is a verb after a pronoun ("they
// claim") or after a name or a group that no determiner introduces
// ("Reuters reports", "officials note"); it is a noun after a determiner or
// a possessive ("a US report", "his remarks"), after another verb ("deny
// reports"), and opening a sentence ("Reports say").
func nounUse(toks tokens, i int) bool {
	k := skipBack(toks, i)
	for j := k; j < i; j++ {
		if u := toks.at(j); u.in(language.Hedges) || u.in(language.Negations) {
			return false // "Mr. Brown will not support": no noun has a modal
		}
	}
	if k == 0 {
		return true
	}
	t := toks.at(k - 1)
	if t.in(language.SubjectPronouns) {
		return false
	}
	if t.kind() == mark || t.text() == "," {
		return false // "…,” reports CNN"
	}
	if !t.capitalized() && !t.inAny(titleOrGroup) && !t.in(language.DocumentNouns) {
		return true // "The ad claims" is a document's verb
	}
	if !hasSuffixFold(toks.at(i).text(), "s") && !strings.HasSuffix(t.text(), "s") && !(k >= 3 && toks.at(k-2).is("and") && toks.at(k-3).capitalized()) {
		return true // a base form needs a plural subject: "Chinese state broadcaster", not "China and Russia support"
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		u := toks.at(j)
		switch {
		case u.kind() == possessive || u.in(language.Determiners):
			return true
		case j < k-1 && isConnector(u) && !isCoordinator(u.text()):
			return true // "32% of Republican claims"
		case u.kind() != word:
			return false
		case !u.capitalized() && !u.inAny(modifierOrTitle):
			return false
		}
	}
	return false
}

// hedged reports whether a modal verb or a negation stands between the
// reporting verb at toks[i] and its subject: "could neither confirm",
// "has not commented", "will say". Such a verb reports no words.
func hedged(l *language.Language, toks tokens, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := toks.at(k)
		if t.kind() == word && isNegation(l, t.text()) {
			return true
		}
		if t.kind() != word || !t.in(language.SubjectSkips) && !t.is("neither") && !isAdverb(t) {
			return false
		}
		if t.in(language.Hedges) {
			return true
		}
	}
	return false
}

// isAdverb reports whether the word t looks like an adverb of manner:
// "officially", "publicly"; not "family" (see language.LyNouns).
func isAdverb(t token) bool {
	w := t.text()
	if len(w) <= 4 || w[0] < 'a' || w[0] > 'z' || !strings.HasSuffix(w, "ly") {
		return false
	}
	return !t.in(language.LyNouns)
}

// isNegation reports whether w is a negated auxiliary: a word with an
// ending of l's NegativeContractions ("couldn't", "didn’t", "won't"), or
// "cannot".
func isNegation(l *language.Language, w string) bool {
	_, ok := l.HasSuffix(language.NegativeContractions, w)
	return ok || strings.EqualFold(w, "cannot")
}

// isSaying reports whether t is "saying", "telling" or a like -ing form.
func isSaying(t token) bool {
	return t.in(language.ReportingVerbs) && hasSuffixFold(t.text(), "ing")
}

// resolveCue finds the speaker of c and what the cue says of an outlet.
func (st *state) resolveCue(c *cue) {
	toks := c.sent.toks
	switch {
	case c.according:
		if p, ok := npAfter(toks, c.end()); ok {
			c.subject, c.inverted = p, true
		}
	case !c.object.empty():
		// "RIA quoted Galuzin as saying": the speaker is the object, the
		// subject the outlet that quoted him.
		c.subject = c.object
		if o := st.outletBefore(toks, c.start, Quoted); o != nil {
			c.outlet = o
		} else if k := passiveSubject(toks, c.start); k >= 0 {
			c.subject = phrase{}
			if p, ok := npBefore(toks, k); ok {
				c.subject = p
			}
		}
		c.object = phrase{}
	case c.participle:
		// ", adding that …": the clause's earlier speaker, or the one that
		// opens the sentence ("Zelensky spoke to Trump, describing …").
		// "…, with many marchers chanting": the phrase after "with".
		if p, ok := withPhrase(toks, skipBack(toks, c.start)); ok {
			c.subject = p
		} else if p, ok := ofPhrase(toks, skipBack(toks, c.start)); ok {
			c.subject = p // "reminds me of Abraham Lincoln saying"
		} else if !st.shareSpeaker(c) {
			if p, ok := npBefore(toks, skipBack(toks, c.start)); ok {
				c.subject = p // "footage of Trump saying"
				if toks.at(p.end-1).in(language.DocumentNouns) && objectOfVerb(toks, p) {
					// "Teneo issued a statement saying": whoever issued it.
					v := p.start - 1
					if isSpeechParticle(toks.at(v)) {
						v--
					}
					if q, _, ok := st.subjectOf(toks, v); ok && q.end <= v {
						c.subject = q
					}
				}
			} else if p, ok := clauseSubject(toks, c.start); ok {
				c.subject = p // "Trump went after Bush, calling him"
			} else if o := lastSubjectBefore(c.sent, toks.at(c.start).span().Start); o != nil {
				c.speaker, c.entity, c.confidence = o.speaker, o.entity, o.confidence*0.8
			}
		}
	case c.start > 0 && toks.at(c.start-1).is("to"):
		// "Mr. Trump was prompted to say, “…”": the clause's subject.
		if o := lastSubjectBefore(c.sent, toks.at(c.start).span().Start); o != nil {
			c.speaker, c.entity, c.confidence = o.speaker, o.entity, o.confidence*0.8
		}
	default:
		if p, inv, ok := st.subjectOf(toks, c.start); ok {
			c.subject, c.inverted = p, inv
		} else if k := skipBack(toks, c.start); k > 0 && (toks.at(k-1).is("and") || toks.at(k-1).is("but") || toks.at(k-1).is("or")) {
			// "Peskov denied …, but told The New York Times": the
			// speaker of the verb before, unless that verb's words
			// come between ("reported that Putin … and insists").
			st.shareSpeaker(c)
			if c.speaker.ok() && hasThatBefore(c) && !parallelVerb(toks, c) {
				c.speaker, c.entity = speakerRef{}, nil
			}
			if !c.speaker.ok() {
				// "The court overruled and said": the clause's subject.
				if o := lastSubjectBefore(c.sent, toks.at(c.start).span().Start); o != nil {
					c.speaker, c.entity, c.confidence = o.speaker, o.entity, o.confidence*0.9
				}
			}
		}
		st.cueObject(c)
		if c.subject.end <= c.start && c.subject.start >= minContentWords && !c.inverted && toks.at(c.subject.start-1).text() == "," &&
			clauseEnds(toks, pastTrailers(c)) {
			c.contentBefore = true
		}
	}
	st.finishCue(c)
}

// pastTrailers returns the token after what may follow cue c in a clause
// that reports the words before it: the one told, when, and where or how
// ("…, Smith told Politico earlier this week.", "…, she said in an
// interview later.", "…, he told the court in his filing.").
func pastTrailers(c *cue) int {
	toks := c.sent.toks
	k := c.end()
	if !c.object.empty() && c.object.start == k {
		k = c.object.end
	}
	for n := 0; n < 4; n++ {
		j := skipSceneNoun(toks, skipCircumstance(toks, k))
		if j == k {
			break
		}
		k = j
	}
	return k
}

// skipSceneNoun returns the token after a short phrase at token k that
// says where or how words were said, a preposition and a determiner
// before a noun of an occasion, a document or a report within three
// words ("in an interview", "in his filing", "at a rally"), or k.
func skipSceneNoun(toks tokens, k int) int {
	if k+2 >= toks.len() || !toks.at(k).in(language.ScenePrepositions) || !toks.at(k+1).in(language.Determiners) {
		return k
	}
	for j := k + 2; j < toks.len() && j <= k+4; j++ {
		t := toks.at(j)
		if t.kind() != word || t.quote() >= 0 {
			return k
		}
		if t.inAny(sceneNouns) {
			return j + 1
		}
	}
	return k
}

// cueObject finds who the verb of c says was told: "told TASS", "told
// reporters", "noted to the newspaper".
func (st *state) cueObject(c *cue) {
	toks := c.sent.toks
	k := c.end()
	tell := c.verbIs(language.TellVerbs)
	if k < toks.len() && toks.at(k).is("to") && !tell {
		k++
	}
	if k == c.end() && !tell {
		return
	}
	if j, ok := st.anaphorAt(toks, k); ok {
		c.object = phrase{k, j}
		return
	}
	p, ok := npAfter(toks, k)
	if k < toks.len() {
		if _, j, found := st.matchOutlet(toks, k); found && (!ok || p.end < j) {
			// An outlet's name whole, where the noun phrase stops
			// inside it: "told Maclean's", "told Maclean's magazine".
			for j < toks.len() && toks.at(j).in(language.OutletWords) {
				j++
			}
			c.object = phrase{k, j}
			return
		}
	}
	if ok && !overlaps(p, c.subject) {
		c.object = p
	}
}

// parallelVerb reports whether the verb of c, after a conjunction, stands
// beside the cue before it rather than in its "that" clause: the same verb
// taking a "that" clause of its own ("said that Carson is … and said that
// Trump …").
func parallelVerb(toks tokens, c *cue) bool {
	if c.end() >= toks.len() || !toks.at(c.end()).is("that") {
		return false
	}
	j := c.sent.cueIndex(c.start)
	if j == 0 {
		return false
	}
	o := &c.sent.cues()[j-1]
	return o.verb && o.end() < toks.len() && toks.at(o.end()).is("that") && toks.at(o.start).text() == toks.at(c.start).text()
}

// shareSpeaker gives c the speaker of the nearest earlier cue of its
// sentence, and reports whether there was one.
func (st *state) shareSpeaker(c *cue) bool {
	cues := c.sent.cues()
	j := c.sent.cueIndex(c.start)
	for n := 0; j > 0 && n < maxCues; n++ {
		j--
		if o := &cues[j]; o != c && o.speaker.ok() {
			c.speaker, c.entity, c.confidence = o.speaker, o.entity, o.confidence*0.9
			return true
		}
	}
	return false
}

// withPhrase returns the noun phrase that ends before token e after
// "with", the subject of a participle at e: "with the former secretary of
// state calling", "with many marchers and spectators chanting".
func withPhrase(toks tokens, e int) (phrase, bool) {
	p, ok := npBefore(toks, e)
	if !ok || p.start < 1 {
		return phrase{}, false
	}
	if toks.at(p.start - 1).is("and") {
		if q, ok := npBefore(toks, p.start-1); ok {
			p.start = q.start
		}
	}
	return p, p.start > 0 && toks.at(p.start-1).is("with")
}

// ofPhrase returns the name that ends before token e after "of", the
// subject of a participle at e: "a clip of Jane Doe saying", "reminds me
// of Abraham Lincoln saying". The name is capitalised words only.
func ofPhrase(toks tokens, e int) (phrase, bool) {
	p, ok := npBefore(toks, e)
	if !ok || p.start < 1 || !toks.at(p.start-1).is("of") {
		return phrase{}, false
	}
	for k := p.start; k < p.end; k++ {
		if !toks.at(k).capitalized() && !isInitialDot(toks, k) {
			return phrase{}, false
		}
	}
	return p, true
}

// clauseSubject returns the subject of the clause before the comma that
// precedes the participle at token i: "Trump" in "Speaking in Salem,
// Trump went after Bush, calling him …". The subject is the phrase that
// opens the clause and is followed by a verb.
func clauseSubject(toks tokens, i int) (phrase, bool) {
	k := skipBack(toks, i)
	if k == 0 || toks.at(k-1).text() != "," {
		return phrase{}, false
	}
	end := k - 1
	// The clause runs from the comma before it, or the sentence start.
	for start := end - 1; start >= -1 && end-start <= maxReach; start-- {
		if start >= 0 && toks.at(start).text() != "," && toks.at(start).kind() != mark {
			continue
		}
		b := start + 1
		p, ok := npAfter(toks, b)
		after := p.end
		if ok {
			after = pastParens(toks, p.end)
		}
		if ok && after < end && (verbAfterSubject(toks, after) || toks.at(after).kind() == word && !toks.at(after).capitalized()) {
			return p, true
		} else if ok && after < end && toks.at(after).text() == "," && (start < 0 || toks.at(start).kind() != mark) {
			// "Mary Stone, the head of the union, emailed members,
			// telling them": past the apposition.
			for j := after + 1; j+1 < end && j-after <= maxPhrase; j++ {
				if t := toks.at(j); t.quote() >= 0 || t.kind() == mark {
					break
				} else if t.text() == "," {
					if verbAfterSubject(toks, j+1) {
						return p, true
					}
					break
				}
			}
		}
		if start >= 0 && toks.at(start).kind() == mark {
			break
		}
	}
	return phrase{}, false
}

// pastParens returns the token after the parentheses that open at token k
// ("Ed Rendell (D), …"), or k when none do.
func pastParens(toks tokens, k int) int {
	if k >= toks.len() || toks.at(k).text() != "(" {
		return k
	}
	for j := k + 1; j < toks.len() && j-k <= 8; j++ {
		if toks.at(j).text() == ")" {
			return j + 1
		}
	}
	return k
}

// openingParen returns the token of the "(" whose ")" is token k-1, or -1.
func openingParen(toks tokens, k int) int {
	if k < 2 || toks.at(k-1).text() != ")" {
		return -1
	}
	for j := k - 2; j >= 0 && j >= k-8; j-- {
		if toks.at(j).text() == "(" {
			return j
		}
	}
	return -1
}

// minContentWords is the fewest tokens that must come before "…, X said"
// for the words before to be what X said; fewer make the attribution a
// parenthesis ("South Carolina, he said, was …").
const minContentWords = 5

// clauseEnds reports whether the clause ends at token k: a comma, a full
// stop or the end of the sentence. A comma or colon that opens a
// quotation does not end it: "Ryan said, “Sure.”"
func clauseEnds(toks tokens, k int) bool {
	if k >= toks.len() {
		return true
	}
	switch toks.at(k).text() {
	case ".", ";":
		return true
	case ",":
		return k+1 >= toks.len() || toks.at(k+1).quote() < 0 && toks.at(k+1).kind() != mark
	}
	return false
}

// hasThatBefore reports whether "that" stands between c and the cue
// before it in its sentence.
func hasThatBefore(c *cue) bool {
	from := max(0, c.start-maxReach)
	if j := c.sent.cueIndex(c.start); j > 0 {
		from = max(from, c.sent.cues()[j-1].end())
	}
	for k := from; k < c.start; k++ {
		if c.sent.toks.at(k).is("that") {
			return true
		}
	}
	return false
}

// skipBack returns the token before which only auxiliaries and adverbs
// stand between it and the verb at i.
func skipBack(toks tokens, i int) int {
	k := i
	for k > 0 && toks.at(k-1).kind() == word && toks.at(k-1).quote() < 0 && (toks.at(k-1).in(language.SubjectSkips) || isAdverb(toks.at(k-1))) {
		k--
	}
	return k
}

// finishCue resolves the speaker of c from its subject, and the outlet
// that its subject or object names.
func (st *state) finishCue(c *cue) {
	toks := c.sent.toks
	if !c.subject.empty() {
		m := st.classify(toks, c.subject)
		if m.kind == byPronoun && m.typ == Person && !toks.at(c.subject.start).is("who") {
			st.sameSentencePerson(toks, c.subject.start)
		}
		if m.kind == byPronoun && toks.at(c.subject.start).is("who") {
			// "Mike Lee, who declared": the one named before the comma.
			st.relative(toks, c, m)
		} else if w, ok := st.documentOwner(toks, c.subject, m); ok {
			c.who = w // "her statement said": hers
		} else {
			c.speaker, c.entity, c.confidence = st.speakerOf(m)
		}
		switch {
		case c.outlet != nil:
		case m.kind == byOutlet:
			rel := Reported
			switch {
			case c.verbIs(language.WriteVerbs):
				rel = Wrote
			case c.according:
				rel = AccordingTo
			}
			c.outlet = &Citation{Outlet: m.name, Relation: rel, Mention: m.text, Span: m.span}
		case m.outlet != nil:
			c.outlet = m.outlet
			if m.typ == Person && (m.kind == byName || m.kind == byRole) {
				// "NBC’s Kristen Welker asked", "a Fox News host
				// said": the outlet the one works for reports its
				// own journalist's words. "Reuters sources said" is
				// what Reuters reported. A copy: the mention's
				// citation is shared.
				employer := *m.outlet
				employer.Relation, employer.Employer = Reported, true
				c.outlet = &employer
			}
		}
	}
	if c.outlet == nil && !c.object.empty() {
		if o := st.anaphorOutlet(toks, c.object); o != nil {
			c.outlet = o
		} else if m := st.classify(toks, c.object); m.kind == byOutlet {
			c.outlet = &Citation{Outlet: m.name, Relation: Told, Mention: m.text, Span: m.span}
		} else if m.outlet != nil && st.opensObject(toks, c.object, m.outlet.Span) {
			// "told the BBC’s Laura Kuenssberg", "told a Reuters
			// reporter": the outlet the one told works for.
			o := *m.outlet
			o.Relation = Told
			c.outlet = &o
		}
	}
}

// documentOwner returns whose a document is when the subject p of a cue
// names it with a possessive: "her statement said" is hers, "Sanders’
// email notes" is Sanders'. The mention is the possessor's.
func (st *state) documentOwner(toks tokens, p phrase, m mention) (who, bool) {
	if m.kind != byGroup || m.typ != Unknown || !toks.at(p.end-1).in(language.DocumentNouns) {
		return who{}, false
	}
	first := toks.at(p.start)
	if first.is("his") || first.is("her") {
		e := st.ents.resolve(mention{kind: byPronoun, typ: Person})
		if e == nil {
			return who{}, false
		}
		sp := speakerRef{name: e.name, span: first.span(), typ: typeOf(Person)}
		return who{sp, e, 0.7}, true
	}
	for k := p.start + 1; k < p.end-1; k++ {
		if toks.at(k).kind() == possessive || isPluralPossessive(toks, k) {
			o := st.classify(toks, phrase{p.start, k})
			if o.kind != byName && o.kind != byRole {
				return who{}, false
			}
			sp, e, conf := st.speakerOf(o)
			return who{sp, e, conf * 0.9}, true
		}
	}
	return who{}, false
}

// sameSentencePerson makes the person named last before token i of the
// sentence, if any, what a pronoun at i points at: in "Donald Trump’s
// election …, as he has declared", he is Trump.
func (st *state) sameSentencePerson(toks tokens, i int) {
	if e := st.personBefore(toks, i, unknownGender); e != nil {
		st.ents.lastPerson = e
	}
}

// personBefore returns the person named last before token i in toks, of
// gender g or not known to be of the other, or nil.
func (st *state) personBefore(toks tokens, i int, g gender) *entity {
	for j := i - 1; j >= 0 && i-j <= maxReach; j-- {
		t := toks.at(j)
		if t.quote() >= 0 || !t.capitalized() || j+1 < toks.len() && toks.at(j+1).capitalized() {
			continue // the last word of a name
		}
		p, ok := npBefore(toks, j+1)
		if !ok {
			continue
		}
		if m := st.classify(toks, p); m.kind == byName && m.typ == Person {
			if e := st.ents.byName(m.name, Person); e != nil && (e.gender == unknownGender || g == unknownGender || e.gender == g) {
				return e
			}
		}
	}
	return nil
}

// relative resolves the relative pronoun m, the subject of c, to the
// phrase before the comma that precedes it; the mention stays "who".
func (st *state) relative(toks tokens, c *cue, m mention) {
	w := c.subject.start
	if w < 2 || toks.at(w-1).text() != "," {
		return
	}
	p, ok := npBefore(toks, w-1)
	if !ok {
		return
	}
	a := st.classify(toks, p)
	if a.typ != Person && a.typ != Group {
		// "since Trump took office, who has promised": the person named
		// last before the clause.
		found := false
		for j := w - 2; j >= 0 && w-j <= maxReach && !found; j-- {
			if q, ok := npBefore(toks, j+1); ok && toks.at(j).capitalized() {
				if b := st.classify(toks, q); b.kind == byName && b.typ == Person {
					p, a, found = q, b, true
				}
			}
		}
		if !found {
			return
		}
	}
	sp, e, conf := st.speakerOf(a)
	sp.span = m.span // the mention stays "who"
	c.speaker, c.entity, c.confidence = sp, e, conf*0.95
}

// overlaps reports whether two phrases share a token.
func overlaps(a, b phrase) bool { return a.start < b.end && b.start < a.end }

// passiveSubject returns the token just after the subject of a passive
// "Y was quoted as saying", or -1.
func passiveSubject(toks tokens, i int) int {
	if i > 0 && toks.at(i-1).in(language.BeVerbs) {
		return i - 1
	}
	return -1
}

// subjectOf returns the speaker's phrase of the verb at token i: before it
// ("Peskov said"), after it ("said Peskov"), or past an apposition or a
// relative clause ("Steven Cheung, Mr. Trump’s communications director,
// stated"; "Peskov, who …, said").
func (st *state) subjectOf(toks tokens, i int) (p phrase, inverted, ok bool) {
	k := skipDateBack(toks, skipBack(toks, i))
	k = skipBack(toks, k) // "had last month charged"
	if k == 0 {
		// A verb opening its sentence: "Said Peskov: …" is rare; a
		// headline's "Kremlin says" has its subject before.
		p, ok := npAfter(toks, i+1)
		return p, true, ok
	}
	b := toks.at(k - 1)
	// After a quotation: "“…,” said Peskov" or "“…,” Peskov said".
	if b.quote() >= 0 || b.kind() == mark || (b.text() == "," && k > 1 && (toks.at(k-2).quote() >= 0 || toks.at(k-2).kind() == mark)) {
		if p, ok := npAfter(toks, i+1); ok {
			return namedAfter(toks, p), true, true
		}
		if i+2 < toks.len() && isNumber(toks.at(i+1).text()) {
			// "said 9/11 widow Terry Strada", "said 43-year-old Jane Doe".
			for j := i + 2; j < toks.len() && j <= i+4; j++ {
				if p, ok := npAfter(toks, j); ok && toks.at(j).kind() == word {
					return phrase{i + 1, p.end}, true, true
				}
			}
		}
		if p, ok := beforePlace(toks, k); ok {
			return p, false, true // "“…?” a staffer in the room wondered."
		}
		return phrase{}, false, false
	}
	if b.text() == "," {
		if p, inv, ok := st.appositive(toks, k-1); ok {
			return p, inv, ok
		}
		// "But, said Solovey, “…”".
		if p, ok := npAfter(toks, i+1); ok && p.end < toks.len() && (toks.at(p.end).text() == "," || toks.at(p.end).text() == ":" || toks.at(p.end).quote() >= 0) {
			return p, true, true
		}
		return phrase{}, false, false
	}
	if k >= 2 && toks.at(k-1).text() == ")" {
		// "Sen. John Cornyn (R-Texas) told": past the parentheses.
		for j := k - 2; j >= 0 && j >= k-8; j-- {
			if toks.at(j).text() == "(" {
				if p, ok := npBefore(toks, j); ok {
					return p, false, true
				}
				break
			}
		}
	}
	if p, ok := npBefore(toks, k); ok {
		if p.start > 1 && toks.at(p.start-1).is("to") {
			// "Sanders’ email to his supporters notes": the document,
			// not whom it was sent to.
			if q, ok := npBefore(toks, p.start-1); ok && toks.at(q.end-1).in(language.DocumentNouns) {
				return q, false, true
			}
		}
		return p, false, true
	}
	if p, ok := beforePlace(toks, k); ok {
		return p, false, true // "a source at the Tampa station said"
	}
	// A "—" or "," after the content: "… , Peskov said" handled above;
	// "said Peskov" at the end of a clause.
	if b.kind() == punct {
		if p, ok := npAfter(toks, i+1); ok {
			return p, true, true
		}
	}
	return phrase{}, false, false
}

// maxAppositionName is the most words of a name set after a descriptor.
const maxAppositionName = 4

// namedAfter returns p, a descriptor after a verb, with the name that
// follows it after a comma and closes the clause: "says the victim’s
// partner, Jane Doe." reads as one phrase naming Jane Doe. p is returned
// as it is when it ends in a name, or no name follows.
func namedAfter(toks tokens, p phrase) phrase {
	if p.end+1 >= toks.len() || toks.at(p.end).text() != "," || toks.at(p.end-1).capitalized() || toks.at(p.end-1).kind() != word {
		return p
	}
	q, ok := npAfter(toks, p.end+1)
	if !ok || q.end-q.start > maxAppositionName || isDate(toks.at(q.start)) {
		return p
	}
	for k := q.start; k < q.end; k++ {
		if !toks.at(k).capitalized() && !isInitialDot(toks, k) {
			return p
		}
	}
	if q.end < toks.len() {
		if t := toks.at(q.end); t.text() != "," && t.text() != "." && t.text() != ";" {
			return p
		}
	}
	return phrase{p.start, q.end}
}

// beforePlace returns the speaker's phrase before a phrase of place that
// ends at token k: "a Democratic staffer in the room", "a source at the
// station". The phrase before it must end with a title or a group.
func beforePlace(toks tokens, k int) (phrase, bool) {
	for j := k - 1; j > 0 && k-j <= 4; j-- {
		t := toks.at(j)
		if t.kind() != word || t.quote() >= 0 {
			return phrase{}, false
		}
		if !(t.is("in") || t.is("at") || t.is("inside") || t.is("outside")) {
			continue
		}
		if p, ok := npBefore(toks, j); ok && toks.at(p.end-1).inAny(titleOrGroup) {
			return p, true
		}
		return phrase{}, false
	}
	return phrase{}, false
}

// skipDateBack returns the token before which a date stands between a
// subject and its verb: "President Obama on Friday declared", "Peskov on
// Monday said", "Trump in the past has called".
func skipDateBack(toks tokens, k int) int {
	j := k
	for j > 0 && k-j < 4 {
		t := toks.at(j - 1)
		if t.is("the") && j < k {
			j-- // "in the past"
			continue
		}
		if t.kind() != word || t.quote() >= 0 || !(t.inAny(dayOrTime) || isNumber(t.text())) {
			break
		}
		j--
	}
	if j < k && j > 0 && (toks.at(j-1).is("on") || toks.at(j-1).is("last") || toks.at(j-1).is("this") || toks.at(j-1).is("in")) {
		return j - 1
	}
	return k
}

// appositive returns the subject of a verb preceded by the comma at token
// c: the name in "Steven Cheung, Mr. Trump’s communications director,
// stated", "Peskov, who …, said" and "Brazile’s colleague, Jake Tapper,
// insists".
func (st *state) appositive(toks tokens, c int) (phrase, bool, bool) {
	// Walk back over the commas of the apposition or clause: "Ramil Carr,
	// 31, a Philadelphia photographer, said".
	for n, o := 0, c-1; n < 3 && o > 0 && c-o <= maxReach; o-- {
		t := toks.at(o)
		if st.inTitle(toks, o) {
			continue // "a contestant on the show “The Apprentice,” who …"
		}
		if inQuotation(toks, o) {
			return phrase{}, false, false
		}
		if t.text() != "," {
			continue
		}
		n++
		if p, inv, ok := st.appositionAt(toks, o, c); ok {
			return p, inv, ok
		}
	}
	return phrase{}, false, false
}

// inTitle reports whether token o is a word of a work's title in marks
// (quote.Title), or a mark next to one.
func (st *state) inTitle(toks tokens, o int) bool {
	title := func(k int) bool {
		if k < 0 || k >= toks.len() {
			return false
		}
		qi := toks.at(k).quote()
		return qi >= 0 && int(qi) < len(st.doc.Quotes) && st.doc.Quotes[qi].Kind == quote.Title
	}
	if toks.at(o).kind() == mark {
		return title(o-1) || title(o+1)
	}
	return title(o)
}

// appositionAt reads toks[o+1:c] as an apposition or a clause set between
// commas, and returns the subject it describes.
func (st *state) appositionAt(toks tokens, o, c int) (phrase, bool, bool) {
	inner := toks.at(o + 1)
	participial := hasSuffixFold(inner.text(), "ing") && !inner.capitalized()
	if participial || inner.in(language.Subordinators) {
		// "Durbin, noting the size of the list, said"; "Powell's office,
		// when contacted by Reuters, said"; "Sen. Durbin (D-Ill.), noting".
		ob := o
		if j := openingParen(toks, o); j > 0 {
			ob = j
		}
		if out, ok := npBefore(toks, ob); ok {
			return out, false, true
		}
	}
	if inner.in(language.ClauseStarts) && !inner.capitalized() && !inner.is("who") && !inner.is("which") {
		// "Clinton, during a town hall meeting in Columbus, said": a
		// phrase set between commas; the subject is before it.
		if out, ok := npBefore(toks, o); ok {
			return out, false, true
		}
	}
	// "Ana Ruiz, former head of the party, said": a modifier before a
	// title opens an apposition too.
	modified := inner.in(language.NPModifiers) && o+2 < c && toks.at(o+2).inAny(titles)
	if !(inner.is("who") || inner.is("which") || inner.is("whose") || inner.is("part") || inner.is("another") || inner.inAny(apposition) ||
		inner.capitalized() || isNumber(inner.text()) || modified) {
		// "As …, he explained" has no apposition.
		return phrase{}, false, false
	}
	in, inOK := npBefore(toks, c)
	inOK = inOK && in.start == o+1
	var inner_ mention
	if inOK {
		inner_ = st.classify(toks, in)
	}
	ob := o
	if j := openingParen(toks, o); j > 0 {
		ob = j // "State Sen. Lee Bright (R), another early supporter,"
	}
	out, ok := npBefore(toks, ob)
	if !ok {
		return phrase{}, false, false
	}
	if out.start > 0 && toks.at(out.start-1).in(language.ClauseStarts) && !toks.at(out.start-1).capitalized() && inner.capitalized() {
		// "in Columbus, Ohio,": a place in a phrase, not the subject.
		return phrase{}, false, false
	}
	m := st.classify(toks, out)
	if m.kind == byName || m.kind == byOutlet {
		// The apposition describes the one named.
		if inOK && m.typ == Person && (inner_.kind == byRole || inner_.kind == byName) {
			if e := st.ents.resolve(m); e != nil {
				for _, w := range inner_.roles {
					e.addRole(w)
				}
			}
		}
		return out, false, true
	}
	if inOK && inner_.kind == byName {
		// "Brazile’s CNN colleague, Jake Tapper, insists".
		if e := st.ents.resolve(inner_); e != nil && inner_.typ == Person {
			for _, w := range m.roles {
				e.addRole(w)
			}
		}
		return in, false, true
	}
	return phrase{}, false, false
}

// isNumber reports whether w is written with digits.
func isNumber(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// speakerOf resolves a mention to a speaker, the entity it names and how
// sure the resolution is.
func (st *state) speakerOf(m mention) (speakerRef, *entity, float64) {
	return st.speakerAt(m, true)
}

// speakerAt is speakerOf; salient says whether the mention makes its
// entity what later pronouns point at (a main clause's subject does, a
// subordinate clause's does not).
func (st *state) speakerAt(m mention, salient bool) (speakerRef, *entity, float64) {
	sp := speakerRef{name: m.name, span: m.span, typ: typeOf(m.typ)}
	conf := 0.9
	e := st.ents.resolve(m)
	if m.kind == byRole && st.roleConflict(m, e) {
		e = nil // "the Russian president" is not the EU's
	}
	switch m.kind {
	case byName:
		if e != nil {
			sp.name = e.name // the fullest form the article gives
		}
	case byRole, byPronoun:
		if e != nil {
			sp.name, sp.typ = e.name, typeOf(e.typ)
			conf = 0.8
		} else {
			sp.name = m.text
			if m.kind == byRole {
				sp.name = strings.TrimPrefix(strings.TrimPrefix(m.text, "the "), "The ")
			}
			conf = 0.5
		}
	case byGroup:
		conf = 0.8
	case byOutlet:
		conf = 0.85
	}
	if salient {
		st.ents.spoke(e)
	}
	return sp, e, conf
}

// findNames records the people and organisations s names, so that later
// roles and pronouns can point at them. A person who opens the sentence
// becomes what "he" or "she" points at.
func (st *state) findNames(s *sentence) {
	toks := s.toks
	if allCapsLine(toks) {
		return // a header in capitals ("ARTICLE CONTINUES BELOW") names nobody
	}
	first := true
	for i := 0; i < toks.len(); i++ {
		t := toks.at(i)
		if t.kind() != word || t.quote() >= 0 {
			continue
		}
		if !(t.capitalized() || t.in(language.PersonTitles)) || t.in(language.ClauseStarts) {
			if !t.inAny(modifiers) {
				first = false
			}
			continue
		}
		p, ok := npAfter(toks, i)
		if !ok {
			first = false
			continue
		}
		m := st.classify(toks, p)
		if m.kind == byName && (len(m.roles) > 0 || strings.Contains(m.name, " ") || hasTitle(toks, p) || st.ents.byName(m.name, m.typ) != nil) {
			e := st.ents.add(m)
			if first {
				st.ents.spoke(e)
			}
		}
		first = false
		i = p.end - 1
	}
}

// allCapsLine reports whether every word of toks, two or more, is in
// capitals.
func allCapsLine(toks tokens) bool {
	n := 0
	for k := 0; k < toks.len(); k++ {
		if t := toks.at(k); t.kind() == word {
			if !isAllCaps(t.text()) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// spanText returns the text of span sp.
func (st *state) spanText(sp quote.Span) string { return st.text[sp.Start:sp.End] }
