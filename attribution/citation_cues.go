package attribution

import (
	"bufio"
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/quotetrace/quotetrace/internal/fold"
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
	for w := range t.afters {
		if len(w) > maxCueWord {
			return nil, fmt.Errorf("%q: a word of more than %d bytes", w, maxCueWord)
		}
	}
	for w := range t.befores {
		if len(w) > maxCueWord {
			return nil, fmt.Errorf("%q: a word of more than %d bytes", w, maxCueWord)
		}
	}
	for _, list := range t.befores {
		slices.SortStableFunc(list, func(a, b beforeCue) int { return len(b.words) - len(a.words) })
	}
	return t, nil
}

// after returns the relation that word w, following an outlet's name,
// gives it: "wrote" gives Wrote. Case is ignored for ASCII letters.
func (t *cueTable) after(w string) (Relation, bool) {
	var buf [maxCueWord]byte
	if len(w) > len(buf) {
		return "", false // longer than every word of the table
	}
	r, ok := t.afters[string(foldASCII(append(buf[:0], w...)))]
	return r, ok
}

// maxCueWord is the longest word that before and after look up; the table's
// words are all shorter.
const maxCueWord = 32

// before reports whether a phrase of the table ends just before token e,
// and returns its relation and first token. Of several, the longest wins.
func (t *cueTable) before(toks tokens, e int) (Relation, int, bool) {
	if e == 0 || !plainWord(toks, e-1) || len(toks.at(e-1).text()) > maxCueWord {
		return "", 0, false
	}
	var buf [maxCueWord]byte
	for _, c := range t.befores[string(foldASCII(append(buf[:0], toks.at(e-1).text()...)))] {
		if start, ok := matchBefore(toks, e, c.words); ok {
			return c.rel, start, true
		}
	}
	return "", 0, false
}

// foldASCII lower-cases the ASCII letters of b in place, and returns it.
func foldASCII(b []byte) []byte {
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return b
}

// matchBefore reports whether words end just before token e, and returns
// the token where they start.
func matchBefore(toks tokens, e int, words []string) (int, bool) {
	if len(words) == 0 {
		return e, true
	}
	last := words[len(words)-1]
	if last == gapWord {
		for n := 0; n <= maxGap && e-n >= 0; n++ {
			if n > 0 && !plainWord(toks, e-n) {
				break
			}
			if start, ok := matchBefore(toks, e-n, words[:len(words)-1]); ok {
				return start, true
			}
		}
		return 0, false
	}
	if e == 0 || !plainWord(toks, e-1) || !fold.Equal(toks.at(e-1).text(), last) {
		return 0, false
	}
	return matchBefore(toks, e-1, words[:len(words)-1])
}

// plainWord reports whether token k of toks is a word outside every
// quotation.
func plainWord(toks tokens, k int) bool {
	return k >= 0 && k < toks.len() && toks.at(k).kind() == word && toks.at(k).quote() < 0
}
