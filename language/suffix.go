package language

import (
	"cmp"
	"slices"
	"strings"
)

// HasSuffix reports whether word ends with an entry of t, a table of
// endings (AgentSuffixes, AdjectiveSuffixes, Contractions,
// NegativeContractions), and how many bytes of word the entry takes; the
// shortest entry wins, so that a caller that wants some bytes before the
// ending ("forecast" before "ers") need look no further when they are
// missing. An ending may be all of word. It matches the bytes of word as
// they are, the entries being in lower case ("al" ends "presidential", not
// "PRESIDENTIAL"), but that an apostrophe of an entry matches either
// apostrophe, ' or ’ ("n't" ends "can't" and "can’t"). It reports false for
// a table of words. It does not allocate.
func (l *Language) HasSuffix(t Table, word string) (n int, ok bool) {
	k := uint(t) - uint(numWordTables)
	if k >= uint(len(l.suffixes)) || word == "" {
		return 0, false
	}
	// Most words end in no entry of t: their last two bytes and one bit
	// of l.ends tell.
	if n := len(word); n >= 2 && l.ends[pairOf(word[n-2], word[n-1])]>>(t%8)&1 == 0 {
		return 0, false
	}
	x := &l.suffixes[k]
	c := word[len(word)-1]
	for _, e := range x.ends[x.from[c]:x.from[int(c)+1]] {
		if !x.apostrophes {
			if len(word) >= len(e) && word[len(word)-len(e):] == e {
				return len(e), true
			}
			continue
		}
		if n, ok := endsWith(word, e); ok {
			return n, true
		}
	}
	return 0, false
}

// curly is the apostrophe ’ in UTF-8, which an entry's ' matches too.
const curly = "’"

// endsWith reports whether w ends with e, an apostrophe of e matching
// either apostrophe of w, and how many bytes of w e takes.
func endsWith(w, e string) (int, bool) {
	i := len(w)
	for j := len(e) - 1; j >= 0; j-- {
		c := e[j]
		if c == '\'' && i >= len(curly) && w[i-len(curly):i] == curly {
			i -= len(curly)
			continue
		}
		if i == 0 || w[i-1] != c {
			return 0, false
		}
		i--
	}
	return len(w) - i, true
}

// A suffixIndex holds the entries of a table of endings by their last
// byte, so that a word is compared with those that end in its own last
// byte only.
type suffixIndex struct {
	// ends lists the entries by last byte, and shortest first for each
	// byte. An entry that ends in an apostrophe is listed under the last
	// byte of ’ too.
	ends []string
	// from[c] is the index in ends of the first entry listed under the
	// byte c; from[c+1] is the end of those entries.
	from [257]int32
	// apostrophes reports whether an entry holds an apostrophe, which then
	// matches ’ too.
	apostrophes bool
}

// newSuffixIndex indexes entries, a table of endings.
func newSuffixIndex(entries []string) suffixIndex {
	var x suffixIndex
	for _, e := range entries {
		x.apostrophes = x.apostrophes || strings.IndexByte(e, '\'') >= 0
	}
	for c := range 256 {
		start := len(x.ends)
		for _, e := range entries {
			if last := e[len(e)-1]; int(last) == c || last == '\'' && c == int(curly[len(curly)-1]) {
				x.ends = append(x.ends, e)
			}
		}
		// Shortest first, then alphabetical.
		slices.SortFunc(x.ends[start:], func(a, b string) int {
			if c := cmp.Compare(len(a), len(b)); c != 0 {
				return c
			}
			return strings.Compare(a, b)
		})
		x.from[c+1] = int32(len(x.ends))
	}
	return x
}

// numPairs is the length of Language.ends, which the last two bytes of a
// word index (see pairOf).
const numPairs = 4096

// pairOf returns the index in Language.ends of a word whose last two bytes
// are a and b.
func pairOf(a, b byte) uint { return (uint(a)<<4 ^ uint(b)) % numPairs }

// pairsOf calls yield with the indexes in Language.ends (see pairOf) of
// the words that may end with e: by their last two bytes, those of e, or
// of e with ’ for an apostrophe among them; and, when e is one byte long,
// that byte after any other.
func pairsOf(e string, yield func(uint)) {
	spellings := []string{""}
	for _, c := range []byte(e[max(0, len(e)-2):]) {
		var next []string
		for _, s := range spellings {
			next = append(next, s+string(c))
			if c == '\'' {
				next = append(next, s+curly)
			}
		}
		spellings = next
	}
	for _, s := range spellings {
		if n := len(s); n >= 2 {
			yield(pairOf(s[n-2], s[n-1]))
			continue
		}
		for a := range 256 {
			yield(pairOf(byte(a), s[0]))
		}
	}
}
