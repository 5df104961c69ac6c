package attribution

import (
	"bufio"
	_ "embed"
	"fmt"
	"slices"
	"strings"
)

//go:embed data/citation_cues.tsv
var citationCuesTSV string

// citationCues are the words around an outlet's name that cite it, read
// once from data/citation_cues.tsv and never changed.
var citationCues = mustCitationCues(citationCuesTSV)

// A cueTable holds the words that cite an outlet: phrases that end before
// its name, and words that follow it.
type cueTable struct {
	// befores are the phrases before a name, by their last word; each
	// list holds the longest phrases first.
	befores map[string][]beforeCue
	afters  map[string]Relation
}

// A beforeCue is a phrase that ends before an outlet's name.
type beforeCue struct {
	words []string // in text order; gapWord stands for a few words
	rel   Relation
}

// gapWord stands in a phrase of the table for up to maxGap words.
const (
	gapWord = "…"
	maxGap  = 4
)

func mustCitationCues(tsv string) *cueTable {
	t, err := readCitationCues(tsv)
	if err != nil {
		panic("attribution: data/citation_cues.tsv: " + err.Error()) // embedded and tested: cannot happen
	}
	return t
}

// readCitationCues reads a table in the format of data/citation_cues.tsv.
func readCitationCues(tsv string) (*cueTable, error) {
	t := &cueTable{befores: map[string][]beforeCue{}, afters: map[string]Relation{}}
	sc := bufio.NewScanner(strings.NewReader(tsv))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if s := strings.TrimSpace(line); s == "" || s[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("line %d: have %d tab-separated columns, want 3", n, len(f))
		}
		words := strings.Fields(f[0])
		rel := Relation(f[2])
		switch rel {
		case Told, Interview, Reported, Quoted, Wrote, AccordingTo:
		default:
			return nil, fmt.Errorf("line %d: unknown relation %q", n, f[2])
		}
		if len(words) == 0 || words[0] == gapWord || words[len(words)-1] == gapWord || strings.ToLower(f[0]) != f[0] {
			return nil, fmt.Errorf("line %d: %q is not lower-case words that start and end with a word", n, f[0])
		}
		switch f[1] {
		case "before":
			last := words[len(words)-1]
			t.befores[last] = append(t.befores[last], beforeCue{words, rel})
		case "after":
			if len(words) != 1 {
				return nil, fmt.Errorf("line %d: %q: a cue after the name is one word", n, f[0])
			}
			if _, dup := t.afters[words[0]]; dup {
				return nil, fmt.Errorf("line %d: %q is listed twice", n, f[0])
			}
			t.afters[words[0]] = rel
		default:
			return nil, fmt.Errorf("line %d: side is %q, want before or after", n, f[1])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for _, list := range t.befores {
		slices.SortStableFunc(list, func(a, b beforeCue) int { return len(b.words) - len(a.words) })
	}
	return t, nil
}

// after returns the relation that word w, following an outlet's name,
// gives it: "wrote" gives Wrote.
func (t *cueTable) after(w string) (Relation, bool) {
	r, ok := t.afters[w]
	return r, ok
}

// before reports whether a phrase of the table ends just before token e,
// and returns its relation and first token. Of several, the longest wins.
func (t *cueTable) before(toks []token, e int) (Relation, int, bool) {
	if e == 0 {
		return "", 0, false
	}
	for _, c := range t.befores[lowerWord(toks, e-1)] {
		if start, ok := matchBefore(toks, e, c.words); ok {
			return c.rel, start, true
		}
	}
	return "", 0, false
}

// matchBefore reports whether words end just before token e, and returns
// the token where they start.
func matchBefore(toks []token, e int, words []string) (int, bool) {
	if len(words) == 0 {
		return e, true
	}
	last := words[len(words)-1]
	if last == gapWord {
		for n := 0; n <= maxGap && e-n >= 0; n++ {
			if n > 0 && lowerWord(toks, e-n) == "" {
				break
			}
			if start, ok := matchBefore(toks, e-n, words[:len(words)-1]); ok {
				return start, true
			}
		}
		return 0, false
	}
	if e == 0 || lowerWord(toks, e-1) != last {
		return 0, false
	}
	return matchBefore(toks, e-1, words[:len(words)-1])
}

// lowerWord returns token k of toks in lower case when it is a word
// outside every quotation, else "".
func lowerWord(toks []token, k int) string {
	if k < 0 || k >= len(toks) || toks[k].kind != word || toks[k].quote >= 0 {
		return ""
	}
	return strings.ToLower(toks[k].text)
}
