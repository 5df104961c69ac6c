package attribution

import (
	"strings"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
)

// A mentionKind says how a noun phrase points at its referent.
type mentionKind uint8

const (
	byName    mentionKind = iota + 1 // "Dmitry Peskov", "Mr. Peskov", "the Kremlin"
	byRole                           // "the Kremlin spokesman", "the U.S. president"
	byPronoun                        // "he", "they"
	byGroup                          // "experts", "the sources"
	byOutlet                         // "Reuters", "state news agency TASS"
)

// A mention is a noun phrase that may point at a speaker.
type mention struct {
	kind mentionKind
	typ  SpeakerType
	span quote.Span
	text string
	// name is the name the phrase gives (without titles and honorifics) or,
	// for an outlet, the outlet's canonical name.
	name string
	// roles are the lower-case words that describe the one named: "kremlin",
	// "spokesman" for "Kremlin spokesman Dmitry Peskov"; for a role
	// mention, the role's words, head last.
	roles []string
	// outlet is the outlet named inside a phrase that is not itself an
	// outlet: "Reuters" in "Reuters sources".
	outlet *Citation
	// gender is what the phrase says of the person's sex: "he", "Mrs.
	// Doe", "Congressman Hale".
	gender gender
}

// normalWord is w in lower case without dots, so that "U.S." and "US" agree.
func normalWord(w string) string {
	return strings.ReplaceAll(strings.ToLower(w), ".", "")
}

// normal is normalWord, done once per spelling in a call to Attribute:
// the words that describe people recur.
func (st *state) normal(w string) string {
	plain := true
	for i := 0; i < len(w) && plain; i++ {
		c := w[i]
		plain = c < utf8.RuneSelf && c != '.' && !('A' <= c && c <= 'Z')
	}
	if plain {
		return w
	}
	if n, ok := st.normals[w]; ok {
		return n
	}
	if st.normals == nil {
		st.normals = make(map[string]string)
	}
	n := normalWord(w)
	st.normals[w] = n
	return n
}

// classify reads the phrase p of toks as a mention.
func (st *state) classify(toks tokens, p phrase) mention {
	text := st.text
	m := mention{
		span: spanOf(toks, p),
	}
	m.text = text[m.span.Start:m.span.End]
	if p.end-p.start == 1 {
		if t := toks.at(p.start); t.in(language.SubjectPronouns) {
			m.kind, m.typ = byPronoun, Unknown
			if t.in(language.PersonPronouns) {
				m.typ = Person
				m.gender = genderOf(t)
			}
			return m
		}
	}
	// A day or a month after the phrase is when, not who: "His
	// fact-check Wednesday".
	for p.end-p.start > 1 && isDate(toks.at(p.end-1)) && !toks.at(p.end-1).in(language.NameMonths) {
		p.end--
		m.span = spanOf(toks, p)
		m.text = text[m.span.Start:m.span.End]
	}
	head := toks.at(p.end - 1)
	// An outlet named in the phrase.
	if c, ok := st.outletIn(toks, p); ok {
		if c.Span.End >= head.span().End || head.in(language.OutletWords) {
			if w, ok := st.staffOf(toks, p, c); ok {
				return w // "Jane Smith of The Intercept": she works for it
			}
			m.kind, m.typ, m.name = byOutlet, Media, c.Outlet
			return m
		}
		m.outlet = new(c) // only here does the citation leave the stack
	}
	if w, ok := st.placesTogether(toks, p); ok {
		return w // "Washington and Moscow have not confirmed"
	}
	// The name is the capitalised words after the last title, honorific,
	// organisation word, connector or lower-case word.
	last := p.start - 1
	for i := p.start; i < p.end; i++ {
		t := toks.at(i)
		if (!t.capitalized() || t.inAny(notInName) || st.commonOpener(toks, i)) && !isInitialDot(toks, i) {
			last = i
		}
	}
	if last > p.start && last+1 < p.end && toks.at(last).is("of") && toks.at(last-1).in(language.PersonTitles) {
		// "Minister of Innovation Jane Smith": the word after "of"
		// completes the title; "the Minister of Innovation" alone is a
		// role, not a person named Innovation.
		last++
		if last+1 < p.end && st.isPlace(text[toks.at(last).span().Start:toks.at(last+1).span().End]) {
			last++ // "Mayor of New York Bill de Blasio"
		}
	}
	// "Ted Cruz of Texas", "Mr. Burman of the Tax Policy Center": the
	// person, of the place or body after.
	if j := affiliationIn(toks, p.start+1, min(last+1, p.end-1)); j >= 0 {
		if _, ok := personOf(toks, j+1); ok {
			if w := st.classify(toks, phrase{p.start, j}); w.typ == Person && w.kind == byName {
				if w.outlet == nil {
					w.outlet = m.outlet // "Dana Rubinstein at POLITICO New York": she works for it
				}
				return w
			}
		}
	}
	var roles []string
	if last >= p.start {
		roles = make([]string, 0, min(last+1, p.end)-p.start)
	}
	for i := p.start; i <= last && i < p.end; i++ {
		t := toks.at(i)
		if t.kind() == word && !t.inAny(notRoles) {
			roles = append(roles, st.normal(t.text()))
		}
	}
	if last+1 < p.end {
		m.kind, m.typ = byName, Person
		m.name = text[toks.at(last+1).span().Start:head.span().End]
		m.roles = roles
		for i := p.start; i <= last && m.gender == 0; i++ {
			m.gender = genderOf(toks.at(i))
		}
		// A name that is an organisation, or a place standing for its
		// government.
		whole := trimDeterminer(toks, p, text)
		switch {
		case last+2 == p.end && head.in(language.GroupNouns):
			m.kind, m.typ, m.name = byGroup, Group, whole // "Experts say"
		case last > p.start && isConnector(toks.at(last)) && orgName(toks, phrase{p.start, last}) && !hasTitle(toks, p):
			// "the Republican Party of Wyoming", "the Bank of America",
			// "the Centers for Disease Control and Prevention": the
			// body, named whole, not the place or word after "of".
			m.typ, m.name = Organization, whole
		case st.isPlace(m.name):
			m.typ = Organization
		case st.isInstitution(whole):
			m.typ, m.name = Organization, whole
		case orgName(toks, phrase{last + 1, p.end}) || last >= p.start && toks.at(last).in(language.OrganizationWords) && !hasTitle(toks, p):
			// "the International Atomic Energy Agency", "Foreign Ministry
			// Zakharova" is rare: a title makes the name a person's.
			m.typ, m.name = Organization, whole
		}
		return m
	}
	switch {
	case head.in(language.OrganizationWords) && head.capitalized():
		m.kind, m.typ = byName, Organization
		m.name = trimDeterminer(toks, p, text)
	case head.inAny(groups) || head.shape()&agentPlural != 0:
		m.kind, m.typ = byGroup, Group
		m.name = trimDeterminer(toks, p, text)
	case head.in(language.CollectiveNouns):
		m.kind, m.typ = byGroup, Organization // "the campaign"
		m.name = trimDeterminer(toks, p, text)
	case head.in(language.DocumentNouns):
		m.kind, m.typ = byGroup, Unknown // "the statement"
		m.name = trimDeterminer(toks, p, text)
	default:
		m.kind, m.typ = byRole, Person
		m.roles = roles
	}
	return m
}

// commonOpener reports whether token i of toks, a sentence's tokens, is a
// common word capitalized only because it opens the sentence: a word of
// the tables of common words (commonWords: "Such attacks", "Polls show",
// "Others say") that the article never writes capitalized inside a
// sentence (see tableCase), so that "Will Smith" or "Theresa May"
// elsewhere keeps it a name.
func (st *state) commonOpener(toks tokens, i int) bool {
	if i > 1 || i == 1 && toks.at(0).kind() == word {
		return false
	}
	t := toks.at(i)
	if t.kind() != word || !t.capitalized() || !t.inAny(commonWords) || isAllCaps(t.text()) {
		return false
	}
	return st.tableCase(t.entry().ID)&caseUpper == 0
}

// placesTogether reads the phrase p as places or bodies named together,
// "Washington and Moscow", "Russia and China", "Bosnia and Herzegovina":
// an organisation named by the whole phrase, not by the last of them.
// Each side of the "and" is capitalized words that classify reads as a
// place or an organisation by name.
func (st *state) placesTogether(toks tokens, p phrase) (mention, bool) {
	j := p.start + 1
	for j < p.end-1 && !isCoordinator(toks.at(j).text()) {
		j++
	}
	if j >= p.end-1 {
		return mention{}, false
	}
	for i := p.start; i < p.end; i++ {
		if i != j && (!toks.at(i).capitalized() && !toks.at(i).is("the")) {
			return mention{}, false
		}
	}
	for _, side := range [2]phrase{{p.start, j}, {j + 1, p.end}} {
		if m := st.classify(toks, side); m.kind != byName || m.typ != Organization {
			return mention{}, false
		}
	}
	m := mention{kind: byName, typ: Organization, span: spanOf(toks, p)}
	m.text = st.text[m.span.Start:m.span.End]
	m.name = trimDeterminer(toks, p, st.text)
	return m, true
}

// staffOf reads the phrase p, which ends with the outlet c, as a person
// who works for it: a name or a person's title before "of", "at", "for"
// or "from" and the outlet ("Jane Smith of The Intercept", "a reporter
// for Reuters"). The mention is the person's, with c as its outlet.
func (st *state) staffOf(toks tokens, p phrase, c Citation) (mention, bool) {
	k := p.start
	for k < p.end && toks.at(k).span().Start < c.Span.Start {
		k++
	}
	if k-1 <= p.start {
		return mention{}, false
	}
	if t := toks.at(k - 1); !affiliates(t) && !t.is("for") {
		return mention{}, false
	}
	w := st.classify(toks, phrase{p.start, k - 1})
	if w.typ != Person || w.kind != byName && w.kind != byRole || w.outlet != nil {
		return mention{}, false
	}
	w.outlet = new(c)
	return w, true
}

// isPlace reports whether name is a country, a capital or an institution
// that stands for a government.
func (st *state) isPlace(name string) bool { return st.places.IsPlace(name) }

// isInstitution reports whether name is an institution that stands for a
// government: "the Kremlin", "White House".
func (st *state) isInstitution(name string) bool {
	_, ok := st.places.Institution(name)
	return ok
}

// hasTitle reports whether a token of p names a person's office or role.
func hasTitle(toks tokens, p phrase) bool {
	for i := p.start; i < p.end; i++ {
		if toks.at(i).inAny(titles) {
			return true
		}
	}
	return false
}

// orgName reports whether the capitalised words of p hold an organisation
// word: "the International Atomic Energy Agency".
func orgName(toks tokens, p phrase) bool {
	for i := p.start; i < p.end; i++ {
		if toks.at(i).capitalized() && toks.at(i).in(language.OrganizationWords) {
			return true
		}
	}
	return false
}

// trimDeterminer returns the text of p without a leading determiner.
func trimDeterminer(toks tokens, p phrase, text string) string {
	s := p.start
	for s < p.end-1 && toks.at(s).in(language.Determiners) {
		s++
	}
	return text[toks.at(s).span().Start:toks.at(p.end-1).span().End]
}

// spanOf returns the bytes that the tokens of p cover.
func spanOf(toks tokens, p phrase) quote.Span {
	return quote.Span{Start: toks.at(p.start).span().Start, End: toks.at(p.end - 1).span().End}
}

// A gender is what an article says of a person's sex: unknown, male or
// female.
type gender uint8

// The genders.
const (
	unknownGender gender = iota
	male
	female
)

// genderOf returns the gender that the word t says a person is of:
// language.MaleWords and FemaleWords.
func genderOf(t token) gender {
	switch {
	case t.kind() != word:
	case t.in(language.MaleWords):
		return male
	case t.in(language.FemaleWords):
		return female
	}
	return unknownGender
}

// An entity is someone or something an article names: a person, an
// organisation or a group, with the words that describe it.
type entity struct {
	name   string
	typ    SpeakerType
	gender gender // known from the words of a mention: "Mrs.", "Congressman"
	roles  map[string]bool
	seen   int // when it was last mentioned
	// opener is set while the entity rests on one word that opened a
	// sentence, which may not be a name at all ("Holding up a sign, …"):
	// see entities.settle.
	opener *opener
}

// An opener is where an entity's one word opened a sentence, and who
// pronouns pointed at before it.
type opener struct {
	sent                  *sentence
	at                    int // index of the word in sent.toks
	lastPerson, lastOther *entity
	checked, name         bool
}

// maxRecent is how many of the entities mentioned last a role phrase may
// point at: enough for any article, and it keeps the work linear in the
// length of a text however many names it holds.
const maxRecent = 64

// entities tracks who an article has named so far, for coreference.
type entities struct {
	// bySurname holds every named entity under the last word of its name.
	bySurname map[string][]*entity
	// recent lists the entities mentioned last, most recent last.
	recent []*entity
	clock  int
	// lastPerson and lastOther are the most recent person, and the most
	// recent organisation or group, that spoke or began a sentence: what
	// "he" and "they" point at.
	lastPerson, lastOther *entity
	// isName tells whether an opener's word is a name; see settle.
	isName func(*opener) bool
}

// addRole records that the lower-case word r describes e.
func (e *entity) addRole(r string) {
	if e.roles == nil {
		e.roles = make(map[string]bool)
	}
	e.roles[r] = true
}

// touch records a mention of e.
func (es *entities) touch(e *entity) {
	es.clock++
	e.seen = es.clock
	for i, x := range es.recent {
		if x == e {
			copy(es.recent[i:], es.recent[i+1:])
			es.recent[len(es.recent)-1] = e
			return
		}
	}
	if len(es.recent) == maxRecent {
		copy(es.recent, es.recent[1:])
		es.recent = es.recent[:maxRecent-1]
	}
	es.recent = append(es.recent, e)
}

// surname returns the last word of a name.
func surname(name string) string {
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		return name[i+1:]
	}
	return name
}

// firstName returns the first word of a name of several words, or "".
func firstName(name string) string {
	if i := strings.IndexByte(name, ' '); i >= 0 {
		return name[:i]
	}
	return ""
}

// sameName reports whether the names a and b can name the same one: the
// same surname and no clash of first names ("Donald Trump" and "Trump",
// not "Donald Trump" and "Ivanka Trump").
func sameName(a, b string) bool {
	if a == b {
		return true
	}
	if surname(a) != surname(b) || joint(a) || joint(b) {
		return false // "Russia" is not "China and Russia"
	}
	fa, fb := firstName(a), firstName(b)
	return fa == "" || fb == "" || fa == fb || strings.HasPrefix(fa, fb) || strings.HasPrefix(fb, fa)
}

// joint reports whether name names several together ("China and Russia",
// see placesTogether), which a part of it does not name.
func joint(name string) bool { return strings.Contains(name, " and ") || strings.Contains(name, " & ") }

// byName returns the most recent entity that name can name, or nil.
func (es *entities) byName(name string, typ SpeakerType) *entity {
	var best *entity
	for _, e := range es.bySurname[surname(name)] {
		if e.typ == typ && sameName(e.name, name) && (best == nil || e.seen > best.seen) {
			best = e
		}
	}
	return best
}

// add records a name mention and returns its entity: a new one, or the
// one it names again, whose name grows to the fullest form seen.
func (es *entities) add(m mention) *entity {
	e := es.byName(m.name, m.typ)
	if e == nil {
		e = &entity{name: m.name, typ: m.typ}
		if es.bySurname == nil {
			es.bySurname = map[string][]*entity{}
		}
		k := surname(m.name)
		es.bySurname[k] = append(es.bySurname[k], e)
	} else {
		// Named again elsewhere: a name, whatever opened a sentence
		// with it.
		if o := e.opener; o != nil && o.sent.toks.at(o.at).span() != m.span {
			e.opener = nil
		}
		if len(m.name) > len(e.name) && surname(m.name) == surname(e.name) {
			e.name = m.name
		}
	}
	for _, r := range m.roles {
		e.addRole(r)
	}
	if e.gender == unknownGender {
		e.gender = m.gender
	}
	es.touch(e)
	return e
}

// byRole returns the person a role mention points at: the most recent one
// described with the role's head word, or else with one of its other words
// ("the Kremlin official" for "Kremlin spokesman Dmitry Peskov"), or nil.
func (es *entities) byRole(m mention) *entity {
	if len(m.roles) == 0 {
		return nil
	}
	head := m.roles[len(m.roles)-1]
	var best *entity
	bestScore := 0
	for _, e := range es.recent { // oldest first: ties go to the most recent
		if e.typ != Person {
			continue
		}
		score := 0
		if e.roles[head] {
			score += 2
		}
		for _, r := range m.roles[:len(m.roles)-1] {
			if e.roles[r] {
				score++
			}
		}
		if score > 0 && score >= bestScore {
			best, bestScore = e, score
		}
	}
	return best
}

// resolve returns the entity a mention points at, or nil, recording name
// mentions as it goes.
func (es *entities) resolve(m mention) *entity {
	switch m.kind {
	case byName:
		return es.add(m)
	case byRole:
		return es.byRole(m)
	case byPronoun:
		if m.typ == Person {
			es.lastPerson = es.settle(es.lastPerson, true)
			if e := es.lastPerson; e != nil && m.gender != unknownGender && e.gender != unknownGender && e.gender != m.gender {
				// "she" after "Mr. Hale": the last woman named so.
				if o := es.recentOf(m.gender, e); o != nil {
					es.lastPerson = o
				}
			}
			return es.lastPerson
		}
		es.lastOther = es.settle(es.lastOther, false)
		return es.lastOther
	}
	return nil
}

// recentOf returns the person mentioned last, other than not, known to
// be of gender g, or nil.
func (es *entities) recentOf(g gender, not *entity) *entity {
	for i := len(es.recent) - 1; i >= 0; i-- {
		if e := es.recent[i]; e != not && e.typ == Person && e.opener == nil && e.gender == g {
			return e
		}
	}
	return nil
}

// settle returns e, what a pronoun points at, once it is known to be a
// name: an entity that rests on a word that opened a sentence is asked
// about (once, and only when a pronoun points at it, which is seldom), and
// when the word is no name ("Holding", "Currently") the pronoun points at
// whom it pointed at before that sentence.
func (es *entities) settle(e *entity, person bool) *entity {
	for e != nil && e.opener != nil {
		o := e.opener
		if !o.checked {
			o.checked = true
			o.name = es.isName == nil || es.isName(o)
		}
		if o.name {
			return e
		}
		if person {
			e = o.lastPerson
		} else {
			e = o.lastOther
		}
	}
	return e
}

// spoke records that e was the subject of a sentence or an attribution.
func (es *entities) spoke(e *entity) {
	if e == nil {
		return
	}
	if e.typ == Person {
		es.lastPerson = e
	} else {
		es.lastOther = e
	}
	es.touch(e)
}

// roleConflict reports whether the role mention m names a country that e,
// found by the role's head word, is not described with: "the Russian
// president" is not "EU Council president Donald Tusk", while "the
// American president" may be "U.S. President Joe Biden". Only a person
// described with other words than the head can conflict so.
func (st *state) roleConflict(m mention, e *entity) bool {
	if e == nil || len(m.roles) < 2 || len(e.roles) < 2 {
		return false
	}
	for _, r := range m.roles[:len(m.roles)-1] {
		x, ok := st.countryOf(r)
		if !ok || !capitalizedIn(m.text, r) {
			continue
		}
		for er := range e.roles {
			if y, ok := st.countryOf(er); ok && y == x {
				return false
			}
		}
		return true
	}
	return false
}

// countryOf returns the country a lower-case role word names, as a
// demonym ("russian") or a place ("u.s.").
func (st *state) countryOf(w string) (string, bool) {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return "", false
	}
	for _, f := range [2]string{string(w[0]-'a'+'A') + w[1:], strings.ToUpper(w)} {
		if c, ok := st.places.Demonym(f); ok {
			return c, true
		}
		if c, ok := st.places.Place(f); ok {
			return c, true
		}
	}
	return "", false
}

// capitalizedIn reports whether the lower-case word w stands in text with
// a capital: "Russian" for "russian" in "the Russian president".
func capitalizedIn(text, w string) bool {
	c := string(w[0]-'a'+'A') + w[1:]
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], c)
		if j < 0 {
			return false
		}
		s, end := i+j, i+j+len(c)
		if (s == 0 || text[s-1] == ' ') && (end == len(text) || text[end] == ' ') {
			return true
		}
		i = end
	}
	return false
}
