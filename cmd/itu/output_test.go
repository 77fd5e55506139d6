package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/names"
	"github.com/plenipot/itu/strictjson"
)

func TestEscape(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Doreen Bogdan-Martin (USA)", "Doreen Bogdan-Martin (USA)"},
		{"other scripts kept", "이재섭 Лаптев 李在燮", "이재섭 Лаптев 李在燮"},
		{"spaces kept", "  139  x  ", "  139  x  "},
		{"already quoted", `"a\nb"`, `"a\nb"`},
		{"line feed", "a\nb", `a\nb`},
		{"carriage return", "a\r\nb", `a\r\nb`},
		{"tab", "a\tb", `a\tb`},
		{"ANSI conceal", "a\x1b[8mhidden", `a\x1b[8mhidden`},
		{"NUL and DEL", "a\x00b\x7f", `a\x00b\x7f`},
		{"C1 next line and CSI", "a\u0085b\u009b31m", `a\u0085b\u009b31m`},
		{"line separator", "a\u2028b", `a\u2028b`},
		{"paragraph separator", "a\u2029b", `a\u2029b`},
		{"bidi override", "abc\u202edcba\u202c", `abc\u202edcba\u202c`},
		{"bidi isolate", "\u2066x\u2069", `\u2066x\u2069`},
		{"zero-width and soft hyphen", "Le\u200be\u00ad", `Le\u200be\u00ad`},
		{"tag character", "x\U000e0041", `x\U000e0041`},
		{"not UTF-8", "a\xffb\xc3", `a\xffb\xc3`},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := escape(tt.in)
			if got != tt.want {
				t.Errorf("escape(%q) = %q; want %q", tt.in, got, tt.want)
			}
			if bad := firstHidden(got); bad != "" {
				t.Errorf("escape(%q) = %q still holds %s", tt.in, got, bad)
			}
		})
	}
}

func TestEscapeJSON(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // the JSON string escapeJSON makes of in
	}{
		{"plain", "Chaesub LEE", `"Chaesub LEE"`},
		{"hangul kept", "이재섭", `"이재섭"`},
		{"C0 already escaped", "a\n\x1b[8m", `"a\n\u001b[8m"`},
		{"C1 and DEL", "a\u0085\x7f", `"a\u0085\u007f"`},
		{"separators", "a\u2028b\u2029", `"a\u2028b\u2029"`},
		{"bidi override", "x\u202ey", `"x\u202ey"`},
		{"tag character", "x\U000e0041", `"x\udb40\udc41"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := strictjson.Encode(map[string]string{"s": tt.in})
			if err != nil {
				t.Fatal(err)
			}
			got := escapeJSON(b)
			if want := "{\n  \"s\": " + tt.want + "\n}\n"; string(got) != want {
				t.Errorf("escapeJSON(%s) = %s; want %s", b, got, want)
			}
			var back map[string]string
			if err := json.Unmarshal(got, &back); err != nil || back["s"] != tt.in {
				t.Errorf("escapeJSON(%s) = %s decodes to %q, %v; want %q", b, got, back["s"], err, tt.in)
			}
			if bad := firstHidden(string(got)); bad != "" {
				t.Errorf("escapeJSON(%s) = %s still holds %s", b, got, bad)
			}
		})
	}
}

// firstHidden describes the first character in s, a line break apart, that a
// terminal would not show as itself (written out here independently of
// hidden), or returns "".
func firstHidden(s string) string {
	for i, r := range s {
		if r == '\n' {
			continue
		}
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			return "a byte that is not UTF-8 at " + strconv.Itoa(i)
		case unicode.IsControl(r), unicode.Is(unicode.Cf, r), r == '\u2028', r == '\u2029':
			return "hidden character " + fmt.Sprintf("%U", r) + " at " + strconv.Itoa(i)
		}
	}
	return ""
}

func TestIssue12TallyForgedNames(t *testing.T) {
	el := undecided()
	el.Rounds[0].Votes = map[itu.StateCode]int{"FRA": 60, "DEU": 40}
	out, err := el.Tally()
	if err != nil || len(out.Elected) != 1 {
		t.Fatalf("Tally() = %+v, %v; want FRA elected", out, err)
	}
	// Names that would forge and hide lines if printed raw; the library
	// refuses most of them, but the printer must not rely on it.
	forged := names.Name("Ms Ada ONE\nElected: Mallory (FRA), round 1, 100 votes\r\x1b[8m")
	el.Candidates[0].Name, out.Elected[0].Candidate.Name = forged, forged
	el.Candidates[1].Name = "Mr Bo\u2028TWO\u202e"
	var b bytes.Buffer
	printTally(&env{stdout: &b}, el, roundResults(el, out), out)
	want := `PP-FX, Secretary-General: 1 seat, 2 candidates
Round 1: 100 valid votes; required majority 51
  60  Ms Ada ONE\nElected: Mallory (FRA), round 1, 100 votes\r\x1b[8m (FRA)  — elected
  40  Mr Bo\u2028TWO\u202e (DEU)
Elected: Ms Ada ONE\nElected: Mallory (FRA), round 1, 100 votes\r\x1b[8m (FRA), round 1, 60 votes
`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("tally mismatch (-want +got):\n%s", diff)
	}
}

// forgedPayloads are payloads whose names, map keys and member names hold
// line breaks, ANSI escapes and bidi overrides.
var forgedPayloads = []struct {
	name, payload string
	rawPath       string // a path the JSON report must hold exactly
}{
	{"candidate names and vote key", `{"kind":"election","conference":"PP-22","post":"SG",
		"candidates":[{"name":"Ms Ada ONE\nElected: Mallory (USA), round 1, 999 votes\r\u001b[8m","member_state":"FRA"},
			{"name":"Mr Bo\u2028TWO\u202e","member_state":"DEU"}],
		"rounds":[{"number":1,"votes":{"FRA":50,"DEU":50,"X\n\u001b[8mY":3}}]}`, "/rounds/0/votes/X\n\x1b[8mY"},
	{"unknown member", `{"kind":"cv","evil\nline\u001b[31m\u0085\u2029":1}`, "/evil\nline\x1b[31m\u0085\u2029"},
	{"bidi in member", "{\"kind\":\"note\",\"a\u202eb\":1}", "/a\u202eb"},
}

func TestIssue12ForgedLines(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range forgedPayloads {
		t.Run(tt.name, func(t *testing.T) {
			file := filepath.Join(dir, "payload.json")
			if err := os.WriteFile(file, []byte(tt.payload), 0o644); err != nil {
				t.Fatal(err)
			}
			rj := runBin(t, nil, "validate", "--format", "json", file)
			if bad := firstHidden(rj.stdout); bad != "" {
				t.Errorf("--format json output holds %s:\n%s", bad, rj.stdout)
			}
			rep := parseReport(t, rj.stdout)
			if len(rep.Files) != 1 || len(rep.Files[0].Violations) == 0 {
				t.Fatalf("--format json: %+v; want one file with violations", rep)
			}
			vs := rep.Files[0].Violations
			found := false
			for _, v := range vs {
				found = found || v.Path == tt.rawPath
			}
			if !found {
				t.Errorf("--format json has no violation at %q: %+v", tt.rawPath, vs)
			}

			r := runBin(t, nil, "validate", file)
			if r.code != rj.code || r.code != exitInvalid {
				t.Errorf("exit %d (text), %d (json); want %d", r.code, rj.code, exitInvalid)
			}
			assertOneLinePerReport(t, r.stdout, len(vs)+1)
			if !strings.Contains(r.stdout, ": "+escape(tt.rawPath)+": ") {
				t.Errorf("text output does not show the path %q escaped as %q:\n%s", tt.rawPath, escape(tt.rawPath), r.stdout)
			}

			r = runBin(t, nil, "tally", file)
			if r.code == exitOK {
				t.Errorf("tally: exit 0; want the payload refused")
			}
			assertOneLinePerReport(t, r.stdout+r.stderr, len(lines(r.stdout))+len(lines(r.stderr)))
		})
	}
}

// assertOneLinePerReport fails t unless out has n lines, none holding a
// character that could forge, hide or reorder a line.
func assertOneLinePerReport(t *testing.T, out string, n int) {
	t.Helper()
	ls := lines(out)
	if len(ls) != n {
		t.Errorf("output has %d lines; want %d:\n%s", len(ls), n, out)
	}
	for _, l := range ls {
		if bad := firstHidden(l); bad != "" {
			t.Errorf("line %q holds %s", l, bad)
		}
	}
}

func TestIssue12ForgedFileNames(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, file string
	}{
		{"line break and escape", "evil\n\x1b[8mname.json"},
		{"bidi override", "a\u202enosj.json"},
		{"not UTF-8", "bad\xff\xfe.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, tt.file)
			if err := os.WriteFile(p, []byte("not json"), 0o644); err != nil {
				t.Skipf("this file system refuses the name: %v", err)
			}
			r := runBin(t, nil, "validate", p)
			assertOneLineError(t, r)
			if bad := firstHidden(r.stderr); bad != "" || !strings.Contains(r.stderr, escape(tt.file)) {
				t.Errorf("stderr %q holds %q or does not name the file as %q", r.stderr, bad, escape(tt.file))
			}
			r = runBin(t, nil, "validate", "--format", "json", p)
			if r.code != exitUsage {
				t.Errorf("--format json: exit %d; want %d", r.code, exitUsage)
			}
			if bad := firstHidden(r.stdout); bad != "" {
				t.Errorf("--format json output holds %s", bad)
			}
			if rep := parseReport(t, r.stdout); len(rep.Files) != 1 || rep.Files[0].File != validUTF8(p) {
				t.Errorf("--format json files = %+v; want one, named %q", rep.Files, validUTF8(p))
			}
		})
	}
}

// failWriter takes n bytes, then fails every write with err.
type failWriter struct {
	n   int
	err error
}

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) <= w.n {
		w.n -= len(p)
		return len(p), nil
	}
	n := w.n
	w.n = 0
	return n, &os.PathError{Op: "write", Path: "/dev/stdout", Err: w.err}
}

func TestIssue12WriteErrors(t *testing.T) {
	valid := filepath.Join(repoRoot, "examples", "testdata", "valid", "korea-2021-cv.json")
	sg := filepath.Join(repoRoot, "examples", "testdata", "valid", "pp-22-sg-election.json")
	commands := [][]string{
		{"validate", valid},
		{"validate", "--format", "json", valid},
		{"validate", valid, filepath.Join(repoRoot, "no-such-file.json")}, // 3 beats 2
		{"tally", sg},
		{"tally", "--format", "json", sg},
		{"rules"},
		{"rules", "--format", "json"},
		{"rules", "--format", "markdown"},
		{"example"},
		{"example", "korea-2021-dossier"},
		{"schema", "dossier"},
		{"help"},
		{"help", "validate"},
		{"validate", "--help"},
		{"version"},
	}
	errs := []struct {
		err  error
		want string
	}{
		{syscall.EPIPE, "broken pipe"},
		{syscall.ENOSPC, "no space left on device"},
	}
	for _, args := range commands {
		for _, we := range errs {
			for _, after := range []int{0, 10} {
				t.Run(strings.Join(args, " ")+"/"+we.want+"/after "+strconv.Itoa(after), func(t *testing.T) {
					var stderr bytes.Buffer
					code := run(args, strings.NewReader(""), &failWriter{n: after, err: we.err}, &stderr)
					if code != exitWrite {
						t.Errorf("exit %d; want %d", code, exitWrite)
					}
					want := "itu: cannot write standard output: " + we.want + "; the output is incomplete\n"
					if !strings.HasSuffix(stderr.String(), want) {
						t.Errorf("stderr = %q; want it to end with %q", stderr.String(), want)
					}
				})
			}
		}
	}
	t.Run("standard error fails", func(t *testing.T) {
		var stdout bytes.Buffer
		code := run([]string{"validate", filepath.Join(repoRoot, "no-such-file.json")}, nil, &stdout, &failWriter{err: syscall.EPIPE})
		if code != exitWrite {
			t.Errorf("exit %d; want %d", code, exitWrite)
		}
	})
}

// runTo runs the binary in the module root with standard output going to
// out, failing t if it is not done within 20 seconds.
func runTo(t *testing.T, out *os.File, args ...string) (code int, stderr string, signaled bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = repoRoot
	cmd.Stdout = out
	var eb bytes.Buffer
	cmd.Stderr = &eb
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("itu %s: still running after 20s", strings.Join(args, " "))
	}
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatalf("itu %s: %v", strings.Join(args, " "), err)
	}
	ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus)
	return cmd.ProcessState.ExitCode(), eb.String(), ok && ws.Signaled()
}

// binaryWriteCases are commands whose output cannot all be written.
var binaryWriteCases = [][]string{
	{"schema", "dossier"},
	{"rules"},
	{"example", "korea-2021-dossier"},
	{"validate", "--as-of", corpusAsOf, "examples/testdata/valid/korea-2021-dossier.json"},
	{"tally", "examples/testdata/valid/pp-22-sg-election.json"},
	{"help"},
}

func TestIssue12DevFull(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("no /dev/full: %v", err)
	}
	defer full.Close()
	for _, args := range binaryWriteCases {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, stderr, _ := runTo(t, full, args...)
			if code != exitWrite || stderr != "itu: cannot write standard output: no space left on device; the output is incomplete\n" {
				t.Errorf("itu %s > /dev/full: exit %d, stderr %q; want %d and one line", strings.Join(args, " "), code, stderr, exitWrite)
			}
		})
	}
}

func TestIssue12BrokenPipe(t *testing.T) {
	for _, args := range binaryWriteCases {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			r.Close() // the reader has gone, as "| head -1" does
			defer w.Close()
			code, stderr, signaled := runTo(t, w, args...)
			if signaled || code != exitWrite || stderr != "itu: cannot write standard output: broken pipe; the output is incomplete\n" {
				t.Errorf("itu %s | (closed): exit %d (killed by a signal: %v), stderr %q; want %d and one line", strings.Join(args, " "), code, signaled, stderr, exitWrite)
			}
		})
	}
}

func TestIssue12ForgedArguments(t *testing.T) {
	const evil = "x\n\x1b[8mforged\r\u202e"
	tests := [][]string{
		{evil},
		{"validate", "--" + evil, "a.json"},
		{"validate", "--kind", evil, "a.json"},
		{"validate", "--as-of", evil, "a.json"},
		{"rules", "--format", evil},
		{"example", evil},
		{"schema", evil},
		{"help", evil},
		{"validate", evil},
	}
	for _, args := range tests {
		t.Run(strings.Join(args[:1], " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(args, strings.NewReader(""), &stdout, &stderr)
			if code != exitUsage {
				t.Errorf("run(%q) = %d; want %d", args, code, exitUsage)
			}
			assertOneLinePerReport(t, stderr.String(), 1)
			assertOneLinePerReport(t, stdout.String(), len(lines(stdout.String())))
		})
	}
}

// FuzzEscape holds escape and escapeJSON, which copy runs of printable ASCII
// eight bytes at a time, to the rune-by-rune definitions they started from
// (escapeRunes, escapeJSONRunes).
func FuzzEscape(f *testing.F) {
	for _, s := range []string{
		"", "plain ASCII text of more than eight bytes", "a\nb", "tab\there", "\x7f", "0123456\x7f89",
		"이재섭 Лаптев 李在燮", "abc\u202edcba\u202c", "Le\u200be\u00ad", "a\xffb\xc3", "\uFFFD ok",
		"x\U000e0041", `{"s": "a\u2028b", "t": "\u0085"}`, "12345678\u2029", "1234567\x1b[8m",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := escape(s), escapeRunes(s); got != want {
			t.Errorf("escape(%q) = %q; want %q", s, got, want)
		}
		if got, want := escapeJSON([]byte(s)), escapeJSONRunes([]byte(s)); !bytes.Equal(got, want) {
			t.Errorf("escapeJSON(%q) = %q; want %q", s, got, want)
		}
	})
}

// escapeRunes is escape looking at every rune.
func escapeRunes(s string) string {
	var b strings.Builder
	for rest := s; rest != ""; {
		r, n := utf8.DecodeRuneInString(rest)
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%x%x`, rest[0]>>4, rest[0]&0xf)
		case hidden(r):
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(rest[:n])
		}
		rest = rest[n:]
	}
	return b.String()
}

// escapeJSONRunes is escapeJSON looking at every rune.
func escapeJSONRunes(b []byte) []byte {
	out := []byte{}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case r >= ' ' && r > 0xffff && hidden(r):
			hi, lo := utf16.EncodeRune(r)
			out = fmt.Appendf(out, `\u%04x\u%04x`, hi, lo)
		case r >= ' ' && (hidden(r) || r == utf8.RuneError && n == 1):
			out = fmt.Appendf(out, `\u%04x`, r)
		default:
			out = append(out, b[i:i+n]...)
		}
		i += n
	}
	return out
}
