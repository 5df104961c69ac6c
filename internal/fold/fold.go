// Package fold compares and hashes words without regard to the case of
// their ASCII letters, without allocating: the one way the packages of
// quotetrace fold case on their hot paths. Letters outside ASCII are
// compared as they are (the word tables hold them in lower case).
package fold

// Equal reports whether s is lower, a word in lower case, but for the case
// of s's ASCII letters.
func Equal(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// Hash returns the 32-bit FNV-1a hash of s with its ASCII letters in lower
// case: equal for two words that Equal matches.
func Hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}
