package provenance

import (
	"strings"
	"time"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/quote"
)

// exactKey returns a hash of a quotation's words: equal for two quotations
// of the same words, whatever their punctuation, case or quote marks.
func exactKey(words []term) uint64 {
	h := uint64(14695981039346656037)
	for _, t := range words {
		for k := 0; k < 4; k++ {
			h ^= uint64(byte(t >> (8 * k)))
			h *= 1099511628211
		}
	}
	return h
}

// weekdays names the days of the week as news writes them after "on".
var weekdays = [...]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// occasionDays returns the weekdays on which the sentence that attributes
// a says the words were said, as bits 1<<time.Weekday; 0 when it names
// none. Only "on <weekday>" right after the reporting verb or the
// speaker's mention counts ("the Kremlin said on Monday", "Peskov on
// Monday told reporters"), or at the head of the sentence ("On Monday,
// …"): a day named elsewhere in the sentence is often another event's
// ("responding to Trump's threat on Tuesday"), and a day inside the
// quotation is the speaker's.
func occasionDays(doc *quote.Document, a *attribution.Attribution) uint8 {
	var anchors []quote.Span
	if a.Cue != nil && !a.Cue.Span.IsEmpty() {
		anchors = append(anchors, a.Cue.Span)
	}
	if a.Speaker != nil && !a.Speaker.Span.IsEmpty() {
		anchors = append(anchors, a.Speaker.Span)
	}
	if len(anchors) == 0 {
		return 0
	}
	var days uint8
	text := doc.Text
	for _, s := range sentencesOf(doc, anchors[0].Start) {
		if s.Start > anchors[0].Start || anchors[0].Start >= s.End || s.End > len(text) {
			continue
		}
		for d, name := range weekdays {
			if k := len(name) + 3; s.End-s.Start > k && strings.EqualFold(text[s.Start:s.Start+k], "on "+name) {
				days |= 1 << time.Weekday(d)
			}
			for _, at := range anchors {
				if at.End > s.End || at.End < s.Start {
					continue
				}
				after := strings.ToLower(text[at.End:min(s.End, at.End+maxDayDistance)])
				i := strings.Index(after, "on "+name)
				if i < 0 || inQuote(a.Quote, at.End+i) {
					continue
				}
				if j := i + 3 + len(name); j < len(after) && isLetterByte(after[j]) {
					continue // "on Mondays"
				}
				days |= 1 << time.Weekday(d)
			}
		}
	}
	return days
}

// maxDayDistance is how far after a reporting verb or a speaker's mention
// "on <weekday>" may start and still name the day the words were said:
// "said on Monday", "told reporters on a conference call on Monday".
const maxDayDistance = 40

// sentencesOf returns the sentences of the article of doc that holds the
// byte at i.
func sentencesOf(doc *quote.Document, i int) []quote.Span {
	for _, a := range doc.Articles {
		if a.Span.Start <= i && i < a.Span.End {
			return a.Sentences
		}
	}
	return nil
}

// inQuote reports whether the byte at i is inside one of q's fragments.
func inQuote(q quote.Quote, i int) bool {
	for _, f := range q.Fragments {
		if f.Span.Start <= i && i < f.Span.End {
			return true
		}
	}
	return false
}

func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
