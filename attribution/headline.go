package attribution

import (
	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
)

// maxHeadlineName is the most words of the name that opens a headline.
const maxHeadlineName = 4

// maxHeadlineWords bounds a headline that is not given the role: a
// paragraph of more than twice as many tokens (words and punctuation) is
// body text, and a search for a headline's colon reads no further.
const maxHeadlineWords = 20

// headlineConfidence is for words a headline quotes with no cue, given to
// the one the headline is about.
const headlineConfidence = 0.5

// headlineVerbs are the verbs that end a headline's opening name.
var headlineVerbs = language.SetOf(language.ReportingVerbs, language.StanceVerbs, language.BeVerbs)

// headlineSpeaker returns the speaker of words that a headline quotes with
// no cue of its own: the name that closes it after a comma before "Says"
// ("Trump ‘The Dealmaker’ Could Address Clean Energy, Lindsey Graham
// Says"), else the name that opens it before a verb or a colon ("Trump:
// Generals don't want ‘her as their boss’", "Glenn Beck Says Trump, ‘Alt
// Right’ Pose A Threat", "Obama to frame election as ‘commander-in-chief’
// test", "The Latest: Holt wants ‘a fresh start’ on the roads"), or
// before "on" and a topic closed by a colon ("Jane Doe on the budget:
// ‘…’"), or a name the article gives in full ("Zoe Saldana Asked Men To
// ‘Redefine Masculinity’"). A headline set in title case capitalises its
// verbs, so its words are read one by one; one in sentence case ends its
// name where its noun phrase ends.
func (st *state) headlineSpeaker(s *sentence, at int) (who, bool) {
	head, title := st.isHeadline(s)
	if !head {
		return who{}, false
	}
	toks := s.toks
	n := toks.len()
	for n > 0 && toks.at(n-1).kind() != word {
		n--
	}
	// "…, Lindsey Graham Says."
	if n >= 3 && toks.at(n-1).in(language.ReportingVerbs) && toks.at(n-1).quote() < 0 {
		c := n - 2
		for c >= 0 && n-1-c <= maxHeadlineName && toks.at(c).kind() == word && toks.at(c).capitalized() && toks.at(c).quote() < 0 {
			c--
		}
		if c >= 0 && c < n-2 && toks.at(c).text() == "," {
			if w, ok := st.headlineName(toks, phrase{c + 1, n - 1}); ok {
				return w, true
			}
		}
	}
	if !title {
		return st.openingName(toks, at)
	}
	j := 0
	verb := false
	for j < toks.len() && j <= maxHeadlineName {
		t := toks.at(j)
		if t.kind() == possessive && j > 0 {
			j++ // "CNN’s Jane Doe"
			continue
		}
		if t.kind() != word || t.quote() >= 0 || !t.capitalized() || j == maxHeadlineName {
			break
		}
		if j > 0 && (t.in(language.ReportingVerbs) || t.in(language.StanceVerbs) || t.in(language.BeVerbs) || t.in(language.SubjectSkips)) {
			verb = true
			break
		}
		j++
	}
	if j > 0 && (verb || j < toks.len() && (toks.at(j).text() == ":" || topicBeforeColon(toks, j, at))) {
		return st.headlineName(toks, phrase{0, j})
	}
	for k := j; k > 1; k-- {
		if e := st.ents.byName(st.text[spanOf(toks, phrase{0, k}).Start:spanOf(toks, phrase{0, k}).End], Person); e != nil {
			return st.headlineName(toks, phrase{0, k})
		}
	}
	return who{}, false
}

// openingName returns the speaker a headline in sentence case opens with,
// before the quotation at byte at: the noun phrase that opens it, after a
// label led by a determiner and closed by a colon ("The Latest: …"), cut
// before a verb, followed by a verb, a colon or "on" a topic and a colon.
// A phrase led by a determiner or a preposition names nobody.
func (st *state) openingName(toks tokens, at int) (who, bool) {
	np, ok := npAfter(toks, 0)
	if ok && toks.at(0).in(language.Determiners) && np.end < toks.len() && toks.at(np.end).text() == ":" {
		np, ok = npAfter(toks, np.end+1)
	}
	if !ok || toks.at(np.start).in(language.Determiners) {
		return who{}, false
	}
	for k := np.start + 1; k < np.end; k++ {
		if toks.at(k).inAny(headlineVerbs) {
			np.end = k
			break
		}
	}
	if np.end-np.start > maxHeadlineName || np.end >= toks.len() || toks.at(np.end).span().Start >= at {
		return who{}, false
	}
	if t := toks.at(np.end); t.text() != ":" && (t.kind() != word || t.quote() >= 0) {
		return who{}, false // "Sex, ‘lies’ and …": no verb follows
	}
	return st.headlineName(toks, np)
}

// topicBeforeColon reports whether the tokens of a headline from k are
// "on" and a topic closed by a colon before byte at, where its quotation
// begins: "Jane Doe on the budget: ‘…’".
func topicBeforeColon(toks tokens, k, at int) bool {
	if k >= toks.len() || !toks.at(k).is("on") {
		return false
	}
	for i := k + 1; i < toks.len() && i <= k+maxHeadlineWords && toks.at(i).span().Start < at; i++ {
		if t := toks.at(i); t.quote() >= 0 {
			return false
		} else if t.text() == ":" {
			return i > k+1
		}
	}
	return false
}

// headlineName reads p as the name of a speaker, if it is one.
func (st *state) headlineName(toks tokens, p phrase) (who, bool) {
	m := st.classify(toks, p)
	if m.kind != byName || m.typ != Person && m.typ != Organization {
		return who{}, false
	}
	sp, e, _ := st.speakerAt(m, false)
	return who{sp, e, headlineConfidence}, true
}

// isHeadline reports whether s is a headline, and whether it is set in
// title case: a sentence in a paragraph of that role; a short paragraph
// of one sentence that opens the article ("Obama to frame election as
// ‘commander-in-chief’ test."); or a paragraph of one sentence set in
// title case, which in a list or between sections is a heading of its own
// ("Jane Doe Asked Voters To ‘Show Up.’").
func (st *state) isHeadline(s *sentence) (head, title bool) {
	if s.para >= len(st.art.Paragraphs) {
		return false, false
	}
	p := st.art.Paragraphs[s.para]
	if p.Role != quote.Headline && (s.span.Start > p.Span.Start+3 || s.span.End < p.Span.End-3 || s.toks.len() > 2*maxHeadlineWords) {
		return false, false // not a short sentence of its own
	}
	words, caps := 0, 0
	for k := 0; k < s.toks.len(); k++ {
		if t := s.toks.at(k); t.kind() == word && len(t.text()) > 3 {
			words++
			if t.capitalized() {
				caps++
			}
		}
	}
	title = words >= 3 && caps*4 >= words*3
	if p.Role == quote.Headline || title {
		return true, title
	}
	for j := 0; j < s.para; j++ {
		if st.art.Paragraphs[j].Role.IsText() {
			return false, false // not the article's first paragraph
		}
	}
	return true, false
}
