// Whosaid prints who said each quotation of a news article, and through
// which outlet the words reached the public.
//
//	go run ./examples/whosaid testdata/articles/001_b4ca08a301601282.txt
package main

import (
	"fmt"
	"log"
	"os"

	"github.com/quotetrace/quotetrace/attribution"
)

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: whosaid FILE")
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}

	// An Attributor is built once and may be shared by many goroutines.
	// Options{} uses the embedded table of news outlets; add your own with
	// attribution.DefaultOutlets().With(...).
	at := attribution.New(attribution.Options{})
	res := at.AttributeText(string(data))

	if res.Publisher != "" {
		fmt.Println("published by", res.Publisher)
	}
	for _, a := range res.Quotes {
		fmt.Printf("%s %q\n", a.Quote.Kind, a.Quote.Text)
		if a.Speaker != nil {
			// Name is resolved ("Dmitry Peskov"); Mention is the words of
			// this attribution ("the Kremlin spokesman").
			fmt.Printf("    said by  %s (%s, %q)\n", a.Speaker.Name, a.Speaker.Type, a.Speaker.Mention)
		}
		if a.Via != nil {
			fmt.Printf("    relayed by %s\n", a.Via.Name)
		}
		if a.Outlet != nil {
			fmt.Printf("    through  %s (%s: %q)\n", a.Outlet.Outlet, a.Outlet.Relation, a.Outlet.Mention)
		}
	}
	for _, c := range res.Citations {
		fmt.Printf("cites %s (%s: %q)\n", c.Outlet, c.Relation, c.Mention)
	}
}
