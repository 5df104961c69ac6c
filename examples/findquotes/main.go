// Findquotes prints the quotations of a news article and the parts of the
// page that are not the article's text.
//
//	go run ./examples/findquotes testdata/articles/003_c1e3f43face887c9.txt
package main

import (
	"fmt"
	"log"
	"os"

	"github.com/quotetrace/quotetrace/quote"
)

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: findquotes FILE")
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	text := string(data)

	// Parse splits the text into articles and paragraphs and finds the
	// quotations in each article's headline and body.
	doc := quote.Parse(text)
	for i, a := range doc.Articles {
		fmt.Printf("article %d: %q\n", i+1, a.Headline.In(text))
		for _, p := range a.Paragraphs {
			if !p.Role.IsText() {
				fmt.Printf("  (%s) %.60s\n", p.Role, p.Span.In(text))
			}
		}
	}
	for _, q := range doc.Quotes {
		// Scare quotes, titles and nicknames are in marks but are not
		// speech; a program tracing statements leaves them out.
		if !q.Kind.IsSpeech() {
			continue
		}
		fmt.Printf("%-7s %v %q\n", q.Kind, q.Spans(), q.Text)
	}
}
