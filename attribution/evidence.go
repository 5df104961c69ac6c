package attribution

import "github.com/quotetrace/quotetrace/language"

// maxDocumentGap is the most tokens between a document that is a verb's
// subject and the verb: "A CNN/ORC poll of South Carolina released on
// Tuesday showed".
const maxDocumentGap = 8

// documentSubject returns the subject of the verb of cue c when it is a
// document that the phrases after it describe, which the rules of
// speakers do not read: "A new poll last month showed", "New polls
// released Sunday showed", "A video of the episode shows". The document's
// word is one of language.DocumentNouns; the words between it and the
// verb are words of a phrase, with no clause of their own ("that",
// "because") and no punctuation but a slash or a hyphen.
func documentSubject(c *cue) (phrase, bool) {
	if !c.verb || c.according || c.participle || !c.subject.empty() && c.subject.end <= c.start {
		return phrase{}, false
	}
	toks := c.sent.toks
	k := skipBack(toks, c.start)
	for j := k - 1; j >= 0 && k-j <= maxDocumentGap; j-- {
		t := toks.at(j)
		if t.quote() >= 0 || t.kind() != word && t.text() != "/" && t.text() != "-" || t.in(language.ClauseMarkers) || t.in(language.ReportingVerbs) {
			return phrase{}, false
		}
		if !t.in(language.DocumentNouns) {
			continue
		}
		p, ok := npBefore(toks, j+1)
		if !ok || p.start > 0 && toks.at(p.start-1).kind() == word && !toks.at(p.start-1).in(language.ClauseStarts) {
			return phrase{}, false // "to the report released"
		}
		return p, true
	}
	return phrase{}, false
}

// documentSpeaker gives cue c, which has no speaker, the document that is
// its subject (see documentSubject), and reports whether there was one.
func (st *state) documentSpeaker(c *cue) bool {
	p, ok := documentSubject(c)
	if !ok {
		return false
	}
	m := st.classify(c.sent.toks, p)
	c.subject = p
	c.speaker, c.entity, c.confidence = st.speakerAt(m, false)
	return c.speaker.ok()
}
