package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/examples"
)

// fixture is one named example payload; make returns a fresh value.
type fixture struct {
	name string
	make func() any
}

// fixtures are the examples 'itu example' prints. Each name is also the base
// name of its canonical file under examples/testdata/valid.
var fixtures = []fixture{
	{"korea-2021-dossier", func() any { return examples.KoreaDossier() }},
	{"korea-2021-cv", func() any { return examples.KoreaCV() }},
	{"korea-2021-vision-statement", func() any { return examples.KoreaVisionStatement() }},
	{"korea-2021-note", func() any { return examples.KoreaNote() }},
	{"korea-2021-note-verbale", func() any { return examples.KoreaNoteVerbale() }},
	{"korea-2021-letter", func() any { return examples.KoreaLetter() }},
	{"korea-2021-dsg-candidacy", func() any { return examples.KoreaDSGCandidacy() }},
	{"korea-2021-council-candidacy", func() any { return examples.KoreaCouncilCandidacy() }},
	{"pp-22-conference", func() any { return examples.PP22() }},
	{"pp-22-sg-election", func() any { return examples.PP22SecretaryGeneralElection() }},
	{"pp-22-dsg-election", func() any { return examples.PP22DeputySecretaryGeneralElection() }},
}

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
			fmt.Fprintf(w, "%s\t%s\n", f.name, cmp.Or(string(kindOf(f.make())), "-"))
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
	var head struct {
		Kind itu.Kind `json:"kind"`
	}
	_ = json.Unmarshal(b, &head) // lenient: only the kind is wanted
	return head.Kind
}
