package webpage_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/quotetrace/quotetrace/internal/webpage"
)

func ExampleRead() {
	const page = `<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <title>Kremlin can&rsquo;t confirm Trump call | The Daily Courier</title>
  <meta property="og:site_name" content="The Daily Courier">
  <link rel="canonical" href="https://courier.example/world/kremlin-call">
  <meta property="article:published_time" content="2025-02-10T09:15:00+03:00">
  <script>trackPageView();</script>
</head>
<body>
  <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
  <article>
    <h1>Kremlin can&rsquo;t confirm Trump call</h1>
    <div class="share-buttons"><button>Share</button></div>
    <p>Kremlin spokesman Dmitry Peskov said on Monday he could
       &ldquo;neither confirm nor deny&rdquo; the report.</p>
    <p>&#8220;I personally may not know something,&#8221; Peskov told TASS.</p>
  </article>
  <aside>Most read: &ldquo;Markets rally&rdquo;</aside>
  <footer>&copy; 2025 The Daily Courier</footer>
</body>
</html>`
	p, err := webpage.Read(strings.NewReader(page))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("Title:", p.Title)
	fmt.Println("URL:", p.URL)
	fmt.Println("Published:", p.Published.UTC())
	fmt.Print(p.Text)
	// Output:
	// Title: Kremlin can’t confirm Trump call
	// URL: https://courier.example/world/kremlin-call
	// Published: 2025-02-10 06:15:00 +0000 UTC
	// Kremlin can’t confirm Trump call
	//
	// Kremlin spokesman Dmitry Peskov said on Monday he could “neither confirm nor deny” the report.
	//
	// “I personally may not know something,” Peskov told TASS.
}
