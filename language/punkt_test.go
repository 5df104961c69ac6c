package language

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/english"
)

func TestSentenceLists(t *testing.T) {
	l := Default().sentences
	for _, w := range strings.Fields("Mr Mrs Ms Dr Gen Sen Rep Gov Lt Col Sgt vs") {
		if !l.titles[w] {
			t.Errorf("title %q missing", w)
		}
	}
	for _, w := range strings.Fields("St Jr Sr Inc Corp Co Ltd No Jan Feb Aug Sept Sep Oct Nov Dec U.S U.K U.N E.U D.C a.m p.m") {
		if !l.abbrevs[w] {
			t.Errorf("abbreviation %q missing", w)
		}
	}
	for _, w := range strings.Fields("the he she it they we i but and in a this that some") {
		if !l.starters[w] {
			t.Errorf("starter %q missing", w)
		}
	}
	for _, bad := range []string{"Mr\n", "[titles]\nMr.\n", "[nonsense]\nx\n"} {
		if _, err := parseSentenceLists(bad); err == nil {
			t.Errorf("parseSentenceLists(%q) = nil error", bad)
		}
	}
	if !abbrevIn(l.titles, "MR") || !abbrevIn(l.abbrevs, "INC") || abbrevIn(l.titles, "mr") {
		t.Error("abbrevIn: wrong capitals handling")
	}
}

// punktVocabulary holds words that exercise each of Punkt's decisions.
var punktVocabulary = strings.Fields(`Mr. Mrs. Dr. Gen. St. Inc. Corp. Jr. U.S. U.K. a.m. p.m. e.g. i.e. etc.
No. no. vs. Dec. Jan. Sept. Fla. W. J. A. I. I a the The He he It it They But and U.S U.S.A. F.B.I.
1. 2. 10. 1990. 2,000. -1.5. 3.5 1st. 5th. . .. ... … ? ! ?! .” ” “ " ' ) ( said. said said, stage.”
stage.’ stage." stage.) done. done… done... iPhone Peskov. Putin’s Washington D.C. Ç. é-co. xx’s.
“Yes” “Yes.” “Mr. (Mr. Ltd. feb. Mar. sen. Prof. Ph.D. al. Calif. Mass. La. Va. Miss. Ind. Pa. TheN
U.S.-based 3.14. Ave. x.y.z. A.B. ab.cd. OK. ©. 1... $5. 50%. p.m.” Jr.” Inc.” THE HE MR. INC. I.”
Asked Today. today. later. Later Meanwhile, However, In also Also Some two One Last ; : ,`)

// TestPunktAsTokenizer checks that punktTables.breakAfter decides as the
// Punkt tokenizer it stands for, on random lines of tricky words.
func TestPunktAsTokenizer(t *testing.T) {
	tok, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	p := punktModel()
	r := rand.New(rand.NewPCG(3, 4))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for range n {
		words := make([]string, 1+r.IntN(12))
		for i := range words {
			words[i] = punktVocabulary[r.IntN(len(punktVocabulary))]
			if r.IntN(6) == 0 {
				words[i] += punktVocabulary[r.IntN(len(punktVocabulary))]
			}
		}
		line := strings.Join(words, " ")
		breaks := map[int]bool{}
		for _, pos := range tok.SentencePositions(line) {
			breaks[pos] = true
		}
		// Punkt drops the last word when its last character has several
		// bytes.
		at := func(i int) pword {
			if i < 0 || i >= len(words) {
				return pword{}
			}
			_, size := utf8.DecodeLastRuneInString(words[i])
			return pword{words[i], i < len(words)-1 || size == 1}
		}
		end := 0
		for i, w := range words[:len(words)-1] {
			end += len(w)
			got := p.breakAfter(w, at(i-1), at(i+1), at(i+2))
			if got != breaks[end] {
				t.Fatalf("%q: after %q: breakAfter = %v, Punkt says %v", line, w, got, breaks[end])
			}
			end++
		}
	}
}

// TestPunktType checks appendType against Punkt's own, which uses a
// regular expression.
func TestPunktType(t *testing.T) {
	word := english.NewWordTokenizer(sentences.NewPunctStrings())
	r := rand.New(rand.NewPCG(5, 6))
	alphabet := []rune("0123456789-.,aZ_é’\xff")
	check := func(w string) {
		want := word.Type(sentences.NewToken(w))
		if got := string(appendType(nil, w)); got != want {
			t.Fatalf("appendType(%q) = %q, Punkt's type is %q", w, got, want)
		}
	}
	for _, w := range punktVocabulary {
		check(w)
	}
	for range 50000 {
		b := make([]rune, 1+r.IntN(8))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		check(string(b))
	}
}
