package check

// FieldsInterpreted is Report.Fields walking every field by interpreting its
// chain of checks, without the compiled nodes: the reference the nodes are
// held to (node_test.go).
func FieldsInterpreted(r *Report, base string, v any) { r.fields(base, v, true) }
