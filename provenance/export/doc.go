// Package export writes a provenance.Trace for people and for other
// programs: as a report to read (Text), as the JSON of `quotetrace trace
// --format json` (JSON), as a Graphviz digraph (DOT) and as a W3C
// PROV-JSON document (PROV).
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
package export
