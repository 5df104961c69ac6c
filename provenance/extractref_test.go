package provenance

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/language"
	"github.com/quotetrace/quotetrace/quote"
)

// The fingerprint and the days of an attribution were read with
// strings.ToLower and a callback; fingerprintOf and occasionDays read them
// without allocating. The tests below check that they give what the first
// forms, kept here, gave, on the sample articles and on made-up texts that
// are hard on case and on UTF-8.

// refFingerprintOf is fingerprintOf as it was first written.
func refFingerprintOf(text string) Fingerprint {
	var ring [shingleWords]uint32
	n := 0
	var out Fingerprint
	refWordHashes(text, func(w uint32) {
		ring[n%shingleWords] = w
		n++
		if n < shingleWords {
			return
		}
		h := uint32(2166136261)
		for k := n - shingleWords; k < n; k++ {
			h ^= ring[k%shingleWords]
			h *= 16777619
		}
		if h%shingleSample == 0 {
			out = append(out, h)
		}
	})
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) > maxPrint {
		out = out[:maxPrint]
	}
	return slices.Clip(out)
}

func refWordHashes(text string, yield func(uint32)) {
	h, in := uint32(2166136261), false
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			r = unicode.ToLower(r)
			for ; r > 0; r >>= 8 {
				h ^= uint32(r & 0xff)
				h *= 16777619
			}
			in = true
			continue
		}
		if in {
			yield(h)
			h, in = 2166136261, false
		}
	}
	if in {
		yield(h)
	}
}

// refOccasionDays is occasionDays as it was first written.
func refOccasionDays(doc *quote.Document, a *attribution.Attribution) uint8 {
	var anchors []quote.Span
	if a.Cue != nil && !a.Cue.Span.IsEmpty() {
		anchors = append(anchors, a.Cue.Span)
	}
	if a.Speaker != nil && !a.Speaker.Span.IsEmpty() {
		anchors = append(anchors, a.Speaker.Span)
	}
	if len(anchors) == 0 {
		return 0
	}
	var days uint8
	text := doc.Text
	for _, s := range sentencesOf(doc, anchors[0].Start) {
		if s.Start > anchors[0].Start || anchors[0].Start >= s.End || s.End > len(text) {
			continue
		}
		for d, name := range [...]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
			if k := len(name) + 3; s.End-s.Start > k && strings.EqualFold(text[s.Start:s.Start+k], "on "+name) {
				days |= 1 << time.Weekday(d)
			}
			for _, at := range anchors {
				if at.End > s.End || at.End < s.Start {
					continue
				}
				after := strings.ToLower(text[at.End:min(s.End, at.End+maxDayDistance)])
				i := strings.Index(after, "on "+name)
				if i < 0 || inQuote(a.Quote, at.End+i) {
					continue
				}
				if j := i + 3 + len(name); j < len(after) && isLetterByte(after[j]) {
					continue
				}
				days |= 1 << time.Weekday(d)
			}
		}
	}
	return days
}

// sampleTexts returns the texts of the sample articles.
func sampleTexts(t testing.TB) []string {
	t.Helper()
	dir := filepath.Join("..", "testdata", "articles")
	files, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(dir, f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// trickyPieces returns what made-up texts are made of: words and days in
// every case, letters whose lower case is longer or shorter than they are
// ("İ", the Kelvin sign), bytes that are not UTF-8, digits of other
// scripts, quote marks and the line and paragraph separators.
func trickyPieces() []string {
	return []string{
		"on", "On", "ON", "oN", "on Monday", " on FRİDAY", "On Tuesday, ", " on sunday", "ON SATURDAYS", " on Kremlin", " ", " ", " ", ", ", ". ", "\n", "said", "told", "Peskov", "the", "Kremlin",
		"monday", "Monday", "MONDAY", "Mondays", "tuesday", "Wednesday", "THURSDAY", "friday", "FRİDAY", "Saturday", "sunday", "Sunday.",
		"İ", "K", "ſ", "ß", "Σ", "ΣΑ", "Ⱥ", "Ω", "日本", "é", "É", "\xff", "\xe2\x80", "\xc5", "\ufffd",
		"٣", "7", "42", "“", "”", "\"", "’", "\u2028", "\u2029", "\x00", "<", "&",
	}
}

// trickyText returns a made-up text of n pieces.
func trickyText(r *rand.Rand, n int) string {
	pieces := trickyPieces()
	var b strings.Builder
	for range n {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

// TestFingerprintRef checks fingerprintOf against its first form.
func TestFingerprintRef(t *testing.T) {
	texts := sampleTexts(t)
	r := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		texts = append(texts, trickyText(r, r.IntN(400)))
	}
	for _, text := range texts {
		if got, want := fingerprintOf(text), refFingerprintOf(text); !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Fatalf("fingerprintOf(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzFingerprintRef checks fingerprintOf against its first form.
func FuzzFingerprintRef(f *testing.F) {
	for _, text := range sampleTexts(f) {
		f.Add(text)
	}
	f.Add("on FRİDAY \xff K ſ one two three four five six seven eight nine ten")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := fingerprintOf(text), refFingerprintOf(text); !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Fatalf("fingerprintOf(%q) = %v, want %v", text, got, want)
		}
	})
}

// TestOccasionDaysRef checks occasionDays against its first form, on the
// attributions of the sample articles and on made-up attributions of
// made-up texts.
func TestOccasionDaysRef(t *testing.T) {
	at := attribution.New(attribution.Options{})
	for _, text := range sampleTexts(t) {
		res := at.Attribute(quote.Parse(text))
		for i := range res.Quotes {
			a := &res.Quotes[i]
			if got, want := occasionDays(language.Default(), res.Document, a), refOccasionDays(res.Document, a); got != want {
				t.Errorf("quote %q: days %07b, want %07b", a.Quote.Text, got, want)
			}
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	found := 0
	for range 20000 {
		doc, a := trickyAttribution(r, trickyText(r, r.IntN(60)))
		got, want := occasionDays(language.Default(), doc, a), refOccasionDays(doc, a)
		if got != want {
			t.Fatalf("text %q, sentences %v, attribution %+v: days %07b, want %07b", doc.Text, doc.Articles[0].Sentences, a, got, want)
		}
		if got != 0 {
			found++
		}
	}
	if found < 100 {
		t.Errorf("days in only %d made-up attributions: the test is too easy", found)
	}
}

// FuzzOccasionDaysRef checks occasionDays against its first form, on
// made-up attributions of the text.
func FuzzOccasionDaysRef(f *testing.F) {
	f.Add("The minister said on Monday that the talks had failed.", uint64(1))
	f.Add("On FRİDAY, K said on mondays \xff on Tuesday", uint64(2))
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		r := rand.New(rand.NewPCG(seed, 5))
		for range 20 {
			doc, a := trickyAttribution(r, text)
			if got, want := occasionDays(language.Default(), doc, a), refOccasionDays(doc, a); got != want {
				t.Fatalf("text %q, sentences %v, attribution %+v: days %07b, want %07b", doc.Text, doc.Articles[0].Sentences, a, got, want)
			}
		}
	})
}

// trickyAttribution returns a document of text, with sentences, a cue, a
// speaker and a quotation at random spans, some of them past its end.
func trickyAttribution(r *rand.Rand, text string) (*quote.Document, *attribution.Attribution) {
	n := len(text) + 3
	span := func() quote.Span {
		s := r.IntN(n)
		return quote.Span{Start: s, End: s + r.IntN(n-s+1)}
	}
	var sentences []quote.Span
	for range r.IntN(4) {
		sentences = append(sentences, span())
	}
	if r.IntN(2) == 0 {
		sentences = append(sentences, quote.Span{Start: 0, End: len(text)})
	}
	doc := &quote.Document{Text: text, Articles: []quote.Article{{Span: quote.Span{Start: 0, End: n}, Sentences: sentences}}}
	a := &attribution.Attribution{}
	if r.IntN(4) != 0 {
		a.Cue = &attribution.Cue{Span: span()}
	}
	if r.IntN(4) != 0 {
		a.Speaker = &attribution.Speaker{Span: span()}
	}
	for range r.IntN(3) {
		a.Quote.Fragments = append(a.Quote.Fragments, quote.Fragment{Span: span()})
	}
	return doc, a
}

// TestHasBreak checks hasBreak against strings.ContainsAny, on made-up
// texts cut at every byte.
func TestHasBreak(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 2000 {
		text := trickyText(r, r.IntN(12))
		for i := 0; i <= len(text); i++ {
			for _, s := range []string{text[i:], text[:i]} {
				if got, want := hasBreak(s), strings.ContainsAny(s, "\n“”\""); got != want {
					t.Fatalf("hasBreak(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}

// BenchmarkFingerprintOf times fingerprintOf on the sample articles, and
// its first form beside it.
func BenchmarkFingerprintOf(b *testing.B) {
	texts := sampleTexts(b)
	for _, bench := range []struct {
		name string
		f    func(string) Fingerprint
	}{{"new", fingerprintOf}, {"first", refFingerprintOf}} {
		b.Run(bench.name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				bench.f(texts[i])
				i = (i + 1) % len(texts)
			}
		})
	}
}
