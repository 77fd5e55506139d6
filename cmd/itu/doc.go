// Command itu checks the records behind elections at the International
// Telecommunication Union from the command line: candidacy dossiers,
// candidacies, CVs and vision statements, Notes by the Secretary-General,
// notes verbales, nomination letters, conferences and elections. It is a thin
// shell over package payload, which decodes each payload strictly and runs
// every rule of the module's catalogue on it.
//
// Usage:
//
//	itu validate [--kind KIND] [--format text|json] [--as-of YYYY-MM-DD] FILE|DIR...
//	itu rules [--format text|json|markdown]
//	itu example [NAME]
//	itu schema KIND
//	itu tally [--format text|json] FILE
//	itu render [--kind KIND] FILE
//	itu import [--out DIR] [--sources] [--as-of DATE] FILE
//	itu serve [--addr HOST:PORT] [--max-bytes N] [--max-in-flight N] [--grace DURATION]
//	itu help [COMMAND]
//	itu version
//
// A payload says what it is in its top-level "kind" member
// ({"kind": "dossier", ...}); --kind checks every file as one kind (a file
// with no "kind" member is read as it, one naming another is invalid). The kinds
// are candidacy, conference, cv, dossier, election, letter, note,
// note_verbale and vision_statement. "-" as a FILE reads standard input.
//
// validate prints one line per violation, then a summary:
//
//	$ itu validate examples/testdata/valid/korea-2021-dossier.json
//	examples/testdata/valid/korea-2021-dossier.json: /claims/0/since: warning: candidacy.claim.mismatch: the nomination letter says ...
//	1 file: 1 valid, 0 invalid; 0 errors, 1 warning
//
// Error lines read "FILE: PATH: CODE: MESSAGE", warnings "FILE: PATH:
// warning: CODE: MESSAGE", where PATH is a JSON Pointer (RFC 6901) into the
// payload ("/" for the payload as a whole) and CODE is a rule listed by
// 'itu rules' and in RULES.md. --format json prints one JSON document with a
// result per file (file, kind, valid, violations) and the summary instead.
// Rules that depend on today's date run only with --as-of: itu never reads
// the clock.
//
// Input is read up to [strictjson.DefaultMaxBytes] (4 MiB) and no further, so a huge
// stream on standard input is rejected in bounded memory. A FILE must be a
// regular file: a directory, FIFO, device or socket is refused without being
// read (a FIFO with no writer would otherwise wait for ever); use "-" to read
// a pipe on standard input.
//
// Text output never prints input raw: control characters, line breaks
// (including U+2028 and U+2029), ANSI escapes, bidi overrides and other
// format characters in file names, paths, member names, messages and
// candidates are written as Go escapes ("\n", "\x1b", "\u202e"), and bytes
// that are not UTF-8 as "\xNN", so each report is one line that shows what it
// holds. JSON output writes the same characters as \u escapes.
//
// Exit status, for every command:
//
//	0  success; every payload valid (warnings allowed)
//	1  some payload is invalid: it has an error-severity violation
//	2  usage error (bad flag, unknown command, unknown kind), or a FILE that
//	   is not a payload: missing, unreadable, not a regular file, empty, not
//	   JSON, over the size limit, or of no known kind; each such fault is one
//	   line on standard error, "itu: FILE: ...", and the other files are
//	   still checked
//	3  the output could not be written: a full disk, or a pipe closed by its
//	   reader ("itu rules | head -1"); one line on standard error says so
//
// The worst status wins: 3 over 2 over 1 over 0.
package main
