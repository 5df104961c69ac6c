package attribution

import (
	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
)

// maxHeadlineName is the most words of the name that opens a headline.
const maxHeadlineName = 4

// headlineConfidence is for words a headline quotes with no cue, given to
// the one the headline is about.
const headlineConfidence = 0.5

// headlineSpeaker returns the speaker of words that a headline quotes with
// no cue of its own: the name that closes it after a comma before "Says"
// ("Trump ‘The Dealmaker’ Could Address Clean Energy, Lindsey Graham
// Says"), else the name that opens it before a verb or a colon ("Trump:
// Generals don't want ‘her as their boss’", "Glenn Beck Says Trump, ‘Alt
// Right’ Pose A Threat"), or a name the article gives in full ("Zoe
// Saldana Asked Men To ‘Redefine Masculinity’"). A headline set in title
// case capitalises its verbs, so its words are read one by one.
func (st *state) headlineSpeaker(s *sentence) (who, bool) {
	if !st.isHeadline(s) {
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
	j := 0
	verb := false
	for j < toks.len() && j < maxHeadlineName {
		t := toks.at(j)
		if t.kind() != word || t.quote() >= 0 || !t.capitalized() {
			break
		}
		if j > 0 && (t.in(language.ReportingVerbs) || t.in(language.StanceVerbs) || t.in(language.BeVerbs) || t.in(language.SubjectSkips)) {
			verb = true
			break
		}
		j++
	}
	if j > 0 && (verb || j < toks.len() && toks.at(j).text() == ":") {
		return st.headlineName(toks, phrase{0, j})
	}
	for k := j; k > 1; k-- {
		if e := st.ents.byName(st.text[spanOf(toks, phrase{0, k}).Start:spanOf(toks, phrase{0, k}).End], Person); e != nil {
			return st.headlineName(toks, phrase{0, k})
		}
	}
	return who{}, false
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

// isHeadline reports whether s is a headline: in a paragraph of that role,
// or the article's first paragraph, a sentence of its own set in title
// case ("Obama Says Museum Will Tell of ‘Suffering and Delight.’").
func (st *state) isHeadline(s *sentence) bool {
	if s.para >= len(st.art.Paragraphs) {
		return false
	}
	p := st.art.Paragraphs[s.para]
	if p.Role == quote.Headline {
		return true
	}
	if s.para != 0 || s.span.Start > p.Span.Start+3 || s.span.End < p.Span.End-3 {
		return false
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
	return words >= 3 && caps*4 >= words*3
}
