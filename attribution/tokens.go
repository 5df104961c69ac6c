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

// A token is a word or a punctuation mark of a sentence.
type token struct {
	span quote.Span
	text string
	// entry is a word's entry in the Language: the tables that hold it.
	// It is the zero Entry for marks.
	entry language.Entry
	// quote is the index in the document's quotes of the quotation whose
	// words or marks hold the token, or -1.
	quote int32
	// outlet is 1 + the index in the outlet table of the outlet whose name
	// starts at the token, or 0; outletTo is the token after the name.
	// outletRead reports that matchOutlet has set them.
	outlet, outletTo int32
	outletRead       bool
	kind             language.Kind
	// upper reports a word that starts with an upper-case letter.
	upper bool
	// shape says what a word looks like by its ending (see shapeOf).
	shape shape
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
// letter, and isAdjective.
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
func (t token) in(tb language.Table) bool { return t.entry.In.Has(tb) }

// inAny reports whether any table of s holds the token, a word.
func (t token) inAny(s language.Set) bool { return t.entry.In.Any(s) }

// is reports whether the token is a word whose text is w, a lower-case
// ASCII word, ignoring ASCII case.
func (t token) is(w string) bool {
	return t.kind == word && fold.Equal(t.text, w)
}

// capitalized reports whether the token is a word starting with an upper
// case letter.
func (t token) capitalized() bool { return t.kind == word && t.upper }

// hasSuffixFold reports whether s ends with suf, a lower-case ASCII
// suffix, ignoring ASCII case: strings.HasSuffix(strings.ToLower(s), suf)
// without the lower-casing.
func hasSuffixFold(s, suf string) bool {
	return len(s) >= len(suf) && fold.Equal(s[len(s)-len(suf):], suf)
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

// tokens returns attribution's tokens for lt. With quotes set, each token
// knows the quotation that holds it (see inQuote); else none does.
func (st *state) tokens(lt []language.Token, quotes bool) []token {
	out := st.allocTokens(len(lt))
	r := -1 // the region inQuote would search from, once known (see below)
	for i, t := range lt {
		out[i] = token{
			span:  quote.Span{Start: t.Start, End: t.End},
			text:  st.text[t.Start:t.End],
			kind:  t.Kind,
			entry: st.lang.Entry(t),
			quote: -1,
		}
		if t.Kind == word {
			out[i].upper = startsUpper(out[i].text)
			out[i].shape = shapeOf(st.lang, out[i].text)
			if t.ID != 0 && isAlnum(out[i].text) {
				out[i].shape |= alnum // only mayNameOutlet asks, of known words
			}
		}
		if quotes {
			out[i].quote = int32(st.quoteAt(t.Start, &r))
		}
	}
	return out
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

// bytesPerToken is a little fewer bytes of text than a token takes on
// average in news (5.3), so that an article's tokens most often fit the
// block reserveTokens makes for them.
const bytesPerToken = 5

// reserveTokens makes the block that allocTokens takes tokens from big
// enough for the tokens of about n bytes of text.
func (st *state) reserveTokens(n int) {
	if want := n/bytesPerToken + 16; cap(st.block)-len(st.block) < want {
		st.block = make([]token, 0, want)
	}
}

// allocTokens returns n tokens from the block, for one sentence: the
// tokens of an article are one allocation.
func (st *state) allocTokens(n int) []token {
	if cap(st.block)-len(st.block) < n {
		st.block = make([]token, 0, max(n, 256))
	}
	k := len(st.block)
	st.block = st.block[:k+n]
	return st.block[k : k+n : k+n]
}
