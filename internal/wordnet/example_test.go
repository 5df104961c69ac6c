package wordnet_test

import (
	"fmt"

	"github.com/quotetrace/quotetrace/internal/wordnet"
)

func Example() {
	wn := wordnet.Default() // loaded once; safe for concurrent use
	pairs := [][2]string{
		{"truce", "ceasefire"},
		{"weapons", "arms"},
		{"obsolete", "outdated"},
		{"negotiations", "negotiate"},
		{"war", "peace"},
	}
	for _, p := range pairs {
		fmt.Println(p[0], p[1], wn.Related(p[0], p[1]))
	}
	// Output:
	// truce ceasefire true
	// weapons arms true
	// obsolete outdated true
	// negotiations negotiate true
	// war peace false
}

func ExampleTable_Concepts() {
	wn := wordnet.Default()
	fmt.Println(len(wn.Concepts("truce")), len(wn.Concepts("qwerty")))
	// "wars" has the concepts of "war", noun and verb.
	fmt.Println(fmt.Sprint(wn.Concepts("wars")) == fmt.Sprint(wn.Concepts("war")))
	// Output:
	// 1 0
	// true
}
