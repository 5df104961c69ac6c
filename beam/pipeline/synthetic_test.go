package pipeline

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// A small synthetic corpus for the pipeline's tests, after the generator of
// provenance/synthetic_test.go but written as article texts, which the
// pipeline parses and attributes: stories of one to four articles whose
// statements later articles quote again in other words; speakers named in
// full, by surname alone (which only other articles resolve), by a pronoun
// or not at all; statements told to an outlet; and copies of articles
// republished by another outlet with a "Source:" line. Everything that
// spans articles in a trace is there.

// synthWords makes n distinct made-up words of three syllables or more,
// capitalised when title is set.
func synthWords(r *rand.Rand, n int, title bool, taken map[string]bool) []string {
	cons, vows := "bdfgklmnprstvz", "aeiou"
	var out []string
	for len(out) < n {
		var b strings.Builder
		for range 3 + r.IntN(2) {
			b.WriteByte(cons[r.IntN(len(cons))])
			b.WriteByte(vows[r.IntN(len(vows))])
		}
		w := b.String()
		if taken[w] {
			continue
		}
		taken[w] = true
		if title {
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		out = append(out, w)
	}
	return out
}

// synthJSONL returns the JSON Lines of a synthetic corpus of about n
// quotations, the same for the same n and seed.
func synthJSONL(n int, seed uint64) []string {
	r := rand.New(rand.NewPCG(seed, 7))
	taken := make(map[string]bool)
	vocab := synthWords(r, 4000, false, taken)
	first := synthWords(r, 60, true, taken)
	last := synthWords(r, 400, true, taken)
	kinds := []string{"Times", "Herald", "Post", "Daily", "Observer"}
	var outlets []string
	for _, w := range synthWords(r, 40, true, taken) {
		outlets = append(outlets, w+" "+kinds[r.IntN(len(kinds))])
	}
	type speaker struct{ first, last string }
	speakers := make([]speaker, 300)
	for i := range speakers {
		speakers[i] = speaker{first[r.IntN(len(first))], last[i%len(last)]}
	}
	stop := strings.Fields("the of and to in that is was for on with as we it be are this have will our")
	zipf := rand.NewZipf(r, 1.1, 10, uint64(len(vocab)-1))
	word := func(topic []string) string {
		switch x := r.Float64(); {
		case x < 0.3:
			return stop[r.IntN(len(stop))]
		case x < 0.45:
			return topic[r.IntN(len(topic))]
		}
		return vocab[zipf.Uint64()]
	}
	type statement struct {
		words   []string
		speaker int
		outlet  string
	}
	start := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	var lines []string
	quotes, id := 0, 0
	emit := func(text, publisher string, at time.Time) {
		b, _ := json.Marshal(map[string]string{
			"id": fmt.Sprintf("s%06d", id), "text": text, "publisher": publisher, "published": at.Format(time.RFC3339),
		})
		lines = append(lines, string(b))
		id++
	}
	for quotes < n {
		day := start.Add(time.Duration(r.IntN(120)) * 24 * time.Hour)
		topic := make([]string, 4)
		for i := range topic {
			topic[i] = vocab[100+r.IntN(len(vocab)-100)]
		}
		cast := make([]int, 1+r.IntN(3))
		for i := range cast {
			cast[i] = r.IntN(len(speakers))
		}
		var pool []*statement
		for a := range 1 + r.IntN(4) {
			var b strings.Builder
			b.WriteString(strings.ToUpper(topic[0][:1]) + topic[0][1:] + " " + topic[1] + " " + topic[2] + "\n\n")
			for q := range 4 + r.IntN(8) {
				var st *statement
				if a > 0 && r.IntN(2) == 0 {
					st = pool[r.IntN(len(pool))]
				} else {
					st = &statement{speaker: cast[r.IntN(len(cast))]}
					for range 8 + r.IntN(20) {
						st.words = append(st.words, word(topic))
					}
					if r.IntN(4) == 0 {
						st.outlet = outlets[r.IntN(len(outlets))]
					}
					pool = append(pool, st)
				}
				// This article's wording: a few words replaced or dropped.
				var ws []string
				for _, w := range st.words {
					switch x := r.Float64(); {
					case a > 0 && x < 0.03:
						continue
					case a > 0 && x < 0.15:
						w = word(topic)
					}
					ws = append(ws, w)
				}
				text := strings.ToUpper(ws[0][:1]) + ws[0][1:] + " " + strings.Join(ws[1:], " ")
				sp := speakers[st.speaker]
				name := sp.first + " " + sp.last
				switch x := r.IntN(10); {
				case x < 3:
					name = sp.last
				case x == 3 && q > 0:
					name = "he"
				}
				if q > 0 {
					b.WriteString("\n\n")
				}
				switch {
				case st.outlet != "" && r.IntN(2) == 0:
					fmt.Fprintf(&b, "%s told the %s: “%s.”", capital(name), st.outlet, text)
				case r.IntN(10) == 0:
					fmt.Fprintf(&b, "“%s,” came the reply.", text)
				default:
					fmt.Fprintf(&b, "“%s,” %s said.", text, name)
				}
				quotes++
			}
			publisher := outlets[r.IntN(len(outlets))]
			at := day.Add(time.Duration(a*6+r.IntN(6)) * time.Hour)
			emit(b.String(), publisher, at)
			if r.IntN(12) == 0 {
				// A copy: the same text a day later, from another outlet.
				emit(b.String()+"\n\nSource: "+publisher, outlets[r.IntN(len(outlets))], at.Add(24*time.Hour))
			}
		}
	}
	return lines
}

// capital returns s with its first letter in upper case.
func capital(s string) string { return strings.ToUpper(s[:1]) + s[1:] }
