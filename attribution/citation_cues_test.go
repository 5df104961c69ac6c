package attribution

import (
	"strings"
	"testing"

	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
)

// testTokens returns the tokens of text, read in the default language,
// outside every quotation.
func testTokens(text string) tokens {
	st := &state{lang: language.Default(), text: text}
	return st.lineTokens(st.scan(quote.Span{Start: 0, End: len(text)}))
}

func TestReadCitationCues(t *testing.T) {
	table, err := readCitationCues("# comment\n\ntold\tbefore\ttold\ninterview … with\tbefore\tinterview\nwrote\tafter\twrote\n")
	if err != nil {
		t.Fatal(err)
	}
	toks := testTokens("an interview taped last week with CNN")
	if rel, start, ok := table.before(toks, toks.len()-1); !ok || rel != Interview || start != 1 {
		t.Errorf("before(interview taped last week with) = %q, %d, %v; want interview, 1, true", rel, start, ok)
	}
	toks = testTokens("an interview taped in the last few weeks with CNN")
	if rel, _, ok := table.before(toks, toks.len()-1); ok {
		t.Errorf("before matched %q over more than %d words between", rel, maxGap)
	}
	if rel, ok := table.after("wrote"); !ok || rel != Wrote {
		t.Errorf("after(wrote) = %q, %v", rel, ok)
	}
	if rel, ok := table.after("Wrote"); !ok || rel != Wrote {
		t.Errorf("after(Wrote) = %q, %v", rel, ok)
	}
	if rel, start, ok := table.before(testTokens("Interview Taped With CNN"), 3); !ok || rel != Interview || start != 0 {
		t.Errorf("before(Interview Taped With) = %q, %d, %v; want interview, 0, true", rel, start, ok)
	}

	for _, tt := range []struct{ line, want string }{
		{"told\tbefore", "columns"},
		{"told\tbefore\tsaid", `unknown relation "said"`},
		{"told\tbeside\ttold", `side is "beside"`},
		{"… with\tbefore\tinterview", "start and end with a word"},
		{"Told\tbefore\ttold", "lower-case"},
		{"wrote it\tafter\twrote", "one word"},
		{"wrote\tafter\twrote\nwrote\tafter\twrote", "listed twice"},
	} {
		if _, err := readCitationCues(tt.line + "\n"); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("readCitationCues(%q) error = %v, want one containing %q", tt.line, err, tt.want)
		}
	}
	if len(citationCues.befores) == 0 || len(citationCues.afters) == 0 {
		t.Error("the embedded table of citation cues is empty")
	}
}
