package election

import (
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/internal/check"
)

// CheckCandidacy reports whether candidacy x is admissible at conference c:
// its own rules ([candidacy.Candidacy.Check]: nationality of the proposer, CS
// No. 62; a Member State on the date it proposed) and the conference's: it
// names c, its post is one c elects, and it reached the Secretary-General by
// the deadline (GR No. 170); a missing receipt date draws a warning.
func (c Conference) CheckCandidacy(x candidacy.Candidacy, opts ...itu.Option) []itu.Violation {
	r := check.New(opts...)
	r.Append("", x.Check(opts...)...)
	admissibilityRules(r, "", x, c)
	return r.Violations()
}

// CheckCandidacies reports whether each candidacy is admissible at c, as
// [Conference.CheckCandidacy] does (paths "/0/received", ...), and the rules
// only a set can break: one Board candidate per Member State (CS No. 63), as
// [candidacy.CheckSet] checks it.
func (c Conference) CheckCandidacies(xs []candidacy.Candidacy, opts ...itu.Option) []itu.Violation {
	r := check.New(opts...)
	r.Append("", candidacy.CheckSet(xs, opts...)...)
	for i, x := range xs {
		admissibilityRules(r, check.Path("", i), x, c)
	}
	return r.Violations()
}

// admissibilityRules: the candidacy names c, is for a post c elects, and was
// received by the deadline.
func admissibilityRules(r *check.Report, base string, x candidacy.Candidacy, c Conference) {
	if x.Conference != "" && !c.Is(x.Conference) {
		r.Add(RuleConferenceMismatch, check.Path(base, "conference"), "names conference %q, not %q; want %q", x.Conference, c.Code, c.Code)
	}
	if x.Post.IsValid() && !c.Elects(x.Post) {
		r.Add(RulePostNotElected, check.Path(base, "post"), "%s does not elect %q; want one of %s", c.Code, x.Post, postList(c.Posts))
	}
	switch dl := c.DeadlineDate(); {
	case x.Received.IsZero():
		r.Add(RuleCandidacyReceived, check.Path(base, "received"), "no receipt date, so the deadline (23:59 Geneva time on %s, GR No. 170) cannot be checked; record the date the Secretary-General received it", dl)
	case !dl.IsZero() && x.Received.IsValid() && x.Received.After(dl):
		r.Add(RuleCandidacyLate, check.Path(base, "received"), "received on %s, after the deadline of 23:59 Geneva time on %s (GR No. 170); want %s or earlier", x.Received, dl, dl)
	}
}

// termLimitRules: each candidate with a service record may stand again (CV Nos 13, 20).
func termLimitRules(r *check.Report, base string, c Conference) {
	for i, x := range c.Candidacies {
		if x.Candidate == "" || x.Status == candidacy.Withdrawn || !x.Post.IsValid() {
			continue
		}
		for _, s := range c.Service {
			if !s.Person.SamePerson(x.Candidate) {
				continue
			}
			if e := MayStand(s.Terms, x.Post, c); e.Reason == TermLimit {
				r.Add(RuleTermLimit, check.Path(base, i, "post"), "%s %s", x.Candidate, e)
			}
		}
	}
}
