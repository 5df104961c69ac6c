// Package export writes a provenance.Trace for people and for other
// programs: as a report to read (Text), as the JSON of `quotetrace trace
// --format json` (JSON), as a Graphviz digraph (DOT), as a W3C
// PROV-JSON document (PROV) and as one self-contained HTML page for a
// browser, with each statement's chains drawn in SVG (HTML).
//
// Text and DOT are for people. Text lists the articles, with their titles,
// URLs and sources, and the statements, each with the chains that took its
// words from the speaker to the articles and each article's quotation of
// it: its kind, its cue (the reporting verb or phrase: "said", "denied")
// and what it changed in the words. A quotation is shown in quote marks,
// reported speech is not, but after its cue, as its words are the
// writer's: "Iran, denied: it is working on developing a nuclear weapon".
// DOT draws those chains, left to right, for the statements reported by
// more than one article: speaker → outlet → the articles, grouped in a box
// for each statement. DOTOptions{All: true}.Write draws every statement.
//
// Each writer takes the Trace it is given as a plain value and reads only
// its exported fields and methods, so a Trace made by hand, or decoded from
// elsewhere, is written like one a Graph made:
//
//	tr := g.Trace()
//	if err := export.Text(os.Stdout, tr); err != nil {
//		…
//	}
//
// Formats gives the writers by name, for a command-line flag.
//
// The same Trace always gives the same bytes.
//
// Text and DOT write IDs, names and words as they are, except for what
// could change how the output reads: a backslash, control characters (a
// line break in an article ID, a terminal's escape sequences), the line and
// paragraph separators, bidirectional embeddings, overrides and isolates,
// and bytes that are not UTF-8 are written as Go escapes (\\, \n, \x1b,
// \u202e, \xff). Distinct names stay distinct: in DOT, "a\tb" and "a b"
// are two nodes. JSON and PROV write every string as a JSON string, as
// encoding/json does (bytes that are not UTF-8 become U+FFFD). HTML
// shows IDs, names and words as Text does, then escapes them for HTML with
// html/template, so that no text of an article is markup; it links an
// article's URL only when it is an http or https URL, and the page fetches
// nothing from the network.
package export
