package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/quote"
)

// Lengths of the text report's excerpts, in runes.
const (
	textExcerpt  = 100
	shortExcerpt = 70
)

// Text writes t to w as a report for a person to read: the articles with
// their publishers, titles, URLs and sources; then each statement reported
// by more than one article, with its words, its chains from speaker to
// article, and each article's quotation of it (its kind, its cue and what
// it changed in the words); then the other statements, one line each.
//
// Words are shown as the articles give them: a direct or partial
// quotation in quote marks, reported speech (Kind Indirect) without them,
// after its cue, the reporting verb or phrase the article used, so that a
// paraphrase is not taken for the speaker's own words:
//
//	s33  002_237ce6af4bac87a6 #20  indirect  Iran, denied: it is working on developing a nuclear weapon
//	s46  004_16e86d818e0bff05 #1   direct    Dmitry Peskov, said: “It’s completely untrue. It’s just…”
//
// A statement's origin is given after its speaker: "told TASS" when the
// words were given to the outlet, "published by Reuters" when it first
// published them.
//
// Titles and quotations are shown on one line, their white space made
// single spaces, and cut with "…" when long. IDs, names and words are
// written as they are but for a backslash, control characters, line and
// paragraph separators, bidirectional overrides and isolates, and bytes
// that are not UTF-8, which are written as Go escapes (\\, \n, \x1b,
// \u202e, \xff): a line break in an article ID cannot forge a line of the
// report, nor a publisher's name send a terminal an escape sequence.
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
	fmt.Fprintf(bw, "%s, %s (%d reported by more than one article), %s\n",
		count(len(t.Articles), "article"), count(len(t.Statements), "statement"), len(shared), count(len(t.Edges), "edge"))

	fmt.Fprintf(bw, "\nArticles\n")
	sources := sourcesOf(t)
	for _, a := range t.Articles {
		p := escape(a.Publisher)
		if p == "" {
			p = "publisher unknown"
		}
		fmt.Fprintf(bw, "  %s  %s\n", escape(a.ID), p)
		if a.Title != "" {
			fmt.Fprintf(bw, "      title: %s\n", escape(excerpt(a.Title, textExcerpt)))
		}
		if a.URL != "" {
			fmt.Fprintf(bw, "      url: %s\n", escape(a.URL))
		}
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
		kind, cue := wordsKind(s)
		fmt.Fprintf(bw, "    %s\n", said("", cue, kind, s.Text, textExcerpt))
		for _, p := range t.Chain(s.ID) {
			names := make([]string, len(p))
			for k, h := range p {
				names[k] = label(h.Node)
			}
			fmt.Fprintf(bw, "    %s\n", strings.Join(names, " → "))
		}
		for _, m := range s.Members {
			cue := escape(m.Cue)
			if cue == "" {
				cue = "—"
			}
			fmt.Fprintf(bw, "    %s %-3s %-8s %-9s %.2f  %s\n", escape(m.Article), "#"+strconv.Itoa(m.Quote), m.Kind, cue, m.Similarity, driftLine(s, m))
		}
	}

	if len(single) > 0 {
		fmt.Fprintf(bw, "\nStatements reported by one article\n")
	}
	// One line a statement, its article and quotation in a column as wide
	// as the widest.
	type row struct{ id, where, kind, words string }
	rows := make([]row, len(single))
	width := 0
	for i, s := range single {
		// The article and quotation whose words are shown, their kind
		// and cue.
		where, k := "no article", "—"
		m := wording(s)
		if m == nil && len(s.Members) > 0 {
			m = &s.Members[0]
		}
		kind, cue := wordsKind(s)
		if m != nil {
			where = escape(m.Article) + " #" + strconv.Itoa(m.Quote)
			if kind != 0 {
				k = kind.String()
			}
		}
		who := speaker(s)
		if s.Origin != "" {
			who += " (" + origin(s) + ")"
		}
		rows[i] = row{escape(s.ID), where, k, said(who, cue, kind, s.Text, shortExcerpt)}
		width = max(width, utf8.RuneCountInString(where))
	}
	for _, r := range rows {
		pad := strings.Repeat(" ", width-utf8.RuneCountInString(r.where))
		fmt.Fprintf(bw, "  %-4s %s%s  %-8s  %s\n", r.id, r.where, pad, r.kind, r.words)
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
	h := speaker(s)
	if s.Origin != "" {
		h += ", " + origin(s)
	}
	return h
}

// speaker names who said s, and who relayed the words: "Vladimir Putin
// via Donald Trump", or "speaker unknown".
func speaker(s *provenance.Statement) string {
	var b strings.Builder
	if s.Speaker != "" {
		b.WriteString(escape(s.Speaker))
	} else {
		b.WriteString("speaker unknown")
	}
	for _, v := range s.Via {
		b.WriteString(" via " + escape(v))
	}
	return b.String()
}

// origin says how the words of s reached its origin: "told TASS", or
// "published by Reuters" when the outlet first published them.
func origin(s *provenance.Statement) string {
	rel := s.OriginRelation()
	if rel == provenance.Published {
		return "published by " + escape(s.Origin)
	}
	return escape(string(rel)) + " " + escape(s.Origin)
}

// wording returns the member of s whose words are the statement's Text
// (the first, when several are), or nil when none is.
func wording(s *provenance.Statement) *provenance.Member {
	for i := range s.Members {
		if s.Members[i].Text == s.Text {
			return &s.Members[i]
		}
	}
	return nil
}

// wordsKind returns the kind and cue of the member of s whose words are
// its Text, or those of a direct quotation, the kind Statement.Text is
// said to be, with no cue, when no member's words are.
func wordsKind(s *provenance.Statement) (kind quote.Kind, cue string) {
	if m := wording(s); m != nil {
		return m.Kind, m.Cue
	}
	return quote.Direct, ""
}

// said returns the words text, cut to n runes, as said by who with the cue
// (either may be ""): "Iran, denied: it is working on …". The words of a
// quotation are in quote marks; reported speech (kind Indirect) is not,
// as its words are the writer's.
func said(who, cue string, kind quote.Kind, text string, n int) string {
	words := escape(excerpt(text, n))
	if kind != quote.Indirect {
		words = "“" + words + "”"
	}
	switch {
	case who != "" && cue != "":
		return who + ", " + escape(cue) + ": " + words
	case who != "" || cue != "":
		return who + escape(cue) + ": " + words
	}
	return words
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

// count returns n and noun, in the plural unless n is 1: "1 article",
// "5 articles".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
