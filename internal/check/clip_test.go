package check_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/internal/clip"
	"github.com/plenipot/itu/names"
)

var ruleEcho = itu.Rule{Code: "test.echo", Description: "test only"}

// TestAddClipsLongText is the regression test for messages that echoed a
// hostile value of megabytes back in full through %q.
func TestAddClipsLongText(t *testing.T) {
	long := strings.Repeat("é", 1<<20)
	tests := []struct {
		name   string
		format string
		args   []any
		want   string
	}{
		{"short text as is", "got %q", []any{"KOR"}, `got "KOR"`},
		{"domain type", "got %q", []any{itu.StateCode(strings.Repeat("K", clip.Max+1))}, `got "` + strings.Repeat("K", clip.Max) + `…"`},
		{"long text quoted", "got %q; want %q", []any{long, "x"}, `got "` + strings.Repeat("é", clip.Max) + `…"; want "x"`},
		{"%s left whole up to the message bound", "%s", []any{strings.Repeat("a", 900)}, strings.Repeat("a", 900)},
		{"message cut to 1,000 bytes, the mark included", "%s", []any{long}, strings.Repeat("é", 498) + "…"},
		{"other verbs", "%d %v", []any{7, strings.Repeat("b", 300)}, "7 " + strings.Repeat("b", 300)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := check.New()
			r.Add(ruleEcho, "/x", tt.format, tt.args...)
			got := r.Violations()[0].Message
			if got != tt.want || !utf8.ValidString(got) {
				t.Errorf("message = %.300q (%d bytes); want %.300q", got, len(got), tt.want)
			}
		})
	}
}

// TestAddClipsNamedStrings: a value of a named string type from input (a
// name, a conference code) is cut under %s too, before it is copied, while a
// plain string the rule composed is written whole.
func TestAddClipsNamedStrings(t *testing.T) {
	name := names.Name(strings.Repeat("A", 5000))
	phrase := strings.Repeat("b", 200)
	r := check.New()
	r.Add(ruleEcho, "/x", "%s elected; %s", name, phrase)
	msg := r.Violations()[0].Message
	if want := clip.String(string(name)) + " elected; " + phrase; msg != want {
		t.Errorf("message = %.120q… (%d bytes); want the name cut to %d characters and the phrase whole", msg, len(msg), clip.Max)
	}
}
