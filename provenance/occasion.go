package provenance

import (
	"sort"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/internal/fold"
	"github.com/quotetrace/quotetrace/language"
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

// occasionDays returns the weekdays on which the sentence that attributes
// a says the words were said, as bits 1<<time.Weekday; 0 when it names
// none. The days are named as l's table Weekdays names them (see
// weekday). Only "on <weekday>" right after the reporting verb or the
// speaker's mention counts ("the Kremlin said on Monday", "Peskov on
// Monday told reporters"), or at the head of the sentence ("On Monday,
// …"): a day named elsewhere in the sentence is often another event's
// ("responding to Trump's threat on Tuesday"), and a day inside the
// quotation is the speaker's.
func occasionDays(l *language.Language, doc *quote.Document, a *attribution.Attribution) uint8 {
	return occasionDaysIn(l, indexSentences(doc), a)
}

// occasionDaysIn is occasionDays, with the sentences of the document
// indexed once for all its attributions.
func occasionDaysIn(l *language.Language, idx *sentenceIndex, a *attribution.Attribution) uint8 {
	doc := idx.doc
	var spans [2]quote.Span
	anchors := spans[:0]
	if a.Cue != nil && !a.Cue.Span.IsEmpty() {
		anchors = append(anchors, a.Cue.Span)
	}
	if a.Speaker != nil && !a.Speaker.Span.IsEmpty() {
		anchors = append(anchors, a.Speaker.Span)
	}
	if len(anchors) == 0 {
		return 0
	}
	var (
		days  uint8
		buf   [4 * maxDayDistance]byte
		text  = doc.Text
		start = anchors[0].Start
	)
	for _, s := range idx.around(start) {
		if s.Start > start || start >= s.End || s.End > len(text) {
			continue
		}
		for d, name := range l.All(language.Weekdays) {
			if k := len(name) + 3; s.End-s.Start > k && onDay(text[s.Start:s.Start+k], name) {
				days |= 1 << weekday(d)
			}
		}
		for _, at := range anchors {
			if at.End > s.End || at.End < s.Start {
				continue
			}
			days |= daysAfter(l, lowerTo(buf[:0], text[at.End:min(s.End, at.End+maxDayDistance)]), a.Quote, at.End)
		}
	}
	return days
}

// weekday returns the day of the week that entry i of a Language's table
// Weekdays names: the table lists the days Sunday first, as many weeks of
// names as it has.
func weekday(i int) time.Weekday { return time.Weekday(i % 7) }

// daysAfter returns the weekdays that after, the lower-cased words that
// follow an anchor at the byte at of the text, names after "on" (see
// occasionDays) as l names them: for each day, the first "on <day>"
// counts, unless it is inside q or more letters follow it ("on Mondays").
// Bytes of after are taken for bytes of the text from at on.
func daysAfter(l *language.Language, after []byte, q quote.Quote, at int) uint8 {
	var days, seen uint8
	for i := 0; i+3 < len(after) && seen != uint8(allDays); i++ {
		if after[i] != 'o' || after[i+1] != 'n' || after[i+2] != ' ' {
			continue
		}
		rest := after[i+3:]
		for d, name := range l.All(language.Weekdays) {
			bit := uint8(1) << weekday(d)
			if seen&bit != 0 || len(rest) < len(name) || string(rest[:len(name)]) != name {
				continue
			}
			seen |= bit // only the first "on <day>" counts
			if inQuote(q, at+i) || len(rest) > len(name) && isLetterByte(rest[len(name)]) {
				continue
			}
			days |= bit
		}
	}
	return days
}

// lowerTo appends s lower-cased to dst, as strings.ToLower lower-cases it:
// each rune mapped by unicode.ToLower, each byte that is not UTF-8 written
// as U+FFFD. It does not allocate when dst has room for three times the
// bytes of s.
func lowerTo(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst
}

// onDay reports whether s is "on " and the weekday name, in any case of
// ASCII letters: as strings.EqualFold would report for s and "on "+name,
// since no other rune folds to a letter of it in as few bytes.
func onDay(s, name string) bool {
	if len(s) != len(name)+3 || !fold.Equal(s[:3], "on ") {
		return false
	}
	return fold.Equal(s[3:], name)
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

// A sentenceIndex finds the sentences of a document around a byte by
// binary search where the articles and their sentences are in text order
// and apart, as quote.Parse gives them: a walk through the article for
// each attribution made an article of many quotations cost quadratic time.
type sentenceIndex struct {
	doc     *quote.Document
	inOrder bool   // whether the articles are in text order and apart
	sorted  []bool // for each article, whether its sentences are
}

// indexSentences returns the index of doc's sentences.
func indexSentences(doc *quote.Document) *sentenceIndex {
	x := &sentenceIndex{doc: doc, sorted: make([]bool, len(doc.Articles))}
	inOrder := func(n int, at func(int) quote.Span) bool {
		for k := range n {
			if s := at(k); s.End < s.Start || k > 0 && at(k-1).End > s.Start {
				return false
			}
		}
		return true
	}
	arts := doc.Articles
	x.inOrder = inOrder(len(arts), func(k int) quote.Span { return arts[k].Span })
	for k := range arts {
		ss := arts[k].Sentences
		x.sorted[k] = inOrder(len(ss), func(j int) quote.Span { return ss[j] })
	}
	return x
}

// around returns sentences of the article of the document that holds the
// byte at i, among which are all those that hold it.
func (x *sentenceIndex) around(i int) []quote.Span {
	arts := x.doc.Articles
	if !x.inOrder {
		return sentencesOf(x.doc, i)
	}
	k := sort.Search(len(arts), func(k int) bool { return arts[k].Span.End > i })
	if k == len(arts) || arts[k].Span.Start > i {
		return nil
	}
	ss := arts[k].Sentences
	if !x.sorted[k] {
		return ss
	}
	lo := sort.Search(len(ss), func(j int) bool { return ss[j].End > i })
	hi := lo
	for hi < len(ss) && ss[hi].Start <= i {
		hi++
	}
	return ss[lo:hi]
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
