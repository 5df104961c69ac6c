// Package wordnet tells whether two English words can name the same thing —
// "truce" and "ceasefire", "nation" and "country", "weapons" and "arms",
// "obsolete" and "outdated", "withdraw" and "withdrawal" — so that package
// provenance recognises one statement in its re-wordings and translations.
// It maps every word to a few concepts of WordNet 3.0, the lexical database
// of Princeton University, and two words are related when they share one.
//
//	wn := wordnet.Default()
//	wn.Concepts("negotiations") // the concepts of "negotiation"
//	wn.Related("truce", "ceasefire") // true
//
// # What a word's concepts are
//
// WordNet groups words into synsets, sets of synonyms that name one
// concept, and ranks the senses of every word by their frequency in a
// tagged corpus. A concept here is a synset, numbered densely from 0. The
// concepts of a lemma are, for each part of speech (noun, verb, adjective,
// adverb):
//
//   - the synsets of its first K senses (K = 3). Rare senses are left out
//     on purpose ("say" has eleven verb senses, "tell" eight): of the 2,000
//     words most frequent in WordNet's tagged corpus, 3,085 pairs are
//     related with K = 3, 1,371 with K = 1 and 6,682 with every sense;
//   - for an adjective whose sense is a satellite, the head adjective of
//     its cluster (WordNet's "similar to" pointer): "outdated" is a
//     satellite of "obsolete";
//   - for nouns and verbs, the synsets of derivationally related forms
//     ("withdrawal" → "withdraw", "negotiation" → "negotiate", "silence"
//     → "silent"), when the link joins one of the first K senses of both
//     words. Linking to any sense of the other word would relate "surrender"
//     and "capitulate" (through the fourth noun sense of "surrender",
//     {capitulation, fall, surrender}) but also, among common words,
//     "burn" and "bit", "father" and "generation", "air" and "beam".
//
// A synset that only one lemma keeps cannot relate two words and is
// dropped. So are multi-word lemmas ("give up", "business deal"): callers
// match word by word. A hyphenated lemma is also known by its spelling
// without hyphens, unless that spelling is a lemma of its own: "ceasefire"
// is WordNet's "cease-fire", but "resign" is not "re-sign".
//
// A word in an inflected form has the concepts of its base forms, found
// as WordNet's morphy finds them: for each part of speech, the word itself
// and either its bases in WordNet's exception lists ("geese" → "goose",
// "said" → "say", "better" → "good"), when it is an irregular form of that
// part of speech, or the forms the detachment rules give (nouns: -s, -ses,
// -xes, -zes, -ches, -shes, -men, -ies; verbs: -s, -ies, -es, -ed, -ing;
// adjectives: -er, -est), each counted where it is a lemma of that part of
// speech. Unlike morphy, the rules are applied once, not repeatedly.
//
// # What it does not do
//
// Concepts are synsets, not hierarchies: a word and a more general one are
// not related. "deal" and "agreement" are not (a deal, {bargain, deal}, is
// a kind of agreement), nor "killer" and "murderer" (a murderer is a kind
// of killer), nor "surrender" and "capitulate" (to capitulate is a way to
// surrender). Words of one first sense are related whatever their register:
// "said" and "told" share {state, say, tell}, the first sense of both, so a
// caller drops reporting verbs and stop words before comparing. Words of
// other languages are unknown: translations are compared through their
// English renderings.
//
// # The table
//
// The table is generated from the Debian package wordnet-base
// (/usr/share/wordnet) by the program in gen, run by go generate, and
// embedded: data/wordnet.bin.gz, under the WordNet licence in
// data/LICENSE-wordnet. With K = 3 it holds 57,829 of WordNet's 83,118
// single-word lemmas (the others keep no shared concept), 3,784 spellings
// without hyphens and 3,734 irregular forms: 64,728 words with 134,248
// references to 36,405 concepts (of 117,659 synsets). It takes 478,734 bytes
// (776,357 uncompressed); Default decodes it on first use in about 20 ms
// into 7 MB of memory, and a call of Concepts takes about 100 ns and no
// allocation for most words.
//
// The uncompressed layout is, with numbers as unsigned varints
// (encoding/binary):
//
//	"quotetrace/wordnet\x00" version(1 byte, 1)
//	K  concepts  words
//	then for each word, in increasing byte order:
//	  shared  n  suffix(n bytes)  mask(1 byte)
//	  for each bit p of 0-3 set in mask (noun, verb, adjective, adverb):
//	    count  first-id  delta...   (the word's concepts as a lemma of p)
//	  for each bit 4+p of 4-7 set in mask:
//	    count  word-index...        (its bases as an irregular form of p)
//
// where a word is the first shared bytes of the previous word followed by
// suffix. An irregular form may have no base in the table; it still stops
// the detachment rules, as in morphy.
package wordnet
