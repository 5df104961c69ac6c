package provenance

import (
	"strconv"
	"time"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/quote"
)

// A Trace is what a Graph knows at one moment, worked out: every article,
// every statement with its members, origin and drift, and the edges between
// speakers, outlets, articles and statements. It is a plain value: the
// Graph that made it can go on growing without changing it, and it is safe
// for concurrent reads.
//
// Articles are in the order of their IDs and statements are numbered in the
// order of their first members, so that the same articles give the same
// Trace whatever order they were added in.
type Trace struct {
	Articles   []ArticleInfo
	Statements []Statement
	Edges      []Edge

	// sources indexes the edges that cite or copy by the article they
	// are from, for Chain; nil in a Trace made by hand.
	sources map[Node][]int32
}

// ArticleInfo is an article of a Trace.
type ArticleInfo struct {
	ID string
	// Publisher is the outlet that published the article, or "" when
	// neither the input nor the text says.
	Publisher string
	URL       string
	Title     string
	// Published is when it was published; the zero Time when unknown.
	Published time.Time
	// Cites lists the outlets the article names as sources of what it
	// reports, each once, in the order it first names them.
	Cites []string
	// CopyOf is the ID of the article of the trace that this one is a
	// copy of (its text is near-identical, and a "Source:" line, or a
	// later publication time, says which is the copy), or "".
	CopyOf string
}

// A Statement is one utterance by one speaker on one occasion, as reported
// by one or more articles, in whatever wording or translation each used.
type Statement struct {
	// ID is "s1", "s2", … in the order of the statements' first members.
	ID string
	// Speaker is who said it, or "" when no member says. SpeakerType is the
	// speaker's type as the attributions give it.
	Speaker     string
	SpeakerType attribution.SpeakerType
	// Via lists who relayed the words, nearest the speaker first: in
	// "Trump said Putin told him he “wants to see people stop dying”", the
	// speaker is Putin and Via is [Donald Trump]. It is empty when the words
	// came from the speaker directly.
	Via []string
	// Origin is the outlet the words were first given to or published by
	// ("told TASS"; failing that, the publisher of the earliest article
	// carrying them when publication times are known), or "" when no
	// article says. OriginEvidence is the words that say so.
	Origin         string
	OriginEvidence string
	// Text is the wording chosen to stand for the statement: the longest
	// direct quotation among its members.
	Text string
	// Members lists each article's quotation of the statement, in the order
	// of the articles' IDs and then of the quotations in each article.
	Members []Member
}

// OriginRelation returns how the words of s reached its Origin: Told when
// an article says they were told to the outlet or given to it in an
// interview, else Published (the outlet quoted or reported them, or
// carried the earliest article). It is the relation of the statement's
// edge to its origin, and "" when s has no Origin.
func (s *Statement) OriginRelation() EdgeRelation {
	if s.Origin == "" {
		return ""
	}
	return originRelation(*s)
}

// SameName reports whether two resolved names, such as a Member's Speaker
// and its statement's Speaker or one of its Via, name one speaker as a
// Graph takes them: equal but for case, or one the end of the other
// ("Trump" and "Donald Trump"). An empty name is no one's.
func SameName(a, b string) bool { return sameName(a, b) }

// A Member is one article's quotation of a statement.
type Member struct {
	// Article is the ID of the article, and Quote the index of the
	// quotation in its attribution.Result.Quotes (the index in `quotetrace
	// extract` output).
	Article string
	Quote   int
	Kind    quote.Kind
	Text    string
	Spans   []quote.Span
	// Speaker is the speaker as this article names him, and Via who it says
	// relayed the words, with ViaEvidence the words that say so ("Trump
	// told"); "" when it does not say.
	Speaker     string
	Via         string
	ViaEvidence string
	// Outlet is the outlet this article says carried the words, with how
	// and the words that say so; "" when it does not say.
	Outlet         string
	Relation       attribution.Relation
	OutletEvidence string
	// Evidence is the article's words that attribute the quotation: its
	// speaker's mention and the cue ("the Kremlin official replied").
	Evidence string
	// Cue is the reporting verb or phrase of the attribution, as the
	// article has it ("said", "denied", "according to"): the Text of its
	// attribution.Attribution's Cue, or "" when it has none.
	Cue string
	// Similarity is how much of the shorter of this wording and the
	// statement's Text the other keeps, in [0, 1]; see Similarity.
	Similarity float64
	// Drift lists the word-level changes from the statement's Text to this
	// wording, in text order, over the part of the Text this member covers.
	Drift []Change
}

// A Change is one difference between a member's wording and the
// statement's: the words of the statement's Text that the member replaced
// (Old) and those it put in their place (New). Old is "" for words the
// member added and New is "" for words it left out.
type Change struct {
	Old, New string
}

// An EdgeRelation names how two nodes of the graph are linked.
type EdgeRelation string

// The relations of a graph's edges.
const (
	// Said: a speaker said a statement.
	Said EdgeRelation = "said"
	// Relayed: a speaker passed on another's statement ("Trump said Putin
	// told him …").
	Relayed EdgeRelation = "relayed"
	// Told: a statement was given to an outlet, its origin.
	Told EdgeRelation = "told"
	// Reports: an article reports a statement.
	Reports EdgeRelation = "reports"
	// Cites: an article names an outlet, or an article of the corpus, as a
	// source.
	Cites EdgeRelation = "cites"
	// Republishes: an article is a copy of another article or of an
	// outlet's ("Source: vnexpress.net").
	Republishes EdgeRelation = "republishes"
)

// An Edge links two nodes of the graph.
type Edge struct {
	From, To Node
	Relation EdgeRelation
	// Statement is the ID of the statement the edge concerns, or "" for an
	// edge about an article as a whole (a citation of no one quotation).
	Statement string
	// Evidence is the article's words that show the link.
	Evidence string
}

// A NodeKind says what a node of the graph stands for.
type NodeKind uint8

// The kinds of the nodes of a graph.
const (
	// ArticleKind is an article of the corpus, named by its ID.
	ArticleKind NodeKind = iota + 1
	// OutletKind is an outlet, named by its name.
	OutletKind
	// SpeakerKind is a speaker, or one who relayed a speaker's words,
	// named by the resolved name.
	SpeakerKind
	// StatementKind is a statement, named by its ID ("s1").
	StatementKind
)

// String returns the kind as node IDs write it: "article", "outlet",
// "speaker" or "statement"; "NodeKind(n)" for any other value.
func (k NodeKind) String() string {
	switch k {
	case ArticleKind:
		return "article"
	case OutletKind:
		return "outlet"
	case SpeakerKind:
		return "speaker"
	case StatementKind:
		return "statement"
	}
	return "NodeKind(" + strconv.Itoa(int(k)) + ")"
}

// A Node is a node of the graph: a speaker, an outlet, an article or a
// statement, and its name or ID. Nodes are comparable: two are the same
// node when their kinds and names are equal, byte for byte.
type Node struct {
	Kind NodeKind
	// Name is the article's or statement's ID, or the outlet's or
	// speaker's name, as it is elsewhere in the Trace.
	Name string
}

// String returns the node's ID, as `quotetrace trace --format json` writes
// it: "article:<id>", "outlet:<name>", "speaker:<name>" or
// "statement:<id>", the name as it is, whatever characters it holds.
// Distinct nodes have distinct IDs.
func (n Node) String() string { return n.Kind.String() + ":" + n.Name }

// ArticleNode returns the node of the article with the given ID.
func ArticleNode(id string) Node { return Node{ArticleKind, id} }

// OutletNode returns the node of the outlet with the given name.
func OutletNode(name string) Node { return Node{OutletKind, name} }

// SpeakerNode returns the node of the speaker with the given name.
func SpeakerNode(name string) Node { return Node{SpeakerKind, name} }

// SpeakerNode returns the node of the statement's speaker: an outlet's
// node when the speaker is an outlet ("The New York Post reported …"), so
// that an outlet is one node whether it speaks or carries others' words;
// else a speaker's node.
func (s *Statement) SpeakerNode() Node {
	if s.SpeakerType == attribution.Media {
		return OutletNode(s.Speaker)
	}
	return SpeakerNode(s.Speaker)
}

// StatementNode returns the node of the statement with the given ID.
func StatementNode(id string) Node { return Node{StatementKind, id} }

// A Hop is one step of a chain: a node and how the words reached it from
// the step before (Said for the first, the speaker).
type Hop struct {
	Node     Node
	Relation EdgeRelation
	Evidence string
}

// A Path is the way a statement's words went from its speaker to one
// article: speaker, those who relayed it, the outlet it was given to, the
// articles in between, and the article itself.
type Path []Hop
