package candidacy

import (
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/internal/check"
)

// Dossier is the set of documents behind one Member State's candidacies at one
// conference, as the Secretary-General publishes them (PP-22 Document 12-E):
//
//   - Note: the Note by the Secretary-General transmitting a candidacy to the
//     conference;
//   - NoteVerbale: the Permanent Mission's note verbale announcing the
//     candidatures;
//   - Letter: the minister's nomination letter presenting them;
//   - CV and VisionStatement: the person candidate's curriculum vitae and
//     vision statement.
//
// Every document is optional, so a dossier still being put together decodes;
// [Dossier.Check] says which documents its candidacies still need
// ([Dossier.Missing]): the Member State's written candidature and, for a
// person's candidacy, the CV; a vision statement is expected of candidates
// for the elected posts, a warning only, since no CS, CV or GR text asks for
// one. One note verbale and one letter may announce several candidatures at
// once (the seed announces Korea for a Council seat and Dr Chaesub LEE for
// Deputy Secretary-General), and one note verbale may announce candidatures
// that each have their own letter: the dossier's letter then presents some
// of the note verbale's candidatures, each matched to the note verbale's by
// post and person. [Dossier.Candidacies] gives them as typed candidacies.
//
// A dossier is one Member State's. A Note by the Secretary-General may list
// several Member States' Council candidatures; such a Note is valid, and in a
// dossier it is the dossier of the State whose note verbale or letter it
// holds (or, with neither, of the first State the Note names): the other
// States' Council candidatures in the Note are theirs, not the dossier's, and
// the Note lists the dossier's own among them.
//
// A dossier also follows the life of a candidature: a document that
// withdraws a candidature (a candidature marked withdrawal, or a subject or
// text reading "withdrawal of the candidature") makes the candidacy
// [Withdrawn] on its date, and a withdrawn candidacy needs no CV. A dossier
// whose Note is an addendum ("Addendum 1 to Document 8-E") adds to the
// dossier of that document and needs only what it adds, such as the vision
// statement alone ([Dossier.IsAddendum]). Base, when given, is the Note of
// the document the addendum adds to (Document 8 for "Addendum 1 to Document
// 8-E"), so that the two are checked together: the addendum names that
// document and is no earlier, and both are one Member State's
// (candidacy.addendum.base). A dossier whose Note is a corrigendum
// ("Corrigendum 1 to Document 8-E") corrects the text of that document and
// needs nothing beside its Note ([Dossier.Corrects]); one whose Note is a
// revision ("Revision 1 to Document 8-E") replaces that document and is
// complete in itself ([Dossier.IsRevision]). A [Set] holds the dossiers of
// a conference over time.
//
// Explicit (JSON "candidacies"), when given, states the candidacies outright,
// with what the documents cannot say, such as the date received, the outcome
// or incumbency for a Council seat; each must agree with the documents. Claims holds statements the documents make about
// the candidate that the CV can confirm, such as "Director of TSB since 2014";
// see [Claim].
//
// The zero Dossier decodes but is not valid: it holds no candidature.
type Dossier struct {
	Kind            itu.Kind                    `json:"kind,omitzero" validate:"max=32"`
	Explicit        []Candidacy                 `json:"candidacies,omitzero" validate:"max=20"`
	Note            *correspondence.Note        `json:"note,omitzero" validate:"-"`
	Base            *correspondence.Note        `json:"base,omitzero" validate:"-"`
	NoteVerbale     *correspondence.NoteVerbale `json:"note_verbale,omitzero" validate:"-"`
	Letter          *correspondence.Letter      `json:"letter,omitzero" validate:"-"`
	CV              *cv.CV                      `json:"cv,omitzero" validate:"-"`
	VisionStatement *cv.VisionStatement         `json:"vision_statement,omitzero" validate:"-"`
	Claims          []Claim                     `json:"claims,omitzero" validate:"max=50,dive"`
}

// Check reports every rule d breaks, warnings included, sorted by path: the
// rules of each document (under "/note", "/cv", ...), of each explicit
// candidacy (under "/candidacies/0", ...), and the rules that tie the
// documents together. Rules that depend on today use [itu.AsOf] and are
// skipped without it.
func (d Dossier) Check(opts ...itu.Option) []itu.Violation {
	r := check.New(opts...)
	r.Kind("/kind", d.Kind, itu.KindDossier)
	r.Fields("", d)
	if d.Note != nil {
		r.Append("/note", d.Note.Check(opts...)...)
	}
	if d.Base != nil {
		r.Append("/base", d.Base.Check(opts...)...)
	}
	if d.NoteVerbale != nil {
		r.Append("/note_verbale", d.NoteVerbale.Check(opts...)...)
	}
	if d.Letter != nil {
		r.Append("/letter", d.Letter.Check(opts...)...)
	}
	if d.CV != nil {
		r.Append("/cv", d.CV.Check(opts...)...)
	}
	if d.VisionStatement != nil {
		r.Append("/vision_statement", d.VisionStatement.Check(opts...)...)
	}
	for i, c := range d.Explicit {
		r.Append(check.Path("/candidacies", i), c.Check(opts...)...)
	}
	dossierRules(r, d)
	return r.Violations()
}

// Validate reports every rule d breaks: nil when none is an error, otherwise a
// *[itu.ValidationError] (matching [itu.ErrInvalid]) that lists warnings too.
func (d Dossier) Validate(opts ...itu.Option) error { return check.Result(d.Check(opts...)) }

// Candidacies returns the candidacies d carries: a copy of d.Explicit when it
// is not empty, otherwise the candidacies derived
// from the documents, one per post, in the order the note verbale (then the
// letter, the Note, the CV and the vision statement) first announces them.
//
// A derived candidacy takes:
//   - Candidate: the name as most documents agree on it, written as the first
//     of the Note, the note verbale, the letter, the CV and the vision
//     statement writes it; empty for a Council seat;
//   - Nationality: the CV's, when the CV is for that post;
//   - MemberState: the proposing Member State the candidatures name (or,
//     failing that, the sender of the note verbale or letter);
//   - Region: for a Council seat, the registry's region of the Member State,
//     since the documents do not name it ([Dossier.Check] warns when that
//     region is not confirmed);
//   - Conference: the note verbale's conference code ("PP-22"), else the Note's;
//   - Proposed: the date of the letter presenting it, else of the note verbale;
//   - Received: the date of the Note transmitting it, the latest date by which
//     the Secretary-General had it (the documents state no earlier one);
//   - Status: [Withdrawn] when a document withdraws it (a candidature marked
//     [correspondence.Candidature.Withdrawal], or, failing any mark, a
//     document whose subject or text reads "withdrawal of the candidature",
//     "retrait de la candidature" or "retiro de la candidatura"), else
//     [Announced] when a Note transmits it, else not set;
//   - WithdrawnOn: the date of the earliest document withdrawing it;
//   - Incumbent: true when the CV shows the candidate holding the post now;
//     never for a Council seat, which the documents state only in prose.
func (d Dossier) Candidacies() []Candidacy {
	if len(d.Explicit) > 0 {
		return append([]Candidacy(nil), d.Explicit...)
	}
	return d.derived()
}

// derived returns the candidacies derived from the documents.
func (d Dossier) derived() []Candidacy {
	var sc scratch
	ds := d.deriveIn(&sc)
	out := make([]Candidacy, len(ds))
	for i, x := range ds {
		out[i] = x.c
	}
	return out
}

// deriveIn returns the candidacies derived from the documents, in sc's
// room while they fit (see [Dossier.derive]).
func (d Dossier) deriveIn(sc *scratch) []derived {
	by, _ := d.proposal(sc.votes[:0])
	ds, _ := d.derive(sc, d.postIndex(sc.entries[:0]), by)
	return ds
}

// Missing returns the kinds of document that d's candidacies need and d does
// not hold: [itu.KindNoteVerbale] when d holds neither a note verbale nor a
// nomination letter (the Member State's written candidature, which every
// candidacy needs). A CV or a vision statement is never missing: no CS, CV or
// GR text asks for either ([Dossier.Check] warns, candidacy.dossier.expected,
// when a candidacy for a person comes without its CV, or one for an elected
// official's post without a vision statement). An
// addendum ([Dossier.IsAddendum]) needs only what it adds, and a corrigendum
// ([Dossier.IsCorrigendum]) only its Note, so Missing returns nil for them. It returns nil for a complete dossier.
func (d Dossier) Missing() []itu.Kind {
	var sc scratch
	ds := d.deriveIn(&sc)
	m := d.marks()
	var out []itu.Kind
	if !m.supplements() && d.NoteVerbale == nil && d.Letter == nil {
		out = append(out, itu.KindNoteVerbale)
	}
	for _, u := range d.needed(m, ds) {
		if u.rule.Severity == itu.Error {
			out = append(out, u.doc)
		}
	}
	return out
}
