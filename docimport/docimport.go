package docimport

import (
	"errors"
	"fmt"
	"io"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/clip"
	"github.com/plenipot/itu/strictjson"
)

// ErrNotDocument is wrapped by the error [Read] returns for a text that holds
// no candidature document: no Note by the Secretary-General, note verbale,
// nomination letter, CV or vision statement.
var ErrNotDocument = errors.New("not a candidature document")

// ErrTooLarge is wrapped by the error [Read] returns for a text longer than
// its byte limit ([MaxBytes]).
var ErrTooLarge = errors.New("text too large")

// Lines is a range of lines of the input, both counted from 1 and inclusive.
// The zero Lines means "nowhere".
type Lines struct {
	First int `json:"first"`
	Last  int `json:"last"`
}

// String returns the range as "12" or "12-15".
func (l Lines) String() string {
	if l.First == l.Last {
		return fmt.Sprint(l.First)
	}
	return fmt.Sprintf("%d-%d", l.First, l.Last)
}

// Source says where a field of a payload was read: Path is the field's JSON
// Pointer inside the payload ("/note/symbol"), Lines the lines of the input
// it was read from. Inferred, when set, says the text does not print the
// value and how it was inferred from those lines instead.
type Source struct {
	Path     string `json:"path"`
	Lines    Lines  `json:"lines"`
	Inferred string `json:"inferred,omitzero"`
}

// Warning is text the reader could not place in any field, or a reading it
// is unsure of, with the lines it concerns. Message echoes at most a clipped
// quote of the text.
type Warning struct {
	Lines   Lines  `json:"lines"`
	Message string `json:"message"`
}

// String returns the warning as "lines 12-15: message".
func (w Warning) String() string { return "lines " + w.Lines.String() + ": " + w.Message }

// Payload is one record read from the text: its kind and the record, a
// pointer to a [candidacy.Dossier], [correspondence.Note],
// [correspondence.NoteVerbale], [correspondence.Letter], [cv.CV] or
// [cv.VisionStatement], with where each field came from, in the order read.
type Payload struct {
	Kind    itu.Kind
	Record  any
	Sources []Source
}

// Result is what [Read] found: the payloads in the order of the text, the
// warnings, and the language the text is written in.
type Result struct {
	Payloads []Payload
	Warnings []Warning
	Language itu.Language
}

// Option changes how [Read] reads.
type Option func(*config)

type config struct {
	maxBytes   int64
	conference itu.ConferenceCode
	calendar   []ConferenceDates
}

// MaxBytes sets the longest text [Read] accepts; zero or less means
// [strictjson.DefaultMaxBytes], the limit of every payload of the module.
func MaxBytes(n int64) Option { return func(c *config) { c.maxBytes = n } }

// Conference names the conference the documents are for, which a Note by
// the Secretary-General does not print; without it a Note's conference is
// read from the note verbale of its dossier, when there is one, or else
// inferred from the Note's date by the [Calendar].
func Conference(code itu.ConferenceCode) Option { return func(c *config) { c.conference = code } }

// ConferenceDates is a conference's code and its first and last days, as
// [Calendar] takes them.
type ConferenceDates struct {
	Code    itu.ConferenceCode
	Opening civil.Date
	Closing civil.Date
}

// Calendar gives the conferences a Note by the Secretary-General may be for,
// as election.Conferences lists the Plenipotentiary Conferences. A Note
// whose conference neither [Conference] nor the note verbale of its dossier
// names is for the first of them that closes on or after the Note's date:
// the Secretary-General transmits a candidature to the conference that
// elects, before it or while it sits. The Note's source for its conference
// says so ([Source].Inferred) and gives the lines of its date.
func Calendar(cs []ConferenceDates) Option {
	return func(c *config) { c.calendar = append([]ConferenceDates(nil), cs...) }
}

// conferenceOn returns the first conference of the calendar that closes on
// or after d (that opens on or after d, when its closing day is unknown).
func (c config) conferenceOn(d civil.Date) (itu.ConferenceCode, bool) {
	var best ConferenceDates
	found := false
	for _, k := range c.calendar {
		last := k.lastDay()
		if last.IsZero() || last.Before(d) || !k.Code.IsValid() {
			continue
		}
		if !found || last.Before(best.lastDay()) {
			best, found = k, true
		}
	}
	return best.Code, found
}

// lastDay returns the conference's closing day, or its opening day when the
// closing day is unknown.
func (k ConferenceDates) lastDay() civil.Date {
	if k.Closing.IsZero() {
		return k.Opening
	}
	return k.Closing
}

// Read reads the text of ITU candidature documents from r: a Note by the
// Secretary-General with its annexes (note verbale, nomination letter, CV,
// vision statement), or any of them alone, as the transcripts print them or
// as copies taken from PDF or Word have them (hyphenated, wrapped, with page
// headers and footers, form feeds, non-breaking spaces). A Note and its
// annexes are one dossier payload; a document alone is a payload of its own
// kind. Text it cannot place is reported as a warning, never dropped. A text
// longer than the byte limit wraps [ErrTooLarge]; one that holds no
// candidature document wraps [ErrNotDocument].
func Read(r io.Reader, opts ...Option) (Result, error) {
	c := config{maxBytes: strictjson.DefaultMaxBytes}
	for _, o := range opts {
		o(&c)
	}
	if c.maxBytes <= 0 {
		c.maxBytes = strictjson.DefaultMaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, c.maxBytes+1))
	if err != nil {
		return Result{}, fmt.Errorf("docimport: read: %w", err)
	}
	if int64(len(data)) > c.maxBytes {
		return Result{}, fmt.Errorf("docimport: %w: more than %d bytes", ErrTooLarge, c.maxBytes)
	}
	return readText(string(data), c)
}

// readText reads a whole text.
func readText(text string, c config) (Result, error) {
	// Page furniture is placed: it belongs to the copy, not the document.
	ls := furniture(splitLines(text))
	var res Result
	docs := segment(blocks(ls))
	if len(docs) == 0 {
		return Result{}, fmt.Errorf("docimport: %w: %s", ErrNotDocument, firstWords(ls))
	}
	res.Language = guessLanguage(docs)
	var cur *dossierBuilder
	for _, d := range docs {
		if d.kind == kindNone {
			res.Warnings = append(res.Warnings, unplaced(d.blocks)...)
			continue
		}
		if cur == nil || cur.has(d.kind) || d.kind == itu.KindNote {
			if cur != nil {
				res.add(cur.payload(c))
			}
			cur = &dossierBuilder{}
		}
		cur.read(d, &res.Warnings)
	}
	if cur != nil {
		res.add(cur.payload(c))
	}
	if len(res.Payloads) == 0 {
		return Result{}, fmt.Errorf("docimport: %w: %s", ErrNotDocument, firstWords(ls))
	}
	return res, nil
}

func (r *Result) add(p Payload, ok bool) {
	if ok {
		r.Payloads = append(r.Payloads, p)
	}
}

// firstWords describes a text that is not a document by its first line.
func firstWords(ls []line) string {
	for _, l := range ls {
		if l.s != "" {
			return fmt.Sprintf("line %d reads %s", l.n, clip.Quote(l.s))
		}
	}
	return "the text is empty"
}

// unplaced warns of each block no document holds.
func unplaced(bs []block) []Warning {
	out := make([]Warning, 0, len(bs))
	for _, b := range bs {
		out = append(out, Warning{Lines: b.span(), Message: "text not placed in any field: " + clip.Quote(b.text())})
	}
	return out
}
