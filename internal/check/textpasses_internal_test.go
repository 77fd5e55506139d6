package check

import (
	"reflect"
	"testing"
	"unsafe"
)

// passCode is a text with IsValid on its value.
type passCode string

func (c passCode) IsValid() bool { return len(c)%2 == 0 }

// passTexts holds text chains of every shape node.textPasses reads, and of
// shapes it leaves to the loop over the steps.
type passTexts struct {
	Field    string   `validate:"max=12,text"`
	Required string   `validate:"required,max=5,text"`
	Plain    string   `validate:"text,plain"`
	Both     string   `validate:"required,max=8,text,valid,plain"`
	Code     passCode `validate:"omitempty,max=6,valid"`
	Valid    passCode `validate:"valid"`
	OmitReq  string   `validate:"omitempty,required,max=3"`
	ReqOmit  string   `validate:"required,omitempty,max=3"`
	Twice    string   `validate:"max=9,text,max=4"`
	Zero     string   `validate:"max=0"`
	Negative string   `validate:"max=-1,text"`
	Min      string   `validate:"min=2,max=4"`
	Bare     string   `validate:"required"`
}

// FuzzTextPasses holds node.textPasses to walker.text: a text passes the
// one test exactly when the loop over the steps reports nothing.
func FuzzTextPasses(f *testing.F) {
	for _, s := range []string{"", " ", "ab", "abcd", "abcde", "Dr Chaesub LEE", "Chae\u00adsub", "L\u0415E", "ЛЕЕ", "é", "éééé", "ééééé", "a\x00b", "\xff", "\t\n", "twelve bytes", "thirteen byte"} {
		f.Add(s)
	}
	p := planOf(reflect.TypeFor[passTexts]())
	fast := 0
	for _, fp := range p.fields {
		if fp.node != nil && fp.node.fast {
			fast++
		}
	}
	if fast < len(p.fields)-1 {
		f.Fatalf("%d of %d text nodes are fast; want all but min's", fast, len(p.fields))
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, fp := range p.fields {
			n := fp.node
			if n == nil || !n.fast {
				continue
			}
			text := s
			var w walker
			w.text(nil, fp.token, unsafe.Pointer(&text), n)
			if got, want := n.textPasses(unsafe.Pointer(&text)), len(w.errs) == 0; got != want {
				t.Errorf("%s: textPasses(%q) = %v; the steps report %d failures", fp.token, s, got, len(w.errs))
			}
		}
	})
}
