package attribution_test

import (
	"fmt"

	"github.com/quotetrace/quotetrace/attribution"
)

func Example() {
	text := "Kremlin spokesman Dmitry Peskov told Russia’s official TASS news agency on Sunday " +
		"that he could not comment.\n" +
		"“I can neither confirm nor deny it,” the Kremlin spokesman added.\n"
	at := attribution.New(attribution.Options{})
	res := at.AttributeText(text)
	for _, a := range res.Quotes {
		// The accessors return "" for a part the text does not give.
		fmt.Printf("%s %q\n", a.Quote.Kind, a.Quote.Text)
		fmt.Printf("  speaker: %s (%q)\n", a.SpeakerName(), a.SpeakerMention())
		fmt.Printf("  outlet:  %s, %s (%q)\n", a.OutletName(), a.OutletRelation(), a.OutletMention())
	}
	// Output:
	// indirect "he could not comment"
	//   speaker: Dmitry Peskov ("Kremlin spokesman Dmitry Peskov")
	//   outlet:  TASS, told ("Russia’s official TASS news agency")
	// direct "I can neither confirm nor deny it"
	//   speaker: Dmitry Peskov ("the Kremlin spokesman")
	//   outlet:  TASS, told ("Russia’s official TASS news agency")
}

// A quotation that nobody is said to have said has no Speaker, Outlet or
// Cue: the accessors give "" for each.
func ExampleAttribution_SpeakerName() {
	text := "“We will not give up.”\n" +
		"The talks ended on Monday without a deal. Kremlin spokesman Dmitry Peskov told TASS that talks would resume.\n"
	for _, a := range attribution.New(attribution.Options{}).AttributeText(text).Quotes {
		fmt.Printf("%s %q by %q (cue %q) through %q\n", a.Quote.Kind, a.Quote.Text, a.SpeakerName(), a.CueText(), a.OutletName())
	}
	// Output:
	// direct "We will not give up." by "" (cue "") through ""
	// indirect "talks would resume" by "Dmitry Peskov" (cue "told") through "TASS"
}

func ExampleAttributor_AttributeText_citations() {
	text := "MOSCOW (Reuters) - The talks will resume next week, according to TASS.\n" +
		"FILE - The Kremlin in Moscow. (Alexander Kazakov, Sputnik, Pool Photo via AP)\n"
	res := attribution.New(attribution.Options{}).AttributeText(text)
	fmt.Println("publisher:", res.Publisher)
	for _, c := range res.Citations {
		fmt.Println("cites:", c.Outlet, c.Relation)
	}
	// Output:
	// publisher: Reuters
	// cites: TASS according-to
}

func ExampleOptions() {
	outlets, err := attribution.DefaultOutlets().With(attribution.Outlet{
		Name: "The Daily Planet", Aliases: []string{"Planet"}, Country: "US", Kind: attribution.Newspaper,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	at := attribution.New(attribution.Options{Outlets: outlets})
	res := at.AttributeText("“We will win,” Lois Lane told the Daily Planet.")
	a := res.Quotes[0]
	fmt.Println(a.SpeakerName(), a.OutletRelation(), a.OutletName())
	// Output:
	// Lois Lane told The Daily Planet
}
