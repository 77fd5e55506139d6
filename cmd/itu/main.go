package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// The exit-code contract, shared by every subcommand.
const (
	exitOK      = 0 // done; every payload valid (warnings allowed)
	exitInvalid = 1 // some payload has an error-severity violation
	exitUsage   = 2 // bad usage, or input that could not be read as a payload
	exitWrite   = 3 // the output could not be written: disk full, pipe closed
)

func main() {
	ignoreSIGPIPE()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// env is what a subcommand may touch: its standard streams.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	workers        int // files validate checks at once; 0 means GOMAXPROCS
}

// command is one subcommand of itu.
type command struct {
	name    string // "validate"
	args    string // the synopsis after the name
	summary string // one line for the command list
	detail  string // more help, printed by "itu help NAME"
	run     func(e *env, c *command, args []string) int
}

// commands lists the subcommands in the order the help shows them.
var commands []*command

func init() {
	commands = []*command{validateCmd, rulesCmd, exampleCmd, schemaCmd, tallyCmd, renderCmd, importCmd, serveCmd, helpCmd, versionCmd}
}

func lookup(name string) *command {
	i := slices.IndexFunc(commands, func(c *command) bool { return c.name == name })
	if i < 0 {
		return nil
	}
	return commands[i]
}

// run is the whole program: it parses args, runs one subcommand and returns
// the exit status. It never panics on input and never calls os.Exit. When a
// write fails the status is [exitWrite], whatever the command found.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	out, errOut := &errWriter{w: stdout}, &errWriter{w: stderr}
	e := &env{stdin: stdin, stdout: out, stderr: errOut}
	return finish(e.dispatch(args), out, errOut)
}

// dispatch runs the subcommand args name and returns its exit status.
func (e *env) dispatch(args []string) int {
	if len(args) == 0 {
		return e.usageError("itu", "no command; run 'itu help' for usage")
	}
	switch name := args[0]; name {
	case "-h", "-help", "--help":
		return e.help("")
	case "-version", "--version":
		return versionCmd.run(e, versionCmd, args[1:])
	}
	c := lookup(args[0])
	if c == nil {
		if strings.HasPrefix(args[0], "-") {
			return e.usageError("itu", fmt.Sprintf("unknown flag %s before the command; run 'itu help' for usage", args[0]))
		}
		return e.usageError("itu", fmt.Sprintf("unknown command %q; run 'itu help' for usage", args[0]))
	}
	return c.run(e, c, args[1:])
}

// newFlags returns the flag set of c; it prints nothing by itself.
func newFlags(c *command) *flag.FlagSet {
	fs := flag.NewFlagSet("itu "+c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parse parses the flags and positional arguments of c, which takes between
// lo and hi positional arguments (hi < 0: any number). When ok is false the
// command must return code at once: help was printed or usage was wrong.
func (e *env) parse(c *command, fs *flag.FlagSet, args []string, lo, hi int) (pos []string, code int, ok bool) {
	pos, err := parseInterleaved(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		e.commandHelp(c, fs)
		return nil, exitOK, false
	}
	if err != nil {
		return nil, e.usageError(fs.Name(), err.Error()+"; run 'itu help "+c.name+"' for usage"), false
	}
	if len(pos) < lo || (hi >= 0 && len(pos) > hi) {
		want := "no arguments"
		switch {
		case lo == 1 && hi == 1:
			want = "one argument"
		case lo == 1 && hi < 0:
			want = "at least one argument"
		case lo == 0 && hi == 1:
			want = "at most one argument"
		}
		return nil, e.usageError(fs.Name(), fmt.Sprintf("want %s, got %d; usage: itu %s %s", want, len(pos), c.name, c.args)), false
	}
	return pos, exitOK, true
}

// parseInterleaved parses flags that may come before or after the positional
// arguments ("itu validate a.json --format json"). A "--" ends the flags.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		consumed := len(args) - len(rest)
		if len(rest) == 0 || (consumed > 0 && args[consumed-1] == "--") {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// usageError prints one line on standard error and returns [exitUsage].
func (e *env) usageError(prog, msg string) int {
	e.errorf("%s: %s", prog, msg)
	return exitUsage
}

// println writes s as one line of standard output, [escape]d.
func (e *env) println(s string) { io.WriteString(e.stdout, escape(s)+"\n") }

// printf writes one line of standard output, [escape]d after formatting.
func (e *env) printf(format string, args ...any) { e.println(fmt.Sprintf(format, args...)) }

// errorf writes one line of standard error, [escape]d after formatting, so
// every error is one line whatever its input holds.
func (e *env) errorf(format string, args ...any) {
	io.WriteString(e.stderr, escape(fmt.Sprintf(format, args...))+"\n")
}

// plural returns "1 file", "2 files".
func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
