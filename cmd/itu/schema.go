package main

import (
	"github.com/plenipot/itu/schema"
)

var schemaCmd = &command{
	name:    "schema",
	args:    "KIND",
	summary: "print the JSON Schema (draft 2020-12) of a payload kind",
	detail: `The schema is generated from the Go type of the kind and the rule
catalogue (package schema), so it never drifts from the library. It states
what a schema can: types, required members, enums, formats, patterns and
length bounds, with no unknown members allowed. Rules that span fields or
documents are only described; 'itu validate' checks them.
`,
	run: func(e *env, c *command, args []string) int {
		fs := newFlags(c)
		pos, code, ok := e.parse(c, fs, args, 1, 1)
		if !ok {
			return code
		}
		k, err := parseKind(pos[0])
		if err != nil {
			return e.usageError("itu schema", err.Error())
		}
		b, err := schema.ForKind(k)
		if err != nil {
			e.errorf("itu schema: %s", err)
			return exitUsage
		}
		e.stdout.Write(b)
		return exitOK
	},
}
