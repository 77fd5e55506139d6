package main

import (
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/payload"
)

// fixture is one named example payload; make returns a fresh value.
type fixture struct {
	name string
	make func() any
}

// fixtures are the examples 'itu example' prints. Each name is also the base
// name of its canonical file under examples/testdata/valid.
var fixtures = []fixture{}

var exampleCmd = &command{
	name:    "example",
	args:    "[NAME]",
	summary: "list the built-in example payloads, or print one as canonical JSON",
	detail: `Without NAME, lists the examples and their kinds. With NAME, prints that
payload exactly as examples/testdata/valid/NAME.json holds it, ready to edit
and feed back to 'itu validate -'.
`,
	run: runExample,
}

func runExample(e *env, c *command, args []string) int {
	fs := newFlags(c)
	pos, code, ok := e.parse(c, fs, args, 0, 1)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		w := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		for _, f := range fixtures {
			fmt.Fprintf(w, "%s\t%s\n", f.name, kindOf(f.make()))
		}
		w.Flush()
		return exitOK
	}
	i := slices.IndexFunc(fixtures, func(f fixture) bool { return f.name == pos[0] })
	if i < 0 {
		return e.usageError("itu example", fmt.Sprintf("unknown example %q; want one of %s", pos[0], exampleNames()))
	}
	b, err := itu.Encode(fixtures[i].make())
	if err != nil {
		fmt.Fprintf(e.stderr, "itu example: %s\n", oneLine(err.Error()))
		return exitUsage
	}
	e.stdout.Write(b)
	return exitOK
}

func exampleNames() string {
	names := make([]string, len(fixtures))
	for i, f := range fixtures {
		names[i] = f.name
	}
	return strings.Join(names, ", ")
}

// kindOf returns the "kind" member v encodes with, or "" when it has none.
func kindOf(v any) itu.Kind {
	b, err := itu.Encode(v)
	if err != nil {
		return ""
	}
	k, _ := payload.KindOf(b)
	return k
}
