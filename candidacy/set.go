package candidacy

import (
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/internal/clip"
)

// CheckSet checks several candidacies together, as a JSON array: each one's own
// rules (paths "/0/post", "/1/candidate", ...) and the rules that only a set can
// break, such as one Board candidate per Member State per conference (CS No. 63).
// Withdrawn and revised candidacies count for their own rules but not
// against the others.
func CheckSet(cs []Candidacy, opts ...itu.Option) []itu.Violation {
	r := check.New(opts...)
	for i, c := range cs {
		r.Append(check.Path("", i), c.Check(opts...)...)
	}
	setRules(r, cs, func(i int) string { return check.Path("", i, "member_state") })
	return r.Violations()
}

// ValidateSet is [CheckSet] as an error: nil when no violation is an error.
func ValidateSet(cs []Candidacy, opts ...itu.Option) error {
	return check.Result(CheckSet(cs, opts...))
}

// setRules reports each Board candidacy after the first from the same Member
// State at the same conference, at the path pathOf gives for its index.
// Conferences compare by [itu.ConferenceCode.Key], so "pp22" is "PP-22".
func setRules(r *check.Report, cs []Candidacy, pathOf func(int) string) {
	type key struct {
		conference string
		state      itu.StateCode
	}
	first := map[key]int{}
	for i, c := range cs {
		if c.Post != itu.BoardMember || c.Status == Withdrawn || c.Status == Revised || c.MemberState == "" {
			continue
		}
		k := key{c.Conference.Key(), c.MemberState}
		j, seen := first[k]
		if !seen {
			first[k] = i
			continue
		}
		at := ""
		if c.Conference != "" {
			at = " at " + clip.String(c.Conference)
		}
		r.Add(RuleBoardOnePerState, pathOf(i), "%s already proposes %q for the Radio Regulations Board%s; a Member State proposes only one Board candidate (CS No. 63)", c.MemberState.Label(), cs[j].Candidate, at)
	}
}

// Set is the candidature documents of one or more conferences as they are
// published over time, in any order: dossiers around a Note by the
// Secretary-General (a first issue, a revision, an addendum, a corrigendum
// or a withdrawal; see [Dossier.Version]), in any of the six languages, or
// holding explicit candidacies only. The zero Set holds nothing.
//
// A revision replaces its document: when the set holds both, the
// revision's dossier is the one that counts, and the replaced one's
// candidacies are [Revised] ([Set.Candidacies]) and it is not checked
// ([Set.Check]). The language versions of one document ("Document 21-E",
// "Document 21-F") are one document: the first counts. An addendum adds to
// its document and a corrigendum corrects it, so they announce nothing of
// their own; a withdrawal they carry still withdraws. [Set.Standing] says
// who is standing for a post on a given day.
type Set []Dossier

// Candidacies returns the candidacies of s, one dossier after another in
// the order of s: those of a replaced document [Revised], those of a later
// language version of a document left out, and of an addendum or a
// corrigendum only the candidacies it withdraws.
func (s Set) Candidacies() []Candidacy {
	var out []Candidacy
	for _, e := range s.items(s.supersededBy()) {
		out = append(out, e.c)
	}
	return out
}

// Check reports every rule s breaks, warnings included, sorted by path: the
// rules of each dossier that counts (under "/0", "/1", ...; a dossier a
// revision in s replaces is not checked, its revision is), and the rules
// that only a set can break on the candidacies that count, such as one
// Board candidate per Member State per conference (CS No. 63), at the
// dossier that brings the second. A candidacy that any dossier of s
// withdraws does not count against the others. Rules that depend on today
// use [itu.AsOf] and are skipped without it.
func (s Set) Check(opts ...itu.Option) []itu.Violation {
	r := check.New(opts...)
	sup := s.supersededBy()
	for i, d := range s {
		if sup[i] < 0 {
			r.Append(check.Path("", i), d.Check(opts...)...)
		}
	}
	ls := s.lives(s.items(sup))
	cs := make([]Candidacy, len(ls))
	for i, l := range ls {
		cs[i] = l.c
		if l.withdrawn {
			cs[i].Status = Withdrawn
		}
	}
	setRules(r, cs, func(i int) string { return check.Path("", ls[i].at) })
	return r.Violations()
}

// Validate reports every rule s breaks: nil when none is an error, otherwise
// a *[itu.ValidationError] (matching [itu.ErrInvalid]) that lists warnings
// too.
func (s Set) Validate(opts ...itu.Option) error { return check.Result(s.Check(opts...)) }
