package attribution

import "github.com/quotetrace/quotetrace/language"

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
