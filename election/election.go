package election

import (
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/names"
)

// MaxCount bounds the arithmetic on the counts a round records: sums take
// each count within 0..MaxCount+1, so they never overflow. Check reports any
// count above the number of Member States of the Union on the election's
// date (194 since 19 September 2024), far below MaxCount.
const MaxCount = 1000

// MaxSeats bounds the seats an election fills and a region's seats at a
// conference: Check reports seats outside 0..MaxSeats, and no rule counts
// rounds or sums seats with them.
const MaxSeats = 100

// The bounds of an election's lists, as its tags state them: Check reports a
// longer list, and the rounds of an election with one are not replayed.
const (
	maxCandidates = 200 // candidates, and votes, withdrawals and lots in a round
	maxRounds     = 50  // rounds, and the round a runoff follows
)

// Election is one election held at a conference: the post, the region for a
// regional election (Council or Board), the seats to fill, the candidates
// standing and the rounds of voting as counted. [Election.Tally] computes who
// is elected; [Election.Check] checks the record and its rounds.
//
// The fields:
//   - Kind: the payload kind, "election" or empty.
//   - Conference: the code of the electing conference ("PP-22"); required.
//   - Post: the post; required.
//   - Region: for a Council or Board election, the region whose seats are
//     filled; empty for the five elected officials.
//   - Seats: the seats to fill; zero means one for the elected officials, and
//     is an error for a regional election.
//   - Date: the day of the first round; zero when unknown.
//   - Procedure: the counting options where the rules are unconfirmed; zero
//     means every default.
//   - Candidates: who stood, in the order of the ballot paper or as published.
//   - Rounds: the rounds, numbered from 1.
//
// Rounds name a candidate by the Member State that proposed it, so the
// candidates of one election come from different Member States.
type Election struct {
	Kind       itu.Kind           `json:"kind,omitzero" validate:"max=32"`
	Conference itu.ConferenceCode `json:"conference" validate:"required,max=16,text,valid,plain"`
	Post       itu.Post           `json:"post" validate:"required,valid"`
	Region     itu.Region         `json:"region,omitzero" validate:"omitempty,max=1,valid"`
	Seats      int                `json:"seats,omitzero" validate:"min=0,max=100"`
	Date       civil.Date         `json:"date,omitzero" validate:"valid"`
	Procedure  Procedure          `json:"procedure,omitzero"`
	Candidates []Candidate        `json:"candidates" validate:"required,min=1,max=200,dive"`
	Rounds     []Round            `json:"rounds,omitzero" validate:"max=50,dive"`
}

// Candidate is one candidate standing in an election: a person proposed by a
// Member State, who is its national (CS No. 62), or, for a Council seat, the
// Member State itself, with no name.
type Candidate struct {
	Name        names.Name    `json:"name,omitzero" validate:"omitempty,max=200,text,valid,plain"`
	MemberState itu.StateCode `json:"member_state" validate:"required,max=3,valid"`
}

// String returns "Doreen Bogdan-Martin (USA)", or the code for a Member State.
func (c Candidate) String() string {
	if c.Name == "" {
		return string(c.MemberState)
	}
	return string(c.Name) + " (" + string(c.MemberState) + ")"
}

// CandidateOf returns the candidate a candidacy puts forward.
func CandidateOf(x candidacy.Candidacy) Candidate {
	return Candidate{Name: x.Candidate, MemberState: x.MemberState}
}

// Round is one round of voting, as counted: the votes each candidate got
// (keyed by the candidate's Member State; a standing candidate left out got
// none), blank and invalid ballots, and, when published, the number of
// delegations present and voting and the required majority. Withdrawn lists
// the candidates withdrawn since the previous round, before this one.
//
// ValidBallots is the number of valid ballots cast for candidates, which the
// majority is computed from. Leave it zero in a single-seat election, where
// each ballot names one candidate and the votes sum to it; record it in a
// multi-seat election, where a ballot may name several candidates.
//
// Lots, under [TieLots], is the order a draw by lot gave to candidates tied in
// this round for the last open seats.
type Round struct {
	Number           int                   `json:"number"`
	Withdrawn        []itu.StateCode       `json:"withdrawn,omitzero" validate:"max=200,dive,required,max=3"`
	Votes            map[itu.StateCode]int `json:"votes" validate:"required,min=1,max=200,dive,keys,required,max=3,endkeys"`
	Blank            int                   `json:"blank,omitzero"`
	Invalid          int                   `json:"invalid,omitzero"`
	ValidBallots     int                   `json:"valid_ballots,omitzero"`
	PresentAndVoting int                   `json:"present_and_voting,omitzero"`
	Majority         int                   `json:"majority,omitzero"`
	Lots             []itu.StateCode       `json:"lots,omitzero" validate:"max=200,dive,required,max=3"`
}

// VotesCast returns the votes cast for candidates in r, blank and invalid
// ballots excluded. Each count is taken within 0..MaxCount+1 (Check reports
// counts outside 0..MaxCount), so the sum never overflows.
func (r Round) VotesCast() int {
	n := 0
	for _, v := range r.Votes {
		n += clampCount(v)
	}
	return n
}

// ValidVotes returns the valid votes the required majority is computed from:
// ValidBallots when recorded, [Round.VotesCast] otherwise. Blank and invalid
// ballots never count.
func (r Round) ValidVotes() int {
	if r.ValidBallots > 0 {
		return clampCount(r.ValidBallots)
	}
	return r.VotesCast()
}

// RequiredMajority returns the ITU arithmetic on r's own counts: more than
// half of the valid votes, floor(V/2)+1 with V = [Round.ValidVotes]. PP-22:
// 139+25 = 164 valid votes for Secretary-General gave a required majority of
// 83. It is the required majority of a single-seat round; in a multi-seat
// round, where a ballot may name several candidates, the votes do not sum to
// the ballots, so use [Election.RequiredMajority], which says when the
// majority cannot be known.
func (r Round) RequiredMajority() int { return r.ValidVotes()/2 + 1 }

// RequiredMajority returns the required majority of e's round i (counted
// from 0) and whether it is known: floor(V/2)+1 of the valid votes in a
// single-seat round; in a multi-seat round, of the valid ballots when
// recorded, else of those present and voting less blank and invalid ballots,
// else the majority the ITU published; ok is false when nothing fixes it (a
// multi-seat round with votes only) or i is not a round of e.
func (e Election) RequiredMajority(i int) (n int, ok bool) {
	if i < 0 || i >= len(e.Rounds) {
		return 0, false
	}
	if n, ok := e.computedMajority(e.Rounds[i]); ok {
		return n, true
	}
	if m := e.Rounds[i].Majority; m > 0 {
		return clampCount(m), true
	}
	return 0, false
}

// ComputedMajority returns the ITU arithmetic on the counts of e's round i
// (counted from 0), floor(V/2)+1, without the majority the ITU published,
// and whether the counts give it: always in a single-seat round; in a
// multi-seat round only when the valid ballots, or those present and voting,
// are recorded. Set beside a published majority, it shows whether the two
// agree (election.round.majority warns when they do not).
func (e Election) ComputedMajority(i int) (n int, ok bool) {
	if i < 0 || i >= len(e.Rounds) {
		return 0, false
	}
	if n, ok := e.computedMajority(e.Rounds[i]); ok {
		return n, true
	}
	return 0, false
}

// computedMajority returns the ITU arithmetic on r's counts, floor(V/2)+1,
// and whether the counts give V: always for a single seat, where the votes
// sum to the valid ballots; for several seats only when the valid ballots,
// or those present and voting, are recorded.
func (e Election) computedMajority(r Round) (int, bool) {
	v, ok := e.majorityBase(r)
	return v/2 + 1, ok
}

// majorityBase returns the valid votes V the majority of r is computed from,
// and whether r's counts give it (see [Election.computedMajority]).
func (e Election) majorityBase(r Round) (int, bool) {
	switch {
	case e.SeatCount() <= 1 || r.ValidBallots > 0:
		return r.ValidVotes(), true
	case r.PresentAndVoting > 0:
		return max(clampCount(r.PresentAndVoting)-clampCount(r.Blank)-clampCount(r.Invalid), 0), true
	}
	return 0, false
}

// clampCount keeps a count within 0..MaxCount+1, so sums of counts cannot
// overflow; counts outside 0..MaxCount are reported by Check.
func clampCount(n int) int { return min(max(n, 0), MaxCount+1) }

// SeatCount returns the seats e fills: 1 for one of the five elected
// officials, whatever Seats says, and Seats for a Council or Board election
// (0 when Seats is not set, which Check reports). Seats are taken within
// 0..MaxSeats+1 (Check reports seats outside 0..MaxSeats), so arithmetic on
// them never overflows.
func (e Election) SeatCount() int {
	if e.Post.IsElectedOfficial() {
		return 1
	}
	return clampSeats(e.Seats)
}

// clampSeats keeps a number of seats within 0..MaxSeats+1.
func clampSeats(n int) int { return min(max(n, 0), MaxSeats+1) }

// seatsInRange reports whether n is a number of seats Check accepts.
func seatsInRange(n int) bool { return n >= 0 && n <= MaxSeats }

// countable reports whether the rounds of e can be replayed: its seats are
// known and in range, its runoff round in range and its lists within their
// bounds. Check reports each of these otherwise, and no rule replays the
// rounds on a field it has reported (each round has its own conditions, see
// roundRules).
func (e Election) countable() bool {
	return seatsInRange(e.Seats) && e.SeatCount() > 0 &&
		e.Procedure.RunoffAfter >= 0 && e.Procedure.RunoffAfter <= maxRounds &&
		len(e.Candidates) <= maxCandidates && len(e.Rounds) <= maxRounds
}

// Regional reports whether e fills a region's seats: the Council or the Board.
func (e Election) Regional() bool { return regional(e.Post) }

func regional(p itu.Post) bool { return p == itu.CouncilMember || p == itu.BoardMember }

// Candidate returns the candidate proposed by Member State s.
func (e Election) Candidate(s itu.StateCode) (Candidate, bool) {
	for _, c := range e.Candidates {
		if c.MemberState == s {
			return c, true
		}
	}
	return Candidate{}, false
}

// Check reports every rule e breaks, warnings included, sorted by path: the
// seats and region for its post, its candidates, and each round (numbering,
// counts within bounds, totals consistent with ballots cast, only standing
// candidates voted for, stated majority right, no round after the seats are
// filled). An election whose rounds leave seats open draws a warning.
func (e Election) Check(opts ...itu.Option) []itu.Violation {
	r := check.New(opts...)
	r.Fields("", e)
	electionRules(r, "", e)
	return r.Violations()
}

// Validate reports every rule e breaks: nil when none is an error, otherwise a
// *[itu.ValidationError] (matching [itu.ErrInvalid]) that lists warnings too.
func (e Election) Validate(opts ...itu.Option) error { return check.Result(e.Check(opts...)) }
