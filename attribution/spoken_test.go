package attribution

import (
	"math/rand/v2"
	"testing"

	"github.com/quotetrace/quotetrace/quote"
)

// onlyOutletByScan is step 3 of linkedOutlet as a walk through every
// citation of the article, as it was before the index: the reference that
// spokenTo.onlyOutlet must agree with.
func onlyOutletByScan(cites []ownedCitation, occasions []int, l outletLink, cueSent int) *Citation {
	var found *Citation
	for _, c := range cites {
		own := c.sent >= l.first && c.sent <= l.last || c.sent == cueSent
		if l.entity == nil || c.owner.speaker() != l.entity || !isSpoken(c) || own {
			continue
		}
		if found != nil && found.Outlet != c.cit.Outlet {
			return nil
		}
		apart := occasions[l.first]-occasions[c.sent+1] > 0
		if c.sent >= l.first {
			apart = occasions[c.sent]-occasions[l.last+1] > 0
		}
		if c.sent < l.first && !apart {
			found = c.cit
		} else if found == nil {
			found = &Citation{Outlet: c.cit.Outlet}
		}
	}
	if found == nil || found.Span == (quote.Span{}) {
		return nil
	}
	return found
}

// TestOnlyOutletMatchesScan compares the indexed step 3 of linkedOutlet
// with the walk through every citation, on random articles.
func TestOnlyOutletMatchesScan(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	ents := []*entity{{}, {}, {}}
	outlets := []string{"TASS", "Reuters", "AFP"}
	rels := []Relation{Told, Interview, Quoted, Reported, AccordingTo}
	for trial := range 20000 {
		nSent := 1 + r.IntN(12)
		occasions := make([]int, nSent+1)
		for si := range nSent {
			occasions[si+1] = occasions[si]
			if r.IntN(6) == 0 {
				occasions[si+1]++
			}
		}
		var cites []ownedCitation
		for si := range nSent {
			for range r.IntN(3) {
				c := &Citation{Outlet: outlets[r.IntN(1+r.IntN(len(outlets)))], Relation: rels[r.IntN(len(rels))]}
				if r.IntN(8) > 0 {
					c.Span = quote.Span{Start: 10*si + 1, End: 10*si + 5}
				}
				var o owner
				switch r.IntN(4) {
				case 0:
					o.self = true
				case 1:
				default:
					o.cue = &cue{who: who{entity: ents[r.IntN(len(ents))]}}
				}
				cites = append(cites, ownedCitation{c, si, o})
			}
		}
		idx := indexSpoken(cites)
		for range 10 {
			first := r.IntN(nSent)
			l := outletLink{first: first, last: first + r.IntN(nSent-first)}
			if r.IntN(5) > 0 {
				l.entity = ents[r.IntN(len(ents))]
			}
			cueSent := -1
			if r.IntN(2) == 0 {
				cueSent = r.IntN(nSent)
			}
			want := onlyOutletByScan(cites, occasions, l, cueSent)
			got := idx.onlyOutlet(cites, occasions, l, cueSent)
			if got != want {
				t.Fatalf("trial %d: link %+v cue sentence %d: got %v, want %v", trial, l, cueSent, got, want)
			}
		}
	}
}
