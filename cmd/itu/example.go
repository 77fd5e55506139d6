package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/strictjson"
)

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
		for _, f := range examples.Fixtures() {
			fmt.Fprintf(w, "%s\t%s\n", escape(f.Name), escape(cmp.Or(string(kindOf(f.New())), "-")))
		}
		w.Flush()
		return exitOK
	}
	f, found := examples.LookupFixture(pos[0])
	if !found {
		return e.usageError("itu example", fmt.Sprintf("unknown example %q; want one of %s", pos[0], exampleNames()))
	}
	b, err := strictjson.Encode(f.New())
	if err != nil {
		e.errorf("itu example: %s", err)
		return exitUsage
	}
	e.stdout.Write(b)
	return exitOK
}

func exampleNames() string {
	var names []string
	for _, f := range examples.Fixtures() {
		names = append(names, f.Name)
	}
	return strings.Join(names, ", ")
}

// kindOf returns the "kind" member v encodes with, or "" when it has none.
func kindOf(v any) itu.Kind {
	b, err := strictjson.Encode(v)
	if err != nil {
		return ""
	}
	var head struct {
		Kind itu.Kind `json:"kind"`
	}
	_ = json.Unmarshal(b, &head) // lenient: only the kind is wanted
	return head.Kind
}
