package main

var tallyCmd = &command{
	name:    "tally",
	args:    "FILE",
	summary: "compute an election's outcome from its rounds and print it",
	run: func(e *env, c *command, args []string) int {
		fs := newFlags(c)
		if _, code, ok := e.parse(c, fs, args, 1, 1); !ok {
			return code
		}
		return e.usageError("itu tally", "not built in yet")
	},
}
