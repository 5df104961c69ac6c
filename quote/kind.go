package quote

import "fmt"

// Kind says what a run of quoted words is.
//
// Direct, Partial and Indirect are speech: words someone is reported to have
// said. ScareQuote, Title and Nickname are words in quote marks that nobody
// is said to have said; they are reported so that later stages can leave
// them out rather than guess.
type Kind uint8

// The kinds of quotation. The zero Kind is invalid.
const (
	// Direct is a quoted utterance of its own:
	// “It’s completely untrue,” Peskov said.
	Direct Kind = iota + 1
	// Partial is quoted words inside the writer's own sentence:
	// he can “neither confirm nor deny” a report.
	Partial
	// Indirect is reported speech without quote marks. The quote package
	// never finds these; package attribution does.
	Indirect
	// ScareQuote is a word or two in marks to distance the writer from
	// them, with no one said to have said them: the “experts” disagree.
	ScareQuote
	// Title is the name of a work: the book “War and Peace”.
	Title
	// Nickname is a name in marks: Dwayne “The Rock” Johnson.
	Nickname
)

var kindNames = [...]string{
	Direct:     "direct",
	Partial:    "partial",
	Indirect:   "indirect",
	ScareQuote: "scare",
	Title:      "title",
	Nickname:   "nickname",
}

// String returns the kind's name as the quotetrace command writes it:
// "direct", "partial", "indirect", "scare", "title" or "nickname".
func (k Kind) String() string {
	if k > 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// IsSpeech reports whether k is words someone is reported to have said:
// Direct, Partial or Indirect.
func (k Kind) IsSpeech() bool { return k == Direct || k == Partial || k == Indirect }

// MarshalText encodes k as its name.
func (k Kind) MarshalText() ([]byte, error) {
	if k == 0 || int(k) >= len(kindNames) {
		return nil, fmt.Errorf("quote: invalid kind %d", uint8(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText decodes a name written by MarshalText.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, name := range kindNames {
		if i > 0 && name == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("quote: unknown kind %q", b)
}
