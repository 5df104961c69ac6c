package quote

import "testing"

// FuzzParse checks that any text gives a Document whose spans are in
// bounds, ordered and never overlapping, and whose quotations' text is the
// bytes of their spans.
func FuzzParse(f *testing.F) {
	for _, a := range sampleArticles(f) {
		f.Add(a.text)
	}
	for _, s := range []string{
		"", "“", "”", "\"", "'", "‘a’", "«»", "„a“", "»a«",
		"“a\n“b\n“c”", "“a, he said. “b,” she said.",
		"“x,” he said, “y.”", "it's 'n' '90s", "\xff“\xfe”\x00",
		"Headline Here\n\n\nBody.\n\n\nAnother Headline Here\nCaption (AP Photo)\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := Parse(text)
		checkDocument(t, doc)
		found := Find(text)
		if len(found) != len(doc.Quotes) {
			t.Fatalf("Find found %d quotes, Parse %d", len(found), len(doc.Quotes))
		}
	})
}
