package attribution

import (
	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
)

// infinitiveVerb reports whether the word at token i is a verb of stance
// that reports only before an infinitive (language.InfinitiveVerbs), and
// one follows: "declined to comment", "refused to rule out a run". Its
// reported words are the infinitive's; without one ("sales declined") it
// reports nothing, nor before a noun phrase ("declined to a record
// low").
func infinitiveVerb(toks tokens, i int) bool {
	if !toks.at(i).in(language.InfinitiveVerbs) || i+2 >= toks.len() || !toks.at(i+1).is("to") {
		return false
	}
	v := toks.at(i + 2) // a verb, not a noun phrase: "declined to a record low"
	return v.kind() == word && !v.capitalized() && !v.in(language.Determiners) && !isNumber(v.text())
}

// infinitiveEnd returns where the infinitive that cue c, a verb of
// language.InfinitiveVerbs, reports ends, when its words run from token
// from to token to: at the first comma ("declined to comment, saying
// …"), or before "and" or "but" that open a clause of their own ("refused
// to renew it and the tour could not find …"), not before a second noun
// phrase ("a call between Trump and Putin").
func infinitiveEnd(c *cue, from, to int) int {
	if !c.verbIs(language.InfinitiveVerbs) {
		return to
	}
	toks := c.sent.toks
	for k := from + 1; k < to; k++ {
		t := toks.at(k)
		if t.text() == "," || t.kind() == punct && t.text() != "-" && t.text() != "/" {
			return k
		}
		if (t.is("and") || t.is("but")) && k+1 < to && opensClauseAt(c.sent, k+1) {
			return k
		}
	}
	return to
}

// infinitiveSpan returns the span sp of the words cue c reports, cut where
// its infinitive ends (see infinitiveEnd).
func (st *state) infinitiveSpan(c *cue, sp quote.Span) quote.Span {
	if !c.verbIs(language.InfinitiveVerbs) {
		return sp
	}
	s := c.sent
	from, to := s.tokenAt(sp.Start), s.tokenAt(sp.End)
	if end := infinitiveEnd(c, from, to); end < to && end > from {
		return spanOf(s.toks, phrase{from, end})
	}
	return sp
}

// opensClauseAt reports whether a clause with a subject of its own starts
// at token k of s: a pronoun, or a subject the sentence's clauses record,
// or a determiner's phrase followed by a verb ("the tour found").
func opensClauseAt(s *sentence, k int) bool {
	toks := s.toks
	if toks.at(k).in(language.SubjectPronouns) {
		return true
	}
	for _, u := range s.subjects() {
		if u.start == k {
			return true
		}
	}
	if !toks.at(k).in(language.Determiners) {
		return false
	}
	for j := k + 1; j < toks.len() && j <= k+4; j++ {
		t := toks.at(j)
		if t.kind() != word || t.capitalized() {
			return false
		}
		if j > k+1 && (hasSuffixFold(t.text(), "ed") || t.inAny(verbWords)) {
			return true
		}
	}
	return false
}

// verbWords are words that are verbs after a subject: "has", "was",
// "found", "said".
var verbWords = language.SetOf(language.SubjectSkips, language.BeVerbs, language.StanceVerbs, language.ReportingVerbs)
