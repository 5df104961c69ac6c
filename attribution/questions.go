package attribution

import (
	"sort"

	"github.com/quotetrace/quotetrace/language"
)

// questionConfidence is the confidence of a question reported without a
// cue of its own: who asked is seldom said.
const questionConfidence = 0.5

// maxAskedGap is the most tokens between a verb of asking and the word
// that opens its question: "asked directly by The Times if".
const maxAskedGap = 8

// opensQuestion reports whether t opens a reported question: "whether",
// "if" or a question word.
func opensQuestion(t token) bool {
	return t.is("whether") || t.is("if") || t.is("what") || t.is("why") || t.is("how") || t.is("who") || t.is("where")
}

// askedQuestion returns the words of the question that the reporting verb
// at token i, which is no cue of its sentence ("Asked whether …", "when
// asked if …", "was asked what …", "asked about his claims", "was asked
// to name …"), says was put, and the one who put it when "by" names them
// ("asked by a caller why …"). The question runs from the word that opens
// it to the end of its clause: the first comma when the verb has no "to
// be" before it (a clause without a subject: "Asked if …, Ryan said"). It
// reports false when no question follows the verb within a few words.
func askedQuestion(s *sentence, i int) (words, by phrase, ok bool) {
	toks := s.toks
	for j := i + 1; j < toks.len() && j-i <= maxAskedGap; j++ {
		t := toks.at(j)
		if t.kind() != word || t.quote() >= 0 {
			return phrase{}, phrase{}, false
		}
		passive := i > 0 && toks.at(i-1).in(language.BeVerbs)
		if opensQuestion(t) || t.is("about") || passive && t.is("to") && j == i+1 {
			from := j
			if t.is("about") {
				from++ // "asked about his claims": what he was asked about
			}
			words = phrase{from, reportedClauseEnd(s, from, !passive)}
			return words, by, words.end-words.start >= minIndirectWords
		}
		if t.is("by") && by.empty() {
			if p, ok := npAfter(toks, j+1); ok {
				by = p
				j = p.end - 1
				continue
			}
		}
		if !t.inAny(circumstance) && !isAdverb(t) && !isDate(t) && !t.is("on") && !isNumber(t.text()) {
			return phrase{}, phrase{}, false
		}
	}
	return phrase{}, phrase{}, false
}

// reportedClauseEnd returns where reported words that start at token from
// and have no cue's bounds end: before a comma that a clause with a
// subject of its own follows ("Asked if …, Ryan said"), or before any
// comma when the words are those of a reduced clause (reduced: "Asked if
// …, 46 percent said yes"), before a dash, a semicolon or a quotation,
// else at the end of the sentence.
func reportedClauseEnd(s *sentence, from int, reduced bool) int {
	toks := s.toks
	to := min(toks.len(), from+maxContent)
	for k := from; k < to; k++ {
		if inQuotation(toks, k) {
			to = k
			break
		}
	}
	to = clauseCut(toks, from, to)
	starts := func(k int) bool {
		if subjectAt(s, k) {
			return true
		}
		j := s.cueIndex(k)
		for n := 0; j < len(s.cues()) && n < maxCues; j, n = j+1, n+1 {
			if c := &s.cues()[j]; c.subject.start == k && c.subject.end <= c.start {
				return true
			}
		}
		return false
	}
	for k := from + minIndirectWords; k+1 < to; k++ {
		if toks.at(k).text() == "," && (reduced || starts(k+1)) && !coordinateComma(toks, k) {
			to = k
			break
		}
	}
	for to > from && toks.at(to-1).kind() == punct {
		to--
	}
	return to
}

// subjectAt reports whether a subject of a clause of s starts at token k
// (s's subjects are in text order).
func subjectAt(s *sentence, k int) bool {
	us := s.subjects()
	j := sort.Search(len(us), func(j int) bool { return us[j].start >= k })
	return j < len(us) && us[j].start == k
}
