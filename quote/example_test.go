package quote_test

import (
	"fmt"

	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
)

func ExampleFind() {
	text := `“I made a statement to that effect yesterday,” Peskov told reporters. ` +
		`“And there is nothing else I can say.” He said he could “neither confirm nor deny” it.`
	for _, q := range quote.Find(text) {
		fmt.Printf("%s %v %q\n", q.Kind, q.Spans(), q.Text)
	}
	// Output:
	// direct [[3,46) [77,113)] "I made a statement to that effect yesterday And there is nothing else I can say."
	// partial [[137,161)] "neither confirm nor deny"
}

func ExampleParse() {
	text := "Kremlin Says Talks Go On\n\n" +
		"FILE - The Kremlin in Moscow. (AP Photo/File)\n" +
		"The Kremlin said the talks went on. “We are in touch,” a spokesman said.\n" +
		"Source: Example News\n"
	doc := quote.Parse(text)
	for _, a := range doc.Articles {
		fmt.Printf("headline: %s\n", a.Headline.In(text))
		for _, p := range a.Paragraphs {
			fmt.Printf("%-8s %.24s\n", p.Role, p.Span.In(text))
		}
		for _, s := range a.Sentences {
			fmt.Printf("sentence %v %q\n", s, s.In(text))
		}
	}
	for _, q := range doc.Quotes {
		fmt.Printf("%s %q\n", q.Kind, q.Text)
	}
	// Output:
	// headline: Kremlin Says Talks Go On
	// headline Kremlin Says Talks Go On
	// caption  FILE - The Kremlin in Mo
	// body     The Kremlin said the tal
	// source   Source: Example News
	// sentence [0,24) "Kremlin Says Talks Go On"
	// sentence [72,107) "The Kremlin said the talks went on."
	// sentence [108,148) "“We are in touch,” a spokesman said."
	// direct "We are in touch"
}

func ExampleKind_IsSpeech() {
	text := `The so-called “peace plan” was, he said, “dead on arrival.”`
	for _, q := range quote.Find(text) {
		fmt.Printf("%-7s speech=%-5v %q\n", q.Kind, q.Kind.IsSpeech(), q.Text)
	}
	// Output:
	// scare   speech=false "peace plan"
	// partial speech=true  "dead on arrival."
}

func ExampleDocument_TokensIn() {
	text := "“We are in touch,” Kremlin spokesman Dmitry Peskov said. He declined to say more."
	doc := quote.Parse(text)
	for _, s := range doc.Articles[0].Sentences {
		var verbs []string
		for _, t := range doc.TokensIn(s) {
			// A token's tables are in the Language that scanned it.
			if language.Default().Entry(t).Is(language.ReportingVerbs) {
				verbs = append(verbs, t.Text(text))
			}
		}
		fmt.Printf("%q: %d tokens, reporting verbs %q\n", s.In(text), len(doc.TokensIn(s)), verbs)
	}
	// Output:
	// "“We are in touch,” Kremlin spokesman Dmitry Peskov said.": 13 tokens, reporting verbs ["said"]
	// "He declined to say more.": 6 tokens, reporting verbs ["say"]
}

func ExampleParser() {
	// A Language whose page furniture includes "Share this story".
	lang, err := language.Default().With(language.Navigation, "Share this story")
	if err != nil {
		panic(err)
	}
	text := "The Kremlin said the talks went on.\nShare this story\n"
	for _, p := range []quote.Parser{{}, {Language: lang}} {
		doc := p.Parse(text)
		fmt.Println(doc.Articles[0].Paragraphs[1].Role)
	}
	// Output:
	// body
	// navigation
}
