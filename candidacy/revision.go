package candidacy

import (
	"slices"

	"github.com/plenipot/itu/correspondence"
)

// Version is where a dossier's Note stands among the issues of its
// document, read from the Note's symbol ([correspondence.Symbol]) in any of
// the six languages: "Document 21-E" is the first issue of document "21",
// "Revision 1 to Document 21-E" (or "21(Rev.1)-E") its first revision, and
// "Corrigendum 1 to Document 21-E" a corrigendum correcting the text of
// document "21". An addendum is a document of its own that adds to another
// ("Addendum 1 to Document 21-E" is document "21(Add.1)"; see
// [Dossier.IsAddendum]). The zero Version is the first issue of no
// document.
type Version struct {
	// Document is the key of the document ([correspondence.SymbolParts.Key])
	// without its revision and corrigendum marks: "21", "21(Add.1)",
	// "PP-14/67".
	Document string
	// Revision is the revision number: 0 for the first issue.
	Revision int
	// Corrigendum is the corrigendum number: 0 when the Note is not a
	// corrigendum.
	Corrigendum int
}

// Version returns the version of d's Note, and false when d has no Note or
// its symbol is malformed.
func (d Dossier) Version() (Version, bool) {
	if d.Note == nil {
		return Version{}, false
	}
	p, err := d.Note.Symbol.Parts()
	if err != nil {
		return Version{}, false
	}
	return Version{
		Document:    keyWithout(p, correspondence.Revision, correspondence.Corrigendum),
		Revision:    p.Mark(correspondence.Revision),
		Corrigendum: p.Mark(correspondence.Corrigendum),
	}, true
}

// IsRevision reports whether d's Note revises a document ("Revision 1 to
// Document 21-E", "21(Rev.1)-E") and is not a corrigendum of that revision.
// A revision replaces the document it revises and every earlier revision:
// its dossier is complete in itself, needs what a first issue needs, and
// in a [Set] holding both, the revision's candidacies are the ones that
// count, the replaced document's being [Revised].
func (d Dossier) IsRevision() bool {
	v, ok := d.Version()
	return ok && v.Revision > 0 && v.Corrigendum == 0
}

// IsCorrigendum reports whether d's Note is a corrigendum ("Corrigendum 1
// to Document 21-E", "21(Corr.1)-E"): it corrects the text of the document
// it names ([Dossier.Corrects]) and belongs to that document's dossier, so
// it needs no document beside the Note (no note verbale, letter, CV or
// vision statement); it may carry the corrected document.
func (d Dossier) IsCorrigendum() bool { return d.marks().corrigendum }

// noteMarks is what the symbol of a dossier's Note says of the dossier:
// whether it is an addendum ([Dossier.IsAddendum]) and whether a
// corrigendum ([Dossier.IsCorrigendum]). One check reads the symbol once.
type noteMarks struct{ addendum, corrigendum bool }

// marks returns the [noteMarks] of d: none when d has no Note or its
// symbol is malformed. It builds no key.
func (d Dossier) marks() noteMarks {
	if d.Note == nil {
		return noteMarks{}
	}
	p, err := d.Note.Symbol.Parts()
	if err != nil {
		return noteMarks{}
	}
	return noteMarks{addendum: p.Mark(correspondence.Addendum) > 0, corrigendum: p.Mark(correspondence.Corrigendum) > 0}
}

// Corrects returns the key of the document a corrigendum corrects: its
// Note's key without the corrigendum mark ("Corrigendum 1 to Document
// 21-E" gives "21", "21(Rev.1)(Corr.1)-E" gives "21(Rev.1)"). It returns
// false when d is not a corrigendum.
func (d Dossier) Corrects() (string, bool) {
	if !d.IsCorrigendum() {
		return "", false
	}
	p, _ := d.Note.Symbol.Parts() // well formed: IsCorrigendum read it
	return keyWithout(p, correspondence.Corrigendum), true
}

// supplements reports whether d adds to or corrects the dossier of another
// document, an addendum or a corrigendum, and so needs only what it carries.
func (d Dossier) supplements() bool { return d.marks().supplements() }

// supplements is [Dossier.supplements] of the dossier whose marks m are.
func (m noteMarks) supplements() bool { return m.addendum || m.corrigendum }

// keyWithout returns the key of p with its marks of the given kinds
// removed.
func keyWithout(p correspondence.SymbolParts, kinds ...correspondence.MarkKind) string {
	p.Marks = slices.DeleteFunc(slices.Clone(p.Marks), func(m correspondence.Mark) bool { return slices.Contains(kinds, m.Kind) })
	return p.Key()
}
