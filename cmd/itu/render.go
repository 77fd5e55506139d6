package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/payload"
	"github.com/plenipot/itu/strictjson"
)

var renderCmd = &command{
	name:    "render",
	args:    "[--kind KIND] FILE",
	summary: `print the published text of a document or dossier ("-" reads standard input)`,
	detail: `FILE holds one payload of a kind that is a published document: a dossier,
note, note_verbale, letter, cv or vision_statement. render prints its text as
the library's Render method gives it, in the form of the transcripts of ITU
documents: every page opened by three blank lines, bold and italics marked
with ** and *, and no line feed after the last line. A dossier prints as one
document, the Note and then its annexes. The seed dossier prints PP-22
Document 12-E byte for byte:

    itu render examples/testdata/valid/korea-2021-dossier.json

render does not check the record's rules ('itu validate' does); a file that
cannot be read as a payload of its kind is a usage error (exit status 2).
Control characters other than the line feed, and format characters, are
printed as Go escapes ("\x1b", "\u202e"), as everywhere in itu's text output.
`,
	run: runRender,
}

// renderer is what a payload with a published text implements.
type renderer interface {
	Render() string
}

func runRender(e *env, c *command, args []string) int {
	fs := newFlags(c)
	var kind kindFlag
	fs.Var(&kind, "kind", "read FILE as this payload `KIND`, whatever its \"kind\" member says")
	pos, code, ok := e.parse(c, fs, args, 1, 1)
	if !ok {
		return code
	}
	name := inputName(pos[0])
	doc, err := e.decodeDocument(pos[0], kind.k)
	if err != nil {
		e.errorf("itu: %s: %s", name, err)
		return exitUsage
	}
	io.WriteString(e.stdout, escapeText(doc.Render()))
	return exitOK
}

// decodeDocument reads the payload in file ("-" is standard input) as a
// record of kind k, or of the kind its "kind" member names when k is empty,
// and returns it when it decodes and has a published text. Its rules are not
// checked.
func (e *env) decodeDocument(file string, k itu.Kind) (renderer, error) {
	data, err := e.readInput(file)
	if err == nil && k == "" {
		k, err = payload.KindOf(data)
	}
	var rec payload.Record
	if err == nil {
		rec, err = payload.New(k)
	}
	if err == nil {
		err = strictjson.Decode(data, rec)
	}
	var me *strictjson.MalformedError
	var ve *itu.ValidationError
	switch {
	case errors.As(err, &me):
		return nil, errors.New(violationText(me.Violation))
	case errors.As(err, &ve) && len(ve.Violations) > 0:
		return nil, fmt.Errorf("not a %s payload: %s", k, violationText(ve.Violations[0]))
	case errors.Is(err, payload.ErrUnknownKind):
		return nil, errors.New(strings.TrimPrefix(err.Error(), "payload: "))
	case err != nil:
		return nil, err
	}
	doc, ok := rec.(renderer)
	if !ok {
		return nil, fmt.Errorf("a %s has no published text; want one of %s", k, renderKinds())
	}
	return doc, nil
}

// renderKinds lists the payload kinds with a published text.
func renderKinds() string {
	var ks []string
	for _, k := range payload.Kinds() {
		rec, err := payload.New(k)
		if _, ok := rec.(renderer); ok && err == nil {
			ks = append(ks, string(k))
		}
	}
	return strings.Join(ks, ", ")
}

// escapeText returns s with every line [escape]d, so a document prints with
// its line feeds and nothing hidden.
func escapeText(s string) string {
	ls := strings.Split(s, "\n")
	for i, l := range ls {
		ls[i] = escape(l)
	}
	return strings.Join(ls, "\n")
}
