package attribution_test

import "testing"

// TestReportedCues covers the cues of reported speech beyond the verbs of
// saying and of stance: infinitives after a refusal, questions asked,
// expectations and polls.
func TestReportedCues(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []reported
	}{
		{"declined to comment", "The agency declined to comment on the audit.",
			[]reported{{"to comment on the audit", "agency", "The agency", "declined", ""}}},
		{"refused to, after an apposition", "Ann Lee, the union's treasurer, refused to apologize.",
			[]reported{{"to apologize", "Ann Lee", "Ann Lee", "refused", ""}}},
		{"declined is no cue before a noun phrase", "Ticket sales declined to a record low last year.", nil},
		{"declined is no cue without an infinitive", "Ticket sales declined sharply last year.", nil},
		{"a participle of backing", "The mayor named a panel backing the new tram line.",
			[]reported{{"the new tram line", "panel", "a panel", "backing", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkReported(t, tt.text, tt.want) })
	}
}
