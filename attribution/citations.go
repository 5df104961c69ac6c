package attribution

import (
	"strings"

	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
)

// maxDescriptors bounds how many describing words an outlet's mention takes
// on either side of its name ("Russia’s official TASS news agency").
const maxDescriptors = 5

// findOutlets finds the outlets that s names, and records as citations
// those it names as the source of words: "told TASS", "Reuters reported",
// "according to AFP", "in an interview with Britain’s ITV".
func (st *state) findOutlets(s *sentence) {
	toks := s.toks
	for i := 0; i < toks.len(); i++ {
		t := toks.at(i)
		if t.kind() != word || t.quote() >= 0 {
			continue
		}
		var c Citation
		var p phrase
		if name, j, ok := st.matchOutlet(toks, i); ok {
			p = st.describe(toks, phrase{i, j})
			c = Citation{Outlet: name}
			st.lastOutlet = &Citation{Outlet: name}
		} else if j, ok := st.anaphorAt(toks, i); ok && st.lastOutlet != nil {
			p = phrase{i, j}
			c = Citation{Outlet: st.lastOutlet.Outlet}
		} else {
			continue
		}
		sp := st.trimStop(toks, p)
		c.Mention, c.Span = st.text[sp.Start:sp.End], sp
		var ev phrase
		c.Relation, ev = st.relationOf(s, p)
		if c.Relation != "" {
			esp := spanOf(toks, ev)
			if ev.end == p.end {
				esp.End = sp.End
			}
			c.Evidence, c.EvidenceSpan = st.text[esp.Start:esp.End], esp
			s.notes.cites = append(s.notes.cites, citation{c, p, ev})
		}
		i = p.end - 1
	}
}

// matchOutlet matches an outlet's name at token i, and returns the
// outlet's name and the token after it. A word with dots may be the
// outlet's web address ("vnexpress.net"). The answer is kept in the token's
// block, as its flags and in its outlets, for the rules that ask again.
func (st *state) matchOutlet(toks tokens, i int) (name string, after int, ok bool) {
	t := toks.at(i)
	b, k := t.b, t.k
	f := b.flags[k]
	if f&outletRead == 0 {
		f |= outletRead
		if st.a.mayNameOutlet(t) {
			if x, j, ok := st.findOutlet(toks, i); ok {
				f |= outletFound
				if b.outlets == nil {
					b.outlets = make(map[int]outletMatch)
				}
				b.outlets[k] = outletMatch{outlet: x, to: toks.lo + j}
			}
		}
		b.flags[k] = f
	}
	if f&outletFound == 0 {
		return "", 0, false
	}
	m := b.outlets[k]
	return st.a.outlets.list[m.outlet].Name, m.to - toks.lo, true
}

// findOutlet is matchOutlet, with the outlet's index in the table, without
// the memory.
func (st *state) findOutlet(toks tokens, i int) (outlet, after int, ok bool) {
	t := toks.at(i)
	if x, end, ok := st.a.outlets.matchIndex(st.text, t.span().Start); ok {
		j := i + 1
		for j < toks.len() && toks.at(j).span().End <= end {
			j++
		}
		if e := toks.at(j - 1).span().End; e < end || e > end && st.text[end:e] != "." {
			// The name ends inside a token: "the CNN-ORC survey" names
			// no CNN; "Lenta.ru." is Lenta.ru at a full stop.
			return 0, 0, false
		}
		return x, j, true
	}
	if strings.Contains(t.text(), ".") && !t.capitalized() {
		if x, ok := st.a.outlets.domainIndex(t.text()); ok {
			return x, i + 1, true
		}
	}
	return 0, 0, false
}

// trimStop returns the place of the outlet's mention p, without the full
// stop that ends its last word when the stop ends the sentence rather than
// the name: "with reference to Lenta.ru." is tokenised with "Lenta.ru." as one
// word, but "F.A.Z." keeps its stop.
func (st *state) trimStop(toks tokens, p phrase) quote.Span {
	sp := spanOf(toks, p)
	last := toks.at(p.end - 1)
	if last.kind() != word || !strings.HasSuffix(last.text(), ".") {
		return sp
	}
	for i := p.start; i < p.end; i++ {
		if _, end, ok := st.a.outlets.Match(st.text, toks.at(i).span().Start); ok && end == last.span().End-1 {
			sp.End--
			break
		}
	}
	return sp
}

// anaphorAt reports whether "the newspaper" or a like phrase starts at token
// i, and returns the token after it.
func (st *state) anaphorAt(toks tokens, i int) (int, bool) {
	if i+1 >= toks.len() || !toks.at(i).is("the") {
		return 0, false
	}
	if i+2 < toks.len() && toks.at(i+1).kind() == word && toks.at(i+2).kind() == word && st.a.opensAnaphor(toks.at(i+1).text()) &&
		st.lang.Has(language.OutletAnaphors, toks.at(i+1).text()+" "+toks.at(i+2).text()) {
		return i + 3, true
	}
	if !toks.at(i+1).capitalized() && toks.at(i+1).in(language.OutletAnaphors) {
		// Not "the newspaper’s editor" or "the agency chief".
		if i+2 < toks.len() && (toks.at(i+2).kind() == possessive || toks.at(i+2).in(language.PersonTitles)) {
			return 0, false
		}
		return i + 2, true
	}
	return 0, false
}

// describe widens the outlet name p over the words around it that
// describe the outlet: "Russia’s official TASS news agency", "Chinese state
// broadcaster CCTV".
func (st *state) describe(toks tokens, p phrase) phrase {
	for n := 0; n < maxDescriptors && p.start > 0; n++ {
		t := toks.at(p.start - 1)
		switch {
		case t.quote() >= 0:
		case t.in(language.OutletWords):
			p.start--
			continue
		case t.kind() == word && st.isDemonym(t.text()):
			p.start--
			continue
		case t.kind() == possessive && p.start > 1:
			// "Russia’s", "South Korea’s", "Pyongyang’s".
			if n := st.placeBefore(toks, p.start-1); n > 0 {
				p.start -= n + 1
				continue
			}
		}
		break
	}
	for n := 0; n < maxDescriptors && p.end < toks.len(); n++ {
		t := toks.at(p.end)
		if t.quote() >= 0 || !t.in(language.OutletWords) {
			break
		}
		// Stop before a word that starts a new phrase: "TASS news agency
		// reported" keeps "news agency"; "CCTV reported" keeps nothing.
		p.end++
	}
	return p
}

// isDemonym reports whether w is an adjective or noun for a country's
// people and things: "Russian", "British".
func (st *state) isDemonym(w string) bool { _, ok := st.places.Demonym(w); return ok }

// placeBefore returns how many words before token e name a country or a
// capital ("Russia", "South Korea", "Pyongyang"), or 0.
func (st *state) placeBefore(toks tokens, e int) int {
	name := ""
	for n := 1; n <= 3 && e-n >= 0; n++ {
		t := toks.at(e - n)
		if t.kind() != word || t.quote() >= 0 || !t.capitalized() {
			break
		}
		if name == "" {
			name = t.text()
		} else {
			name = t.text() + " " + name
		}
		if _, ok := st.places.Country(name); ok {
			return n
		}
		if _, ok := st.places.Capital(name); ok {
			return n
		}
	}
	return 0
}

// relationOf says how the outlet named at p carried words, from the words
// around it, or "" when the sentence does not cite it as a source. The
// phrase it returns covers the words that say so with the outlet's name:
// "told Russia’s official TASS news agency", "The New York Post reported".
func (st *state) relationOf(s *sentence, p phrase) (Relation, phrase) {
	r, ev := st.relationWords(s, p)
	if ev.start < p.start && (r == Interview || r == Told || r == Wrote) {
		ev.start = scenePreposition(s.toks, ev.start)
	}
	return r, phrase{min(ev.start, p.start), max(ev.end, p.end)}
}

// maxScene is the most words between "in" or "during" and the words that
// cite an outlet: "during a wide-ranging telephone interview with".
const maxScene = 4

// scenePreposition returns the "in" or "during" that opens the phrase of
// the words citing an outlet from token b on, past an article and
// describing words ("in a telephone interview with", "during an
// appearance on"), so that the phrase is read as one that sets the scene
// of the cue before it ("the senator said on Sunday night during an
// interview with Fox News"); else b.
func scenePreposition(toks tokens, b int) int {
	for k := b - 1; k >= 0 && b-k <= maxScene+1; k-- {
		t := toks.at(k)
		if t.kind() != word || t.quote() >= 0 {
			return b
		}
		if t.is("in") || t.is("during") {
			return k
		}
		if t.capitalized() || t.in(language.ReportingVerbs) || t.is("that") {
			return b
		}
	}
	return b
}

// relationWords is relationOf, with the phrase of the words that give the
// relation alone.
func (st *state) relationWords(s *sentence, p phrase) (Relation, phrase) {
	toks := s.toks
	// w returns token k outside every quotation, else no token.
	w := func(k int) token {
		if k >= 0 && k < toks.len() && toks.at(k).quote() < 0 {
			return toks.at(k)
		}
		return st.noToken()
	}
	b := p.start
	// "a Reuters request": the outlet describes a noun, and is a source
	// only of "an FT interview".
	k := skipCircumstance(toks, p.end)
	if w(b-1).is("a") || w(b-1).is("an") {
		if rel, ok := citationCues.after(w(k).text()); ok && rel == Interview {
			// "In a BBC interview, …": the words set the scene, before
			// the cue, as "In an interview with the BBC" does.
			return rel, phrase{b - 1, k + 1}
		}
		if w(p.end).in(language.PersonTitles) {
			// "told a Reuters reporter", "in an interview with a CNN
			// correspondent": the words before the article cite the
			// outlet whose journalist it is.
			if rel, start, ok := citationCues.before(toks, b-1); ok {
				return rel, phrase{start, p.end + 1}
			}
			if w(b-2).is("to") && w(b-3).in(language.ReportingVerbs) {
				return Told, phrase{b - 3, p.end + 1}
			}
		}
		return "", p
	}
	// Before the name, or before the words that describe it: "told
	// TASS", "according to the public broadcaster NHK".
	for _, e := range [...]int{b, st.skipDescription(toks, b)} {
		if rel, start, ok := citationCues.before(toks, e); ok {
			return rel, phrase{start, e}
		}
		if w(e-1).is("to") && w(e-2).in(language.ReportingVerbs) {
			return Told, phrase{e - 2, e} // "explained to CNN"
		}
		if w(e - 1).is("of") {
			// "told Chris Cuomo of CNN", "in an interview with Jake
			// Tapper of CNN": the journalist's outlet. The words start
			// at "of", after the cue.
			if rel, ok := st.journalistOf(toks, e-1); ok {
				return rel, phrase{e - 1, e}
			}
		}
		if w(e-1).is("in") && (w(e-2).in(language.WriteVerbs) || w(e-2).is("writing")) && !aboutOutlet(toks, p.end) {
			// "wrote in The Guardian", "Writing in The Guardian, …":
			// the outlet published the words. The words start at
			// "in", after the cue.
			return Wrote, phrase{e - 1, e}
		}
		if w(e-1).is("on") && saidBefore(toks, e-1) && st.onAir(toks, p) {
			// "said on CNN", "said Sunday on NBC’s Meet the Press": on
			// the air. The words start at "on", after the cue.
			return Interview, phrase{e - 1, e}
		}
	}
	if p1 := w(b - 1); p1.text() == "," || p1.is("and") || p1.is("or") {
		// A list: "according to TASS , AFP , Reuters".
		if cites := s.cites(); len(cites) > 0 {
			if last := cites[len(cites)-1]; last.at.end == b-1 || (last.at.end == b-2 && w(b-2).text() == ",") {
				return last.Relation, last.evidence
			}
		}
	}
	// After the name, past a date or an adverb: "The New York Post
	// reported", "The Washington Post on November 10 cited".
	n1 := w(k)
	if rel, ok := citationCues.after(n1.text()); ok {
		return rel, phrase{p.end, k + 1}
	}
	switch {
	case n1.in(language.ReportingVerbs) && !n1.in(language.TellVerbs) && !w(k-1).in(language.BeVerbs):
		return Reported, phrase{p.end, k + 1}
	case n1.in(language.GroupNouns):
		// "Reuters sources said".
		if k+1 < toks.len() {
			j := skipCircumstance(toks, k+1)
			if w(j).in(language.ReportingVerbs) {
				return Reported, phrase{p.end, j + 1}
			}
		}
	case k < toks.len() && toks.at(k).kind() == possessive:
		// "CNN’s report said", "according to Reuters’ sources".
		if w(k + 1).in(language.ReportNouns) {
			return Reported, phrase{p.end, k + 2}
		}
	}
	return "", p
}

// saidBefore reports whether a reporting verb ends just before token k,
// or before a day or time word that ends there: "said", "said Sunday",
// "said Thursday morning".
func saidBefore(toks tokens, k int) bool {
	for n := 0; n <= 2 && k-n-1 >= 0; n++ {
		t := toks.at(k - n - 1)
		if t.kind() != word || t.quote() >= 0 {
			return false
		}
		if t.in(language.ReportingVerbs) {
			return true
		}
		if !t.inAny(dayOrTime) {
			return false
		}
	}
	return false
}

// journalistOf reports whether the "of" at token k follows a name of one
// to two capitalised words that words citing an outlet, or a verb of
// telling, come just before ("told Chris Cuomo of", "an interview with Jake
// Tapper of"), and returns the relation they give.
func (st *state) journalistOf(toks tokens, k int) (Relation, bool) {
	for n := 1; n <= 2 && k-n > 0; n++ {
		t := toks.at(k - n)
		if t.kind() != word || t.quote() >= 0 || !t.capitalized() {
			return "", false
		}
		b := k - n // the name's first word
		if n == 1 && toks.at(b-1).capitalized() {
			continue
		}
		if v := toks.at(b - 1); v.quote() < 0 && v.in(language.TellVerbs) {
			return Told, true
		}
		if rel, _, ok := citationCues.before(toks, b); ok {
			return rel, true
		}
		return "", false
	}
	return "", false
}

// aboutOutlet reports whether the words from token k on, after an
// outlet's name, make it the owner of what the words are in rather than
// where they were published: "wrote in The Guardian’s letters page" is
// still the Guardian's, "wrote in the CNN report" is not the writer's.
func aboutOutlet(toks tokens, k int) bool {
	return k < toks.len() && toks.at(k).in(language.ReportNouns)
}

// onAir reports whether p names a broadcaster whose air the words were
// said on ("said on CNN", "said on NBC’s Meet the Press"), not a report
// or a document of it that they were said of ("commented on the CNN
// report", "on CNN’s website").
func (st *state) onAir(toks tokens, p phrase) bool {
	c, ok := st.outletIn(toks, p)
	if !ok {
		return false // "on the website": no anaphor
	}
	if o, ok := st.a.outlets.Lookup(c.Outlet); !ok || o.Kind != Broadcaster {
		return false
	}
	k := p.end
	if k < toks.len() && toks.at(k).kind() == possessive {
		k++
	}
	return k >= toks.len() || !toks.at(k).in(language.ReportNouns) && !toks.at(k).in(language.DocumentNouns) && !toks.at(k).is("website")
}

// maxDescription is the most words that stand between the words citing an
// outlet and its mention: "told the prestigious British weekly".
const maxDescription = 4

// skipDescription returns the start of the words before token b that
// describe the outlet named from b on but are not part of its mention: an
// article or possessive, describing words, demonyms and capitalised words
// ("the renowned French daily Le Figaro", "its official SANA"). It
// returns b when there are none.
func (st *state) skipDescription(toks tokens, b int) int {
	k := b
	for n := 0; n < maxDescription && k > 0; n++ {
		t := toks.at(k - 1)
		if t.kind() != word || t.quote() >= 0 {
			break
		}
		if t.in(language.DescriptionOpeners) {
			return k - 1 // a determiner starts the description
		}
		if !t.in(language.OutletWords) && !st.isDemonym(t.text()) && !t.capitalized() {
			break
		}
		k--
	}
	return b
}

// skipCircumstance returns the first token at or after k that is not part
// of a date, a time or an adverb standing between a subject and its verb
// ("on November 10", "late last Saturday", "also").
func skipCircumstance(toks tokens, k int) int {
	start := k
	for k < toks.len() && k-start < 8 {
		t := toks.at(k)
		if t.kind() != word || t.quote() >= 0 || !t.inAny(circumstance) && !isNumber(t.text()) {
			break
		}
		k++
	}
	if k > start && k < toks.len() && toks.at(k).kind() == word && toks.at(start).is("on") && k-start == 1 {
		return start // "on" alone is not a date
	}
	return k
}

// outletIn returns the first outlet named inside the phrase p, with its
// describing words.
func (st *state) outletIn(toks tokens, p phrase) (Citation, bool) {
	for i := p.start; i < p.end; i++ {
		if toks.at(i).kind() != word {
			continue
		}
		if name, j, ok := st.matchOutlet(toks, i); ok && j <= p.end {
			d := st.describe(toks, phrase{i, j})
			d.start = max(d.start, p.start)
			d.end = min(d.end, p.end)
			sp := st.trimStop(toks, d)
			return Citation{Outlet: name, Relation: Reported, Mention: st.text[sp.Start:sp.End], Span: sp}, true
		}
	}
	return Citation{}, false
}

// outletBefore returns the outlet that is the subject of the verb at token
// i ("RIA quoted", "the newspaper quoted"), with relation rel, or nil.
func (st *state) outletBefore(toks tokens, i int, rel Relation) *Citation {
	k := i
	for k > 0 && toks.at(k-1).in(language.SubjectSkips) {
		k--
	}
	// A named outlet ending at k.
	for s := k - 1; s >= 0 && k-s <= maxPhrase; s-- {
		if toks.at(s).kind() != word {
			continue
		}
		if name, j, ok := st.matchOutlet(toks, s); ok && j == k {
			p := st.describe(toks, phrase{s, j})
			sp := st.trimStop(toks, p)
			return &Citation{Outlet: name, Relation: rel, Mention: st.text[sp.Start:sp.End], Span: sp}
		}
	}
	// "the newspaper".
	for s := max(0, k-3); s < k; s++ {
		if j, ok := st.anaphorAt(toks, s); ok && j == k && st.lastOutlet != nil {
			sp := spanOf(toks, phrase{s, j})
			return &Citation{Outlet: st.lastOutlet.Outlet, Relation: rel, Mention: st.text[sp.Start:sp.End], Span: sp}
		}
	}
	return nil
}

// anaphorOutlet returns the outlet that a phrase such as "the newspaper"
// points at, as one told the words, or nil.
func (st *state) anaphorOutlet(toks tokens, p phrase) *Citation {
	if j, ok := st.anaphorAt(toks, p.start); ok && st.lastOutlet != nil {
		sp := spanOf(toks, phrase{p.start, j})
		return &Citation{Outlet: st.lastOutlet.Outlet, Relation: Told, Mention: st.text[sp.Start:sp.End], Span: sp}
	}
	return nil
}

// opensObject reports whether the outlet named at sp opens the phrase p,
// the object of a cue, past an article: "the BBC’s Laura Kuenssberg", "a
// Reuters reporter", "Fox News’ Sean Hannity"; not "sell Time Warner".
func (st *state) opensObject(toks tokens, p phrase, sp quote.Span) bool {
	k := p.start
	if k < p.end && (toks.at(k).in(language.DescriptionOpeners) || toks.at(k).is("a") || toks.at(k).is("an")) && toks.at(k).span().Start < sp.Start {
		k++
	}
	return k < p.end && toks.at(k).span().Start == sp.Start
}
