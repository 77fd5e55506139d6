package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/docimport"
	"github.com/plenipot/itu/election"
	"github.com/plenipot/itu/payload"
	"github.com/plenipot/itu/strictjson"
)

var importCmd = &command{
	name:    "import",
	args:    "[--out DIR] [--sources] [--as-of DATE] FILE",
	summary: `read the text of a candidature document into payloads and validate them ("-" reads standard input)`,
	detail: `FILE holds the text of ITU candidature documents: a Note by the
Secretary-General with its annexes (note verbale, nomination letter, CV,
vision statement), or any one of them alone, as the transcripts print them
('itu render' prints one) or as a copy from PDF or Word has them (wrapped and
hyphenated lines, page headers and footers, form feeds). import writes the
payloads it holds as canonical JSON, as 'itu validate' reads them: a Note and
its annexes as one dossier, a document alone as a payload of its kind.
Without --out the JSON goes to standard output, one payload after the other;
with --out DIR each payload goes to DIR/NAME.json (NAME the base name of
FILE, then -2, -3 for more) and standard output lists the files written.

import then checks each payload as 'itu validate' does and reports, on
standard error without --out and on standard output with it: each line of the
text it could not place ("FILE:115: warning: text not placed in any field"),
each violation, and a summary. --sources also lists where each field was
read: "PATH: lines 7-9". The seed dossier reads back as the fixture:

    itu import examples/testdata/seed/document-12-E.txt

Exit status: 0 every payload valid, 1 some payload invalid, 2 a file that
cannot be read or holds no candidature document, 3 output not written.
`,
	run: runImport,
}

func runImport(e *env, c *command, args []string) int {
	fs := newFlags(c)
	var asOf dateFlag
	out := fs.String("out", "", "write each payload to a file in `DIR` instead of standard output")
	sources := fs.Bool("sources", false, "list where each field of each payload was read")
	fs.Var(&asOf, "as-of", "treat `DATE` (YYYY-MM-DD) as today for date-dependent rules")
	pos, code, ok := e.parse(c, fs, args, 1, 1)
	if !ok {
		return code
	}
	name := inputName(pos[0])
	text, err := e.readInput(pos[0])
	var res docimport.Result
	if err == nil {
		res, err = docimport.Read(bytes.NewReader(text), docimport.Calendar(conferenceCalendar()))
	}
	if err != nil {
		e.errorf("itu: %s: %s", name, strings.TrimPrefix(err.Error(), "docimport: "))
		return exitUsage
	}
	report := e.stderr
	if *out != "" {
		report = e.stdout
	}
	rep := &env{stdin: e.stdin, stdout: report, stderr: e.stderr}
	for _, w := range res.Warnings {
		rep.printf("%s:%s: warning: %s", name, w.Lines, w.Message)
	}
	var sum importSummary
	for i, p := range res.Payloads {
		data, err := strictjson.Encode(p.Record)
		if err != nil {
			e.errorf("itu: %s: %s", name, err)
			return exitUsage
		}
		label := name
		if len(res.Payloads) > 1 {
			label = fmt.Sprintf("%s[%d]", name, i+1)
		}
		if *out != "" {
			file := filepath.Join(*out, outName(pos[0], i))
			if err := os.WriteFile(file, data, 0o644); err != nil {
				e.errorf("itu: %s", err)
				return exitWrite
			}
			label = file
			rep.printf("wrote %s (%s, %s from %s)", file, p.Kind, plural(len(p.Sources), "field"), linesOf(p))
		} else {
			e.stdout.Write(escapeJSON(data))
		}
		if *sources {
			for _, s := range p.Sources {
				if s.Inferred != "" {
					rep.printf("%s: %s: lines %s (inferred: %s)", label, s.Path, s.Lines, s.Inferred)
					continue
				}
				rep.printf("%s: %s: lines %s", label, s.Path, s.Lines)
			}
		}
		r, err := payload.Check(data, p.Kind, asOf.options()...)
		if err != nil {
			e.errorf("itu: %s: %s", label, err)
			return exitUsage
		}
		for _, v := range r.Violations {
			rep.println(violationLine(label, v))
		}
		sum.add(r)
	}
	rep.println(sum.String())
	return sum.exitCode()
}

// outName names the file of payload i read from input: its base name
// without extension, "-2" and on for the payloads after the first.
func outName(input string, i int) string {
	base := strings.TrimSuffix(filepath.Base(input), filepath.Ext(input))
	if input == "-" || base == "" || base == "." {
		base = "stdin"
	}
	if i > 0 {
		base += fmt.Sprintf("-%d", i+1)
	}
	return base + ".json"
}

// linesOf describes the lines a payload was read from: "lines 5-243".
func linesOf(p docimport.Payload) string {
	if len(p.Sources) == 0 {
		return "no line"
	}
	first, last := p.Sources[0].Lines.First, p.Sources[0].Lines.Last
	for _, s := range p.Sources {
		first, last = min(first, s.Lines.First), max(last, s.Lines.Last)
	}
	return "lines " + docimport.Lines{First: first, Last: last}.String()
}

// importSummary counts the payloads read and their violations.
type importSummary struct {
	payloads, invalid, errors, warnings int
}

func (s *importSummary) add(r payload.Result) {
	s.payloads++
	if !r.Valid() {
		s.invalid++
	}
	for _, v := range r.Violations {
		if v.Severity == itu.Warning {
			s.warnings++
		} else {
			s.errors++
		}
	}
}

// String returns "1 payload: 1 valid, 0 invalid; 0 errors, 1 warning".
func (s importSummary) String() string {
	return fmt.Sprintf("%s: %d valid, %d invalid; %s, %s", plural(s.payloads, "payload"), s.payloads-s.invalid, s.invalid,
		plural(s.errors, "error"), plural(s.warnings, "warning"))
}

func (s importSummary) exitCode() int {
	if s.invalid > 0 {
		return exitInvalid
	}
	return exitOK
}

// conferenceCalendar lists the Plenipotentiary Conferences package election
// knows, so that a Note whose conference no document of the text names is
// read as one for the first that closes on or after its date (an inference
// that --sources marks as such).
func conferenceCalendar() []docimport.ConferenceDates {
	var cs []docimport.ConferenceDates
	for _, c := range election.Conferences() {
		cs = append(cs, docimport.ConferenceDates{Code: c.Code, Opening: c.Opening, Closing: c.Closing})
	}
	return cs
}
