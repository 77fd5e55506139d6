// Package check is the validation machinery shared by every package of the
// module: the one validator/v10 engine, the conversion of its field errors into
// [itu.Violation] values with JSON Pointer paths, and the report that
// cross-field rules add to. It is not part of the public API.
package check

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/plenipot/itu"
)

// Report collects the violations of one validation run.
type Report struct {
	Opts itu.Options
	vs   []itu.Violation
}

// New returns an empty report for the given options.
func New(opts ...itu.Option) *Report { return &Report{Opts: itu.OptionsOf(opts...)} }

// Add records a violation of rule at path; the message is built with fmt.Sprintf.
// A text argument quoted with %q is cut to maxQuoted characters before it is
// formatted, and the message to [itu.MaxMessage] bytes.
func (r *Report) Add(rule itu.Rule, path, format string, args ...any) {
	for i, a := range args {
		if v := reflect.ValueOf(a); v.Kind() == reflect.String && v.Len() > maxQuoted {
			args[i] = clipped{a}
		}
	}
	r.vs = append(r.vs, rule.At(path, fmt.Sprintf(format, args...)))
}

// maxQuoted is how many characters of a text a message quotes: a hostile
// value of megabytes is never echoed back in full.
const maxQuoted = 200

// Quote quotes s for a message as %q does, cut to maxQuoted characters.
func Quote(s string) string { return fmt.Sprintf("%q", clipped{s}) }

// clipped formats a long text as itself, except that %q quotes only its first
// maxQuoted characters, marking the cut with "…".
type clipped struct{ v any }

func (c clipped) Format(f fmt.State, verb rune) {
	if verb != 'q' {
		fmt.Fprintf(f, fmt.FormatString(f, verb), c.v)
		return
	}
	s := fmt.Sprint(c.v)
	n := 0
	for i := range s {
		if n == maxQuoted {
			s = s[:i] + "…"
			break
		}
		n++
	}
	fmt.Fprintf(f, fmt.FormatString(f, verb), s)
}

// Append records violations found elsewhere, prefixing their paths with base.
func (r *Report) Append(base string, vs ...itu.Violation) {
	for _, v := range vs {
		v.Path = base + v.Path
		r.vs = append(r.vs, v)
	}
}

// Violations returns everything recorded, sorted by path.
func (r *Report) Violations() []itu.Violation {
	itu.SortViolations(r.vs)
	return r.vs
}

// Path joins a JSON Pointer: base followed by each token, escaped per RFC
// 6901 and cut to [itu.MaxPathToken] bytes by [itu.PointerToken].
func Path(base string, tokens ...any) string {
	var b strings.Builder
	b.WriteString(base)
	for _, t := range tokens {
		b.WriteByte('/')
		switch t := t.(type) {
		case int:
			b.WriteString(strconv.Itoa(t))
		case string:
			b.WriteString(itu.PointerToken(t))
		default:
			b.WriteString(itu.PointerToken(fmt.Sprint(t)))
		}
	}
	return b.String()
}

// AfterAsOf reports whether d is set and falls after the report's as-of date.
func (r *Report) AfterAsOf(d itu.Date) bool {
	return !r.Opts.AsOf.IsZero() && !d.IsZero() && d.After(r.Opts.AsOf)
}

// Kind records a violation when a stated kind is not the record's own.
func (r *Report) Kind(path string, got, want itu.Kind) {
	if got != "" && got != want {
		r.Add(itu.RuleKind, path, "kind %q does not match this record; want %q or leave it out", got, want)
	}
}
