package attribution

import (
	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
)

// infinitiveVerb reports whether the word at token i is a verb that
// reports only with a complement (language.ComplementVerbs), and an
// infinitive follows: "declined to comment", "refused to rule out a run". Its
// reported words are the infinitive's; without one ("sales declined") it
// reports nothing, nor before a noun phrase ("declined to a record
// low", "spoke to reporters").
func infinitiveVerb(toks tokens, i int) bool {
	if !toks.at(i).in(language.ComplementVerbs) || i+2 >= toks.len() || !toks.at(i+1).is("to") {
		return false
	}
	v := toks.at(i + 2) // a verb, not a noun phrase: "declined to a record low", "spoke to reporters", "talked to him"
	return v.kind() == word && !v.capitalized() && !v.in(language.Determiners) && !isNumber(v.text()) && !isNounHead(v) &&
		!v.in(language.SubjectPronouns) && !v.is("him") && !v.is("her") && !v.is("them") && !v.is("us") && !v.is("me")
}

// infinitiveEnd returns where the infinitive that cue c, a verb of
// language.ComplementVerbs, reports ends, when its words run from token
// from to token to: at the first comma ("declined to comment, saying
// …"), or before "and" or "but" that open a clause of their own ("refused
// to renew it and the tour could not find …"), not before a second noun
// phrase ("a call between Trump and Putin").
func infinitiveEnd(c *cue, from, to int) int {
	if !c.verbIs(language.ComplementVerbs) {
		return to
	}
	toks := c.sent.toks
	for k := from + 1; k < to; k++ {
		t := toks.at(k)
		if t.text() == "," && coordinateComma(toks, k) {
			continue // "to deliver a forceful, top-to-bottom indictment"
		}
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
// its infinitive ends (see infinitiveEnd), or, for a verb of
// language.ComplementVerbs before "about" or "of", after the word that
// opens them.
func (st *state) infinitiveSpan(c *cue, sp quote.Span) quote.Span {
	s := c.sent
	from, to := s.tokenAt(sp.Start), s.tokenAt(sp.End)
	if topicVerb(s.toks, c.start) {
		// What was spoken of, after "about" or "of": not "briefly
		// about the cancellation".
		k := from
		if k < to && isAdverb(s.toks.at(k)) {
			k++
		}
		if k+1 < to && (s.toks.at(k).is("about") || s.toks.at(k).is("of")) {
			return spanOf(s.toks, phrase{k + 1, to})
		}
		return sp
	}
	if !c.verbIs(language.ComplementVerbs) {
		return sp
	}
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
	if subjectAt(s, k) {
		return true
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

// topicVerb reports whether the word at token i is a verb that reports
// only with a complement (language.ComplementVerbs), and "about" or "of"
// follows it, past an adverb: "spoke about the crisis", "talked briefly
// about the cancellation", "speaking of her health".
func topicVerb(toks tokens, i int) bool {
	if !toks.at(i).in(language.ComplementVerbs) {
		return false
	}
	k := i + 1
	if k < toks.len() && isAdverb(toks.at(k)) {
		k++
	}
	return k+1 < toks.len() && (toks.at(k).is("about") || toks.at(k).is("of")) && toks.at(k+1).kind() == word
}
