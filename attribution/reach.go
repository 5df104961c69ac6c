package attribution

import "sort"

// Every search inside a sentence is bounded, so that the work stays linear
// in the length of the text however long a sentence is (a text with no
// full stop is one sentence) and however many cues or quotations it holds.
const (
	// maxReach is how many tokens a search walks from where it starts.
	maxReach = 48
	// maxCues is how many cues a search looks back over.
	maxCues = 8
	// maxContent is the longest reported speech, in tokens.
	maxContent = 160
)

// tokenAt returns the index of the first token of s that starts at or
// after byte i (s.toks.len() when there is none).
func (s *sentence) tokenAt(i int) int {
	lt := s.toks.scanned()
	return sort.Search(len(lt), func(k int) bool { return lt[k].Start >= i })
}

// cueIndex returns the index of the first cue of s that starts at or after
// token k (len(s.cues) when there is none).
func (s *sentence) cueIndex(k int) int {
	cues := s.cues()
	return sort.Search(len(cues), func(j int) bool { return cues[j].start >= k })
}
