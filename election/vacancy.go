package election

import (
	"cmp"
	"slices"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/internal/enum"
	"github.com/plenipot/itu/internal/rule"
	"github.com/plenipot/itu/names"
)

// A vacancy is held in the record of the conference that elected the post
// (Conference.Vacancies), not as a payload kind of its own: the rules need
// that conference's elections (who came next in a Council election, CV No. 8;
// whose nationals hold the other posts, CS No. 62), and a vacancy falls
// "between two Plenipotentiary Conferences", after the one that filled it.

// Vacancy is an elected post that fell vacant between two Plenipotentiary
// Conferences, and how it was filled under the Convention (CV Art. 2):
//
//   - A Council seat (CV Nos 8-12): vacant when the Member State resigns it
//     or is not represented at two consecutive ordinary sessions (Nos 10-12).
//     It passes by right to the Member State of the same region with the most
//     votes among those not elected at the last election ([FillNextInLine],
//     No. 8); if that is impossible, the region's Member States elect by
//     correspondence ([FillCorrespondence], No. 9).
//   - The Secretary-General (CV No. 14): the Deputy succeeds until the next
//     conference ([FillSuccession]); with both posts vacant (No. 16) the
//     Director longest in office acts, at most 90 days ([FillActing]), and the
//     Council appoints ([FillCouncilAppointment]).
//   - The Deputy (CV No. 15): more than 180 days before the next conference
//     opens, the Council appoints a successor ([FillCouncilAppointment]);
//     otherwise the post waits for the conference ([FillNextConference]).
//   - A Director (CV No. 17): not confirmed (the text could not be read);
//     [FillCouncilAppointment], [FillActing] and [FillNextConference] are all
//     accepted and no timing is checked.
//   - A Board member (CV Nos 21-22): the Council elects a replacement
//     proposed by the region's Member States ([FillCouncilElection]); or the
//     Member State concerned designates another of its nationals within 90
//     days ([FillDesignation]).
//
// The fields: Post; Region, for a Council or Board seat; Holder, the person
// who left (empty for a Council seat); MemberState, the State whose seat it
// was (Council) or the holder's nationality; Date, the day the post fell
// vacant; Cause; Filled, how it was filled (zero while it is open).
type Vacancy struct {
	Post        itu.Post      `json:"post" validate:"required,valid"`
	Region      itu.Region    `json:"region,omitzero" validate:"omitempty,max=1,valid"`
	Holder      names.Name    `json:"holder,omitzero" validate:"omitempty,max=200,text,valid,plain"`
	MemberState itu.StateCode `json:"member_state,omitzero" validate:"omitempty,max=3,valid"`
	Date        civil.Date    `json:"date" validate:"required,valid"`
	Cause       VacancyCause  `json:"cause,omitzero" validate:"valid"`
	Filled      Filling       `json:"filled,omitzero"`
}

// Filling is how a vacancy was filled: the [FillMethod], the day the
// successor took up the post, and who: a person and their nationality, or,
// for a Council seat, the Member State alone. The zero value means "not
// filled" or "not known".
type Filling struct {
	Method      FillMethod    `json:"method,omitzero" validate:"valid"`
	Date        civil.Date    `json:"date,omitzero" validate:"valid"`
	Name        names.Name    `json:"name,omitzero" validate:"omitempty,max=200,text,valid,plain"`
	MemberState itu.StateCode `json:"member_state,omitzero" validate:"omitempty,max=3,valid"`
}

// IsZero reports whether nothing is known of the filling.
func (f Filling) IsZero() bool { return f == Filling{} }

// VacancyCause is why a post fell vacant. The zero value means "not known".
type VacancyCause int

// The causes. New values are appended, never reordered.
const (
	CauseResignation VacancyCause = iota + 1 // the holder resigned, or the Member State resigned its Council seat (CV No. 12)
	CauseDeath                               // the holder died
	CauseInability                           // the Board member can no longer perform the duties (CV No. 21)
	CauseAbsence                             // not represented at two consecutive Council sessions (CV Nos 10-11); repeated Board absences (CV No. 22)
	CauseOther                               // any other cause the record names
)

// FillMethod is how a vacancy is filled. The zero value means "not set".
type FillMethod int

// The filling methods. New values are appended, never reordered.
const (
	FillNextInLine         FillMethod = iota + 1 // Council: the next Member State of the region at the last election (CV No. 8)
	FillCorrespondence                           // Council: the region's Member States elect by correspondence (CV No. 9)
	FillSuccession                               // SG: the Deputy succeeds (CV No. 14)
	FillActing                                   // SG or a Director: someone acts in the post (CV No. 16; No. 17 unconfirmed)
	FillCouncilAppointment                       // SG, DSG, a Director: the Council appoints (CV Nos 15-16; No. 17 unconfirmed)
	FillNextConference                           // DSG or a Director: left to the next conference (CV No. 15)
	FillCouncilElection                          // Board: the Council elects a replacement (CV No. 21)
	FillDesignation                              // Board: the Member State designates another national within 90 days (CV No. 21)
)

// VacancyTerms says whether a term completed after filling a vacancy counts
// against the two-term limit. CV Nos 13 and 20 say the officials and Board
// members are "eligible for re-election once only" and say nothing of a term
// begun part-way; CV No. 21 settles only that a designated Board replacement
// may stand for election. The zero value means the default,
// [VacancyTermCounts].
type VacancyTerms int

// The settings. New values are appended, never reordered.
const (
	// VacancyTermCounts counts a term marked Vacancy like any other: the
	// default, and what the module did before the setting existed.
	VacancyTermCounts VacancyTerms = iota + 1
	// VacancyTermIgnored leaves a term marked Vacancy out of the count.
	VacancyTermIgnored
)

var (
	causes = enum.New(enum.Spec[VacancyCause]{Pkg: "election", Type: "VacancyCause", What: "vacancy cause",
		Codes: []string{"", "resignation", "death", "inability", "absence", "other"}, Err: ErrUnknownProcedure})
	fillMethods = enum.New(enum.Spec[FillMethod]{Pkg: "election", Type: "FillMethod", What: "filling method",
		Codes: []string{"", "next_in_line", "correspondence", "succession", "acting", "council_appointment", "next_conference", "council_election", "designation"}, Err: ErrUnknownProcedure})
	vacancyTerms = enum.New(enum.Spec[VacancyTerms]{Pkg: "election", Type: "VacancyTerms", What: "vacancy-term setting",
		Codes: []string{"", "counts", "ignored"}, Err: ErrUnknownProcedure})
)

// IsValid reports whether c is one of the causes.
func (c VacancyCause) IsValid() bool { return causes.IsValid(c) }

// String returns the cause's code ("resignation").
func (c VacancyCause) String() string { return causes.String(c) }

// ParseVacancyCause parses a cause code ("resignation", "death", "inability", "absence", "other").
func ParseVacancyCause(s string) (VacancyCause, error) { return causes.Parse(s) }

// MarshalText encodes c as its code.
func (c VacancyCause) MarshalText() ([]byte, error) { return causes.MarshalText(c) }

// UnmarshalText decodes a cause code.
func (c *VacancyCause) UnmarshalText(b []byte) error { return causes.UnmarshalText(c, b) }

// IsValid reports whether m is one of the filling methods.
func (m FillMethod) IsValid() bool { return fillMethods.IsValid(m) }

// String returns the method's code ("next_in_line").
func (m FillMethod) String() string { return fillMethods.String(m) }

// ParseFillMethod parses a filling-method code ("next_in_line", "designation", ...).
func ParseFillMethod(s string) (FillMethod, error) { return fillMethods.Parse(s) }

// MarshalText encodes m as its code.
func (m FillMethod) MarshalText() ([]byte, error) { return fillMethods.MarshalText(m) }

// UnmarshalText decodes a filling-method code.
func (m *FillMethod) UnmarshalText(b []byte) error { return fillMethods.UnmarshalText(m, b) }

// IsValid reports whether v is [VacancyTermCounts] or [VacancyTermIgnored].
func (v VacancyTerms) IsValid() bool { return vacancyTerms.IsValid(v) }

// String returns "counts" or "ignored".
func (v VacancyTerms) String() string { return vacancyTerms.String(v) }

// ParseVacancyTerms parses "counts" or "ignored".
func ParseVacancyTerms(s string) (VacancyTerms, error) { return vacancyTerms.Parse(s) }

// MarshalText encodes v as its code.
func (v VacancyTerms) MarshalText() ([]byte, error) { return vacancyTerms.MarshalText(v) }

// UnmarshalText decodes "counts" or "ignored".
func (v *VacancyTerms) UnmarshalText(b []byte) error { return vacancyTerms.UnmarshalText(v, b) }

// inForce returns the setting in force: v, or the default.
func (v VacancyTerms) inForce() VacancyTerms {
	if v.IsValid() {
		return v
	}
	return VacancyTermCounts
}

// vacancyMethods lists, per post, the filling methods the Convention provides.
var vacancyMethods = map[itu.Post][]FillMethod{
	itu.CouncilMember:          {FillNextInLine, FillCorrespondence},
	itu.SecretaryGeneral:       {FillSuccession, FillActing, FillCouncilAppointment},
	itu.DeputySecretaryGeneral: {FillCouncilAppointment, FillNextConference},
	itu.DirectorBR:             {FillActing, FillCouncilAppointment, FillNextConference},
	itu.DirectorTSB:            {FillActing, FillCouncilAppointment, FillNextConference},
	itu.DirectorBDT:            {FillActing, FillCouncilAppointment, FillNextConference},
	itu.BoardMember:            {FillCouncilElection, FillDesignation},
}

// The days the Convention counts in filling a vacancy.
const (
	// CouncilAppointmentDays: the Council appoints a Deputy (CV No. 15) only
	// when the post fell vacant more than 180 days before the next conference.
	CouncilAppointmentDays = 180
	// DesignationDays: a Member State designates a Board replacement within
	// 90 days (CV No. 21).
	DesignationDays = 90
)

// The rules on vacancies, checked by [Conference.Check] on Conference.Vacancies.
var (
	// RuleVacancyMethod: the filling method is one the Convention provides for the post.
	RuleVacancyMethod = rule.Define(itu.Rule{Code: "election.vacancy.method", Severity: itu.Error,
		Description: "A vacancy is filled the way the Convention provides for its post: a Council seat by the next Member State in line or by correspondence; the Secretary-General by the Deputy's succession, an acting Director or a Council appointment; the Deputy by a Council appointment or the next conference; a Board member by a Council election or the Member State's designation. For a Director (CV No. 17, not confirmed) an acting official, a Council appointment or the next conference.",
		Source:      "CV Nos 8-9 (Council), 14-16 (Secretary-General and Deputy), 17 (Directors, not confirmed), 21-22 (Board)"})
	// RuleVacancyRegion: a Council or Board vacancy names its region, and is filled from it.
	RuleVacancyRegion = rule.Define(itu.Rule{Code: "election.vacancy.region", Severity: itu.Error,
		Description: "A Council or Board vacancy names its region, and the Member State that fills it is of that region, when the registry's region for it is confirmed.",
		Source:      "CV No. 8 (a Member State of the same region), No. 9 (the other Member States of the region), No. 21 (candidates proposed by the region's Member States)"})
	// RuleVacancyNextInLine: a Council seat passes to the next Member State in line.
	RuleVacancyNextInLine = rule.Define(itu.Rule{Code: "election.vacancy.next_in_line", Severity: itu.Error,
		Description: "A Council seat filled by right goes to the Member State of the region that got the most votes among those not elected at the last election, when the record holds that election (read in its last round; a tie there is not checked).",
		Source:      "CV No. 8"})
	// RuleVacancyTiming: the Deputy's post is filled by the Council only more than 180 days before the next conference.
	RuleVacancyTiming = rule.Define(itu.Rule{Code: "election.vacancy.timing", Severity: itu.Error,
		Description: "The Council appoints a Deputy Secretary-General only when the post fell vacant more than 180 days before the next conference opens; closer to it, the post waits for the conference. The next conference is the first built-in one opening after the vacancy.",
		Source:      "CV Nos 15 and 16"})
	// RuleVacancyDesignation: a designated Board replacement is another national of the Member State concerned, within 90 days.
	RuleVacancyDesignation = rule.Define(itu.Rule{Code: "election.vacancy.designation", Severity: itu.Error,
		Description: "A Board replacement designated by a Member State is another national of the Member State concerned (the departing member's), designated within 90 days of the vacancy.",
		Source:      "CV No. 21"})
	// RuleVacancyDates: a vacancy falls after its conference opens and is filled on or after that day.
	RuleVacancyDates = rule.Define(itu.Rule{Code: "election.vacancy.dates", Severity: itu.Error,
		Description: "A vacancy in a conference's record falls after that conference opens (between it and the next), and is filled on or after the day it fell vacant.",
		Source:      "CV Nos 8, 14-17 and 21 (vacancies between two Plenipotentiary Conferences); consistency"})
	// RuleVacancyNationality: the person filling an elected post or a Board seat is not a national of a State whose national holds another.
	RuleVacancyNationality = rule.Define(itu.Rule{Code: "election.vacancy.nationality", Severity: itu.Error,
		Description: "The person who fills a vacant elected post or Board seat is not a national of a Member State whose national the conference elected to another of those posts (the departing holder and the successor's own former post aside).",
		Source:      "CS No. 62 (the elected officials and Board members are nationals of different Member States)"})
)

func init() {
	check.Describe[VacancyCause]("a vacancy cause: resignation, death, inability, absence or other")
	check.Describe[FillMethod]("a filling method: next_in_line, correspondence, succession, acting, council_appointment, next_conference, council_election or designation")
	check.Describe[VacancyTerms]("a vacancy-term setting: counts or ignored")
}

// vacancyRules checks each vacancy of conference c, at base ("vacancies").
// valid says which of c's elections are valid, so that only those are tallied.
func vacancyRules(r *check.Report, base string, c Conference, valid []bool) {
	if len(c.Vacancies) == 0 {
		return
	}
	held := heldBy(c.Elections, valid)
	for i, v := range c.Vacancies {
		path := check.Path(base, i)
		if !v.Post.IsValid() {
			continue
		}
		vacancyDates(r, path, v, c)
		vacancyRegion(r, path, v)
		m := v.Filled.Method
		if !m.IsValid() {
			continue
		}
		if !slices.Contains(vacancyMethods[v.Post], m) {
			r.Add(RuleVacancyMethod, check.Path(path, "filled", "method"), "a vacancy in %s is not filled by %q under the Convention; want one of %s", v.Post, m, methodList(vacancyMethods[v.Post]))
			continue
		}
		switch m {
		case FillNextInLine:
			nextInLine(r, path, v, c, valid)
		case FillDesignation:
			designation(r, path, v)
		case FillCouncilAppointment, FillNextConference:
			if v.Post == itu.DeputySecretaryGeneral {
				deputyTiming(r, path, v)
			}
		}
		vacancyNationality(r, path, v, held)
	}
}

func methodList(ms []FillMethod) string {
	s := ""
	for i, m := range ms {
		if i > 0 {
			s += ", "
		}
		s += m.String()
	}
	return s
}

// vacancyDates: after the conference opens; filled on or after the vacancy.
func vacancyDates(r *check.Report, path string, v Vacancy, c Conference) {
	if v.Date.IsValid() && !v.Date.IsZero() && c.Opening.IsValid() && !c.Opening.IsZero() && !v.Date.After(c.Opening) {
		r.Add(RuleVacancyDates, check.Path(path, "date"), "falls vacant on %s, not after %s opened on %s; a vacancy in this record arises between %s and the next conference", v.Date, c.Code, c.Opening, c.Code)
	}
	if f := v.Filled.Date; f.IsValid() && !f.IsZero() && v.Date.IsValid() && !v.Date.IsZero() && f.Before(v.Date) {
		r.Add(RuleVacancyDates, check.Path(path, "filled", "date"), "filled on %s, before the post fell vacant on %s; want %s or later", f, v.Date, v.Date)
	}
}

// vacancyRegion: Council and Board vacancies name a region and are filled from it.
func vacancyRegion(r *check.Report, path string, v Vacancy) {
	if v.Post != itu.CouncilMember && v.Post != itu.BoardMember {
		return
	}
	if v.Region == "" {
		r.Add(RuleVacancyRegion, check.Path(path, "region"), "a vacancy in %s is a seat of one region; name the region, A to E", v.Post)
		return
	}
	s := v.Filled.MemberState
	if s == "" || !s.IsValid() || !v.Region.IsValid() {
		return
	}
	if got, status, differs := s.RegionDiffers(v.Region); differs && status == itu.RegionConfirmed {
		r.Add(RuleVacancyRegion, check.Path(path, "filled", "member_state"), "%s is in Region %s, not Region %s; a %s vacancy is filled from the same region (CV Nos 8, 9, 21)", s.Label(), got, v.Region, v.Post)
	}
}

// nextInLine: CV No. 8, when the record holds the region's Council election.
func nextInLine(r *check.Report, path string, v Vacancy, c Conference, valid []bool) {
	s := v.Filled.MemberState
	if s == "" {
		return
	}
	for i, e := range c.Elections {
		if e.Post != itu.CouncilMember || e.Region != v.Region || !valid[i] || len(e.Rounds) == 0 {
			continue
		}
		want, ok := runnerUp(e)
		if ok && want != s {
			r.Add(RuleVacancyNextInLine, check.Path(path, "filled", "member_state"), "the seat passes by right to %s, which got the most votes (%d) among those not elected in Region %s at %s; not %s (CV No. 8)", want.Label(), e.Rounds[len(e.Rounds)-1].Votes[want], v.Region, c.Code, s.Label())
		}
		return
	}
}

// runnerUp returns the candidate not elected with the most votes in e's last
// round, and false when there is none or two tie for it.
func runnerUp(e Election) (itu.StateCode, bool) {
	elected := map[itu.StateCode]bool{}
	for _, w := range tally(e).Elected {
		elected[w.Candidate.MemberState] = true
	}
	type sv struct {
		s itu.StateCode
		n int
	}
	var rest []sv
	for s, n := range e.Rounds[len(e.Rounds)-1].Votes {
		if !elected[s] {
			rest = append(rest, sv{s, n})
		}
	}
	slices.SortFunc(rest, func(a, b sv) int { return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.s, b.s)) })
	if len(rest) == 0 || (len(rest) > 1 && rest[1].n == rest[0].n) {
		return "", false
	}
	return rest[0].s, true
}

// designation: CV No. 21: the Member State concerned, another national, within 90 days.
func designation(r *check.Report, path string, v Vacancy) {
	f := v.Filled
	if f.MemberState != "" && v.MemberState != "" && f.MemberState != v.MemberState {
		r.Add(RuleVacancyDesignation, check.Path(path, "filled", "member_state"), "a designated replacement is a national of the Member State concerned, %s, not %s (CV No. 21)", v.MemberState.Label(), f.MemberState.Label())
	}
	if f.Name != "" && v.Holder != "" && names.Compare(f.Name, v.Holder).Verdict == names.Same {
		r.Add(RuleVacancyDesignation, check.Path(path, "filled", "name"), "%s is the member who left; the Member State designates another national (CV No. 21)", f.Name)
	}
	if f.Date.IsValid() && !f.Date.IsZero() && v.Date.IsValid() && !v.Date.IsZero() && f.Date.After(v.Date.AddDays(DesignationDays)) {
		r.Add(RuleVacancyDesignation, check.Path(path, "filled", "date"), "designated on %s, more than %d days after the vacancy on %s; want %s at the latest (CV No. 21)", f.Date, DesignationDays, v.Date, v.Date.AddDays(DesignationDays))
	}
}

// nextConference returns the first built-in conference opening after d.
func nextConference(d civil.Date) (Conference, bool) {
	var best Conference
	for _, c := range Conferences() {
		if c.Opening.After(d) && (best.Opening.IsZero() || c.Opening.Before(best.Opening)) {
			best = c
		}
	}
	return best, !best.Opening.IsZero()
}

// deputyTiming: CV No. 15: the Council appoints only more than 180 days before the next conference.
func deputyTiming(r *check.Report, path string, v Vacancy) {
	if !v.Date.IsValid() || v.Date.IsZero() {
		return
	}
	next, ok := nextConference(v.Date)
	if !ok {
		return
	}
	cut := next.Opening.AddDays(-CouncilAppointmentDays) // vacant before cut: more than 180 days before
	early := v.Date.Before(cut)
	switch m := v.Filled.Method; {
	case m == FillCouncilAppointment && !early:
		r.Add(RuleVacancyTiming, check.Path(path, "filled", "method"), "the post fell vacant on %s, not more than %d days before %s opens on %s; the Council appoints a Deputy only before %s, so the post waits for the conference (CV No. 15)", v.Date, CouncilAppointmentDays, next.Code, next.Opening, cut)
	case m == FillNextConference && early:
		r.Add(RuleVacancyTiming, check.Path(path, "filled", "method"), "the post fell vacant on %s, more than %d days before %s opens on %s; the Council appoints a successor for the rest of the term (CV No. 15)", v.Date, CouncilAppointmentDays, next.Code, next.Opening)
	}
}

// holder is a person elected at the conference.
type holder struct {
	name  names.Name
	post  itu.Post
	state itu.StateCode
}

// heldBy lists the persons elected in c's valid elections.
func heldBy(es []Election, valid []bool) []holder {
	var hs []holder
	for i, e := range es {
		if !e.Post.CandidateIsPerson() || !valid[i] {
			continue
		}
		for _, w := range tally(e).Elected {
			hs = append(hs, holder{w.Candidate.Name, e.Post, w.Candidate.MemberState})
		}
	}
	return hs
}

// vacancyNationality: CS No. 62 for the person filling an elected post or Board seat.
func vacancyNationality(r *check.Report, path string, v Vacancy, held []holder) {
	f := v.Filled
	if !v.Post.CandidateIsPerson() || f.MemberState == "" || f.Method == FillNextConference {
		return
	}
	for _, h := range held {
		switch {
		case h.state != f.MemberState:
		case h.post == v.Post && (v.MemberState == "" || h.state == v.MemberState) && (v.Holder == "" || names.Compare(h.name, v.Holder).Verdict != names.Different):
			// the departing holder
		case f.Name != "" && names.Compare(h.name, f.Name).Verdict != names.Different:
			// the successor, leaving the post they were elected to
		default:
			r.Add(RuleVacancyNationality, check.Path(path, "filled", "member_state"), "%s, elected %s, is also a national of %s; the elected officials and Board members are nationals of different Member States (CS No. 62)", h.name, h.post, f.MemberState.Label())
			return
		}
	}
}
