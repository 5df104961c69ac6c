package language

import "fmt"

// A Table names one of a Language's tables. Each is a file of the
// Language's data (see Read): its name with ".txt". Most hold words and
// phrases, and a word's Entry says which of them hold it; the last few,
// from AgentSuffixes on, hold endings of words, which HasSuffix matches.
type Table uint8

// The word tables. What each holds is said at the top of its file in data/.
const (
	ReportingVerbs     Table = iota // verbs of saying, every form: "said", "told", "adds"
	StanceVerbs                     // verbs of thinking and wanting: "believe", "wants"
	PersonTitles                    // offices and roles: "spokesman", "minister", "Sen."
	Honorifics                      // "Mr.", "Dr.", "Lt."
	GroupNouns                      // plural nouns for people quoted in news: "officials"
	OrganizationWords               // words that make a name an organisation's: "Ministry"
	CollectiveNouns                 // "group", "committee", "campaign"
	DocumentNouns                   // "statement", "letter", "report"
	NounForms                       // reporting verbs that are nouns too: "report", "claim"
	NPModifiers                     // words that may open a noun phrase: "a", "the", "his"
	ClauseStarts                    // words that start a clause: "but", "and", "because"
	SubjectSkips                    // words between a subject and its verb: "has", "also"
	OutletWords                     // words that describe an outlet: "state-run", "daily"
	OutletAnaphors                  // "the newspaper", "the paper", "the publication"
	DomainSuffixes                  // "co.uk", "com.au"
	OccasionWords                   // where words were said other than to an outlet: "twitter", "rally"
	CreditWords                     // photo-credit words: "Photo", "Getty", "via"
	TitleNouns                      // nouns that name a work: "book", "film"
	TitleFollowers                  // words after a work's title: "star", "host"
	TermCues                        // "the phrase", "the term"
	NicknameCues                    // "nicknamed", "known as"
	MinorWords                      // words in lower case in Title Case: "of", "the"
	Elisions                        // words written after an apostrophe: 'n', 'em, 'til
	Regions                         // continents and regions: "Europe", "the Middle East"
	Navigation                      // page furniture: "Related", "Read more"
	SourcePrefixes                  // beginnings of source lines: "Source:", "Reporting by"
	CaptionPrefixes                 // beginnings of captions: "FILE -", "Photo:"
	StopWords                       // words a translation does not keep: "the", "of"
	Negations                       // "not", "never", "no"
	Discourse                       // framing phrases: "of course", "in fact"
	SubjectPronouns                 // pronouns that can stand for a speaker: "he", "they", "who"
	PersonPronouns                  // the subject pronouns that refer to people: "he", "she", "we"
	Determiners                     // words that start a noun phrase but never end one: "the", "his", "several"
	NameConnectors                  // lower-case words inside a name: "of", "bin", "von"
	GroupPronouns                   // words that stand alone for people: "another", "both", "many"
	ClauseMarkers                   // words after which a clause with its own subject may begin: "that", "because"
	Subordinators                   // words that open a clause between a subject and its verb: "when", "according"
	ClauseOpeners                   // words that, after a comma, end reported words: "while", "adding", "which"
	Conjunctions                    // words that join a sentence to the one before: "But", "Yet", "Still"
	Hedges                          // modals and negations before a verb that report no words: "could", "not"
	LyNouns                         // words in "-ly" that are no adverbs: "family", "rally"
	BeVerbs                         // the forms of "to be": "is", "was", "been"
	TellVerbs                       // reporting verbs whose object is the one told: "told", "warned"
	QuotingVerbs                    // verbs of reporting another's words: "quoted", "citing"
	WriteVerbs                      // the forms of "to write": "wrote", "writes"
	CallVerbs                       // the forms of "to call": "called", "calling"
	NotSpeech                       // reporting verbs that seldom introduce reported speech: "posted", "commented"
	CoreSpeech                      // verbs that report speech whatever their subject: "said", "according to"
	Weekdays                        // the days of the week, Sunday first: entry i (see All) names time.Weekday(i % 7)
	Months                          // "January" to "December", "Jan.", "Sept."
	NameMonths                      // months that are also names or words: "May", "June"
	DateWords                       // words of a date before a verb: "late", "last", "today"
	TimeWords                       // words of a time after a day: "morning", "week"
	ReportNouns                     // nouns after an outlet's possessive that cite it: "report", "sources"
	ScenePrepositions               // prepositions of where words were said: "in", "at", "during"
	DescriptionOpeners              // words that open an outlet's description: "the", "its"
	CopyrightMarks                  // source-line beginnings that are copyright notices: "©", "Copyright"
	NameParticles                   // lower-case words of a person's full name: "von", "bin", "da"
	NameLinks                       // lower-case words of an organisation's name: "of", "for", "the"
	TitleOpeners                    // words a person's title is compared without: "the", "Mr."
	MaleWords                       // words that say a person is a man: "he", "Mr.", "husband"
	FemaleWords                     // words that say a person is a woman: "she", "Mrs.", "wife"
	ComplementVerbs                 // verbs that report only before "to" or "about": "declined", "spoke"
	SeemVerbs                       // verbs of how things look to the writer: "seems", "appeared"
	ClauseVerbs                     // verbs of finding and recognising that report only a clause: "recognized that"

	// The tables of endings. Their entries end words rather than being
	// words: no Entry holds them and they take no bit of a Set; HasSuffix
	// matches them.

	AgentSuffixes        // endings of plural nouns for people: "ers", "ists" ("forecasters")
	AdjectiveSuffixes    // endings of adjectives: "al", "ic", "ous" ("presidential")
	Contractions         // endings a word is read without: "'s", "'re", "'ll"
	NegativeContractions // endings read as "not": "n't"
	numTables

	// numWordTables is the number of tables of words, each a bit of a Set.
	numWordTables = AgentSuffixes
)

// A format says how a table file is read.
type format uint8

const (
	// words: every white-space separated word of a line is an entry.
	words format = iota
	// lines: every line is one entry, a word or a phrase.
	lines
	// ordered: every line is one entry, as for lines, but the entries keep
	// the order of the file, which says what each is (see Weekdays), and
	// may repeat.
	ordered
	// suffixes: every white-space separated word of a line is an ending of
	// words (see HasSuffix).
	suffixes
)

// tableSpecs gives each table's file name and format.
var tableSpecs = [numTables]struct {
	name   string
	format format
}{
	ReportingVerbs:     {"reporting_verbs", words},
	StanceVerbs:        {"stance_verbs", lines},
	PersonTitles:       {"person_titles", words},
	Honorifics:         {"honorifics", words},
	GroupNouns:         {"group_nouns", words},
	OrganizationWords:  {"organization_words", words},
	CollectiveNouns:    {"collective_nouns", lines},
	DocumentNouns:      {"document_nouns", lines},
	NounForms:          {"noun_forms", lines},
	NPModifiers:        {"np_modifiers", lines},
	ClauseStarts:       {"clause_starts", lines},
	SubjectSkips:       {"subject_skips", lines},
	OutletWords:        {"outlet_words", lines},
	OutletAnaphors:     {"outlet_anaphors", lines},
	DomainSuffixes:     {"domain_suffixes", lines},
	OccasionWords:      {"occasion_words", lines},
	CreditWords:        {"credit_words", lines},
	TitleNouns:         {"title_nouns", lines},
	TitleFollowers:     {"title_followers", lines},
	TermCues:           {"term_cues", lines},
	NicknameCues:       {"nickname_cues", lines},
	MinorWords:         {"minor_words", lines},
	Elisions:           {"elisions", lines},
	Regions:            {"regions", lines},
	Navigation:         {"navigation", lines},
	SourcePrefixes:     {"source_prefixes", lines},
	CaptionPrefixes:    {"caption_prefixes", lines},
	StopWords:          {"stopwords", lines},
	Negations:          {"negations", lines},
	Discourse:          {"discourse", lines},
	SubjectPronouns:    {"subject_pronouns", lines},
	PersonPronouns:     {"person_pronouns", lines},
	Determiners:        {"determiners", lines},
	NameConnectors:     {"name_connectors", lines},
	GroupPronouns:      {"group_pronouns", lines},
	ClauseMarkers:      {"clause_markers", lines},
	Subordinators:      {"subordinators", lines},
	ClauseOpeners:      {"clause_openers", lines},
	Conjunctions:       {"conjunctions", lines},
	Hedges:             {"hedges", lines},
	LyNouns:            {"ly_nouns", lines},
	BeVerbs:            {"be_verbs", lines},
	TellVerbs:          {"tell_verbs", lines},
	QuotingVerbs:       {"quoting_verbs", lines},
	WriteVerbs:         {"write_verbs", lines},
	CallVerbs:          {"call_verbs", lines},
	NotSpeech:          {"not_speech", lines},
	CoreSpeech:         {"core_speech", lines},
	Weekdays:           {"weekdays", ordered},
	Months:             {"months", lines},
	NameMonths:         {"name_months", lines},
	DateWords:          {"date_words", lines},
	TimeWords:          {"time_words", lines},
	ReportNouns:        {"report_nouns", lines},
	ScenePrepositions:  {"scene_prepositions", lines},
	DescriptionOpeners: {"description_openers", lines},
	CopyrightMarks:     {"copyright_marks", lines},
	NameParticles:      {"name_particles", lines},
	NameLinks:          {"name_links", lines},
	TitleOpeners:       {"title_openers", lines},
	MaleWords:          {"male_words", lines},
	FemaleWords:        {"female_words", lines},
	ComplementVerbs:    {"complement_verbs", lines},
	SeemVerbs:          {"seem_verbs", lines},
	ClauseVerbs:        {"clause_verbs", lines},

	AgentSuffixes:        {"agent_suffixes", suffixes},
	AdjectiveSuffixes:    {"adjective_suffixes", suffixes},
	Contractions:         {"contractions", suffixes},
	NegativeContractions: {"negative_contractions", suffixes},
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

// A Set is a set of tables of words, one bit each, room for 128. The
// tables of endings (AgentSuffixes and after) are in no Set. The zero
// Set is empty.
type Set struct{ lo, hi uint64 }

// Has reports whether t is in s.
func (s Set) Has(t Table) bool {
	if t < 64 {
		return s.lo&(1<<t) != 0
	}
	return s.hi&(1<<(t-64)) != 0
}

// Any reports whether any table of o is in s.
func (s Set) Any(o Set) bool { return s.lo&o.lo|s.hi&o.hi != 0 }

// with returns s with t added.
func (s Set) with(t Table) Set {
	if t < 64 {
		s.lo |= 1 << t
	} else {
		s.hi |= 1 << (t - 64)
	}
	return s
}

// SetOf returns the set of the given tables.
func SetOf(ts ...Table) Set {
	var s Set
	for _, t := range ts {
		s = s.with(t)
	}
	return s
}

// The tables of words fit the bits of a Set.
var _ [128 - numWordTables]struct{}
