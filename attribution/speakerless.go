package attribution

import "github.com/quotetrace/quotetrace/language"

// speakerlessReport reports whether cue c, whose speaker the rules did not
// find, still reports speech: a verb of saying, not of stance ("Republicans
// who have called for …", "Police had last month charged …"), used as a
// verb after what ends a subject. A word that is as often a noun
// (language.NounForms: "state", "thanks") and a participle after an
// amount, a preposition or an adjective ("475 pledged delegates", "in
// pledged delegates", "the first officially acknowledged conversation")
// report nothing without a speaker.
func speakerlessReport(c *cue) bool {
	if c.stance || !c.verb || c.markOnly || c.verbIs(language.NounForms) {
		return false
	}
	toks := c.sent.toks
	k := skipBack(toks, c.start)
	if k == 0 {
		return false // a verb opening its sentence: "Criticizing police tactics …"
	}
	if n := c.end(); n < toks.len() && hasSuffixFold(toks.at(c.start).text(), "ed") && attributive(toks.at(n)) {
		return false // "the first officially acknowledged conversation"
	}
	p := toks.at(k - 1)
	return !afterAmount(p) && !p.in(language.ScenePrepositions) && !p.in(language.NameConnectors) && !p.in(language.ClauseStarts) ||
		p.is("and") || p.is("but") || p.is("who") || p.is("that")
}

// attributive reports whether t, after a participle, is a noun the
// participle describes rather than its object or what follows a verb: a
// word in lower case that is no determiner, pronoun, preposition, adverb
// or particle ("pledged delegates", not "pledged to", "denied any").
func attributive(t token) bool {
	if t.kind() != word || t.capitalized() || t.quote() >= 0 {
		return false
	}
	return !t.inAny(notVerbs) && !t.in(language.SubjectPronouns) && !t.in(language.SubjectSkips) && !isAdverb(t) &&
		!t.in(language.ClauseMarkers) && !t.is("about") && !t.is("out") && !t.is("up") && !t.is("off")
}
