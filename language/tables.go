package language

import "fmt"

// A Table names one of a Language's word tables. Each is a file of the
// Language's data (see Read): its name with ".txt".
type Table uint8

// The word tables. What each holds is said at the top of its file in data/.
const (
	ReportingVerbs    Table = iota // verbs of saying, every form: "said", "told", "adds"
	StanceVerbs                    // verbs of thinking and wanting: "believe", "wants"
	PersonTitles                   // offices and roles: "spokesman", "minister", "Sen."
	Honorifics                     // "Mr.", "Dr.", "Lt."
	GroupNouns                     // plural nouns for people quoted in news: "officials"
	OrganizationWords              // words that make a name an organisation's: "Ministry"
	CollectiveNouns                // "group", "committee", "campaign"
	DocumentNouns                  // "statement", "letter", "report"
	NounForms                      // reporting verbs that are nouns too: "report", "claim"
	NPModifiers                    // words that may open a noun phrase: "a", "the", "his"
	ClauseStarts                   // words that start a clause: "but", "and", "because"
	SubjectSkips                   // words between a subject and its verb: "has", "also"
	OutletWords                    // words that describe an outlet: "state-run", "daily"
	OutletAnaphors                 // "the newspaper", "the paper", "the publication"
	DomainSuffixes                 // "co.uk", "com.au"
	OccasionWords                  // where words were said other than to an outlet: "twitter", "rally"
	CreditWords                    // photo-credit words: "Photo", "Getty", "via"
	TitleNouns                     // nouns that name a work: "book", "film"
	TitleFollowers                 // words after a work's title: "star", "host"
	TermCues                       // "the phrase", "the term"
	NicknameCues                   // "nicknamed", "known as"
	MinorWords                     // words in lower case in Title Case: "of", "the"
	Elisions                       // words written after an apostrophe: 'n', 'em, 'til
	Regions                        // continents and regions: "Europe", "the Middle East"
	Navigation                     // page furniture: "Related", "Read more"
	SourcePrefixes                 // beginnings of source lines: "Source:", "Reporting by"
	CaptionPrefixes                // beginnings of captions: "FILE -", "Photo:"
	StopWords                      // words a translation does not keep: "the", "of"
	Negations                      // "not", "never", "no"
	Discourse                      // framing phrases: "of course", "in fact"
	numTables
)

// A format says how a table file is read.
type format uint8

const (
	// words: every white-space separated word of a line is an entry.
	words format = iota
	// lines: every line is one entry, a word or a phrase.
	lines
)

// tableSpecs gives each table's file name and format.
var tableSpecs = [numTables]struct {
	name   string
	format format
}{
	ReportingVerbs:    {"reporting_verbs", words},
	StanceVerbs:       {"stance_verbs", lines},
	PersonTitles:      {"person_titles", words},
	Honorifics:        {"honorifics", words},
	GroupNouns:        {"group_nouns", words},
	OrganizationWords: {"organization_words", words},
	CollectiveNouns:   {"collective_nouns", lines},
	DocumentNouns:     {"document_nouns", lines},
	NounForms:         {"noun_forms", lines},
	NPModifiers:       {"np_modifiers", lines},
	ClauseStarts:      {"clause_starts", lines},
	SubjectSkips:      {"subject_skips", lines},
	OutletWords:       {"outlet_words", lines},
	OutletAnaphors:    {"outlet_anaphors", lines},
	DomainSuffixes:    {"domain_suffixes", lines},
	OccasionWords:     {"occasion_words", lines},
	CreditWords:       {"credit_words", lines},
	TitleNouns:        {"title_nouns", lines},
	TitleFollowers:    {"title_followers", lines},
	TermCues:          {"term_cues", lines},
	NicknameCues:      {"nickname_cues", lines},
	MinorWords:        {"minor_words", lines},
	Elisions:          {"elisions", lines},
	Regions:           {"regions", lines},
	Navigation:        {"navigation", lines},
	SourcePrefixes:    {"source_prefixes", lines},
	CaptionPrefixes:   {"caption_prefixes", lines},
	StopWords:         {"stopwords", lines},
	Negations:         {"negations", lines},
	Discourse:         {"discourse", lines},
}

// String returns the table's name, that of its file without ".txt":
// "reporting_verbs".
func (t Table) String() string {
	if t < numTables {
		return tableSpecs[t].name
	}
	return fmt.Sprintf("Table(%d)", uint8(t))
}

// Tables lists every table, in order.
func Tables() []Table {
	out := make([]Table, numTables)
	for t := range out {
		out[t] = Table(t)
	}
	return out
}

// A Set is a set of tables, one bit each.
type Set uint64

// Has reports whether t is in s.
func (s Set) Has(t Table) bool { return s&(1<<t) != 0 }

// Any reports whether any table of o is in s.
func (s Set) Any(o Set) bool { return s&o != 0 }

// SetOf returns the set of the given tables.
func SetOf(ts ...Table) Set {
	var s Set
	for _, t := range ts {
		s |= 1 << t
	}
	return s
}
