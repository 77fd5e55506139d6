package main

import (
	"errors"
	"io"
	"io/fs"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/plenipot/itu/internal/swar"
)

// hidden reports whether r must never reach a terminal raw: a control
// character (C0, DEL, C1: line breaks, ESC that starts ANSI sequences), a
// line or paragraph separator (U+2028, U+2029), or a format character
// (bidi overrides and isolates, zero-width characters, soft hyphen, tags).
// Each can forge a line, hide the rest of one or reorder it on screen.
// It is the one definition behind [escape] and [escapeJSON].
func hidden(r rune) bool {
	return unicode.In(r, unicode.Cc, unicode.Cf, unicode.Zl, unicode.Zp)
}

// escape returns s with every [hidden] character written as a Go escape
// ("\n", "\x1b", "\u202e") and every byte that is not UTF-8 as "\xNN", so
// that s prints as one line and shows what it holds. Every line of text
// output that may hold input (file names, paths, member names, messages,
// candidates) goes through it. Backslashes are left alone, so messages that
// quote input with %q read as before.
func escape(s string) string {
	i := printableASCII(s, 0)
	if i == len(s) {
		return s // most lines: no rune to look up in the Unicode tables
	}
	j := strings.IndexFunc(s[i:], func(r rune) bool { return r == utf8.RuneError || hidden(r) })
	if j < 0 {
		return s
	}
	i += j
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for rest := s[i:]; rest != ""; {
		r, n := utf8.DecodeRuneInString(rest)
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteString(`\x`)
			b.WriteString(strconv.FormatUint(uint64(rest[0])>>4, 16))
			b.WriteString(strconv.FormatUint(uint64(rest[0])&0xf, 16))
		case hidden(r):
			q := strconv.QuoteRuneToASCII(r) // '\n', '\x1b', '\u202e'
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(rest[:n])
		}
		rest = rest[n:]
	}
	return b.String()
}

// escapeJSON returns the JSON document b with every [hidden] character
// inside its strings written as a \u escape, so the document means the same
// and shows nothing hidden when printed. Outside strings JSON holds only
// ASCII punctuation, letters and space, none of them hidden.
func escapeJSON(b []byte) []byte {
	var out []byte
	for i := 0; i < len(b); {
		if end := printableASCII(b, i); end > i {
			if out != nil {
				out = append(out, b[i:end]...)
			}
			i = end
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		// C0 controls reach here only as whitespace between tokens: JSON
		// strings escape them already.
		esc := r >= ' ' && (hidden(r) || r == utf8.RuneError && n == 1)
		switch {
		case esc && out == nil:
			out = append(make([]byte, 0, len(b)+64), b[:i]...)
			fallthrough
		case esc:
			if r > 0xffff {
				hi, lo := utf16.EncodeRune(r)
				out = appendU(appendU(out, hi), lo)
			} else {
				out = appendU(out, r) // U+FFFD for a byte that is not UTF-8
			}
		case out != nil:
			out = append(out, b[i:i+n]...)
		}
		i += n
	}
	if out == nil {
		return b
	}
	return out
}

// printableASCII returns the end of the run of printable ASCII (' ' to '~',
// none of it hidden) in s from i, reading eight bytes at a time: escape and
// escapeJSON copy such runs as they are.
func printableASCII[S string | []byte](s S, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if swar.NotPrintable(swar.Word(string(s[i:i+8]), 0)) != 0 {
			break
		}
	}
	for ; i < len(s) && ' ' <= s[i] && s[i] < 0x7f; i++ {
	}
	return i
}

// appendU appends r as the JSON escape \uXXXX.
func appendU(b []byte, r rune) []byte {
	const hex = "0123456789abcdef"
	return append(b, '\\', 'u', hex[r>>12&0xf], hex[r>>8&0xf], hex[r>>4&0xf], hex[r&0xf])
}

// validUTF8 replaces bytes that are not UTF-8 with U+FFFD, which JSON
// encoders require; file names may hold any bytes.
func validUTF8(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }

// errWriter writes to w until the first error, which it keeps; later writes
// do nothing and return that error. The command checks it once, at the end.
type errWriter struct {
	w   io.Writer
	err error
}

func (w *errWriter) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n, err := w.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	w.err = err
	return n, err
}

// writeFailed reports whether writing standard output has failed, so a
// command can stop early: nothing it prints can be read.
func (e *env) writeFailed() bool {
	w, ok := e.stdout.(*errWriter)
	return ok && w.err != nil
}

// finish returns the exit status of a command that returned code, after
// writing to out and errOut: [exitWrite] when either write failed, with one
// line on standard error when it still takes one.
func finish(code int, out, errOut *errWriter) int {
	if out.err != nil {
		msg := "cannot write standard output: " + writeReason(out.err) + "; the output is incomplete"
		io.WriteString(errOut, "itu: "+escape(msg)+"\n")
		return exitWrite
	}
	if errOut.err != nil {
		return exitWrite
	}
	return code
}

// writeReason says why a write failed, without the "write /dev/stdout:"
// an *fs.PathError repeats.
func writeReason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return err.Error()
}

// batchSize is how much output [batch] gathers before it writes.
const batchSize = 32 << 10

// batch gathers the lines a run prints to standard output and writes them
// in pieces of at least batchSize bytes (and whatever is left when flushed),
// rather than a write per file: over the 2,000 files of bench/cores.sh that
// was 1,500 system calls, each made by the worker reporting, which holds the
// one lock that keeps reports in order. A failed write is seen at the next
// piece, so a run whose output is gone stops starting files within
// batchSize bytes of output of it.
type batch struct {
	w   io.Writer
	buf []byte
}

// add gathers s, writing what is gathered once it reaches batchSize.
func (b *batch) add(s string) {
	b.buf = append(b.buf, s...)
	if len(b.buf) >= batchSize {
		b.flush()
	}
}

// flush writes what is gathered.
func (b *batch) flush() {
	if len(b.buf) > 0 {
		b.w.Write(b.buf)
		b.buf = b.buf[:0]
	}
}
