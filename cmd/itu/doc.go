// Command itu checks the records behind elections at the International
// Telecommunication Union from the command line: candidacy dossiers,
// candidacies, CVs and vision statements, Notes by the Secretary-General,
// notes verbales, nomination letters, conferences and elections. It is a thin
// shell over package payload, which decodes each payload strictly and runs
// every rule of the module's catalogue on it.
//
// Usage:
//
//	itu validate [--kind KIND] [--format text|json] [--as-of YYYY-MM-DD] FILE...
//	itu rules [--format text|json|markdown]
//	itu example [NAME]
//	itu schema KIND
//	itu tally [--format text|json] FILE
//	itu help [COMMAND]
//	itu version
//
// A payload says what it is in its top-level "kind" member
// ({"kind": "dossier", ...}); --kind overrides that for every file. The kinds
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
// Input is read up to [itu.DefaultMaxBytes] (4 MiB) and no further, so a huge
// stream on standard input is rejected in bounded memory.
//
// Exit status, for every command:
//
//	0  success; every payload valid (warnings allowed)
//	1  some payload is invalid: it has an error-severity violation
//	2  usage error (bad flag, unknown command, unknown kind), or a FILE that
//	   is not a payload: missing, a directory, empty, not JSON, over the size
//	   limit, or of no known kind; each such fault is one line on standard
//	   error, "itu: FILE: ...", and the other files are still checked
//
// When some files are invalid and others unreadable, the status is 2.
package main
