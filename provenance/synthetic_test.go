package provenance_test

import (
	"bufio"
	"fmt"
	"iter"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quotetrace/quotetrace/attribution"
	"github.com/quotetrace/quotetrace/provenance"
	"github.com/quotetrace/quotetrace/quote"
)

// The shape of the synthetic corpus. The generator is deterministic: the
// same seed and size give the same articles, and a smaller corpus is a
// prefix of a larger one.
const (
	synthSeed     = 20260101 // seed of the word tables and of every corpus
	synthVocab    = 50_000   // made-up content words
	synthFirst    = 800      // made-up first names
	synthLast     = 6_000    // made-up family names
	synthSpeakers = 20_000   // speakers: first and family name pairs, or organisations
	synthOutlets  = 300      // news outlets
	synthDays     = 365      // publication dates are spread over this many days

	// Content words are drawn with P(rank k) ∝ (synthZipfV + k)^-synthZipfS:
	// the commonest word is about 1.5% of the content words, the 300
	// commonest about half of them, as in English news once its stop words
	// are gone.
	synthZipfS = 1.07
	synthZipfV = 10
	// synthStopShare is the share of a statement's words that are stop
	// words ("the", "of", "we"), which the similarity measure drops.
	synthStopShare = 0.35
	// synthTopicShare is the share of a statement's words taken from its
	// story's topic words, which the statements of a story share.
	synthTopicShare = 0.12
)

// synthStopWords are the function words statements are sprinkled with: they
// are all in provenance's stop-word list, so they are dropped, as in real
// text.
var synthStopWords = strings.Fields(`the the the of of and and to to a a in in that is was
	for on with as we it be are this have they will our at by from an
	but or has had been would there their which what all can more about
	if so than them these its were who into also very should could may`)

// synthNegations are the negations a statement may hold; the similarity
// measure keeps each of them as "not".
var synthNegations = []string{"not", "never", "no"}

// A synthLexicon holds the word tables of the synthetic corpora. It is
// built once and shared, so that it does not count in what a benchmark
// measures.
type synthLexicon struct {
	// words are the tokens: synthStopWords and synthNegations first, then
	// the content words from the commonest down.
	words   []string
	content int32 // index in words of the first content word
	first   []string
	last    []string
	// speakers are the names of the speakers, "First Last", and whether
	// each is an organisation ("the Velar Ministry").
	speakers []synthSpeaker
	outlets  []string
}

// A synthSpeaker is one speaker of the synthetic corpus.
type synthSpeaker struct {
	name string // "Anna Velar" or "Velar Ministry"
	last string // the family name, or "" for an organisation
	org  bool
}

// synthLex returns the shared word tables, building them the first time.
var synthLex = sync.OnceValue(func() *synthLexicon {
	r := rand.New(rand.NewPCG(synthSeed, 1))
	taken := reservedWords()
	lex := &synthLexicon{}
	lex.words = append(append(lex.words, synthStopWords...), synthNegations...)
	lex.content = int32(len(lex.words))
	for len(lex.words) < int(lex.content)+synthVocab {
		if w := madeUpWord(r, 2+r.IntN(2)); !taken[w] {
			taken[w] = true
			lex.words = append(lex.words, w)
		}
	}
	for len(lex.first) < synthFirst {
		if w := madeUpWord(r, 2+r.IntN(2)); !taken[w] {
			taken[w] = true
			lex.first = append(lex.first, capitalize(w))
		}
	}
	for len(lex.last) < synthLast {
		if w := madeUpWord(r, 2+r.IntN(3)); !taken[w] {
			taken[w] = true
			lex.last = append(lex.last, capitalize(w))
		}
	}
	bodies := []string{"Ministry", "Council", "Agency", "Party", "Union", "Office", "Bank", "Court"}
	names := make(map[string]bool)
	for len(lex.speakers) < synthSpeakers {
		var s synthSpeaker
		if r.IntN(10) == 0 {
			s = synthSpeaker{name: lex.last[r.IntN(len(lex.last))] + " " + bodies[r.IntN(len(bodies))], org: true}
		} else {
			s.last = lex.last[r.IntN(len(lex.last))]
			s.name = lex.first[r.IntN(len(lex.first))] + " " + s.last
		}
		if !names[s.name] {
			names[s.name] = true
			lex.speakers = append(lex.speakers, s)
		}
	}
	kinds := []string{"Daily", "Times", "News Agency", "Post", "Herald", "Radio", "TV", "Observer", "Today", "Wire"}
	for len(lex.outlets) < synthOutlets {
		o := capitalize(madeUpWord(r, 2)) + " " + kinds[r.IntN(len(kinds))]
		if !names[o] {
			names[o] = true
			lex.outlets = append(lex.outlets, o)
		}
	}
	return lex
})

// reservedWords returns the words made-up words must not be: provenance's
// stop words, negations and number words, read from its data files, and
// the words of the synthetic text around quotations.
func reservedWords() map[string]bool {
	m := make(map[string]bool)
	for _, name := range []string{"../language/data/stopwords.txt", "../language/data/negations.txt", "../language/data/numbers.txt"} {
		f, err := os.Open(name)
		if err != nil {
			panic(err) // the test runs in the package directory
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if line := strings.TrimSpace(sc.Text()); line != "" && line[0] != '#' {
				m[strings.Fields(line)[0]] = true
			}
		}
		f.Close()
	}
	for _, w := range strings.Fields("said told quoted saying according source he she") {
		m[w] = true
	}
	return m
}

// Syllables of made-up words.
var (
	synthOnsets = strings.Fields("b d f g k l m n p r s t v z br dr kr pr st tr sl pl gr ch sh")
	synthVowels = strings.Fields("a e i o u a e o ai ou")
	synthCodas  = []string{"", "", "", "n", "r", "l", "s", "k", "m", "t"}
)

// madeUpWord returns a pronounceable word of the given number of
// syllables.
func madeUpWord(r *rand.Rand, syllables int) string {
	var b strings.Builder
	for range syllables {
		b.WriteString(synthOnsets[r.IntN(len(synthOnsets))])
		b.WriteString(synthVowels[r.IntN(len(synthVowels))])
	}
	b.WriteString(synthCodas[r.IntN(len(synthCodas))])
	return b.String()
}

// capitalize returns w with its first letter in upper case.
func capitalize(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// synonym returns the content word a translation may use for the content
// word w: the words pair up by rank (0 with 1, 2 with 3, …), so a word and
// its synonym are about as common. Other tokens are their own synonyms.
func (lex *synthLexicon) synonym(w int32) int32 {
	if w < lex.content {
		return w
	}
	return lex.content + (w - lex.content) ^ 1
}

// synthTruth is the ground truth of a synthetic corpus: the statement each
// quotation reports. Quotation q of the article with index a (ID
// synthArticleID(a)) is number first[a]+q; stmt[number] is its statement.
// It takes 4 bytes a quotation and 4 an article.
type synthTruth struct {
	first []int32
	stmt  []int32
}

// synthArticleID returns the ID of the article with index a.
func synthArticleID(a int) string { return fmt.Sprintf("a%08d", a) }

// quoteNumber returns the number of quotation q of the article with the
// given ID, or -1 if the ID is not of the corpus.
func (t *synthTruth) quoteNumber(id string, q int) int {
	a, err := strconv.Atoi(strings.TrimPrefix(id, "a"))
	if err != nil || a < 0 || a >= len(t.first) {
		return -1
	}
	return int(t.first[a]) + q
}

// score returns the pairwise precision and recall of the statements of tr
// against the truth: of the pairs of quotations that tr puts in one
// statement, the share that report one statement, and of the pairs that
// report one statement, the share tr puts in one. It counts pairs from the
// sizes of groups, never pair by pair, so it is linear in the quotations.
func (t *synthTruth) score(tr *provenance.Trace) (precision, recall float64) {
	pairs := func(n int64) int64 { return n * (n - 1) / 2 }
	var nStmt int32
	for _, s := range t.stmt {
		nStmt = max(nStmt, s+1)
	}
	size := make([]int64, nStmt)
	for _, s := range t.stmt {
		size[s]++
	}
	var truePairs, predicted, both int64
	for _, n := range size {
		truePairs += pairs(n)
	}
	cell := make(map[int32]int64)
	for _, s := range tr.Statements {
		predicted += pairs(int64(len(s.Members)))
		if len(s.Members) < 2 {
			continue
		}
		clear(cell)
		for _, m := range s.Members {
			if n := t.quoteNumber(m.Article, m.Quote); n >= 0 && n < len(t.stmt) {
				cell[t.stmt[n]]++
			}
		}
		for _, n := range cell {
			both += pairs(n)
		}
	}
	precision, recall = 1, 1
	if predicted > 0 {
		precision = float64(both) / float64(predicted)
	}
	if truePairs > 0 {
		recall = float64(both) / float64(truePairs)
	}
	return precision, recall
}

// A synthStatement is one utterance of the synthetic corpus: its words as
// said, its speaker, and the outlet it was given to, if any.
type synthStatement struct {
	id      int32
	words   []int32
	speaker int32
	origin  int32 // index in outlets of the outlet it was told to, or -1
}

// A synthReport is one article's quotation of a statement, before it is
// written out.
type synthReport struct {
	st    *synthStatement
	kind  quote.Kind
	words []int32
}

// A synthGen draws one synthetic corpus.
type synthGen struct {
	lex                     *synthLexicon
	r                       *rand.Rand
	vocab, speakers, outlet *rand.Zipf
	start                   time.Time
	nextStmt                int32
	buf                     synthBuf
}

// A synthBuf is the buffer an article's text is written in. Unlike a
// strings.Builder it is reused, and its String is a copy of exactly the
// text's size, as a text read from a file would be: the Graph keeps
// substrings of the text, and a builder's spare capacity would count as
// the Graph's memory.
type synthBuf struct{ b []byte }

// WriteString appends s.
func (w *synthBuf) WriteString(s string) { w.b = append(w.b, s...) }

// WriteByte appends c; it never fails.
func (w *synthBuf) WriteByte(c byte) error {
	w.b = append(w.b, c)
	return nil
}

// Len returns the number of bytes written since the last Reset.
func (w *synthBuf) Len() int { return len(w.b) }

// Reset empties the buffer, keeping its memory.
func (w *synthBuf) Reset() { w.b = w.b[:0] }

// String returns a copy of the bytes written.
func (w *synthBuf) String() string { return string(w.b) }

// synthCorpus returns the articles of a synthetic corpus of n quotations,
// made one at a time as the caller ranges over them, and fills in truth as
// it goes (truth must not be read before the range is over). The articles
// come in stories: one to six articles (most often one) published within
// two days of one another, on a day of the year, quoting one to four
// speakers (prominent ones more often, by a Zipf law), whose statements
// share three to six topic words. Each article quotes five to fifteen
// statements, nearly half of them (after a story's first article) quoted
// by an earlier article of its story, each in a wording of its own:
//
//   - most are direct quotations, translations of the statement: a fifth to
//     two fifths of the words replaced by a synonym or another word, a few
//     dropped, a few added;
//   - some are partial quotations: a run of three to eight words, lightly
//     changed, inside the writer's sentence;
//   - some are reported speech: a looser paraphrase without quote marks.
//
// The speaker is named in full, by family name alone, by a pronoun that
// resolves to nobody, or not at all; some quotations name the outlet the
// words were told to, the outlet that quoted them, or the one the article
// has them from. Each article's text is its quotations, each in a sentence
// of attribution, so that every span of its Result is valid.
func synthCorpus(n int, truth *synthTruth) iter.Seq[provenance.Article] {
	return func(yield func(provenance.Article) bool) {
		lex := synthLex()
		r := rand.New(rand.NewPCG(synthSeed, 2))
		g := &synthGen{
			lex:      lex,
			r:        r,
			vocab:    rand.NewZipf(r, synthZipfS, synthZipfV, synthVocab-1),
			speakers: rand.NewZipf(r, 1.2, 20, synthSpeakers-1),
			outlet:   rand.NewZipf(r, 1.3, 5, synthOutlets-1),
			start:    time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
		}
		*truth = synthTruth{stmt: make([]int32, 0, n)}
		article := 0
		for len(truth.stmt) < n {
			day, story := g.story()
			for _, reps := range story {
				reps = reps[:min(len(reps), n-len(truth.stmt))]
				if len(reps) == 0 {
					return
				}
				truth.first = append(truth.first, int32(len(truth.stmt)))
				for _, rep := range reps {
					truth.stmt = append(truth.stmt, rep.st.id)
				}
				a := g.article(synthArticleID(article), day, reps)
				article++
				if !yield(a) {
					return
				}
			}
		}
	}
}

// synthArticlesPerStory is the distribution of the number of articles of a
// story, 1 to 6.
var synthArticlesPerStory = []float64{0.50, 0.18, 0.12, 0.09, 0.07, 0.04}

// story returns the day of the year of one story and the quotations of its
// articles, one slice an article.
func (g *synthGen) story() (int, [][]synthReport) {
	r := g.r
	day := r.IntN(synthDays)
	nArt := 1
	for x := r.Float64(); nArt < len(synthArticlesPerStory) && x >= synthArticlesPerStory[nArt-1]; nArt++ {
		x -= synthArticlesPerStory[nArt-1]
	}
	topic := make([]int32, 3+r.IntN(4))
	for i := range topic {
		// Topic words are of middling frequency: names, places, issues.
		topic[i] = g.lex.content + int32(100+r.IntN(synthVocab-100))
	}
	speakers := make([]int32, 1+r.IntN(4))
	for i := range speakers {
		speakers[i] = int32(g.speakers.Uint64())
	}
	var pool []*synthStatement
	out := make([][]synthReport, nArt)
	for a := range out {
		nq := 5 + r.IntN(11)
		var mine []*synthStatement
		for range nq {
			var st *synthStatement
			if a > 0 && r.Float64() < 0.45 {
				// A statement an earlier article of the story quoted.
				for range 4 {
					if c := pool[r.IntN(len(pool))]; !slices.Contains(mine, c) {
						st = c
						break
					}
				}
			}
			if st == nil {
				st = g.statement(topic, speakers[r.IntN(len(speakers))])
				pool = append(pool, st)
			}
			mine = append(mine, st)
			out[a] = append(out[a], g.report(st))
		}
	}
	return day, out
}

// statement returns a new statement by the given speaker on a story with
// the given topic words: 8 to 60 words, most of them fewer than 30.
func (g *synthGen) statement(topic []int32, speaker int32) *synthStatement {
	r := g.r
	u := r.Float64()
	n := 8 + int(52*u*u)
	st := &synthStatement{id: g.nextStmt, words: make([]int32, n), speaker: speaker, origin: -1}
	g.nextStmt++
	for i := range st.words {
		st.words[i] = g.word(topic)
	}
	if r.IntN(10) < 3 {
		st.origin = int32(g.outlet.Uint64())
	}
	return st
}

// word returns a word of a statement on a story with the given topic words
// (none for a word of no story).
func (g *synthGen) word(topic []int32) int32 {
	r := g.r
	switch x := r.Float64(); {
	case x < synthStopShare:
		return int32(r.IntN(len(synthStopWords)))
	case x < synthStopShare+0.01:
		return int32(len(synthStopWords) + r.IntN(len(synthNegations)))
	case x < synthStopShare+0.01+synthTopicShare && len(topic) > 0:
		return topic[r.IntN(len(topic))]
	}
	return g.lex.content + int32(g.vocab.Uint64())
}

// report returns one article's quotation of st.
func (g *synthGen) report(st *synthStatement) synthReport {
	r := g.r
	switch x := r.IntN(100); {
	case x < 76:
		return synthReport{st, quote.Direct, g.perturb(st.words, 0.2+0.2*r.Float64())}
	case x < 88:
		// A partial quotation: a run of the words, lightly changed.
		n := min(3+r.IntN(6), len(st.words))
		i := r.IntN(len(st.words) - n + 1)
		return synthReport{st, quote.Partial, g.perturb(st.words[i:i+n], 0.1*r.Float64())}
	default:
		return synthReport{st, quote.Indirect, g.perturb(st.words, 0.35+0.15*r.Float64())}
	}
}

// perturb returns a translation of words: each word replaced with the given
// probability, by its synonym or (less often) another word, and a few
// words dropped or added.
func (g *synthGen) perturb(words []int32, rate float64) []int32 {
	r := g.r
	out := make([]int32, 0, len(words)+4)
	for _, w := range words {
		switch x := r.Float64(); {
		case x < 0.03:
			continue // dropped
		case x < 0.03+rate:
			switch {
			case w < g.lex.content:
				w = int32(r.IntN(len(synthStopWords)))
			case r.IntN(10) < 6:
				w = g.lex.synonym(w)
			default:
				w = g.word(nil)
			}
		}
		out = append(out, w)
		if r.Float64() < 0.03 {
			out = append(out, g.word(nil))
		}
	}
	if len(out) == 0 {
		out = append(out, words[0])
	}
	return out
}

// article writes out the article with the given ID and quotations,
// published within two days after the start of the given day of the year:
// its text, a paragraph a quotation, and the Result an Attributor would
// give.
func (g *synthGen) article(id string, day int, reps []synthReport) provenance.Article {
	r, lex := g.r, g.lex
	a := provenance.Article{
		ID:        id,
		Publisher: lex.outlets[g.outlet.Uint64()],
		Published: g.start.Add(time.Duration(day)*24*time.Hour + time.Duration(r.IntN(48*60))*time.Minute),
	}
	if r.IntN(30) == 0 {
		a.Published = time.Time{} // unknown
	}
	b := &g.buf
	b.Reset()
	res := &attribution.Result{Quotes: make([]attribution.Attribution, len(reps))}
	type pending struct {
		quote, speaker, cue, outlet, evidence quote.Span
	}
	spans := make([]pending, len(reps))
	for i, rep := range reps {
		if i > 0 {
			b.WriteString("\n\n")
		}
		at := &res.Quotes[i]
		at.Quote.Kind = rep.kind
		sp := lex.speakers[rep.st.speaker]
		// How the article names the speaker.
		mention, name, typ := sp.name, sp.name, attribution.Person
		if sp.org {
			typ = attribution.Organization
			mention = "the " + sp.name
		}
		switch x := r.IntN(100); {
		case x < 10:
			mention = "" // not named
		case x < 18:
			mention, typ = []string{"he", "she", "it"}[r.IntN(2)], attribution.Unknown
			if sp.org {
				mention = "it"
			}
			name = mention
		case x < 30 && !sp.org:
			mention, name = sp.last, sp.last
		}
		// Which outlet the article says carried the words.
		outlet, rel := "", attribution.Relation("")
		switch x := r.IntN(100); {
		case rep.st.origin >= 0 && x < 60:
			outlet, rel = lex.outlets[rep.st.origin], attribution.Told
		case rep.st.origin >= 0 && x < 75:
			outlet, rel = lex.outlets[rep.st.origin], attribution.AccordingTo
		case rep.st.origin < 0 && x < 8:
			outlet, rel = lex.outlets[g.outlet.Uint64()], attribution.Quoted
		case rep.st.origin < 0 && x < 16:
			outlet, rel = lex.outlets[g.outlet.Uint64()], attribution.AccordingTo
		}
		if (rel == attribution.Told || rel == attribution.Quoted) && mention == "" {
			rel = attribution.AccordingTo // "told X", "X quoted" need a speaker
		}
		p := &spans[i]
		mark := func(s *quote.Span, text string) {
			s.Start = b.Len()
			b.WriteString(text)
			s.End = b.Len()
		}
		// quoted writes open, the quotation's words, and close, and marks
		// the words' span.
		quoted := func(open, close string) {
			b.WriteString(open)
			p.quote.Start = b.Len()
			g.writeWords(rep.words, rep.kind == quote.Direct)
			p.quote.End = b.Len()
			b.WriteString(close)
		}
		switch {
		case rel == attribution.Quoted && mention != "":
			// VELAR TIMES quoted Anna Velar as saying: “…”
			p.evidence.Start = b.Len()
			mark(&p.outlet, outlet)
			p.cue.Start = b.Len() + 1
			b.WriteString(" quoted ")
			mark(&p.speaker, mention)
			b.WriteString(" as saying")
			p.cue.End = b.Len()
			p.evidence.End = b.Len()
			if rep.kind == quote.Indirect {
				quoted(" that ", ".")
			} else {
				quoted(": “", "”")
			}
		case rep.kind == quote.Direct:
			// “…,” Anna Velar said[, according to X] / told X.
			quoted("“", ",” ")
			if mention != "" {
				mark(&p.speaker, mention)
				b.WriteString(" ")
			} else {
				b.WriteString("came the reply, ")
			}
			g.writeCue(&p.cue, &p.outlet, &p.evidence, outlet, rel, mention != "")
			b.WriteString(".")
		default:
			// Anna Velar said the plan was “…”. / Anna Velar said that … .
			if mention != "" {
				mark(&p.speaker, mention)
				b.WriteString(" ")
			} else {
				b.WriteString("It was ")
			}
			g.writeCue(&p.cue, &p.outlet, &p.evidence, outlet, rel, mention != "")
			if rep.kind == quote.Partial {
				quoted(" the plan was “", "”.")
			} else {
				quoted(" that ", ".")
			}
		}
		if mention != "" {
			at.Speaker = &attribution.Speaker{Name: name, Type: typ, Mention: mention, Span: p.speaker}
		}
		if outlet != "" {
			at.Outlet = &attribution.Citation{Outlet: outlet, Relation: rel, Mention: outlet, Span: p.outlet, EvidenceSpan: p.evidence}
		}
		at.Confidence = 0.9
	}
	text := b.String()
	res.Document = &quote.Document{Text: text}
	for i := range res.Quotes {
		at, p := &res.Quotes[i], &spans[i]
		at.Quote.Text = text[p.quote.Start:p.quote.End]
		at.Quote.Fragments = []quote.Fragment{{Span: p.quote}}
		if !p.cue.IsEmpty() {
			at.Cue = &attribution.Cue{Text: text[p.cue.Start:p.cue.End], Span: p.cue}
		}
		if c := at.Outlet; c != nil {
			c.Evidence = text[p.evidence.Start:p.evidence.End]
			res.Citations = append(res.Citations, *c)
		}
	}
	return provenance.Article{ID: a.ID, Publisher: a.Publisher, Published: a.Published, Result: res}
}

// writeCue writes the reporting words of a quotation, "said", "told X" or
// "said, according to X", and marks the cue, the outlet's name and the
// words that cite it. named reports whether the speaker was named before
// the cue.
func (g *synthGen) writeCue(cue, outlet, evidence *quote.Span, name string, rel attribution.Relation, named bool) {
	b := &g.buf
	cue.Start = b.Len()
	switch {
	case rel == attribution.Told && named:
		evidence.Start = b.Len()
		b.WriteString("told")
		cue.End = b.Len()
		b.WriteString(" ")
		outlet.Start = b.Len()
		b.WriteString(name)
		outlet.End = b.Len()
		evidence.End = b.Len()
		return
	default:
		b.WriteString("said")
		cue.End = b.Len()
	}
	if name != "" {
		b.WriteString(", ")
		evidence.Start = b.Len()
		b.WriteString("according to ")
		outlet.Start = b.Len()
		b.WriteString(name)
		outlet.End = b.Len()
		evidence.End = b.Len()
	}
}

// writeWords writes the tokens words to g.buf, separated by spaces and now
// and then a comma; a direct quotation starts with a capital.
func (g *synthGen) writeWords(words []int32, sentence bool) {
	b := &g.buf
	for i, w := range words {
		if i > 0 {
			if g.r.IntN(12) == 0 {
				b.WriteByte(',')
			}
			b.WriteByte(' ')
		}
		s := g.lex.words[w]
		if i == 0 && sentence {
			b.WriteString(strings.ToUpper(s[:1]))
			s = s[1:]
		}
		b.WriteString(s)
	}
}

// TestSyntheticCorpus checks that the synthetic corpus is deterministic,
// that every span of its Results holds what it should, and that its truth
// numbers every quotation; it logs the corpus's shape and, without -short,
// how well provenance groups it.
func TestSyntheticCorpus(t *testing.T) {
	const n = 20_000
	var truth, again synthTruth
	var texts []string
	kinds := make(map[quote.Kind]int)
	speakers := make(map[string]int)
	var quotes, articles, textBytes int
	for a := range synthCorpus(n, &truth) {
		if a.ID != synthArticleID(articles) {
			t.Fatalf("article %d has ID %q", articles, a.ID)
		}
		articles++
		res := a.Result
		text := res.Document.Text
		textBytes += len(text)
		texts = append(texts, text)
		for i, at := range res.Quotes {
			quotes++
			kinds[at.Quote.Kind]++
			if got := at.Quote.Fragments[0].Span.In(text); got != at.Quote.Text || got == "" {
				t.Fatalf("%s quote %d: span holds %q, text is %q", a.ID, i, got, at.Quote.Text)
			}
			switch sp := at.Speaker; {
			case sp == nil:
				speakers["none"]++
			case sp.Type == attribution.Unknown:
				speakers["pronoun"]++
			default:
				speakers["named"]++
				if got := sp.Span.In(text); got != sp.Mention {
					t.Fatalf("%s quote %d: speaker span holds %q, mention is %q", a.ID, i, got, sp.Mention)
				}
			}
			if c := at.Outlet; c != nil {
				if got := c.Span.In(text); got != c.Outlet {
					t.Fatalf("%s quote %d: outlet span holds %q, outlet is %q", a.ID, i, got, c.Outlet)
				}
				if !strings.Contains(c.Evidence, c.Outlet) {
					t.Fatalf("%s quote %d: evidence %q lacks outlet %q", a.ID, i, c.Evidence, c.Outlet)
				}
			}
			if at.Cue != nil && at.Cue.Span.In(text) != at.Cue.Text {
				t.Fatalf("%s quote %d: cue span holds %q, cue is %q", a.ID, i, at.Cue.Span.In(text), at.Cue.Text)
			}
		}
	}
	if quotes != n || len(truth.stmt) != n || len(truth.first) != articles {
		t.Fatalf("%d quotes, %d in truth, %d articles, %d in truth", quotes, len(truth.stmt), articles, len(truth.first))
	}
	k := 0
	for a := range synthCorpus(n, &again) {
		if a.Result.Document.Text != texts[k] {
			t.Fatalf("article %d differs the second time", k)
		}
		k++
	}
	if !slices.Equal(truth.stmt, again.stmt) || !slices.Equal(truth.first, again.first) {
		t.Fatal("the truth differs the second time")
	}

	reports := make(map[int32]int)
	for _, s := range truth.stmt {
		reports[s]++
	}
	hist := make([]int, 8)
	for _, c := range reports {
		hist[min(c, len(hist)-1)]++
	}
	t.Logf("%d quotes in %d articles (%.1f a article, %d bytes of text a article); %d statements; articles a statement: %v",
		quotes, articles, float64(quotes)/float64(articles), textBytes/articles, len(reports), hist[1:])
	t.Logf("kinds: direct %d, partial %d, indirect %d; speakers: %v", kinds[quote.Direct], kinds[quote.Partial], kinds[quote.Indirect], speakers)
	if testing.Short() {
		return
	}

	g, err := provenance.New(provenance.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var truth2 synthTruth
	for a := range synthCorpus(n, &truth2) {
		if err := g.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	tr := g.Trace()
	p, r := truth2.score(tr)
	t.Logf("%d statements found; pairwise precision %.3f, recall %.3f", len(tr.Statements), p, r)
}
