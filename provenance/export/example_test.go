package export_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/provenance/export"
	"github.com/quotetrace/quotetrace/quote"
)

// exportExampleTrace returns the Trace of one short article.
func exportExampleTrace() *provenance.Trace {
	const text = `Mayor Jane Doe told Reuters on Monday: "The bridge will reopen in May."`
	at := attribution.New(attribution.Options{})
	g, err := provenance.New(provenance.Options{})
	if err != nil {
		panic(err)
	}
	err = g.Add(provenance.Article{ID: "planet-1", Publisher: "Daily Planet", Result: at.Attribute(quote.Parse(text))})
	if err != nil {
		panic(err)
	}
	return g.Trace()
}

// twoArticles returns the Trace of two articles that quote one statement,
// the second in other words.
func twoArticles() *provenance.Trace {
	at := attribution.New(attribution.Options{})
	g, err := provenance.New(provenance.Options{})
	if err != nil {
		panic(err)
	}
	for _, a := range []struct{ id, publisher, text string }{
		{"planet-1", "Daily Planet", `Mayor Jane Doe told Reuters on Monday: "The old bridge will reopen to traffic in May, after two years of repairs."`},
		{"herald-7", "Herald", `"The old bridge will open to traffic again in May, after two years of repair work," Doe told Reuters.`},
	} {
		err := g.Add(provenance.Article{ID: a.id, Publisher: a.publisher, Result: at.Attribute(quote.Parse(a.text))})
		if err != nil {
			panic(err)
		}
	}
	return g.Trace()
}

func ExampleText() {
	if err := export.Text(os.Stdout, twoArticles()); err != nil {
		panic(err)
	}
	// Output:
	// 2 articles, 1 statements (1 reported by more than one article), 6 edges
	//
	// Articles
	//   herald-7  Herald
	//       cites Reuters
	//   planet-1  Daily Planet
	//       cites Reuters
	//
	// Statements reported by more than one article
	//
	// s1  Jane Doe, told Reuters
	//     “The old bridge will open to traffic again in May, after two years of repair work”
	//     Jane Doe → Reuters → Herald (herald-7)
	//     Jane Doe → Reuters → Daily Planet (planet-1)
	//     herald-7 #0 direct   1.00  the statement's wording
	//     planet-1 #0 direct   0.86  open → reopen; −again; repair work → repairs.
}

// The JSON of `quotetrace trace --format json`: here, each member's drift
// from the statement's words.
func ExampleJSON() {
	var buf bytes.Buffer
	if err := export.JSON(&buf, twoArticles()); err != nil {
		panic(err)
	}
	var out struct {
		Statements []struct {
			ID      string
			Members []struct {
				Article string
				Drift   []struct{ Old, New string }
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		panic(err)
	}
	for _, s := range out.Statements {
		for _, m := range s.Members {
			fmt.Printf("%s %s %q\n", s.ID, m.Article, m.Drift)
		}
	}
	// Output:
	// s1 herald-7 []
	// s1 planet-1 [{"open" "reopen"} {"again" ""} {"repair work" "repairs."}]
}

// Formats gives the writers by name, as for a command-line flag.
func ExampleFormats() {
	format := "dot" // from a flag
	write, ok := export.Formats()[format]
	if !ok {
		fmt.Println("unknown format", format)
		return
	}
	var buf bytes.Buffer
	if err := write(&buf, exportExampleTrace()); err != nil {
		panic(err)
	}
	fmt.Println(strings.SplitN(buf.String(), "\n", 2)[0])
	// Output:
	// digraph quotetrace {
}

func ExampleDOT() {
	tr := exportExampleTrace()
	var buf bytes.Buffer
	if err := export.DOT(&buf, tr); err != nil {
		panic(err)
	}
	// The whole graph can go to `dot -Tsvg`; here, only its edges.
	for _, line := range strings.Split(buf.String(), "\n") {
		if strings.Contains(line, " -> ") {
			fmt.Println(strings.TrimSpace(line))
		}
	}
	// Output:
	// "speaker:Jane Doe" -> "statement:s1" [label="said", tooltip="Mayor Jane Doe told"];
	// "statement:s1" -> "outlet:Reuters" [label="told", tooltip="told Reuters"];
	// "article:planet-1" -> "statement:s1" [label="reports", tooltip="Mayor Jane Doe told"];
	// "article:planet-1" -> "outlet:Reuters" [label="cites", style=dashed, tooltip="told Reuters"];
}

func ExamplePROV() {
	tr := exportExampleTrace()
	var buf bytes.Buffer
	if err := export.PROV(&buf, tr); err != nil {
		panic(err)
	}
	// The head of the document, then its records.
	lines := strings.Split(buf.String(), "\n")
	fmt.Println(strings.Join(lines[:4], "\n"))
	var doc map[string]map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		panic(err)
	}
	for _, section := range []string{"entity", "agent"} {
		var ids []string
		for id := range doc[section] {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		fmt.Println(section, strings.Join(ids, " "))
	}
	for _, section := range []string{"wasAttributedTo", "wasDerivedFrom", "hadMember"} {
		fmt.Println(section, len(doc[section]))
	}
	// Output:
	// {
	//   "prefix": {
	//     "qt": "https://github.com/quotetrace/quotetrace/ns#"
	//   },
	// entity qt:article_planet-1 qt:publication_Reuters qt:quote_planet-1_0 qt:statement_s1
	// agent qt:outlet_Daily_Planet qt:outlet_Reuters qt:speaker_Jane_Doe
	// wasAttributedTo 4
	// wasDerivedFrom 3
	// hadMember 1
}

func ExampleHTML() {
	var buf bytes.Buffer
	if err := export.HTML(&buf, twoArticles()); err != nil {
		panic(err)
	}
	// The page is one file to open in a browser. Here, its title, and what
	// the Daily Planet changed in the words of the statement.
	page := buf.String()
	fmt.Println(regexp.MustCompile(`<title>.*</title>`).FindString(page))
	fmt.Println(regexp.MustCompile(`<ul class="changes">.*?</ul>`).FindString(page))
	// Output:
	// <title>quotetrace: 1 statement in 2 articles</title>
	// <ul class="changes"><li><del>open</del> → <ins>reopen</ins></li><li><del>again</del></li><li><del>repair work</del> → <ins>repairs.</ins></li></ul>
}
