package provenance

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/language"
)

// canonicalNames returns, for each record, the name its speaker and its
// relay go by across the whole graph:
//
//   - full names spelt two ways, as transliterations are ("Dmitry Kuleba",
//     "Dmytro Kuleba"; the same surname and first initial), are one, in the
//     spelling most quotations give;
//   - a surname alone ("Trump", "Xi", or misspelt by a letter, "Kuliba")
//     or a title alone ("a Kremlin spokesman") stands for the full name
//     another article gives ("Donald Trump", "Xi Jinping", "Kremlin
//     spokesman Dmitry Peskov"), when that one is the only one, or by far
//     the most quoted one, that fits.
//
// Names no article completes stay as they are.
func (g *Graph) canonicalNames() (names, vias []string) {
	// How many quotations each full name has, and which full names each
	// title was given to.
	full := make(map[string]int)
	titles := make(map[string]map[string]int)
	for _, r := range g.quotes {
		if r.speaker == "" || !g.isFullName(r.speaker) {
			continue
		}
		full[r.speaker]++
		if r.speakerType() != attribution.Person || r.mention == "" {
			continue
		}
		if t := g.titleOf(r.mention, r.speaker); t != "" {
			if titles[t] == nil {
				titles[t] = make(map[string]int)
			}
			titles[t][r.speaker]++
		}
	}
	// One spelling of each person: the most quoted of the full names that
	// share a surname and a first initial.
	spellings := make(map[string]map[string]int)
	for name, n := range full {
		k := personKey(name)
		if spellings[k] == nil {
			spellings[k] = make(map[string]int)
		}
		spellings[k][name] = n
	}
	spelling := make(map[string]string, len(full))
	for _, names := range spellings {
		best := ""
		for name, n := range names {
			if best == "" || n > names[best] || n == names[best] && name < best {
				best = name
			}
		}
		for name := range names {
			spelling[name] = best
		}
	}
	// Each surname's full names, by the words that can stand alone for
	// them: the last ("Trump") and the first ("Xi", "Kim").
	bySurname := make(map[string]map[string]int)
	for name, n := range full {
		name := spelling[name]
		fields := strings.Fields(name)
		for _, w := range []string{fields[0], fields[len(fields)-1]} {
			w = strings.ToLower(w)
			if bySurname[w] == nil {
				bySurname[w] = make(map[string]int)
			}
			bySurname[w][name] += n
		}
	}
	resolved := make(map[string]string)
	resolve := func(name string) string {
		if name == "" {
			return ""
		}
		if s, ok := spelling[name]; ok {
			return s
		}
		if g.isFullName(name) {
			return name
		}
		if r, ok := resolved[name]; ok {
			return r
		}
		out := name
		if isSingleName(name) {
			w := strings.ToLower(name)
			if r := dominant(bySurname[w]); r != "" {
				out = r
			} else if r := dominant(misspelt(bySurname, w)); len(bySurname[w]) == 0 && r != "" {
				out = r
			}
		} else if r := dominant(titles[g.normalTitle(name)]); r != "" {
			out = spelling[r]
		}
		resolved[name] = out
		return out
	}
	names = make([]string, len(g.quotes))
	vias = make([]string, len(g.quotes))
	for i, r := range g.quotes {
		names[i] = r.speaker
		if r.speakerType() == attribution.Person {
			names[i] = resolve(r.speaker)
		}
		vias[i] = resolve(r.via)
	}
	return names, vias
}

// personKey returns what two spellings of one person's full name share:
// the surname, in lower case, and the first name's initial.
func personKey(name string) string {
	fields := strings.Fields(name)
	first, _ := utf8.DecodeRuneInString(fields[0])
	return strings.ToLower(fields[len(fields)-1]) + " " + string(unicode.ToLower(first))
}

// minMisspelt is the fewest letters a surname needs for one a letter
// away to be taken for it.
const minMisspelt = 5

// misspelt returns the full names, with their counts, of the surnames of
// bySurname a letter away from the word w (one letter changed, added or
// dropped, the first kept): "Kuliba" for "Kuleba".
func misspelt(bySurname map[string]map[string]int, w string) map[string]int {
	if utf8.RuneCountInString(w) < minMisspelt {
		return nil
	}
	var out map[string]int
	for s, names := range bySurname {
		if s[0] != w[0] || !oneEditApart(s, w) {
			continue
		}
		if out == nil {
			out = make(map[string]int)
		}
		for name, n := range names {
			out[name] += n
		}
	}
	return out
}

// oneEditApart reports whether a and b differ by one letter changed, added
// or dropped.
func oneEditApart(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	if len(rb)-len(ra) > 1 {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		return i < len(ra) && string(ra[i+1:]) == string(rb[i+1:])
	}
	return string(ra[i:]) == string(rb[i+1:])
}

// dominant returns the name of counts that has at least twice the
// quotations of any other, or "".
func dominant(counts map[string]int) string {
	best, second := "", 0
	for name, n := range counts {
		switch {
		case best == "" || n > counts[best] || n == counts[best] && name < best:
			if best != "" {
				second = max(second, counts[best])
			}
			best = name
		default:
			second = max(second, n)
		}
	}
	if best == "" || counts[best] < 2*second {
		return ""
	}
	return best
}

// isFullName reports whether name looks like a person's full name: two
// words or more, each capitalised but for the particles of the Language's
// table NameParticles ("Ursula von der Leyen").
func (g *Graph) isFullName(name string) bool {
	fields := strings.Fields(name)
	if len(fields) < 2 {
		return false
	}
	for _, w := range fields {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !g.stemmer.lang.Lookup(w).Is(language.NameParticles) {
			return false
		}
	}
	return true
}

// isSingleName reports whether name is one capitalised word ("Trump").
func isSingleName(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r) && !strings.ContainsAny(name, " \t")
}

// titleOf returns the title a mention gives the speaker name: the mention
// without the name or the name's words ("Kremlin spokesman" of "Kremlin
// spokesman Dmitry Peskov"; "the Kremlin spokesman" when coreference
// resolved it to the name), normalised; "" when the mention is the name
// alone.
func (g *Graph) titleOf(mention, name string) string {
	t := mention
	if k := strings.Index(t, name); k >= 0 {
		t = t[:k] + t[k+len(name):]
	} else {
		for _, w := range strings.Fields(name) {
			if k := strings.Index(t, w); k >= 0 && len(w) > 2 {
				t = t[:k] + t[k+len(w):]
			}
		}
	}
	if strings.ContainsAny(t, ".;:") {
		return ""
	}
	return g.normalTitle(t)
}

// normalTitle returns a title in lower case, without the article before it
// and the punctuation around it: "A Kremlin spokesman," is "kremlin
// spokesman". It is "" for a title of no word with a capital letter or of
// more than six words, which says too little, or too much, to name one
// person.
func (g *Graph) normalTitle(t string) string {
	t = strings.TrimFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
	fields := strings.Fields(t)
	for len(fields) > 0 {
		if !g.stemmer.lang.Lookup(fields[0]).Is(language.TitleOpeners) {
			break
		}
		fields = fields[1:]
	}
	if len(fields) == 0 || len(fields) > 6 {
		return ""
	}
	capital := false
	for _, w := range fields {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			capital = true
		}
	}
	if !capital {
		return "" // "the spokesman", "the official": anyone's
	}
	return strings.ToLower(strings.Join(fields, " "))
}
