package quote

import (
	"github.com/quotetrace/quotetrace/internal/fold"
	"github.com/quotetrace/quotetrace/language"
)

// This file finds speech marked by a quotation dash instead of quote
// marks, the convention of Ukrainian, Russian and other news whose English
// versions often keep it: a paragraph of the speaker's words ended by a
// dash and a short attribution ("Our flag is blue and yellow. … - He
// added."), or opened by a dash as well ("— We will win, — the minister
// said.").

// maxDashTailWords is the most words the attribution after a quotation
// dash may have ("said the foreign minister on Sunday").
const maxDashTailWords = 6

// maxDashTailBytes bounds the bytes of those words and the spaces between
// them.
const maxDashTailBytes = 64 * maxDashTailWords

// minDashWords is the fewest words speech marked by a dash may have.
const minDashWords = 4

// dashSpeech returns the words of paragraph s when they are speech marked
// by a quotation dash: the paragraph ends with a spaced dash and a short
// attribution holding a reporting verb, after at least minDashWords words.
// A paragraph that opens with a dash has it left out.
func (r *reader) dashSpeech(s Span) (Span, bool) {
	text := r.text
	t := trim(text, s)
	if t.IsEmpty() {
		return Span{}, false
	}
	end := t.End
	if r, n := runeBefore(text, end); r == '.' {
		end -= n
	} else {
		return Span{}, false
	}
	dash := lastDash(text, Span{t.Start, end})
	if dash.IsEmpty() {
		return Span{}, false
	}
	var buf [maxDashTailWords + 1]word
	tail := r.appendWords(buf[:0], Span{dash.End, end}, maxDashTailWords+1)
	if len(tail) == 0 || len(tail) > maxDashTailWords || !plainWords(text, Span{dash.End, end}) {
		return Span{}, false
	}
	if !dashAttribution(tail) {
		return Span{}, false
	}
	start := t.Start
	if r, n := runeAt(text, start); isDash(r) {
		start = skipSpace(text, start+n, dash.Start)
	}
	sp := content(text, start, dash.Start)
	if r.wordCount(sp, minDashWords) < minDashWords {
		return Span{}, false
	}
	return sp, true
}

// dashAttribution reports whether the words after a quotation dash are an
// attribution: a speaker and a reporting verb, the verb last ("He added",
// "Kuleba wrote", "the foreign minister said") or first ("said the
// minister", "said Kuleba"), and nothing else: not "a charge the company
// denied", "and no one objects" or "said Sanders has several options".
func dashAttribution(tail []word) bool {
	if len(tail) < 2 {
		return false
	}
	last := len(tail) - 1
	switch {
	case tail[last].entry.Is(language.ReportingVerbs):
		return dashSpeaker(tail[:last], 3)
	case tail[0].entry.Is(language.ReportingVerbs):
		return dashSpeaker(tail[1:], 4)
	}
	return false
}

// dashSpeaker reports whether ws, at most max words, name a speaker: a
// pronoun ("he"), a name ("Kuleba", "Jane Smith") or a noun phrase opened
// by "the" ("the minister").
func dashSpeaker(ws []word, max int) bool {
	if len(ws) == 0 || len(ws) > max {
		return false
	}
	if ws[0].entry.Is(language.SubjectPronouns) {
		return len(ws) == 1
	}
	if fold.Equal(ws[0].text, "the") {
		return len(ws) > 1
	}
	for _, w := range ws {
		if r, _ := runeAt(w.text, 0); !isUpper(r) {
			return false
		}
	}
	return true
}

// lastDash returns the last dash in s with white space before it (a
// hyphen inside a word is no dash), or an empty span. Only the last
// maxDashTailBytes of s are read: a dash further back has more words
// after it than an attribution has.
func lastDash(text string, s Span) Span {
	lo := max(s.Start, s.End-maxDashTailBytes)
	// Bytes, not runes, are read back: a dash is "-" or, in UTF-8,
	// E2 80 93 to E2 80 95 ("–", "—", "―"), and no other rune ends in
	// "-" or holds E2 80 as its bytes before the last.
	for j := s.End - 1; j >= lo; j-- {
		i, n := j, 1
		switch c := text[j]; {
		case c == '-':
		case 0x93 <= c && c <= 0x95 && j-2 >= lo && text[j-2] == 0xE2 && text[j-1] == 0x80:
			i, n = j-2, 3
		default:
			continue
		}
		if before, _ := runeBefore(text, i); i > s.Start && (isSpace(before) || before == ',') {
			return Span{i, i + n}
		}
		j = i // the dash's first byte; the loop goes on before it
	}
	return Span{}
}

// isDash reports whether r is a hyphen or dash that may mark speech.
func isDash(r rune) bool { return r == '-' || r == '–' || r == '—' || r == '―' }

// plainWords reports whether s holds only words, white space and commas:
// an attribution, not a sentence of its own.
func plainWords(text string, s Span) bool {
	for _, r := range s.In(text) {
		if !isWordRune(r) && !isSpace(r) && r != ',' && r != '.' && r != '\'' && r != '’' && r != '-' {
			return false
		}
	}
	return true
}
