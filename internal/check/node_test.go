package check_test

// Tests for the compiled nodes of issue 18 (node.go): every walk they make
// is the walk the interpreted chain of checks makes (check.FieldsInterpreted)
// and, where validator/v10 reads the tags the same way, the walk of
// validator itself (check.FieldsOracle). The record types reach only some
// of the nodes; the types below reach the rest: every kind a bound reads,
// pointers, pointers to pointers, interfaces, arrays, maps with and without
// keys, IsValid with a value or a pointer receiver, addressable or not.

import (
	"reflect"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/names"
)

// nodeCode has IsValid on its value; nodePtrCode only on its pointer.
type nodeCode string

func (c nodeCode) IsValid() bool { return c == "KOR" || c == "A" || c == "SG" }

type nodePtrCode string

func (c *nodePtrCode) IsValid() bool { return *c == "KOR" || *c == "en" }

type nodeSpan struct {
	From int `json:"from" validate:"min=0,max=100"`
	To   int `json:"to" validate:"required,max=2030"`
}

func (s nodeSpan) IsValid() bool { return s.From <= s.To }

type nodePtrSpan struct {
	From uint8 `json:"from" validate:"max=50"`
}

func (s *nodePtrSpan) IsValid() bool { return s.From%2 == 0 }

type nodeLeaf struct {
	City string `json:"city" validate:"required,max=10,text"`
}

type nodeEmpty struct {
	Note string `json:"note"`
}

type nodeNumbers struct {
	I   int            `json:"i" validate:"min=1,max=50"`
	I8  int8           `json:"i8" validate:"omitempty,min=-1,max=9"`
	I16 int16          `json:"i16" validate:"max=1000"`
	I32 int32          `json:"i32" validate:"required,min=2"`
	I64 int64          `json:"i64" validate:"min=0x10,max=0x100"`
	U   uint           `json:"u" validate:"max=100"`
	U8  uint8          `json:"u8" validate:"min=1,max=200"`
	U16 uint16         `json:"u16" validate:"required,max=1000"`
	U32 uint32         `json:"u32" validate:"omitempty,min=5"`
	U64 uint64         `json:"u64" validate:"min=2,max=1001"`
	F32 float32        `json:"f32" validate:"min=0.5,max=25.5"`
	F64 float64        `json:"f64" validate:"omitempty,min=-0.5,max=500"`
	D   time.Duration  `json:"d" validate:"min=1ns,max=1us"`
	B   bool           `json:"b" validate:"required"`
	PI  *int           `json:"pi" validate:"omitempty,min=1,max=9"`
	PU  *uint16        `json:"pu" validate:"required,max=100"`
	PF  *float64       `json:"pf" validate:"max=3"`
	PD  *time.Duration `json:"pd" validate:"omitempty,max=1us"`
}

type nodeTexts struct {
	Name    names.Name     `json:"name" validate:"required,max=20,text,valid,plain"`
	Opt     names.Name     `json:"opt" validate:"omitempty,max=20,text,valid,plain"`
	Short   string         `json:"short" validate:"omitempty,min=3,max=5"`
	Min     string         `json:"min" validate:"min=2"`
	Plain   string         `json:"plain" validate:"plain"`
	Code    nodeCode       `json:"code" validate:"valid"`
	PCode   nodePtrCode    `json:"pcode" validate:"required,valid"`
	State   itu.StateCode  `json:"state" validate:"omitempty,max=3,valid"`
	PState  *itu.StateCode `json:"pstate" validate:"omitempty,max=3,valid"`
	PName   *names.Name    `json:"pname" validate:"required,max=20,text"`
	PText   *string        `json:"ptext" validate:"max=4,text"`
	PPText  **string       `json:"pptext" validate:"required,max=4"`
	PPOpt   **string       `json:"ppopt" validate:"omitempty,max=4"`
	NoCheck string         `json:"no_check" validate:"valid"`
	TextInt int            `json:"text_int" validate:"text,plain"`
	Omit    string         `json:"omit" validate:"omitempty"`
	POmit   *string        `json:"pomit" validate:"omitempty"`
}

type nodeLists struct {
	Tags     []string              `json:"tags" validate:"required,min=1,max=3,dive,required,max=5,text"`
	Codes    []nodeCode            `json:"codes" validate:"max=5,dive,valid"`
	PCodes   []nodePtrCode         `json:"pcodes" validate:"dive,required,valid"`
	Arr      [3]string             `json:"arr" validate:"dive,max=4"`
	ArrMax   [4]int                `json:"arr_max" validate:"required,max=4"`
	Grid     [][]int               `json:"grid" validate:"max=3,dive,max=2,dive,min=1,max=9"`
	Leaves   []nodeLeaf            `json:"leaves" validate:"max=4,dive"`
	PLeaves  []*nodeLeaf           `json:"pleaves" validate:"dive,required"`
	Empties  []nodeEmpty           `json:"empties" validate:"max=2,dive"`
	Plain    []string              `json:"plain" validate:"max=3,dive"`
	PList    *[]string             `json:"plist" validate:"omitempty,max=2,dive,max=3"`
	Spans    []nodeSpan            `json:"spans" validate:"dive,valid"`
	PSpans   []nodePtrSpan         `json:"pspans" validate:"dive,valid"`
	Undived  []nodeLeaf            `json:"undived" validate:"max=5"`
	Opt      []string              `json:"opt" validate:"omitempty,min=2"`
	Periods  []civil.Period        `json:"periods" validate:"max=4,dive,required,valid"`
	Anys     []any                 `json:"anys" validate:"max=3,dive"`
	PPLeaves []**nodeLeaf          `json:"ppleaves" validate:"dive"`
	Untagged []nodeLeaf            `json:"untagged"`
	Dates    map[string]civil.Date `json:"dates" validate:"max=3"`
}

type nodeMaps struct {
	Votes    map[nodeCode]int          `json:"votes" validate:"required,min=1,max=4,dive,keys,required,max=3,valid,endkeys"`
	ByCity   map[string]nodeLeaf       `json:"by_city" validate:"dive"`
	PByCity  map[string]*nodeLeaf      `json:"pby_city" validate:"dive,keys,max=4,endkeys"`
	KeysOnly map[string]nodeLeaf       `json:"keys_only" validate:"dive,keys,text,endkeys"`
	Counts   map[uint8]string          `json:"counts" validate:"dive,keys,min=1,endkeys,required,max=4"`
	Spans    map[string]nodeSpan       `json:"spans" validate:"dive,valid"`
	PSpans   map[string]nodePtrSpan    `json:"pspans" validate:"dive,valid"`
	PCodes   map[string]nodePtrCode    `json:"pcodes" validate:"dive,valid"`
	Lists    map[string][]string       `json:"lists" validate:"max=3,dive,max=2,dive,max=4"`
	Empty    map[string]nodeEmpty      `json:"empty" validate:"dive"`
	Keyed    map[nodePtrCode]nodeEmpty `json:"keyed" validate:"dive,keys,valid,endkeys"`
	Structs  map[nodeLeaf]int          `json:"structs" validate:"dive,keys,valid,endkeys,max=9"`
}

type nodeNested struct {
	Leaf    nodeLeaf     `json:"leaf"`
	PLeaf   *nodeLeaf    `json:"pleaf"`
	RLeaf   *nodeLeaf    `json:"rleaf" validate:"required"`
	OLeaf   *nodeLeaf    `json:"oleaf" validate:"omitempty"`
	SLeaf   nodeLeaf     `json:"sleaf" validate:"required"`
	PPLeaf  **nodeLeaf   `json:"ppleaf" validate:"required"`
	Span    nodeSpan     `json:"span" validate:"valid"`
	PSpan   nodePtrSpan  `json:"pspan" validate:"valid"`
	PPSpan  *nodePtrSpan `json:"ppspan" validate:"omitempty,valid"`
	Empty   nodeEmpty    `json:"empty" validate:"required"`
	Any     any          `json:"any" validate:"required"`
	AnyOpt  any          `json:"any_opt" validate:"omitempty"`
	AnyBare any          `json:"any_bare"`
	Time    time.Time    `json:"time" validate:"required"`
	PTime   *time.Time   `json:"ptime"`
	Date    civil.Date   `json:"date" validate:"required,valid"`
	Self    *nodeNested  `json:"self"`
	nodeLeaf
	Numbers nodeNumbers `json:"numbers"`
	Texts   nodeTexts   `json:"texts"`
	Lists   nodeLists   `json:"lists"`
	Maps    nodeMaps    `json:"maps"`
	Skipped nodeLeaf    `json:"skipped" validate:"-"`
}

// nodeTypes reach every node the compiler makes.
var nodeTypes = []reflect.Type{
	reflect.TypeFor[nodeNumbers](),
	reflect.TypeFor[nodeTexts](),
	reflect.TypeFor[nodeLists](),
	reflect.TypeFor[nodeMaps](),
	reflect.TypeFor[nodeNested](),
}

// compareNodes runs Fields and its interpretation on v, by value and through
// a pointer, and reports any difference.
func compareNodes(t *testing.T, name string, v reflect.Value) {
	t.Helper()
	for _, arg := range []any{v.Interface(), pointerTo(v)} {
		got, want := check.New(), check.New()
		got.Fields("/base", arg)
		check.FieldsInterpreted(want, "/base", arg)
		if diff := cmp.Diff(want.Violations(), got.Violations()); diff != "" {
			t.Errorf("%s: %s: the compiled nodes differ from the interpreted chains (-interpreted +compiled):\n%s", name, v.Type(), diff)
			return
		}
	}
}

func TestNodesMatchInterpretation(t *testing.T) {
	n := 100
	if testing.Short() {
		n = 50
	}
	for _, typ := range append(nodeTypes, records...) {
		for seed := range uint64(n) {
			v := randomValue(typ, seed)
			withAnys(v, seed)
			eachStruct(v, func(v reflect.Value) { compareNodes(t, "random", v) })
			if t.Failed() {
				t.Fatalf("%s: seed %d differs", typ, seed)
			}
		}
	}
}

func TestNodesMatchInterpretationOnCorpus(t *testing.T) {
	for name, rec := range corpusRecords(t) {
		eachStruct(reflect.ValueOf(rec), func(v reflect.Value) { compareNodes(t, name, v) })
	}
}

// TestNodesMatchValidator holds the nodes the record types do not reach to
// validator/v10 itself. (Maps with keys of other kinds than text are left
// out: the oracle's reading of validator's namespace cannot tell where such
// a key ends.)
func TestNodesMatchValidator(t *testing.T) {
	n := 200
	if testing.Short() {
		n = 40
	}
	for _, typ := range []reflect.Type{
		reflect.TypeFor[nodeNumbers](),
		reflect.TypeFor[nodeTexts](),
		reflect.TypeFor[nodeLists](),
	} {
		for seed := range uint64(n) {
			v := randomValue(typ, seed)
			withAnys(v, seed)
			eachStruct(v, func(v reflect.Value) { compareFields(t, "random", v) })
			if t.Failed() {
				t.Fatalf("%s: seed %d differs", typ, seed)
			}
		}
	}
}

func FuzzNodesMatchInterpretation(f *testing.F) {
	all := append(nodeTypes, records...)
	for i := range uint64(len(all)) {
		f.Add(i, uint64(1))
	}
	f.Fuzz(func(t *testing.T, which, seed uint64) {
		v := randomValue(all[which%uint64(len(all))], seed)
		withAnys(v, seed)
		compareNodes(t, "fuzz", v)
	})
}

// withAnys puts values in the interface fields the filler leaves nil: a
// struct, a pointer to one, a text, or nothing.
func withAnys(v reflect.Value, seed uint64) {
	i := seed
	eachAny(v, func(a reflect.Value) {
		i = i*6364136223846793005 + 1442695040888963407
		switch i >> 61 {
		case 0, 1:
			a.Set(reflect.ValueOf(nodeLeaf{City: []string{"", "Seoul", " ", "Rio de Janeiro"}[i>>40&3]}))
		case 2, 3:
			a.Set(reflect.ValueOf(&nodeLeaf{City: []string{"", "Seoul", " ", "Rio de Janeiro"}[i>>40&3]}))
		case 4:
			a.Set(reflect.ValueOf("text"))
		case 5:
			a.Set(reflect.ValueOf((*nodeLeaf)(nil)))
		case 6:
			a.Set(reflect.ValueOf(nodeSpan{From: 5, To: 1}))
		}
	})
}

// eachAny calls f on every settable interface value v holds.
func eachAny(v reflect.Value, f func(reflect.Value)) {
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() && v.CanSet() {
			f(v)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			eachAny(v.Elem(), f)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				eachAny(v.Field(i), f)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			eachAny(v.Index(i), f)
		}
	}
}

// TestNodesPanicAsInterpreted holds the chains a node leaves to the
// interpretation, because they panic when run, to the same panic.
func TestNodesPanicAsInterpreted(t *testing.T) {
	type badMax struct {
		B bool `validate:"max=1"`
	}
	type badParam struct {
		S string `validate:"max=x"`
	}
	type badDive struct {
		S string `validate:"dive"`
	}
	type badKeys struct {
		L []string `validate:"dive,keys,max=1,endkeys"`
	}
	type badDuration struct {
		D time.Duration `validate:"max=1"`
	}
	type badUint struct {
		U uint `validate:"min=-1"`
	}
	for _, v := range []any{
		badMax{B: true}, badParam{S: "x"}, badDive{S: "x"}, badKeys{L: []string{"a"}},
		badDuration{D: 1}, badUint{U: 1},
	} {
		compiled, interpreted := panicOf(func() { check.New().Fields("", v) }), panicOf(func() { check.FieldsInterpreted(check.New(), "", v) })
		if compiled == nil || !reflect.DeepEqual(compiled, interpreted) {
			t.Errorf("%T: compiled panics with %v, interpreted with %v", v, compiled, interpreted)
		}
	}
}

func panicOf(f func()) (p any) {
	defer func() { p = recover() }()
	f()
	return nil
}
