package docimport

import (
	"strings"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/correspondence"
)

// kindNone marks text that belongs to no document.
const kindNone itu.Kind = ""

// doc is the run of blocks of one document, by kind.
type doc struct {
	kind   itu.Kind
	blocks []block
}

// segment cuts the blocks into documents. Every document starts a page; a
// page starts a new document when its opening says so (a Note's symbol, a
// mission's name, a CV's PROFILE heading, a letter's date and salutation, a
// name after a finished document) and otherwise continues the one before.
func segment(bs []block) []doc {
	out := documents(bs)
	for i := range out {
		if !plausible(out[i]) {
			out[i].kind = kindNone
		}
	}
	return out
}

// plausible reports whether a document read by its layout alone is a
// candidature document: a letter speaks of a candidature, a vision
// statement names a post in its opening; the other kinds have labels of
// their own.
func plausible(d doc) bool {
	switch d.kind {
	case itu.KindLetter:
		for _, b := range d.blocks {
			if speaksOfCandidature(b.text()) {
				return true
			}
		}
		return false
	case itu.KindVisionStatement:
		for _, b := range d.blocks[:min(len(d.blocks), 4)] {
			if _, ok := postAfter(b.text()); ok {
				return true
			}
		}
		return false
	}
	return true
}

// documents cuts the blocks into documents by their layout.
func documents(bs []block) []doc {
	var out []doc
	for _, page := range pages(bs) {
		var cur *doc
		if len(out) > 0 {
			cur = &out[len(out)-1]
		}
		k := opens(page, cur)
		if k == kindNone && cur != nil {
			cur.blocks = append(cur.blocks, page...)
			continue
		}
		out = append(out, doc{kind: k, blocks: page})
	}
	return out
}

// pages groups blocks by page.
func pages(bs []block) [][]block {
	var out [][]block
	for i, b := range bs {
		if b.page || i == 0 {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], b)
	}
	return out
}

// opens returns the kind of document page opens, or kindNone when it
// continues cur.
func opens(page []block, cur *doc) itu.Kind {
	switch {
	case isNote(page):
		return itu.KindNote
	case isMission(page[0]):
		return itu.KindNoteVerbale
	case isCV(page):
		return itu.KindCV
	case cur != nil && cur.kind == itu.KindLetter && sameBlock(page[0], cur.blocks[0]):
		return kindNone // the letterhead again on a new page
	case isLetter(page):
		return itu.KindLetter
	case cur != nil && cur.kind == itu.KindNoteVerbale && !finishedNoteVerbale(cur.blocks):
		return kindNone // the foot page: signature and addressee
	case cur != nil && cur.kind == itu.KindVisionStatement:
		return kindNone // a paragraph cut by a page break
	case cur != nil && cur.kind == itu.KindCV && (strings.HasPrefix(page[0].lines[0].s, "- ") || len(page) > 1 && strings.HasPrefix(page[1].lines[0].s, "- ")):
		return kindNone // a CV's list or section going on over the page
	case cur != nil && cur.kind == itu.KindLetter && !terminal(cur.blocks[len(cur.blocks)-1].text()):
		return kindNone
	case isNameLine(page[0]) && (cur == nil || cur.kind != itu.KindLetter || finishedLetter(cur.blocks)):
		return itu.KindVisionStatement
	case cur == nil:
		return itu.KindVisionStatement
	}
	return kindNone
}

// isNote reports whether the page opens a Note: a block of a symbol and a
// date, or the title of a Note, among its first blocks.
func isNote(page []block) bool {
	for i, b := range page[:min(len(page), 4)] {
		if isLabel(b.text(), anyLabel(func(l labelSet) []string { return l.noteTitle })) {
			return true
		}
		if i < 3 && len(b.lines) >= 2 {
			if _, err := correspondence.ParseSymbol(b.lines[0].s); err == nil {
				if _, ok := readDate(b.lines[1].s); ok {
					return true
				}
			}
		}
	}
	return false
}

// isMission reports whether b is a mission's name, as a note verbale opens.
func isMission(b block) bool {
	s := strings.TrimPrefix(b.lines[0].s, "*")
	_, ok := cutLabel(s, anyLabel(func(l labelSet) []string { return l.mission }))
	return ok && len(b.lines) <= 5
}

// isCV reports whether a CV's PROFILE heading is among the page's first blocks.
func isCV(page []block) bool {
	for _, b := range page[:min(len(page), 6)] {
		if isLabel(b.text(), anyLabel(func(l labelSet) []string { return l.profile })) {
			return true
		}
	}
	return false
}

// isLetter reports whether the page opens a letter: a letterhead, a
// recipient, a date block and a salutation or text.
func isLetter(page []block) bool {
	for i, b := range page[:min(len(page), 4)] {
		if i >= 1 && len(b.lines) == 1 {
			if _, ok := readDate(b.lines[0].s); ok {
				return true
			}
		}
	}
	return false
}

// isNameLine reports whether b is one short line without final punctuation,
// as a name heading a vision statement is.
func isNameLine(b block) bool {
	s := b.text()
	return len(b.lines) == 1 && len(s) < 100 && !terminal(s)
}

func sameBlock(a, b block) bool {
	if len(a.lines) != len(b.lines) {
		return false
	}
	for i := range a.lines {
		if a.lines[i].s != b.lines[i].s {
			return false
		}
	}
	return true
}

// finishedNoteVerbale reports whether a note verbale's blocks end past its
// date and enclosure line: with the addressee.
func finishedNoteVerbale(bs []block) bool {
	last := bs[len(bs)-1]
	if _, ok := readDate(last.text()); ok {
		return false
	}
	return !isEnclosures(last.text())
}

// finishedLetter reports whether a letter's blocks end with a signature.
func finishedLetter(bs []block) bool {
	return len(bs) > 2 && !terminal(bs[len(bs)-1].text())
}

// isEnclosures reports whether s is an enclosure line ("Enclosed : As attached").
func isEnclosures(s string) bool {
	l, _, ok := strings.Cut(s, ":")
	return ok && len(l) < 30 && containsAny(l, []string{"enclos", "attach", "pièce", "anexo", "adjunto", "приложени"})
}
