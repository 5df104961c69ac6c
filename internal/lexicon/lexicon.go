// Package lexicon holds the structured knowledge about news writing that
// the word tables of package language do not: the countries, capitals,
// demonyms and institutions that stand for a government (see Speakers),
// read from a Language's data files.
//
// The word tables themselves (reporting verbs, titles, pronouns, …) belong
// to the language.Language, which looks each word up once when it scans
// it. SubjectPronoun is a thin wrapper over language.Default()'s, kept for
// the callers that read words rather than a Language's tokens.
//
// All lookups are safe for concurrent use: the tables are built once and
// never change.
package lexicon

import "github.com/quotetrace/quotetrace/language"

// english is the default language: SubjectPronoun reads its tables, and
// the package-level place functions its places.
var english = language.Default()

// maxKey is the longest name looked up without allocating.
const maxKey = 64
