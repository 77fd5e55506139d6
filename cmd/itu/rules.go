package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/plenipot/itu"
)

var rulesCmd = &command{
	name:    "rules",
	args:    "[--format text|json|markdown]",
	summary: "print the rule catalogue: every violation code, its severity, meaning and source",
	detail: `The catalogue is itu.Rules(): every rule of every package linked into itu,
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
	rules := itu.Rules()
	switch format.val {
	case "json":
		if rules == nil {
			rules = []itu.Rule{}
		}
		b, err := itu.Encode(rules)
		if err != nil {
			fmt.Fprintf(e.stderr, "itu: %s\n", oneLine(err.Error()))
			return exitUsage
		}
		e.stdout.Write(b)
	case "markdown":
		io.WriteString(e.stdout, rulesMarkdown(rules))
	default:
		w := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(w, "CODE\tSEVERITY\tRULE [SOURCE]")
		for _, r := range rules {
			fmt.Fprintf(w, "%s\t%s\t%s [%s]\n", r.Code, r.Severity, oneLine(r.Description), oneLine(r.Source))
		}
		w.Flush()
	}
	return exitOK
}

// rulesMarkdown renders the catalogue as RULES.md does: one table per code prefix.
func rulesMarkdown(rules []itu.Rule) string {
	var b strings.Builder
	b.WriteString("# Rule catalogue\n\n")
	b.WriteString("Generated from `itu.Rules()` by `go test ./examples -run TestRulesDoc -update`; do not edit by hand.\n")
	b.WriteString("Every violation carries one of these codes. Warnings never make a record invalid.\n")
	var groups []string
	for _, r := range rules {
		g, _, _ := strings.Cut(r.Code, ".")
		if !slices.Contains(groups, g) {
			groups = append(groups, g)
		}
	}
	for _, g := range groups {
		fmt.Fprintf(&b, "\n## %s\n\n| code | severity | rule | source |\n|---|---|---|---|\n", g)
		for _, r := range rules {
			if strings.HasPrefix(r.Code, g+".") {
				fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", r.Code, r.Severity, pipeSafe(r.Description), pipeSafe(r.Source))
			}
		}
	}
	return b.String()
}

func pipeSafe(s string) string { return strings.ReplaceAll(s, "|", "\\|") }
