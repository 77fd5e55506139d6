package election

import (
	"fmt"
	"maps"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/check"
)

// ConferenceOutcome is what a conference's elections elected, tallied in the
// order they were held: each election's [Outcome], in the order of the
// record, and the candidates who stood down because a national of their
// Member State had been elected to an earlier elected-official post.
type ConferenceOutcome struct {
	Elections []Outcome   `json:"elections"`
	StoodDown []StandDown `json:"stood_down,omitzero"`
}

// StandDown is a candidate who stood down from an elected-official election
// because a national of the same Member State was elected to an earlier
// elected-official post at the conference: the Secretary-General, the Deputy
// Secretary-General and the three Directors are nationals of different
// Member States (CS No. 62).
//
// Election and Post name the election the candidate stood down from (its
// index in the record, counted from 0); Earlier, EarlierPost and Because the
// earlier election and its winner. VotesIgnored is the votes the candidate
// still got in the record's rounds, summed: the tally counts them as invalid
// ballots, not for the candidate, and [CheckOutcome] warns of each round
// (election.outcome.stood_down).
type StandDown struct {
	Election     int       `json:"election"`
	Post         itu.Post  `json:"post"`
	Candidate    Candidate `json:"candidate"`
	Earlier      int       `json:"earlier"`
	EarlierPost  itu.Post  `json:"earlier_post"`
	Because      Winner    `json:"because"`
	VotesIgnored int       `json:"votes_ignored,omitzero"`
}

// String returns "Mr Bo DEPUTY (USA) stood down from DSG (election 1): Ms Ann
// FIRST (USA) was elected SG (election 0) in round 1 (CS No. 62)".
func (s StandDown) String() string {
	out := fmt.Sprintf("%s stood down from %s (election %d): %s was elected %s (election %d) in round %d (CS No. 62)",
		s.Candidate, s.Post, s.Election, s.Because.Candidate, s.EarlierPost, s.Earlier, s.Because.Round)
	if s.VotesIgnored > 0 {
		out += fmt.Sprintf("; %d votes for them not counted", s.VotesIgnored)
	}
	return out
}

// TallyInOrder tallies the elections of one conference in the order the
// record gives them (at PP-22: SG, DSG, then the Directors of BR, TSB and
// BDT, then Council and Board) and says who stood down. Once a Member
// State's national is elected to one of the five elected-official posts,
// that State's candidates for the later elected-official posts stand down
// before the first round (CS No. 62). Votes a stood-down candidate still got
// in a later round are not counted for them: they count as invalid ballots,
// so they are left out of the valid votes the majority is computed from, and
// [CheckOutcome] warns (election.outcome.stood_down). Council and Board
// elections are tallied as they stand: CS No. 62 makes no one stand down
// there, and a Board member of an elected official's nationality is the
// error election.outcome.nationality.
//
// The record is checked as [CheckOutcome] checks it: when any election
// breaks a rule that is an error, TallyInOrder returns the
// *[itu.ValidationError] and no outcome.
func TallyInOrder(es []Election, opts ...itu.Option) (ConferenceOutcome, error) {
	if err := check.Result(CheckOutcome(es, opts...)); err != nil {
		return ConferenceOutcome{}, err
	}
	valid := make([]bool, len(es))
	for i := range valid {
		valid[i] = true
	}
	return tallyInOrder(es, valid), nil
}

// tallyInOrder tallies es in order, with the stand-downs of CS No. 62; an
// election not marked valid is not tallied (its Outcome is zero) and elects
// nobody, so no one stands down because of it.
func tallyInOrder(es []Election, valid []bool) ConferenceOutcome {
	type seat struct {
		w    Winner
		post itu.Post
		i    int
	}
	elected := map[itu.StateCode]seat{} // the first official elected of each nationality
	out := ConferenceOutcome{Elections: make([]Outcome, len(es))}
	for i, e := range es {
		if !valid[i] {
			continue
		}
		if !e.Post.IsElectedOfficial() {
			out.Elections[i] = tally(e)
			continue
		}
		var down map[itu.StateCode]bool
		for _, c := range e.Candidates {
			p, ok := elected[c.MemberState]
			if !ok || down[c.MemberState] {
				continue
			}
			if down == nil {
				down = map[itu.StateCode]bool{}
			}
			down[c.MemberState] = true
			n := 0
			for _, r := range e.Rounds {
				n += clampCount(r.Votes[c.MemberState])
			}
			out.StoodDown = append(out.StoodDown, StandDown{Election: i, Post: e.Post, Candidate: c,
				Earlier: p.i, EarlierPost: p.post, Because: p.w, VotesIgnored: n})
		}
		o := tallyWithout(e, down)
		out.Elections[i] = o
		for _, w := range o.Elected {
			if _, dup := elected[w.Candidate.MemberState]; !dup {
				elected[w.Candidate.MemberState] = seat{w, e.Post, i}
			}
		}
	}
	return out
}

// tallyWithout tallies e, already checked, with the candidates of the Member
// States in down standing down before the first round: they are never
// standing, and their votes in any round count as invalid ballots.
func tallyWithout(e Election, down map[itu.StateCode]bool) Outcome {
	if len(down) == 0 {
		return tally(e)
	}
	k := newCounter(e)
	for s := range down {
		k.withdrawn[s] = 1
	}
	for _, r := range e.Rounds {
		r = roundWithout(r, down)
		k.withdraw(r.Withdrawn)
		k.count(r)
	}
	return k.outcome()
}

// roundWithout returns r with the votes of the Member States in down moved to
// its invalid ballots (and out of its valid ballots when recorded), leaving
// r's own map untouched.
func roundWithout(r Round, down map[itu.StateCode]bool) Round {
	moved := 0
	for s := range down {
		moved += clampCount(r.Votes[s])
	}
	if moved == 0 {
		return r
	}
	votes := maps.Clone(r.Votes)
	for s := range down {
		delete(votes, s)
	}
	r.Votes = votes
	r.Invalid = clampCount(r.Invalid) + moved
	if r.ValidBallots > 0 {
		r.ValidBallots = max(clampCount(r.ValidBallots)-moved, 0)
	}
	return r
}
