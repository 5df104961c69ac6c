package attribution

import "github.com/quotetrace/quotetrace/language"

// maxNamedWords is the most words of the noun phrase that "call" names
// before the name it gives: "called the whole incident a reason".
const maxNamedWords = 4

// callsPhraseNames reports whether the cue c is "call" giving a noun
// phrase a name or a quality in words of the speaker, where the phrase is
// no name or pronoun (see callsNames): "called the charges a fabrication",
// "has called climate change a hoax", "called the incident a reason to
// …". The phrase, a determiner's or a few words in lower case, is followed
// by "a" or "an"; "called a meeting" and "called the chancellor on
// Monday" name nothing.
func callsPhraseNames(c *cue) bool {
	if !c.verbIs(language.CallVerbs) {
		return false
	}
	toks := c.sent.toks
	k := c.end()
	if k+1 >= toks.len() {
		return false
	}
	if o := toks.at(k); o.kind() != word || o.capitalized() || o.is("a") || o.is("an") || o.in(language.ClauseStarts) {
		return false
	}
	for j := k + 1; j < toks.len() && j <= k+maxNamedWords; j++ {
		t := toks.at(j)
		if t.is("a") || t.is("an") {
			return true
		}
		if t.kind() != word || t.quote() >= 0 || t.in(language.ClauseStarts) || t.in(language.ClauseMarkers) {
			return false
		}
	}
	return false
}
