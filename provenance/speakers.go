package provenance

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotetrace/quotetrace/attribution"
)

// canonicalNames returns, for each record, the name its speaker and its
// relay go by across the whole graph: an article that calls a speaker by
// surname alone ("Xi", "Trump") or by title alone ("a Kremlin spokesman")
// names the one another article names in full ("Xi Jinping", "Donald
// Trump", "Kremlin spokesman Dmitry Peskov"), when that one is the only
// one, or by far the most quoted one, that fits. Names no article
// completes stay as they are.
func (g *Graph) canonicalNames() (names, vias []string) {
	// How many quotations each full name has, and which full names each
	// title was given to.
	full := make(map[string]int)
	titles := make(map[string]map[string]int)
	for _, r := range g.quotes {
		if r.speaker == "" || !isFullName(r.speaker) {
			continue
		}
		full[r.speaker]++
		if r.speakerType() != attribution.Person || r.mention == "" {
			continue
		}
		if t := titleOf(r.mention, r.speaker); t != "" {
			if titles[t] == nil {
				titles[t] = make(map[string]int)
			}
			titles[t][r.speaker]++
		}
	}
	// Each surname's full names, by the words that can stand alone for
	// them: the last ("Trump") and the first ("Xi", "Kim").
	bySurname := make(map[string]map[string]int)
	for name, n := range full {
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
		if name == "" || isFullName(name) {
			return name
		}
		if r, ok := resolved[name]; ok {
			return r
		}
		out := name
		if isSingleName(name) {
			if r := dominant(bySurname[strings.ToLower(name)]); r != "" {
				out = r
			}
		} else if r := dominant(titles[normalTitle(name)]); r != "" {
			out = r
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

// nameParticles are the lower-case words a person's full name may hold.
var nameParticles = map[string]bool{
	"al": true, "bin": true, "da": true, "de": true, "del": true, "der": true, "di": true,
	"dos": true, "du": true, "el": true, "ibn": true, "la": true, "le": true, "van": true, "von": true,
}

// isFullName reports whether name looks like a person's full name: two
// words or more, each capitalised but for particles ("Ursula von der
// Leyen").
func isFullName(name string) bool {
	fields := strings.Fields(name)
	if len(fields) < 2 {
		return false
	}
	for _, w := range fields {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameParticles[w] {
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
func titleOf(mention, name string) string {
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
	return normalTitle(t)
}

// normalTitle returns a title in lower case, without the article before it
// and the punctuation around it: "A Kremlin spokesman," is "kremlin
// spokesman". It is "" for a title of no word with a capital letter or of
// more than six words, which says too little, or too much, to name one
// person.
func normalTitle(t string) string {
	t = strings.TrimFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
	fields := strings.Fields(t)
	for len(fields) > 0 {
		switch strings.ToLower(fields[0]) {
		case "a", "an", "the", "mr", "mr.", "ms", "ms.", "mrs", "mrs.":
			fields = fields[1:]
			continue
		}
		break
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
