package main

var schemaCmd = &command{
	name:    "schema",
	args:    "KIND",
	summary: "print the JSON Schema (draft 2020-12) of a payload kind",
	run: func(e *env, c *command, args []string) int {
		fs := newFlags(c)
		pos, code, ok := e.parse(c, fs, args, 1, 1)
		if !ok {
			return code
		}
		if _, err := parseKind(pos[0]); err != nil {
			return e.usageError("itu schema", err.Error())
		}
		return e.usageError("itu schema", "not built in yet")
	},
}
