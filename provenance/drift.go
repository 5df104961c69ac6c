package provenance

import (
	"strings"
	"unicode"
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
	a, b := strings.Fields(from), strings.Fields(to)
	if len(a) == 0 || len(b) == 0 || len(a)*len(b) > maxDriftCells {
		if from == to {
			return nil
		}
		return []Change{{Old: from, New: to}}
	}
	ka, kb := make([]string, len(a)), make([]string, len(b))
	for i, w := range a {
		ka[i] = wordKey(w)
	}
	for i, w := range b {
		kb[i] = wordKey(w)
	}
	// lcs[i][j] is the length of the longest common subsequence of ka[i:]
	// and kb[j:], in one slice.
	w := len(b) + 1
	lcs := make([]int32, (len(a)+1)*w)
	for i := len(a) - 1; i >= 0; i-- {
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
	var old, new []string
	flush := func() {
		if len(old) > 0 || len(new) > 0 {
			out = append(out, Change{Old: strings.Join(old, " "), New: strings.Join(new, " ")})
			old, new = old[:0], new[:0]
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
		case j < len(b) && (i == len(a) || lcs[i*w+j+1] > lcs[(i+1)*w+j]):
			new = append(new, b[j])
			j++
		default:
			if matched && lcs[i*w+j] > 0 {
				old = append(old, a[i]) // inside the covered part
			} else if matched && j < len(b) {
				old = append(old, a[i])
			}
			i++
		}
	}
	flush()
	return out
}

// wordKey is a word as drift compares it: lower case, without the
// punctuation around it.
func wordKey(w string) string {
	return strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
}
