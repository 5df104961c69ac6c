package attribution

import "github.com/quotetrace/quotetrace/language"

// passiveConfidence is the confidence of a stance reported in the passive:
// whose stance it is goes unsaid.
const passiveConfidence = 0.5

// passiveStance returns the clause whose verb of stance, at token i, is
// in the passive before an infinitive: "The sale is expected to close in
// May", "…, and the senator was favored to win". The words are the whole
// clause, its subject and the verb among them, for what is expected is
// that the subject will act: they run from where the clause starts (the
// start of the sentence, or a comma, semicolon, dash, "and", "but",
// "that" or relative pronoun before the subject) to where it ends. It
// reports false when token i is no such verb.
func passiveStance(s *sentence, i int) (phrase, bool) {
	toks := s.toks
	if !toks.at(i).in(language.StanceVerbs) || i+2 >= toks.len() || !toks.at(i+1).is("to") {
		return phrase{}, false
	}
	if v := toks.at(i + 2); v.kind() != word || v.capitalized() || v.in(language.Determiners) {
		return phrase{}, false // "is expected to a degree"
	}
	be := -1
	for k := i - 1; k >= 0 && i-k <= 3; k-- {
		if t := toks.at(k); t.in(language.BeVerbs) {
			be = k
			break
		} else if t.kind() != word || !t.in(language.SubjectSkips) && !isAdverb(t) {
			break
		}
	}
	if be < 0 {
		return phrase{}, false
	}
	be = skipBack(toks, be) // "will be expected", "has been expected"
	from := be
	for from > 0 && be-from < maxReach {
		p := toks.at(from - 1)
		if p.kind() == punct || p.quote() >= 0 || p.kind() == mark || p.in(language.ClauseMarkers) || p.is("and") || p.is("but") {
			break
		}
		from--
		if p.is("who") || p.is("which") {
			break // the relative pronoun is the subject, and stays in
		}
	}
	if from == be {
		return phrase{}, false // no subject: "as is expected to happen"
	}
	relative := toks.at(from).is("who") || toks.at(from).is("which") // its clause ends at a comma
	to := reportedClauseEnd(s, i+2, relative)
	if to <= i+2 {
		return phrase{}, false
	}
	return phrase{from, to}, true
}
