package provenance

import (
	"bufio"
	"bytes"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"

	"github.com/quotetrace/quotetrace/internal/lexicon"
	"github.com/quotetrace/quotetrace/internal/wordnet"
	"github.com/quotetrace/quotetrace/language"
)

// dataFiles are the tables of the default language.
var dataFiles = language.Default().Data()

// The word tables: read once, never changed.
var (
	stopWords = mustReadSet("stopwords.txt")
	negations = mustReadSet("negations.txt")
	numbers   = mustReadPairs("numbers.txt")
	discourse = mustReadPhrases("discourse.txt")
)

// mustReadPhrases reads a table of two-word phrases, one a line, as a map
// from the first word to the second words that follow it.
func mustReadPhrases(path string) map[string]map[string]bool {
	b, err := fs.ReadFile(dataFiles, path)
	if err != nil {
		panic("provenance: " + err.Error())
	}
	m := make(map[string]map[string]bool)
	for line := range strings.Lines(string(b)) {
		first, second, ok := strings.Cut(strings.TrimSpace(line), " ")
		if !ok || first[0] == '#' {
			continue
		}
		if m[first] == nil {
			m[first] = make(map[string]bool)
		}
		m[first][strings.TrimSpace(second)] = true
	}
	return m
}

func mustReadSet(path string) lexicon.Set {
	s, err := lexicon.ReadSet(dataFiles, path)
	if err != nil {
		panic("provenance: " + err.Error()) // embedded: cannot happen
	}
	return s
}

// mustReadPairs reads a table of "word value" lines.
func mustReadPairs(path string) map[string]string {
	b, err := fs.ReadFile(dataFiles, path)
	if err != nil {
		panic("provenance: " + err.Error())
	}
	m := make(map[string]string)
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if k, v, ok := strings.Cut(line, " "); ok {
			m[k] = strings.TrimSpace(v)
		}
	}
	return m
}

// A term is a word that a translation keeps, as a number: the 32-bit
// FNV-1a hash of its stem, but for its top bit (see stopBit). The hash is
// fixed, so terms computed in different graphs, or in different
// processes, agree. Two stems of a corpus may share a hash now and then;
// that makes two wordings a word more alike, which the threshold's margin
// absorbs, and halves the index.
type term = uint32

// hashTerm returns the term of the stem s: its hash, with stopBit clear.
func hashTerm(s string) term {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h &^ stopBit
}

// stopBit marks the terms of the words that are not content (stop words, a
// letter alone) among the terms of all of a wording's words, so that its
// content terms can be read back from them (see contentOf).
const stopBit term = 1 << 31

// stopTerm returns the term of the word w that is not content.
func stopTerm(w string) term { return hashTerm(w) | stopBit }

// contentOf appends the content terms among the terms of words to buf, in
// order, and returns it.
func contentOf(words []term, buf []term) []term {
	for _, t := range words {
		if t&stopBit == 0 {
			buf = append(buf, t)
		}
	}
	return buf
}

// maxCached bounds the words a stemmer remembers.
const maxCached = 1 << 20

// cacheShards is how many parts a stemmer's memory of words is split into,
// each with a lock of its own, so that goroutines adding articles at once
// seldom wait for one another.
const cacheShards = 16

// A stemmer turns words into terms, and remembers the words it has seen:
// stemming is the costliest step of reading a quotation, and the words of
// news repeat. It is safe for concurrent use.
type stemmer struct {
	shards [cacheShards]struct {
		sync.RWMutex
		m map[string][]wordTerm // word as read (lower-cased) → its terms
	}
	n atomic.Int64

	// The WordNet concepts of the content words read, by word key (see
	// wordKey): a memory of wordnet.Table.Concepts, which gives every
	// graph the same concepts for the same word, whatever else it read.
	memo struct {
		sync.RWMutex
		m map[uint32][]uint32
	}
}

// A wordTerm is one term a word gives, and whether it is a content term
// (see wordsOf).
type wordTerm struct {
	t       term
	key     uint32 // the word's key, for its concepts; 0 for none
	content bool
}

// conceptKey returns the key of a content word, under which its concepts are
// remembered: a hash of the word as read, never 0.
func conceptKey(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h | 1
}

// remember notes the concepts of the content word w under its key, and
// returns the key, or 0 when WordNet gives it no concept.
func (s *stemmer) remember(w string) uint32 {
	cs := wordnet.Default().Concepts(w)
	if len(cs) == 0 {
		return 0
	}
	k := conceptKey(w)
	s.memo.Lock()
	if s.memo.m == nil {
		s.memo.m = make(map[uint32][]uint32)
	}
	s.memo.m[k] = cs
	s.memo.Unlock()
	return k
}

// absorb adds the concepts other remembers to s's: Merge uses it, so that
// the records a graph takes from another keep their words' concepts.
func (s *stemmer) absorb(other *stemmer) {
	other.memo.RLock()
	defer other.memo.RUnlock()
	s.memo.Lock()
	defer s.memo.Unlock()
	if s.memo.m == nil {
		s.memo.m = make(map[uint32][]uint32, len(other.memo.m))
	}
	for k, cs := range other.memo.m {
		s.memo.m[k] = cs
	}
}

// termsOfWord returns the terms of the lower-cased word w, as wordsOf
// reads them, from memory when it has seen w before: looking a byte slice
// up in a map does not allocate. The slice returned is shared: it must not
// be changed.
func (s *stemmer) termsOfWord(w []byte) []wordTerm {
	h := uint32(2166136261)
	for _, c := range w {
		h ^= uint32(c)
		h *= 16777619
	}
	sh := &s.shards[h%cacheShards]
	sh.RLock()
	ts, ok := sh.m[string(w)]
	sh.RUnlock()
	if ok {
		return ts
	}
	ts = s.readWord(string(w))
	if s.n.Load() < maxCached {
		s.n.Add(1)
		sh.Lock()
		if sh.m == nil {
			sh.m = make(map[string][]wordTerm)
		}
		sh.m[string(w)] = ts
		sh.Unlock()
	}
	return ts
}

// termOf returns the term of the lower-cased content word w.
func (s *stemmer) termOf(w string) term { return hashTerm(english.Stem(w, true)) }

// conceptsOf appends to buf the concepts of each term of terms, a
// wording's content terms in any order and number, and returns it: the
// concepts of the word the wording gives for the term, where order and
// keys are the wording's distinct content terms and their words' keys.
func (s *stemmer) conceptsOf(order []term, keys []uint32, terms []term, buf [][]uint32) [][]uint32 {
	s.memo.RLock()
	defer s.memo.RUnlock()
	for _, t := range terms {
		var cs []uint32
		if i := slices.Index(order, t); i >= 0 && keys[i] != 0 {
			cs = s.memo.m[keys[i]]
		}
		buf = append(buf, cs)
	}
	return buf
}

// union returns the sorted union of the sorted sets a and b, in a new
// slice when it differs from a.
func union(a, b []uint32) []uint32 {
	out := make([]uint32, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			out = append(out, a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

// meet reports whether the sorted sets a and b have an element in common.
func meet(a, b []uint32) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			return true
		}
	}
	return false
}

// related is the number of terms in the longest sequence that a and b
// share in order, where two terms match when they are equal or share a
// concept (ca and cb are the concepts of a's and b's terms; nil for
// none).
func related(a, b []term, ca, cb [][]uint32) int {
	var buf lcsBuf
	return buf.related(a, b, ca, cb)
}

// An lcsBuf holds the rows of the longest-common-subsequence table, so
// that comparing many pairs allocates them once.
type lcsBuf struct{ prev, cur []int32 }

// related is the function related, with the rows in buf.
func (buf *lcsBuf) related(a, b []term, ca, cb [][]uint32) int {
	if cap(buf.prev) < len(b)+1 {
		buf.prev, buf.cur = make([]int32, len(b)+1), make([]int32, len(b)+1)
	}
	prev, cur := buf.prev[:len(b)+1], buf.cur[:len(b)+1]
	clear(prev)
	clear(cur)
	concepts := ca != nil && cb != nil
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j] || concepts && meet(ca[i], cb[j]):
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return int(prev[len(b)])
}

// The term every negation becomes.
var notTerm = hashTerm("not")

// words calls yield with each word of text, lower-cased, in order: runs of
// letters and digits, with the apostrophes, hyphens, dots and commas inside
// them ("can't", "U.S.", "2,000"). A possessive or contracted "’s", "’re",
// "’ll", "’ve", "’d", "’m" is dropped, and "n’t" is read as "not". The
// bytes yielded are valid only until yield returns.
func words(text string, yield func(w []byte) bool) {
	var buf []byte
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		end := i
		for i < len(text) {
			r, n := utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				i += n
				end = i
				continue
			}
			if isInnerRune(r) && i+n < len(text) {
				if r2, _ := utf8.DecodeRuneInString(text[i+n:]); isWordRune(r2) {
					i += n
					continue
				}
			}
			break
		}
		buf = lowerInto(buf[:0], text[start:end])
		w := buf
		if k := bytes.LastIndexAny(w, "'’"); k > 0 {
			_, size := utf8.DecodeRune(w[k:])
			switch suffix := string(w[k+size:]); suffix {
			case "s", "re", "ll", "ve", "d", "m":
				w = w[:k]
			case "t":
				if bytes.HasSuffix(w[:k], []byte("n")) { // "can't", "don't", "won't"
					if !yield(w[:k-1]) || !yield(notWord) {
						return
					}
					continue
				}
			}
		}
		if !yield(w) {
			return
		}
	}
}

// notWord is the word "n’t" is read as.
var notWord = []byte("not")

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isInnerRune reports whether r may join two runs of letters or digits into
// one word.
func isInnerRune(r rune) bool {
	switch r {
	case '\'', '’', '-', '‐', '.', ',':
		return true
	}
	return false
}

// lowerInto appends the lower case of s to buf.
func lowerInto(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
			}
			return buf
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// wordsOf returns the terms of every word of text, stop words included, in
// text order (when all is true); the terms of its content words, the
// words a translation keeps (see readWord), with the keys of their
// concepts (see conceptKey). A content word has the same term in both, so
// that a short quotation's words can be looked for in a longer one's.
// Initialisms lose their dots ("U.S." is "us").
func (s *stemmer) wordsOf(text string, all bool) (every, content []term, keys []uint32) {
	var prev [16]byte
	nprev := 0
	words(text, func(w []byte) bool {
		// The second word of a phrase such as "of course".
		framing := nprev > 0 && discourse[string(prev[:nprev])][string(w)]
		nprev = copy(prev[:], w)
		if nprev < len(w) {
			nprev = 0 // too long to start a phrase
		}
		for _, wt := range s.termsOfWord(w) {
			if framing && wt.content {
				wt = wordTerm{t: wt.t | stopBit}
			}
			if wt.content {
				content = append(content, wt.t)
				keys = append(keys, wt.key)
			}
			if all {
				every = append(every, wt.t)
			}
		}
		return true
	})
	return every, content, keys
}

// distinctTerms returns the terms of content in order, each at its first
// occurrence, and the keys of the words they were first read from.
//
// Both are cut from one allocation of their exact size: a Graph keeps them
// for every quotation.
func distinctTerms(content []term, keys []uint32) (order []term, orderKeys []uint32) {
	n := 0
	for i, t := range content {
		if !slices.Contains(content[:i], t) {
			n++
		}
	}
	buf := make([]uint32, 2*n)
	order, orderKeys = buf[:0:n], buf[n:n]
	for i, t := range content {
		if !slices.Contains(order, t) {
			order = append(order, t)
			orderKeys = append(orderKeys, keys[i])
		}
	}
	return order, orderKeys
}

// readWord returns the terms of one word as words yields it: a hyphenated
// word gives its parts' ("Trump-Putin"); a negation gives "not"; a number
// loses its thousands separators, and a number word becomes a numeral; a
// stop word, or a letter alone, is a term of the words but not of the
// content; any other word is its stem's.
func (s *stemmer) readWord(w string) []wordTerm {
	var out []wordTerm
	add := func(w string) {
		switch {
		case w == "":
		case negations.Has(w):
			out = append(out, wordTerm{notTerm, 0, true})
		case isNumeral(w):
			out = append(out, wordTerm{hashTerm(strings.TrimRight(strings.ReplaceAll(w, ",", ""), ".")), 0, true})
		default:
			if v, ok := numbers[w]; ok {
				out = append(out, wordTerm{hashTerm(v), 0, true})
				return
			}
			w = initialism(strings.Trim(w, ".,"))
			switch {
			case w == "":
			case stopWords.Has(w), utf8.RuneCountInString(w) < 2:
				out = append(out, wordTerm{stopTerm(w), 0, false})
			default:
				out = append(out, wordTerm{s.termOf(w), s.remember(w), true})
			}
		}
	}
	if strings.ContainsAny(w, "-‐") && !isNumeral(w) {
		for part := range strings.FieldsFuncSeq(w, func(r rune) bool { return r == '-' || r == '‐' }) {
			add(part)
		}
		return out
	}
	add(w)
	return out
}

// initialism returns w without its dots when it is letters each followed by
// a dot ("u.s" is "us", "u.k" is "uk"), else w.
func initialism(w string) string {
	if len(w) < 3 || w[1] != '.' {
		return w
	}
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '.':
			if i == 0 || w[i-1] == '.' {
				return w
			}
		case c < 'a' || c > 'z':
			return w
		case i > 0 && w[i-1] != '.':
			return w // two letters in a row: an abbreviation such as "st.", not an initialism
		default:
			b = append(b, c)
		}
	}
	return string(b)
}

// isNumeral reports whether w is written in digits ("24", "2,000", "3.5").
func isNumeral(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}

// shared returns the number of terms two sorted sets have in common.
func shared(a, b []term) int { return sharedExcept(a, b, nil) }

// sharedExcept returns the number of terms two sorted sets have in common
// that are not in except.
func sharedExcept(a, b []term, except map[term]bool) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			if !except[a[i]] {
				n++
			}
			i++
			j++
		}
	}
	return n
}

// similarity is the similarity of two wordings given as their distinct
// content terms in order and their words' keys (distinctTerms): the length
// of the longest sequence of terms they share in order, a synonym counting
// as the same term, over the length of the shorter. It is 0 when either is
// empty.
func (s *stemmer) similarity(a []term, ka []uint32, b []term, kb []uint32) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	k := related(a, b, s.conceptsOf(a, ka, a, nil), s.conceptsOf(b, kb, b, nil))
	return float64(k) / float64(min(len(a), len(b)))
}

// Similarity returns how alike two wordings are, in [0, 1]. The terms of a
// wording are the stems of the words a translation keeps (content words,
// names, numbers, negations; see the package documentation), each taken
// once, in order; the similarity is the length of the longest sequence of
// terms the two share in the same order, over the number of terms of the
// shorter, where two terms that WordNet gives a sense in common count as
// one ("truce" and "ceasefire", "withdraw" and "withdrawal"). It is
// symmetric, 1 when one wording's terms are all in the other's in the same
// order, and 0 when they share none or either has none.
func Similarity(a, b string) float64 {
	var s stemmer
	_, ca, ka := s.wordsOf(a, false)
	_, cb, kb := s.wordsOf(b, false)
	oa, ka := distinctTerms(ca, ka)
	ob, kb := distinctTerms(cb, kb)
	return s.similarity(oa, ka, ob, kb)
}
