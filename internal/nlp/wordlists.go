package nlp

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordListsText holds the data the sentence rules are driven by.
//
//go:embed wordlists.txt
var wordListsText string

// wordLists are the parsed sections of wordlists.txt. They are built once per
// Splitter and never modified afterwards.
type wordLists struct {
	titles   map[string]bool // abbreviations that never end a sentence
	abbrevs  map[string]bool // abbreviations that rarely end a sentence
	starters map[string]bool // lower-cased sentence starters
}

// parseWordLists parses text in the format of wordlists.txt.
func parseWordLists(text string) (wordLists, error) {
	l := wordLists{titles: map[string]bool{}, abbrevs: map[string]bool{}, starters: map[string]bool{}}
	var cur map[string]bool
	lower := false // whether cur holds lower-cased words
	for n, line := range strings.Split(text, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		switch {
		case line == "":
			continue
		case strings.HasPrefix(line, "["):
			switch line {
			case "[titles]":
				cur, lower = l.titles, false
			case "[abbreviations]", "[initialisms]":
				cur, lower = l.abbrevs, false
			case "[starters]":
				cur, lower = l.starters, true
			default:
				return wordLists{}, fmt.Errorf("line %d: unknown section %s", n+1, line)
			}
			continue
		case cur == nil:
			return wordLists{}, fmt.Errorf("line %d: words before the first section", n+1)
		}
		for _, w := range strings.Fields(line) {
			if strings.HasSuffix(w, ".") {
				return wordLists{}, fmt.Errorf("line %d: %q: write abbreviations without their final period", n+1, w)
			}
			if lower {
				w = strings.ToLower(w)
			}
			cur[w] = true
		}
	}
	return l, nil
}

// abbrevIn reports whether key, an abbreviation without its final period, is
// in set as written or, when key is in capitals, in its title-case form.
func abbrevIn(set map[string]bool, key string) bool {
	if set[key] {
		return true
	}
	if !isAllUpper(key) || utf8.RuneCountInString(key) < 2 {
		return false
	}
	r, size := utf8.DecodeRuneInString(key)
	return set[string(r)+strings.ToLower(key[size:])]
}

// isAllUpper reports whether s has at least one letter and no lower-case one.
func isAllUpper(s string) bool {
	letter := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letter = letter || unicode.IsLetter(r)
	}
	return letter
}
