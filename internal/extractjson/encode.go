package extractjson

import (
	"encoding/base64"
	"encoding/binary"
	"math"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/quote"
)

// The functions below write an Article as encoding/json writes it, with
// HTML left unescaped (json.Encoder.SetEscapeHTML(false)): the same bytes,
// without reflection. encode_test.go checks the two against each other.

// appendArticle appends the JSON of a to dst, as Encode writes it but for
// the final newline, and true. It returns false, with dst as it was, when
// encoding/json would fail (a confidence that is no finite number, days
// that are no days of the week), for the caller to leave the encoding, and
// the error, to encoding/json.
func appendArticle(dst []byte, a *Article) ([]byte, bool) {
	for i := range a.Quotes {
		q := &a.Quotes[i]
		if math.IsInf(q.Confidence, 0) || math.IsNaN(q.Confidence) || q.Days&^allDays != 0 {
			return dst, false
		}
	}
	b := append(dst, `{"id":`...)
	b = appendString(b, a.ID)
	b = append(b, `,"publisher":`...)
	b = appendOptString(b, a.Publisher)
	b = append(b, `,"quotes":`...)
	if a.Quotes == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range a.Quotes {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendQuote(b, &a.Quotes[i])
		}
		b = append(b, ']')
	}
	b = append(b, `,"citations":`...)
	if a.Citations == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range a.Citations {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendCitation(b, &a.Citations[i])
		}
		b = append(b, ']')
	}
	b = append(b, `,"articles":`...)
	if a.Stories == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, s := range a.Stories {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"span":`...)
			b = appendSpan(b, s.Span)
			b = append(b, `,"headline":`...)
			b = appendOptString(b, s.Headline)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if a.URL != "" {
		b = append(b, `,"url":`...)
		b = appendString(b, a.URL)
	}
	if a.Title != "" {
		b = append(b, `,"title":`...)
		b = appendString(b, a.Title)
	}
	if a.Published != "" {
		b = append(b, `,"published":`...)
		b = appendString(b, a.Published)
	}
	if len(a.Fingerprint) > 0 {
		b = append(b, `,"fingerprint":`...)
		b = appendFingerprint(b, a.Fingerprint)
	}
	return append(b, '}'), true
}

// appendQuote appends the JSON object of q, whose confidence is a finite
// number and whose days are days of the week.
func appendQuote(b []byte, q *Quote) []byte {
	b = append(b, `{"kind":`...)
	b = appendString(b, q.Kind)
	b = append(b, `,"text":`...)
	b = appendString(b, q.Text)
	b = append(b, `,"spans":`...)
	if q.Spans == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, s := range q.Spans {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendSpan(b, s)
		}
		b = append(b, ']')
	}
	b = append(b, `,"speaker":`...)
	b = appendSpeaker(b, q.Speaker)
	b = append(b, `,"outlet":`...)
	if o := q.Outlet; o == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, `{"name":`...)
		b = appendString(b, o.Name)
		b = append(b, `,"relation":`...)
		b = appendString(b, o.Relation)
		b = append(b, `,"mention":`...)
		b = appendString(b, o.Mention)
		b = append(b, `,"span":`...)
		b = appendSpan(b, o.Span)
		if o.Evidence != "" {
			b = append(b, `,"evidence":`...)
			b = appendString(b, o.Evidence)
		}
		if o.Scope != "" {
			b = append(b, `,"scope":`...)
			b = appendString(b, o.Scope)
		}
		if o.Employer {
			b = append(b, `,"employer":true`...)
		}
		b = append(b, '}')
	}
	b = append(b, `,"cue":`...)
	if c := q.Cue; c == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, `{"text":`...)
		b = appendString(b, c.Text)
		b = append(b, `,"span":`...)
		b = appendSpan(b, c.Span)
		b = append(b, '}')
	}
	b = append(b, `,"confidence":`...)
	b = appendFloat(b, q.Confidence)
	if q.Via != nil {
		b = append(b, `,"via":`...)
		b = appendSpeaker(b, q.Via)
	}
	b = append(b, `,"article":`...)
	b = strconv.AppendInt(b, int64(q.Article), 10)
	if q.Unclosed {
		b = append(b, `,"unclosed":true`...)
	}
	if q.Evidence != "" {
		b = append(b, `,"evidence":`...)
		b = appendString(b, q.Evidence)
	}
	if q.Days != 0 {
		b = append(b, `,"days":`...)
		b = appendDays(b, q.Days)
	}
	return append(b, '}')
}

// appendSpeaker appends the JSON of sp, or null.
func appendSpeaker(b []byte, sp *Speaker) []byte {
	if sp == nil {
		return append(b, "null"...)
	}
	b = append(b, `{"name":`...)
	b = appendString(b, sp.Name)
	b = append(b, `,"type":`...)
	b = appendString(b, sp.Type)
	b = append(b, `,"mention":`...)
	b = appendString(b, sp.Mention)
	b = append(b, `,"span":`...)
	b = appendSpan(b, sp.Span)
	if sp.Evidence != "" {
		b = append(b, `,"evidence":`...)
		b = appendString(b, sp.Evidence)
	}
	return append(b, '}')
}

// appendCitation appends the JSON object of c.
func appendCitation(b []byte, c *Citation) []byte {
	b = append(b, `{"outlet":`...)
	b = appendString(b, c.Outlet)
	b = append(b, `,"relation":`...)
	b = appendString(b, c.Relation)
	b = append(b, `,"mention":`...)
	b = appendString(b, c.Mention)
	b = append(b, `,"span":`...)
	b = appendSpan(b, c.Span)
	if c.Evidence != "" {
		b = append(b, `,"evidence":`...)
		b = appendString(b, c.Evidence)
	}
	return append(b, '}')
}

// appendSpan appends s as quote.Span.MarshalJSON writes it: [start,end].
func appendSpan(b []byte, s quote.Span) []byte {
	b = append(b, '[')
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(s.End), 10)
	return append(b, ']')
}

// allDays is the set of all seven days of the week.
const allDays provenance.Weekdays = 1<<7 - 1

// dayName returns the name of a day of the week as
// provenance.Weekdays.MarshalJSON writes it.
func dayName(day time.Weekday) string {
	switch day {
	case time.Sunday:
		return "sunday"
	case time.Monday:
		return "monday"
	case time.Tuesday:
		return "tuesday"
	case time.Wednesday:
		return "wednesday"
	case time.Thursday:
		return "thursday"
	case time.Friday:
		return "friday"
	}
	return "saturday"
}

// appendDays appends d, which holds days of the week only, as
// provenance.Weekdays.MarshalJSON writes it: a list of names, Sunday
// first.
func appendDays(b []byte, d provenance.Weekdays) []byte {
	b = append(b, '[')
	first := true
	for day := time.Sunday; day <= time.Saturday; day++ {
		if !d.Has(day) {
			continue
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = append(b, '"')
		b = append(b, dayName(day)...)
		b = append(b, '"')
	}
	return append(b, ']')
}

// appendFingerprint appends p as a JSON string of the text form of
// provenance.Fingerprint.MarshalText: base64 of its hashes, big end first.
func appendFingerprint(b []byte, p provenance.Fingerprint) []byte {
	var buf [4 * 256]byte
	raw := buf[:0]
	for _, h := range p {
		raw = binary.BigEndian.AppendUint32(raw, h)
	}
	b = append(b, '"')
	b = base64.StdEncoding.AppendEncode(b, raw)
	return append(b, '"')
}

// appendFloat appends f, a finite number, as encoding/json writes a
// float64: like strconv 'f', but for an exponent when the magnitude is
// below 1e-6 or from 1e21 on, written without a leading zero.
func appendFloat(b []byte, f float64) []byte {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 to e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendOptString appends *s as a JSON string, or null when s is nil.
func appendOptString(b []byte, s *string) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	return appendString(b, *s)
}

// hexDigits are the digits of \u escapes.
const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string, as encoding/json writes it with
// HTML left unescaped: '"' and '\\' escaped, control characters as \b,
// \f, \n, \r, \t or \u00xx, bytes that are not UTF-8 as \ufffd, and the
// line and paragraph separators U+2028 and U+2029 as \u2028 and \u2029.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
