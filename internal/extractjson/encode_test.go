package extractjson

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/internal/corpus"
	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/quote"
)

// jsonLine returns v as encoding/json writes it with HTML left unescaped:
// what Encode wrote before it wrote an Article by hand.
func jsonLine(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	return buf.Bytes(), err
}

// checkEncode checks that Encode writes a as encoding/json does, and
// fails with the same error when that does.
func checkEncode(t *testing.T, a *Article) {
	t.Helper()
	want, wantErr := jsonLine(a)
	var buf bytes.Buffer
	buf.WriteString("before ")
	err := Encode(&buf, a)
	got := strings.TrimPrefix(buf.String(), "before ")
	switch {
	case (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error():
		t.Fatalf("Encode(%+v): error %v, want %v", a, err, wantErr)
	case got != string(want):
		t.Fatalf("Encode wrote\n%s\nwant\n%s", got, want)
	}
	if err == nil {
		if b, ok := appendArticle(nil, a); !ok || string(b)+"\n" != string(want) {
			t.Fatalf("appendArticle wrote\n%s\nwant\n%s", b, want)
		}
	}
}

// TestEncodeLines checks the lines of the sample articles, and of the
// PolNeAR dev set beside the repository when it is there, against
// encoding/json: with and without the words in marks that are not speech,
// and with a publisher, URL, title and time.
func TestEncodeLines(t *testing.T) {
	if testing.Short() {
		t.Skip("attributes the sample articles")
	}
	arts, outlets := benchArticles(t)
	for i, x := range arts {
		for _, all := range []bool{false, true} {
			a := x.a
			if i%2 == 1 {
				a.URL, a.Title, a.Publisher = "https://www.reuters.com/x?a=1&b=<2>", "A “title” & <more>", " TASS "
				a.Published = a.Published.AddDate(2024, 0, i)
			}
			out, err := New(a, x.res, outlets, all)
			if err != nil {
				t.Fatal(err)
			}
			want, err := jsonLine(out)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Line(a, x.res, outlets, all)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("%s, all=%v: Line wrote\n%s\nwant\n%s", a.ID, all, got, want)
			}
			checkEncode(t, out)
		}
	}
}

// TestEncodeErrors checks that what encoding/json cannot write is an error
// of Encode and of Line, the same.
func TestEncodeErrors(t *testing.T) {
	for _, q := range []Quote{
		{Confidence: math.NaN()},
		{Confidence: math.Inf(1)},
		{Confidence: math.Inf(-1)},
		{Days: 1 << 7},
	} {
		checkEncode(t, &Article{Quotes: []Quote{{Kind: "direct"}, q}})
	}
	doc := quote.Parse("“Yes,” he said.\n")
	res := &attribution.Result{Document: doc, Quotes: []attribution.Attribution{{Quote: doc.Quotes[0], Confidence: math.NaN()}}}
	line, err := Line(corpus.Article{ID: "x", Text: doc.Text}, res, nil, false)
	if err == nil {
		t.Fatalf("Line of a NaN confidence: %s, want an error", line)
	}
	var buf bytes.Buffer
	if err := Encode(&buf, (*Article)(nil)); err != nil || buf.String() != "null\n" {
		t.Errorf("Encode(nil *Article) = %q, %v; want null", buf.String(), err)
	}
}

// TestEncodeRandom checks Encode against encoding/json on made-up
// articles.
func TestEncodeRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		checkEncode(t, randomArticle(r))
	}
}

// FuzzEncode checks Encode against encoding/json on articles made up from
// the fuzzer's strings and seed.
func FuzzEncode(f *testing.F) {
	f.Add("Yes & no <b>", "\u2028\xff\x00\"\\", uint64(1))
	f.Add("", "“”\t\n\r\b\f\x7f\x1f", uint64(2))
	f.Fuzz(func(t *testing.T, s1, s2 string, seed uint64) {
		r := rand.New(rand.NewPCG(seed, 9))
		strs := []string{s1, s2, s1 + s2}
		for range 10 {
			a := randomArticle(r)
			// The fuzzer's strings in every string field.
			a.ID = strs[r.IntN(3)]
			for i := range a.Quotes {
				a.Quotes[i].Text = strs[r.IntN(3)]
				a.Quotes[i].Evidence = strs[r.IntN(3)]
			}
			a.Title, a.URL = s2, s1
			checkEncode(t, a)
		}
	})
}

// randomPieces returns what made-up strings are made of: every ASCII control
// character, HTML's specials, bytes that are not UTF-8, U+2028 and U+2029,
// U+FFFD itself, and runes of two, three and four bytes.
func randomPieces() []string {
	return []string{
		"a", "Peskov", " ", "<", ">", "&", "\"", "\\", "/", "\x7f", "\u2028", "\u2029", "\u2027", "\u202a",
		"\ufffd", "\xff", "\xe2\x80", "\xc3", "\xed\xa0\x80", "é", "“", "”", "日本", "😀", "\U0010ffff",
	}
}

// randomString returns a made-up string.
func randomString(r *rand.Rand) string {
	pieces := randomPieces()
	var b strings.Builder
	for range r.IntN(8) {
		if r.IntN(4) == 0 {
			b.WriteByte(byte(r.IntN(0x20)))
			continue
		}
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

// randomFloat returns a made-up confidence: of every size, sign and
// number of digits, and sometimes no finite number.
func randomFloat(r *rand.Rand) float64 {
	switch r.IntN(12) {
	case 0:
		return 0
	case 1:
		return math.Copysign(0, -1)
	case 2:
		return math.Round(r.Float64()*100) / 100
	case 3:
		return math.Float64frombits(r.Uint64())
	case 4:
		return (r.Float64() - 0.5) * math.Pow(10, float64(r.IntN(60)-30))
	case 5:
		return []float64{1e-6, 9.99e-7, 1e21, 9.99e20, 1e-7, 1e-10, 1e-100, 1e100, -1e21, math.MaxFloat64, math.SmallestNonzeroFloat64}[r.IntN(11)]
	case 6:
		if r.IntN(20) == 0 {
			return math.NaN()
		}
	}
	return r.Float64()
}

// randomSpan returns a made-up span.
func randomSpan(r *rand.Rand) quote.Span {
	if r.IntN(8) == 0 {
		return quote.Span{Start: -r.IntN(1 << 40), End: r.IntN(1<<62) * (1 - 2*r.IntN(2))}
	}
	s := r.IntN(100000)
	return quote.Span{Start: s, End: s + r.IntN(1000)}
}

// optString returns nil or a made-up string.
func optString(r *rand.Rand) *string {
	if r.IntN(3) == 0 {
		return nil
	}
	s := randomString(r)
	return &s
}

// maybe returns s or "", to leave fields empty that may be left out.
func maybe(r *rand.Rand, s string) string {
	if r.IntN(2) == 0 {
		return ""
	}
	return s
}

// randomSpeaker returns nil or a made-up speaker.
func randomSpeaker(r *rand.Rand) *Speaker {
	if r.IntN(3) == 0 {
		return nil
	}
	return &Speaker{Name: randomString(r), Type: randomString(r), Mention: randomString(r), Span: randomSpan(r), Evidence: maybe(r, randomString(r))}
}

// randomArticle returns a made-up article: nil and empty lists, absent
// and present fields of every sort.
func randomArticle(r *rand.Rand) *Article {
	a := &Article{
		ID: randomString(r), Publisher: optString(r),
		URL: maybe(r, randomString(r)), Title: maybe(r, randomString(r)), Published: maybe(r, randomString(r)),
	}
	if r.IntN(6) != 0 {
		a.Quotes = make([]Quote, r.IntN(4))
	}
	for i := range a.Quotes {
		q := Quote{
			Kind: randomString(r), Text: randomString(r), Speaker: randomSpeaker(r), Via: randomSpeaker(r),
			Confidence: randomFloat(r), Article: r.IntN(1<<40) - 1<<20, Unclosed: r.IntN(2) == 0,
			Evidence: maybe(r, randomString(r)), Days: provenance.Weekdays(r.IntN(1 << 7)),
		}
		if r.IntN(40) == 0 {
			q.Days = provenance.Weekdays(r.IntN(1 << 8))
		}
		if r.IntN(5) != 0 {
			q.Spans = make([]quote.Span, r.IntN(3))
			for k := range q.Spans {
				q.Spans[k] = randomSpan(r)
			}
		}
		if r.IntN(2) == 0 {
			q.Outlet = &Outlet{Name: randomString(r), Relation: randomString(r), Mention: randomString(r), Span: randomSpan(r),
				Evidence: maybe(r, randomString(r)), Scope: maybe(r, randomString(r)), Employer: r.IntN(2) == 0}
		}
		if r.IntN(2) == 0 {
			q.Cue = &Cue{Text: randomString(r), Span: randomSpan(r)}
		}
		a.Quotes[i] = q
	}
	if r.IntN(6) != 0 {
		a.Citations = make([]Citation, r.IntN(3))
	}
	for i := range a.Citations {
		a.Citations[i] = Citation{Outlet: randomString(r), Relation: randomString(r), Mention: randomString(r), Span: randomSpan(r), Evidence: maybe(r, randomString(r))}
	}
	if r.IntN(6) != 0 {
		a.Stories = make([]Story, r.IntN(3))
	}
	for i := range a.Stories {
		a.Stories[i] = Story{Span: randomSpan(r), Headline: optString(r)}
	}
	switch r.IntN(4) {
	case 0:
		a.Fingerprint = provenance.Fingerprint{}
	case 1:
		a.Fingerprint = make(provenance.Fingerprint, r.IntN(300))
		for i := range a.Fingerprint {
			a.Fingerprint[i] = r.Uint32()
		}
	case 2:
		// Hashes whose base64 has "+" and "/".
		var b [4]byte
		binary.BigEndian.PutUint32(b[:], 0xfbffbfff)
		a.Fingerprint = provenance.Fingerprint{binary.BigEndian.Uint32(b[:]), 0, 1}
	}
	return a
}
