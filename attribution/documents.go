package attribution

import "github.com/quotetrace/quotetrace/language"

// maxDocumentWords is the most words in lower case, other than
// determiners and adjectives, before the document's word in "In a …
// poll,": "In the most recent survey".
const maxDocumentWords = 2

// documentConfidence is the confidence of words that a sentence places in
// a document it opens with ("In a new poll, …").
const documentConfidence = 0.6

// inDocument returns the words that s says a document holds when it opens
// with "In" and a phrase naming one, set off by a comma, and no cue of its
// own reports the rest: "In a Des Moines Register poll last month, the
// senator had a 10-point lead", "In the latest survey, most voters …". The
// document (a word of language.DocumentNouns: "poll", "survey", "study")
// is the source: doc runs from the word after "In" to the document's
// word. It reports false when s is no such sentence, or a cue of s
// reported words after the comma ("In a statement, the mayor said …").
func inDocument(s *sentence) (doc, words phrase, ok bool) {
	toks := s.toks
	k := 0
	if k < toks.len() && toks.at(k).in(language.Conjunctions) {
		k++
	}
	if k+2 >= toks.len() || !toks.at(k).is("in") {
		return phrase{}, phrase{}, false
	}
	head, comma, other := -1, -1, 0
	for j := k + 1; j < toks.len() && j-k <= maxReach; j++ {
		t := toks.at(j)
		if t.text() == "," {
			comma = j
			break
		}
		if inQuotation(toks, j) || t.kind() == punct && !isDash(t.text()) && t.text() != "/" {
			return phrase{}, phrase{}, false
		}
		if head < 0 && t.in(language.DocumentNouns) {
			head = j
		} else if head < 0 && t.kind() == word && !t.capitalized() && !t.inAny(modifiers) && t.shape()&adjective == 0 && !isNumber(t.text()) {
			if other++; other > maxDocumentWords {
				return phrase{}, phrase{}, false // "In an attempt to cover up the email scandal"
			}
		}
	}
	if head < 0 || comma < 0 {
		return phrase{}, phrase{}, false
	}
	if n := toks.at(min(comma+1, toks.len()-1)); !n.capitalized() && (hasSuffixFold(n.text(), "ed") || n.is("which")) {
		// Past a phrase that describes the document: "In the last poll,
		// conducted in early September, …".
		for j := comma + 2; j < toks.len() && j-comma <= maxReach; j++ {
			if t := toks.at(j); t.text() == "," {
				comma = j
				break
			} else if t.kind() == punct || t.quote() >= 0 {
				return phrase{}, phrase{}, false
			}
		}
	}
	for _, c := range s.cues() {
		if c.used && c.start > comma {
			return phrase{}, phrase{}, false // "In a statement, the mayor said …"
		}
	}
	from, to := comma+1, toks.len()
	for k := from; k < to; k++ {
		if inQuotation(toks, k) {
			to = k // what the document says runs to the end of the sentence, or a quotation
		}
	}
	for to > from && toks.at(to-1).kind() == punct {
		to--
	}
	if to-from < minIndirectWords {
		return phrase{}, phrase{}, false
	}
	return phrase{k + 1, head + 1}, phrase{from, to}, true
}
