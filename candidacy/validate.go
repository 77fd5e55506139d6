package candidacy

import (
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/check"
)

func init() {
	check.Describe[Status]("a candidacy status: announced, withdrawn, elected, not_elected or revised")
}

// candidacyRules runs the cross-field rules of one candidacy found at base.
func candidacyRules(r *check.Report, base string, c Candidacy) {
	r.Kind(check.Path(base, "kind"), c.Kind, itu.KindCandidacy)
	candidateRules(r, base, c)
	memberRules(r, base, c)
	regionRules(r, base, c)
	dateRules(r, base, c)
}

// candidateRules: a person for the elected posts and the Board, nobody for the Council.
func candidateRules(r *check.Report, base string, c Candidacy) {
	switch {
	case c.Post == itu.CouncilMember:
		if c.Candidate != "" {
			r.Add(RuleCandidateCouncil, check.Path(base, "candidate"), "a Council seat is stood for by the Member State itself, not by %q; leave candidate out", c.Candidate)
		}
		if c.Nationality != "" {
			r.Add(RuleCandidateCouncil, check.Path(base, "nationality"), "a Council seat is stood for by the Member State itself, so nationality %q has no meaning; leave it out", c.Nationality)
		}
	case c.Post.CandidateIsPerson():
		if c.Candidate == "" {
			r.Add(RuleCandidateRequired, check.Path(base, "candidate"), "a %s candidacy names its candidate, a person proposed by the Member State", c.Post)
		}
		nationalityRule(r, base, c)
	}
}

// nationalityRule: a person candidate is a national of the proposing Member State.
func nationalityRule(r *check.Report, base string, c Candidacy) {
	if c.Post.CandidateIsPerson() && c.Nationality != "" && c.MemberState != "" && c.Nationality != c.MemberState {
		r.Add(RuleNationality, check.Path(base, "nationality"), "the candidate is a national of %s, not of the proposing Member State %s; a Member State proposes only its own nationals (CS No. 62)", c.Nationality.Label(), c.MemberState.Label())
	}
}

// memberRules: the proposing State is a Member State on the date it proposed.
func memberRules(r *check.Report, base string, c Candidacy) {
	on, what := c.Proposed, "proposed"
	if on.IsZero() {
		on, what = c.Received, "received"
	}
	if on.IsZero() || !on.IsValid() || !c.MemberState.IsValid() || c.MemberState.MemberOn(on) {
		return
	}
	m, _ := c.MemberState.MemberState()
	r.Add(RuleMemberState, check.Path(base, "member_state"), "%s joined the Union on %s, after the candidacy was %s on %s; only Member States propose candidates", c.MemberState.Label(), m.Joined, what, on)
}

// regionRules: a Council candidacy names its region, and a stated region is the registry's.
func regionRules(r *check.Report, base string, c Candidacy) {
	path := check.Path(base, "region")
	if c.Region == "" {
		if c.Post == itu.CouncilMember {
			want := ""
			if reg, _ := c.MemberState.Region(); reg != "" {
				want = " (" + string(reg) + " for " + c.MemberState.Label() + ")"
			}
			r.Add(RuleRegionRequired, path, "a Council candidacy names the Member State's region%s; seats are filled region by region", want)
		}
		return
	}
	regionMatch(r, path, c.MemberState, c.Region)
}

// regionMatch reports a region that differs from the registry's region for s:
// an error when the registry's region is confirmed, a warning otherwise.
func regionMatch(r *check.Report, path string, s itu.StateCode, got itu.Region) {
	want, status, differs := s.RegionDiffers(got)
	switch {
	case !differs:
	case status == itu.RegionConfirmed:
		r.Add(RuleRegionMismatch, path, "region %q is not the region of %s, which is %q (%s); want %q", got, s.Label(), want, want.Name(), want)
	default:
		r.Add(RuleRegionUnconfirmed, path, "region %q differs from the registry's region %q for %s, which is %s and not confirmed by an ITU record; check which is right", got, want, s.Label(), status)
	}
}

// dateRules: received on or after proposed, and neither after the as-of date.
func dateRules(r *check.Report, base string, c Candidacy) {
	if !c.Proposed.IsZero() && !c.Received.IsZero() && c.Received.Before(c.Proposed) {
		r.Add(RuleDateOrder, check.Path(base, "received"), "received on %s, before it was proposed on %s; want a date on or after %s", c.Received, c.Proposed, c.Proposed)
	}
	withdrawalRule(r, base, c)
	for _, d := range []struct {
		name string
		date civil.Date
	}{{"proposed", c.Proposed}, {"received", c.Received}, {"withdrawn_on", c.WithdrawnOn}} {
		if r.AfterAsOf(d.date) {
			r.Add(RuleDateFuture, check.Path(base, d.name), "%s on %s, after the as-of date %s; want a date no later than %s", d.name, d.date, r.Opts.AsOf, r.Opts.AsOf)
		}
	}
}

// withdrawalRule: candidacy.withdrawal.order. A candidacy is withdrawn after
// it was proposed and received, and only a withdrawn candidacy has a
// withdrawal date.
func withdrawalRule(r *check.Report, base string, c Candidacy) {
	if c.WithdrawnOn.IsZero() || !c.WithdrawnOn.IsValid() {
		return
	}
	path := check.Path(base, "withdrawn_on")
	if c.Status.IsValid() && c.Status != Withdrawn {
		r.Add(RuleWithdrawalOrder, path, "withdrawn on %s, but the status is %s; a candidacy with a withdrawal date has status withdrawn", c.WithdrawnOn, c.Status)
	}
	for _, d := range []struct {
		what string
		on   civil.Date
	}{{"received by the Secretary-General", c.Received}, {"proposed", c.Proposed}} {
		if !d.on.IsZero() && d.on.IsValid() && c.WithdrawnOn.Before(d.on) {
			r.Add(RuleWithdrawalOrder, path, "withdrawn on %s, before it was %s on %s; a Member State withdraws only a candidature it has made", c.WithdrawnOn, d.what, d.on)
			return
		}
	}
}
