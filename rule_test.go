package itu_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
)

// testRule is not defined in the catalogue (rule.Define): a test rule there
// would show up in anything generated from it.
var testRule = itu.Rule{Code: "test.catalogue.entry", Severity: itu.Warning, Description: "A rule used by this test.", Source: "rule_test.go"}

func TestRuleAt(t *testing.T) {
	got := testRule.At("/cv/name", `"x" is not a name`)
	want := itu.Violation{Path: "/cv/name", Code: "test.catalogue.entry", Severity: itu.Warning, Message: `"x" is not a name`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("At() mismatch (-want +got):\n%s", diff)
	}
	if (itu.Rule{Code: "test.zero.severity"}).At("", "m").Severity != itu.Error {
		t.Error("a rule with no severity set does not give errors")
	}
}

// TestRuleAtBounds is the regression test for messages reaching 1,003 bytes
// where README promises 1,000 (the "…" is 3 bytes), and for paths holding a
// token of megabytes (issue 12).
func TestRuleAtBounds(t *testing.T) {
	r := itu.Rule{Code: "test.rule"}
	tests := []struct {
		name, path, msg string
		wantPath        string
		wantLen         int
	}{
		{"short", "/a/b", "fine", "/a/b", 4},
		{"message at the bound", "", strings.Repeat("x", itu.MaxMessage), "", itu.MaxMessage},
		{"message past the bound", "", strings.Repeat("x", itu.MaxMessage+1), "", itu.MaxMessage},
		{"multibyte message", "", strings.Repeat("é", itu.MaxMessage), "", itu.MaxMessage - 1},
		{"long token", "/votes/" + strings.Repeat("A", 1<<20) + "/x", "m", "/votes/" + strings.Repeat("A", itu.MaxPathToken-3) + "…/x", 1},
		{"long escaped token", "/votes/" + strings.Repeat("~1", 1<<10), "m", "/votes/" + strings.Repeat("~1", (itu.MaxPathToken-3)/2) + "…", 1},
		{"already cut", "/votes/" + strings.Repeat("A", itu.MaxPathToken-3) + "…", "m", "/votes/" + strings.Repeat("A", itu.MaxPathToken-3) + "…", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := r.At(tt.path, tt.msg)
			got := struct {
				Path string
				Len  int
			}{v.Path, len(v.Message)}
			want := struct {
				Path string
				Len  int
			}{tt.wantPath, tt.wantLen}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("At (-want +got):\n%s", diff)
			}
			if !utf8.ValidString(v.Message) {
				t.Errorf("At cut the message inside a character")
			}
		})
	}
}
