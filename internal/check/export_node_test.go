package check

import "reflect"

// FieldsInterpreted is Report.Fields walking every field by interpreting its
// chain of checks, without the compiled nodes: the reference the nodes are
// held to (node_test.go).
func FieldsInterpreted(r *Report, base string, v any) { r.fields(base, v, true) }

// CompileAfresh forgets every plan and compiles the plans of struct types
// ts and of everything below them, as the first check of a process does.
func CompileAfresh(ts ...reflect.Type) {
	plans.Clear()
	for _, t := range ts {
		planOf(t)
	}
}
