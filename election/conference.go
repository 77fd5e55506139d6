package election

import (
	"slices"
	"sync"
	"time"
	_ "time/tzdata" // Europe/Zurich must resolve on machines without zoneinfo

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/check"
)

// DeadlineDays is how many days before a conference opens its candidatures
// close: they must reach the Secretary-General by 23:59 Geneva time on the
// 28th day before the opening (General Rules No. 170).
const DeadlineDays = 28

// geneva loads Europe/Zurich on first use: from the system's zoneinfo, else
// from the tz data embedded by time/tzdata, so it cannot fail at run time; a
// failure is a build defect and panics.
var geneva = sync.OnceValue(func() *time.Location {
	loc, err := time.LoadLocation("Europe/Zurich")
	if err != nil {
		panic("election: load Europe/Zurich: " + err.Error())
	}
	return loc
})

// Geneva returns the time zone of ITU headquarters (Europe/Zurich), in which
// candidature deadlines are set: CET in winter, CEST in summer.
func Geneva() *time.Location { return geneva() }

// Seats holds a number of seats for each of the five administrative regions.
// The zero value means "not known"; a region with zero seats is unknown too.
type Seats struct {
	A int `json:"A,omitzero" validate:"min=0,max=100"` // Region A, the Americas
	B int `json:"B,omitzero" validate:"min=0,max=100"` // Region B, Western Europe
	C int `json:"C,omitzero" validate:"min=0,max=100"` // Region C, Eastern Europe and Northern Asia
	D int `json:"D,omitzero" validate:"min=0,max=100"` // Region D, Africa
	E int `json:"E,omitzero" validate:"min=0,max=100"` // Region E, Asia and Australasia
}

// In returns the seats of region r, or 0 when r is not a region or its seats are unknown.
func (s Seats) In(r itu.Region) int {
	switch r {
	case itu.RegionA:
		return s.A
	case itu.RegionB:
		return s.B
	case itu.RegionC:
		return s.C
	case itu.RegionD:
		return s.D
	case itu.RegionE:
		return s.E
	}
	return 0
}

// Total returns the seats of all five regions together. Each region's seats
// are taken within 0..MaxSeats+1 (Check reports seats outside 0..MaxSeats),
// so the sum never overflows.
func (s Seats) Total() int {
	return clampSeats(s.A) + clampSeats(s.B) + clampSeats(s.C) + clampSeats(s.D) + clampSeats(s.E)
}

// IsZero reports whether no region's seats are known.
func (s Seats) IsZero() bool { return s == Seats{} }

// MaxCouncilSeats returns the most seats the Council may have in a Union of n
// Member States: 25% of them, rounded down (CV No. 50A). With 193 Member
// States, 48.
func MaxCouncilSeats(n int) int { return max(n, 0) / 4 }

// MaxBoardSeats returns the most members the Radio Regulations Board may have
// in a Union of n Member States: twelve or 6% of them, rounded down,
// whichever is greater (CS No. 93A). With 193 Member States, 12.
func MaxBoardSeats(n int) int { return max(12, max(n, 0)*6/100) }

// Tenure is the term of office a conference sets for the people it elects:
// the calendar years it covers and, when published, the day it starts. The
// zero value means "not known".
type Tenure struct {
	Years Years      `json:"years,omitzero" validate:"valid"` // "2023-2026"
	Start civil.Date `json:"start,omitzero" validate:"valid"` // "2023-01-01"
}

// IsZero reports whether nothing is known of the tenure.
func (t Tenure) IsZero() bool { return t == Tenure{} }

// Conference is a Plenipotentiary Conference: when and where it meets, when
// its candidatures close, what it elects, how many seats each region has on
// the Council and the Radio Regulations Board, and the terms of the people it
// elects. Its facts are data per conference, never global: seat numbers
// changed between conferences (46 Council seats after PP-06, 48 since PP-10).
//
// A conference record may also carry what happened there: the candidacies
// received, the service records of candidates who held office before, and the
// elections held. [Conference.Check] then checks admissibility (GR No. 170
// deadline, posts elected), re-eligibility (CV Nos 13 and 20), each election
// and the outcome as a whole (CS No. 62).
//
// The fields:
//   - Kind: the payload kind, "conference" or empty.
//   - Code: the short code, such as "PP-22"; required.
//   - Number: the conference's ordinal number in the series; zero when unknown.
//   - City, Host: where it meets; empty when unknown.
//   - Opening, Closing: the first and last day; Opening is required.
//   - DeadlineRule: the rule that closed candidatures; zero means
//     [DeadlineGR170].
//   - DeadlineOverride: when set, the exact candidature deadline, winning over
//     the one computed from Opening (see [Conference.Deadline]); in the host's
//     time zone for a deadline during the conference.
//   - Posts: the posts it elects, each once.
//   - CouncilSeats, BoardSeats: seats per region; zero when unknown.
//   - OfficialsTerm, BoardTerm: the terms of office it sets for the elected
//     officials and for the Board members; zero when unknown.
//   - Candidacies, Service, Elections: optional records of the conference.
//   - Vacancies: posts the conference filled that fell vacant before the next
//     one, and how they were filled ([Vacancy], CV Nos 8-22).
//   - VacancyTerms: whether a service term marked Vacancy counts against the
//     two-term limit; zero means [VacancyTermCounts].
//
// The zero Conference is not valid: it has no code and no opening date.
type Conference struct {
	Kind             itu.Kind              `json:"kind,omitzero" validate:"max=32"`
	Code             itu.ConferenceCode    `json:"code" validate:"required,max=16,text,valid,plain"`
	Number           int                   `json:"number,omitzero" validate:"min=0,max=1000"`
	City             string                `json:"city,omitzero" validate:"max=100,text"`
	Host             itu.StateCode         `json:"host,omitzero" validate:"omitempty,max=3,valid"`
	Opening          civil.Date            `json:"opening" validate:"required,valid"`
	Closing          civil.Date            `json:"closing,omitzero" validate:"valid"`
	DeadlineRule     DeadlineRule          `json:"deadline_rule,omitzero" validate:"valid"`
	DeadlineOverride time.Time             `json:"deadline_override,omitzero"`
	Posts            []itu.Post            `json:"posts,omitzero" validate:"max=7,dive,required,valid"`
	CouncilSeats     Seats                 `json:"council_seats,omitzero"`
	BoardSeats       Seats                 `json:"board_seats,omitzero"`
	OfficialsTerm    Tenure                `json:"officials_term,omitzero"`
	BoardTerm        Tenure                `json:"board_term,omitzero"`
	Candidacies      []candidacy.Candidacy `json:"candidacies,omitzero" validate:"max=1000"`
	Service          []ServiceRecord       `json:"service,omitzero" validate:"max=1000,dive"`
	Elections        []Election            `json:"elections,omitzero" validate:"max=100"`
	Vacancies        []Vacancy             `json:"vacancies,omitzero" validate:"max=100,dive"`
	VacancyTerms     VacancyTerms          `json:"vacancy_terms,omitzero" validate:"valid"`
}

// Deadline returns the exact instant candidatures close. When DeadlineOverride
// is set it wins; otherwise, under [DeadlineGR170] (the default), the deadline
// is 23:59 Geneva time (Europe/Zurich, CET or CEST as in force that day) on
// the 28th day before Opening (General Rules No. 170). A candidature received
// at the deadline instant is on time. The zero time, "unknown", is returned
// when Opening is not set, or when another rule is in force and no
// DeadlineOverride gives the instant.
func (c Conference) Deadline() time.Time {
	if !c.DeadlineOverride.IsZero() {
		return c.DeadlineOverride
	}
	if c.Opening.IsZero() || !c.Opening.IsValid() || c.DeadlineRule.inForce() != DeadlineGR170 {
		return time.Time{}
	}
	return time.Date(c.Opening.Year, c.Opening.Month, c.Opening.Day-DeadlineDays, 23, 59, 0, 0, geneva())
}

// DeadlineDate returns the calendar day on which candidatures close, or the
// zero Date when the deadline is unknown: the day in Geneva, where the
// Secretary-General receives candidatures, or, under [DeadlineInConference],
// the day at the conference, in the deadline's own time zone.
func (c Conference) DeadlineDate() civil.Date {
	d := c.Deadline()
	if d.IsZero() {
		return civil.Date{}
	}
	if c.DeadlineRule.inForce() == DeadlineInConference {
		return civil.DateOf(d)
	}
	return civil.DateOf(d.In(geneva()))
}

// OnTime reports whether a candidature received at instant t meets the
// deadline: t is not after [Conference.Deadline]. It is false when the
// deadline is unknown.
func (c Conference) OnTime(t time.Time) bool {
	d := c.Deadline()
	return !d.IsZero() && !t.After(d)
}

// ReceivedOnTime reports whether a candidature received on day d, a Geneva
// calendar date as the Secretary-General records it, meets the deadline: d is
// not after [Conference.DeadlineDate]. It is false when either date is unknown.
func (c Conference) ReceivedOnTime(d civil.Date) bool {
	dl := c.DeadlineDate()
	return !dl.IsZero() && !d.IsZero() && !d.After(dl)
}

// Elects reports whether the conference elects post p.
func (c Conference) Elects(p itu.Post) bool { return slices.Contains(c.Posts, p) }

// SeatsFor returns how many seats the conference fills for post p in region r:
// 1 for the five elected officials, the region's Council or Board seats for
// those posts (0 when unknown), and 0 for a post it does not elect.
func (c Conference) SeatsFor(p itu.Post, r itu.Region) int {
	switch {
	case !c.Elects(p):
		return 0
	case p == itu.CouncilMember:
		return c.CouncilSeats.In(r)
	case p == itu.BoardMember:
		return c.BoardSeats.In(r)
	}
	return 1
}

// Is reports whether code names this conference: both have the same
// non-empty [itu.ConferenceCode.Key], so case, spaces, hyphens, invisible
// characters and fullwidth forms are ignored ("pp22" is "PP-22").
func (c Conference) Is(code itu.ConferenceCode) bool { return c.Code.Same(code) }

// Check reports every rule c breaks, warnings included, sorted by path: its
// own facts, and, when it carries them, the admissibility of its candidacies,
// the re-eligibility of their candidates, each election and the outcome.
func (c Conference) Check(opts ...itu.Option) []itu.Violation {
	r := check.New(opts...)
	r.Fields("", c)
	conferenceRules(r, "", c, opts)
	return r.Violations()
}

// Validate reports every rule c breaks: nil when none is an error, otherwise a
// *[itu.ValidationError] (matching [itu.ErrInvalid]) that lists warnings too.
func (c Conference) Validate(opts ...itu.Option) error { return check.Result(c.Check(opts...)) }
