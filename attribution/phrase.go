package attribution

import (
	"strings"

	"github.com/quotetrace/quotetrace/internal/fold"
	"github.com/quotetrace/quotetrace/language"
)

// A phrase is the tokens [start, end) of a sentence.
type phrase struct{ start, end int }

func (p phrase) empty() bool { return p.end <= p.start }

// maxPhrase bounds the length of a noun phrase, in tokens.
const maxPhrase = 14

// isConnector reports whether t may join the parts of a name: "Committee
// on International Affairs", "head of the State Duma".
func isConnector(t token) bool { return t.in(language.NameConnectors) }

// headOK reports whether t can end a speaker's noun phrase.
func headOK(t token) bool {
	if t.kind() != word || t.quote() >= 0 {
		return false
	}
	if t.in(language.SubjectPronouns) {
		return true
	}
	if t.capitalized() {
		return !t.inAny(notVerbs) && !isTimeWord(t)
	}
	return isNounHead(t)
}

// isTimeWord reports whether a capitalised word names a day or a month and
// so cannot end a speaker's phrase ("on Wednesday", "in December"). Months
// that are also names (May, June, April, August, March) are left out.
func isTimeWord(t token) bool {
	return t.inAny(dates) && !t.in(language.NameMonths)
}

// isNounHead reports whether a lower-case word can end a speaker's phrase:
// a title ("the spokesman"), a group ("experts", "another"), a body ("the
// campaign") or a document ("the statement").
func isNounHead(t token) bool {
	return t.inAny(nounHeads) || t.shape()&agentPlural != 0
}

// minStem is the fewest bytes a word has before an ending of the tables
// AgentSuffixes and AdjectiveSuffixes for the ending to say what the word
// is: "forecasters", not "users".
const minStem = 3

// isAgentPlural reports whether w looks like a plural noun for people by
// its ending, an entry of l's AgentSuffixes: "forecasters", "economists",
// "participants". Only a word in lower case is one (see shapeOf): a name
// ends as it will.
func isAgentPlural(l *language.Language, w string) bool {
	n, ok := l.HasSuffix(language.AgentSuffixes, w)
	return ok && len(w)-n >= minStem
}

// isAdjective reports whether a lower-case word looks like an adjective by
// its ending, an entry of l's AdjectiveSuffixes ("presidential",
// "independent"), so that it may stand inside a speaker's phrase before a
// title.
func isAdjective(l *language.Language, w string) bool {
	n, ok := l.HasSuffix(language.AdjectiveSuffixes, w)
	return ok && len(w)-n >= minStem
}

// npBefore returns the noun phrase that ends just before token e, or false
// when the token before e cannot end one.
func npBefore(toks tokens, e int) (phrase, bool) {
	if e <= 0 || e > toks.len() {
		return phrase{}, false
	}
	if e >= 2 && toks.at(e-2).is("those") && toks.at(e-1).kind() == word && toks.at(e-1).quote() < 0 && !toks.at(e-1).capitalized() {
		return phrase{e - 2, e}, true // "those surveyed", "those polled"
	}
	if !headOK(toks.at(e - 1)) {
		return phrase{}, false
	}
	head := toks.at(e - 1)
	if head.in(language.SubjectPronouns) || head.in(language.GroupPronouns) && (e < 2 || !toks.at(e-2).capitalized()) {
		return phrase{e - 1, e}, true
	}
	k := e - 1
	for k > 0 && e-k < maxPhrase {
		t := toks.at(k - 1)
		if t.quote() >= 0 {
			break
		}
		if t.kind() == possessive || isPluralPossessive(toks, k-1) {
			k--
			continue
		}
		if isInitialDot(toks, k-1) {
			k-- // "Richard J. Durbin"
			continue
		}
		if t.kind() != word {
			break
		}
		switch {
		case t.capitalized():
			if t.in(language.ClauseStarts) && !fold.Equal(t.text(), "the") {
				goto done
			}
		case t.inAny(modifierWords) || isNounHead(t):
		case t.shape()&adjective != 0 && !t.in(language.Determiners):
		case isConnector(t) && k > 1 && joinsName(toks.at(k-2)) && (toks.at(k).capitalized() || !isCoordinator(t.text())) &&
			(isCoordinator(t.text()) || opensName(toks.at(k-2))):
		default:
			goto done
		}
		k--
		if fold.Equal(t.text(), "a") || fold.Equal(t.text(), "an") {
			break // an indefinite article starts its phrase
		}
	}
done:
	// A phrase does not start with a connector or a possessive.
	for k < e-1 && (isConnector(toks.at(k)) || toks.at(k).kind() != word) {
		k++
	}
	if l, ok := personOf(toks, k); ok {
		k = l // "Ted Cruz of Texas", "Jeffrey Lewis of the James Martin Center"
	}
	if k == 0 && e == 1 && strings.HasSuffix(toks.at(0).text(), "ing") && (e >= toks.len() || !toks.at(e).in(language.ReportingVerbs)) {
		return phrase{}, false // "Holding signs, …": a participle, not a name
	}
	return phrase{k, e}, true
}

// personOf returns the start of a person's name that stands before "of",
// "at" or "from" and the phrase at token k, the place or body the person
// is of ("Ted Cruz of Texas", "Mr. Burman of the Tax Policy Center"), or
// false. The name is two words or more, with no determiner before them,
// and its last word is capitalized and no title or organisation word: not
// "Secretary of State", "Bank of America", "a Democrat from Ohio".
func personOf(toks tokens, k int) (int, bool) {
	if k < 2 || !toks.at(k).capitalized() && !(toks.at(k).is("the") && k+1 < toks.len() && toks.at(k+1).capitalized()) {
		return 0, false
	}
	if !affiliates(toks.at(k - 1)) {
		return 0, false
	}
	n := toks.at(k - 2)
	if !n.capitalized() || n.inAny(orgOrTitle) || n.in(language.ClauseStarts) {
		return 0, false
	}
	l, ok := npBefore(toks, k-1)
	if !ok || l.end-l.start < 2 || toks.at(l.start).in(language.Determiners) {
		return 0, false
	}
	return l.start, true
}

// affiliates reports whether t is "of", "at" or "from", which join a
// person to the place or body they are of: "Ted Cruz of Texas", "Jane Doe
// at Politico".
func affiliates(t token) bool { return t.is("of") || t.is("at") || t.is("from") }

// affiliationIn returns the first of tokens [from, to) that affiliates,
// or -1.
func affiliationIn(toks tokens, from, to int) int {
	for j := from; j < to; j++ {
		if affiliates(toks.at(j)) {
			return j
		}
	}
	return -1
}

// headAhead reports whether a title or group noun follows token k within
// three words, with only words between: "district" in "one district GOP
// leader".
func headAhead(toks tokens, k int) bool {
	if w := toks.at(k); w.inAny(notNounAhead) || hasSuffixFold(w.text(), "ed") || hasSuffixFold(w.text(), "ing") {
		return false // a verb: "emailed supporters"
	}
	for j := k + 1; j < toks.len() && j <= k+3; j++ {
		t := toks.at(j)
		if t.kind() != word || t.quote() >= 0 || t.inAny(notVerbs) {
			return false
		}
		if t.inAny(titleOrGroup) || t.capitalized() {
			return true // "retired neurosurgeon Ben Carson"
		}
	}
	return false
}

// isDate reports whether t names a day or a month: "on Sunday" is no part
// of a name.
func isDate(t token) bool { return t.inAny(dates) }

// isCoordinator reports whether w joins two phrases rather than the parts
// of one name: "and", "&". It joins names only between capitalised words
// ("Marks and Spencer"), never "Ukraine and the Russian president".
func isCoordinator(w string) bool { return w == "and" || w == "&" }

// opensName reports whether a connector after t continues the name:
// "Committee on", "head of", "Secretary of State", not "Trump on Ukraine".
func opensName(t token) bool {
	return t.inAny(orgOrTitle) || t.is("the")
}

// joinsName reports whether t can stand left of a connector inside a name:
// "Committee on", "head of", "the" in "head of the".
func joinsName(t token) bool {
	return t.kind() == word && (t.capitalized() || t.in(language.PersonTitles) || fold.Equal(t.text(), "the"))
}

// inQuotation reports whether toks[k] is a word of a quotation or a quote
// mark, not the apostrophe of a plural possessive ("the Democrats’ plan"):
// where reported words without marks must stop.
func inQuotation(toks tokens, k int) bool {
	t := toks.at(k)
	return t.quote() >= 0 || t.kind() == mark && !isPluralPossessive(toks, k)
}

// isPluralPossessive reports whether toks[i] is the lone apostrophe of a
// plural possessive ("Reuters’ report").
func isPluralPossessive(toks tokens, i int) bool {
	t := toks.at(i)
	if t.kind() != mark || i == 0 {
		return false
	}
	if w := t.text(); w != "’" && w != "'" {
		return false
	}
	p := toks.at(i - 1)
	return p.kind() == word && p.span().End == t.span().Start && strings.HasSuffix(p.text(), "s")
}

// npAfter returns the noun phrase that starts at token b ("said Kremlin
// spokesman Dmitry Peskov at a press conference"), or false when there is
// none.
func npAfter(toks tokens, b int) (phrase, bool) {
	if b >= toks.len() || toks.at(b).kind() != word || toks.at(b).quote() >= 0 {
		return phrase{}, false
	}
	if toks.at(b).in(language.SubjectPronouns) {
		return phrase{b, b + 1}, true
	}
	end := b // end of the phrase so far, after its last possible head
	k := b
	for k < toks.len() && k-b < maxPhrase {
		t := toks.at(k)
		if t.quote() >= 0 {
			break
		}
		if t.kind() == possessive || isPluralPossessive(toks, k) {
			k++
			continue
		}
		if isInitialDot(toks, k) {
			k++ // "Jason C. Ervin"
			continue
		}
		if t.kind() != word {
			break
		}
		switch {
		case t.capitalized():
			if t.in(language.ClauseStarts) {
				goto done
			}
			if !t.in(language.Determiners) {
				end = k + 1
			}
		case isNounHead(t) && !t.in(language.GroupPronouns) || t.in(language.GroupPronouns) && k == b:
			end = k + 1
		case t.inAny(modifierWords) || t.shape()&adjective != 0:
		case headAhead(toks, k):
			// "one district GOP leader": a noun before the head.
		case isConnector(t) && !isCoordinator(t.text()) && k > b && opensName(toks.at(k-1)) &&
			k+1 < toks.len() && (toks.at(k+1).capitalized() || toks.at(k+1).is("the")) && !isDate(toks.at(k+1)):
		case fold.Equal(t.text(), "the") && k > b && isConnector(toks.at(k-1)):
		default:
			goto done
		}
		k++
	}
done:
	if end == b {
		return phrase{}, false
	}
	return phrase{b, end}, true
}

// isAbbreviationDot reports whether toks[i] is the full stop of an
// abbreviation before a number inside a sentence: "Aug. 17", "Sept. 3",
// "No. 2". The sentence goes on after it.
func isAbbreviationDot(toks tokens, i int) bool {
	if i < 1 || i+1 >= toks.len() || toks.at(i).text() != "." {
		return false
	}
	l, n := toks.at(i-1), toks.at(i+1)
	return l.kind() == word && l.capitalized() && l.span().End == toks.at(i).span().Start && n.kind() == word && isNumber(n.text())
}

// isInitialDot reports whether toks[i] is the full stop of a middle
// initial: "." after a lone capital letter and before a capitalised word,
// as in "Jason C. Ervin".
func isInitialDot(toks tokens, i int) bool {
	if i < 1 || i+1 >= toks.len() || toks.at(i).text() != "." {
		return false
	}
	l, n := toks.at(i-1), toks.at(i+1)
	w := l.text()
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' && l.span().End == toks.at(i).span().Start &&
		n.kind() == word && n.capitalized()
}
