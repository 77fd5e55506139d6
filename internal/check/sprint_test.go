package check

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/names"
)

// sprintStringer is a Stringer that panics when its text is "panic".
type sprintStringer string

func (s sprintStringer) String() string {
	if s == "panic" {
		panic("boom")
	}
	return "<" + string(s) + ">"
}

type sprintPtrStringer struct{ s string }

func (p *sprintPtrStringer) String() string { return p.s }

type sprintFormatter struct{}

func (sprintFormatter) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "F%c", verb) }

// sprintArgs are arguments of every kind sprint formats or leaves to fmt.
var sprintArgs = []any{
	"", "KOR", `quote "me" \ now`, strings.Repeat("é", 100), strings.Repeat("a", 81),
	0, -12, math.MaxInt, int64(5), uint8(3), 2.5, true, nil,
	itu.SecretaryGeneral, itu.Post(99), itu.StateCode("KOR"), itu.Language(2), names.Name("Dr Chaesub LEE"), names.Name(strings.Repeat("Lee ", 40)),
	civil.Date{Year: 2021, Month: 3, Day: 4}, civil.Date{},
	sprintStringer("x"), sprintStringer("panic"), sprintStringer(strings.Repeat("b", 90)),
	&sprintPtrStringer{"ptr"}, (*sprintPtrStringer)(nil), sprintFormatter{}, errors.New("an error"),
	[]string{"a"},
}

// sprintFormats are formats sprint formats or leaves to fmt.
var sprintFormats = []string{
	"", "plain", "%s", "%q", "%d", "%v", "%%", "100%% %s", "%s and %q, %d", "%x", "%5s", "%-q",
	"%+v", "%", "trailing %", "%s %s", "%!", "%[1]s", "%T", "é %s ü",
}

// TestSprint holds sprint to fmt.Sprintf with Report.Add's clipping, for
// every format above with every argument, alone and in pairs: the same
// text wherever sprint formats, and fmt's wherever it declines.
func TestSprint(t *testing.T) {
	simple := []any{"who", civil.Date{Year: 2021, Month: 3, Day: 4}, `a "line"`, 3, itu.SecretaryGeneral}
	if got, ok := sprint("%s on %s: %q, %d (%v) 100%%", simple); !ok || got != `who on 2021-03-04: "a \"line\"", 3 (SG) 100%` {
		t.Errorf("sprint of a simple format = %q, %v; want it formatted", got, ok)
	}
	for _, format := range sprintFormats {
		checkSprint(t, format, nil)
		for _, a := range sprintArgs {
			checkSprint(t, format, []any{a})
			for _, b := range sprintArgs[:8] {
				checkSprint(t, format, []any{a, b})
			}
		}
	}
}

func FuzzSprint(f *testing.F) {
	for _, format := range sprintFormats {
		f.Add(format, "text", 7)
	}
	f.Fuzz(func(t *testing.T, format, s string, n int) {
		checkSprint(t, format, []any{s, n, names.Name(s), sprintStringer(s)})
	})
}

func checkSprint(t *testing.T, format string, args []any) {
	t.Helper()
	want := sprintClipped(format, slices.Clone(args))
	got, ok := sprint(format, slices.Clone(args))
	if ok && got != want {
		t.Errorf("sprint(%q, %#v) = %q, want %q", format, args, got, want)
	}
}
