package provenance

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/internal/lexicon"
	"github.com/quotetrace/quotetrace/internal/wordnet"
	"github.com/quotetrace/quotetrace/language"
)

// numbersFile is the file of a Language's data that gives the numerals of
// number words: one "word numeral" pair a line ("three 3").
const numbersFile = "numbers.txt"

// A term is a word that a translation keeps, as a number: the 32-bit
// FNV-1a hash of its stem, but for its top bit (see stopBit). The hash is
// fixed, so terms computed in different graphs, or in different
// processes, agree. Two stems of a corpus may share a hash now and then;
// that makes two wordings a word more alike, which the threshold's margin
// absorbs, and halves the index.
type term = uint32

// hashTerm returns the term of the stem s: its hash, with stopBit clear.
func hashTerm[S ~string | ~[]byte](s S) term {
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
func stopTerm[S ~string | ~[]byte](w S) term { return hashTerm(w) | stopBit }

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

// A stemmer reads the words of wordings into terms, with a Language: its
// definition of a word (Language.Scan), its stop words, negations,
// contractions and framing phrases (the tables StopWords, Negations,
// Contractions, NegativeContractions and Discourse), its number words and
// its stemmer. It remembers the words it has seen:
// stemming is the costliest step of reading a quotation, and the words of
// news repeat. A Graph has one, for its Language. It is safe for
// concurrent use.
type stemmer struct {
	lang *language.Language
	// places are the Language's countries, capitals and institutions.
	places *lexicon.Speakers
	// numbers maps each number word of the Language to its numeral
	// ("three" → "3"), read from its numbersFile once.
	numbers map[string]string
	// numberStops is whether a number word is also a stop word, which the
	// shortcut for stop words (see word) must then leave to readWord.
	numberStops bool
	// firsts holds a bit for the entry ID of each word that starts a
	// framing phrase ("of" for "of course"), so that most pairs of words
	// need no look-up; anyFirst is set when such a word has no ID, and
	// then every pair is looked up.
	firsts   []uint64
	anyFirst bool

	shards [cacheShards]struct {
		sync.RWMutex
		// m maps each word as read (lower-cased) to its terms in terms.
		m     map[string]termSpan
		terms []wordTerm
	}
	n atomic.Int64

	// The WordNet concepts of the content words read, by word key (see
	// conceptKey): a memory of wordnet.Table.Concepts, which gives every
	// graph the same concepts for the same word, whatever else it read.
	memo struct {
		sync.RWMutex
		m map[uint32][]uint32
	}
}

// A termSpan is where the terms of one word are in a cache shard's terms:
// a word's terms take 8 bytes of a map entry rather than a slice of their
// own.
type termSpan struct{ off, n uint32 }

// A wordTerm is one term a word gives, and the key of its concepts (see
// wordsOf). It is a content term when t's stopBit is clear.
type wordTerm struct {
	t   term
	key uint32 // the word's key, for its concepts; 0 for none
}

// newStemmer returns a stemmer that reads words with l, whose numbersFile
// it reads: a Language without one has no number words.
func newStemmer(l *language.Language) (*stemmer, error) {
	s := &stemmer{lang: l, places: lexicon.SpeakersOf(l)}
	numbers, err := readNumbers(l.Data())
	if err != nil {
		return nil, err
	}
	s.numbers = numbers
	for w := range numbers {
		if l.Lookup(w).Is(language.StopWords) {
			s.numberStops = true
		}
	}
	for _, p := range l.Entries(language.Discourse) {
		first, _, ok := strings.Cut(p, " ")
		if !ok {
			continue // a phrase frames with its second word: one word alone frames nothing
		}
		id := l.Lookup(first).ID
		if id == 0 {
			s.anyFirst = true
			continue
		}
		for int(id/64) >= len(s.firsts) {
			s.firsts = append(s.firsts, 0)
		}
		s.firsts[id/64] |= 1 << (id % 64)
	}
	return s, nil
}

// readNumbers reads the numbersFile of fsys: a map from each number word,
// lower-cased, to its numeral. A file system without one gives none.
func readNumbers(fsys fs.FS) (map[string]string, error) {
	if fsys == nil {
		return nil, nil
	}
	b, err := fs.ReadFile(fsys, numbersFile)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil
	case err != nil:
		return nil, fmt.Errorf("provenance: the language's number words: %w", err)
	}
	m := make(map[string]string)
	for line := range strings.Lines(string(b)) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if k, v, ok := strings.Cut(line, " "); ok {
			m[strings.ToLower(k)] = strings.TrimSpace(v)
		}
	}
	return m, nil
}

// startsFraming reports whether the word of entry id may start a framing
// phrase (see firsts).
func (s *stemmer) startsFraming(id uint32) bool {
	return s.anyFirst || int(id/64) < len(s.firsts) && s.firsts[id/64]&(1<<(id%64)) != 0
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

// termsOfWord returns the terms of the lower-cased word w, as readWord
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
	at, ok := sh.m[string(w)]
	terms := sh.terms
	sh.RUnlock()
	if ok {
		// The terms a word was given are never changed: only appended
		// after, so they can be read without the lock.
		return terms[at.off : at.off+at.n : at.off+at.n]
	}
	ts := s.readWord(string(w))
	if s.n.Load() < maxCached {
		s.n.Add(1)
		sh.Lock()
		if _, ok := sh.m[string(w)]; !ok {
			if sh.m == nil {
				sh.m = make(map[string]termSpan)
			}
			sh.m[string(w)] = termSpan{uint32(len(sh.terms)), uint32(len(ts))}
			sh.terms = append(sh.terms, ts...)
		}
		sh.Unlock()
	}
	return ts
}

// termOf returns the term of the lower-cased content word w: its stem's.
func (s *stemmer) termOf(w string) term { return hashTerm(s.lang.Stem(w)) }

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

// notWord is the word "n’t" is read as.
var notWord = []byte("not")

// tokenBufs holds the buffers of tokens the reading of a wording scans its
// text into.
var tokenBufs = sync.Pool{New: func() any { b := make([]language.Token, 0, 256); return &b }}

// maxPooled bounds the tokens of a buffer put back in tokenBufs.
const maxPooled = 1 << 14

// A previous is the word before the one being read, for the framing
// phrases ("of course"): its bytes, lower-cased, when it has no more than
// 16, and its entry ID when known is set.
type previous struct {
	w     [16]byte
	n     int
	id    uint32
	known bool
}

// read calls yield with the terms of the words of text, in order: the
// words are those of the stemmer's Language (Language.Scan) in lower case,
// an ending of its Contractions dropped ("’s", "’re", "’ll") and one of
// its NegativeContractions read as "not" ("n’t"); the terms of each are
// readWord's, but that the
// content terms of the second word of a framing phrase ("of course",
// "in fact"), as the Discourse table lists them, are not content. Before
// the first term, it calls sized, when not nil, with the number of words
// Scan found: most words give one term.
func (s *stemmer) read(text string, sized func(words int), yield func(wordTerm)) {
	p := tokenBufs.Get().(*[]language.Token)
	toks := s.lang.Scan((*p)[:0], text, 0, len(text))
	if sized != nil {
		n := 0
		for _, tok := range toks {
			if tok.Kind == language.Word {
				n++
			}
		}
		sized(n)
	}
	var prev previous
	var lower [64]byte
	for _, tok := range toks {
		if tok.Kind != language.Word {
			continue
		}
		w, known := text[tok.Start:tok.End], true
		if w[len(w)-1] == '.' {
			// The dot that ends an abbreviation ("U.S.", "Mr.") is no part
			// of its word.
			w, known = w[:len(w)-1], false
		}
		buf, plain := lowerWord(lower[:0], w)
		if !plain && bytes.ContainsAny(buf, "'’") {
			// A contraction's ending: "Kremlin’s" is read as "kremlin",
			// "can't" as "ca" and "not".
			if n, ok := s.lang.HasSuffix(language.Contractions, string(buf)); ok && n < len(buf) {
				buf = buf[:len(buf)-n]
			} else if n, ok := s.lang.HasSuffix(language.NegativeContractions, string(buf)); ok {
				s.word(&prev, buf[:len(buf)-n], s.lang.Entry(tok), false, yield)
				s.word(&prev, notWord, s.lang.Entry(tok), false, yield)
				continue
			}
		}
		s.word(&prev, buf, s.lang.Entry(tok), known && plain, yield)
	}
	if cap(toks) <= maxPooled {
		*p = toks[:0]
		tokenBufs.Put(p)
	}
}

// word calls yield with the terms of the lower-cased word w, which follows
// prev, and makes it prev. When known is set, e is w's entry in the
// Language and w is plain: ASCII letters and digits, as Scan gave it.
func (s *stemmer) word(prev *previous, w []byte, e language.Entry, known bool, yield func(wordTerm)) {
	// The second word of a phrase such as "of course".
	framing := false
	if prev.n > 0 && (!prev.known || s.startsFraming(prev.id)) {
		var pb [64]byte
		pair := append(append(append(pb[:0], prev.w[:prev.n]...), ' '), w...)
		framing = s.lang.Has(language.Discourse, string(pair))
	}
	prev.n, prev.id, prev.known = copy(prev.w[:], w), e.ID, known
	if prev.n < len(w) {
		prev.n = 0 // too long to start a phrase
	}
	// A plain word of the Language's negations or stop words is told by its
	// entry, as readWord would tell it.
	switch {
	case !known:
	case e.Is(language.Negations):
		yield(wordTerm{t: notTerm})
		return
	case e.Is(language.StopWords) && !('0' <= w[0] && w[0] <= '9') && (!s.numberStops || s.numbers[string(w)] == ""):
		yield(wordTerm{t: stopTerm(w)})
		return
	}
	for _, wt := range s.termsOfWord(w) {
		if framing && wt.t&stopBit == 0 {
			wt = wordTerm{t: wt.t | stopBit}
		}
		yield(wt)
	}
}

// lowerWord appends the word w to buf in lower case, and reports whether
// it is plain: ASCII letters and digits only. The format characters that
// Language.Scan keeps inside a word (a soft hyphen, a zero-width joiner)
// are left out.
func lowerWord(buf []byte, w string) ([]byte, bool) {
	plain := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			for _, r := range w[i:] {
				if r >= utf8.RuneSelf && unicode.Is(unicode.Cf, r) {
					continue
				}
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
			}
			return buf, false
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		default:
			plain = false
		}
		buf = append(buf, c)
	}
	return buf, plain
}

// wordsOf returns the terms of every word of text, stop words included, in
// text order (when all is true); the terms of its content words, the
// words a translation keeps (see readWord), with the keys of their
// concepts (see conceptKey). A content word has the same term in both, so
// that a short quotation's words can be looked for in a longer one's.
// Initialisms lose their dots ("U.S." is "us").
//
// The three are cut from one allocation, of room for a term a word: they
// are read once, and copied.
func (s *stemmer) wordsOf(text string, all bool) (every, content []term, keys []uint32) {
	return s.wordsIn(nil, text, all)
}

// wordsIn is wordsOf, with the three cut from *scratch when it has room
// for them, else from memory that is left in *scratch for the next call
// (when scratch is not nil). They are good until the next call with
// scratch.
func (s *stemmer) wordsIn(scratch *[]uint32, text string, all bool) (every, content []term, keys []uint32) {
	sized := func(n int) {
		if n == 0 {
			return // no words: no terms
		}
		n += n/8 + 1 // room for some words of two terms ("can't", "Trump-Putin")
		parts := 2
		if all {
			parts = 3
		}
		var buf []uint32
		switch {
		case scratch == nil:
			buf = make([]uint32, parts*n)
		case cap(*scratch) >= parts*n:
			buf = (*scratch)[:parts*n]
		default:
			buf = make([]uint32, parts*n)
			*scratch = buf
		}
		content, keys = buf[0:0:n], buf[n:n:2*n]
		if all {
			every = buf[2*n : 2*n : 3*n]
		}
	}
	s.read(text, sized, func(wt wordTerm) {
		if wt.t&stopBit == 0 {
			content = append(content, wt.t)
			keys = append(keys, wt.key)
		}
		if all {
			every = append(every, wt.t)
		}
	})
	return every, content, keys
}

// distinctTerms returns the terms of content in order, each at its first
// occurrence, and the keys of the words they were first read from, cut
// from one allocation of their exact size. A Graph keeps them in its
// records' terms (see record.setTerms).
func distinctTerms(content []term, keys []uint32) (order []term, orderKeys []uint32) {
	n := countDistinct(content)
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

// countDistinct returns the number of distinct terms of content.
func countDistinct(content []term) int {
	n := 0
	for i, t := range content {
		if !slices.Contains(content[:i], t) {
			n++
		}
	}
	return n
}

// isHyphen reports whether r is a hyphen that joins the parts of a word:
// "-", U+2010 or U+2011.
func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// readWord returns the terms of one lower-cased word as read yields it: a
// hyphenated word gives its parts' ("Trump-Putin"); a negation gives
// "not"; a number loses its thousands separators, and a number word
// becomes a numeral; a stop word, or a letter alone, is a term of the
// words but not of the content; any other word is its stem's.
func (s *stemmer) readWord(w string) []wordTerm {
	var out []wordTerm
	add := func(w string) {
		if w == "" {
			return
		}
		e := s.lang.Lookup(w)
		switch {
		case e.Is(language.Negations):
			out = append(out, wordTerm{t: notTerm})
		case isNumeral(w):
			out = append(out, wordTerm{t: hashTerm(strings.TrimRight(strings.ReplaceAll(w, ",", ""), "."))})
		default:
			if v, ok := s.numbers[w]; ok {
				out = append(out, wordTerm{t: hashTerm(v)})
				return
			}
			if c := initialism(strings.Trim(w, ".,")); c != w {
				w, e = c, s.lang.Lookup(c)
			}
			switch {
			case w == "":
			case e.Is(language.StopWords), utf8.RuneCountInString(w) < 2:
				out = append(out, wordTerm{t: stopTerm(w)})
			default:
				out = append(out, wordTerm{t: s.termOf(w), key: s.remember(w)})
			}
		}
	}
	if strings.ContainsFunc(w, isHyphen) && !isNumeral(w) {
		for part := range strings.FieldsFuncSeq(w, isHyphen) {
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
// order, and 0 when they share none or either has none. It reads the words
// with language.Default(); a Graph reads them with its Options.Language.
func Similarity(a, b string) float64 {
	s, err := newStemmer(language.Default())
	if err != nil {
		panic(err) // the default tables are embedded: this cannot happen
	}
	_, ca, ka := s.wordsOf(a, false)
	_, cb, kb := s.wordsOf(b, false)
	oa, ka := distinctTerms(ca, ka)
	ob, kb := distinctTerms(cb, kb)
	return s.similarity(oa, ka, ob, kb)
}
