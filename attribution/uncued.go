package attribution

import (
	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
)

// uncued adds to res the reported speech of s that no cue of s reports,
// outside the words its cues reported (said):
// a question put with a verb of asking that has no subject of its own
// ("Asked whether …", "was asked about …"; see askedQuestion), and a
// subject of a verb in the passive whose speaker "by" names ("Her death
// was confirmed by the family"; see passiveAgent), a
// clause whose verb of stance is in the passive before an infinitive
// ("The sale is expected to close in May"; see passiveStance), and the
// words after a document that opens the sentence ("In a new poll, …"; see
// inDocument).
func (st *state) uncued(s *sentence, said []quote.Span, res *Result) {
	toks := s.toks
	cues := s.cues()
	if doc, words, ok := inDocument(s); ok {
		m := st.classify(toks, doc)
		ref, _, _ := st.speakerAt(m, false)
		st.addReported(res, s, words, phrase{doc.start - 1, doc.start}, ref.speaker(st.text), documentConfidence)
	}
	lt := toks.scanned()
	for i := 0; i < len(lt); i++ {
		// The tables first: few words are in them, and the test reads
		// the scanned token alone.
		if lt[i].Kind != word || !toks.b.lang.Entry(lt[i]).In.Any(uncuedVerbs) {
			continue
		}
		t := toks.at(i)
		if t.quote() >= 0 {
			continue
		}
		j := s.cueIndex(i)
		isCue := j < len(cues) && cues[j].start == i
		if isCue && cues[j].used {
			continue // a cue that reported its words
		}
		if withinRecent(said, t.span()) {
			continue // "said the agency would inform about …": the words are already reported
		}
		if words, ok := passiveStance(s, i); ok {
			st.addReported(res, s, words, phrase{i, i + 1}, nil, passiveConfidence)
			i = max(i, words.end-1)
			continue
		}
		words, by, ok := phrase{}, phrase{}, false
		if t.in(language.ReportingVerbs) && !isCue {
			words, by, ok = askedQuestion(s, i) // not "has often said about the stadium", a cue that reported nothing
		}
		if !ok {
			words, by, ok = passiveAgent(s, i)
		}
		if !ok {
			continue
		}
		var sp *Speaker
		if !by.empty() {
			m := st.classify(toks, by)
			ref, _, _ := st.speakerAt(m, false)
			sp = ref.speaker(st.text)
		}
		st.addReported(res, s, words, phrase{i, i + 1}, sp, questionConfidence)
		i = max(i, words.end-1)
	}
}

// addReported adds to res the reported speech of the words of s that
// cue, a phrase of s, reports, with speaker sp (nil when the article does
// not say) and confidence conf.
func (st *state) addReported(res *Result, s *sentence, words, cue phrase, sp *Speaker, conf float64) {
	span := spanOf(s.toks, words)
	cs := spanOf(s.toks, cue)
	res.Quotes = append(res.Quotes, Attribution{
		Quote: quote.Quote{
			Kind:      quote.Indirect,
			Text:      st.spanText(span),
			Fragments: []quote.Fragment{{Span: span}},
			Article:   st.ai,
		},
		Speaker:    sp,
		Cue:        &Cue{Text: st.spanText(cs), Span: cs},
		Confidence: conf * indirectConfidence,
	})
}

// uncuedVerbs are the verbs that may report words without a cue: verbs of
// saying and of stance, and of how things seem.
var uncuedVerbs = language.SetOf(language.ReportingVerbs, language.StanceVerbs, language.SeemVerbs)

// withinRecent reports whether span sp lies inside one of the last few
// (maxCues) of spans, the words reported so far in a sentence, in the
// order of their cues: a sentence of many cues takes time linear in their
// number.
func withinRecent(spans []quote.Span, sp quote.Span) bool {
	return within(spans[max(0, len(spans)-maxCues):], sp)
}
