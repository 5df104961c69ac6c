package provenance_test

import (
	"fmt"
	"testing"

	"github.com/quotetrace/quotetrace/provenance"
)

func TestNodeString(t *testing.T) {
	tests := []struct {
		n    provenance.Node
		want string
	}{
		{provenance.ArticleNode("001_b4ca08a301601282"), "article:001_b4ca08a301601282"},
		{provenance.OutletNode("TASS"), "outlet:TASS"},
		{provenance.SpeakerNode("Dmitry Peskov"), "speaker:Dmitry Peskov"},
		{provenance.StatementNode("s1"), "statement:s1"},
		{provenance.OutletNode("Wire: Service"), "outlet:Wire: Service"},
		{provenance.ArticleNode("a\nb"), "article:a\nb"},
		{provenance.SpeakerNode(""), "speaker:"},
		{provenance.Node{}, "NodeKind(0):"},
		{provenance.Node{Kind: 9, Name: "x"}, "NodeKind(9):x"},
	}
	for _, tt := range tests {
		if got := tt.n.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.n, got, tt.want)
		}
	}
	// A node is its kind and its exact name.
	if provenance.SpeakerNode("a\tb") == provenance.SpeakerNode("a b") {
		t.Error(`the speakers "a\tb" and "a b" are one node`)
	}
	if provenance.SpeakerNode("TASS") == provenance.OutletNode("TASS") {
		t.Error("the speaker TASS and the outlet TASS are one node")
	}
}

func ExampleNode() {
	tr := &provenance.Trace{Edges: []provenance.Edge{
		{From: provenance.StatementNode("s1"), To: provenance.OutletNode("TASS"), Relation: provenance.Told},
	}}
	for _, e := range tr.Edges {
		if e.To.Kind == provenance.OutletKind {
			fmt.Printf("%s was told to %s (node %s)\n", e.From.Name, e.To.Name, e.To)
		}
	}
	// Output:
	// s1 was told to TASS (node outlet:TASS)
}
