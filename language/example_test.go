package language_test

import (
	"fmt"

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
