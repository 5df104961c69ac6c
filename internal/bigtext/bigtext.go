// Package bigtext makes large texts of the shapes that once made the
// extract path's memory or time grow faster than its input: news prose with
// a lone carriage return at the end of each line, a great many tiny
// paragraphs, and quote marks nested deep or left open. The benchmarks of
// quote and of the quotetrace command read them at 1, 10 and 50 MB.
//
// Every text is made the same way each time, of exactly the size asked,
// and is valid UTF-8.
package bigtext

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// A Kind is one shape of text.
type Kind struct {
	// Name names the shape in benchmark names: "cr-prose", "tiny-paras",
	// "nested-marks".
	Name string
	// Make returns a text of the shape, of exactly n bytes.
	Make func(n int) string
}

// Kinds lists the shapes.
var Kinds = []Kind{
	{"cr-prose", CRProse},
	{"tiny-paras", TinyParagraphs},
	{"nested-marks", NestedMarks},
}

// Sizes are the sizes the benchmarks read each shape at, in bytes.
var Sizes = []int{1 << 20, 10 << 20, 50 << 20}

var (
	speakers = []string{
		"Kremlin spokesman Dmitry Peskov", "Foreign Minister Sergei Lavrov",
		"Ukrainian President Volodymyr Zelensky", "US President Donald Trump",
		"the Russian Defence Ministry", "Deputy Foreign Minister Mikhail Galuzin",
		"Senator Ted Cruz", "the head of the IAEA Rafael Grossi",
	}
	pronouns = []string{"he", "he", "he", "he", "it", "he", "he", "he"}
	outlets  = []string{"TASS", "Reuters", "The New York Post", "RIA Novosti", "AFP", "The Washington Post"}
	verbs    = []string{"said", "told reporters", "added", "stressed", "noted", "wrote"}
	places   = []string{"Moscow", "Kyiv", "Washington", "Brussels", "Geneva", "Tehran", "Beijing"}
	days     = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	claims   = []string{
		"We have not received any serious proposal so far",
		"The talks will continue as long as both sides are ready",
		"I personally may not know something, not be aware of something",
		"This is a matter for the experts, not for politicians",
		"Nobody has contacted us about setting up such a meeting",
		"Our position remains unchanged and it is well known",
	}
)

// CRProse returns n bytes of English news prose, one paragraph a line,
// each line ended by a lone carriage return ("\r"), as old Mac software
// wrote them. The paragraphs differ from each other, and hold direct
// quotations, partial ones, reported speech and outlets cited as sources.
func CRProse(n int) string {
	var b strings.Builder
	b.Grow(n + 1024)
	b.WriteString("Kremlin says it can neither confirm nor deny the reports\r\r")
	for i := 0; b.Len() < n; i++ {
		sp := speakers[i%len(speakers)]
		pr := pronouns[i%len(pronouns)]
		out := outlets[(i/3)%len(outlets)]
		v := verbs[(i/2)%len(verbs)]
		pl := places[(i/5)%len(places)]
		day := days[(i/7)%len(days)]
		cl := claims[(i/11)%len(claims)]
		num := strconv.Itoa(i)
		switch i % 4 {
		case 0:
			b.WriteString("“" + cl + ", and there were " + num + " of them,” " + sp + " " + v + " in " + pl + " on " + day + ". ")
			b.WriteString("“We will see what happens next,” " + pr + " added.\r")
		case 1:
			b.WriteString(sp + " told " + out + " on " + day + " that the meeting in " + pl + " was “at an advanced stage” and that " + num + " delegates were expected. ")
			b.WriteString("The statement came after weeks of silence from officials.\r")
		case 2:
			b.WriteString("According to " + out + ", " + num + " people attended the talks in " + pl + ". ")
			b.WriteString(sp + " said the sides had agreed to meet again, but gave no date.\r")
		case 3:
			b.WriteString(out + " quoted " + sp + " as saying: \"" + cl + ". Paragraph " + num + " of the story has the rest.\"\r")
		}
	}
	return fit(b.String(), n, "\r")
}

// TinyParagraphs returns n bytes of very short paragraphs, one a line:
// "He said.", "No.", "a", one after another.
func TinyParagraphs(n int) string {
	lines := []string{"He said.\n", "a\n", "No.\n", "She agreed.\n", "Yes, he said.\n", "b\n"}
	var b strings.Builder
	b.Grow(n + 64)
	for i := 0; b.Len() < n; i++ {
		b.WriteString(lines[i%len(lines)])
	}
	return fit(b.String(), n, "\n")
}

// NestedMarks returns n bytes of paragraphs crowded with quote marks,
// each paragraph different from the others: opening marks nested deep and
// never closed (“‘a “‘a …), unbalanced opening marks of every family
// (« “ ‘word …), runs of short quotations (“a” ‘b’ …) and straight marks.
// The paragraphs run from a few dozen bytes to some tens of kilobytes.
func NestedMarks(n int) string {
	units := []string{"“‘a ", "« “ ‘word ", "“a” ‘b’ ", "“‘x", "«“‘a", "\"a \"b' "}
	reps := []int{30, 300, 3000, 7, 100, 1000, 50}
	var b strings.Builder
	b.Grow(n + 64)
	for i := 0; b.Len() < n; i++ {
		u := units[i%len(units)]
		for k := reps[i%len(reps)]; k > 0 && b.Len() < n; k-- {
			b.WriteString(u)
		}
		b.WriteString("he said " + strconv.Itoa(i) + ".\n")
	}
	return fit(b.String(), n, "\n")
}

// fit cuts s to n bytes at a rune boundary and pads it with end, then
// spaces, to exactly n.
func fit(s string, n int, end string) string {
	if len(s) > n {
		i := n
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
		s = s[:i]
	}
	if len(s) < n && !strings.HasSuffix(s, end) && len(s)+len(end) <= n {
		s += end
	}
	return s + strings.Repeat(" ", n-len(s))
}
