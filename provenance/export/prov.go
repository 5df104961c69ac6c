package export

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/provenance"
)

// PROVNamespace is the namespace IRI that the qt: prefix of PROV's
// output stands for: the types and attributes of quotetrace's own.
const PROVNamespace = "https://github.com/quotetrace/quotetrace/ns#"

// PROV writes t to w as a W3C PROV-JSON document, as the W3C member
// submission "The PROV-JSON Serialization"
// (https://www.w3.org/submissions/prov-json/) gives it: one JSON object,
// indented with two spaces, with the sections "prefix", "entity", "agent",
// "wasAttributedTo", "wasDerivedFrom", "hadMember" and "actedOnBehalfOf",
// each left out when it has no record. The prefix qt stands for PROVNamespace; prov and xsd,
// which PROV predefines, are not declared.
//
// The records are these.
//
//   - An entity qt:article_<id> for each article, of types qt:Article and
//     prov:Collection (the collection of its quotations), with its ID,
//     title, URL, publication time and publisher as qt: attributes; and
//     wasAttributedTo from it to its publisher, when known.
//   - An agent qt:outlet_<name> for each outlet (publisher, origin, or
//     outlet cited or copied), of types prov:Organization and qt:Outlet.
//   - An agent qt:speaker_<name> for each speaker, relay and speaker an
//     article names, of type prov:Person for a person and prov:Organization
//     for an organization or outlet, as the statements' SpeakerType says
//     (no prov:type for a group or one of unknown type); qt:speakerType
//     keeps the SpeakerType.
//   - An entity qt:statement_<id> for each statement (type qt:Statement,
//     its Text as prov:value), and wasAttributedTo from it to its speaker,
//     with the words that say so as qt:evidence.
//   - Relayed speech ("Trump said Putin told him …"), for each relay of
//     Statement.Via, in order: an entity qt:relay_<statement>_<n> (type
//     qt:Relay) for the words as that relay gave them, attributed to him
//     and derived from the statement, or from the relay before, as a
//     quotation: a wasDerivedFrom with prov:type prov:Quotation, which is
//     how PROV-JSON, having no wasQuotedFrom, writes PROV-DM's quotation.
//     And actedOnBehalfOf, the relay (prov:delegate) for the speaker
//     (prov:responsible): in passing the words on he is the speaker's
//     messenger, while the speaker keeps responsibility for what was said,
//     as PROV-DM's delegation has it.
//   - An entity qt:quote_<article>_<n> for each member, the quotation as
//     that article has it (type qt:Quote, its text as prov:value, its kind,
//     index, similarity, and the article's speaker, relay, evidence, cue
//     and outlet as qt: attributes). hadMember puts it in its article's
//     collection; a wasDerivedFrom of type prov:Quotation derives it from
//     the statement, or from the relay the article names or quotes; and
//     wasAttributedTo ascribes it to the speaker the article names, when
//     it names one.
//   - An entity qt:publication_<outlet> (type qt:Publication) for what an
//     outlet published that the corpus does not hold, attributed to the
//     outlet, when an edge leads to the outlet. A told or published edge
//     derives it from the statement (or its last relay) as a quotation; a
//     cites edge derives the citing article from it, or from the cited
//     article of the corpus; a republishes edge does so with prov:type
//     prov:Revision. These derivations have the edge's relation as
//     qt:relation, its statement, when it has one, as qt:statement (the
//     statement entity's qualified name), and its evidence as qt:evidence.
//
// Attribution follows news usage, which PROV-DM's "ascribing of an entity
// to an agent" allows: words are attributed to whom they are said to be
// by, not to the article that quotes them; the article, and through
// hadMember its quotations, is attributed to its publisher.
//
// Identifiers are qualified names: the local part is the kind, "_", and
// the name or ID with every run of characters other than letters, digits,
// "_" and "-" made one "_" (letters beyond ASCII kept, as PROV-N allows);
// when two names give the same identifier, the later gets "_2", "_3", ….
// Relation records have the blank identifiers "_:r1", "_:r2", … in the
// order of the output. Records are written in an order that t fixes
// (articles, then statements each with its relays and quotations, then
// publications; speakers, then outlets), so the same Trace gives the same
// bytes. PROV returns the error of writing to w.
func PROV(w io.Writer, t *provenance.Trace) error {
	d := &provDoc{
		ids:      make(map[string]string),
		used:     make(map[string]bool),
		types:    make(map[string]attribution.SpeakerType),
		articles: make(map[string]*provenance.ArticleInfo, len(t.Articles)),
	}
	d.build(t)
	var buf bytes.Buffer
	d.write(&buf)
	_, err := w.Write(buf.Bytes())
	return err
}

// A provObject is a JSON object whose keys keep their order.
type provObject struct {
	keys []string
	vals []any // string, int, float64, provTyped, []any or *provObject
}

// set appends the key k with the value v.
func (o *provObject) set(k string, v any) {
	o.keys = append(o.keys, k)
	o.vals = append(o.vals, v)
}

// setString sets k to v unless v is "".
func (o *provObject) setString(k, v string) {
	if v != "" {
		o.set(k, v)
	}
}

// A provTyped is a PROV-JSON typed literal: {"$": value, "type": type}.
type provTyped struct{ value, typ string }

// provQName returns the PROV-JSON value of the qualified name q.
func provQName(q string) provTyped { return provTyped{q, "xsd:QName"} }

// A provRecord is an identifier and its attributes.
type provRecord struct {
	id    string
	attrs *provObject
}

// A provDoc is a PROV-JSON document being built.
type provDoc struct {
	ids  map[string]string // kind, NUL and key → identifier
	used map[string]bool   // identifiers given

	types    map[string]attribution.SpeakerType // speaker name → type
	articles map[string]*provenance.ArticleInfo

	// Entities and agents in the order of output, by kind.
	articleEnts, statementEnts, publicationEnts []provRecord
	speakerAgents, outletAgents                 []provRecord

	// Relations, in order.
	attributed, derived, members, delegated []*provObject
}

// ident returns the identifier of the node of the given kind and key,
// making one from kind and name when it has none yet; made is whether it
// was made now.
func (d *provDoc) ident(kind, key, name string) (id string, made bool) {
	k := kind + "\x00" + key
	if id, ok := d.ids[k]; ok {
		return id, false
	}
	local := kind + "_" + provLocal(name)
	id = "qt:" + local
	for n := 2; d.used[id]; n++ {
		id = "qt:" + local + "_" + strconv.Itoa(n)
	}
	d.used[id] = true
	d.ids[k] = id
	return id, true
}

// provLocal returns name with every run of characters that a local part of
// a qualified name cannot hold made one "_", and no "_" at the end; or
// "unnamed" when nothing is left.
func provLocal(name string) string {
	var b strings.Builder
	gap := false
	for _, r := range name {
		if provNameRune(r) {
			b.WriteRune(r)
			gap = false
		} else if !gap {
			b.WriteByte('_')
			gap = true
		}
	}
	s := strings.Trim(b.String(), "_")
	if s == "" {
		return "unnamed"
	}
	return s
}

// provNameRune reports whether r may be in the local part of a qualified
// name, after its first character, in PROV-N (PN_CHARS, less "." and ":"
// and the "%" and "\" escapes) and in an XML NCName: an ASCII letter or
// digit, "_", "-", a combining diacritic, or a letter or digit of
// PN_CHARS_BASE.
func provNameRune(r rune) bool {
	switch {
	case r < 0x80:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_' || r == '-'
	case 0x300 <= r && r <= 0x36F:
		return true
	case !unicode.IsLetter(r) && !unicode.IsDigit(r):
		return false
	}
	return 0xC0 <= r && r <= 0xD6 || 0xD8 <= r && r <= 0xF6 || 0xF8 <= r && r <= 0x2FF ||
		0x370 <= r && r <= 0x37D || 0x37F <= r && r <= 0x1FFF || 0x200C <= r && r <= 0x200D ||
		0x2070 <= r && r <= 0x218F || 0x2C00 <= r && r <= 0x2FEF || 0x3001 <= r && r <= 0xD7FF ||
		0xF900 <= r && r <= 0xFDCF || 0xFDF0 <= r && r <= 0xFFFD || 0x10000 <= r && r <= 0xEFFFF
}

// provTypes returns the value of prov:type for the given qualified names.
func provTypes(names ...string) any {
	if len(names) == 1 {
		return provQName(names[0])
	}
	v := make([]any, len(names))
	for i, n := range names {
		v[i] = provQName(n)
	}
	return v
}

// article returns the entity of the article with the given ID, making it
// from t's ArticleInfo, or from the ID alone when t has none.
func (d *provDoc) article(id string) string {
	qid, made := d.ident("article", id, id)
	if !made {
		return qid
	}
	o := &provObject{}
	o.set("prov:type", provTypes("qt:Article", "prov:Collection"))
	a := d.articles[id]
	if a == nil {
		a = &provenance.ArticleInfo{ID: id}
	}
	label := a.Title
	if label == "" {
		label = a.ID
	}
	o.set("prov:label", label)
	o.set("qt:id", a.ID)
	o.setString("qt:title", a.Title)
	if a.URL != "" {
		o.set("qt:url", provTyped{a.URL, "xsd:anyURI"})
	}
	if !a.Published.IsZero() {
		o.set("qt:published", provTyped{a.Published.Format(time.RFC3339Nano), "xsd:dateTime"})
	}
	o.setString("qt:publisher", a.Publisher)
	d.articleEnts = append(d.articleEnts, provRecord{qid, o})
	if a.Publisher != "" {
		d.attribute(qid, d.outlet(a.Publisher), "")
	}
	return qid
}

// outlet returns the agent of the outlet with the given name.
func (d *provDoc) outlet(name string) string {
	id, made := d.ident("outlet", name, name)
	if made {
		o := &provObject{}
		o.set("prov:type", provTypes("prov:Organization", "qt:Outlet"))
		o.set("prov:label", name)
		d.outletAgents = append(d.outletAgents, provRecord{id, o})
	}
	return id
}

// publication returns the entity of what the outlet with the given name
// published.
func (d *provDoc) publication(name string) string {
	id, made := d.ident("publication", name, name)
	if made {
		o := &provObject{}
		o.set("prov:type", provTypes("qt:Publication"))
		o.set("prov:label", "published by "+name)
		o.set("qt:outlet", name)
		d.publicationEnts = append(d.publicationEnts, provRecord{id, o})
		d.attribute(id, d.outlet(name), "")
	}
	return id
}

// speaker returns the agent of the speaker with the given name.
func (d *provDoc) speaker(name string) string {
	id, made := d.ident("speaker", name, name)
	if made {
		o := &provObject{}
		typ := d.types[name]
		switch typ {
		case attribution.Person:
			o.set("prov:type", provTypes("prov:Person"))
		case attribution.Organization, attribution.Media:
			o.set("prov:type", provTypes("prov:Organization"))
		}
		o.set("prov:label", name)
		o.setString("qt:speakerType", string(typ))
		d.speakerAgents = append(d.speakerAgents, provRecord{id, o})
	}
	return id
}

// statement returns the entity of the statement with the given ID: the one
// made already, or one made from the ID alone.
func (d *provDoc) statement(id string) string {
	qid, made := d.ident("statement", id, id)
	if made {
		o := &provObject{}
		o.set("prov:type", provTypes("qt:Statement"))
		o.set("prov:label", id)
		d.statementEnts = append(d.statementEnts, provRecord{qid, o})
	}
	return qid
}

// node returns the entity of a node of the graph, or "" for a speaker or
// a node of no known kind.
func (d *provDoc) node(n provenance.Node) string {
	switch n.Kind {
	case provenance.ArticleKind:
		return d.article(n.Name)
	case provenance.StatementKind:
		return d.statement(n.Name)
	case provenance.OutletKind:
		return d.publication(n.Name)
	}
	return ""
}

// attribute adds wasAttributedTo(entity, agent), with evidence.
func (d *provDoc) attribute(entity, agent, evidence string) {
	o := &provObject{}
	o.set("prov:entity", entity)
	o.set("prov:agent", agent)
	o.setString("qt:evidence", evidence)
	d.attributed = append(d.attributed, o)
}

// derive adds wasDerivedFrom(generated, used) with the given prov:type (if
// not "") and returns it for more attributes.
func (d *provDoc) derive(generated, used, typ string) *provObject {
	o := &provObject{}
	o.set("prov:generatedEntity", generated)
	o.set("prov:usedEntity", used)
	if typ != "" {
		o.set("prov:type", provQName(typ))
	}
	d.derived = append(d.derived, o)
	return o
}

// build adds the records of t.
func (d *provDoc) build(t *provenance.Trace) {
	for i := range t.Articles {
		d.articles[t.Articles[i].ID] = &t.Articles[i]
	}
	for _, s := range t.Statements {
		if typ := d.types[s.Speaker]; s.Speaker != "" && (typ == "" || typ == attribution.Unknown) {
			d.types[s.Speaker] = s.SpeakerType
		}
	}
	// The evidence of the edges from speakers.
	said := make(map[[3]string]string)
	for _, e := range t.Edges {
		if (e.Relation == provenance.Said || e.Relation == provenance.Relayed) && (e.From.Kind == provenance.SpeakerKind || e.From.Kind == provenance.OutletKind) {
			k := [3]string{string(e.Relation), e.Statement, e.From.Name}
			if _, ok := said[k]; !ok {
				said[k] = e.Evidence
			}
		}
	}

	for _, a := range t.Articles {
		d.article(a.ID)
	}
	last := make(map[string]string) // statement ID → its last relay
	for _, s := range t.Statements {
		sid, made := d.ident("statement", s.ID, s.ID)
		o := &provObject{}
		o.set("prov:type", provTypes("qt:Statement"))
		o.set("prov:label", s.ID)
		o.setString("prov:value", s.Text)
		o.setString("qt:speaker", s.Speaker)
		o.setString("qt:speakerType", string(s.SpeakerType))
		if len(s.Via) > 0 {
			via := make([]any, len(s.Via))
			for i, v := range s.Via {
				via[i] = v
			}
			o.set("qt:via", via)
		}
		o.setString("qt:origin", s.Origin)
		o.setString("qt:originEvidence", s.OriginEvidence)
		if made {
			d.statementEnts = append(d.statementEnts, provRecord{sid, o})
		}
		if s.Speaker != "" {
			// An outlet that speaks is the outlet's agent, not a second
			// one of the same name.
			agent := s.SpeakerNode()
			who := d.speaker
			if agent.Kind == provenance.OutletKind {
				who = d.outlet
			}
			d.attribute(sid, who(s.Speaker), said[[3]string{string(provenance.Said), s.ID, s.Speaker}])
		}

		relays := make([]string, len(s.Via))
		from := sid
		for i, v := range s.Via {
			n := strconv.Itoa(i + 1)
			rid, _ := d.ident("relay", s.ID+"\x00"+n, s.ID+"_"+n)
			ro := &provObject{}
			ro.set("prov:type", provTypes("qt:Relay"))
			ro.set("prov:label", s.ID+" as relayed by "+v)
			ro.set("qt:relayedBy", v)
			d.statementEnts = append(d.statementEnts, provRecord{rid, ro})
			d.attribute(rid, d.speaker(v), said[[3]string{string(provenance.Relayed), s.ID, v}])
			d.derive(rid, from, "prov:Quotation")
			if s.Speaker != "" {
				// The relay passes the words on as the speaker's
				// messenger, and the speaker keeps responsibility for
				// them.
				o := &provObject{}
				o.set("prov:delegate", d.speaker(v))
				o.set("prov:responsible", d.speaker(s.Speaker))
				o.set("qt:relation", string(provenance.Relayed))
				o.set("qt:statement", provQName(sid))
				d.delegated = append(d.delegated, o)
			}
			relays[i], from = rid, rid
		}
		last[s.ID] = from

		for _, m := range s.Members {
			n := strconv.Itoa(m.Quote)
			qid, _ := d.ident("quote", s.ID+"\x00"+m.Article+"\x00"+n, m.Article+"_"+n)
			qo := &provObject{}
			qo.set("prov:type", provTypes("qt:Quote"))
			qo.setString("prov:value", m.Text)
			qo.set("qt:article", m.Article)
			qo.set("qt:quoteIndex", m.Quote)
			if m.Kind != 0 {
				qo.set("qt:kind", m.Kind.String())
			}
			if !math.IsNaN(m.Similarity) && !math.IsInf(m.Similarity, 0) {
				qo.set("qt:similarity", m.Similarity)
			}
			qo.setString("qt:speaker", m.Speaker)
			qo.setString("qt:via", m.Via)
			qo.setString("qt:evidence", m.Evidence)
			qo.setString("qt:cue", m.Cue)
			qo.setString("qt:outlet", m.Outlet)
			qo.setString("qt:outletRelation", string(m.Relation))
			qo.setString("qt:outletEvidence", m.OutletEvidence)
			d.statementEnts = append(d.statementEnts, provRecord{qid, qo})

			mo := &provObject{}
			mo.set("prov:collection", d.article(m.Article))
			mo.set("prov:entity", qid)
			d.members = append(d.members, mo)
			d.derive(qid, provQuoteSource(s, m, sid, relays), "prov:Quotation")
			if ag := d.memberSpeaker(s, m); ag != "" {
				d.attribute(qid, ag, "")
			}
		}
	}

	for _, e := range t.Edges {
		switch e.Relation {
		case provenance.Told, provenance.Published:
			if e.To.Kind != provenance.OutletKind || e.From.Kind != provenance.StatementKind {
				continue
			}
			to, sid := e.To.Name, e.From.Name
			from := last[sid]
			if from == "" {
				from = d.statement(sid)
			}
			o := d.derive(d.publication(to), from, "prov:Quotation")
			o.set("qt:relation", string(e.Relation))
			o.setString("qt:evidence", e.Evidence)
		case provenance.Cites, provenance.Republishes:
			gen, used := d.node(e.From), d.node(e.To)
			if gen == "" || used == "" {
				continue
			}
			typ := ""
			if e.Relation == provenance.Republishes {
				typ = "prov:Revision"
			}
			o := d.derive(gen, used, typ)
			o.set("qt:relation", string(e.Relation))
			if e.Statement != "" {
				o.set("qt:statement", provQName(d.statement(e.Statement)))
			}
			o.setString("qt:evidence", e.Evidence)
		}
	}
}

// provQuoteSource returns the entity that the member m of s quotes: the relay
// it names, or the relay it has speak (the article that has Trump say
// "he (Putin) wants …"), else the statement sid.
func provQuoteSource(s provenance.Statement, m provenance.Member, sid string, relays []string) string {
	if len(relays) == 0 {
		return sid
	}
	if m.Via != "" {
		for i, v := range s.Via {
			if provenance.SameName(m.Via, v) {
				return relays[i]
			}
		}
		return relays[len(relays)-1]
	}
	if m.Speaker != "" && !provenance.SameName(m.Speaker, s.Speaker) {
		for i, v := range s.Via {
			if provenance.SameName(m.Speaker, v) {
				return relays[i]
			}
		}
	}
	return sid
}

// memberSpeaker returns the agent of the speaker that the member m of s
// names, or "" when it names none.
func (d *provDoc) memberSpeaker(s provenance.Statement, m provenance.Member) string {
	switch {
	case m.Speaker == "":
		return ""
	case provenance.SameName(m.Speaker, s.Speaker):
		if s.SpeakerNode().Kind == provenance.OutletKind {
			return d.outlet(s.Speaker)
		}
		return d.speaker(s.Speaker)
	}
	for _, v := range s.Via {
		if provenance.SameName(m.Speaker, v) {
			return d.speaker(v)
		}
	}
	return d.speaker(m.Speaker)
}

// write writes the document as indented JSON.
func (d *provDoc) write(b *bytes.Buffer) {
	doc := &provObject{}
	prefix := &provObject{}
	prefix.set("qt", PROVNamespace)
	doc.set("prefix", prefix)
	section := func(name string, recs ...[]provRecord) {
		o := &provObject{}
		for _, rs := range recs {
			for _, r := range rs {
				o.set(r.id, r.attrs)
			}
		}
		if len(o.keys) > 0 {
			doc.set(name, o)
		}
	}
	section("entity", d.articleEnts, d.statementEnts, d.publicationEnts)
	section("agent", d.speakerAgents, d.outletAgents)
	n := 0
	for _, rel := range []struct {
		name string
		recs []*provObject
	}{
		{"wasAttributedTo", d.attributed},
		{"wasDerivedFrom", d.derived},
		{"hadMember", d.members},
		{"actedOnBehalfOf", d.delegated},
	} {
		var recs []provRecord
		for _, o := range rel.recs {
			n++
			recs = append(recs, provRecord{"_:r" + strconv.Itoa(n), o})
		}
		section(rel.name, recs)
	}
	provJSON(b, doc, "")
	b.WriteByte('\n')
}

// provJSON writes v as JSON indented by two spaces a level, its first line
// not indented and the others by indent.
func provJSON(b *bytes.Buffer, v any, indent string) {
	switch v := v.(type) {
	case *provObject:
		if len(v.keys) == 0 {
			b.WriteString("{}")
			return
		}
		b.WriteString("{")
		for i, k := range v.keys {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString("\n" + indent + "  ")
			provJSONString(b, k)
			b.WriteString(": ")
			provJSON(b, v.vals[i], indent+"  ")
		}
		b.WriteString("\n" + indent + "}")
	case []any:
		if len(v) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[")
		for i, x := range v {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString("\n" + indent + "  ")
			provJSON(b, x, indent+"  ")
		}
		b.WriteString("\n" + indent + "]")
	case provTyped:
		o := &provObject{}
		o.set("$", v.value)
		o.set("type", v.typ)
		provJSON(b, o, indent)
	case string:
		provJSONString(b, v)
	case int:
		b.WriteString(strconv.Itoa(v))
	case float64:
		j, _ := json.Marshal(v)
		b.Write(j)
	default:
		panic("export: no JSON for a value of PROV")
	}
}

// provJSONString writes s as a JSON string, with no HTML escapes.
func provJSONString(b *bytes.Buffer, s string) {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	enc.Encode(s) // a string always encodes
	b.Truncate(b.Len() - 1)
}
