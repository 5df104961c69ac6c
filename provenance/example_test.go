package provenance_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/quote"
)

// Two articles report one statement in two translations; a third quotes a
// part of it. The Graph recognises one statement, given to Reuters.
func ExampleGraph() {
	articles := map[string]string{
		"a": "Finance minister Anna Weber told Reuters: “Inflation will fall to 3 percent by the end of next year, and rates will stay where they are.”",
		"b": "“Inflation will fall to three percent by the end of next year and interest rates will remain unchanged,” Weber told Reuters.",
		"c": "Weber said “rates will stay where they are”.",
	}
	at := attribution.New(attribution.Options{})
	g, err := provenance.New(provenance.Options{})
	if err != nil {
		panic(err)
	}
	for _, id := range []string{"a", "b", "c"} {
		if err := g.Add(provenance.Article{ID: id, Result: at.Attribute(quote.Parse(articles[id]))}); err != nil {
			panic(err)
		}
	}
	for _, s := range g.Trace().Statements {
		fmt.Printf("%s: %s, told %s\n", s.ID, s.Speaker, s.Origin)
		for _, m := range s.Members {
			fmt.Printf("  %s %-7s %.2f %q\n", m.Article, m.Kind, m.Similarity, m.Text)
		}
	}
	// Output:
	// s1: Anna Weber, told Reuters
	//   a direct  1.00 "Inflation will fall to 3 percent by the end of next year, and rates will stay where they are."
	//   b direct  1.00 "Inflation will fall to three percent by the end of next year and interest rates will remain unchanged"
	//   c partial 1.00 "rates will stay where they are"
}

// Chain follows a statement from its speaker, through those who relayed
// it and the outlet it was given to, to each article.
func ExampleTrace_Chain() {
	at := attribution.New(attribution.Options{})
	g, _ := provenance.New(provenance.Options{})
	g.Add(provenance.Article{ID: "post", Result: at.AttributeText(
		"Trump told the New York Post that Putin told him he “wants to see people stop dying”.")})
	g.Add(provenance.Article{ID: "daily", Result: at.AttributeText(
		"“He (Putin) wants to see people stop dying,” Trump told the newspaper The New York Post.")})
	tr := g.Trace()
	for _, path := range tr.Chain("s1") {
		var nodes []string
		for _, h := range path {
			nodes = append(nodes, h.Node.String())
		}
		fmt.Println(strings.Join(nodes, " → "))
	}
	// Output:
	// speaker:Putin → speaker:Trump → outlet:New York Post → article:daily
	// speaker:Putin → speaker:Trump → outlet:New York Post → article:post
}

// Similarity compares wordings by the terms a translation keeps, in order.
func ExampleSimilarity() {
	fmt.Printf("%.2f\n", provenance.Similarity("I can neither confirm nor deny it.", "I can't either confirm or deny this."))
	fmt.Printf("%.2f\n", provenance.Similarity(
		"Inflation will fall to 3 percent by the end of next year, and rates will stay where they are.",
		"The bank will raise rates again next month, and inflation will stay high."))
	// Output:
	// 1.00
	// 0.25
}

// Graphs built in separate processes are saved with WriteTo and read back
// with ReadGraph, or ReadFrom into a graph, and merge into the graph of the
// whole.
func ExampleGraph_WriteTo() {
	at := attribution.New(attribution.Options{})
	// Two processes, one article each; each saves its graph (here in
	// memory; a file in practice).
	var files []bytes.Buffer
	for _, text := range []string{
		"Finance minister Anna Weber told Reuters: “Inflation will fall to 3 percent by the end of next year.”",
		"“Inflation will fall to three percent by the end of next year,” Weber told Reuters.",
	} {
		g, _ := provenance.New(provenance.Options{})
		g.Add(provenance.Article{ID: fmt.Sprint("part", len(files)+1), Result: at.AttributeText(text)})
		var file bytes.Buffer
		if _, err := g.WriteTo(&file); err != nil {
			panic(err)
		}
		files = append(files, file)
	}
	// A third reads both and traces the whole.
	whole, err := provenance.ReadGraph(&files[0])
	if err != nil {
		panic(err)
	}
	if _, err := whole.ReadFrom(&files[1]); err != nil {
		panic(err)
	}
	for _, s := range whole.Trace().Statements {
		fmt.Printf("%s: %s, told %s, in %d articles\n", s.ID, s.Speaker, s.Origin, len(s.Members))
	}
	// Output:
	// s1: Anna Weber, told Reuters, in 2 articles
}

// Extract reads of an article what a Graph needs, which travels as JSON
// to the process that adds it.
func ExampleExtract() {
	at := attribution.New(attribution.Options{})
	e, err := provenance.Extract(provenance.Article{
		ID: "a", URL: "https://www.reuters.com/world/1",
		Result: at.AttributeText("Kremlin spokesman Dmitry Peskov said on Monday: “We will not comment.”"),
	}, nil)
	if err != nil {
		panic(err)
	}
	line, _ := json.Marshal(e)
	fmt.Println(string(line))

	// Elsewhere:
	var back provenance.Extracted
	if err := json.Unmarshal(line, &back); err != nil {
		panic(err)
	}
	g, _ := provenance.New(provenance.Options{})
	if err := g.AddExtracted(back); err != nil {
		panic(err)
	}
	s := g.Trace().Statements[0]
	fmt.Printf("%s: %q, published by %s\n", s.Speaker, s.Text, g.Trace().Articles[0].Publisher)
	// Output:
	// {"id":"a","publisher":"Reuters","url":"https://www.reuters.com/world/1","quotes":[{"kind":"direct","text":"We will not comment.","spans":[[51,71]],"speaker":{"name":"Dmitry Peskov","type":"person","mention":"Kremlin spokesman Dmitry Peskov"},"evidence":"Kremlin spokesman Dmitry Peskov said","days":["monday"],"cue":{"text":"said"}}]}
	// Dmitry Peskov: "We will not comment.", published by Reuters
}
