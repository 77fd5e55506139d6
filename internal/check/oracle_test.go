package check

// The implementation of Report.Fields before issue 18, on
// go-playground/validator/v10: the oracle the compiled plans are compared
// with (TestFieldsMatchValidator, FuzzFieldsMatchValidator).

import (
	"reflect"
	"strings"
	"sync"

	"github.com/go-playground/validator/v10"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/canon"
	"github.com/plenipot/itu/internal/pointer"
)

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
		panic(err)
	}
}

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
	return f.Kind() != reflect.String || TextOK(f.String())
}

func isPlain(fl validator.FieldLevel) bool {
	f := fl.Field()
	return f.Kind() != reflect.String || !canon.Disguised(f.String())
}

// fieldsOracle is Report.Fields as it was before issue 18.
func (r *Report) fieldsOracle(base string, v any) {
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
	t := reflect.TypeOf(v)
	vs := make([]itu.Violation, len(errs))
	for i, fe := range errs {
		vs[i] = fieldViolation(base+namespacePath(fe.Namespace(), t), fe.Tag(), fe.Param(), fe.Kind(), reflect.ValueOf(fe.Value()))
	}
	Sort(vs)
	for _, v := range vs {
		if r.admit(v.Code, v.Severity, 1) {
			r.vs = append(r.vs, v)
		}
	}
}

// FieldsOracle runs the oracle for the differential tests of package
// check_test, which can import the record packages.
func FieldsOracle(r *Report, base string, v any) { r.fieldsOracle(base, v) }

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
