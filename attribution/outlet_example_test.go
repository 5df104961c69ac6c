package attribution_test

import (
	"fmt"
	"log"

	"github.com/quotetrace/quotetrace/attribution"
)

func ExampleDefaultOutlets() {
	outlets := attribution.DefaultOutlets()
	for _, name := range []string{"RIA", "the NY Post", "Agence France-Presse"} {
		o, _ := outlets.Lookup(name)
		fmt.Printf("%s: %s (%s %s, state: %t)\n", name, o.Name, o.Country, o.Kind, o.State)
	}
	o, _ := outlets.Domain("renqi@chinadaily.com.cn")
	fmt.Println("renqi@chinadaily.com.cn:", o.Name)
	// Output:
	// RIA: RIA Novosti (RU agency, state: true)
	// the NY Post: New York Post (US newspaper, state: false)
	// Agence France-Presse: AFP (FR agency, state: false)
	// renqi@chinadaily.com.cn: China Daily
}

func ExampleOutlets_Match() {
	text := "The New York Post reported that Trump told the newspaper he had spoken to Putin. " +
		"Peskov told Russia’s official TASS news agency he could not confirm it; " +
		"the Kremlin did not reply to Reuters’ request."
	outlets := attribution.DefaultOutlets()
	for i := 0; i < len(text); i++ {
		if i > 0 && text[i-1] != ' ' {
			continue // Match is called at the start of a word
		}
		if o, end, ok := outlets.Match(text, i); ok {
			fmt.Printf("%q at %d: %s\n", text[i:end], i, o.Name)
			i = end
		}
	}
	// Output:
	// "The New York Post" at 0: New York Post
	// "TASS" at 113: TASS
	// "Reuters" at 184: Reuters
}

func ExampleOutlets_With() {
	outlets, err := attribution.DefaultOutlets().With(
		// Replaces the default table's Reuters.
		attribution.Outlet{Name: "Reuters", Aliases: []string{"Thomson Reuters"}, Domains: []string{"reuters.com"}, Country: "GB", Kind: attribution.Agency},
		// Adds a local newspaper.
		attribution.Outlet{Name: "The Baltimore Banner", Domains: []string{"thebanner.com"}, Country: "US", Kind: attribution.Online},
	)
	if err != nil {
		log.Fatal(err)
	}
	o, _ := outlets.Lookup("Thomson Reuters")
	fmt.Println(o.Name)
	o, _ = outlets.Domain("https://www.thebanner.com/politics/")
	fmt.Println(o.Name)
	fmt.Println(outlets.Len() - attribution.DefaultOutlets().Len())

	_, err = attribution.DefaultOutlets().With(attribution.Outlet{Name: "Wire Service", Aliases: []string{"AFP"}, Kind: attribution.Agency})
	fmt.Println(err)
	// Output:
	// Reuters
	// The Baltimore Banner
	// 1
	// attribution: outlets "AFP" and "Wire Service" both have the name "AFP"
}

func ExampleOutlets_Publisher() {
	outlets := attribution.DefaultOutlets()
	for _, u := range []string{
		"https://edition.cnn.com/2025/02/09/politics/trump-putin-call",
		"https://www.baltic-review.com/2024/05/vote/",
		"not a web address",
	} {
		fmt.Printf("%q\n", outlets.Publisher(u))
	}
	// Output:
	// "CNN"
	// "Baltic Review"
	// ""
}
