package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/plenipot/itu/payload"
)

const overview = `Usage: itu COMMAND [ARGUMENTS]

itu checks the records behind elections at the International Telecommunication
Union: candidacy dossiers, candidacies, CVs and vision statements, Notes by the
Secretary-General, notes verbales, nomination letters, conferences and elections.
It reads the documents' own text too ('itu import'), and prints it ('itu render').
`

const footer = `Payload kind: every payload names its kind in a top-level "kind" member,
{"kind": "dossier", ...}; the --kind flag, where a command has it, checks
every file as that kind: a file with no "kind" member is read as it, and one
naming another kind is invalid (payload.kind at /kind).
Kinds: %s.

Exit status, for every command:
  0  success; every payload valid (warnings allowed)
  1  some payload is invalid (it has an error-severity violation)
  2  usage error, or input that is not a payload: a missing, empty or
     unreadable file, a directory, FIFO or device, text that is not JSON, a
     payload over %d bytes, or an unknown kind; one line per fault on
     standard error
  3  the output could not be written (disk full, pipe closed by its reader)
The worst status wins: 3 over 2 over 1.

Run 'itu help COMMAND' for a command's flags.
`

// kindList returns the payload kinds this build checks, as "a, b, c".
func kindList() string {
	ks := payload.Kinds()
	if len(ks) == 0 {
		return "(none linked in)"
	}
	s := make([]string, len(ks))
	for i, k := range ks {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

var helpCmd = &command{
	name:    "help",
	args:    "[COMMAND]",
	summary: "show this help, or the help of one command",
}

func init() {
	helpCmd.run = func(e *env, c *command, args []string) int {
		fs := newFlags(c)
		pos, code, ok := e.parse(c, fs, args, 0, 1)
		if !ok {
			return code
		}
		if len(pos) == 0 {
			return e.help("")
		}
		return e.help(pos[0])
	}
}

// help prints the overview (name == "") or the help of one command.
func (e *env) help(name string) int {
	if name == "" {
		fmt.Fprint(e.stdout, overview)
		fmt.Fprintln(e.stdout, "\nCommands:")
		for _, c := range commands {
			fmt.Fprintf(e.stdout, "  %s\n", strings.TrimSpace("itu "+c.name+" "+c.args))
			fmt.Fprintf(e.stdout, "        %s\n", c.summary)
		}
		fmt.Fprintln(e.stdout)
		fmt.Fprintf(e.stdout, footer, kindList(), maxBytes)
		return exitOK
	}
	c := lookup(name)
	if c == nil {
		return e.usageError("itu help", fmt.Sprintf("unknown command %q; run 'itu help' for the list", name))
	}
	c.run(e, c, []string{"-h"})
	return exitOK
}

// commandHelp prints the help of c with the flags of fs.
func (e *env) commandHelp(c *command, fs *flag.FlagSet) {
	fmt.Fprintf(e.stdout, "Usage: %s\n\n%s\n", strings.TrimSpace("itu "+c.name+" "+c.args), c.summary)
	if c.detail != "" {
		fmt.Fprintf(e.stdout, "\n%s", c.detail)
	}
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	if n > 0 {
		fmt.Fprintln(e.stdout, "\nFlags:")
		fs.SetOutput(e.stdout)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
}
