package schema

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/plenipot/itu/internal/canon"
)

// tags is the validator tag list of one level of a value: the rules before
// the first "dive" apply to the value itself, the rest to its items.
type tags []string

// parseTags splits a `validate` tag at its commas; "-" means no rules.
func parseTags(tag string) tags {
	if tag == "" || tag == "-" {
		return nil
	}
	return strings.Split(tag, ",")
}

// split returns the rules for this level and for the items below a "dive".
// For maps, keys holds the rules between "keys" and "endkeys".
func (ts tags) split() (here, keys, items tags) {
	for i, t := range ts {
		if t != "dive" {
			continue
		}
		here, items = ts[:i], ts[i+1:]
		if len(items) > 0 && items[0] == "keys" {
			for j, k := range items {
				if k == "endkeys" {
					return here, items[1:j], items[j+1:]
				}
			}
		}
		return here, nil, items
	}
	return ts, nil, nil
}

// has reports whether the rule name is present.
func (ts tags) has(name string) bool {
	for _, t := range ts {
		if t == name {
			return true
		}
	}
	return false
}

// param returns the parameter of the first rule "name=param".
func (ts tags) param(name string) (string, bool) {
	for _, t := range ts {
		if p, ok := strings.CutPrefix(t, name+"="); ok {
			return p, true
		}
	}
	return "", false
}

// count returns the parameter of "name=N" as a non-negative int.
func (ts tags) count(name string) (*int, bool) {
	p, ok := ts.param(name)
	if !ok {
		return nil, false
	}
	n, err := strconv.Atoi(p)
	if err != nil || n < 0 {
		return nil, false
	}
	return &n, true
}

// number returns the parameter of "name=N" as a JSON number, when it is an
// integer.
func (ts tags) number(name string) json.Number {
	p, ok := ts.param(name)
	if !ok {
		return ""
	}
	if _, err := strconv.ParseInt(p, 10, 64); err != nil {
		return ""
	}
	return json.Number(p)
}

// textControls are the control characters the "text" rule rejects, as RE2
// and ECMA-262 both read them: unicode.IsControl less tab, newline and
// carriage return.
const textControls = `\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F`

// textPattern matches text with at least one visible character, as
// [canon.Visible] defines it, and no control characters other than tab,
// newline and carriage return: the "text" rule of [check.TextOK].
var textPattern = sync.OnceValue(func() string {
	return `^[^` + textControls + `]*[^` + blankClass() + `][^` + textControls + `]*$`
})

// blankClass lists, as the body of a character class, every character that
// [canon.Visible] finds does not render: white space, controls, format and
// default-ignorable characters, combining marks, Braille blank, Hangul
// fillers. Characters up to U+00FF are written \xHH; the others literally
// (RE2 and ECMA-262 with the "u" flag read both), as ranges.
func blankClass() string {
	var b strings.Builder
	write := func(r rune) {
		if r <= 0xFF {
			fmt.Fprintf(&b, `\x%02X`, r)
			return
		}
		b.WriteRune(r)
	}
	lo := rune(-1)
	flush := func(hi rune) {
		if lo < 0 {
			return
		}
		write(lo)
		if hi > lo {
			if hi > lo+1 {
				b.WriteByte('-')
			}
			write(hi)
		}
		lo = -1
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF { // surrogates are not characters
			flush(r - 1)
			r = 0xDFFF
			continue
		}
		if canon.Visible(string(r)) {
			flush(r - 1)
		} else if lo < 0 {
			lo = r
		}
	}
	flush(unicode.MaxRune)
	return b.String()
}

// constrain adds what the rules of one level say about a value of type t to
// its schema n. Rules a schema cannot state are left to the library.
func constrain(n *node, t reflect.Type, ts tags) {
	switch {
	case n.isString() && t.Kind() == reflect.String:
		constrainString(n, ts)
	case n.isString():
		if ts.has("required") && !n.rejectsEmpty() {
			n.MinLength = ptr(1)
		}
	case n.Type == "integer":
		constrainInteger(n, ts)
	case n.Type == "array":
		n.MinItems, n.MaxItems = bounds(ts)
	case n.Type == "object" && n.Ref == "" && n.Properties == nil:
		n.MinProperties, n.MaxProperties = bounds(ts)
	}
}

// bounds returns the min= and max= counts.
func bounds(ts tags) (lo, hi *int) {
	lo, _ = ts.count("min")
	hi, _ = ts.count("max")
	return lo, hi
}

func constrainString(n *node, ts tags) {
	if n.hasValueSet() {
		return
	}
	n.MinLength, n.MaxLength = bounds(ts)
	if ts.has("required") && (n.MinLength == nil || *n.MinLength == 0) {
		n.MinLength = ptr(1)
	}
	if ts.has("text") && n.Pattern == "" {
		n.Pattern = textPattern()
	}
}

func constrainInteger(n *node, ts tags) {
	if v := ts.number("min"); v != "" {
		n.Minimum = v
	}
	if v := ts.number("max"); v != "" {
		n.Maximum = v
	}
	if ts.has("required") && n.Minimum == "" {
		n.Not = &node{Const: 0}
	}
}
