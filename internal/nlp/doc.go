// Package nlp is the project's only door to its third-party language
// libraries: github.com/jdkato/prose/v2 (part-of-speech tagging) and
// gopkg.in/neurosnap/sentences.v1 (Punkt sentence boundaries). Everything it
// returns is expressed as byte spans of the caller's text, so no other package
// ever sees a prose or sentences type.
//
// The package exists because using those libraries directly is costly and
// lossy:
//
//   - prose.NewDocument builds a fresh model — decoding the gob-encoded
//     averaged-perceptron weights and, by default, the maximum-entropy entity
//     model — on every call unless it is given one with prose.UsingModel. Here
//     the model is built once per process (Tags) and shared.
//   - prose tokens carry no offsets, only text, and prose rewrites the text
//     before tokenizing: curly quotes and apostrophes become ASCII (“ ” ‘ ’
//     become " and '), "&rsquo;" becomes "'". Some words are even silently
//     dropped (a chunk such as "Trump's," or "don't." or "O'Malley" loses
//     its tail). Tagger.Tag feeds prose a prepared copy of the text that
//     avoids those losses, then aligns every token back to the original
//     bytes, so Token.Span always indexes the caller's text.
//   - The Punkt model of sentences.v1/english is loaded from embedded JSON on
//     every english.NewSentenceTokenizer call, knows few news abbreviations,
//     breaks after "U.S." or "Dec." too eagerly and cuts sentences before a
//     closing quote's attribution ("“Is it?” he asked."). Splitter loads it
//     once and corrects its output with rules driven by the word lists in
//     wordlists.txt.
//
// Both Sentences and Tags return process-wide defaults built lazily with
// sync.OnceValue; they are immutable after construction and safe for
// concurrent use.
package nlp
