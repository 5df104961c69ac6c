package attribution

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
)

// A SpeakerType says what sort of source a Speaker is.
type SpeakerType string

// The types of speaker.
const (
	// Person is one named or described human being: "Dmitry Peskov", "the
	// Kremlin spokesman".
	Person SpeakerType = "person"
	// Organization is a body, government or place standing for one: "the
	// Kremlin", "the International Atomic Energy Agency", "Tehran".
	Organization SpeakerType = "organization"
	// Media is a news outlet speaking for itself: "Reuters reported".
	Media SpeakerType = "outlet"
	// Group is several unnamed people: "experts", "the sources".
	Group SpeakerType = "group"
	// Unknown is a speaker whose type cannot be told, such as a pronoun that
	// resolves to nobody named.
	Unknown SpeakerType = "unknown"
)

// A Speaker is who said a quotation.
type Speaker struct {
	// Name is the resolved name: the fullest form the article gives of the
	// one the mention points at ("Dmitry Peskov" for "he", "Mr. Peskov" or
	// "the Kremlin spokesman"). When the mention resolves to nobody named,
	// Name is the mention's own words ("the sources").
	Name string
	// Type says whether the speaker is a person, an organisation, an
	// outlet or a group.
	Type SpeakerType
	// Mention is the words of this attribution that point at the speaker,
	// and Span their place in the text.
	Mention string
	Span    quote.Span
}

// A Relation says how an outlet carried someone's words.
type Relation string

// The relations between an outlet and the words it carried.
const (
	// Told: the words were given to the outlet ("told TASS", "responding
	// to a question from TASS").
	Told Relation = "told"
	// Interview: the words were said in an interview with the outlet.
	Interview Relation = "interview"
	// Reported: the outlet reported them ("Reuters reported").
	Reported Relation = "reported"
	// Quoted: the outlet quoted the speaker ("RIA quoted X as saying").
	Quoted Relation = "quoted"
	// Wrote: the outlet wrote them ("The Washington Post wrote").
	Wrote Relation = "wrote"
	// AccordingTo: the article gives the outlet as its source ("according
	// to TASS").
	AccordingTo Relation = "according-to"
	// Republished: the article is a copy of the outlet's ("Source:
	// vnexpress.net"). It appears only among an article's citations.
	Republished Relation = "source"
)

// A Citation is one mention of an outlet as the source of words an article
// reports.
type Citation struct {
	// Outlet is the outlet's canonical name when the outlet table knows it
	// ("TASS" for "Russia’s official TASS news agency"), else its name as
	// written.
	Outlet string
	// Relation says how the outlet carried the words.
	Relation Relation
	// Mention is the words that name the outlet, with the words that
	// describe it, and Span their place in the text.
	Mention string
	Span    quote.Span
	// Evidence is the words that cite the outlet, its mention included
	// ("told Russia’s official TASS news agency", "The New York Post
	// reported", "according to TASS , AFP"), and EvidenceSpan their place in
	// the text.
	Evidence     string
	EvidenceSpan quote.Span
	// Employer reports that the speaker works for the outlet, which the
	// article names with the speaker ("NBC’s Kristen Welker asked", "Fox
	// News host Jane Doe said"): the outlet reported its own journalist's
	// words (Relation is Reported) and relayed no one else's.
	Employer bool
}

// A Scope says how far from a quotation the article names the outlet its
// words went through.
type Scope string

// The scopes of an attribution's outlet, from nearest to widest.
const (
	// ScopeSentence: the sentence of the quotation or of its cue names the
	// outlet ("Peskov told TASS: “…”").
	ScopeSentence Scope = "sentence"
	// ScopeParagraph: another sentence of the quotation's paragraph does
	// ("Trump said in an interview with NBC News on Saturday that … “…,”
	// he said.").
	ScopeParagraph Scope = "paragraph"
	// ScopeArticle: another paragraph does: the one that introduced the
	// speaker with the outlet, or the only outlet the article says the
	// speaker spoke to.
	ScopeArticle Scope = "article"
)

// A Cue is the reporting verb or phrase of an attribution: "said",
// "according to", "quoted … as saying".
type Cue struct {
	Text string
	Span quote.Span
}

// An Attribution is a quotation with who said it and how it reached the
// public.
type Attribution struct {
	// Quote is the quotation. Its Kind is Direct, Partial or Indirect;
	// words in marks that nobody is said to have said are not attributions.
	Quote quote.Quote
	// Speaker is who said the words, or nil when the article does not say.
	// SpeakerName, SpeakerMention and SpeakerType read it without a nil
	// check.
	Speaker *Speaker
	// Via is who relayed the words when the speech is nested: in "Trump
	// said Putin told him he “wants to see people stop dying”", Speaker is
	// Putin and Via is Trump. It is nil otherwise.
	Via *Speaker
	// Outlet is the outlet through which the words reached the public, or
	// nil when the article does not say. OutletName, OutletRelation and
	// OutletMention read it without a nil check.
	Outlet *Citation
	// OutletScope says how far from the quotation the article names
	// Outlet: in the sentence of the quotation or of its cue, elsewhere in
	// its paragraph, or elsewhere in the article. It is "" when Outlet is
	// nil.
	OutletScope Scope
	// Cue is the reporting verb or phrase, or nil when there is none (a
	// quotation that continues the previous speaker's). CueText reads it
	// without a nil check.
	Cue *Cue
	// Confidence is in [0, 1]; higher means the attribution is more
	// likely right.
	Confidence float64
}

// The accessors below read an Attribution whose Speaker, Via, Outlet or
// Cue may be nil, as each is when the article does not say: they return ""
// for a missing part, and never panic, not even on a nil *Attribution.

// SpeakerName returns the resolved name of the speaker ("Dmitry Peskov"),
// or "" when the article does not say who spoke.
func (a *Attribution) SpeakerName() string {
	if a == nil || a.Speaker == nil {
		return ""
	}
	return a.Speaker.Name
}

// SpeakerMention returns the words of this attribution that point at the
// speaker ("the Kremlin spokesman"), or "" when there is no speaker.
func (a *Attribution) SpeakerMention() string {
	if a == nil || a.Speaker == nil {
		return ""
	}
	return a.Speaker.Mention
}

// SpeakerType returns the type of the speaker, or "" when there is no
// speaker.
func (a *Attribution) SpeakerType() SpeakerType {
	if a == nil || a.Speaker == nil {
		return ""
	}
	return a.Speaker.Type
}

// ViaName returns the resolved name of who relayed nested speech, or ""
// when the speech is not nested.
func (a *Attribution) ViaName() string {
	if a == nil || a.Via == nil {
		return ""
	}
	return a.Via.Name
}

// OutletName returns the canonical name of the outlet the words went
// through ("TASS"), or "" when the article does not say.
func (a *Attribution) OutletName() string {
	if a == nil || a.Outlet == nil {
		return ""
	}
	return a.Outlet.Outlet
}

// OutletRelation returns how the outlet carried the words (Told,
// Interview, …), or "" when there is no outlet.
func (a *Attribution) OutletRelation() Relation {
	if a == nil || a.Outlet == nil {
		return ""
	}
	return a.Outlet.Relation
}

// OutletMention returns the words that name the outlet ("Russia’s
// official TASS news agency"), or "" when there is no outlet.
func (a *Attribution) OutletMention() string {
	if a == nil || a.Outlet == nil {
		return ""
	}
	return a.Outlet.Mention
}

// CueText returns the reporting verb or phrase ("said", "according to"),
// or "" when there is none.
func (a *Attribution) CueText() string {
	if a == nil || a.Cue == nil {
		return ""
	}
	return a.Cue.Text
}

// A Result is the attributed quotations of one text.
type Result struct {
	// Document is the parsed text the quotations come from.
	Document *quote.Document
	// Publisher is the outlet that published the text, as the text itself
	// says (a "Source: …" line, a dateline such as "(Reuters) -", a
	// reporter's e-mail address), or "" when it does not.
	Publisher string
	// PublisherCredit is the words that name Publisher, with the relation
	// Republished, or nil when Publisher is "". It is not among
	// Citations, but CitationsFor adds it when the text is known to be
	// another outlet's copy.
	PublisherCredit *Citation
	// Quotes lists the attributed quotations, direct, partial and
	// indirect, in text order.
	Quotes []Attribution
	// Citations lists every mention of an outlet as a source, in text
	// order. Photo credits are not citations.
	Citations []Citation

	outlets *Outlets           // the table the outlets were resolved with
	lang    *language.Language // the Language the text was read in
}

// Language returns the Language the Attributor that made r read the text
// in, or language.Default() for a Result that no Attributor made.
func (r *Result) Language() *language.Language {
	if r.lang == nil {
		return language.Default()
	}
	return r.lang
}

// CitationsFor returns the citations of the text when publisher is known
// to have published it, from the address of its page for instance (see
// Outlets.Publisher). They are Citations, with two changes:
//
//   - When PublisherCredit names another outlet than publisher, the text
//     is that outlet's story carried by publisher ("Source – Bloomberg" or
//     "LISBON (AP) —" on a local site's page), and PublisherCredit is added
//     in its place, with the relation Republished.
//   - The publisher reporting its own story ("Ukrinform reports with
//     reference to Interfax-Ukraine" on Ukrinform's site) is no source,
//     and is left out; words said to the publisher ("told The Economist"
//     on The Economist's site) are kept.
//
// Names are compared as outlets: "AP" is "The Associated Press". With
// publisher "", CitationsFor returns a copy of Citations.
func (r *Result) CitationsFor(publisher string) []Citation {
	out := make([]Citation, 0, len(r.Citations)+1)
	if publisher == "" {
		return append(out, r.Citations...)
	}
	for _, c := range r.Citations {
		if (c.Relation == Reported || c.Relation == Wrote) && r.sameOutlet(c.Outlet, publisher) {
			continue
		}
		out = append(out, c)
	}
	if c := r.PublisherCredit; c != nil && !r.sameOutlet(c.Outlet, publisher) {
		i := sort.Search(len(out), func(i int) bool { return out[i].Span.Start > c.Span.Start })
		out = slices.Insert(out, i, *c)
	}
	return out
}

// sameOutlet reports whether names a and b stand for the same outlet: the
// same canonical name in the table the text was read with, by name, alias
// or web domain ("AP", "The Associated Press" and "apnews.com"), or the
// same letters and digits regardless of case and of a leading "The"
// ("WXYZ" and "Wxyz", "The Daily Caller" and "Daily Caller").
func (r *Result) sameOutlet(a, b string) bool {
	if r.outlets != nil {
		a, b = r.outlets.canonical(a), r.outlets.canonical(b)
	}
	return nameKey(a) == nameKey(b)
}

// canonical returns the name of the outlet of the table called name, by
// its name, an alias or its web domain, or name itself when the table
// does not know it.
func (t *Outlets) canonical(name string) string {
	if o, ok := t.Lookup(name); ok {
		return o.Name
	}
	if o, ok := t.Domain(name); ok {
		return o.Name
	}
	return name
}

// nameKey returns the letters and digits of name, lower case, without a
// leading "the".
func nameKey(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	k := b.String()
	if strings.HasPrefix(strings.ToLower(strings.TrimSpace(name)), "the ") {
		k = strings.TrimPrefix(k, "the")
	}
	return k
}
