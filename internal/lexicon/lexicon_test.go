package lexicon

import (
	"testing"
	"testing/fstest"

	_ "github.com/quotetrace/quotetrace/internal/golden" // accepts -update
)

func TestLookups(t *testing.T) {
	tests := []struct {
		name string
		f    func(string) bool
		yes  []string
		no   []string
	}{
		{"IsReportingVerb", IsReportingVerb,
			[]string{"said", "Said", "SAID", "told", "adds", "stressing", "wrote", "denied", "according"},
			[]string{"", "the", "sad", "tolled", "Peskov"}},
		{"IsNavigation", IsNavigation,
			[]string{"Related", "  Read more: ", "Ask me anything", "EXPLORE RELATED QUESTIONS", "Advertisement"},
			[]string{"", "Related talks went on.", "Peskov said more"}},
		{"IsCreditWord", IsCreditWord,
			[]string{"AP", "Photo", "getty", "via", "Reuters"},
			[]string{"Kremlin", "said"}},
		{"IsTitleNoun", IsTitleNoun,
			[]string{"book", "Film", "titled"},
			[]string{"report", "said"}},
		{"IsTitleFollower", IsTitleFollower,
			[]string{"star", "Host", "episode"},
			[]string{"said", "the"}},
		{"IsMinorWord", IsMinorWord,
			[]string{"the", "Of", "with"},
			[]string{"Press", "said"}},
		{"IsNicknameCue", IsNicknameCue,
			[]string{"nicknamed", "known as", "so-called", "a.k.a."},
			[]string{"known", "called"}},
		{"IsElision", IsElision,
			[]string{"n", "em", "til", "Tis"},
			[]string{"no", "confirm"}},
	}
	for _, tt := range tests {
		for _, w := range tt.yes {
			if !tt.f(w) {
				t.Errorf("%s(%q) = false, want true", tt.name, w)
			}
		}
		for _, w := range tt.no {
			if tt.f(w) {
				t.Errorf("%s(%q) = true, want false", tt.name, w)
			}
		}
	}
}

func TestPrefixes(t *testing.T) {
	tests := []struct {
		name string
		f    func(string) (int, bool)
		line string
		n    int
		ok   bool
	}{
		{"SourcePrefix", SourcePrefix, "Source: vnexpress.net", 7, true},
		{"SourcePrefix", SourcePrefix, "SOURCES: Reuters", 8, true},
		{"SourcePrefix", SourcePrefix, "Reporting by Jane Doe", 12, true},
		{"SourcePrefix", SourcePrefix, "Sourced from the wires", 0, false},
		{"SourcePrefix", SourcePrefix, "Copyrighted material", 0, false},
		{"SourcePrefix", SourcePrefix, "", 0, false},
		{"CaptionPrefix", CaptionPrefix, "FILE - Russian President", 6, true},
		{"CaptionPrefix", CaptionPrefix, "File photo of the Kremlin", 10, true},
		{"CaptionPrefix", CaptionPrefix, "Filed under news", 0, false},
	}
	for _, tt := range tests {
		n, ok := tt.f(tt.line)
		if n != tt.n || ok != tt.ok {
			t.Errorf("%s(%q) = %d, %v; want %d, %v", tt.name, tt.line, n, ok, tt.n, tt.ok)
		}
	}
}

func TestReadSet(t *testing.T) {
	fsys := fstest.MapFS{"words.txt": {Data: []byte("# a comment\n\nState-run\nnews agency\n")}}
	s, err := ReadSet(fsys, "words.txt")
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]bool{"state-run": true, "STATE-RUN": true, "News Agency": true, "news": false, "# a comment": false, "": false} {
		if got := s.Has(w); got != want {
			t.Errorf("Has(%q) = %v, want %v", w, got, want)
		}
	}
	if _, err := ReadSet(fsys, "missing.txt"); err == nil {
		t.Error("ReadSet of a missing file: no error")
	}
}

func TestIsRegion(t *testing.T) {
	for name, want := range map[string]bool{
		"Europe": true, "the Middle East": true, "Latin America": true, "EUROPE": true,
		"France": false, "Emmanuel Macron": false, "": false, "the": false,
	} {
		if got := IsRegion(name); got != want {
			t.Errorf("IsRegion(%q) = %v, want %v", name, got, want)
		}
	}
}
