package check

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/go-playground/validator/v10"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/canon"
	"github.com/plenipot/itu/internal/clip"
	"github.com/plenipot/itu/internal/jsontag"
	"github.com/plenipot/itu/internal/pointer"
	"github.com/plenipot/itu/internal/rule"
	"github.com/plenipot/itu/names"
)

// The field rules behind the struct tags every package uses.
var (
	RuleRequired  = rule.Define(itu.Rule{Code: "field.required", Description: "A required field is present and not empty.", Source: "record schema"})
	RuleTooLong   = rule.Define(itu.Rule{Code: "field.too_long", Description: "Text fields stay within their length bound, so a hostile payload cannot make a service hold megabytes per field.", Source: "hostile-input bound"})
	RuleTooMany   = rule.Define(itu.Rule{Code: "field.too_many", Description: "Lists stay within their length bound.", Source: "hostile-input bound"})
	RuleTooFew    = rule.Define(itu.Rule{Code: "field.too_few", Description: "Lists hold at least the number of items the record needs.", Source: "record schema"})
	RuleText      = rule.Define(itu.Rule{Code: "field.text", Description: "Text holds at least one character that renders (not only white space, zero-width, format or other invisible characters) and no control characters other than tab, newline and carriage return.", Source: "record schema"})
	RuleInvalid   = rule.Define(itu.Rule{Code: "field.invalid", Description: "A coded value (post, region, Member State, date, period, language, name) is one the module knows.", Source: "record schema"})
	RuleDisguised = rule.Define(itu.Rule{Code: "field.disguised", Severity: itu.Warning, Description: "A name or code holds nothing a reader cannot see that changes how it compares: no soft hyphen, zero-width or other invisible character inside a word, and no word mixing Latin letters with Greek or Cyrillic look-alikes. Rules compare such a value by its canonical key (the one names.Name.Key gives), so the disguise changes no verdict; the warning says the written form is not what it looks like.", Source: "Unicode Technical Standard #39 (security mechanisms)"})
	RuleRange     = rule.Define(itu.Rule{Code: "field.range", Description: "A number lies within its allowed range.", Source: "record schema"})
)

// domain describes, per value type, what a valid value looks like, for messages.
var domain = map[reflect.Type]string{
	reflect.TypeFor[itu.Post]():           "a post code: SG, DSG, BR, TSB, BDT, RRB or COUNCIL",
	reflect.TypeFor[itu.Region]():         "a region letter A to E",
	reflect.TypeFor[itu.StateCode]():      "the ISO 3166-1 alpha-3 code of an ITU Member State, such as \"KOR\"",
	reflect.TypeFor[civil.Date]():         "a calendar date YYYY-MM-DD",
	reflect.TypeFor[civil.PartialDate]():  "a date YYYY, YYYY-MM or YYYY-MM-DD",
	reflect.TypeFor[civil.Period]():       "a period such as \"2015 – Present\" or \"1986 – 1994\"",
	reflect.TypeFor[itu.Language]():       "an official language code: ar, zh, en, fr, ru or es",
	reflect.TypeFor[names.Name]():         "a person's name such as \"Dr Chaesub LEE\" or \"LEE, CHAESUB\"",
	reflect.TypeFor[itu.ConferenceCode](): "a conference code of letters and digits, such as \"PP-22\"",
}

var domainMu sync.RWMutex

// Describe registers, for a package's own value type T (which has IsValid),
// the phrase that says what a valid value looks like. Call it from init.
func Describe[T interface{ IsValid() bool }](want string) {
	domainMu.Lock()
	domain[reflect.TypeFor[T]()] = want
	domainMu.Unlock()
}

var engine = sync.OnceValue(func() *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(tagName)
	must(v.RegisterValidation("valid", isValid))
	must(v.RegisterValidation("text", isText))
	must(v.RegisterValidation("plain", isPlain))
	return v
})

func must(err error) {
	if err != nil {
		panic(err) // registration of a fixed tag set; cannot fail at run time
	}
}

type validity interface{ IsValid() bool }

// isValid passes zero values (presence is "required"'s job) and any value whose
// IsValid method says so.
func isValid(fl validator.FieldLevel) bool {
	f := fl.Field()
	if f.IsZero() {
		return true
	}
	if f.CanAddr() {
		// A pointer boxes without allocating; *T has T's IsValid.
		if v, ok := f.Addr().Interface().(validity); ok {
			return v.IsValid()
		}
	}
	if v, ok := f.Interface().(validity); ok {
		return v.IsValid()
	}
	return true
}

func isText(fl validator.FieldLevel) bool {
	f := fl.Field()
	if f.Kind() != reflect.String {
		return true
	}
	return TextOK(f.String())
}

// isPlain is the "plain" tag, on names and codes that rules compare: the text
// is not [canon.Disguised]. It runs after "text" and "valid", so it never hides
// an error behind its warning.
func isPlain(fl validator.FieldLevel) bool {
	f := fl.Field()
	return f.Kind() != reflect.String || !canon.Disguised(f.String())
}

// TextOK reports whether s is empty or is valid UTF-8 text that holds no
// control characters other than tab, newline and carriage return and is not
// blank: [canon.Visible] finds a character that renders in it.
func TextOK(s string) bool {
	if s == "" {
		return true
	}
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r' {
			return false
		}
	}
	return canon.Visible(s)
}

// Fields runs the struct-tag rules over v (a struct) and records each failure
// with its JSON Pointer path below base.
func (r *Report) Fields(base string, v any) {
	// Validating through a pointer makes every field addressable, which lets
	// isValid call IsValid without boxing each value.
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Struct {
		p := reflect.New(rv.Type())
		p.Elem().Set(rv)
		v = p.Interface()
	}
	err := engine().Struct(v)
	if err == nil {
		return
	}
	errs, ok := err.(validator.ValidationErrors)
	if !ok {
		r.Add(RuleInvalid, base, "cannot be validated: %v", err)
		return
	}
	// Validator walks maps in random order: sort before the caps choose.
	t := reflect.TypeOf(v)
	vs := make([]itu.Violation, len(errs))
	for i, fe := range errs {
		vs[i] = fieldViolation(base+namespacePath(fe.Namespace(), t), fe)
	}
	Sort(vs)
	for _, v := range vs {
		if r.admit(v.Code, v.Severity, 1) {
			r.vs = append(r.vs, v)
		}
	}
}

// namespacePath turns validator's namespace "CV.career[3].end" into the JSON
// Pointer "/career/3/end", each token escaped and cut by [pointer.Token].
// Validator writes a map key as "[key]" unescaped, so a key may hold "]",
// "." or "["; t, the type of the value validated, says where it ends. The
// key of a map whose values hold no fields or items runs to the last "]" (it
// ends the namespace); any other key to the first "]" followed by "[", "."
// or the end. With a nil t every key is read the second way.
func namespacePath(ns string, t reflect.Type) string {
	_, rest, ok := strings.Cut(ns, ".")
	if !ok {
		return ""
	}
	var b strings.Builder
	for rest != "" {
		i := strings.IndexAny(rest, ".[")
		if i < 0 {
			i = len(rest)
		}
		b.WriteByte('/')
		b.WriteString(pointer.Token(rest[:i]))
		t = fieldType(t, rest[:i])
		rest = rest[i:]
		for strings.HasPrefix(rest, "[") {
			j := keyEnd(rest)
			if t = deref(t); t != nil && t.Kind() == reflect.Map && leaf(t.Elem()) {
				if j = strings.LastIndexByte(rest, ']'); j < 1 {
					j = len(rest)
				}
			}
			b.WriteByte('/')
			b.WriteString(pointer.Token(rest[1:j]))
			rest = rest[min(j+1, len(rest)):]
			t = elem(t)
		}
		rest = strings.TrimPrefix(rest, ".")
	}
	return b.String()
}

// keyEnd returns the index of the "]" closing the "[key]" that s starts with:
// the first "]" followed by "[", "." or the end, or len(s) when there is none.
func keyEnd(s string) int {
	for j := 1; j < len(s); j++ {
		if s[j] == ']' && (j+1 == len(s) || s[j+1] == '[' || s[j+1] == '.') {
			return j
		}
	}
	return len(s)
}

func deref(t reflect.Type) reflect.Type {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

// elem returns the type of the items of list or map type t, or nil.
func elem(t reflect.Type) reflect.Type {
	if t = deref(t); t != nil {
		switch t.Kind() {
		case reflect.Slice, reflect.Array, reflect.Map:
			return t.Elem()
		}
	}
	return nil
}

// leaf reports whether a value of type t holds no fields or items, so that a
// namespace ends at it.
func leaf(t reflect.Type) bool {
	switch deref(t).Kind() {
	case reflect.Struct, reflect.Slice, reflect.Array, reflect.Map, reflect.Interface:
		return false
	}
	return true
}

// fieldType returns the type of the field of struct type t that validator
// names name (its JSON name, else its Go name), or nil.
func fieldType(t reflect.Type, name string) reflect.Type {
	if t = deref(t); t == nil || t.Kind() != reflect.Struct {
		return nil
	}
	for i := range t.NumField() {
		f := t.Field(i)
		if tagName(f) == name {
			return f.Type
		}
	}
	return nil
}

// tagName is the name validator gives field f: its JSON name, else its Go name.
func tagName(f reflect.StructField) string {
	if jf := jsontag.Of(f); !jf.Skip {
		return jf.Name
	}
	return ""
}

func fieldViolation(path string, fe validator.FieldError) itu.Violation {
	kind := fe.Kind()
	switch fe.Tag() {
	case "required":
		return RuleRequired.At(path, "is required")
	case "max":
		if kind == reflect.String {
			return RuleTooLong.At(path, fmt.Sprintf("is %d characters long; at most %s allowed", utf8.RuneCountInString(reflect.ValueOf(fe.Value()).String()), fe.Param()))
		}
		if kind == reflect.Slice || kind == reflect.Map {
			return RuleTooMany.At(path, fmt.Sprintf("has %d items; at most %s allowed", reflect.ValueOf(fe.Value()).Len(), fe.Param()))
		}
		return RuleRange.At(path, fmt.Sprintf("is %v; at most %s allowed", fe.Value(), fe.Param()))
	case "min":
		if kind == reflect.Slice || kind == reflect.Map {
			return RuleTooFew.At(path, fmt.Sprintf("has %d items; at least %s needed", reflect.ValueOf(fe.Value()).Len(), fe.Param()))
		}
		if kind == reflect.String {
			return RuleText.At(path, fmt.Sprintf("is too short; at least %s characters needed", fe.Param()))
		}
		return RuleRange.At(path, fmt.Sprintf("is %v; at least %s allowed", fe.Value(), fe.Param()))
	case "text":
		return RuleText.At(path, fmt.Sprintf("%s is blank or holds control characters; want visible text", quote(fe.Value())))
	case "plain":
		return RuleDisguised.At(path, fmt.Sprintf("%s holds invisible characters or letters of another script inside a word; it is compared as %s", quote(fe.Value()), quote(canon.Key(reflect.ValueOf(fe.Value()).String()))))
	case "valid":
		domainMu.RLock()
		want := domain[reflect.TypeOf(fe.Value())]
		domainMu.RUnlock()
		if want == "" {
			want = "a valid value"
		}
		return RuleInvalid.At(path, fmt.Sprintf("%s is not valid; want %s", quote(fe.Value()), want))
	}
	return RuleInvalid.At(path, fmt.Sprintf("fails the %q check", fe.Tag()))
}

// quote quotes a field's value for a message, cut by [clip.Quote]: a text
// value is read in place, never formatted in full.
func quote(v any) string {
	if st, ok := v.(fmt.Stringer); ok {
		return clip.Quote(st.String())
	}
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.String {
		return clip.Quote(rv.String())
	}
	return clip.Quote(fmt.Sprint(v))
}
