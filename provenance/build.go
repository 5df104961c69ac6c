package provenance

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/quotetrace/quotetrace/attribution"
)

// work computes the Trace of the graph; g.mu is held.
func (g *Graph) work() *Trace {
	c := newClustering(g)
	groups := c.statements()

	t := &Trace{
		Articles:   make([]ArticleInfo, len(g.articles)),
		Statements: make([]Statement, len(groups)),
	}
	for i, a := range g.articles {
		t.Articles[i] = a.info
		if o := c.copyOf[i]; o >= 0 {
			t.Articles[i].CopyOf = g.articles[o].info.ID
		}
	}
	slices.SortFunc(t.Articles, func(a, b ArticleInfo) int { return cmp.Compare(a.ID, b.ID) })
	// The statements' IDs and members, each in one allocation: a large
	// Trace holds a million of each.
	var ids strings.Builder
	for k := range groups {
		ids.WriteString("s")
		ids.WriteString(strconv.Itoa(k + 1))
	}
	all, at := ids.String(), 0
	n := 0
	for _, members := range groups {
		n += len(members)
	}
	arena := make([]Member, n)
	for k, members := range groups {
		size := 1 + len(strconv.Itoa(k+1))
		id := all[at : at+size]
		at += size
		t.Statements[k] = c.statement(id, members, arena[:len(members):len(members)])
		arena = arena[len(members):]
	}
	t.Edges = g.edges(t)
	t.sources = sourcesOf(t.Edges)
	return t
}

// statement builds the statement of the given records, with its members
// in into, which has room for them.
func (c *clustering) statement(id string, members []int32, into []Member) Statement {
	g := c.g
	s := Statement{ID: id, Members: into}
	best := members[0]
	for _, i := range members[1:] {
		if c.stands(i, best) {
			best = i
		}
	}
	rep := g.quotes[best]
	s.Text = rep.text
	s.Speaker, s.SpeakerType, s.Via = c.speakerOf(members)
	s.Origin, s.OriginEvidence = c.originOf(members)
	for k, i := range members {
		r := g.quotes[i]
		m := Member{
			Article: g.articles[r.article].info.ID,
			Quote:   int(r.quote),
			Kind:    r.kind,
			Text:    r.text,
			Spans:   r.spans,
			Speaker: r.speaker,
			Via:     r.via,

			ViaEvidence: r.viaEvidence,
			Outlet:      r.outlet,
			Relation:    r.relation(),
			Evidence:    r.evidence,
			Cue:         r.cue,

			OutletEvidence: r.outletEvidence,
		}
		m.Similarity = 1
		if r != rep {
			m.Similarity = math.Round(c.similarity(r, rep)*100) / 100
			m.Drift = c.drift.changes(rep.text, r.text)
		}
		s.Members[k] = m
	}
	return s
}

// speakerOf returns the speaker of the records, its type, and who relayed
// the words: the innermost speaker when some relay another's words, else
// the one most of them name, in its fullest form.
func (c *clustering) speakerOf(members []int32) (string, attribution.SpeakerType, []string) {
	g := c.g
	if len(members) == 1 {
		// A statement of one quotation, as most are: its speaker and
		// relay as they are.
		i := members[0]
		if c.names[i] == "" {
			return "", "", nil
		}
		var via []string
		if c.vias[i] != "" {
			via = []string{c.vias[i]}
		}
		return c.names[i], g.quotes[i].speakerType(), via
	}
	type tally struct {
		name  string
		typ   attribution.SpeakerType
		n     int
		nests int    // how many records name a relay of its words
		via   string // the relay most records name
	}
	var ts []*tally
	find := func(name string) *tally {
		for _, t := range ts {
			if sameName(t.name, name) {
				if len(name) > len(t.name) {
					t.name = name
				}
				return t
			}
		}
		t := &tally{name: name}
		ts = append(ts, t)
		return t
	}
	for _, i := range members {
		r := g.quotes[i]
		name, via := c.names[i], c.vias[i]
		if name == "" {
			continue
		}
		t := find(name)
		t.n++
		if r.speakerType() == attribution.Person {
			t.n++ // a person before an organisation or outlet named in its place
		}
		if t.typ == "" || r.speakerType() == attribution.Person {
			t.typ = r.speakerType()
		}
		if via != "" {
			t.nests++
			if t.via == "" || len(via) > len(t.via) && sameName(t.via, via) {
				t.via = via
			}
		}
	}
	if len(ts) == 0 {
		return "", "", nil
	}
	// Most quotations win, a person counting double; a quotation that
	// names a relay counts once more, as the relay's own quotations of the
	// words are the relay's telling of them ("Trump said Putin told him
	// …").
	best := ts[0]
	for _, t := range ts[1:] {
		if t.n+t.nests > best.n+best.nests {
			best = t
		}
	}
	var via []string
	if best.via != "" {
		// The relay's fullest name among the members.
		name := best.via
		for _, t := range ts {
			if sameName(t.name, name) && len(t.name) > len(name) {
				name = t.name
			}
		}
		via = []string{name}
	}
	return best.name, best.typ, via
}

// Weights of the relations in the choice of a statement's origin: words
// given to an outlet outweigh words an outlet quoted, which outweigh words
// an article says it has from an outlet.
var originWeight = map[attribution.Relation]int{
	attribution.Told:        4,
	attribution.Interview:   4,
	attribution.Quoted:      2,
	attribution.Wrote:       2,
	attribution.Reported:    2,
	attribution.AccordingTo: 1,
}

// citedSource returns the outlet that the articles of the members cite as
// their source, when one outlet is cited by more of them than any other
// (and is not the speaker, nor an article's own publisher), with the words
// of its first citation; else "". An article that names one agency as the
// source of its story ("KCNA said", "according to TASS") names it for the
// words it quotes from the story too.
func (c *clustering) citedSource(members []int32) (string, string) {
	g := c.g
	c.outlets = c.outlets[:0]
	speaker := ""
	if len(members) > 0 {
		speaker = c.names[members[0]]
	}
	for k, i := range members {
		ai := g.quotes[i].article
		if slices.ContainsFunc(members[:k], func(j int32) bool { return g.quotes[j].article == ai }) {
			continue // one article counts once
		}
		a := g.articles[ai]
		for x, ci := range a.cites {
			if ci.relation == attribution.Republished || sameName(ci.outlet, a.info.Publisher) || sameName(ci.outlet, speaker) ||
				slices.ContainsFunc(a.cites[:x], func(p citation) bool { return p.outlet == ci.outlet }) {
				continue
			}
			c.outlets = tallyOutlet(c.outlets, ci.outlet, 1, 1, ci.evidence)
		}
	}
	best, tie := -1, false
	for k, o := range c.outlets {
		switch {
		case best < 0 || o.score > c.outlets[best].score:
			best, tie = k, false
		case o.score == c.outlets[best].score:
			tie = true
			if o.name < c.outlets[best].name {
				best = k
			}
		}
	}
	if best < 0 || tie {
		return "", ""
	}
	return c.outlets[best].name, c.outlets[best].evidence
}

// An outletTally is an outlet's score among a statement's members, and the
// words of its weightiest mention.
type outletTally struct {
	name     string
	score    int
	weight   int
	evidence string
}

// tallyOutlet adds score to the outlet name in ts, keeping the evidence
// of the weightiest mention, and returns ts.
func tallyOutlet(ts []outletTally, name string, score, weight int, evidence string) []outletTally {
	for k := range ts {
		if ts[k].name == name {
			ts[k].score += score
			if weight > ts[k].weight {
				ts[k].weight, ts[k].evidence = weight, evidence
			}
			return ts
		}
	}
	return append(ts, outletTally{name, score, weight, evidence})
}

// originOf returns the outlet the records' words were first given to or
// published by, and the words that say so: the outlet the members name
// with the most weight, else the one source their articles cite most (see
// citedSource), else the publisher of the earliest article that is not a
// copy, when publication times are known, else "".
func (c *clustering) originOf(members []int32) (string, string) {
	g := c.g
	c.outlets = c.outlets[:0]
	for _, i := range members {
		r := g.quotes[i]
		if r.outlet == "" {
			continue
		}
		w := originWeight[r.relation()]
		c.outlets = tallyOutlet(c.outlets, r.outlet, w, w, r.outletEvidence)
	}
	best := -1
	for k, o := range c.outlets {
		if b := c.outlets[max(best, 0)]; best < 0 || o.score > b.score || o.score == b.score && o.name < b.name {
			best = k
		}
	}
	if best >= 0 {
		return c.outlets[best].name, c.outlets[best].evidence
	}
	if o, e := c.citedSource(members); o != "" {
		return o, e
	}
	first := int32(-1)
	for _, i := range members {
		ai := g.quotes[i].article
		a := g.articles[ai]
		if a.info.Publisher == "" || a.info.Published.IsZero() || c.copied[ai] {
			continue // a copy is never the origin
		}
		if f := g.articles[max(first, 0)]; first < 0 || a.info.Published.Before(f.info.Published) ||
			a.info.Published.Equal(f.info.Published) && a.info.ID < f.info.ID {
			first = ai
		}
	}
	if first < 0 {
		return "", ""
	}
	// One article is the first of many statements: its words are made once.
	f := g.articles[first]
	e, ok := c.firstBy[first]
	if !ok {
		e = "first published by " + f.info.Publisher + " (" + f.info.ID + ", " + f.info.Published.Format(time.RFC3339) + ")"
		c.firstBy[first] = e
	}
	return f.info.Publisher, e
}
