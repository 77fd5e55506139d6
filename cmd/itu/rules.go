package main

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/catalog"
	"github.com/plenipot/itu/internal/rule"
	"github.com/plenipot/itu/strictjson"
)

var rulesCmd = &command{
	name:    "rules",
	args:    "[--format text|json|markdown]",
	summary: "print the rule catalogue: every violation code, its severity, meaning and source",
	detail: `The catalogue is catalog.Rules(): every rule of every package of the module,
sorted by code. --format markdown prints the same tables as RULES.md; --format
json prints an array of {"code", "severity", "description", "source"}.
`,
	run: runRules,
}

func runRules(e *env, c *command, args []string) int {
	fs := newFlags(c)
	format := newChoice("text", "json", "markdown")
	fs.Var(format, "format", "output `FORMAT`: text, json or markdown")
	if _, code, ok := e.parse(c, fs, args, 0, 0); !ok {
		return code
	}
	rules := catalog.Rules()
	switch format.val {
	case "json":
		if rules == nil {
			rules = []itu.Rule{}
		}
		b, err := strictjson.Encode(rules)
		if err != nil {
			e.errorf("itu: %s", err)
			return exitUsage
		}
		e.stdout.Write(b)
	case "markdown":
		io.WriteString(e.stdout, rule.Markdown(rules))
	default:
		w := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(w, "CODE\tSEVERITY\tRULE [SOURCE]")
		for _, r := range rules {
			fmt.Fprintf(w, "%s\t%s\t%s [%s]\n", escape(r.Code), r.Severity, escape(r.Description), escape(r.Source))
		}
		w.Flush()
	}
	return exitOK
}
