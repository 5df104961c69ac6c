package attribution

import "github.com/quotetrace/quotetrace/language"

// negatedReport reports whether the reporting verb at toks[i] is negated
// ("did not mention", "wouldn't say", "has not responded to"): such a
// verb reports no words of its own but says what the speaker would not
// speak of, which is reported as a stance. A modal alone ("could
// confirm", "will say") and "neither … nor" are no negation of this kind.
func negatedReport(l *language.Language, toks tokens, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := toks.at(k)
		if t.kind() != word || t.is("neither") || t.is("nor") {
			return false
		}
		if isNegation(l, t.text()) || t.in(language.Negations) {
			return true
		}
		if !t.in(language.SubjectSkips) && !isAdverb(t) {
			return false
		}
	}
	return false
}
