package check

import (
	"fmt"
	"reflect"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/canon"
	"github.com/plenipot/itu/internal/clip"
	"github.com/plenipot/itu/internal/jsontag"
	"github.com/plenipot/itu/internal/rule"
	"github.com/plenipot/itu/internal/swar"
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

// validFuncs call IsValid on a value of each type described in domain,
// without boxing it: the "valid" checks of such types call them.
var validFuncs = map[reflect.Type]func(unsafe.Pointer) bool{
	reflect.TypeFor[itu.Post]():           validFunc[itu.Post],
	reflect.TypeFor[itu.Region]():         validFunc[itu.Region],
	reflect.TypeFor[itu.StateCode]():      validFunc[itu.StateCode],
	reflect.TypeFor[civil.Date]():         validFunc[civil.Date],
	reflect.TypeFor[civil.PartialDate]():  validFunc[civil.PartialDate],
	reflect.TypeFor[civil.Period]():       validFunc[civil.Period],
	reflect.TypeFor[itu.Language]():       validFunc[itu.Language],
	reflect.TypeFor[names.Name]():         validFunc[names.Name],
	reflect.TypeFor[itu.ConferenceCode](): validFunc[itu.ConferenceCode],
}

// validFunc calls T's IsValid on the value of type T at p, which a node
// of type T holds (see [compileStep]).
func validFunc[T validity](p unsafe.Pointer) bool { return (*(*T)(p)).IsValid() }

var domainMu sync.RWMutex

// Describe registers, for a package's own value type T (which has IsValid),
// the phrase that says what a valid value looks like. Call it from init.
func Describe[T interface{ IsValid() bool }](want string) {
	domainMu.Lock()
	domain[reflect.TypeFor[T]()] = want
	validFuncs[reflect.TypeFor[T]()] = validFunc[T]
	domainMu.Unlock()
}

type validity interface{ IsValid() bool }

// TextOK reports whether s is empty or is valid UTF-8 text that holds no
// control characters other than tab, newline and carriage return and is not
// blank: [canon.Visible] finds a character that renders in it.
//
// It reads s sixteen bytes at a time while they are ASCII spaces, then
// thirty-two at a time while they are ASCII that renders or spaces, the last
// ones over those read before, and a text shorter than eight bytes as one
// word ([swar.Short]): a text in such ASCII (nearly every one) is read with
// no test of a single byte. From the first word that is not, [textOKFrom]
// reads on.
func TextOK(s string) bool {
	n := len(s)
	if n < 8 {
		if n == 0 {
			return true
		}
		x := swar.Short(s)
		if swar.NotPrintable(x) != 0 {
			return textOKFrom(s, 0, false)
		}
		return x != ' '*swar.Lsb
	}
	var notSpace uint64 // not zero once a byte read is not a space
	t := s
	for len(t) >= 16 && notSpace == 0 {
		x, y := swar.Word(t, 0), swar.Word(t, 8)
		if swar.NotPrintable(x)|swar.NotPrintable(y) != 0 {
			return textOKFrom(s, n-len(t), false)
		}
		notSpace = x ^ ' '*swar.Lsb | y ^ ' '*swar.Lsb
		t = t[16:]
	}
	// Once a character renders, only what does not is looked for:
	// thirty-two bytes at a time.
	for len(t) >= 32 {
		if swar.NotPrintable(swar.Word(t, 0))|swar.NotPrintable(swar.Word(t, 8))|
			swar.NotPrintable(swar.Word(t, 16))|swar.NotPrintable(swar.Word(t, 24)) != 0 {
			return textOKFrom(s, n-len(t), notSpace != 0)
		}
		t = t[32:]
	}
	if len(t) >= 16 {
		x, y := swar.Word(t, 0), swar.Word(t, 8)
		if swar.NotPrintable(x)|swar.NotPrintable(y) != 0 {
			return textOKFrom(s, n-len(t), notSpace != 0)
		}
		notSpace |= x ^ ' '*swar.Lsb | y ^ ' '*swar.Lsb
		t = t[16:]
	}
	if len(t) > 0 {
		// The last eight bytes, and the eight before them when there are
		// more than eight left, read over those read already.
		x, y := swar.Word(s, max(n-16, 0)), swar.Word(s, n-8)
		if len(t) <= 8 {
			x = y
		}
		if swar.NotPrintable(x)|swar.NotPrintable(y) != 0 {
			return textOKFrom(s, n-len(t), notSpace != 0)
		}
		notSpace |= x ^ ' '*swar.Lsb | y ^ ' '*swar.Lsb
	}
	return notSpace != 0
}

// textOKFrom is [TextOK] of s, whose bytes before i are ASCII that renders
// or spaces, with visible set when one of them renders. It reads on eight
// bytes at a time where it can; a rune from U+0080 on is a control only up
// to U+009F ([unicode.IsControl]). Text in ASCII renders when it holds a
// character other than a space, tab, newline or carriage return; other text
// is asked of canon.Visible unless such a character was met.
func textOKFrom(s string, i int, visible bool) bool {
	ascii := true
	for i < len(s) {
		if i+8 <= len(s) {
			if x := swar.Word(s, i); swar.NotPrintable(x) == 0 {
				visible = visible || x != ' '*swar.Lsb
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c < ' ' && c != '\n' && c != '\t' && c != '\r' || c == 0x7f {
				return false
			}
			visible = visible || c > ' '
			i++
			continue
		}
		ascii = false
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r <= 0x9f {
			return false
		}
		i += size
	}
	return visible || !ascii && canon.Visible(s)
}

// HasControl reports whether s is not valid UTF-8 or holds a control
// character other than tab, newline and carriage return: the first half of
// [TextOK], for text that may be blank (a span of a paragraph). It reads s
// as TextOK does, thirty-two bytes at a time while they are ASCII that
// renders or spaces.
func HasControl(s string) bool {
	n := len(s)
	if n < 8 {
		return n > 0 && swar.NotPrintable(swar.Short(s)) != 0 && hasControlFrom(s, 0)
	}
	t := s
	for len(t) >= 32 {
		if swar.NotPrintable(swar.Word(t, 0))|swar.NotPrintable(swar.Word(t, 8))|
			swar.NotPrintable(swar.Word(t, 16))|swar.NotPrintable(swar.Word(t, 24)) != 0 {
			return hasControlFrom(s, n-len(t))
		}
		t = t[32:]
	}
	if len(t) >= 16 {
		if swar.NotPrintable(swar.Word(t, 0))|swar.NotPrintable(swar.Word(t, 8)) != 0 {
			return hasControlFrom(s, n-len(t))
		}
		t = t[16:]
	}
	// The last eight bytes, and the eight before them when there are more
	// than eight left (see TextOK).
	return len(t) > 0 && (swar.NotPrintable(swar.Word(s, n-8)) != 0 ||
		len(t) > 8 && swar.NotPrintable(swar.Word(s, max(n-16, 0))) != 0) && hasControlFrom(s, n-len(t))
}

// hasControlFrom is [HasControl] of s, whose bytes before i are ASCII that
// renders or spaces.
func hasControlFrom(s string, i int) bool {
	for i < len(s) {
		if i+8 <= len(s) && swar.NotPrintable(swar.Word(s, i)) == 0 {
			i += 8
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c < ' ' && c != '\n' && c != '\t' && c != '\r' || c == 0x7f {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r <= 0x9f {
			return true
		}
		i += size
	}
	return false
}

// Fields runs the struct-tag rules over v (a struct, or a pointer to one)
// and records each failure with its JSON Pointer path below base. The rules
// are compiled once per type (see [plan]).
func (r *Report) Fields(base string, v any) { r.fields(base, v, false) }

// fields is [Report.Fields]; interpret walks without the compiled nodes
// (see [walker]).
func (r *Report) fields(base string, v any, interpret bool) {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct || rv.Type().ConvertibleTo(timeType) {
		r.Add(RuleInvalid, base, "cannot be validated: %v", notAStruct{reflect.TypeOf(v)})
		return
	}
	p := planOf(rv.Type())
	var buf [256]byte
	w := walker{base: base}
	switch {
	case rv.CanAddr():
		if interpret {
			w.structure(buf[:0], rv, p)
		} else {
			w.fields(buf[:0], rv.Addr().UnsafePointer(), p)
		}
	case !interpret && !p.needsAddr() && rv.Type().Size() > unsafe.Sizeof(uintptr(0)):
		// v holds a pointer to its own copy of the struct (a value larger
		// than a pointer is never held in the interface itself), which the
		// nodes only read: the IsValid methods they call take their value.
		w.fields(buf[:0], (*[2]unsafe.Pointer)(unsafe.Pointer(&v))[1], p)
	default:
		// Walking a copy makes every field addressable, which lets "valid"
		// call IsValid on a pointer to the value, as on a record decoded in
		// place.
		c := reflect.New(rv.Type())
		c.Elem().Set(rv)
		if interpret {
			w.structure(buf[:0], c.Elem(), p)
		} else {
			w.fields(buf[:0], c.UnsafePointer(), p)
		}
	}
	if len(w.errs) == 0 {
		return
	}
	vs := make([]itu.Violation, len(w.errs))
	for i, e := range w.errs {
		vs[i] = fieldViolation(e.path, e.tag, e.param, e.kind, e.value)
	}
	// Sort before the caps choose.
	Sort(vs)
	for _, v := range vs {
		if r.admit(v.Code, v.Severity, 1) {
			r.vs = append(r.vs, v)
		}
	}
}

// notAStruct says what [Report.Fields] was given instead of a struct, in
// the words validator/v10 used.
type notAStruct struct{ t reflect.Type }

func (e notAStruct) Error() string {
	if e.t == nil {
		return "validator: (nil)"
	}
	return "validator: (nil " + e.t.String() + ")"
}

func deref(t reflect.Type) reflect.Type {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

// tagName is the name a violation path gives field f: its JSON name, else
// its Go name.
func tagName(f reflect.StructField) string {
	if jf := jsontag.Of(f); !jf.Skip {
		return jf.Name
	}
	return ""
}

// fieldViolation is the violation of check tag (with its parameter param)
// failed by value v, of kind kind, at path.
func fieldViolation(path, tag, param string, kind reflect.Kind, v reflect.Value) itu.Violation {
	var value any
	if v.IsValid() {
		value = v.Interface()
	}
	switch tag {
	case "required":
		return RuleRequired.At(path, "is required")
	case "max":
		if kind == reflect.String {
			return RuleTooLong.At(path, fmt.Sprintf("is %d characters long; at most %s allowed", utf8.RuneCountInString(v.String()), param))
		}
		if kind == reflect.Slice || kind == reflect.Map {
			return RuleTooMany.At(path, fmt.Sprintf("has %d items; at most %s allowed", v.Len(), param))
		}
		return RuleRange.At(path, fmt.Sprintf("is %v; at most %s allowed", value, param))
	case "min":
		if kind == reflect.Slice || kind == reflect.Map {
			return RuleTooFew.At(path, fmt.Sprintf("has %d items; at least %s needed", v.Len(), param))
		}
		if kind == reflect.String {
			return RuleText.At(path, fmt.Sprintf("is too short; at least %s characters needed", param))
		}
		return RuleRange.At(path, fmt.Sprintf("is %v; at least %s allowed", value, param))
	case "text":
		return RuleText.At(path, fmt.Sprintf("%s is blank or holds control characters; want visible text", quote(value)))
	case "plain":
		return RuleDisguised.At(path, fmt.Sprintf("%s holds invisible characters or letters of another script inside a word; it is compared as %s", quote(value), quote(canon.Key(v.String()))))
	case "valid":
		domainMu.RLock()
		want := domain[reflect.TypeOf(value)]
		domainMu.RUnlock()
		if want == "" {
			want = "a valid value"
		}
		return RuleInvalid.At(path, fmt.Sprintf("%s is not valid; want %s", quote(value), want))
	}
	return RuleInvalid.At(path, fmt.Sprintf("fails the %q check", tag))
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
