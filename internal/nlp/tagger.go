package nlp

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

	"github.com/quotetrace/quotetrace/language"
)

// Tagger gives tokens their part of speech with prose's averaged-perceptron
// model. It is safe for concurrent use: prose builds new tokens for every
// document and only reads the model's weight maps (TestTagConcurrent checks
// this under -race).
type Tagger struct {
	model *prose.Model
}

// defaultTagger decodes prose's part-of-speech model once per process.
var defaultTagger = sync.OnceValue(newTagger)

// Tags returns the default Tagger, whose prose model is decoded once, on
// first use, and then shared through prose.UsingModel.
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

// maxChunk bounds the words prose sees: its tokenizer takes time quadratic
// in a chunk's length (it strips one punctuation mark at a time, rescanning
// the chunk). No word is this long; a longer one is given as "X".
const maxChunk = 64

// Tag returns the Penn Treebank tag of each of toks, tokens of text as
// language.Scan gives them (a sentence, say: the tagger reads a token's
// neighbours), in order, one tag per token. prose does not re-tokenize the
// text: it is given the tokens, one a chunk, in the forms its model was
// trained on (“ as “, ” as ”, ’ as ', — as --, … as ...). A word prose
// splits ("can't": "ca" "n't") takes the tag of its first part. Quote marks
// are tagged “ or ”; a token prose gives no tag is tagged "".
func (t *Tagger) Tag(text string, toks []language.Token) []string {
	tags := make([]string, len(toks))
	if len(toks) == 0 {
		return tags
	}
	var b strings.Builder
	starts := make([]int, len(toks)) // where each token starts in b
	for k := range toks {
		if k > 0 {
			b.WriteByte(' ')
		}
		starts[k] = b.Len()
		b.WriteString(proseForm(text, toks, k))
	}
	in := b.String()
	cursor, k := 0, 0
	for _, pt := range t.run(in) {
		i := strings.Index(in[cursor:], pt.Text)
		if pt.Text == "" || i < 0 {
			continue
		}
		at := cursor + i
		cursor = at + len(pt.Text)
		for k+1 < len(toks) && starts[k+1] <= at {
			k++
		}
		if tags[k] == "" {
			tags[k] = pt.Tag
		}
	}
	for k, tok := range toks {
		if tok.Kind == language.QuoteMark {
			tags[k] = quoteTag(text, toks, k)
		}
	}
	return tags
}

// run tags in with the shared model. Should prose panic, the call yields
// no tokens rather than taking the caller down.
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

// proseForm returns the chunk prose is given for toks[k].
func proseForm(text string, toks []language.Token, k int) string {
	tok := toks[k]
	s := text[tok.Start:tok.End]
	switch tok.Kind {
	case language.QuoteMark:
		if quoteTag(text, toks, k) == "``" {
			return "``"
		}
		return "''"
	case language.Punct:
		switch s {
		case "—", "―", "–":
			return "--"
		case "…":
			return "..."
		}
		return s
	case language.Possessive:
		return "'s"
	}
	if len(s) > maxChunk {
		return "X"
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case language.IsApostrophe(r):
			// prose splits a contraction ("n't") off, but drops the rest of a
			// word whose apostrophe starts something like one ("O'Malley").
			if strings.HasSuffix(strings.ToLower(s[i:]), "t") && i > 0 && (s[i-1] == 'n' || s[i-1] == 'N') {
				b.WriteByte('\'')
			} else {
				b.WriteRune('ʼ')
			}
		case r == utf8.RuneError || unicode.Is(unicode.Cf, r):
			b.WriteByte('X')
		default:
			// prose indexes a word with offsets found in its lower-case form.
			if l := unicode.ToLower(r); utf8.RuneLen(l) != utf8.RuneLen(r) {
				r = l
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// quoteTag returns the Treebank tag of the quote mark toks[k]: “ for an
// opening mark, ” for a closing one. “ ‘ „ « ‹ ‚ open and ” ’ » › close; a
// straight mark opens at the start or after space or an opening bracket
// when a word follows it.
func quoteTag(text string, toks []language.Token, k int) string {
	switch text[toks[k].Start:toks[k].End] {
	case "“", "‘", "„", "«", "‹", "‚", "‛", "‟":
		return "``"
	case "”", "’", "»", "›":
		return "''"
	}
	spaced := k == 0 || toks[k-1].End < toks[k].Start
	if !spaced && k > 0 && strings.Contains("([{", text[toks[k-1].Start:toks[k-1].End]) {
		spaced = true
	}
	next := k+1 < len(toks) && toks[k+1].Start == toks[k].End && toks[k+1].Kind == language.Word
	if spaced && next {
		return "``"
	}
	return "''"
}
