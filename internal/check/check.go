// Package check is the validation machinery shared by every package of the
// module: the field rules of the `validate` struct tags, compiled once per
// type into a plan (plan.go) and walked to [itu.Violation] values with JSON
// Pointer paths, and the report that cross-field rules add to. It is not
// part of the public API.
package check

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unsafe"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/clip"
	"github.com/plenipot/itu/internal/pointer"
)

// Report collects the violations of one validation run, at most
// [MaxViolationsPerRule] of one rule and [MaxViolations] in all; it
// counts the rest, and [Report.Violations] lists one [RuleTruncated]
// violation for them.
type Report struct {
	Opts itu.Options
	vs   []itu.Violation

	perRule    map[string]int // violations kept, by rule code, once vs holds MaxViolationsPerRule (see admit)
	suppressed int            // violations counted but not kept
	worst      itu.Severity   // the worst severity suppressed
}

// New returns an empty report for the given options.
func New(opts ...itu.Option) *Report {
	return &Report{Opts: options(opts)}
}

// options applies opts to options of their own, which escape to the option
// functions (they take a pointer), so that the report New returns need not:
// a report a check keeps to itself then stays on its stack.
func options(opts []itu.Option) itu.Options {
	if len(opts) == 0 {
		return itu.Options{}
	}
	o := new(itu.Options)
	for _, f := range opts {
		if f != nil {
			f(o)
		}
	}
	return *o
}

// Add records a violation of rule at path; the message is built as
// fmt.Sprintf builds it (without fmt for the simple formats, see [sprint]).
// A text argument quoted with %q, or of a named string type such as
// names.Name, is cut by [clip.String] before it is formatted, and the message
// to [itu.MaxMessage] bytes.
func (r *Report) Add(rule itu.Rule, path, format string, args ...any) {
	if !r.admit(rule.Code, rule.Severity, 1) {
		return // counted; nothing is formatted
	}
	msg, ok := sprint(format, args)
	if !ok {
		msg = sprintClipped(format, args)
	}
	if r.vs == nil {
		// Most reports keep a few violations or none: room for four at
		// once, not a growth for each of the first three.
		r.vs = make([]itu.Violation, 0, 4)
	}
	r.vs = append(r.vs, rule.At(path, msg))
}

// sprintClipped is fmt.Sprintf with each long text argument cut as
// [Report.Add] says.
func sprintClipped(format string, args []any) string {
	for i, a := range args {
		if v := reflect.ValueOf(a); v.Kind() == reflect.String && v.Len() > clip.Max {
			args[i] = clipped{a}
		}
	}
	return fmt.Sprintf(format, args...)
}

// sprint is [sprintClipped] without fmt, for the formats most rules use:
// verbs %s, %v, %q and %d with no flags, width or precision, and %%, one
// argument per verb, each a string, an int under %d or %v, or a
// [fmt.Stringer] (neither a [fmt.Formatter] nor an error, nor a nil
// pointer, nor a text long enough to be cut). It reports false for any
// other format or argument, and when a String method panics, so that
// fmt formats them as before. TestSprint holds it to sprintClipped.
func sprint(format string, args []any) (msg string, ok bool) {
	defer func() {
		if recover() != nil {
			msg, ok = "", false
		}
	}()
	n := len(format)
	for _, a := range args {
		if s, isText := a.(string); isText {
			n += len(s)
		} else {
			n += 16
		}
	}
	b := make([]byte, 0, n)
	next := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b = append(b, c)
			continue
		}
		if i++; i == len(format) {
			return "", false
		}
		verb := format[i]
		if verb == '%' {
			b = append(b, '%')
			continue
		}
		if next == len(args) {
			return "", false
		}
		a := args[next]
		next++
		switch verb {
		case 's', 'v', 'q':
		case 'd':
			v, isInt := a.(int)
			if !isInt {
				return "", false
			}
			b = strconv.AppendInt(b, int64(v), 10)
			continue
		default:
			return "", false
		}
		var s string
		switch v := a.(type) {
		case string:
			s = v
			if verb == 'q' && len(s) > clip.Max {
				s = clip.String(s)
			}
		case int:
			if verb != 'v' {
				return "", false
			}
			b = strconv.AppendInt(b, int64(v), 10)
			continue
		case fmt.Formatter, error:
			return "", false
		case fmt.Stringer:
			rv := reflect.ValueOf(a)
			if rv.Kind() == reflect.String && rv.Len() > clip.Max || rv.Kind() == reflect.Pointer && rv.IsNil() {
				return "", false
			}
			s = v.String()
		default:
			return "", false
		}
		if verb == 'q' {
			b = strconv.AppendQuote(b, s)
		} else {
			b = append(b, s...)
		}
	}
	if next != len(args) {
		return "", false
	}
	if len(b) == 0 {
		return "", true
	}
	// The bytes are the message's alone and never written again.
	return unsafe.String(unsafe.SliceData(b), len(b)), true
}

// clipped formats a long text cut by [clip.String] when it came from input:
// quoted with %q, or a value of a named string type (a name, a code) under
// any verb. A plain string under %s is a phrase the rule composed (a list
// already cut, a label) and is written whole.
type clipped struct{ v any }

func (c clipped) Format(f fmt.State, verb rune) {
	if verb != 'q' && reflect.TypeOf(c.v) == reflect.TypeFor[string]() {
		fmt.Fprintf(f, fmt.FormatString(f, verb), c.v)
		return
	}
	fmt.Fprintf(f, fmt.FormatString(f, verb), clip.String(reflect.ValueOf(c.v).String()))
}

// Append records violations found elsewhere, prefixing their paths with
// base. A [RuleTruncated] violation among them adds its count to r's.
func (r *Report) Append(base string, vs ...itu.Violation) {
	if room := min(len(vs), MaxViolations-len(r.vs)); room > cap(r.vs)-len(r.vs) {
		// Once, not once per violation, and room for four at least: a
		// report that appends others' violations is often appended to again.
		r.vs = slices.Grow(r.vs, max(room, 4))
	}
	for _, v := range vs {
		if v.Code == RuleTruncated.Code {
			r.admit("", v.Severity, truncatedCount(v.Message))
			continue
		}
		if r.admit(v.Code, v.Severity, 1) {
			v.Path = base + v.Path
			r.vs = append(r.vs, v)
		}
	}
}

// admit reports whether a violation of rule code may be kept: fewer than
// [MaxViolationsPerRule] of the rule and [MaxViolations] in all are.
// Otherwise it counts n suppressed violations of severity sev. The empty
// code admits nothing.
//
// While r keeps fewer than MaxViolationsPerRule violations in all, no rule
// can have reached its cap, and nothing is counted: the count by rule is
// taken from the violations kept when they first reach that many, so that
// a report with few violations (nearly all) allocates no map.
func (r *Report) admit(code string, sev itu.Severity, n int) bool {
	if code != "" && len(r.vs) < MaxViolationsPerRule {
		return true
	}
	if code != "" && len(r.vs) < MaxViolations {
		if r.perRule == nil {
			r.perRule = make(map[string]int, 8)
			for _, v := range r.vs {
				r.perRule[v.Code]++
			}
		}
		if r.perRule[code] < MaxViolationsPerRule {
			r.perRule[code]++
			return true
		}
	}
	if r.suppressed == 0 || sev < r.worst { // Error < Warning
		r.worst = sev
	}
	r.suppressed += n
	return false
}

// truncatedFormat is the message of the [RuleTruncated] violation; its
// count comes first, so that [Report.Append] can read it back.
const truncatedFormat = "%d more violations not listed; a check lists at most %d of one rule and %d in all"

// truncatedCount reads the count of a [RuleTruncated] message.
func truncatedCount(msg string) int {
	digits, _, _ := strings.Cut(msg, " ")
	n, err := strconv.Atoi(digits)
	if err != nil || n < 1 {
		return 1
	}
	return n
}

// Violations returns everything recorded, sorted by path, then one
// [RuleTruncated] violation when some were not kept.
func (r *Report) Violations() []itu.Violation {
	Sort(r.vs)
	if r.suppressed == 0 {
		return r.vs
	}
	v := RuleTruncated.At("", fmt.Sprintf(truncatedFormat, r.suppressed, MaxViolationsPerRule, MaxViolations))
	v.Severity = r.worst
	// Into r's spare room when it has some, not a copy of every violation;
	// r keeps its own violations without v, clipped, so that what r records
	// later is written to an array of its own, never over v.
	out := append(r.vs, v)
	r.vs = out[: len(out)-1 : len(out)-1]
	return out
}

// Path joins a JSON Pointer: base followed by each token, escaped per RFC
// 6901 and cut to [itu.MaxPathToken] bytes by [pointer.Token]. It measures
// the path first and allocates it once, at its size.
func Path(base string, tokens ...any) string {
	n := len(base)
	for _, t := range tokens {
		n++
		switch t := t.(type) {
		case int:
			n += intLen(t)
		case string:
			n += len(pointer.Token(t)) // t itself, unless it is escaped or cut
		default:
			n += 8 // a guess: the builder grows if it is short
		}
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteString(base)
	for _, t := range tokens {
		b.WriteByte('/')
		switch t := t.(type) {
		case int:
			var digits [20]byte
			b.Write(strconv.AppendInt(digits[:0], int64(t), 10))
		case string:
			b.WriteString(pointer.Token(t))
		default:
			b.WriteString(pointer.Token(fmt.Sprint(t)))
		}
	}
	return b.String()
}

// intLen is the number of bytes of i written in decimal.
func intLen(i int) int {
	n := 1
	if i < 0 {
		n++
	}
	for ; i >= 10 || i <= -10; i /= 10 {
		n++
	}
	return n
}

// AfterAsOf reports whether d is set and falls after the report's as-of date.
func (r *Report) AfterAsOf(d civil.Date) bool {
	return !r.Opts.AsOf.IsZero() && !d.IsZero() && d.After(r.Opts.AsOf)
}

// Kind records a violation when a stated kind is not the record's own.
func (r *Report) Kind(path string, got, want itu.Kind) {
	if got != "" && got != want {
		r.Add(RuleKind, path, "kind %q does not match this record; want %q or leave it out", got, want)
	}
}
