// Package tally counts the parts of attributed quotations, so that the
// packages that copy them (provenance.Extract, the command's extract line)
// can give each sort of part one block of memory, sized once, for the
// copies to point into.
package tally

import "github.com/quotetrace/quotetrace/attribution"

// Parts returns how many speakers (a Speaker or a Via), outlets and cues
// the attributions of quotes hold in all.
func Parts(quotes []attribution.Attribution) (speakers, outlets, cues int) {
	for i := range quotes {
		at := &quotes[i]
		if at.Speaker != nil {
			speakers++
		}
		if at.Via != nil {
			speakers++
		}
		if at.Outlet != nil {
			outlets++
		}
		if at.Cue != nil {
			cues++
		}
	}
	return speakers, outlets, cues
}
