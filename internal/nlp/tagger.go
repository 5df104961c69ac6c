package nlp

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// Token is a word or punctuation token with its byte span and part-of-speech
// tag (Penn Treebank, as prose gives).
type Token struct {
	// Span locates the token in the text given to Tagger.Tag.
	Span Span
	// Text is the token's original bytes, Span.In(text): curly quotes and
	// apostrophes are left as they were written ("’s", "“").
	Text string
	// Tag is prose's Penn Treebank tag. Quotation marks get the Treebank
	// quote tags "``" (opening) and "''" (closing) whatever prose said.
	Tag string
}

// Tagger tags words. Safe for concurrent use.
//
// Tagging with a shared prose model is race-free: prose builds a new
// tokenizer and new tokens for every document and only reads the model's
// weight maps (TestTagConcurrent checks this under -race).
type Tagger struct {
	model *prose.Model
}

// defaultTagger decodes prose's part-of-speech model once per process.
var defaultTagger = sync.OnceValue(newTagger)

// Tags returns the default Tagger, whose prose model is built once on first
// use and then shared through prose.UsingModel.
func Tags() *Tagger { return defaultTagger() }

func newTagger() *Tagger {
	// A document with extraction off makes prose build a model holding only
	// the averaged-perceptron tagger. prose.ModelFromData would also decode
	// the entity model, which this package never uses (about twice the time
	// and 11 MiB more heap).
	doc, err := prose.NewDocument("", prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil || doc.Model == nil {
		panic("nlp: building the prose model failed")
	}
	return &Tagger{model: doc.Model}
}

// Tag tokenizes and part-of-speech tags text[span]. Every token's Span
// indexes text (not span) and Span.In(text) is the token's original bytes;
// tokens are in order and do not overlap. Out-of-range parts of span are
// ignored; invalid UTF-8 never panics.
//
// prose tags a word that appears more than once, as the same
// white-space-delimited chunk, in one call with the tag of its last
// occurrence (its tokenizer shares token structs between equal chunks), so
// tag spans no longer than needed — a sentence, say.
func (t *Tagger) Tag(text string, span Span) []Token {
	start, end, ok := clamp(span, len(text))
	if !ok {
		return nil
	}
	in := prepare(text, start, end)
	if strings.TrimSpace(in.text) == "" {
		return nil
	}
	ptoks := t.run(in.text)
	out := make([]Token, 0, len(ptoks))
	cursor, prevEnd := 0, start
	for _, pt := range ptoks {
		if pt.Text == "" {
			continue
		}
		i := strings.Index(in.text[cursor:], pt.Text)
		if i < 0 {
			continue // not expected: prose's tokens are substrings of in
		}
		s, e := cursor+i, cursor+i+len(pt.Text)
		cursor = e
		os, oe := max(in.from[s], prevEnd), in.to[e-1]
		if os >= oe {
			continue
		}
		prevEnd = oe
		tok := Token{Span: Span{os, oe}, Text: text[os:oe], Tag: pt.Tag}
		tok.Tag = quoteTag(pt.Text, tok, text, start)
		out = append(out, tok)
	}
	return out
}

// run tags in with the shared model. prose is not known to panic once the
// text has gone through prepare (FuzzTag covers it); should it, the call
// yields no tokens rather than taking the caller down.
func (t *Tagger) run(in string) (toks []prose.Token) {
	defer func() {
		if recover() != nil {
			toks = nil
		}
	}()
	doc, err := prose.NewDocument(in,
		prose.UsingModel(t.model),
		prose.WithSegmentation(false),
		prose.WithExtraction(false))
	if err != nil {
		return nil
	}
	return doc.Tokens()
}

// quoteTag returns the tag for tok, whose text in prose's input was ptext:
// Penn Treebank quote tags for quotation marks, prose's tag otherwise.
func quoteTag(ptext string, tok Token, text string, start int) string {
	switch {
	case ptext == "``" || ptext == "`":
		return "``"
	case ptext == `"`:
		return "''"
	case ptext != "'" || tok.Tag == "POS":
		return tok.Tag
	case tok.Text == "‘":
		return "``"
	case tok.Text == "’" || tok.Text == "&rsquo;":
		return "''"
	}
	// A straight single quote opens after space or an opening bracket.
	if prev, _ := utf8.DecodeLastRuneInString(text[start:tok.Span.Start]); prev == utf8.RuneError || isSpace(prev) || strings.ContainsRune("([{—–-", prev) {
		return "``"
	}
	return "''"
}

// maxChunk bounds the white-space-delimited chunks prose sees: its tokenizer
// takes time quadratic in a chunk's length (it strips one punctuation mark at
// a time, rescanning the chunk), so a long run such as 40,000 "." would take
// seconds. No word is this long; a longer run is cut into pieces.
const maxChunk = 200

// prepared is the text handed to prose, with, for each of its bytes, the
// original byte range [from, to) it stands for.
type prepared struct {
	text     string
	from, to []int
}

// prepRune is one rune of prose's input and the original bytes it replaces.
type prepRune struct {
	r        rune
	from, to int
}

// prepare rewrites text[start:end] for prose so that every token prose
// returns is a literal substring of the result, then records where each byte
// came from:
//
//   - white space (including no-break and zero-width characters) becomes ' ',
//     since prose keeps other white space inside its tokens;
//   - invalid UTF-8 bytes become U+FFFD, and runes whose lower-case form has
//     another UTF-8 length become that form (prose indexes the original word
//     with offsets found in strings.ToLower of it, which could panic);
//   - ‘ ’ and "&rsquo;" become ', ” becomes " and an opening double quote
//     (“, „ or a straight one) becomes the Treebank opening-quote token, two
//     backquotes, plus a space: the form prose's model was trained on (it
//     mis-tags a bare ");
//   - dashes become the Treebank "--" (an em dash with spaces around it, so
//     "deal—signed" is three tokens) and "…" becomes "...", which prose's
//     model knows;
//   - a run of more than maxChunk bytes without space is cut with spaces;
//   - a single quote that opens a word becomes the Treebank "`" and is split
//     from it ("` so-called'");
//   - apostrophes that would make prose drop text are defused: a space goes
//     after a contraction that punctuation follows ("Trump's ," "don't ."),
//     and a mid-word apostrophe that starts a contraction-like marker
//     ("O'Malley", "O'Reilly") becomes U+02BC.
func prepare(text string, start, end int) prepared {
	rs := make([]prepRune, 0, end-start)
	for i := start; i < end; {
		r, n := decode(text, i, end)
		if strings.HasPrefix(text[i:end], "&rsquo;") {
			r, n = '\'', len("&rsquo;")
		}
		switch {
		case isSpace(r):
			r = ' '
		case r == '‘' || r == '’':
			r = '\''
		case r == '“' || r == '”' || r == '„':
			r = '"'
		case r == utf8.RuneError:
			// Invalid byte (or a literal U+FFFD): same rune, valid encoding.
		default:
			if l := unicode.ToLower(r); utf8.RuneLen(l) != n {
				r = l
			}
		}
		rs = append(rs, prepRune{r: r, from: i, to: i + n})
		i += n
	}

	var b strings.Builder
	from := make([]int, 0, len(rs)+8)
	to := make([]int, 0, len(rs)+8)
	run := 0 // bytes since the last space written
	emit := func(s string, p prepRune) {
		if run >= maxChunk && s[0] != ' ' {
			b.WriteByte(' ')
			from, to = append(from, p.from), append(to, p.from)
			run = 0
		}
		b.WriteString(s)
		for range len(s) {
			from, to = append(from, p.from), append(to, p.to)
		}
		if i := strings.LastIndexByte(s, ' '); i >= 0 {
			run = len(s) - 1 - i
		} else {
			run += len(s)
		}
	}
	spaceAfter := -1 // index in rs after which to insert a space
	for k, p := range rs {
		switch {
		case p.r == '"' && opensQuote(text, rs, k):
			emit("`` ", p)
		case p.r == '\'':
			emit(apostrophe(rs, k, &spaceAfter), p)
		case p.r == '—' || p.r == '―':
			emit(" -- ", p)
		case p.r == '–' && k > 0 && k+1 < len(rs) && rs[k-1].r == ' ' && rs[k+1].r == ' ':
			emit("--", p)
		case p.r == '…':
			emit("...", p)
		default:
			emit(string(p.r), p)
		}
		if k == spaceAfter {
			emit(" ", p)
		}
	}
	return prepared{text: b.String(), from: from, to: to}
}

// opensQuote reports whether the double quote rs[k] opens a quotation: “
// and „ always do, ” never does, and a straight quote does when it starts the
// text or follows space or an opening bracket, and a non-space follows it.
func opensQuote(text string, rs []prepRune, k int) bool {
	switch text[rs[k].from:rs[k].to] {
	case "“", "„":
		return true
	case "”":
		return false
	}
	if k+1 >= len(rs) || rs[k+1].r == ' ' {
		return false
	}
	return k == 0 || strings.ContainsRune(" ([{—–-", rs[k-1].r)
}

// apostrophe returns the text to emit for the apostrophe rs[k] and may set
// *spaceAfter to the index of the rune after which a space must go.
//
// prose splits "'ll", "'s", "'re", "'m" and "n't" off a word, but when such a
// marker begins the rest of a chunk and more characters follow it ("'s,",
// "n't.", "'Malley"), it silently drops that rest.
func apostrophe(rs []prepRune, k int, spaceAfter *int) string {
	n := markerLen(rs, k) // runes after the apostrophe that belong to the marker
	after := k + 1 + n
	if n > 0 && (after >= len(rs) || rs[after].r == ' ') {
		return "'" // the marker ends the chunk ("Peskov ’s"): prose handles it
	}
	wordStart := k == 0 || !unicode.IsLetter(rs[k-1].r) && !unicode.IsDigit(rs[k-1].r)
	if wordStart && k+1 < len(rs) && unicode.IsLetter(rs[k+1].r) {
		*spaceAfter = k // opening quote: "'so-called'" -> "` so-called'"
		return "`"
	}
	if n == 0 {
		return "'"
	}
	if r := rs[after].r; !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		*spaceAfter = after - 1 // "Trump's," -> "Trump's ,"
		return "'"
	}
	return "ʼ" // U+02BC: a word goes on, "O'Malley" -> "OʼMalley"
}

// markerLen returns how many runes after the apostrophe rs[k] belong to a
// contraction marker prose splits on, or 0.
func markerLen(rs []prepRune, k int) int {
	lower := func(i int) rune {
		if i < 0 || i >= len(rs) {
			return 0
		}
		return unicode.ToLower(rs[i].r)
	}
	if lower(k-1) == 'n' && lower(k+1) == 't' {
		return 1
	}
	switch a, b := lower(k+1), lower(k+2); {
	case a == 'l' && b == 'l', a == 'r' && b == 'e':
		return 2
	case a == 's', a == 'm':
		return 1
	}
	return 0
}
