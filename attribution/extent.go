package attribution

import (
	"strings"

	"github.com/quotetrace/quotetrace/language"
)

// maxObjectTags bounds how many tokens after a cue are read to tell an
// object from a clause, and to find where an object ends.
const maxObjectTags = 24

// objectEnd returns where the words cue c reports, tokens [from, to), end
// when they are the object of its verb rather than a clause: the noun
// phrase and what belongs to it ("endorsed Trump last week and has
// appeared …" reports "Trump"; "attacked billionaire Donald Trump, with
// whom …" reports "billionaire Donald Trump"). The parts of speech the
// word tables give (roughTag) tell the object from a clause ("believes the
// plan would fail"), which keeps to; a cut is made only where they are
// sure of one.
func (st *state) objectEnd(c *cue, from, to int) int {
	toks := c.sent.toks
	if from+1 < to && toks.at(from).is("to") && roughTag(toks, from+1) != "CD" && roughTag(toks, from+1) != "DT" {
		return vpEnd(toks, from+1, to) // "urged residents to leave, creating …"
	}
	if from >= to || !mayBeObject(toks.at(from)) {
		return to
	}
	hi := min(to, from+maxObjectTags)
	tag := func(k int) string {
		if k == from && toks.at(k).is("that") {
			return "DT" // content read it as a determiner (thatDeterminer)
		}
		return roughTag(toks, k)
	}
	end := npEnd(toks, tag, from, min(to, hi))
	if end == min(to, hi) {
		end = to // the words run past what is read: no cut is known
	}
	if end < to && (toks.at(end).quote() >= 0 || toks.at(end).kind() == mark) {
		end = to // the object runs into a quotation: mixed speech (content)
	}
	return end
}

// mayBeObject reports whether words that start with t may be an object:
// not an infinitive, a negation, a subordinate
// clause or a clause with a pronoun subject ("wants to …", "believes he
// …", "asked whether …"), nor a participle.
func mayBeObject(t token) bool {
	switch {
	case t.kind() != word || t.quote() >= 0:
		return false
	case t.is("to") || t.in(language.Negations) || t.in(language.Subordinators) || t.in(language.ClauseMarkers) && !t.is("that"):
		return false
	case t.in(language.SubjectPronouns) && !t.is("it"), t.is("whether") || t.is("why") || t.is("how") || t.is("what"):
		return false // "believes they …", "asked whether …"
	}
	return !hasSuffixFold(t.text(), "ing")
}

// thatDeterminer reports whether "that", token k of s, is a determiner
// ("dismissed that notion in an interview") rather than the conjunction
// that opens a clause ("said that voters in Iowa were …"): a common noun
// follows it, and no verb that could be its clause's follows in the
// sentence.
func thatDeterminer(s *sentence, k int) bool {
	toks := s.toks
	if k+1 >= toks.len() || toks.len()-k > maxObjectTags || roughTag(toks, k+1) != "NN" || toks.at(k+1).in(language.StanceVerbs) {
		return false
	}
	for j := k + 2; j < toks.len(); j++ {
		if tg := roughTag(toks, j); finiteTag(tg) || tg == "NN" && j == k+2 || tg == "``" || tg == "WDT" {
			return false // "that mothers who …", "that crowds cheer"
		}
	}
	return true
}

// roughTag returns the part of speech of token k as the word tables tell
// it, in Penn Treebank tags: a determiner "DT", a preposition "IN", a
// conjunction "CC", a verb that has a subject ("VBD", "VBZ", "MD"), a
// participle ("VBG", "VBN"), an adverb "RB", a name "NNP", a number "CD";
// "NN" for any other word (a noun or an adjective: what the tables do not
// know is read as part of a noun phrase, so that no rule cuts there).
func roughTag(toks tokens, k int) string {
	t := toks.at(k)
	switch t.kind() {
	case word:
	case possessive:
		return "POS"
	case punct:
		if t.text() == "," {
			return ","
		}
		if t.text() == "$" {
			return "$"
		}
		return "."
	default:
		if isPluralPossessive(toks, k) {
			return "POS"
		}
		return "``"
	}
	if t.quote() >= 0 {
		return "``"
	}
	w := t.text()
	if t.capitalized() && !t.in(language.Determiners) && !t.in(language.PersonPronouns) {
		return "NNP" // "May", "Will" and "Mark" are names in the middle of a sentence
	}
	switch {
	case t.is("and") || t.is("or") || t.is("but") || t.is("nor"):
		return "CC"
	case t.is("to"):
		return "TO"
	case t.is("which") || t.is("who") || t.is("whom") || t.is("whose"):
		return "WDT"
	case t.is("that"):
		return "IN"
	case t.is("being"):
		return "VBG"
	case t.in(language.BeVerbs) || t.is("has") || t.is("have") || t.is("had") || t.is("did") || t.is("does"):
		return "VBZ"
	case t.in(language.Hedges) && !t.in(language.Negations):
		return "MD"
	case t.in(language.Determiners):
		return "DT"
	case t.in(language.PersonPronouns) || t.is("him") || t.is("them") || t.is("it") || t.is("us"):
		return "PRP"
	case t.in(language.Negations) || t.in(language.SubjectSkips):
		return "RB"
	case t.in(language.ScenePrepositions) || t.in(language.NameConnectors) || t.in(language.Subordinators) && !t.is("asked") ||
		t.in(language.ClauseStarts) && !t.capitalized() && len(w) > 2 && !t.in(language.DateWords) && !t.in(language.Conjunctions) &&
			!hasSuffixFold(w, "ing") && !hasSuffixFold(w, "ed") ||
		t.is("by") || t.is("with") || t.is("about") || t.is("from") || t.is("into") || t.is("over") || t.is("against") || t.is("among") || t.is("between") || t.is("than") || t.is("behind") || t.is("out"):
		if t.capitalized() {
			return "NNP"
		}
		return "IN"
	case isNumber(w):
		return "CD"
	case t.capitalized():
		return "NNP"
	case t.in(language.ReportingVerbs) && !t.in(language.NounForms) || t.in(language.StanceVerbs) && !t.in(language.NounForms):
		switch {
		case hasSuffixFold(w, "ing"):
			return "VBG"
		case hasSuffixFold(w, "ed") || hasSuffixFold(w, "s") || t.in(language.CoreSpeech) || t.in(language.WriteVerbs):
			return "VBD"
		}
		return "NN" // "support", "need": as often a noun as a verb
	case strings.Contains(w, "-"):
		return "JJ" // "deep-seated", "pro-Clinton"
	case hasSuffixFold(w, "ing") && len(w) > 5:
		return "VBG"
	case hasSuffixFold(w, "ed") && len(w) > 4:
		return "VBD"
	case hasSuffixFold(w, "ly") && !t.in(language.LyNouns):
		return "RB"
	}
	return "NN"
}

// npEnd returns where the object that starts at token from ends, or to
// when the words are a clause.
func npEnd(toks tokens, tag func(int) string, from, to int) int {
	if !npTag(tag(from)) || clauseAhead(toks, tag, from, to) {
		return to
	}
	k := npRun(toks, tag, from, to)
	for k < to {
		t, tg := toks.at(k), tag(k)
		switch {
		case t.is("that") || tg == "WDT" || tg == "WP" || tg == "WP$":
			return to // "the notion that …", "the mogul who used it"
		case tg == "RB" || tg == "RBR":
			j := k
			for j < to && (tag(j) == "RB" || tag(j) == "RBR" || toks.at(j).kind() == punct) {
				j++
			}
			if j == to {
				return to // "dismissed ideological labels altogether"
			}
			if k > 0 && tag(k-1) == "CC" && npTag(tag(j)) {
				k = npRun(toks, tag, j, to) // "a voice vote, and then a visual vote"
				continue
			}
			if tag(j) != "IN" {
				return k // "endorsed Trump here on Sunday"
			}
			k = j // "far out in front of"
		case tg == "IN" || tg == "TO":
			if k+1 >= to {
				return k
			}
			n, ntg := toks.at(k+1), tag(k+1)
			if ntg == "VBD" && !n.in(language.BeVerbs) {
				ntg = "NN" // "in support of", "as undocumented"
			}
			switch {
			case ntg == "IN" && (t.is("out") || t.is("up")):
				k++ // "out in front of"
				continue
			case ntg == "VBG" || ntg == "VB" || ntg == "WRB" || ntg == "WP" || ntg == "WDT" || ntg == "RB" ||
				t.is("to") && n.kind() == word && !n.capitalized() && ntg != "DT" && ntg != "CD" && ntg != "PRP":
				return vpEnd(toks, k+1, to) // "accused Trump of using …", "the need to combat …", "urged the city to act"
			case t.in(language.Subordinators) && n.in(language.PersonPronouns) || t.in(language.Subordinators) && n.is("it"):
				return k // "supported the bill when it came to a vote"
			case t.is("as") && npTag(ntg):
				if e := npRun(toks, tag, k+1, to); e < to && finiteTag(tag(e)) {
					return k // "as he lined up"
				}
			case t.is("at") || t.is("because") || t.is("during"):
				return k // "endorsed Trump at a rally", "because …"
			case t.in(language.Subordinators) && !t.in(language.ScenePrepositions) || t.is("despite") || t.is("amid") || t.is("since") || t.is("until"):
				if e := npRun(toks, tag, k+1, to); e < to && finiteTag(tag(e)) {
					return k // "denounced the regime after Trump said …"
				}
			case isDate(n) || n.inAny(circumstance) || isYear(n.text()):
				return k // "in late May", "in 2011"
			case !npTag(ntg):
				return k
			}
			e := npRun(toks, tag, k+1, to)
			if t.in(language.ScenePrepositions) && sceneWords(toks, k+1, e) {
				return k // "in a tweet", "in his opening statement", "in the last two debates"
			}
			k = e
		case t.text() == ",":
			if k+1 >= to {
				return to
			}
			n, ntg := toks.at(k+1), tag(k+1)
			switch {
			case n.is("including") || n.is("and") || n.is("or"):
				k += 2 // a list: "…, including …", "…, and then a visual vote"
			case npTag(ntg):
				e := npRun(toks, tag, k+1, to)
				if e < to && (finiteTag(tag(e)) || tag(e) == "VBN") {
					return k // ", his decision was overturned"
				}
				k = e // an apposition or a list: "Percy Walton, the one …"
			case ntg == "IN" && k+2 < to && (tag(k+2) == "WDT" || tag(k+2) == "WP"):
				return to // ", in which …"
			default:
				return k // ", which …", ", calling …", ", with whom …"
			}
		case tg == "VBG" || tg == "VBN":
			return to // "showed Clinton leading …"
		default:
			return k // "and has called for", "51 percent"
		}
	}
	return to
}

// clauseAhead reports whether the words from token from are a clause: a
// noun phrase, with the phrases that belong to it, then a verb of its own
// ("the increased focus on Trump is taking a toll", "the PAC, an outside
// group, made a change").
func clauseAhead(toks tokens, tag func(int) string, from, to int) bool {
	k := npRun(toks, tag, from, to)
	for k < to {
		switch tg := tag(k); {
		case tg == "IN" || tg == "TO":
			if k+1 >= to || !npTag(tag(k+1)) {
				return false
			}
			k = npRun(toks, tag, k+1, to)
		case tg == "RB" || tg == "POS":
			k++
		case toks.at(k).text() == ",":
			// An apposition between commas: "X, an outside group …, made".
			j := k + 1
			for j < to && j-k <= maxNear && toks.at(j).text() != "," {
				j++
			}
			return j+1 < to && toks.at(j).text() == "," && finiteTag(tag(j+1))
		default:
			return finiteTag(tg)
		}
	}
	return false
}

// finiteTag reports whether a tag is that of a verb that can have a
// subject: "said", "says", "say", "will".
func finiteTag(tg string) bool {
	return tg == "VBD" || tg == "VBZ" || tg == "VBP" || tg == "MD" || tg == "VB"
}

// npRun returns the end of the run of noun-phrase words from token k.
func npRun(toks tokens, tag func(int) string, k, to int) int {
	start := k
	for k < to {
		t, tg := toks.at(k), tag(k)
		switch {
		case npTag(tg):
		case (tg == "VBD") && k > start && modifierTag(tag(k-1)) && k+1 < to && strings.HasPrefix(tag(k+1), "NN"):
			// "the proposed plan" (roughTag reads "-ed" as a verb)
		case tg == "VBG" && k > start && tag(k-1) == "DT":
			// "the closing of the plant"
		case tg == "CC" && k+1 < to && npTag(tag(k+1)) && k > start && toks.at(k-1).kind() == word:
		case (tg == "RB" || tg == "RBS" || tg == "RBR") && k+1 < to && (strings.HasPrefix(tag(k+1), "JJ") || (k == start || tag(k-1) == "DT") && tag(k+1) == "NN"):
		case (tg == "VBG" || tg == "VBN") && k+1 < to && (strings.HasPrefix(tag(k+1), "NN") || strings.HasPrefix(tag(k+1), "JJ")) &&
			(k == start || modifierTag(tag(k-1))):
			// "the remaining candidate", "proposed market regulations"
		case t.kind() == possessive || isPluralPossessive(toks, k) || isInitialDot(toks, k) || isAbbreviationDot(toks, k):
		case tg == "HYPH":
		case t.text() == "," && coordinateComma(toks, k):
			// "a long, difficult review"
		case tg == "RB" && (k == start || tag(k-1) == "DT") && k+1 < to && toks.at(k+1).text() == "," && coordinateComma(toks, k+1):
			// "long" of "a long, difficult review" (roughTag reads it as an adverb)
		case t.text() == "(":
			j := k + 1
			for j < to && j-k <= maxNear && toks.at(j).text() != ")" && toks.at(j).text() != "(" {
				j++
			}
			if j >= to || toks.at(j).text() != ")" {
				return k
			}
			k = j // "Sen. Bernie Sanders (I-Vt.)"
		default:
			return k
		}
		if k > start && (isDate(t) || t.in(language.DateWords)) && !toks.at(k-1).in(language.Determiners) && tag(k-1) != "PRP$" {
			return k // "Trump last week", "Canova Friday"
		}
		if tg == "CD" && k > start && strings.HasPrefix(tag(k-1), "NN") {
			return k // "preferred Clinton 51 percent to 24 percent"
		}
		k++
	}
	return k
}

// modifierTag reports whether a word of tag tg may stand before a
// participle that modifies a noun: "the", "his", "new".
func modifierTag(tg string) bool {
	return tg == "DT" || tg == "PRP$" || tg == "POS" || tg == "JJ" || tg == "CD"
}

// npTag reports whether a tag is that of a word of a noun phrase.
func npTag(tg string) bool {
	switch tg {
	case "DT", "PDT", "PRP$", "PRP", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "$":
		return true
	}
	return false
}

// sceneWords reports whether tokens [from, to) name an occasion or a
// document, or hold a date: the phrase after "in" or "at" says where or
// when words were said, not what.
func sceneWords(toks tokens, from, to int) bool {
	for k := from; k < to; k++ {
		if t := toks.at(k); t.inAny(sceneNouns) || t.in(language.DateWords) || isDate(t) {
			return true
		}
	}
	return false
}

// clauseEnd returns where the clause a cue reports, tokens [from, to),
// ends before words of the writer's that follow it: a participle after a
// comma that reports more ("…, pointing to Cruz's victories"), a
// comparison or a circumstance ("…, compared with four in 10 …", "…, with
// Republicans more dissatisfied"), or another verb of the speaker's after
// "and" ("he heard gunfire and questioned why …": "questioned" is the
// speaker's, not the words'). Only 2×maxContent tokens are read: the
// words are cut to maxContent anyway, and a sentence that never ends stays
// linear.
func clauseEnd(toks tokens, from, to int) int {
	for k := from + minIndirectWords; k+1 < to && k < from+2*maxContent; k++ {
		t, n := toks.at(k), toks.at(k+1)
		switch {
		case t.text() == "," && n.kind() == word && !n.capitalized() && roughTag(toks, k+1) == "VBG" && !n.in(language.NounForms) &&
			(n.in(language.ReportingVerbs) || n.in(language.StanceVerbs)):
			return k // ", pointing to …", ", cementing …"
		case t.text() == "," && (n.is("compared") || n.is("comparing") || n.is("with")):
			return k
		case t.is("compared") && (n.is("to") || n.is("with")) && toks.at(k-1).kind() == word:
			return k // "they have made up their minds compared to four in 10 …"
		case t.text() == "," && n.kind() == word && !n.capitalized() && (n.in(language.ReportingVerbs) || n.in(language.StanceVerbs)) &&
			hasSuffixFold(n.text(), "ed") && k+2 < to && toks.at(k+2).is("that"):
			return k // "…, recalled that …": the subject's next verb
		case (t.is("and") || t.is("but")) && toks.at(k-1).kind() == word && speakersVerb(toks, k+1):
			if toks.at(k-1).text() == "," {
				return k - 1
			}
			return k
		}
	}
	return to
}

// speakersVerb reports whether token k, after "and", is a verb of saying
// in the past with no subject of its own, perhaps after "has" and an
// adverb: "and questioned why", "and even questioned", "and has called
// for", "but said".
func speakersVerb(toks tokens, k int) bool {
	if k < toks.len() && (toks.at(k).is("has") || toks.at(k).is("have") || toks.at(k).is("had")) {
		k++ // "and has called for …"
	}
	if k < toks.len() && roughTag(toks, k) == "RB" {
		k++
	}
	if k >= toks.len() {
		return false
	}
	t := toks.at(k)
	if t.kind() != word || t.capitalized() || !t.in(language.ReportingVerbs) && !t.in(language.StanceVerbs) ||
		!hasSuffixFold(t.text(), "ed") && !hasSuffixFold(t.text(), "ing") && !saidOrSays(t) || k+1 >= toks.len() {
		return false
	}
	if saidOrSays(t) {
		return true // "declined to name them but said one was …": said has words of its own
	}
	// What follows is the verb's own words, not an object it shares with
	// the reported clause: "questioned why", "suspected immediately that",
	// "called on".
	n := toks.at(k + 1)
	return n.in(language.ClauseMarkers) || n.in(language.Subordinators) || roughTag(toks, k+1) == "RB" ||
		n.is("why") || n.is("how") || n.is("whether") || n.is("what") || n.is("on") || n.is("for")
}

// vpEnd returns where a verb phrase that reports what was said, from token
// from to at most to, ends before the writer's words after it: a
// participle after a comma ("to bolster its military, reversing its
// pacifism"), or a clause of time or cause ("to go home after Christie was pressed …").
func vpEnd(toks tokens, from, to int) int {
	for k := from + 1; k+1 < to; k++ {
		t, n := toks.at(k), toks.at(k+1)
		switch {
		case t.text() == "," && n.kind() == word && !n.capitalized() && roughTag(toks, k+1) == "VBG" && !n.is("including"):
			return k
		case t.is("after") || t.is("before") || t.is("because") || t.is("while"):
			if e := npRun(toks, func(j int) string { return roughTag(toks, j) }, k+1, to); e > k+1 && e < to && finiteTag(roughTag(toks, e)) {
				return k // "after Christie was pressed"
			}
		}
	}
	return to
}

// sceneOnly reports whether the words after a verb of saying, tokens
// [from, to), say only where, when or about what it was said, with no
// clause of their own: "said at a news conference in New York in
// December", "said about Latinos in the last year".
func sceneOnly(c *cue, from, to int) bool {
	toks := c.sent.toks
	if !c.verbIs(language.CoreSpeech) {
		return false
	}
	f := toks.at(from)
	if !f.in(language.ScenePrepositions) && !f.is("about") && !f.is("than") {
		return false
	}
	for k := from + 1; k < to; k++ {
		if tg := roughTag(toks, k); finiteTag(tg) || tg == "IN" && toks.at(k).is("that") {
			return false
		}
	}
	return true
}

// saidOrSays reports whether t is the verb of saying itself, which has
// words of its own after it whatever follows: "said", "says".
func saidOrSays(t token) bool {
	return t.is("said") || t.is("says")
}

// coordinateComma reports whether the comma at token k stands between two
// words that describe one noun after a determiner: "a forceful,
// top-to-bottom indictment", "a long, difficult review". Such a comma ends
// no phrase.
func coordinateComma(toks tokens, k int) bool {
	if k < 2 || k+2 >= toks.len() || roughTag(toks, k-2) != "DT" {
		return false
	}
	n := toks.at(k + 1)
	if n.kind() != word || n.capitalized() || n.in(language.ClauseOpeners) || n.in(language.Determiners) || toks.at(k+2).kind() != word {
		return false
	}
	before, after, head := roughTag(toks, k-1), roughTag(toks, k+1), roughTag(toks, k+2)
	return (before == "NN" || before == "JJ" || before == "RB") && (after == "NN" || after == "JJ") && (head == "NN" || head == "JJ")
}
