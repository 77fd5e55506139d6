package schema

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"

	"github.com/plenipot/itu/internal/check"
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

// number returns the parameter of "name=X" as a JSON number.
func (ts tags) number(name string) json.Number {
	p, ok := ts.param(name)
	if !ok {
		return ""
	}
	if _, err := strconv.ParseFloat(p, 64); err != nil {
		return ""
	}
	return json.Number(p)
}

// Control and space characters for the "text" rule, as RE2 and ECMA-262 both
// read them. Controls are unicode.IsControl less tab, newline and return;
// blanks are unicode.IsSpace and check.Invisible (zero-width spaces, bidi
// controls, ...), which show nothing. Characters above U+00FF are written
// literally, one by one.
var (
	textControls = `\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F`
	textBlanks   = `\x00-\x20\x7F-\xA0` + "\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000" + formatChars()
	// textPattern matches text with at least one visible character and no
	// control characters other than tab, newline and carriage return.
	textPattern = `^[^` + textControls + `]*[^` + textBlanks + `][^` + textControls + `]*$`
)

// formatChars lists the characters of [check.Invisible], one by one.
func formatChars() string {
	var b strings.Builder
	for _, r := range check.Invisible.R16 {
		for c := r.Lo; c <= r.Hi; c += r.Stride {
			b.WriteRune(rune(c))
		}
	}
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
	case n.Type == "integer" || n.Type == "number":
		constrainNumber(n, ts)
	case n.Type == "array":
		n.MinItems, n.MaxItems = bounds(ts)
		n.UniqueItems = ts.has("unique")
	case n.Type == "object" && n.Ref == "" && n.Properties == nil:
		n.MinProperties, n.MaxProperties = bounds(ts)
	}
}

// bounds returns the min=, max= and len= counts.
func bounds(ts tags) (lo, hi *int) {
	lo, _ = ts.count("min")
	hi, _ = ts.count("max")
	if l, ok := ts.count("len"); ok {
		lo, hi = l, l
	}
	return lo, hi
}

func constrainString(n *node, ts tags) {
	if p, ok := ts.param("oneof"); ok && !n.hasValueSet() {
		n.Enum = []any{}
		for _, v := range strings.Fields(p) {
			n.Enum = append(n.Enum, v)
		}
	}
	if n.hasValueSet() {
		return
	}
	n.MinLength, n.MaxLength = bounds(ts)
	if ts.has("required") && (n.MinLength == nil || *n.MinLength == 0) {
		n.MinLength = ptr(1)
	}
	switch {
	case ts.has("text") && n.Pattern == "":
		n.Pattern = textPattern
	case ts.has("iso3166_1_alpha2"):
		n.Pattern = `^[A-Z]{2}$`
	case ts.has("iso3166_1_alpha3"):
		n.Pattern = `^[A-Z]{3}$`
	}
	switch {
	case ts.has("email"):
		n.Format = "email"
	case ts.has("url"), ts.has("uri"):
		n.Format = "uri"
	}
}

func constrainNumber(n *node, ts tags) {
	if p, ok := ts.param("oneof"); ok {
		n.Enum = []any{}
		for _, v := range strings.Fields(p) {
			if _, err := strconv.ParseFloat(v, 64); err != nil {
				n.Enum = nil // not a number list: leave it to the library
				break
			}
			n.Enum = append(n.Enum, json.Number(v))
		}
		if n.Enum != nil {
			return
		}
	}
	set := func(dst *json.Number, names ...string) {
		for _, name := range names {
			if v := ts.number(name); v != "" {
				*dst = v
			}
		}
	}
	set(&n.Minimum, "min", "gte")
	set(&n.Maximum, "max", "lte")
	set(&n.ExclusiveMinimum, "gt")
	set(&n.ExclusiveMaximum, "lt")
	if v := ts.number("len"); v != "" {
		n.Minimum, n.Maximum = v, v
	}
	if ts.has("required") && n.Minimum == "" && n.ExclusiveMinimum == "" {
		n.Not = &node{Const: 0}
	}
}
