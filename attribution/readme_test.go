package attribution_test

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/quotetrace/quotetrace/attribution"
)

// readmeExample is the body of the README's library example, past its
// text: TestREADMEExample checks that the two stay the same.
func readmeExample(text string) {
	at := attribution.New(attribution.Options{}) // build once; safe for concurrent use
	for _, a := range at.AttributeText(text).Quotes {
		// Speaker, Outlet and Cue are nil when the article does not say;
		// the accessors (SpeakerName, OutletName, CueText, ...) return "".
		fmt.Printf("%s %q by %s (%q) through %s (%s)\n", a.Quote.Kind, a.Quote.Text,
			a.SpeakerName(), a.SpeakerMention(), a.OutletName(), a.OutletRelation())
	}
}

// TestREADMEExample runs the README's library example on a text whose
// quotations have no speaker, no outlet and no cue, as well as on the
// README's own text: it must print, not panic.
func TestREADMEExample(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	want := readmeBody(t, string(readme))
	self, err := os.ReadFile("readme_test.go")
	if err != nil {
		t.Fatal(err)
	}
	got := funcBody(t, string(self), "readmeExample")
	if got != want {
		t.Fatalf("readmeExample is not the README's example:\nREADME:\n%s\nreadme_test.go:\n%s", want, got)
	}

	for _, tc := range []struct {
		text string
		want []string
	}{
		{
			// The README's own text.
			"Kremlin spokesman Dmitry Peskov told Russia’s official TASS news agency on Sunday " +
				"that he could not comment.\n" +
				"“I can neither confirm nor deny it,” the Kremlin spokesman added.\n",
			[]string{
				`indirect "he could not comment" by Dmitry Peskov ("Kremlin spokesman Dmitry Peskov") through TASS (told)`,
				`direct "I can neither confirm nor deny it" by Dmitry Peskov ("the Kremlin spokesman") through TASS (told)`,
			},
		},
		{
			// A quotation with no speaker, outlet or cue, and one with a
			// speaker and no outlet.
			"“We will not give up.”\n" +
				"The talks ended on Monday without a deal.\n" +
				"“It is over,” the mayor said at a rally.\n",
			[]string{
				`direct "We will not give up." by  ("") through  ()`,
				`direct "It is over" by mayor ("the mayor") through  ()`,
			},
		},
	} {
		out := captureStdout(t, func() { readmeExample(tc.text) })
		if got := strings.Split(strings.TrimSuffix(out, "\n"), "\n"); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("README example on %q printed\n%s\nwant\n%s", tc.text, out, strings.Join(tc.want, "\n"))
		}
	}
}

// TestAccessorsNil checks that every accessor of an Attribution is safe
// on missing parts and on a nil *Attribution.
func TestAccessorsNil(t *testing.T) {
	for _, a := range []*attribution.Attribution{nil, {}} {
		if s := a.SpeakerName() + a.SpeakerMention() + string(a.SpeakerType()) + a.ViaName() +
			a.OutletName() + string(a.OutletRelation()) + a.OutletMention() + a.CueText(); s != "" {
			t.Errorf("accessors of %v give %q, want \"\"", a, s)
		}
	}
	a := &attribution.Attribution{
		Speaker: &attribution.Speaker{Name: "Dmitry Peskov", Mention: "Peskov", Type: attribution.Person},
		Via:     &attribution.Speaker{Name: "Donald Trump"},
		Outlet:  &attribution.Citation{Outlet: "TASS", Relation: attribution.Told, Mention: "TASS"},
		Cue:     &attribution.Cue{Text: "told"},
	}
	got := []string{a.SpeakerName(), a.SpeakerMention(), string(a.SpeakerType()), a.ViaName(),
		a.OutletName(), string(a.OutletRelation()), a.OutletMention(), a.CueText()}
	want := []string{"Dmitry Peskov", "Peskov", "person", "Donald Trump", "TASS", "told", "TASS", "told"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("accessors give %q, want %q", got, want)
	}
}

// readmeBody returns the statements of the main function of the README's
// Go block that uses AttributeText, past its first (the text), formatted.
func readmeBody(t *testing.T, readme string) string {
	t.Helper()
	for _, block := range strings.Split(readme, "```go\n")[1:] {
		code, _, _ := strings.Cut(block, "```")
		if strings.Contains(code, "AttributeText") && strings.Contains(code, "func main()") {
			return funcBody(t, code, "main")
		}
	}
	t.Fatal("README.md has no Go example with AttributeText")
	return ""
}

// funcBody returns the statements of function name in src, past its first
// when the function is main, formatted.
func funcBody(t *testing.T, src, name string) string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Name.Name != name {
			continue
		}
		stmts := fd.Body.List
		if name == "main" {
			stmts = stmts[1:] // text := …
		}
		var b bytes.Buffer
		for _, s := range stmts {
			if err := format.Node(&b, fset, s); err != nil {
				t.Fatal(err)
			}
			b.WriteByte('\n')
		}
		return b.String()
	}
	t.Fatalf("no function %s", name)
	return ""
}

// captureStdout returns what f writes to standard output.
func captureStdout(t *testing.T, f func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout := os.Stdout
	os.Stdout = w
	done := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		done <- string(b)
	}()
	defer func() { os.Stdout = stdout }()
	f()
	w.Close()
	return <-done
}
