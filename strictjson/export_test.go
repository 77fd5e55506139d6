package strictjson

import (
	"reflect"

	json "github.com/go-json-experiment/json"
)

// UnmarshalStrict is the strict decoder alone, with the whole-number rule:
// the reference the one pass is checked against.
func UnmarshalStrict(data []byte, v any) error { return json.Unmarshal(data, v, unmarshalOpts) }

// PlanAfresh forgets every one-pass plan and makes the plan of t and of
// everything below it, as the first decode of a process does.
func PlanAfresh(t reflect.Type) {
	plans.Clear()
	planOf(t)
}
