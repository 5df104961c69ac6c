package quote

import (
	"encoding/json"
	"fmt"
)

// A Span is a half-open range [Start, End) of UTF-8 byte offsets into a text.
// The zero Span is empty and starts at offset 0.
type Span struct {
	Start, End int
}

// Len returns the number of bytes in s.
func (s Span) Len() int { return s.End - s.Start }

// IsEmpty reports whether s holds no bytes.
func (s Span) IsEmpty() bool { return s.End <= s.Start }

// Contains reports whether t lies entirely inside s.
func (s Span) Contains(t Span) bool { return s.Start <= t.Start && t.End <= s.End }

// Overlaps reports whether s and t share at least one byte.
func (s Span) Overlaps(t Span) bool { return s.Start < t.End && t.Start < s.End }

// In returns the bytes of text that s covers. It panics, like a slice
// expression, if s does not lie within text.
func (s Span) In(text string) string { return text[s.Start:s.End] }

// String formats s as "[start,end)".
func (s Span) String() string { return fmt.Sprintf("[%d,%d)", s.Start, s.End) }

// MarshalJSON encodes s as a two-element array [start, end], the form the
// quotetrace command writes.
func (s Span) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf("[%d,%d]", s.Start, s.End)), nil
}

// UnmarshalJSON decodes the two-element array form written by MarshalJSON.
func (s *Span) UnmarshalJSON(b []byte) error {
	var a []int
	if err := json.Unmarshal(b, &a); err != nil {
		return fmt.Errorf("quote: span: %w", err)
	}
	if len(a) != 2 {
		return fmt.Errorf("quote: span: want [start, end], got %d numbers", len(a))
	}
	if a[0] < 0 || a[1] < a[0] {
		return fmt.Errorf("quote: span: invalid range [%d, %d]", a[0], a[1])
	}
	s.Start, s.End = a[0], a[1]
	return nil
}
