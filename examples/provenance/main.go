// Provenance follows the statements of a set of articles back to who said
// them and the outlet they were given to, and prints the chain from speaker
// to every article that repeated them.
//
//	go run ./examples/provenance testdata/articles
package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/quote"
)

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: provenance DIR")
	}
	paths, err := filepath.Glob(filepath.Join(os.Args[1], "*.txt"))
	if err != nil || len(paths) == 0 {
		log.Fatalf("no .txt articles in %s", os.Args[1])
	}

	// One Attributor for every article; one Graph gathers them.
	at := attribution.New(attribution.Options{})
	g, err := provenance.New(provenance.Options{})
	if err != nil {
		log.Fatal(err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			log.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		// Set Publisher and Published when you know them: the publisher
		// links an article to those that cite its outlet, and publication
		// times tell occasions apart and find the first article.
		if err := g.Add(provenance.Article{ID: id, Result: at.Attribute(quote.Parse(string(data)))}); err != nil {
			log.Fatal(err)
		}
	}

	// A Trace is everything the graph knows, worked out.
	tr := g.Trace()
	for _, s := range tr.Statements {
		if len(s.Members) < 2 {
			continue // a statement only one quotation reports
		}
		fmt.Printf("%s: %s said %.70q\n", s.ID, s.Speaker, s.Text)
		if s.Origin != "" {
			fmt.Printf("    given to %s (%q)\n", s.Origin, s.OriginEvidence)
		}
		// One path for each article: speaker → relays → outlet → article.
		for _, path := range tr.Chain(s.ID) {
			var nodes []string
			for _, hop := range path {
				nodes = append(nodes, hop.Node.String())
			}
			fmt.Println("   ", strings.Join(nodes, " → "))
		}
		// What each article changed in the words.
		for _, m := range s.Members {
			fmt.Printf("    %s #%d (similarity %.2f)\n", m.Article, m.Quote, m.Similarity)
			for _, c := range m.Drift {
				fmt.Printf("        %q → %q\n", c.Old, c.New)
			}
		}
	}
}
