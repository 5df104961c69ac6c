package attribution

import (
	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
)

// notWords reports whether the words sp that cue c reports are no one's
// words but the object of a verb of writing in its other sense: a written
// work, a determiner's phrase whose head is a document or a title,
// followed by when, where or to whom it was written ("wrote the memo in
// 2011 to the lawyers", "wrote a book in prison"). The work alone ("wrote
// the memo") is what the writer said.
func notWords(c *cue, sp quote.Span) bool {
	s := c.sent
	toks := s.toks
	from, to := s.tokenAt(sp.Start), s.tokenAt(sp.End)
	if from+1 >= to {
		return false
	}
	if !c.verbIs(language.WriteVerbs) || !toks.at(from).in(language.Determiners) {
		return false
	}
	for k := from + 1; k < to && k-from <= 3; k++ {
		t := toks.at(k)
		if t.in(language.DocumentNouns) || t.in(language.TitleNouns) {
			return k+1 < to && (toks.at(k+1).in(language.ScenePrepositions) || toks.at(k+1).is("to"))
		}
		if t.kind() != word || t.in(language.ClauseStarts) {
			return false
		}
	}
	return false
}
