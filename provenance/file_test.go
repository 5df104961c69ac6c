package provenance_test

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"hash/crc32"
	"iter"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/quote"
)

// traceOpts compares Traces by their exported fields.
var traceOpts = cmpopts.IgnoreUnexported(provenance.Trace{})

// sampleArticles returns the sample articles, and the wire story and its
// copy of stories_test.go with their URLs and times, as Articles.
func sampleArticles(t testing.TB) []provenance.Article {
	t.Helper()
	samples, err := readSamples()
	if err != nil {
		t.Fatal(err)
	}
	var arts []provenance.Article
	for _, s := range samples {
		arts = append(arts, provenance.Article{ID: s.id, Result: s.res})
	}
	wire := storyArticle{"wire", wireStory, "", storyDay}
	cp := storyArticle{"copy", copyStory, "https://www.copysite.example/news/1", storyDay.Add(3 * time.Hour)}
	arts = append(arts, wire.article(), cp.article())
	arts[len(arts)-1].Title = "Storm closes schools"
	return arts
}

// newGraph returns an empty graph with the default options.
func newGraph(t testing.TB) *provenance.Graph {
	t.Helper()
	g, err := provenance.New(provenance.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// graphOfArticles returns a graph of arts.
func graphOfArticles(t testing.TB, arts iter.Seq[provenance.Article]) *provenance.Graph {
	t.Helper()
	g := newGraph(t)
	for a := range arts {
		if err := g.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	return g
}

// saved returns g written to a graph file and read back.
func saved(t testing.TB, g *provenance.Graph) *provenance.Graph {
	t.Helper()
	var buf bytes.Buffer
	n, err := g.WriteTo(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if n != int64(buf.Len()) {
		t.Errorf("WriteTo returned %d, wrote %d bytes", n, buf.Len())
	}
	back, err := provenance.ReadGraph(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return back
}

// TestExtracted checks that an article added as what Extract reads of it,
// through its JSON form, gives the trace it gives when added itself: the
// samples, and a copy with its original (which a "Source:" line and the
// times tell apart), with URLs, times and a title.
func TestExtracted(t *testing.T) {
	arts := sampleArticles(t)
	whole := graphOfArticles(t, slices.Values(arts)).Trace()
	if copiesOf(whole)["copy"] != "wire" {
		t.Fatalf("the fixture copy is not found: %v", copiesOf(whole))
	}

	g := newGraph(t)
	for _, a := range arts {
		e, err := provenance.Extract(a, nil)
		if err != nil {
			t.Fatal(err)
		}
		line, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		var back provenance.Extracted
		if err := json.Unmarshal(line, &back); err != nil {
			t.Fatalf("%s: %v\n%s", a.ID, err, line)
		}
		if diff := cmp.Diff(e, back, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: the JSON form does not read back (-extracted +read):\n%s", a.ID, diff)
		}
		if len(back.Fingerprint) == 0 {
			t.Errorf("%s: no fingerprint", a.ID)
		}
		if err := g.AddExtracted(back); err != nil {
			t.Fatal(err)
		}
	}
	if diff := cmp.Diff(whole, g.Trace(), traceOpts); diff != "" {
		t.Errorf("the trace of the extracted articles differs (-articles +extracted):\n%s", diff)
	}
}

// TestExtractedJSON pins the JSON form of an Extracted made by hand, and
// checks that words in marks that are not speech are skipped and do not
// count in the quotations' indices.
func TestExtractedJSON(t *testing.T) {
	e := provenance.Extracted{
		ID: "a", Publisher: "TASS", URL: "https://tass.com/1", Published: time.Date(2025, 2, 3, 9, 0, 0, 0, time.UTC),
		Quotes: []provenance.ExtractedQuote{
			{Kind: quote.ScareQuote, Text: "hoax", Spans: []quote.Span{{Start: 5, End: 9}}},
			{
				Kind: quote.Direct, Text: "We will not back down", Spans: []quote.Span{{Start: 20, End: 41}},
				Speaker:  &provenance.ExtractedSpeaker{Name: "Dmitry Peskov", Type: attribution.Person, Mention: "Peskov"},
				Outlet:   &provenance.ExtractedOutlet{Name: "TASS", Relation: attribution.Told, Mention: "TASS", Evidence: "told TASS"},
				Evidence: "Peskov said", Days: 1 << time.Monday,
			},
		},
		Citations:   []provenance.ExtractedCitation{{Outlet: "TASS", Relation: attribution.Told, Evidence: "told TASS"}},
		Fingerprint: provenance.Fingerprint{1, 0x01020304},
	}
	got, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"id":"a","publisher":"TASS","url":"https://tass.com/1","published":"2025-02-03T09:00:00Z","quotes":[` +
		`{"kind":"scare","text":"hoax","spans":[[5,9]]},` +
		`{"kind":"direct","text":"We will not back down","spans":[[20,41]],` +
		`"speaker":{"name":"Dmitry Peskov","type":"person","mention":"Peskov"},` +
		`"outlet":{"name":"TASS","relation":"told","mention":"TASS","evidence":"told TASS"},` +
		`"evidence":"Peskov said","days":["monday"]}],` +
		`"citations":[{"outlet":"TASS","relation":"told","evidence":"told TASS"}],"fingerprint":"AAAAAQECAwQ="}`
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("JSON differs (-want +got):\n%s", diff)
	}
	if got, _ := json.Marshal(provenance.Extracted{ID: "b"}); string(got) != `{"id":"b","quotes":[]}` {
		t.Errorf("an Extracted without quotes is %s, want \"quotes\":[]", got)
	}

	g := newGraph(t)
	if err := g.AddExtracted(e); err != nil {
		t.Fatal(err)
	}
	tr := g.Trace()
	if len(tr.Statements) != 1 {
		t.Fatalf("%d statements, want the direct quotation's alone", len(tr.Statements))
	}
	m := tr.Statements[0].Members[0]
	if m.Quote != 0 || m.Text != "We will not back down" || m.Evidence != "Peskov said" || m.OutletEvidence != "told TASS" {
		t.Errorf("member %+v, want quotation 0 with its evidence", m)
	}
	if s := tr.Statements[0]; s.Speaker != "Dmitry Peskov" || s.Origin != "TASS" {
		t.Errorf("statement by %q told %q", s.Speaker, s.Origin)
	}
	if a := tr.Articles[0]; a.Publisher != "TASS" || !slices.Equal(a.Cites, []string{"TASS"}) || !a.Published.Equal(e.Published) {
		t.Errorf("article %+v", a)
	}
}

// TestExtractedInvalid checks that what no Article gives is refused, by
// AddExtracted or by the JSON decoder, and adds nothing.
func TestExtractedInvalid(t *testing.T) {
	direct := func(f func(q *provenance.ExtractedQuote)) provenance.Extracted {
		q := provenance.ExtractedQuote{Kind: quote.Direct, Text: "x", Spans: []quote.Span{{Start: 0, End: 1}}}
		f(&q)
		return provenance.Extracted{ID: "a", Quotes: []provenance.ExtractedQuote{q}}
	}
	tests := []struct {
		name string
		e    provenance.Extracted
		want error
	}{
		{"no ID", provenance.Extracted{}, provenance.ErrNoID},
		{"no kind", direct(func(q *provenance.ExtractedQuote) { q.Kind = 0 }), provenance.ErrInvalid},
		{"kind out of range", direct(func(q *provenance.ExtractedQuote) { q.Kind = 99 }), provenance.ErrInvalid},
		{"negative span", direct(func(q *provenance.ExtractedQuote) { q.Spans[0].Start = -1 }), provenance.ErrInvalid},
		{"span ends first", direct(func(q *provenance.ExtractedQuote) { q.Spans[0] = quote.Span{Start: 5, End: 2} }), provenance.ErrInvalid},
		{"eighth day", direct(func(q *provenance.ExtractedQuote) { q.Days = 1 << 7 }), provenance.ErrInvalid},
		{"speaker type", direct(func(q *provenance.ExtractedQuote) {
			q.Speaker = &provenance.ExtractedSpeaker{Name: "X", Type: "alien"}
		}), provenance.ErrInvalid},
		{"relay type", direct(func(q *provenance.ExtractedQuote) {
			q.Via = &provenance.ExtractedSpeaker{Name: "X", Type: "alien"}
		}), provenance.ErrInvalid},
		{"outlet relation", direct(func(q *provenance.ExtractedQuote) {
			q.Outlet = &provenance.ExtractedOutlet{Name: "TASS", Relation: "whispered"}
		}), provenance.ErrInvalid},
		{"citation relation", provenance.Extracted{ID: "a", Citations: []provenance.ExtractedCitation{{Outlet: "TASS", Relation: "x"}}}, provenance.ErrInvalid},
	}
	g := newGraph(t)
	for _, tt := range tests {
		if err := g.AddExtracted(tt.e); !errors.Is(err, tt.want) {
			t.Errorf("%s: error %v, want %v", tt.name, err, tt.want)
		}
	}
	if g.Len() != 0 {
		t.Errorf("%d articles added", g.Len())
	}
	// The JSON decoder refuses what it cannot read.
	for _, line := range []string{
		`{"id":"a","quotes":[{"kind":"shout","text":"x","spans":[]}]}`,
		`{"id":"a","quotes":[{"kind":"direct","text":"x","spans":[[3,1]]}]}`,
		`{"id":"a","quotes":[{"kind":"direct","text":"x","spans":[],"days":["someday"]}]}`,
		`{"id":"a","quotes":[],"fingerprint":"AAAB"}`,
		`{"id":"a","quotes":[],"fingerprint":"%%%"}`,
		`{"id":"a","quotes":{}}`,
		`{"id":"a","published":"yesterday","quotes":[]}`,
	} {
		var e provenance.Extracted
		if err := json.Unmarshal([]byte(line), &e); err == nil {
			t.Errorf("%s: decoded", line)
		}
	}
}

// TestGraphFile checks that a graph written to a file reads back as the
// same graph, and that graphs built on parts of a corpus, written and read
// back as separate processes would, merge into the graph of the whole:
// the samples with a copy and its original, and a synthetic corpus.
func TestGraphFile(t *testing.T) {
	arts := sampleArticles(t)
	whole := graphOfArticles(t, slices.Values(arts))
	if diff := cmp.Diff(whole.Trace(), saved(t, whole).Trace(), traceOpts); diff != "" {
		t.Errorf("the graph read back differs (-written +read):\n%s", diff)
	}
	// A graph's file does not depend on the order its articles came in.
	var forward, backward bytes.Buffer
	whole.WriteTo(&forward)
	reversed := slices.Clone(arts)
	slices.Reverse(reversed)
	graphOfArticles(t, slices.Values(reversed)).WriteTo(&backward)
	if !bytes.Equal(forward.Bytes(), backward.Bytes()) {
		t.Error("the graph of the articles added in reverse writes another file")
	}
	// The copy in one half, its original in the other.
	var first, second []provenance.Article
	for i, a := range arts {
		if i%2 == 0 {
			first = append(first, a)
		} else {
			second = append(second, a)
		}
	}
	merged := saved(t, graphOfArticles(t, slices.Values(first)))
	if err := merged.Merge(saved(t, graphOfArticles(t, slices.Values(second)))); err != nil {
		t.Fatal(err)
	}
	tr := merged.Trace()
	if diff := cmp.Diff(whole.Trace(), tr, traceOpts); diff != "" {
		t.Errorf("the merged graph differs from the whole (-whole +merged):\n%s", diff)
	}
	if copiesOf(tr)["copy"] != "wire" {
		t.Errorf("copies %v, want copy of wire", copiesOf(tr))
	}

	// A synthetic corpus, split by article.
	const n = 3000
	var truth synthTruth
	whole = graphOfArticles(t, synthCorpus(n, &truth))
	odd := func(keep int) iter.Seq[provenance.Article] {
		return func(yield func(provenance.Article) bool) {
			i := 0
			for a := range synthCorpus(n, &truth) {
				if i%2 == keep && !yield(a) {
					return
				}
				i++
			}
		}
	}
	merged = newGraph(t)
	for _, part := range []*provenance.Graph{graphOfArticles(t, odd(1)), graphOfArticles(t, odd(0))} {
		var buf bytes.Buffer
		if _, err := part.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		if _, err := merged.ReadFrom(&buf); err != nil {
			t.Fatal(err)
		}
	}
	if merged.Len() != whole.Len() {
		t.Fatalf("%d articles merged, %d in the whole", merged.Len(), whole.Len())
	}
	if diff := cmp.Diff(whole.Trace(), merged.Trace(), traceOpts); diff != "" {
		t.Errorf("the synthetic corpus merged from files differs from the whole (-whole +merged):\n%s", diff)
	}
}

// TestGraphFileOptions checks that ReadGraph gives a graph the options it
// was written with, and ReadFrom keeps the reader's.
func TestGraphFileOptions(t *testing.T) {
	// Two wordings a threshold of 0.5 joins and one of 0.95 does not.
	a := provenance.Article{ID: "a", Result: attributed("We shall not accept any deal that would split our nation in two", "Anna Weber", "")}
	b := provenance.Article{ID: "b", Result: attributed("We will never accept an agreement that divides our country in two", "Anna Weber", "")}
	strict, err := provenance.New(provenance.Options{Threshold: 0.95, MaxGap: -1})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range []provenance.Article{a, b} {
		if err := strict.Add(x); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(strict.Trace().Statements); n != 2 {
		t.Fatalf("%d statements at 0.95, want 2", n)
	}
	var buf bytes.Buffer
	if _, err := strict.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	file := buf.Bytes()
	back, err := provenance.ReadGraph(bytes.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(back.Trace().Statements); n != 2 {
		t.Errorf("ReadGraph: %d statements, want 2 at the saved threshold", n)
	}
	lax := newGraph(t)
	if _, err := lax.ReadFrom(bytes.NewReader(file)); err != nil {
		t.Fatal(err)
	}
	if n := len(lax.Trace().Statements); n != 1 {
		t.Errorf("ReadFrom into a default graph: %d statements, want 1", n)
	}
}

// graphFile returns the graph file of two small articles.
func graphFile(t testing.TB) []byte {
	t.Helper()
	g := newGraph(t)
	g.Add(provenance.Article{ID: "a", Published: time.Date(2025, 3, 1, 8, 0, 0, 0, time.FixedZone("", 3600)),
		Result: attributed("I can neither confirm nor deny it", "Dmitry Peskov", "TASS")})
	g.Add(provenance.Article{ID: "b", URL: "https://www.reuters.com/x", Result: attributed("I can't either confirm or deny this", "Peskov", "")})
	var buf bytes.Buffer
	if _, err := g.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestGraphFileErrors checks that input that is no graph file, a file of
// another version, and a file cut short, changed or followed by more bytes
// are refused with errors that say so, never a panic, and that ReadFrom
// then adds nothing; and that it names the articles a graph holds already.
func TestGraphFileErrors(t *testing.T) {
	file := graphFile(t)
	read := func(b []byte) error {
		_, err := provenance.ReadGraph(bytes.NewReader(b))
		return err
	}
	if err := read(file); err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{"", "QTG", "{\"id\": \"a\", \"text\": \"x\"}\n", "QTGRAPH\r\n1"} {
		if err := read([]byte(in)); !errors.Is(err, provenance.ErrNotGraph) {
			t.Errorf("%q: error %v, want ErrNotGraph", in, err)
		}
	}
	v2 := bytes.Clone(file)
	v2[8] = 2 // the version, after the magic bytes
	if err := read(v2); !errors.Is(err, provenance.ErrVersion) || !strings.Contains(err.Error(), "version 2") {
		t.Errorf("version 2: error %v, want ErrVersion naming it", err)
	}
	for n := 8; n < len(file); n++ {
		if err := read(file[:n]); !errors.Is(err, provenance.ErrCorrupt) && !errors.Is(err, provenance.ErrVersion) {
			t.Fatalf("cut to %d of %d bytes: error %v, want ErrCorrupt", n, len(file), err)
		}
	}
	for i := 9; i < len(file); i++ {
		for _, bit := range []byte{1, 0x80} {
			changed := bytes.Clone(file)
			changed[i] ^= bit
			if err := read(changed); !errors.Is(err, provenance.ErrCorrupt) {
				t.Fatalf("byte %d changed: error %v, want ErrCorrupt", i, err)
			}
		}
	}
	if err := read(append(bytes.Clone(file), 0)); !errors.Is(err, provenance.ErrCorrupt) {
		t.Errorf("a byte more: error %v, want ErrCorrupt", err)
	}

	// ReadFrom adds nothing of a bad file, and all but the duplicates of a
	// good one.
	g := newGraph(t)
	if err := g.Add(provenance.Article{ID: "b", Result: attributed("Something else entirely was said here", "Someone", "")}); err != nil {
		t.Fatal(err)
	}
	if _, err := g.ReadFrom(bytes.NewReader(file[:len(file)-1])); !errors.Is(err, provenance.ErrCorrupt) || g.Len() != 1 {
		t.Errorf("a file cut short: error %v, %d articles; want ErrCorrupt and 1", err, g.Len())
	}
	n, err := g.ReadFrom(bytes.NewReader(file))
	if !errors.Is(err, provenance.ErrDuplicate) || !strings.Contains(err.Error(), `"b"`) || strings.Contains(err.Error(), `"a"`) {
		t.Errorf("error %v, want a duplicate b", err)
	}
	if n != int64(len(file)) || g.Len() != 2 {
		t.Errorf("read %d bytes of %d, %d articles; want all and 2", n, len(file), g.Len())
	}
}

// FuzzReadGraph reads arbitrary bytes as a graph file, as they are and
// with the checksum they need appended (so that the fuzzer reaches the
// reading of the articles): it must never panic, and a graph it reads must
// write and read back as the same graph.
func FuzzReadGraph(f *testing.F) {
	file := graphFile(f)
	body := file[:len(file)-4] // without its checksum
	f.Add(file)
	f.Add(body)
	f.Add(body[:len(body)/2])
	f.Add([]byte("QTGRAPH\n"))
	f.Add([]byte("QTGRAPH\n\x01\x3f\xe0\x00\x00\x00\x00\x00\x00\x00\x05"))
	f.Add([]byte{})
	table := crc32.MakeTable(crc32.Castagnoli)
	f.Fuzz(func(t *testing.T, b []byte) {
		summed := binary.BigEndian.AppendUint32(bytes.Clone(b), crc32.Checksum(b, table))
		for _, in := range [][]byte{b, summed} {
			g, err := provenance.ReadGraph(bytes.NewReader(in))
			if err != nil {
				if g != nil {
					t.Fatal("a graph with an error")
				}
				continue
			}
			if diff := cmp.Diff(g.Trace(), saved(t, g).Trace(), traceOpts); diff != "" {
				t.Errorf("the graph read back differs (-first +second):\n%s", diff)
			}
		}
	})
}
