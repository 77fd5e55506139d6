package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/payload"
	"github.com/plenipot/itu/strictjson"
)

// maxBytes is the largest payload itu reads; longer input is not read further.
const maxBytes int64 = strictjson.DefaultMaxBytes

// stdinName is how standard input ("-") is named in reports.
const stdinName = "<stdin>"

// inputName is how reports name the input arg names: the file, or
// stdinName for "-".
func inputName(arg string) string {
	if arg == "-" {
		return stdinName
	}
	return arg
}

var validateCmd = &command{
	name:    "validate",
	args:    "[--kind KIND] [--format text|json] [--as-of YYYY-MM-DD] FILE|DIR...",
	summary: `check payload files ("-" reads standard input) and report every violation`,
	detail: `Each FILE holds one JSON payload whose top-level "kind" member says what it
is. --kind checks every file as KIND: a file with no "kind" member is read
as KIND, and one naming another kind is invalid (payload.kind at /kind).
Text output is one line per violation,

    FILE: PATH: CODE: MESSAGE
    FILE: PATH: warning: CODE: MESSAGE

where PATH is a JSON Pointer into the payload ("/" is the whole payload) and
CODE is a rule of 'itu rules', then a summary line:

    3 files: 2 valid, 1 invalid; 4 errors, 2 warnings

A file that cannot be read as a payload gets one line on standard error,
"itu: FILE: ...", and the other files are still checked. A FILE must be a
regular file; FIFOs and devices are refused unread. A DIR stands for the
regular files named *.json beneath it, in lexical order (one with none is
reported). Files are checked on every core at once and reported in the
order given. Control
characters, line breaks and escapes from the input are printed escaped
("\n", "\x1b"), so each violation stays on one line. --format json
prints one JSON document instead: {"files": [{"file", "kind", "valid",
"error", "violations": [{"path", "code", "severity", "message"}]}],
"summary": {"files", "valid", "invalid", "unreadable", "errors", "warnings"}}.

Rules that depend on today's date (no document dated in the future,
membership on a date) run only with --as-of; itu never reads the clock.

Exit status: 0 when every file is valid (warnings allowed), 1 when any file
is invalid, 2 on a usage error or when any file is unreadable, 3 when the
output could not be written (the highest wins).
`,
}

func init() { validateCmd.run = runValidate }

// fileResult is the outcome of checking one file.
type fileResult struct {
	File       string          `json:"file"`
	Kind       itu.Kind        `json:"kind,omitzero"`
	Valid      bool            `json:"valid"`
	Error      string          `json:"error,omitzero"` // why the file is unreadable
	Violations []itu.Violation `json:"violations"`

	lines string // the text output's lines for the file, escaped, made by the worker
}

// unreadable reports whether the file could not be checked at all.
func (r fileResult) unreadable() bool { return r.Error != "" }

// summary counts the outcome of one run.
type summary struct {
	Files      int `json:"files"`
	Valid      int `json:"valid"`
	Invalid    int `json:"invalid"`
	Unreadable int `json:"unreadable"`
	Errors     int `json:"errors"`
	Warnings   int `json:"warnings"`
}

func (s *summary) add(r fileResult) {
	s.Files++
	switch {
	case r.unreadable():
		s.Unreadable++
	case r.Valid:
		s.Valid++
	default:
		s.Invalid++
	}
	for _, v := range r.Violations {
		if v.Severity == itu.Warning {
			s.Warnings++
		} else {
			s.Errors++
		}
	}
}

// String returns "3 files: 2 valid, 1 invalid; 4 errors, 2 warnings".
func (s summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d valid, %d invalid", plural(s.Files, "file"), s.Valid, s.Invalid)
	if s.Unreadable > 0 {
		fmt.Fprintf(&b, ", %d unreadable", s.Unreadable)
	}
	fmt.Fprintf(&b, "; %s, %s", plural(s.Errors, "error"), plural(s.Warnings, "warning"))
	return b.String()
}

// exitCode returns the status of the run: unreadable beats invalid beats valid.
func (s summary) exitCode() int {
	switch {
	case s.Unreadable > 0:
		return exitUsage
	case s.Invalid > 0:
		return exitInvalid
	}
	return exitOK
}

func runValidate(e *env, c *command, args []string) int {
	fs := newFlags(c)
	var kind kindFlag
	format := newChoice("text", "json")
	var asOf dateFlag
	fs.Var(&kind, "kind", "check every file as this payload `KIND`, one without a \"kind\" member too; a file whose \"kind\" names another kind is invalid (payload.kind at /kind)")
	fs.Var(format, "format", "output `FORMAT`: text or json")
	fs.Var(&asOf, "as-of", "treat `DATE` (YYYY-MM-DD) as today for date-dependent rules")
	files, code, ok := e.parse(c, fs, args, 1, -1)
	if !ok {
		return code
	}
	var doc struct {
		Files   []fileResult `json:"files"`
		Summary summary      `json:"summary"`
	}
	doc.Files = []fileResult{}
	prepare := func(r *fileResult) {
		if format.val != "text" || r.unreadable() {
			return
		}
		var b strings.Builder
		for _, v := range r.Violations {
			b.WriteString(escape(violationLine(r.File, v)))
			b.WriteByte('\n')
		}
		r.lines = b.String()
	}
	ins := expandInputs(files)
	tuneMemory(len(ins))
	out := batch{w: e.stdout}
	e.checkAll(ins, kind.k, asOf.options(), e.workers, prepare, func(r fileResult) {
		doc.Summary.add(r)
		if format.val == "json" {
			doc.Files = append(doc.Files, r)
		}
		if r.unreadable() {
			out.flush() // what came before it first, when both streams go to one place
			e.errorf("itu: %s: %s", r.File, r.Error)
		}
		out.add(r.lines) // formatted by its worker
	}, e.writeFailed)
	out.flush()
	if format.val == "json" {
		for i, r := range doc.Files {
			doc.Files[i].File, doc.Files[i].Error = validUTF8(r.File), validUTF8(r.Error)
		}
		b, err := strictjson.Encode(doc)
		if err != nil {
			e.errorf("itu: %s", err)
			return exitUsage
		}
		e.stdout.Write(escapeJSON(b))
	} else {
		e.println(doc.Summary.String())
	}
	return doc.Summary.exitCode()
}

// violationLine formats v as "FILE: PATH: CODE: MESSAGE", with "warning: "
// before the code of a warning.
func violationLine(file string, v itu.Violation) string {
	return file + ": " + violationText(v)
}

// violationText formats v as "PATH: CODE: MESSAGE" or "PATH: warning: CODE: MESSAGE".
func violationText(v itu.Violation) string {
	sev := ""
	if v.Severity == itu.Warning {
		sev = "warning: "
	}
	return fmt.Sprintf("%s: %s%s: %s", displayPath(v.Path), sev, v.Code, v.Message)
}

// displayPath shows the root pointer "" as "/".
func displayPath(p string) string {
	if p == "" {
		return "/"
	}
	return p
}

// checkFile reads and checks one file ("-" is standard input) as a payload of
// the given kind, or of the kind its "kind" member names when kind is empty.
// It returns the decoded record too, nil when the file is unreadable.
func (e *env) checkFile(name string, kind itu.Kind, opts []itu.Option) (fileResult, payload.Record) {
	data, err := e.readInput(name)
	return checkData(name, data, err, kind, opts)
}

// checkData checks data, read from the file name with the error err, as
// checkFile does. Nothing it returns refers to data, so a caller may read
// the next file into the same storage.
func checkData(name string, data []byte, err error, kind itu.Kind, opts []itu.Option) (fileResult, payload.Record) {
	r := fileResult{File: inputName(name), Kind: kind, Violations: []itu.Violation{}}
	if err == nil && kind != "" {
		// --kind must not turn input that is not a payload at all (not JSON,
		// cut short, not an object) into an invalid record of that kind.
		if _, kerr := payload.KindOf(data); errors.Is(kerr, strictjson.ErrMalformed) {
			err = kerr
		}
	}
	if err == nil {
		var res payload.Result
		res, err = payload.Check(data, kind, opts...)
		if err == nil {
			r.Kind, r.Violations, r.Valid = res.Kind, res.Violations, res.Valid()
			if r.Violations == nil {
				r.Violations = []itu.Violation{}
			}
			return r, res.Record
		}
	}
	var me *strictjson.MalformedError
	switch {
	case errors.As(err, &me):
		r.Violations = append(r.Violations, me.Violation)
		r.Error = violationText(me.Violation)
	case errors.Is(err, payload.ErrUnknownKind):
		r.Error = strings.TrimPrefix(err.Error(), "payload: ")
	default:
		r.Error = err.Error()
	}
	return r, nil
}

// readInput reads a whole payload, but never more than [maxBytes] of it: a
// longer input gives a json.too_large *[strictjson.MalformedError], worded as
// [strictjson.Decode] and [strictjson.DecodeReader] word it. A named file must be a
// regular file (see [readFile]); standard input ("-") is read as given.
func (e *env) readInput(name string) ([]byte, error) {
	if name != "-" {
		return readFile(name, nil, false)
	}
	if e.stdin == nil {
		return nil, errors.New("no standard input")
	}
	buf := bytes.NewBuffer(make([]byte, 0, bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(e.stdin, maxBytes+1)); err != nil {
		return nil, fileError(err)
	}
	data := buf.Bytes()
	if int64(len(data)) > maxBytes {
		return nil, tooLarge(fmt.Sprintf("payload is over the limit of %d bytes", maxBytes))
	}
	return data, nil
}

// regular returns nil for a regular file's mode and otherwise says what the
// file is instead.
func regular(m fs.FileMode) error {
	what := "not a regular file"
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return errors.New("is a directory; want a payload file")
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	case m&fs.ModeDevice != 0:
		what = "a device"
	}
	return fmt.Errorf("is %s; want a regular file holding a payload, or \"-\" for standard input", what)
}

func tooLarge(msg string) error {
	return &strictjson.MalformedError{Violation: strictjson.RuleJSONTooLarge.At("", msg), Offset: maxBytes}
}

// fileError drops the operation and file name an *fs.PathError repeats.
func fileError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
