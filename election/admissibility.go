package election

import (
	"fmt"
	"unicode/utf8"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/internal/clip"
	"github.com/plenipot/itu/names"
)

// CheckCandidacy reports whether candidacy x is admissible at conference c:
// its own rules ([candidacy.Candidacy.Check]: nationality of the proposer, CS
// No. 62; a Member State on the date it proposed) and the conference's: it
// names c, its post is one c elects, and it reached the Secretary-General by
// the deadline (GR No. 170); a missing receipt date draws a warning.
func (c Conference) CheckCandidacy(x candidacy.Candidacy, opts ...itu.Option) []itu.Violation {
	r := check.New(opts...)
	r.Append("", x.Check(opts...)...)
	admissibilityRules(r, "", x, venueOf(c))
	return r.Violations()
}

// CheckCandidacies reports whether each candidacy is admissible at c, as
// [Conference.CheckCandidacy] does (paths "/0/received", ...), and the rules
// only a set can break: one Board candidate per Member State (CS No. 63), as
// [candidacy.CheckSet] checks it.
func (c Conference) CheckCandidacies(xs []candidacy.Candidacy, opts ...itu.Option) []itu.Violation {
	return checkCandidacies(xs, venueOf(c), opts)
}

func checkCandidacies(xs []candidacy.Candidacy, v *venue, opts []itu.Option) []itu.Violation {
	r := check.New(opts...)
	r.Append("", candidacy.CheckSet(xs, opts...)...)
	for i, x := range xs {
		admissibilityRules(r, check.Path("", i), x, v)
	}
	return r.Violations()
}

// venue is what the rules on the candidacies, service records and elections
// of a conference record ask of the conference, computed once per record so
// that each rule is linear in the records: its conference key, the posts it
// elects, their list for messages and the day candidatures close.
type venue struct {
	c        Conference
	key      string // c.Code.Key(); "" when c.Code cannot be compared
	elects   map[itu.Post]bool
	posts    string // the posts elected, each once, for messages
	deadline civil.Date
}

// Code length bounds, as the tags state them: a longer code is reported by
// the field rules and never compared.
const (
	maxConferenceCode          = 16 // Conference.Code, Election.Conference, Term.Conference
	maxCandidacyConferenceCode = 32 // candidacy.Candidacy.Conference
)

func venueOf(c Conference) *venue {
	v := &venue{c: c, elects: make(map[itu.Post]bool, len(itu.Posts())), deadline: c.DeadlineDate()}
	if comparableCode(c.Code, maxConferenceCode) {
		v.key = c.Code.Key()
	}
	var distinct []itu.Post
	for _, p := range c.Posts {
		if !v.elects[p] {
			v.elects[p] = true
			distinct = append(distinct, p)
		}
	}
	v.posts = postList(distinct)
	return v
}

// comparableCode reports whether a conference code may be compared: at most
// maxLen characters of text (the field rules report anything else).
func comparableCode(code itu.ConferenceCode, maxLen int) bool {
	s := string(code)
	return len(s) <= maxLen*utf8.UTFMax && utf8.RuneCountInString(s) <= maxLen && check.TextOK(s)
}

// mismatch reports whether code, written in a record of the conference,
// names another conference. An empty code, or one the field rules report,
// is no mismatch; neither is any code when the conference's own cannot be
// compared.
func (v *venue) mismatch(code itu.ConferenceCode, maxLen int) bool {
	if v.key == "" || code == "" || !comparableCode(code, maxLen) {
		return false
	}
	return code.Key() != v.key
}

// seatsFor is [Conference.SeatsFor] with the posts elected already indexed.
func (v *venue) seatsFor(p itu.Post, r itu.Region) int {
	switch {
	case !v.elects[p]:
		return 0
	case p == itu.CouncilMember:
		return v.c.CouncilSeats.In(r)
	case p == itu.BoardMember:
		return v.c.BoardSeats.In(r)
	}
	return 1
}

// admissibilityRules: the candidacy names c, is for a post c elects, and was
// received by the deadline.
func admissibilityRules(r *check.Report, base string, x candidacy.Candidacy, v *venue) {
	if v.mismatch(x.Conference, maxCandidacyConferenceCode) {
		r.Add(RuleConferenceMismatch, check.Path(base, "conference"), "names conference %q, not %q; want %q", x.Conference, v.c.Code, v.c.Code)
	}
	if x.Post.IsValid() && !v.elects[x.Post] {
		r.Add(RulePostNotElected, check.Path(base, "post"), "%s does not elect %q; want one of %s", v.c.Code, x.Post, v.posts)
	}
	switch dl := v.deadline; {
	case x.Received.IsZero():
		r.Add(RuleCandidacyReceived, check.Path(base, "received"), "no receipt date, so the deadline (23:59 Geneva time on %s, GR No. 170) cannot be checked; record the date the Secretary-General received it", dl)
	case !dl.IsZero() && x.Received.IsValid() && x.Received.After(dl):
		r.Add(RuleCandidacyLate, check.Path(base, "received"), "received on %s, after the deadline of 23:59 Geneva time on %s (GR No. 170); want %s or earlier", x.Received, dl, dl)
	}
}

// termLimitRules: each candidate with a service record may stand again (CV
// Nos 13, 20). Service records are indexed once by person ([names.Index]),
// so that a candidacy finds its person's terms without comparing names
// pairwise: the records naming the same person ([names.Same]) and those
// naming a compatible variant ([names.Variant]: "Dr Cosmas Zavazava" for
// "Dr Cosmas Luckyson ZAVAZAVA") count together, each distinct term once, and
// the message names the variant. Each candidacy is reported at most once,
// and the answer for one written name and post is worked out once.
func termLimitRules(r *check.Report, base string, c Conference, v *venue) {
	served := servedByPerson(c.Service)
	if served.index.Len() == 0 {
		return
	}
	type question struct {
		name names.Name
		post itu.Post
	}
	type answer struct {
		e       Eligibility
		variant string // how a counted record's name differs, "" when none does
	}
	answers := map[question]answer{}
	for i, x := range c.Candidacies {
		if x.Candidate == "" || x.Status == candidacy.Withdrawn || !x.Post.IsValid() {
			continue
		}
		q := question{x.Candidate, x.Post}
		a, done := answers[q]
		if !done {
			var ts termSet
			for id, m := range served.index.Matches(x.Candidate) {
				ts.add(served.terms[id]...)
				if m.Verdict == names.Variant && a.variant == "" {
					a.variant = fmt.Sprintf("; counting the service record of %s, a compatible variant of the name (%s)", clip.Quote(string(served.names[id])), m.Differs)
				}
			}
			if len(ts.terms) > 0 {
				a.e = mayStand(ts.terms, x.Post, c, v.key)
			}
			answers[q] = a
		}
		if a.e.Reason == TermLimit {
			r.Add(RuleTermLimit, check.Path(base, i, "post"), "%s %s%s", x.Candidate, a.e, a.variant)
		}
	}
}

// service is the service records indexed by person: the terms of each entry
// of index, and the name its first record writes.
type service struct {
	index names.Index
	terms [][]Term
	names []names.Name
}

// servedByPerson indexes service records by person ([names.Index]): each
// person's terms from every record naming them, each distinct term once (the
// same post at the same conference, or in the same years when the
// conference is not given). A record whose person does not parse matches no
// candidacy and is left out.
func servedByPerson(records []ServiceRecord) *service {
	s := &service{}
	sets := []termSet{}
	for _, rec := range records {
		id := s.index.Add(rec.Person)
		if id < 0 {
			continue
		}
		if id == len(sets) {
			sets = append(sets, termSet{})
			s.names = append(s.names, rec.Person)
		}
		sets[id].add(rec.Terms...)
	}
	for _, ts := range sets {
		s.terms = append(s.terms, ts.terms)
	}
	return s
}

// termSet collects distinct terms: the same post at the same conference, or
// in the same years when the conference is not given, counts once.
type termSet struct {
	seen  map[termKey]bool
	terms []Term
}

type termKey struct {
	post       itu.Post
	conference string
	years      Years
}

func (ts *termSet) add(terms ...Term) {
	for _, t := range terms {
		k := termKey{post: t.Post, conference: t.Conference.Key()}
		if k.conference == "" {
			k.years = t.Years
		}
		if ts.seen == nil {
			ts.seen = map[termKey]bool{}
		}
		if !ts.seen[k] {
			ts.seen[k] = true
			ts.terms = append(ts.terms, t)
		}
	}
}
