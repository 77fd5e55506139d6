package candidacy

import (
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/internal/check"
)

// baseRules: candidacy.addendum.base. A dossier's Base is the Note its
// addendum adds to: the addendum names the base's document, is not dated
// before it, and the base transmits candidatures of the dossier's Member
// State (state, its proposing Member State) only, so an addendum cannot add
// to another State's document. m is the dossier's marks.
func baseRules(r *check.Report, d Dossier, m noteMarks, state itu.StateCode) {
	b := d.Base
	if b == nil || d.Note == nil {
		return
	}
	if !m.addendum {
		r.Add(RuleAddendumBase, "/base", "the dossier's Note %q is not an addendum, so it adds to no base document; leave base out or give the addendum", d.Note.Symbol)
		return
	}
	if to, ok := addendumTo(d.Note.Symbol); ok && b.Symbol.IsValid() && to != b.Symbol.Key() {
		r.Add(RuleAddendumBase, "/base/symbol", "the base is %q, but the dossier's Note %q adds to another document; want the Note of the document the addendum names", b.Symbol, d.Note.Symbol)
	}
	if b.Date.IsValid() && d.Note.Date.IsValid() && d.Note.Date.Before(b.Date) {
		r.Add(RuleAddendumBase, "/note/date", "dated %s, before the document it adds to (%s, %s); an addendum follows its document", d.Note.Date, b.Symbol, b.Date)
	}
	if !state.IsValid() {
		return
	}
	for i, c := range b.Candidatures {
		if c.MemberState.IsValid() && c.MemberState != state {
			r.Add(RuleAddendumBase, check.Path("/base/candidatures", i, "member_state"), "the base document transmits a candidature of %s, but the dossier of the addendum is that of %s; an addendum adds only to its own State's document", c.MemberState.Label(), state.Label())
		}
	}
}

// addendumTo returns the key of the document an addendum symbol adds to: its
// key without the addendum mark ("Addendum 1 to Document 21-E" gives "21").
func addendumTo(s correspondence.Symbol) (string, bool) {
	p, err := s.Parts()
	if err != nil {
		return "", false
	}
	marks := p.Marks[:0:0]
	for _, m := range p.Marks {
		if m.Kind != correspondence.Addendum {
			marks = append(marks, m)
		}
	}
	p.Marks = marks
	return p.Key(), true
}
