package export_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/quotetrace/quotetrace/attribution"
	_ "github.com/quotetrace/quotetrace/internal/golden" // accepts -update
	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/provenance/export"
	"github.com/quotetrace/quotetrace/quote"
)

// exportSamples returns the Trace of the sample articles.
func exportSamples(t *testing.T) *provenance.Trace {
	t.Helper()
	files, err := filepath.Glob("../../testdata/articles/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no sample articles in ../../testdata/articles")
	}
	at := attribution.New(attribution.Options{})
	g, err := provenance.New(provenance.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		if err := g.Add(provenance.Article{ID: id, Result: at.Attribute(quote.Parse(string(b)))}); err != nil {
			t.Fatal(err)
		}
	}
	return g.Trace()
}

// A provRole is an attribute of a PROV-JSON relation that names another
// record, and the sections that record may be in.
type provRole struct {
	sections []string
	required bool
}

// provRelations are the relation sections of PROV-JSON (W3C member
// submission, 24 April 2013, section 3 and its JSON schema) with the prov:
// attributes each may have: the roles, naming records, and the others.
var provRelations = map[string]struct {
	roles  map[string]provRole
	others []string // prov: attributes besides the roles, prov:type and prov:label
}{
	"wasGeneratedBy": {roles: map[string]provRole{
		"prov:entity":   {[]string{"entity"}, true},
		"prov:activity": {[]string{"activity"}, false},
	}, others: []string{"prov:time", "prov:role", "prov:location"}},
	"used": {roles: map[string]provRole{
		"prov:activity": {[]string{"activity"}, true},
		"prov:entity":   {[]string{"entity"}, false},
	}, others: []string{"prov:time", "prov:role", "prov:location"}},
	"wasInformedBy": {roles: map[string]provRole{
		"prov:informed":  {[]string{"activity"}, true},
		"prov:informant": {[]string{"activity"}, true},
	}},
	"wasStartedBy": {roles: map[string]provRole{
		"prov:activity": {[]string{"activity"}, true},
		"prov:trigger":  {[]string{"entity"}, false},
		"prov:starter":  {[]string{"activity"}, false},
	}, others: []string{"prov:time", "prov:role", "prov:location"}},
	"wasEndedBy": {roles: map[string]provRole{
		"prov:activity": {[]string{"activity"}, true},
		"prov:trigger":  {[]string{"entity"}, false},
		"prov:ender":    {[]string{"activity"}, false},
	}, others: []string{"prov:time", "prov:role", "prov:location"}},
	"wasInvalidatedBy": {roles: map[string]provRole{
		"prov:entity":   {[]string{"entity"}, true},
		"prov:activity": {[]string{"activity"}, false},
	}, others: []string{"prov:time", "prov:role", "prov:location"}},
	"wasDerivedFrom": {roles: map[string]provRole{
		"prov:generatedEntity": {[]string{"entity"}, true},
		"prov:usedEntity":      {[]string{"entity"}, true},
		"prov:activity":        {[]string{"activity"}, false},
		"prov:generation":      {[]string{"wasGeneratedBy"}, false},
		"prov:usage":           {[]string{"used"}, false},
	}},
	"wasAttributedTo": {roles: map[string]provRole{
		"prov:entity": {[]string{"entity"}, true},
		"prov:agent":  {[]string{"agent"}, true},
	}},
	"wasAssociatedWith": {roles: map[string]provRole{
		"prov:activity": {[]string{"activity"}, true},
		"prov:agent":    {[]string{"agent"}, false},
		"prov:plan":     {[]string{"entity"}, false},
	}, others: []string{"prov:role"}},
	"actedOnBehalfOf": {roles: map[string]provRole{
		"prov:delegate":    {[]string{"agent"}, true},
		"prov:responsible": {[]string{"agent"}, true},
		"prov:activity":    {[]string{"activity"}, false},
	}},
	"wasInfluencedBy": {roles: map[string]provRole{
		"prov:influencee": {[]string{"entity", "activity", "agent"}, true},
		"prov:influencer": {[]string{"entity", "activity", "agent"}, true},
	}},
	"specializationOf": {roles: map[string]provRole{
		"prov:specificEntity": {[]string{"entity"}, true},
		"prov:generalEntity":  {[]string{"entity"}, true},
	}},
	"alternateOf": {roles: map[string]provRole{
		"prov:alternate1": {[]string{"entity"}, true},
		"prov:alternate2": {[]string{"entity"}, true},
	}},
	"hadMember": {roles: map[string]provRole{
		"prov:collection": {[]string{"entity"}, true},
		"prov:entity":     {[]string{"entity"}, true},
	}},
}

// provElements are the element sections of PROV-JSON with the prov:
// attributes their records may have.
var provElements = map[string][]string{
	"entity":   {"prov:type", "prov:label", "prov:location", "prov:value"},
	"activity": {"prov:type", "prov:label", "prov:location", "prov:startTime", "prov:endTime"},
	"agent":    {"prov:type", "prov:label", "prov:location"},
}

// provPredefined are the prefixes that PROV defines and a document does
// not declare.
var provPredefined = map[string]bool{"prov": true, "xsd": true}

var (
	provPrefixRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_.-]*$`)
	// A qualified name as PROV makes them: a prefix, and a local part
	// of letters, digits, combining marks, "_" and "-" that begins with a
	// letter.
	provQNameRE = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_.-]*):(\pL[\pL\pN\pM_-]*)$`)
)

// checkPROV checks that data is PROV-JSON as the submission defines it
// and returns it decoded; see provProblems.
func checkPROV(t *testing.T, data []byte) map[string]map[string]any {
	t.Helper()
	doc, problems := provProblems(data)
	if doc == nil {
		t.Fatalf("not a JSON object of objects: %v", problems)
	}
	for _, p := range problems {
		t.Error(p)
	}
	return doc
}

// provProblems decodes data and returns what makes it other than PROV-JSON
// as the submission defines it: sections or prov: attributes it does not
// define, roles that name no record of the right section, invalid
// qualified names, and prefixes not declared. The document is nil when
// data is not a JSON object of objects.
func provProblems(data []byte) (map[string]map[string]any, []string) {
	var problems []string
	errorf := func(format string, args ...any) {
		problems = append(problems, fmt.Sprintf(format, args...))
	}
	var doc map[string]map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, []string{err.Error()}
	}
	prefixes := make(map[string]bool)
	for p, iri := range doc["prefix"] {
		if !provPrefixRE.MatchString(p) {
			errorf("prefix %q is not a valid prefix", p)
		}
		if s, ok := iri.(string); !ok || !strings.Contains(s, ":") {
			errorf("prefix %q stands for %v, not an IRI", p, iri)
		}
		prefixes[p] = true
	}
	if !prefixes["qt"] {
		errorf("prefix qt is not declared")
	}
	// checkName checks that the qualified name q is valid, with a
	// declared prefix.
	checkName := func(where, q string) {
		m := provQNameRE.FindStringSubmatch(q)
		switch {
		case m == nil:
			errorf("%s: %q is not a qualified name", where, q)
		case !prefixes[m[1]] && !provPredefined[m[1]]:
			errorf("%s: prefix of %q is not declared", where, q)
		}
	}
	// checkValue checks an attribute value: a string, number, boolean,
	// typed literal or array of them.
	var checkValue func(where string, v any)
	checkValue = func(where string, v any) {
		switch v := v.(type) {
		case string, float64, bool:
		case []any:
			if len(v) == 0 {
				errorf("%s: empty array", where)
			}
			for _, x := range v {
				if _, ok := x.([]any); ok {
					errorf("%s: array in array", where)
				}
				checkValue(where, x)
			}
		case map[string]any:
			if _, ok := v["$"].(string); !ok {
				errorf("%s: typed literal without a string \"$\": %v", where, v)
			}
			for k := range v {
				if k != "$" && k != "type" && k != "lang" {
					errorf("%s: typed literal with key %q", where, k)
				}
			}
			if typ, ok := v["type"].(string); ok {
				checkName(where, typ)
				if typ == "xsd:QName" {
					checkName(where, v["$"].(string))
				}
			}
		default:
			errorf("%s: value %v of type %T", where, v, v)
		}
	}
	// checkAttrs checks the attribute names and values of a record.
	checkAttrs := func(where string, rec map[string]any, provAllowed map[string]bool) {
		for k, v := range rec {
			if strings.HasPrefix(k, "prov:") {
				if !provAllowed[k] {
					errorf("%s: attribute %s is not one PROV-JSON defines here", where, k)
				}
			} else {
				checkName(where, k)
			}
			if !provAllowed[k] || k == "prov:type" || k == "prov:label" || k == "prov:value" {
				checkValue(where+" "+k, v)
			}
		}
	}

	relationIDs := make(map[string]string)
	for section, records := range doc {
		if section == "prefix" {
			continue
		}
		if allowed, ok := provElements[section]; ok {
			set := make(map[string]bool)
			for _, a := range allowed {
				set[a] = true
			}
			for id, rec := range records {
				checkName(section, id)
				r, ok := rec.(map[string]any)
				if !ok {
					errorf("%s %s: %T, not an object", section, id, rec)
					continue
				}
				checkAttrs(section+" "+id, r, set)
			}
			continue
		}
		rel, ok := provRelations[section]
		if !ok {
			errorf("section %q is not one PROV-JSON defines", section)
			continue
		}
		set := map[string]bool{"prov:type": true, "prov:label": true}
		for role := range rel.roles {
			set[role] = true
		}
		for _, a := range rel.others {
			set[a] = true
		}
		for id, rec := range records {
			where := section + " " + id
			if strings.HasPrefix(id, "_:") {
				if other, dup := relationIDs[id]; dup {
					errorf("%s: id also in %s", where, other)
				}
				relationIDs[id] = section
			} else {
				checkName(section, id)
			}
			r, ok := rec.(map[string]any)
			if !ok {
				errorf("%s: %T, not an object", where, rec)
				continue
			}
			checkAttrs(where, r, set)
			for name, role := range rel.roles {
				v, ok := r[name]
				if !ok {
					if role.required {
						errorf("%s: no %s", where, name)
					}
					continue
				}
				ref, ok := v.(string)
				if !ok {
					errorf("%s: %s is %v, not an identifier", where, name, v)
					continue
				}
				found := false
				for _, s := range role.sections {
					if _, ok := doc[s][ref]; ok {
						found = true
					}
				}
				if !found {
					errorf("%s: %s %q is not a record of %v", where, name, ref, role.sections)
				}
			}
		}
	}
	return doc, problems
}

// provTypesOf returns the prov:type values of a record.
func provTypesOf(rec any) []string {
	var out []string
	r, _ := rec.(map[string]any)
	add := func(v any) {
		if m, ok := v.(map[string]any); ok {
			s, _ := m["$"].(string)
			out = append(out, s)
		}
	}
	switch v := r["prov:type"].(type) {
	case []any:
		for _, x := range v {
			add(x)
		}
	default:
		add(v)
	}
	return out
}

func provHas(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestPROVSamples(t *testing.T) {
	tr := exportSamples(t)
	var buf bytes.Buffer
	if err := export.PROV(&buf, tr); err != nil {
		t.Fatal(err)
	}
	doc := checkPROV(t, buf.Bytes())

	for _, section := range []string{"entity", "agent", "wasAttributedTo", "wasDerivedFrom", "hadMember"} {
		if len(doc[section]) == 0 {
			t.Errorf("no records in %s", section)
		}
	}
	if _, ok := doc["wasQuotedFrom"]; ok {
		t.Errorf("wasQuotedFrom is no section of PROV-JSON")
	}

	// Every article, statement and member has its entity, and every
	// member is in its article and quotes its statement or a relay of it.
	entities, agents := doc["entity"], doc["agent"]
	members := 0
	for _, a := range tr.Articles {
		e, ok := entities["qt:article_"+a.ID]
		if !ok {
			t.Errorf("no entity for article %s", a.ID)
			continue
		}
		if types := provTypesOf(e); !provHas(types, "prov:Collection") || !provHas(types, "qt:Article") {
			t.Errorf("article %s has types %v", a.ID, types)
		}
	}
	for _, s := range tr.Statements {
		if _, ok := entities["qt:statement_"+s.ID]; !ok {
			t.Errorf("no entity for statement %s", s.ID)
		}
		members += len(s.Members)
	}
	if got := len(doc["hadMember"]); got != members {
		t.Errorf("%d hadMember records for %d members", got, members)
	}
	quotations := make(map[string]int) // quote entity → its quotations
	for id, rec := range doc["wasDerivedFrom"] {
		r := rec.(map[string]any)
		gen := r["prov:generatedEntity"].(string)
		if strings.HasPrefix(gen, "qt:quote_") && provHas(provTypesOf(r), "prov:Quotation") {
			quotations[gen]++
			used := r["prov:usedEntity"].(string)
			if types := provTypesOf(entities[used]); !provHas(types, "qt:Statement") && !provHas(types, "qt:Relay") {
				t.Errorf("%s: quote %s is quoted from %s of types %v", id, gen, used, types)
			}
		}
	}
	for _, rec := range doc["hadMember"] {
		q := rec.(map[string]any)["prov:entity"].(string)
		if quotations[q] != 1 {
			t.Errorf("quote %s has %d quotations, want 1", q, quotations[q])
		}
	}
	// Every speaker with a statement is an agent, a person where the
	// statement says so, and the statement is attributed to him.
	attributed := make(map[[2]string]bool)
	for _, rec := range doc["wasAttributedTo"] {
		r := rec.(map[string]any)
		attributed[[2]string{r["prov:entity"].(string), r["prov:agent"].(string)}] = true
	}
	for _, s := range tr.Statements {
		if s.Speaker == "" {
			continue
		}
		// An outlet that speaks is the outlet's agent.
		prefix := "qt:speaker_"
		if s.SpeakerNode().Kind == provenance.OutletKind {
			prefix = "qt:outlet_"
		}
		var agent string
		for id, rec := range agents {
			if rec.(map[string]any)["prov:label"] == s.Speaker && strings.HasPrefix(id, prefix) {
				agent = id
			}
		}
		if agent == "" {
			t.Errorf("no agent for speaker %q", s.Speaker)
			continue
		}
		if !attributed[[2]string{"qt:statement_" + s.ID, agent}] {
			t.Errorf("statement %s is not attributed to %s", s.ID, agent)
		}
		if s.SpeakerType == attribution.Person && !provHas(provTypesOf(agents[agent]), "prov:Person") {
			t.Errorf("%s has types %v, want prov:Person", agent, provTypesOf(agents[agent]))
		}
	}
	for _, a := range tr.Articles {
		if a.Publisher == "" {
			continue
		}
		if !attributed[[2]string{"qt:article_" + a.ID, "qt:outlet_" + strings.ReplaceAll(a.Publisher, " ", "_")}] {
			t.Errorf("article %s is not attributed to its publisher %s", a.ID, a.Publisher)
		}
	}
	// Every cites and republishes edge is a derivation.
	var copies, cites int
	for _, e := range tr.Edges {
		switch e.Relation {
		case provenance.Cites:
			cites++
		case provenance.Republishes:
			copies++
		}
	}
	var gotCopies, gotCites int
	for _, rec := range doc["wasDerivedFrom"] {
		r := rec.(map[string]any)
		switch r["qt:relation"] {
		case "cites":
			gotCites++
		case "republishes":
			gotCopies++
			if !provHas(provTypesOf(r), "prov:Revision") {
				t.Errorf("republication %v is not a prov:Revision", r)
			}
		}
	}
	if gotCites != cites || gotCopies != copies {
		t.Errorf("%d citations and %d republications, want %d and %d", gotCites, gotCopies, cites, copies)
	}

	// The same Trace gives the same bytes.
	var again bytes.Buffer
	if err := export.PROV(&again, tr); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Errorf("two writes of one Trace differ")
	}
	if !strings.HasPrefix(buf.String(), "{\n  \"prefix\": {\n    \"qt\": ") {
		t.Errorf("output is not indented by two spaces: %.40q", buf.String())
	}
}

// exportTinyTrace is a Trace made by hand: Jane Doe's words, relayed by John
// Roe and given to a wire service, as two articles report them, one a copy
// of the other.
func exportTinyTrace() *provenance.Trace {
	return &provenance.Trace{
		Articles: []provenance.ArticleInfo{
			{
				ID: "a1", Publisher: "Daily Planet", URL: "https://planet.example/a1", Title: "We will win",
				Published: time.Date(2024, 11, 12, 8, 30, 0, 0, time.UTC), Cites: []string{"Wire: Service"},
			},
			{ID: "a 2"},
		},
		Statements: []provenance.Statement{{
			ID: "s1", Speaker: "Jane Doe", SpeakerType: attribution.Person, Via: []string{"John Roe"},
			Origin: "Wire: Service", OriginEvidence: "told Wire: Service", Text: "We will win.",
			Members: []provenance.Member{
				{
					Article: "a1", Quote: 0, Kind: quote.Direct, Text: "We will win.", Speaker: "Jane Doe", Via: "John Roe",
					Outlet: "Wire: Service", Relation: attribution.Told, OutletEvidence: "told Wire: Service",
					Evidence: "John Roe said Jane Doe", Cue: "said", Similarity: 1,
				},
				{Article: "a 2", Quote: 3, Kind: quote.Partial, Text: "will win", Speaker: "Doe", Evidence: "Doe said", Cue: "said", Similarity: 0.5},
			},
		}},
		Edges: []provenance.Edge{
			{From: provenance.SpeakerNode("Jane Doe"), To: provenance.StatementNode("s1"), Relation: provenance.Said, Statement: "s1", Evidence: "Jane Doe"},
			{From: provenance.SpeakerNode("John Roe"), To: provenance.StatementNode("s1"), Relation: provenance.Relayed, Statement: "s1", Evidence: "John Roe said"},
			{From: provenance.StatementNode("s1"), To: provenance.OutletNode("Wire: Service"), Relation: provenance.Told, Statement: "s1", Evidence: "told Wire: Service"},
			{From: provenance.ArticleNode("a1"), To: provenance.StatementNode("s1"), Relation: provenance.Reports, Statement: "s1", Evidence: "John Roe said Jane Doe"},
			{From: provenance.ArticleNode("a 2"), To: provenance.StatementNode("s1"), Relation: provenance.Reports, Statement: "s1", Evidence: "Doe said"},
			{From: provenance.ArticleNode("a1"), To: provenance.OutletNode("Wire: Service"), Relation: provenance.Cites, Statement: "s1", Evidence: "told Wire: Service"},
			{From: provenance.ArticleNode("a 2"), To: provenance.ArticleNode("a1"), Relation: provenance.Republishes, Evidence: "Source: Daily Planet"},
		},
	}
}

func TestPROVTiny(t *testing.T) {
	var buf bytes.Buffer
	if err := export.PROV(&buf, exportTinyTrace()); err != nil {
		t.Fatal(err)
	}
	got := checkPROV(t, buf.Bytes())

	qname := func(q string) map[string]any { return map[string]any{"$": q, "type": "xsd:QName"} }
	qnames := func(q ...string) []any {
		var v []any
		for _, x := range q {
			v = append(v, qname(x))
		}
		return v
	}
	quotation := qname("prov:Quotation")
	want := map[string]map[string]any{
		"prefix": {"qt": "https://github.com/quotetrace/quotetrace/ns#"},
		"entity": {
			"qt:article_a1": map[string]any{
				"prov:type":    qnames("qt:Article", "prov:Collection"),
				"prov:label":   "We will win",
				"qt:id":        "a1",
				"qt:title":     "We will win",
				"qt:url":       map[string]any{"$": "https://planet.example/a1", "type": "xsd:anyURI"},
				"qt:published": map[string]any{"$": "2024-11-12T08:30:00Z", "type": "xsd:dateTime"},
				"qt:publisher": "Daily Planet",
			},
			"qt:article_a_2": map[string]any{
				"prov:type":  qnames("qt:Article", "prov:Collection"),
				"prov:label": "a 2",
				"qt:id":      "a 2",
			},
			"qt:statement_s1": map[string]any{
				"prov:type":         qname("qt:Statement"),
				"prov:label":        "s1",
				"prov:value":        "We will win.",
				"qt:speaker":        "Jane Doe",
				"qt:speakerType":    "person",
				"qt:via":            []any{"John Roe"},
				"qt:origin":         "Wire: Service",
				"qt:originEvidence": "told Wire: Service",
			},
			"qt:relay_s1_1": map[string]any{
				"prov:type":    qname("qt:Relay"),
				"prov:label":   "s1 as relayed by John Roe",
				"qt:relayedBy": "John Roe",
			},
			"qt:quote_a1_0": map[string]any{
				"prov:type":         qname("qt:Quote"),
				"prov:value":        "We will win.",
				"qt:article":        "a1",
				"qt:quoteIndex":     0.0,
				"qt:kind":           "direct",
				"qt:similarity":     1.0,
				"qt:speaker":        "Jane Doe",
				"qt:via":            "John Roe",
				"qt:evidence":       "John Roe said Jane Doe",
				"qt:cue":            "said",
				"qt:outlet":         "Wire: Service",
				"qt:outletRelation": "told",
				"qt:outletEvidence": "told Wire: Service",
			},
			"qt:quote_a_2_3": map[string]any{
				"prov:type":     qname("qt:Quote"),
				"prov:value":    "will win",
				"qt:article":    "a 2",
				"qt:quoteIndex": 3.0,
				"qt:kind":       "partial",
				"qt:similarity": 0.5,
				"qt:speaker":    "Doe",
				"qt:evidence":   "Doe said",
				"qt:cue":        "said",
			},
			"qt:publication_Wire_Service": map[string]any{
				"prov:type":  qname("qt:Publication"),
				"prov:label": "published by Wire: Service",
				"qt:outlet":  "Wire: Service",
			},
		},
		"agent": {
			"qt:speaker_Jane_Doe": map[string]any{
				"prov:type":      qname("prov:Person"),
				"prov:label":     "Jane Doe",
				"qt:speakerType": "person",
			},
			"qt:speaker_John_Roe": map[string]any{"prov:label": "John Roe"},
			"qt:outlet_Daily_Planet": map[string]any{
				"prov:type":  qnames("prov:Organization", "qt:Outlet"),
				"prov:label": "Daily Planet",
			},
			"qt:outlet_Wire_Service": map[string]any{
				"prov:type":  qnames("prov:Organization", "qt:Outlet"),
				"prov:label": "Wire: Service",
			},
		},
		"wasAttributedTo": {
			"_:r1": map[string]any{"prov:entity": "qt:article_a1", "prov:agent": "qt:outlet_Daily_Planet"},
			"_:r2": map[string]any{"prov:entity": "qt:statement_s1", "prov:agent": "qt:speaker_Jane_Doe", "qt:evidence": "Jane Doe"},
			"_:r3": map[string]any{"prov:entity": "qt:relay_s1_1", "prov:agent": "qt:speaker_John_Roe", "qt:evidence": "John Roe said"},
			"_:r4": map[string]any{"prov:entity": "qt:quote_a1_0", "prov:agent": "qt:speaker_Jane_Doe"},
			"_:r5": map[string]any{"prov:entity": "qt:quote_a_2_3", "prov:agent": "qt:speaker_Jane_Doe"},
			"_:r6": map[string]any{"prov:entity": "qt:publication_Wire_Service", "prov:agent": "qt:outlet_Wire_Service"},
		},
		"wasDerivedFrom": {
			"_:r7":  map[string]any{"prov:generatedEntity": "qt:relay_s1_1", "prov:usedEntity": "qt:statement_s1", "prov:type": quotation},
			"_:r8":  map[string]any{"prov:generatedEntity": "qt:quote_a1_0", "prov:usedEntity": "qt:relay_s1_1", "prov:type": quotation},
			"_:r9":  map[string]any{"prov:generatedEntity": "qt:quote_a_2_3", "prov:usedEntity": "qt:statement_s1", "prov:type": quotation},
			"_:r10": map[string]any{"prov:generatedEntity": "qt:publication_Wire_Service", "prov:usedEntity": "qt:relay_s1_1", "prov:type": quotation, "qt:relation": "told", "qt:evidence": "told Wire: Service"},
			"_:r11": map[string]any{"prov:generatedEntity": "qt:article_a1", "prov:usedEntity": "qt:publication_Wire_Service", "qt:relation": "cites", "qt:statement": qname("qt:statement_s1"), "qt:evidence": "told Wire: Service"},
			"_:r12": map[string]any{"prov:generatedEntity": "qt:article_a_2", "prov:usedEntity": "qt:article_a1", "prov:type": qname("prov:Revision"), "qt:relation": "republishes", "qt:evidence": "Source: Daily Planet"},
		},
		"hadMember": {
			"_:r13": map[string]any{"prov:collection": "qt:article_a1", "prov:entity": "qt:quote_a1_0"},
			"_:r14": map[string]any{"prov:collection": "qt:article_a_2", "prov:entity": "qt:quote_a_2_3"},
		},
		"actedOnBehalfOf": {
			"_:r15": map[string]any{"prov:delegate": "qt:speaker_John_Roe", "prov:responsible": "qt:speaker_Jane_Doe", "qt:relation": "relayed", "qt:statement": qname("qt:statement_s1")},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("PROV of the tiny Trace (-want +got):\n%s", diff)
	}
}

func TestPROVNames(t *testing.T) {
	// Names that come out alike, or with characters a qualified name
	// cannot hold, still give distinct valid identifiers.
	names := []string{"A B", "A_B", "A:B", "A  B ", "Nguyễn Phú Trọng", "O'Brien & Co.", "", "***", "x\ny", `back\slash "q"`}
	tr := &provenance.Trace{}
	for i, n := range names {
		id := "s" + strconv.Itoa(i+1)
		tr.Statements = append(tr.Statements, provenance.Statement{ID: id, Speaker: n, Text: "words"})
		if n != "" {
			tr.Edges = append(tr.Edges, provenance.Edge{From: provenance.SpeakerNode(n), To: provenance.StatementNode(id), Relation: provenance.Said, Statement: id})
		}
		tr.Edges = append(tr.Edges, provenance.Edge{From: provenance.StatementNode(id), To: provenance.OutletNode(n), Relation: provenance.Published, Statement: id})
	}
	var buf bytes.Buffer
	if err := export.PROV(&buf, tr); err != nil {
		t.Fatal(err)
	}
	doc := checkPROV(t, buf.Bytes())
	labels := make(map[string]string) // label → agent
	for id, rec := range doc["agent"] {
		if !strings.HasPrefix(id, "qt:speaker_") {
			continue
		}
		label := rec.(map[string]any)["prov:label"].(string)
		if other, dup := labels[label]; dup {
			t.Errorf("speaker %q has two agents, %s and %s", label, other, id)
		}
		labels[label] = id
	}
	for _, n := range names {
		if n != "" && labels[n] == "" {
			t.Errorf("no agent for speaker %q", n)
		}
	}
	if got := labels["Nguyễn Phú Trọng"]; got != "qt:speaker_Nguyễn_Phú_Trọng" {
		t.Errorf("Nguyễn Phú Trọng is %s, want qt:speaker_Nguyễn_Phú_Trọng", got)
	}
}

func TestPROVChecker(t *testing.T) {
	// The checks of the tests above find what they are for.
	const head = `{"prefix": {"qt": "https://example.org/ns#"},
		"entity": {"qt:e1": {}, "qt:e2": {"prov:label": "two"}},
		"agent": {"qt:ag": {"prov:type": {"$": "prov:Person", "type": "xsd:QName"}}}`
	good := head + `, "wasAttributedTo": {"_:r1": {"prov:entity": "qt:e1", "prov:agent": "qt:ag"}},
		"wasDerivedFrom": {"_:r2": {"prov:generatedEntity": "qt:e2", "prov:usedEntity": "qt:e1",
			"prov:type": {"$": "prov:Quotation", "type": "xsd:QName"}}}}`
	if _, problems := provProblems([]byte(good)); len(problems) > 0 {
		t.Errorf("good document: %v", problems)
	}
	for _, bad := range []string{
		head + `, "wasAttributedTo": {"_:r1": {"prov:entity": "qt:e1", "prov:agent": "qt:e2"}}}`,
		head + `, "wasAttributedTo": {"_:r1": {"prov:entity": "qt:nothing", "prov:agent": "qt:ag"}}}`,
		head + `, "wasAttributedTo": {"_:r1": {"prov:entity": "qt:e1"}}}`,
		head + `, "wasQuotedFrom": {"_:r1": {"prov:generatedEntity": "qt:e2", "prov:usedEntity": "qt:e1"}}}`,
		head + `, "wasDerivedFrom": {"_:r1": {"prov:generatedEntity": "qt:e2", "prov:usedEntity": "qt:e1", "prov:quoted": "qt:ag"}}}`,
		head + `, "hadMember": {"_:r1": {"prov:collection": "qt:e1", "prov:entity": "qt:e2", "ex:note": "x"}}}`,
		head + `, "hadMember": {"_:r1": {"prov:collection": "qt:e1", "prov:entity": "qt:e2", "prov:type": {"$": "ex:Part", "type": "xsd:QName"}}}}`,
		head + `, "hadMember": {"_:r1": {"prov:collection": "qt:e1", "prov:entity": "qt:e2"}},
			"wasDerivedFrom": {"_:r1": {"prov:generatedEntity": "qt:e2", "prov:usedEntity": "qt:e1"}}}`,
		strings.Replace(head, `"qt:e1": {}`, `"qt:e 1": {}`, 1) + `}`,
		strings.Replace(head, `"qt:e1": {}`, `"qt:e1": {"prov:agent": "qt:ag"}`, 1) + `}`,
	} {
		if _, problems := provProblems([]byte(bad)); len(problems) == 0 {
			t.Errorf("no problem found in %s", bad)
		}
	}
}

// exportFailWriter fails every write.
type exportFailWriter struct{}

var errExportWrite = errors.New("write failed")

func (exportFailWriter) Write([]byte) (int, error) { return 0, errExportWrite }

func TestPROVError(t *testing.T) {
	if err := export.PROV(exportFailWriter{}, exportTinyTrace()); !errors.Is(err, errExportWrite) {
		t.Errorf("PROV to a failing writer returned %v, want %v", err, errExportWrite)
	}
}
