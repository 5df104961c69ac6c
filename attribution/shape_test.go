package attribution

import (
	"strings"
	"testing"
)

// TestShapeOf checks shapeOf against isAgentPlural and isAdjective.
func TestShapeOf(t *testing.T) {
	words := strings.Fields("forecasters economists participants presidents Americans users " +
		"presidential independent Chinese foolish military generous active Democratic " +
		"Republican ants ers ians ally plan music native cause their these others " +
		"said told spokesman officials agents Ivans OUS famous ic al an ent")
	for _, w := range words {
		for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:], w + "x", "x" + w} {
			want := shape(0)
			if isAgentPlural(v) {
				want |= agentPlural
			}
			if isAdjective(v) {
				want |= adjective
			}
			if got := shapeOf(v); got != want {
				t.Errorf("shapeOf(%q) = %b, want %b", v, got, want)
			}
		}
	}
}
