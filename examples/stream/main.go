// Stream reads a corpus of articles as JSON Lines, one article a line
// ({"id": ..., "text": ..., "publisher": ..., "published": ...}), attributes
// them on several goroutines, gathers them in one provenance graph and
// prints the statements more than one article reports.
//
//	go run ./examples/stream corpus.jsonl
//	go run ./examples/stream < corpus.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/quote"
)

// A line is one article of the corpus.
type line struct {
	ID        string    `json:"id"`
	Text      string    `json:"text"`
	Publisher string    `json:"publisher"`
	Published time.Time `json:"published"`
}

func main() {
	in := io.Reader(os.Stdin)
	if len(os.Args) == 2 {
		f, err := os.Open(os.Args[1])
		if err != nil {
			log.Fatal(err)
		}
		defer f.Close()
		in = f
	}

	at := attribution.New(attribution.Options{}) // shared by all workers
	g, err := provenance.New(provenance.Options{})
	if err != nil {
		log.Fatal(err)
	}

	// The reader decodes lines and hands them to the workers; a bad line is
	// reported and skipped, never fatal.
	lines := make(chan line)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for l := range lines {
				// Parsing and attribution run in parallel; Graph.Add is
				// safe to call from many goroutines.
				err := g.Add(provenance.Article{
					ID: l.ID, Publisher: l.Publisher, Published: l.Published,
					Result: at.Attribute(quote.Parse(l.Text)),
				})
				if err != nil {
					log.Print(err) // a duplicate ID, say
				}
			}
		})
	}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20) // articles can be long
	for n := 1; sc.Scan(); n++ {
		var l line
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil || l.ID == "" {
			log.Printf("line %d: not an article: %v", n, err)
			continue
		}
		lines <- l
	}
	close(lines)
	wg.Wait()
	if err := sc.Err(); err != nil {
		log.Print(err)
	}

	// The trace does not depend on the order the workers added articles in.
	tr := g.Trace()
	fmt.Printf("%d articles, %d statements\n", len(tr.Articles), len(tr.Statements))
	for _, s := range tr.Statements {
		if len(s.Members) > 1 {
			fmt.Printf("%s  %s (origin %q): %d quotations, %.60q\n", s.ID, s.Speaker, s.Origin, len(s.Members), s.Text)
		}
	}
}
