// Package nlp is the project's door to github.com/jdkato/prose/v2
// (part-of-speech tagging). Everything it returns is expressed as byte spans
// of the caller's text, so no other package ever sees a prose type. (Sentence
// boundaries are package language's: Language.AppendSentences reads Punkt's
// model itself.)
//
// The package exists because using prose directly is costly and
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
//
// Tags returns a process-wide default built lazily with sync.OnceValue; it is
// immutable after construction and safe for concurrent use.
package nlp
