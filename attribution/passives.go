package attribution

import "github.com/quotetrace/quotetrace/language"

// passiveConfidence is the confidence of a stance reported in the passive:
// whose stance it is goes unsaid.
const passiveConfidence = 0.5

// passiveStance returns the clause whose verb of stance, at token i, is
// in the passive before an infinitive: "The sale is expected to close in
// May", "…, and the senator was favored to win"; or whose verb of how
// things look (language.SeemVerbs) is before one: "the race appears to be
// tightening". The words are the whole
// clause, its subject and the verb among them, for what is expected is
// that the subject will act: they run from where the clause starts (the
// start of the sentence, or a comma, semicolon, dash, "and", "but",
// "that" or relative pronoun before the subject) to where it ends. It
// reports false when token i is no such verb.
func passiveStance(s *sentence, i int) (phrase, bool) {
	toks := s.toks
	seem := toks.at(i).in(language.SeemVerbs)
	if !seem && !toks.at(i).in(language.StanceVerbs) || i+2 >= toks.len() || !toks.at(i+1).is("to") {
		return phrase{}, false
	}
	if v := toks.at(i + 2); v.kind() != word || v.capitalized() || v.in(language.Determiners) {
		return phrase{}, false // "is expected to a degree"
	}
	be := beBefore(toks, i)
	if seem {
		be = skipBack(toks, i) // "the race appears to be", "Trump also seemed to"
	} else if be < 0 {
		return phrase{}, false
	}
	be = skipBack(toks, be) // "will be expected", "has been expected"
	from := clauseFrom(toks, be)
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

// passiveAgent returns the subject of a verb of saying or of stance, at
// token i, in the passive with the one who spoke named after "by": "Her
// death was confirmed by the foundation", "Trump was attacked by Clinton".
// The subject is what was said of, the reported words; the phrase after
// "by" is the speaker. The subject runs from where its clause starts (see
// passiveStance) to the verb "to be"; a relative pronoun alone ("who was
// backed by liberals") is no words.
func passiveAgent(s *sentence, i int) (subject, agent phrase, ok bool) {
	toks := s.toks
	j := i + 1
	for j < toks.len() && j-i <= 2 && isAdverb(toks.at(j)) {
		j++ // "was criticized sharply by"
	}
	if j+1 >= toks.len() || !toks.at(j).is("by") {
		return phrase{}, phrase{}, false
	}
	agent, ok = npAfter(toks, j+1)
	if !ok {
		return phrase{}, phrase{}, false
	}
	be := beBefore(toks, i)
	if be < 0 {
		return phrase{}, phrase{}, false
	}
	be = skipBack(toks, be) // "has been criticized"
	from := clauseFrom(toks, be)
	if be-from < 1 || be-from == 1 && (toks.at(from).is("who") || toks.at(from).is("which") || toks.at(from).is("that")) {
		return phrase{}, phrase{}, false
	}
	return phrase{from, be}, agent, true
}

// beBefore returns the form of "to be" just before the participle at
// token i, past adverbs and "not" ("was also endorsed", "is not
// expected"), or -1.
func beBefore(toks tokens, i int) int {
	for k := i - 1; k >= 0 && i-k <= 3; k-- {
		if t := toks.at(k); t.in(language.BeVerbs) {
			return k
		} else if t.kind() != word || !t.in(language.SubjectSkips) && !isAdverb(t) {
			return -1
		}
	}
	return -1
}

// clauseFrom returns where the clause whose verb phrase starts at token be
// starts: after the punctuation, quotation, clause marker, "and" or "but"
// before its subject, or at a relative pronoun, which stays in.
func clauseFrom(toks tokens, be int) int {
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
	return from
}
