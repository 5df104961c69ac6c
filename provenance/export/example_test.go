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
	for _, a := range []struct{ id, publisher, title, url, text string }{
		{"planet-1", "Daily Planet", "Old bridge to reopen in May", "https://planet.example/1",
			`Mayor Jane Doe told Reuters on Monday: "The old bridge will reopen to traffic in May, after two years of repairs."`},
		{"herald-7", "Herald", "", "",
			`"The old bridge will open to traffic again in May, after two years of repair work," Doe told Reuters. ` +
				`She denied that the repairs had cost more than planned.`},
	} {
		err := g.Add(provenance.Article{ID: a.id, Publisher: a.publisher, Title: a.title, URL: a.url, Result: at.Attribute(quote.Parse(a.text))})
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
	// 2 articles, 2 statements (1 reported by more than one article), 10 edges
	//
	// Articles
	//   herald-7  Herald
	//       cites Reuters
	//   planet-1  Daily Planet
	//       title: Old bridge to reopen in May
	//       url: https://planet.example/1
	//       cites Reuters
	//
	// Statements reported by more than one article
	//
	// s1  Jane Doe, told Reuters
	//     told: “The old bridge will open to traffic again in May, after two years of repair work”
	//     Jane Doe → Reuters → Herald (herald-7)
	//     Jane Doe → Reuters → Daily Planet (planet-1)
	//     herald-7 #0  direct   told      1.00  the statement's wording
	//     planet-1 #0  direct   told      0.86  open → reopen; −again; repair work → repairs.
	//
	// Statements reported by one article
	//   s2   herald-7 #1  indirect  Jane Doe (told Reuters), denied: the repairs had cost more than planned
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
	// s2 herald-7 []
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

// DOT draws the statements that more than one article reports: here,
// Jane Doe's words, told to Reuters, whom both articles cite.
func ExampleDOT() {
	var buf bytes.Buffer
	if err := export.DOT(&buf, twoArticles()); err != nil {
		panic(err)
	}
	// The whole graph can go to `dot -Tsvg`; here, its clusters and edges.
	for _, line := range strings.Split(buf.String(), "\n") {
		if line = strings.TrimSpace(line); strings.HasPrefix(line, "subgraph") || strings.HasPrefix(line, "label=") || strings.Contains(line, "->") {
			fmt.Println(line)
		}
	}
	// Output:
	// subgraph "cluster_1" {
	// label="s1 · Jane Doe\ntold: “The old bridge will open to traffic again in May, after two…”";
	// "speaker:Jane Doe" -> "outlet:Reuters" [label="told", tooltip="told Reuters"];
	// "outlet:Reuters" -> "1/article:planet-1" [label="cited by", style=dashed, lhead="cluster_1", tooltip="herald-7: told Reuters\nplanet-1: told Reuters"];
}

// With All, every statement is drawn: here also Herald's report of Jane
// Doe's denial, which no other article carries, and which Herald has from
// the one source it cites. Reported speech is shown after its cue, without
// quote marks.
func ExampleDOTOptions_Write() {
	var buf bytes.Buffer
	if err := (export.DOTOptions{All: true}).Write(&buf, twoArticles()); err != nil {
		panic(err)
	}
	for _, line := range strings.Split(buf.String(), "\n") {
		if line = strings.TrimSpace(line); strings.HasPrefix(line, "label=") || strings.Contains(line, "->") {
			fmt.Println(line)
		}
	}
	// Output:
	// label="s1 · Jane Doe\ntold: “The old bridge will open to traffic again in May, after two…”";
	// label="s2 · Jane Doe\ndenied: the repairs had cost more than planned";
	// "speaker:Jane Doe" -> "outlet:Reuters" [label="told ×2", tooltip="told Reuters"];
	// "outlet:Reuters" -> "1/article:planet-1" [label="cited by", style=dashed, lhead="cluster_1", tooltip="herald-7: told Reuters\nplanet-1: told Reuters"];
	// "outlet:Reuters" -> "2/article:herald-7" [label="cited by", style=dashed, tooltip="told Reuters"];
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
	// <title>quotetrace: 2 statements in 2 articles</title>
	// <ul class="changes"><li><del>open</del> → <ins>reopen</ins></li><li><del>again</del></li><li><del>repair work</del> → <ins>repairs.</ins></li></ul>
}
