package attribution_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/quote"
)

// FuzzAttribute checks that any text is attributed without a panic, that
// every span of the result lies in the text, that mentions and cues are the
// bytes of their spans, and that the quotations are speech, in text order.
//
// Run it with
//
//	go test ./attribution -run '^$' -fuzz '^FuzzAttribute$' -fuzztime 60s
func FuzzAttribute(f *testing.F) {
	// The sample articles' openings: whole articles make every run, and
	// above all the minimizing of each new input, slow.
	for _, a := range readSampleTexts(f) {
		f.Add(opening(a.text, 600))
	}
	for _, s := range []string{
		"",
		"“It is not true,” Kremlin spokesman Dmitry Peskov told reporters on Monday. “I can neither confirm nor deny it.”",
		"\xff\xfe“\xc3”\x80 said \xe2\x80",
		"“",
		"”",
		"\"",
		"“a,” he said. “b”",
		strings.Repeat("“", 300),
		strings.Repeat("“”\"'‘’«»", 100),
		"Trump said he would win.\nSource: x",
		"Source: x",
		"WASHINGTON (Reuters) - The president said on Monday he would “never” resign.",
		"(Reuters) -",
	} {
		f.Add(s)
	}
	a := attribution.New(attribution.Options{})
	f.Fuzz(func(t *testing.T, text string) {
		res := a.AttributeText(text)
		if err := checkFuzzResult(text, res); err != nil {
			t.Fatal(err)
		}
	})
}

// opening returns the paragraphs of text that fit in n bytes, or its first n
// bytes (rounded down to a whole rune) when the first paragraph is longer.
func opening(text string, n int) string {
	if len(text) <= n {
		return text
	}
	if i := strings.LastIndex(text[:n], "\n"); i > 0 {
		return text[:i]
	}
	for n > 0 && !utf8.RuneStart(text[n]) {
		n--
	}
	return text[:n]
}

// checkFuzzResult returns the first way res, the result for text, breaks the
// documented guarantees, or nil.
func checkFuzzResult(text string, res *attribution.Result) error {
	if res == nil {
		return fmt.Errorf("nil Result")
	}
	inText := func(what string, sp quote.Span) error {
		if sp.Start < 0 || sp.Start > sp.End || sp.End > len(text) {
			return fmt.Errorf("%s span %v out of [0, %d] or reversed", what, sp, len(text))
		}
		return nil
	}
	prev := -1
	for i := range res.Quotes {
		at := &res.Quotes[i]
		q := &at.Quote
		what := fmt.Sprintf("quote %d (%s %q)", i, q.Kind, q.Text)
		if q.Kind != quote.Direct && q.Kind != quote.Partial && q.Kind != quote.Indirect {
			return fmt.Errorf("%s: kind %v is not Direct, Partial or Indirect", what, q.Kind)
		}
		if len(q.Fragments) == 0 {
			return fmt.Errorf("%s: no fragments", what)
		}
		for j, fr := range q.Fragments {
			for _, s := range []struct {
				name string
				sp   quote.Span
			}{{"words", fr.Span}, {"open mark", fr.Open}, {"close mark", fr.Close}} {
				if err := inText(fmt.Sprintf("%s: fragment %d %s", what, j, s.name), s.sp); err != nil {
					return err
				}
			}
		}
		start := q.Extent().Start
		if start < prev {
			return fmt.Errorf("%s: starts at %d, before the previous quote (%d)", what, start, prev)
		}
		prev = start
		for _, sp := range []struct {
			name string
			s    *attribution.Speaker
		}{{"speaker", at.Speaker}, {"via", at.Via}} {
			if sp.s == nil {
				continue
			}
			if err := inText(what+": "+sp.name, sp.s.Span); err != nil {
				return err
			}
			if m := sp.s.Mention; m != "" && m != sp.s.Span.In(text) {
				return fmt.Errorf("%s: %s mention %q is not text%v = %q", what, sp.name, m, sp.s.Span, sp.s.Span.In(text))
			}
		}
		if o := at.Outlet; o != nil {
			if err := inText(what+": outlet", o.Span); err != nil {
				return err
			}
		}
		if c := at.Cue; c != nil {
			if err := inText(what+": cue", c.Span); err != nil {
				return err
			}
			if c.Text != c.Span.In(text) {
				return fmt.Errorf("%s: cue %q is not text%v = %q", what, c.Text, c.Span, c.Span.In(text))
			}
		}
		if at.Confidence < 0 || at.Confidence > 1 {
			return fmt.Errorf("%s: confidence %v out of [0, 1]", what, at.Confidence)
		}
	}
	for i, c := range res.Citations {
		if err := inText(fmt.Sprintf("citation %d (%s %q)", i, c.Relation, c.Mention), c.Span); err != nil {
			return err
		}
		if err := inText(fmt.Sprintf("citation %d (%s %q): evidence", i, c.Relation, c.Mention), c.EvidenceSpan); err != nil {
			return err
		}
		if c.Evidence != c.EvidenceSpan.In(text) || c.EvidenceSpan.Start > c.Span.Start || c.EvidenceSpan.End < c.Span.End {
			return fmt.Errorf("citation %d: evidence %q at %v does not hold its mention at %v", i, c.Evidence, c.EvidenceSpan, c.Span)
		}
	}
	return nil
}
