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
// a says the words were said ("the Kremlin said on Monday"), or failing
// that the sentence before it, which often introduces the speaker and the
// occasion ("Marchetti told the agency on Tuesday …"), as bits
// 1<<time.Weekday; 0 when they name none. Only "on <weekday>" counts: a
// day named otherwise ("a day earlier", "since Monday") is not the
// occasion, and nor is a day named inside the quotation.
func occasionDays(doc *quote.Document, a *attribution.Attribution) uint8 {
	at := a.Quote.Extent()
	if a.Cue != nil && !a.Cue.Span.IsEmpty() {
		at = a.Cue.Span
	}
	start := a.Quote.Extent().Start
	sentences := sentencesOf(doc, at.Start)
	for _, s := range sentences {
		if s.Start <= at.Start && at.Start < s.End {
			if days := weekdaysIn(doc.Text, s, a.Quote); days != 0 {
				return days
			}
		}
	}
	// The sentence before the quotation's first.
	for k, s := range sentences {
		if s.Start <= start && start < s.End {
			if k == 0 {
				return 0
			}
			return weekdaysIn(doc.Text, sentences[k-1], a.Quote)
		}
	}
	return 0
}

// weekdaysIn returns the weekdays that the sentence s of text names after
// "on", outside the quotation q.
func weekdaysIn(text string, s quote.Span, q quote.Quote) uint8 {
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return 0
	}
	lower := strings.ToLower(text[s.Start:s.End])
	var days uint8
	for d, name := range weekdays {
		for k := 0; ; {
			i := strings.Index(lower[k:], "on "+name)
			if i < 0 {
				break
			}
			pos := s.Start + k + i
			k += i + 3 + len(name)
			if inQuote(q, pos) {
				continue
			}
			if k < len(lower) && isLetterByte(lower[k]) {
				continue // "on Mondays"
			}
			days |= 1 << time.Weekday(d)
		}
	}
	return days
}

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
