package quote

import (
	"fmt"
	"sort"

	"github.com/quotetrace/quotetrace/language"
)

// Role says what part a paragraph plays in an article.
type Role uint8

// The roles of paragraphs. Quotations are looked for only in Headline and
// Body paragraphs; Source and Signature paragraphs are kept because they
// tell where the article came from.
const (
	// Body is the article's running text.
	Body Role = iota + 1
	// Headline is the article's title line.
	Headline
	// Caption is a photo caption or credit line.
	Caption
	// Navigation is page furniture: "Related", "Read more", "Ask me anything".
	Navigation
	// Teaser is the headline of another story, typically cut off with "…".
	Teaser
	// Source names where the article came from: "Source: vnexpress.net".
	Source
	// Signature is a reporter's byline or e-mail address.
	Signature
	// Duplicate repeats an earlier paragraph word for word.
	Duplicate
	// Noise is stray interface text with no words of the article: "TT", "20".
	Noise
)

var roleNames = [...]string{
	Body:       "body",
	Headline:   "headline",
	Caption:    "caption",
	Navigation: "navigation",
	Teaser:     "teaser",
	Source:     "source",
	Signature:  "signature",
	Duplicate:  "duplicate",
	Noise:      "noise",
}

// String returns the role's name in lower case, as in "body" or "caption".
func (r Role) String() string {
	if r > 0 && int(r) < len(roleNames) {
		return roleNames[r]
	}
	return fmt.Sprintf("Role(%d)", uint8(r))
}

// MarshalText encodes r as its name.
func (r Role) MarshalText() ([]byte, error) {
	if r == 0 || int(r) >= len(roleNames) {
		return nil, fmt.Errorf("quote: invalid role %d", uint8(r))
	}
	return []byte(roleNames[r]), nil
}

// IsText reports whether paragraphs of role r are the article's own words,
// the Headline and Body, in which quotations are looked for.
func (r Role) IsText() bool { return r == Body || r == Headline }

// A Paragraph is a block of text with its role.
type Paragraph struct {
	Span Span
	Role Role
}

// An Article is one news story. Most texts hold one; a page that carries
// several stories one after another is split into several.
type Article struct {
	// Span runs from the article's first paragraph to the end of its last.
	Span Span
	// Headline is the article's title, or empty when it has none.
	Headline Span
	// Paragraphs lists every paragraph of the article in text order, with
	// its role; blank lines are not paragraphs. The articles of a Document
	// share one array of paragraphs, each list with no room past its end,
	// so that appending to one copies it.
	Paragraphs []Paragraph
	// Sentences lists the sentences of the Headline and Body paragraphs.
	Sentences []Span
}

// A Document is the structure of a text and the quotations found in it.
type Document struct {
	// Text is the text the document was parsed from. Every Span in the
	// document is a byte range of it.
	Text string
	// Articles lists the stories in the text; it is empty only when the
	// text holds no words.
	Articles []Article
	// Quotes lists every quotation of every article in text order,
	// including those that are not speech (see Kind.IsSpeech).
	Quotes []Quote
	// Unpaired lists quote marks that could not be matched with a partner
	// and were left out of every quote.
	Unpaired []Span
	// Tokens lists the tokens of the Headline and Body paragraphs of every
	// article, in text order, as the Parser's Language scans them: every
	// word looked up once, its id in the token, so that that Language's
	// Entry gives the tables that hold it (language.Default().Entry for a
	// document of Parse). The later stages read them, through TokensIn,
	// instead of scanning the text again.
	Tokens []language.Token
}

// TokensIn returns the tokens of d.Tokens that lie within s, in text
// order: those of a sentence, a paragraph or a quotation. The result shares
// d.Tokens' memory (its capacity ends with it, so appending to it copies);
// it is empty for a span of no Headline or Body paragraph.
func (d *Document) TokensIn(s Span) []language.Token {
	toks := d.Tokens
	lo := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= s.Start })
	hi := lo + sort.Search(len(toks)-lo, func(i int) bool { return toks[lo+i].End > s.End })
	return toks[lo:hi:hi]
}
