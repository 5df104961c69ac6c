package language_test

import (
	"fmt"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/language"
)

func ExampleLanguage_Sentences() {
	text := "George W. Bush met U.S. President Joe Biden. “Is it over?” he asked.\n" +
		"They talked in the U.S. The next day they left."
	for _, s := range language.Default().Sentences(text, 0, len(text)) {
		fmt.Printf("%v %s\n", s, s.Text(text))
	}
	// Output:
	// {0 44} George W. Bush met U.S. President Joe Biden.
	// {45 72} “Is it over?” he asked.
	// {73 96} They talked in the U.S.
	// {97 120} The next day they left.
}

func ExampleLanguage_AppendSentences() {
	l := language.Default()
	text := "Mr. Peskov spoke. “We are done,” he said."
	// Scan once; split the same tokens into sentences.
	toks := l.Scan(nil, text, 0, len(text))
	for _, s := range l.AppendSentences(nil, text, toks, 0, len(text)) {
		n := 0
		for _, t := range toks {
			if t.Start >= s.Start && t.End <= s.End && t.Kind == language.Word {
				n++
			}
		}
		fmt.Printf("%d words: %s\n", n, s.Text(text))
	}
	// Output:
	// 3 words: Mr. Peskov spoke.
	// 5 words: “We are done,” he said.
}

// Each word is looked up once, when it is scanned: the token keeps its id,
// and the Language's Entry for the token says which tables hold it.
func ExampleLanguage_Scan() {
	l := language.Default()
	text := "“No deal,” Kremlin spokesman Dmitry Peskov told TASS."
	for _, t := range l.Scan(nil, text, 0, len(text)) {
		e := l.Entry(t)
		switch {
		case t.Kind == language.QuoteMark:
			fmt.Printf("%s quote mark\n", t.Text(text))
		case e.Is(language.PersonTitles):
			fmt.Printf("%s title\n", t.Text(text))
		case e.Is(language.ReportingVerbs):
			fmt.Printf("%s reporting verb\n", t.Text(text))
		}
	}
	// Output:
	// “ quote mark
	// ” quote mark
	// spokesman title
	// told reporting verb
}

// A word added to a table counts wherever the Language is used: here a
// reporting verb that English news seldom uses, in attribution.
func ExampleLanguage_With() {
	text := "“The vintage is superb,” the sommelier opined."
	lang, err := language.Default().With(language.ReportingVerbs, "opined")
	if err != nil {
		fmt.Println(err)
		return
	}
	lang, err = lang.With(language.PersonTitles, "sommelier")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range []*language.Language{language.Default(), lang} {
		res := attribution.New(attribution.Options{Language: l}).AttributeText(text)
		for _, a := range res.Quotes {
			speaker := a.SpeakerName() // "" when the text does not say
			if speaker == "" {
				speaker = "nobody"
			}
			fmt.Printf("%q: %s\n", a.Quote.Text, speaker)
		}
	}
	// Output:
	// "The vintage is superb": nobody
	// "The vintage is superb": sommelier
}

// A table of endings tells what a word is by how it ends, though no table
// lists the word; With adds an ending.
func ExampleLanguage_HasSuffix() {
	l, err := language.Default().With(language.AgentSuffixes, "ors")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, w := range []string{"forecasters", "economists", "mentors", "said"} {
		n, ok := l.HasSuffix(language.AgentSuffixes, w)
		fmt.Printf("%s %v %q\n", w, ok, w[len(w)-n:])
	}
	n, ok := l.HasSuffix(language.NegativeContractions, "didn’t")
	fmt.Println("didn’t", ok, n)
	// Output:
	// forecasters true "ers"
	// economists true "ists"
	// mentors true "ors"
	// said false ""
	// didn’t true 5
}
