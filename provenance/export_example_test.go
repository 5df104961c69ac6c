package provenance_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/provenance"
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

func ExampleTrace_WriteDOT() {
	tr := exportExampleTrace()
	var buf bytes.Buffer
	if err := tr.WriteDOT(&buf); err != nil {
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

func ExampleTrace_WritePROV() {
	tr := exportExampleTrace()
	var buf bytes.Buffer
	if err := tr.WritePROV(&buf); err != nil {
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
