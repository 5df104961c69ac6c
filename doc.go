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
// marks and reads the publisher and the outlets an article cites.
//
// Package provenance works across articles: it groups the quotations of
// one utterance into a statement, whatever the wording or translation
// (“I can neither confirm nor deny it” / “I can't either confirm or deny
// this”), keeps different occasions apart, finds the outlet the words were
// first given to, draws the graph of speakers, outlets, articles and
// statements with the articles' words as evidence, and gives the chain from
// speaker to every article (Putin → Trump → New York Post → China Daily),
// with what each article changed in the words. A Graph's articles can be
// extracted in one process and traced in another (provenance.Extract), and
// a Graph saved to a file and merged with the graphs of other parts of a
// corpus. Package provenance/export writes a trace as a report, a
// self-contained HTML page, JSON, Graphviz DOT or W3C PROV-JSON.
//
// The command quotetrace (cmd/quotetrace) is the front door to the
// library for scripts and other tools: `quotetrace extract` writes the
// quotations of each article (text files, saved web pages, JSON Lines) as
// JSON Lines, `quotetrace trace` the statements, graph and chains of a set
// of articles (or of extract's output, or of saved graphs) as a report, an
// HTML page, JSON, Graphviz DOT or W3C PROV-JSON, and `quotetrace graph`
// saves the graph of a part of a corpus. The module beam (in beam/, a
// module of its own) runs the same work as an Apache Beam pipeline.
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
//
//	g, _ := provenance.New(provenance.Options{}) // gathers many articles
//	g.Add(provenance.Article{ID: id, Result: at.AttributeText(text)})
//	tr := g.Trace()
//	for _, s := range tr.Statements {
//		fmt.Println(s.Speaker, s.Origin, tr.Chain(s.ID))
//	}
package quotetrace
