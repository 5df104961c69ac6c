package nlp

import (
	"sync"

	"github.com/jdkato/prose/v2"
)

// baselineModel is prose's full default model — the averaged-perceptron
// tagger and the maximum-entropy entity model, built as
// BenchmarkProseNewDocumentSharedModel builds it — decoded once per process.
// It cannot be the Tagger's model: that one holds only the tagger, and
// prose's default pipeline, which extracts entities, needs both.
var baselineModel = sync.OnceValue(func() *prose.Model {
	return prose.ModelFromData("baseline")
})

// ProseBaseline runs prose's full default pipeline — its own sentence
// segmentation, tokenization, part-of-speech tagging and entity extraction —
// on text, as prose.NewDocument(text, prose.UsingModel(model)) with a model
// built once per process and shared (the first call pays for building it),
// and returns the number of tokens prose found, so that the work cannot be
// optimised away. It returns 0 if prose reports an error.
//
// It exists so that benchmarks in other packages can compare against prose
// without importing it: only this package may import prose. It is the same
// baseline as BenchmarkProseNewDocumentSharedModel in this package. It is
// not otherwise used, and does not protect its caller from prose's panics on
// unusual input the way Tagger.Tag does.
func ProseBaseline(text string) int {
	doc, err := prose.NewDocument(text, prose.UsingModel(baselineModel()))
	if err != nil {
		return 0
	}
	return len(doc.Tokens())
}
