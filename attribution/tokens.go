package attribution

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/internal/fold"
	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
)

// The kinds of token are the Language's: what a word, a space and a quote
// mark are is defined once, by language.Language.Scan.
const (
	word       = language.Word       // letters, digits, inner apostrophes, hyphens and dots
	possessive = language.Possessive // ’s, 's
	punct      = language.Punct      // any other mark: , ; : ( ) — and the like
	mark       = language.QuoteMark  // a quote mark that is not part of a word
)

// A token is a word or a punctuation mark of a sentence, as the rules read
// it: token k of a tokenBlock, which holds the parser's language.Token and
// what attribution keeps beside it. A token is a handle, three words that
// are passed in registers; its methods read the block.
type token struct {
	lt *language.Token
	b  *tokenBlock
	k  int
}

// kind returns what the token is: a word, a possessive, a mark.
func (t token) kind() language.Kind { return t.lt.Kind }

// span returns the token's bytes.
func (t token) span() quote.Span { return quote.Span{Start: t.lt.Start, End: t.lt.End} }

// text returns the token's text.
func (t token) text() string { return t.b.text[t.lt.Start:t.lt.End] }

// entry returns a word's entry in the Language: the tables that hold it.
// It is the zero Entry for marks.
func (t token) entry() language.Entry { return t.b.lang.Entry(*t.lt) }

// quote returns the index in the document's quotes of the quotation whose
// words or marks hold the token, or -1.
func (t token) quote() int32 { return t.b.quote[t.k] }

// flags returns the token's flags.
func (t token) flags() tokenFlags { return t.b.flags[t.k] }

// shape says what a word looks like by its ending (see shapeOf). The
// endings are looked up on the first ask, which few words get, and kept
// in the token's flags.
func (t token) shape() shape {
	f := t.b.flags[t.k]
	if f&endingsRead == 0 && t.lt.Kind == word {
		f |= endingsRead | tokenFlags(shapeOf(t.b.lang, t.text()))
		t.b.flags[t.k] = f
	}
	return shape(f & shapeBits)
}

// A shape says what a word looks like by its ending.
type shape uint8

const (
	agentPlural shape = 1 << iota // see isAgentPlural
	adjective                     // see isAdjective
	alnum                         // ASCII letters and digits only; set for words of some table
)

// shapeOf returns the shape of the word w by its ending, which l's tables
// of endings say: isAgentPlural, for a word that starts with a lower-case
// letter, and isAdjective. (alnum is set apart, by flagsOf.)
func shapeOf(l *language.Language, w string) shape {
	var s shape
	if len(w) <= minStem {
		return s // no ending leaves minStem bytes before it
	}
	if w[0]-'a' <= 'z'-'a' && isAgentPlural(l, w) {
		s |= agentPlural
	}
	if isAdjective(l, w) {
		s |= adjective
	}
	return s
}

// isAlnum reports whether w is ASCII letters and digits only.
func isAlnum(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; !('a' <= c && c <= 'z' || '0' <= w[i] && w[i] <= '9') {
			return false
		}
	}
	return true
}

// in reports whether table t of the Language holds the token, a word.
func (t token) in(tb language.Table) bool { return t.entry().In.Has(tb) }

// inAny reports whether any table of s holds the token, a word.
func (t token) inAny(s language.Set) bool { return t.entry().In.Any(s) }

// is reports whether the token is a word whose text is w, a lower-case
// ASCII word, ignoring ASCII case.
func (t token) is(w string) bool {
	return t.lt.Kind == word && fold.Equal(t.b.text[t.lt.Start:t.lt.End], w)
}

// capitalized reports whether the token is a word starting with an upper
// case letter.
func (t token) capitalized() bool { return t.kind() == word && t.flags()&upperFlag != 0 }

// hasSuffixFold reports whether s ends with suf, a lower-case ASCII
// suffix, ignoring ASCII case: strings.HasSuffix(strings.ToLower(s), suf)
// without the lower-casing.
func hasSuffixFold(s, suf string) bool {
	return len(s) >= len(suf) && fold.Equal(s[len(s)-len(suf):], suf)
}

// hasPrefixFold reports whether s starts with pre, a lower-case ASCII
// prefix, ignoring ASCII case.
func hasPrefixFold(s, pre string) bool {
	return len(s) >= len(pre) && fold.Equal(s[:len(pre)], pre)
}

// sentenceTokens returns the tokens of span, a sentence or a paragraph of
// a Headline or Body paragraph, each word with its entry in the Language:
// those the parser scanned (Document.TokensIn). A document made without
// tokens is scanned here. The slice is not to be changed.
func (st *state) sentenceTokens(span quote.Span) []language.Token {
	if st.doc.Tokens == nil {
		return st.scan(span)
	}
	return st.doc.TokensIn(span)
}

// scan returns the tokens of span as the Language scans them: for the
// paragraphs the parser does not scan (source lines) and documents without
// tokens. The slice is valid until the next call.
func (st *state) scan(span quote.Span) []language.Token {
	st.scanned = st.lang.Scan(st.scanned[:0], st.text, span.Start, span.End)
	return st.scanned
}

// tokenFlags are what attribution reads of a token once, beyond the
// parser's language.Token: a word's shape and case, and whether
// matchOutlet has looked for an outlet's name at it.
type tokenFlags uint8

const (
	shapeBits   tokenFlags = 1<<3 - 1 // the word's shape (token.shape)
	upperFlag   tokenFlags = 1 << 3   // a word that starts with an upper-case letter
	outletRead  tokenFlags = 1 << 4   // matchOutlet has looked at the token
	outletFound tokenFlags = 1 << 5   // and found a name (tokenBlock.outlets)
	endingsRead tokenFlags = 1 << 6   // shapeOf's bits are set (token.shape)
)

// flagsOf returns the flags of t, a token of text in l.
func flagsOf(l *language.Language, t language.Token, text string) tokenFlags {
	if t.Kind != word {
		return 0
	}
	w := text[t.Start:t.End]
	var f tokenFlags // the endings are read when asked: token.shape
	if startsUpper(w) {
		f |= upperFlag
	}
	if t.ID != 0 && isAlnum(w) {
		f |= tokenFlags(alnum) // only mayNameOutlet asks, of known words
	}
	return f
}

// A tokenBlock holds tokens of the text with what attribution adds to
// each, five bytes: the tokens of an article's sentences, or those of a
// line read apart from them. Its slices are indexed alike.
type tokenBlock struct {
	text string
	// lang is the Language that scanned the tokens, whose Entry gives a
	// word's tables.
	lang *language.Language
	// lt are the parser's tokens: the document's own (Document.Tokens),
	// not copied, or those scanned here.
	lt []language.Token
	// quote is, for each token, the index in the document's quotes of the
	// quotation whose words or marks hold it, or -1 (always for a line read
	// apart).
	quote []int32
	flags []tokenFlags
	// outlets are the names matchOutlet found, by token index.
	outlets map[int]outletMatch
}

// An outletMatch is an outlet's name that starts at a token.
type outletMatch struct {
	outlet int // index in the outlet table
	to     int // index in the block of the token after the name
}

// tokens are the tokens of a sentence: tokens [lo, lo+n) of a block. They
// read as a []token would, token i being at(i).
type tokens struct {
	b     *tokenBlock
	lo, n int
}

// len returns the number of tokens.
func (ts tokens) len() int { return ts.n }

// at returns token i. Like indexing a slice, it panics when i is out of
// range.
func (ts tokens) at(i int) token {
	return token{&ts.b.lt[ts.lo : ts.lo+ts.n][i], ts.b, ts.lo + i}
}

// scanned returns the parser's tokens that ts reads.
func (ts tokens) scanned() []language.Token { return ts.b.lt[ts.lo : ts.lo+ts.n] }

// readTokens sets the tokens of the article's sentences, st.sentences,
// whose spans are set: they are the parser's, in the document's tokens
// (or scanned into st.lines when it has none), and st.block holds them
// with, for each token of a sentence, the quotation that holds it and its
// flags.
func (st *state) readTokens() {
	b := &st.block
	b.text, b.lang = st.text, st.lang
	clear(b.outlets)
	if st.doc.Tokens != nil {
		b.lt = st.doc.Tokens
		// The sentences and the tokens are both in text order: each
		// sentence's tokens are searched for from the last one's end.
		from, end := 0, 0
		for i := range st.sentences {
			s := &st.sentences[i]
			if s.span.Start < end {
				from = 0 // not expected: the sentences overlap
			}
			end = s.span.End
			lo, hi := tokensIn(b.lt[from:], s.span)
			s.toks = tokens{b, from + lo, hi - lo}
			from += hi
		}
	} else {
		lines := st.lines[:0]
		for i := range st.sentences {
			s := &st.sentences[i]
			lo := len(lines)
			lines = st.lang.Scan(lines, st.text, s.span.Start, s.span.End)
			s.toks = tokens{b, lo, len(lines) - lo}
		}
		st.lines, b.lt = lines, lines
	}
	if n := len(b.lt); cap(b.quote) < n {
		// Exactly the room the tokens take: a text of many tokens must
		// not have up to twice that.
		b.quote, b.flags = make([]int32, n), make([]tokenFlags, n)
	} else {
		b.quote, b.flags = b.quote[:n], b.flags[:n]
	}
	// What the body's case says of each word of the tables (tableCase) is
	// read in the same pass.
	clear(st.caseByID)
	for i := range st.sentences {
		ts := st.sentences[i].toks
		body := st.art.Paragraphs[st.sentences[i].para].Role == quote.Body
		r := -1 // the region quoteAt searches from, once known
		for k := ts.lo; k < ts.lo+ts.n; k++ {
			t := b.lt[k]
			b.quote[k] = int32(st.quoteAt(t.Start, &r))
			b.flags[k] = flagsOf(st.lang, t, st.text)
			if body && t.ID != 0 && t.Kind == word {
				st.noteCase(b.lt[ts.lo:ts.lo+ts.n], k-ts.lo)
			}
		}
	}
}

// tokensIn returns the tokens of lt, in text order, that lie within s:
// lt[lo:hi] is Document.TokensIn(s) when lt is the document's tokens.
func tokensIn(lt []language.Token, s quote.Span) (lo, hi int) {
	lo = sort.Search(len(lt), func(i int) bool { return lt[i].Start >= s.Start })
	hi = lo + sort.Search(len(lt)-lo, func(i int) bool { return lt[lo+i].End > s.End })
	return lo, hi
}

// noToken returns a token that stands for none, as the one before the first:
// no word, in no quotation.
func (st *state) noToken() token {
	b := &st.none
	if b.lt == nil {
		b.lt, b.quote, b.flags = make([]language.Token, 1), []int32{-1}, make([]tokenFlags, 1)
	}
	b.lang = st.lang
	return token{&b.lt[0], b, 0}
}

// lineTokens returns the tokens lt of a line read apart from the article's
// sentences (a source line, a credit line), in a block of their own: none
// is read as quoted.
func (st *state) lineTokens(lt []language.Token) tokens {
	b := &tokenBlock{text: st.text, lang: st.lang, lt: lt, quote: make([]int32, len(lt)), flags: make([]tokenFlags, len(lt))}
	for k, t := range lt {
		b.quote[k], b.flags[k] = -1, flagsOf(st.lang, t, st.text)
	}
	return tokens{b, 0, len(lt)}
}

// quoteAt is inQuote(i) for the tokens of a sentence, asked in text order:
// *r, -1 at first, keeps where the previous one ended, so that when the
// regions' ends are in order (no quotation nested in another) the search
// is a walk.
func (st *state) quoteAt(i int, r *int) int {
	if st.regionsNested {
		return st.inQuote(i)
	}
	regs := st.regions
	k := *r
	if k < 0 {
		k = sort.Search(len(regs), func(k int) bool { return regs[k].span.End > i })
	}
	for k < len(regs) && regs[k].span.End <= i {
		k++
	}
	*r = k
	if k < len(regs) && regs[k].span.Start <= i {
		return regs[k].quote
	}
	return -1
}

// startsUpper reports whether w starts with an upper-case letter.
func startsUpper(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
