package provenance

import (
	"strings"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/language"
)

// maxDriftCells bounds the work of one drift: the product of the two
// wordings' lengths in words. Longer pairs get one change for the whole.
const maxDriftCells = 1 << 22

// drift returns the word-level changes from the wording from to the
// wording to, over the part of from that to covers: the words of from
// before to's first kept word and after its last are not changes, so a
// partial quotation shows only how it differs from the words it is taken
// from. Words are compared without regard to case or the punctuation
// around them.
func drift(from, to string) []Change {
	var d drifter
	return d.changes(from, to)
}

// A drifter works out drifts, keeping its buffers from one to the next
// and the words of the last wording it drifted from: a Trace drifts each
// member of a statement from the statement's Text.
type drifter struct {
	from   string
	a, b   []wordAt // the words of from and to
	ka, kb []string // their keys (see wordKey)
	lcs    []int32
}

// A wordAt is a word of a wording, as its byte span.
type wordAt struct{ start, end int }

// changes is drift with d's buffers.
func (d *drifter) changes(from, to string) []Change {
	if from != d.from || d.a == nil {
		d.from = from
		d.a, d.ka = wordsAt(d.a[:0], d.ka[:0], from)
	}
	d.b, d.kb = wordsAt(d.b[:0], d.kb[:0], to)
	a, b, ka, kb := d.a, d.b, d.ka, d.kb
	if len(a) == 0 || len(b) == 0 || len(a)*len(b) > maxDriftCells {
		if from == to {
			return nil
		}
		return []Change{{Old: from, New: to}}
	}
	// lcs[i][j] is the length of the longest common subsequence of ka[i:]
	// and kb[j:], in one slice; its last row and column are 0.
	w := len(b) + 1
	size := (len(a) + 1) * w
	if cap(d.lcs) < size {
		d.lcs = make([]int32, size)
	}
	lcs := d.lcs[:size]
	clear(lcs[len(a)*w:])
	for i := len(a) - 1; i >= 0; i-- {
		lcs[i*w+len(b)] = 0
		for j := len(b) - 1; j >= 0; j-- {
			if ka[i] == kb[j] {
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
			} else {
				lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
			}
		}
	}
	if lcs[0] == 0 {
		return []Change{{Old: from, New: to}}
	}
	var out []Change
	// The words of from and of to since the last kept word: a run of each.
	oldLo, oldHi, newLo, newHi := 0, 0, 0, 0
	flush := func() {
		if oldHi > oldLo || newHi > newLo {
			out = append(out, Change{Old: joinWords(from, a[oldLo:oldHi]), New: joinWords(to, b[newLo:newHi])})
		}
	}
	matched := false // a word of to has been kept: from's words count
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && ka[i] == kb[j]:
			flush()
			matched = true
			i++
			j++
			oldLo, oldHi, newLo, newHi = i, i, j, j
		case j < len(b) && (i == len(a) || lcs[i*w+j+1] > lcs[(i+1)*w+j]):
			if newHi == newLo {
				newLo = j
			}
			j++
			newHi = j
		default:
			if matched && (lcs[i*w+j] > 0 || j < len(b)) {
				// Inside the covered part. The words of from are left
				// out only at its end, when to has no more: the run is
				// unbroken.
				if oldHi == oldLo {
					oldLo = i
				}
				oldHi = i + 1
			}
			i++
		}
	}
	flush()
	return out
}

// wordsAt appends the words of s to words, and their keys (see wordKey)
// to keys, and returns them: the runs of characters between spaces
// (language.IsSpace).
func wordsAt(words []wordAt, keys []string, s string) ([]wordAt, []string) {
	start := -1
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case !language.IsSpace(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			words = append(words, wordAt{start, i})
			keys = append(keys, wordKey(s[start:i]))
			start = -1
		}
		i += n
	}
	if start >= 0 {
		words = append(words, wordAt{start, len(s)})
		keys = append(keys, wordKey(s[start:]))
	}
	return words, keys
}

// joinWords returns the words of s, one space between each: a piece of s
// when one space is all that is between them there.
func joinWords(s string, words []wordAt) string {
	if len(words) == 0 {
		return ""
	}
	single := true
	for k := 1; k < len(words); k++ {
		if words[k].start != words[k-1].end+1 || s[words[k-1].end] != ' ' {
			single = false
			break
		}
	}
	if single {
		return s[words[0].start:words[len(words)-1].end]
	}
	var b strings.Builder
	for k, w := range words {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[w.start:w.end])
	}
	return b.String()
}

// wordKey is a word as drift compares it: lower case, without the
// characters around it that cannot be part of a word
// (language.IsWordRune).
func wordKey(w string) string {
	return strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !language.IsWordRune(r) }))
}
