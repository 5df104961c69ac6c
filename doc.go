// Package quotetrace reads news articles and answers three questions of
// every quotation in them: what exactly was said, who said it, and how the
// words travelled from the speaker, through the outlet they were first given
// to, into every article that repeated them.
//
// The work is done in stages, each a package, and data flows one way:
//
//	text → quote → attribution → provenance
//
// Package quote reads a text into articles, paragraphs and sentences, and
// finds its quotations with exact byte spans: quote marks of every kind,
// fragments split by their attribution, quotations over several
// paragraphs, unbalanced marks.
//
// Package attribution says who said each quotation, resolved to a name
// ("he" and "the Kremlin spokesman" are Dmitry Peskov), and through which
// outlet the words reached the public ("told Russia’s official TASS news
// agency"), with the reporting verb; it adds reported speech without quote
// marks and reads the publisher and the outlets an article cites. Package
// provenance, which will recognise the same statement across articles and
// draw the chain of who cited whom, is being built.
//
// The command quotetrace (cmd/quotetrace) is the front door to the
// library for scripts and other tools: `quotetrace extract` writes the
// quotations of each article as JSON Lines.
//
// A first look:
//
//	for _, q := range quote.Find(text) {
//		fmt.Println(q.Kind, q.Spans(), q.Text)
//	}
//
//	at := attribution.New(attribution.Options{}) // once; safe to share
//	for _, a := range at.AttributeText(text).Quotes {
//		fmt.Println(a.Quote.Text, a.Speaker, a.Outlet)
//	}
package quotetrace
