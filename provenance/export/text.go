package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/quotetrace/quotetrace/provenance"
)

// Lengths of the text report's excerpts, in runes.
const (
	textExcerpt  = 100
	shortExcerpt = 70
)

// Text writes t to w as a report for a person to read: the articles with
// their publishers and sources; then each statement reported by more than
// one article, with its chains from speaker to article and what each
// article changed in the words; then the other statements, one line each.
//
// Quotations are shown on one line, their white space made single spaces
// and cut with "…" when long. IDs, names and words are written as they
// are but for a backslash, control characters, line and paragraph
// separators, bidirectional overrides and isolates, and bytes that are not
// UTF-8, which are written as Go escapes (\\, \n, \x1b, \u202e, \xff): a
// line break in an article ID cannot forge a line of the report, nor a
// publisher's name send a terminal an escape sequence.
func Text(w io.Writer, t *provenance.Trace) error {
	bw := bufio.NewWriter(w)
	publisher := make(map[string]string, len(t.Articles))
	for _, a := range t.Articles {
		publisher[a.ID] = a.Publisher
	}
	label := func(n provenance.Node) string {
		if n.Kind == provenance.ArticleKind {
			if p := publisher[n.Name]; p != "" {
				return escape(p) + " (" + escape(n.Name) + ")"
			}
		}
		return escape(n.Name)
	}

	var shared, single []*provenance.Statement
	for i := range t.Statements {
		s := &t.Statements[i]
		if articlesOf(s) > 1 {
			shared = append(shared, s)
		} else {
			single = append(single, s)
		}
	}
	fmt.Fprintf(bw, "%d articles, %d statements (%d reported by more than one article), %d edges\n",
		len(t.Articles), len(t.Statements), len(shared), len(t.Edges))

	fmt.Fprintf(bw, "\nArticles\n")
	sources := sourcesOf(t)
	for _, a := range t.Articles {
		p := escape(a.Publisher)
		if p == "" {
			p = "publisher unknown"
		}
		fmt.Fprintf(bw, "  %s  %s\n", escape(a.ID), p)
		var cites, copies []string
		type cited struct {
			rel provenance.EdgeRelation
			to  provenance.Node
		}
		seen := make(map[cited]bool)
		for _, k := range sources[provenance.ArticleNode(a.ID)] {
			e := t.Edges[k]
			if seen[cited{e.Relation, e.To}] {
				continue
			}
			seen[cited{e.Relation, e.To}] = true
			if e.Relation == provenance.Republishes {
				copies = append(copies, label(e.To))
			} else {
				cites = append(cites, label(e.To))
			}
		}
		if len(copies) > 0 {
			fmt.Fprintf(bw, "      republishes %s\n", strings.Join(copies, ", "))
		}
		if len(cites) > 0 {
			fmt.Fprintf(bw, "      cites %s\n", strings.Join(cites, ", "))
		}
	}

	if len(shared) > 0 {
		fmt.Fprintf(bw, "\nStatements reported by more than one article\n")
	}
	for _, s := range shared {
		fmt.Fprintf(bw, "\n%s  %s\n", escape(s.ID), headline(s))
		fmt.Fprintf(bw, "    “%s”\n", escape(excerpt(s.Text, textExcerpt)))
		for _, p := range t.Chain(s.ID) {
			names := make([]string, len(p))
			for k, h := range p {
				names[k] = label(h.Node)
			}
			fmt.Fprintf(bw, "    %s\n", strings.Join(names, " → "))
		}
		for _, m := range s.Members {
			fmt.Fprintf(bw, "    %s #%d %-8s %.2f  %s\n", escape(m.Article), m.Quote, m.Kind, m.Similarity, driftLine(s, m))
		}
	}

	if len(single) > 0 {
		fmt.Fprintf(bw, "\nStatements reported by one article\n")
	}
	for _, s := range single {
		where := "no article"
		if len(s.Members) > 0 {
			m := s.Members[0]
			where = fmt.Sprintf("%s #%d", escape(m.Article), m.Quote)
		}
		fmt.Fprintf(bw, "  %-4s %s  %s: “%s”\n", escape(s.ID), where, headline(s), escape(excerpt(s.Text, shortExcerpt)))
	}
	return bw.Flush()
}

// articlesOf returns the number of articles that report s.
func articlesOf(s *provenance.Statement) int {
	n := 0
	for i, m := range s.Members {
		if i == 0 || m.Article != s.Members[i-1].Article {
			n++
		}
	}
	return n
}

// headline says who said s and where: "Vladimir Putin via Donald Trump,
// told New York Post".
func headline(s *provenance.Statement) string {
	var b strings.Builder
	if s.Speaker != "" {
		b.WriteString(escape(s.Speaker))
	} else {
		b.WriteString("speaker unknown")
	}
	for _, v := range s.Via {
		b.WriteString(" via " + escape(v))
	}
	if s.Origin != "" {
		b.WriteString(", " + escape(string(s.OriginRelation())) + " " + escape(s.Origin))
	}
	return b.String()
}

// driftLine describes what a member changed in the statement's words.
func driftLine(s *provenance.Statement, m provenance.Member) string {
	if m.Text == s.Text {
		return "the statement's wording"
	}
	if len(m.Drift) == 0 {
		return "the same words"
	}
	parts := make([]string, len(m.Drift))
	for i, c := range m.Drift {
		switch {
		case c.Old == "":
			parts[i] = "+" + escape(excerpt(c.New, 40))
		case c.New == "":
			parts[i] = "−" + escape(excerpt(c.Old, 40))
		default:
			parts[i] = escape(excerpt(c.Old, 40)) + " → " + escape(excerpt(c.New, 40))
		}
	}
	return strings.Join(parts, "; ")
}
