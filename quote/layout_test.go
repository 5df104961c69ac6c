package quote

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// para is a paragraph as a test states it: its role and first words.
type para struct {
	Role  Role
	Start string
}

// describe returns the paragraphs of each article with their roles and up
// to 30 bytes of their text.
func describe(doc *Document) [][]para {
	var out [][]para
	for _, a := range doc.Articles {
		var ps []para
		for _, p := range a.Paragraphs {
			s := p.Span.In(doc.Text)
			if len(s) > 30 {
				s = s[:30]
			}
			ps = append(ps, para{p.Role, s})
		}
		out = append(out, ps)
	}
	return out
}

func TestLayout(t *testing.T) {
	tests := []struct {
		name string
		text string
		want [][]para
	}{
		{
			name: "headline, body, byline and e-mail",
			text: "Talks Resume in Geneva\n\nBy Jane Doe\nDiplomats met on Monday.\nThey said little.\njane.doe@example.com\n",
			want: [][]para{{
				{Headline, "Talks Resume in Geneva"},
				{Signature, "By Jane Doe"},
				{Body, "Diplomats met on Monday."},
				{Body, "They said little."},
				{Signature, "jane.doe@example.com"},
			}},
		},
		{
			name: "a first line that is a sentence is not a headline",
			text: "The Kremlin said on Monday it could not confirm the call.\nMore followed.",
			want: [][]para{{
				{Body, "The Kremlin said on Monday it "},
				{Body, "More followed."},
			}},
		},
		{
			name: "captions, credits and page furniture",
			text: "Photo: A crowd in the square.\nThe crowd gathered. (AP Photo/Evan Vucci)\n" +
				"Officials said the crowd was calm (and large).\nRead more\nAdvertisement\n" +
				"Reporting by Jane Doe; Editing by John Roe\n***\n",
			want: [][]para{{
				{Caption, "Photo: A crowd in the square."},
				{Caption, "The crowd gathered. (AP Photo/"},
				{Body, "Officials said the crowd was c"},
				{Navigation, "Read more"},
				{Navigation, "Advertisement"},
				{Source, "Reporting by Jane Doe; Editing"},
				{Noise, "***"},
			}},
		},
		{
			name: "one trailing line with an ellipsis is body, two are teasers",
			text: "Talks went on…\nNothing was agreed.\nThe next round starts…\nMarkets fell as investors…\n",
			want: [][]para{{
				{Body, "Talks went on…"},
				{Body, "Nothing was agreed."},
				{Teaser, "The next round starts…"},
				{Teaser, "Markets fell as investors…"},
			}},
		},
		{
			name: "short repeated answers are not duplicates",
			text: "“Did you?” he asked.\n“No.”\n“Will you?” he asked.\n“No.”\n",
			want: [][]para{{
				{Body, "“Did you?” he asked."},
				{Body, "“No.”"},
				{Body, "“Will you?” he asked."},
				{Body, "“No.”"},
			}},
		},
		{
			name: "hard-wrapped paragraphs",
			text: "The minister said the talks\nwould resume next week in\nGeneva after a pause.\n\n" +
				"Critics were not convinced\nand said as much on\nMonday evening.\n",
			want: [][]para{{
				{Body, "The minister said the talks\nwo"},
				{Body, "Critics were not convinced\nand"},
			}},
		},
		{
			name: "a title-case line after blank lines is not a new article without a caption or repeat",
			text: "Talks Resume\n\nDiplomats met.\n\n\nWhat Comes Next\n\nNobody knows.\n",
			want: [][]para{{
				{Headline, "Talks Resume"},
				{Body, "Diplomats met."},
				{Body, "What Comes Next"},
				{Body, "Nobody knows."},
			}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.text)
			if diff := cmp.Diff(tt.want, describe(doc)); diff != "" {
				t.Errorf("paragraphs (-want +got):\n%s", diff)
			}
			checkDocument(t, doc)
		})
	}
}

// TestLayoutSamples checks the structure of the sample articles as a reader
// sees it.
func TestLayoutSamples(t *testing.T) {
	tests := []struct {
		file      string
		headlines []string
		// nonBody lists the paragraphs that are not body text, in order.
		nonBody [][]para
	}{
		{
			file:      "000_a2634449afd76087.txt",
			headlines: []string{""},
			nonBody: [][]para{{
				{Teaser, "Road accidents have been ident"},
				{Teaser, "Ukrainian President Volodymyr "},
				{Teaser, "More than 150 Palestinians hav"},
				{Teaser, "An Iranian knowledge-based com"},
				{Teaser, "Tehran residents are being urg"},
				{Teaser, "Demonstrators gathered Saturda"},
			}},
		},
		{
			file:      "001_b4ca08a301601282.txt",
			headlines: []string{""},
			nonBody: [][]para{{
				{Navigation, "Ask me anything"},
				{Navigation, "Explore related questions"},
			}},
		},
		{
			file: "002_237ce6af4bac87a6.txt",
			headlines: []string{
				"Kremlin Neither Confirms Nor Denies Trump-Putin Phone Call",
				"China, Iran, Russia Kick Off Talks in Beijing on Iran's Nuclear Issues",
			},
			nonBody: [][]para{
				{
					{Headline, "Kremlin Neither Confirms Nor D"},
					{Caption, "FILE - Russian President Vladi"},
					{Duplicate, "FILE - Russian President Vladi"},
					{Noise, "TT"},
					{Noise, "20"},
					{Duplicate, "Kremlin Neither Confirms Nor D"},
					{Duplicate, "FILE - Russian President Vladi"},
					{Duplicate, "FILE - Russian President Vladi"},
				},
				{
					{Headline, "China, Iran, Russia Kick Off T"},
					{Caption, "The Iranian flag waves in fron"},
					{Duplicate, "The Iranian flag waves in fron"},
					{Noise, "TT"},
					{Noise, "20"},
					{Duplicate, "China, Iran, Russia Kick Off T"},
					{Duplicate, "The Iranian flag waves in fron"},
					{Duplicate, "The Iranian flag waves in fron"},
				},
			},
		},
		{
			file:      "003_c1e3f43face887c9.txt",
			headlines: []string{"Kremlin says can't 'confirm or deny' Trump-Putin call"},
			nonBody: [][]para{{
				{Headline, "Kremlin says can't 'confirm or"},
				{Signature, "renqi@chinadaily.com.cn"},
			}},
		},
		{
			file:      "004_16e86d818e0bff05.txt",
			headlines: []string{""},
			nonBody: [][]para{{
				{Source, "Source: vnexpress.net (Huyen L"},
				{Navigation, "Related"},
				{Source, "Source: Vietnam Insider"},
			}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("..", "testdata", "articles", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			doc := Parse(string(b))
			checkDocument(t, doc)
			var headlines []string
			var nonBody [][]para
			for i, a := range doc.Articles {
				headlines = append(headlines, a.Headline.In(doc.Text))
				var ps []para
				for _, p := range describe(doc)[i] {
					if p.Role != Body {
						ps = append(ps, p)
					}
				}
				nonBody = append(nonBody, ps)
			}
			if diff := cmp.Diff(tt.headlines, headlines); diff != "" {
				t.Errorf("headlines (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.nonBody, nonBody); diff != "" {
				t.Errorf("paragraphs that are not body (-want +got):\n%s", diff)
			}
			// No quotation comes from outside the headline and body.
			for _, q := range doc.Quotes {
				for _, f := range q.Fragments {
					if !inText(doc.Articles[q.Article], f.Span) {
						t.Errorf("quote %q lies outside the article's text", q.Text)
					}
				}
			}
		})
	}
}

func inText(a Article, s Span) bool {
	for _, p := range a.Paragraphs {
		if p.Role.IsText() && p.Span.Contains(s) {
			return true
		}
	}
	return false
}

func TestSentences(t *testing.T) {
	text := "Mr. Peskov spoke on Dec. 26 in St. Petersburg. He said it “is at an advanced stage.” " +
		"The U.S. president agreed.\n“Nothing else,” he said. Then he left."
	want := []string{
		"Mr. Peskov spoke on Dec. 26 in St. Petersburg.",
		"He said it “is at an advanced stage.”",
		"The U.S. president agreed.",
		"“Nothing else,” he said.",
		"Then he left.",
	}
	var got []string
	for _, s := range Parse(text).Articles[0].Sentences {
		got = append(got, s.In(text))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sentences (-want +got):\n%s", diff)
	}
}

// TestLineEndings checks that the sample articles with CR LF and with CR
// line endings give the same quotations as with LF.
func TestLineEndings(t *testing.T) {
	for _, sa := range sampleArticles(t) {
		lf := Parse(sa.text)
		var want []string
		for _, q := range lf.Quotes {
			want = append(want, q.Kind.String()+" "+q.Text)
		}
		for _, ending := range []string{"\r\n", "\r"} {
			other := Parse(strings.ReplaceAll(sa.text, "\n", ending))
			var got []string
			for _, q := range other.Quotes {
				got = append(got, q.Kind.String()+" "+q.Text)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: quotes with %q differ (-LF +other):\n%s", sa.name, ending, diff)
			}
			if len(lf.Articles) != len(other.Articles) {
				t.Errorf("%s: %d articles with LF, %d with %q", sa.name, len(lf.Articles), len(other.Articles), ending)
			}
		}
	}
}

// TestLineAt walks a text of mixed line endings line by line, as
// paragraphs does.
func TestLineAt(t *testing.T) {
	text := "one\r\ntwo\rthree\n\nfour\r\rfive"
	var got []string
	nl := -1
	for start := 0; start < len(text); {
		end, next := lineAt(text, start, &nl)
		got = append(got, text[start:end])
		start = next
	}
	want := []string{"one", "two", "three", "", "four", "", "five"}
	if !slices.Equal(got, want) {
		t.Errorf("lines %q, want %q", got, want)
	}
}
