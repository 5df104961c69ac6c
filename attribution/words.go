package attribution

import "github.com/quotetrace/quotetrace/language"

// The word lists of this package are tables of its language.Language:
// every word of a sentence is looked up once, when it is scanned, and a
// rule's question ("a title?", "a determiner?") is a bit test on the
// token's entry (token.in). The sets below are the tables that rules test
// together, in one test (token.inAny).
var (
	// notVerbs are words that cannot be a speaker's verb or end a name:
	// "the", "But".
	notVerbs = language.SetOf(language.Determiners, language.ClauseStarts)
	// beOrSkip are words between a subject and its verb, or "to be".
	beOrSkip = language.SetOf(language.BeVerbs, language.SubjectSkips)
	// titleOrGroup name people: "spokesman", "officials".
	titleOrGroup = language.SetOf(language.PersonTitles, language.GroupNouns)
	// titles are the words of a person's office or form of address.
	titles = language.SetOf(language.PersonTitles, language.Honorifics)
	// groups stand for several people: "officials", "others".
	groups = language.SetOf(language.GroupNouns, language.GroupPronouns)
	// modifiers may open a noun phrase.
	modifiers = language.SetOf(language.Determiners, language.NPModifiers)
	// modifierWords may stand inside a speaker's noun phrase before its
	// head: "the state-run", "senior".
	modifierWords = language.SetOf(language.NPModifiers, language.OutletWords)
	// modifierOrTitle may stand before a verb's plural subject.
	modifierOrTitle = language.SetOf(language.NPModifiers, language.OutletWords, language.PersonTitles)
	// nounHeads can end a speaker's phrase in lower case: a title, a
	// group, a body or a document.
	nounHeads = language.SetOf(language.PersonTitles, language.GroupNouns, language.CollectiveNouns,
		language.DocumentNouns, language.GroupPronouns)
	// notNounAhead are words that cannot be a noun before a phrase's
	// head: "emailed supporters".
	notNounAhead = language.SetOf(language.ClauseStarts, language.NameConnectors, language.Determiners,
		language.ReportingVerbs)
	// orgOrTitle are words after which a connector continues a name:
	// "Committee on", "head of".
	orgOrTitle = language.SetOf(language.OrganizationWords, language.PersonTitles)
	// notInName are words that end no name: the name is the capitalised
	// words after the last of them.
	notInName = language.SetOf(language.PersonTitles, language.Honorifics, language.Determiners,
		language.OrganizationWords, language.NameConnectors)
	// notRoles are words of a phrase that describe nobody.
	notRoles = language.SetOf(language.Determiners, language.Honorifics, language.NameConnectors)
	// apposition are words that may open an apposition: "a", "spokesman",
	// "Mr.".
	apposition = language.SetOf(language.Determiners, language.PersonTitles, language.Honorifics)
	// dates are the days and months.
	dates = language.SetOf(language.Weekdays, language.Months)
	// dayOrTime are the words of a date between a subject and its verb,
	// numbers aside: "on Monday morning".
	dayOrTime = language.SetOf(language.Weekdays, language.Months, language.TimeWords)
	// circumstance are the words, numbers aside, of a date or an adverb
	// between a subject and its verb: "late last Saturday", "also".
	circumstance = language.SetOf(language.SubjectSkips, language.DateWords, language.Weekdays, language.Months)
	// commonWords are words that are no name, unless an article writes
	// them capitalized inside a sentence: function words ("one" among the
	// pronouns for people), and nouns for people, bodies and documents (see
	// commonOpener).
	commonWords = language.SetOf(language.StopWords, language.GroupPronouns, language.GroupNouns,
		language.CollectiveNouns, language.DocumentNouns, language.ReportNouns)
	// sceneNouns name where or how words were said: "in an interview",
	// "at a rally", "in his filing".
	sceneNouns = language.SetOf(language.OccasionWords, language.DocumentNouns, language.ReportNouns)
)
