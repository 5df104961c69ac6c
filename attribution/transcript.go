package attribution

import (
	"strings"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
)

// maxLabelWords is the most words of a transcript line's label
// ("SEN. JANE DOE:").
const maxLabelWords = 3

// maxLabelBytes bounds the search for a transcript line's colon.
const maxLabelBytes = 40

// transcriptConfidence is for words given to the speaker a transcript
// line names.
const transcriptConfidence = 0.8

// transcript holds the labels that open the paragraphs of an article, read
// once, when a quotation first needs them.
type transcript struct {
	read   bool
	counts map[string]int // how many paragraphs each label opens
}

// transcriptLabel returns the label that opens the paragraph p of text,
// after an opening mark, as a transcript line names its speaker in
// capitals before a colon ("PENCE: Well, look, …", "“WALLACE: But, …"):
// the span of its words and of its colon. It reports false when p opens
// with none.
func transcriptLabel(text string, p quote.Span) (name, colon quote.Span, ok bool) {
	i := p.Start
	for i < p.End {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !language.IsSpace(r) && !language.IsQuoteMark(r) {
			break
		}
		i += n
	}
	start, words, inWord, upper := i, 0, false, 0
	for ; i < p.End && i-start <= maxLabelBytes; i++ {
		c := text[i]
		switch {
		case c >= 'A' && c <= 'Z':
			upper++
			if !inWord {
				if words++; words > maxLabelWords {
					return name, colon, false
				}
				inWord = true
			}
		case c == '.' || c == '\'' || c == '-':
			if !inWord {
				return name, colon, false
			}
		case c == ' ':
			inWord = false
		case c == ':':
			if upper < 2 || i == start || text[i-1] == ' ' {
				return name, colon, false
			}
			return quote.Span{Start: start, End: i}, quote.Span{Start: i, End: i + 1}, true
		default:
			return name, colon, false // a lower-case letter or other sign
		}
	}
	return name, colon, false
}

// transcriptSpeaker returns the speaker that the transcript line holding
// sentence s names (see transcriptLabel): the person the article names
// with the label's last word ("PENCE" for Mike Pence), or the label as a
// name when it opens more than one paragraph, as transcripts give each
// turn its speaker's label ("WALLACE:"). A label found once that names
// nobody in the article is a heading ("CORRECTION:"), and no speaker.
// It also returns the span of the label's colon.
func (st *state) transcriptSpeaker(tr *transcript, s *sentence) (who, quote.Span, bool) {
	paras := st.art.Paragraphs
	if s.para >= len(paras) {
		return who{}, quote.Span{}, false
	}
	name, colon, ok := transcriptLabel(st.text, paras[s.para].Span)
	if !ok {
		return who{}, quote.Span{}, false
	}
	label := st.text[name.Start:name.End]
	last := label[strings.LastIndexAny(label, " .")+1:]
	if last == "" {
		return who{}, quote.Span{}, false
	}
	sp := speakerRef{span: name, typ: typeOf(Person)}
	if e := st.ents.byName(titleWord(last), Person); e != nil {
		sp.name = e.name
		return who{sp, e, transcriptConfidence}, colon, true
	}
	if !tr.read {
		tr.read = true
		for _, p := range paras {
			if n, _, ok := transcriptLabel(st.text, p.Span); ok {
				if tr.counts == nil {
					tr.counts = map[string]int{}
				}
				tr.counts[st.text[n.Start:n.End]]++
			}
		}
	}
	if tr.counts[label] < 2 {
		return who{}, quote.Span{}, false
	}
	sp.name = titleWord(label)
	return who{sp, nil, transcriptConfidence * 0.9}, colon, true
}

// titleWord returns the words of w, in capitals, in title case: "PENCE"
// gives "Pence", "SEN. JANE DOE" gives "Sen. Jane Doe".
func titleWord(w string) string {
	b := []byte(w)
	start := true
	for i, c := range b {
		if c >= 'A' && c <= 'Z' && !start {
			b[i] = c + 'a' - 'A'
		}
		start = c == ' ' || c == '-'
	}
	return string(b)
}
