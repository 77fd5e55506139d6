package election

import (
	"slices"

	"github.com/plenipot/itu"
)

// Outcome is who an election elected, round by round, and what is left.
type Outcome struct {
	Seats   int             `json:"seats"`            // seats to fill
	Elected []Winner        `json:"elected,omitzero"` // in the order elected
	Open    int             `json:"open"`             // seats still open after the last round
	Tied    []itu.StateCode `json:"tied,omitzero"`    // tied for the open seats in the last round
}

// Decided reports whether every seat is filled.
func (o Outcome) Decided() bool { return o.Open == 0 }

// Winner is one candidate elected: in which round, with how many votes, and
// the required majority of that round (zero under [Plurality]).
type Winner struct {
	Candidate Candidate `json:"candidate"`
	Round     int       `json:"round"`
	Votes     int       `json:"votes"`
	Majority  int       `json:"majority,omitzero"`
}

// Tally counts e's rounds in order under e's [Procedure] and returns who is
// elected. Each round elects, most votes first, the standing candidates who
// reach its required majority (under [Majority], as
// [Election.RequiredMajority] gives it; a multi-seat round whose majority
// nothing fixes is filled by votes) or who got the most votes (under
// [Plurality]), up to the seats still open; a tie for the last open seats
// follows the procedure's [TieBreak]. Published figures that disagree with
// the arithmetic are warnings and do not stop the tally. An invalid election
// gives the *[itu.ValidationError] of [Election.Validate] and no outcome.
func (e Election) Tally() (Outcome, error) {
	if err := e.Validate(); err != nil {
		return Outcome{}, err
	}
	return tally(e), nil
}

// tally replays the rounds of an election already checked.
func tally(e Election) Outcome {
	k := newCounter(e)
	for _, r := range e.Rounds {
		k.withdraw(r.Withdrawn)
		k.count(r)
	}
	return k.outcome()
}

// counter replays the rounds of one election. Check uses it too, so the rules
// on who may be voted for in a round see exactly what Tally sees.
type counter struct {
	e         Election
	index     map[itu.StateCode]int // each Member State's first candidate
	open      int
	elected   []Winner
	electedIn map[itu.StateCode]int  // the round that elected each winner
	withdrawn map[itu.StateCode]int  // the round each withdrawal came before
	runoff    map[itu.StateCode]bool // nil: no runoff limit in force
	tied      []itu.StateCode        // tied for open seats in the last round counted, not elected
	group     []itu.StateCode        // tied at the cut-off in the last round counted, elected or not
	rounds    int                    // rounds counted
	wantOneOf string                 // the candidates, listed once for messages
}

func newCounter(e Election) *counter {
	k := &counter{e: e, open: max(e.SeatCount(), 1), index: make(map[itu.StateCode]int, len(e.Candidates)), electedIn: map[itu.StateCode]int{}, withdrawn: map[itu.StateCode]int{}}
	for i, c := range e.Candidates {
		if _, dup := k.index[c.MemberState]; !dup {
			k.index[c.MemberState] = i
		}
	}
	return k
}

// withdraw records the withdrawals before the next round.
func (k *counter) withdraw(ss []itu.StateCode) {
	for _, s := range ss {
		if k.withdrawn[s] == 0 {
			k.withdrawn[s] = k.rounds + 1
		}
	}
}

// standing reports whether s may receive votes now, and why not: "not a
// candidate", "withdrawn", "elected", "eliminated" (outside the runoff) or ""
// when standing.
func (k *counter) standing(s itu.StateCode) string {
	switch _, ok := k.index[s]; {
	case !ok:
		return "not a candidate"
	case k.withdrawn[s] > 0:
		return "withdrawn"
	case k.electedIn[s] > 0:
		return "elected"
	case k.runoff != nil && !k.runoff[s]:
		return "eliminated"
	}
	return ""
}

type score struct {
	cand  Candidate
	votes int
}

// ranked returns the standing candidates with their votes in r, most votes
// first; equal votes keep the order of the candidate list.
func (k *counter) ranked(r Round) []score {
	out := make([]score, 0, len(k.index))
	for i, c := range k.e.Candidates {
		if k.index[c.MemberState] == i && k.standing(c.MemberState) == "" {
			out = append(out, score{c, clampCount(r.Votes[c.MemberState])})
		}
	}
	slices.SortStableFunc(out, func(a, b score) int { return b.votes - a.votes })
	return out
}

// count counts round r: it elects, records a tie and, after round
// RunoffAfter, fixes the runoff list.
func (k *counter) count(r Round) {
	// The round's own number, as the ITU numbered it (a record may start at a
	// later round), kept increasing whatever a misnumbered record says.
	k.rounds = max(k.rounds+1, min(r.Number, maxRounds))
	k.tied, k.group = nil, nil
	if k.open <= 0 {
		return
	}
	ranked := k.ranked(r)
	majority := 0
	if k.e.Procedure.method() == Majority {
		majority = k.majority(r) // 0, filling seats by votes, when unknown
	}
	var qual []score
	for _, s := range ranked {
		if s.votes >= max(majority, 1) {
			qual = append(qual, s)
		}
	}
	win := qual
	if len(qual) > k.open && qual[k.open].votes == qual[k.open-1].votes {
		cut := qual[k.open-1].votes
		above := slices.IndexFunc(qual, func(s score) bool { return s.votes == cut })
		end := above
		for end < len(qual) && qual[end].votes == cut {
			end++
		}
		picked := k.breakTie(r, qual[above:end], k.open-above)
		win = append(slices.Clip(qual[:above]), picked...)
		won := make(map[itu.StateCode]bool, len(picked))
		for _, s := range picked {
			won[s.cand.MemberState] = true
		}
		for _, s := range qual[above:end] {
			k.group = append(k.group, s.cand.MemberState)
			if !won[s.cand.MemberState] {
				k.tied = append(k.tied, s.cand.MemberState)
			}
		}
	} else if len(qual) > k.open {
		win = qual[:k.open]
	}
	for _, s := range win {
		k.elected = append(k.elected, Winner{Candidate: s.cand, Round: r.Number, Votes: s.votes, Majority: majority})
		k.electedIn[s.cand.MemberState] = k.rounds
		k.open--
	}
	if k.rounds == k.e.Procedure.RunoffAfter && k.open > 0 {
		ranked := k.ranked(r)
		n := len(ranked) // 2×open, computed without overflow: at most all of them
		if k.open <= n/2 {
			n = 2 * k.open
		}
		k.runoff = leaders(ranked, n)
	}
}

// majority returns the required majority of round r, as
// [Election.RequiredMajority] gives it, or 0 when it is unknown.
func (k *counter) majority(r Round) int {
	if n, ok := k.e.computedMajority(r); ok {
		return n
	}
	return clampCount(r.Majority)
}

// breakTie returns which of the tied group fill the seats left, under the
// procedure's tie rule: none under TieOpen, the first seats of r.Lots under TieLots.
func (k *counter) breakTie(r Round, group []score, seats int) []score {
	if k.e.Procedure.ties() != TieLots {
		return nil
	}
	at := make(map[itu.StateCode]int, len(group)) // each tied candidate's place in group
	for i, g := range group {
		at[g.cand.MemberState] = i
	}
	var out []score
	for _, s := range r.Lots {
		if len(out) >= seats {
			break
		}
		if i, ok := at[s]; ok {
			out = append(out, group[i])
			delete(at, s) // drawn once
		}
	}
	return out
}

// leaders returns the n candidates with the most votes, all those tied at the
// cut-off included: every candidate when n is at least len(ranked), none
// when n is not positive.
func leaders(ranked []score, n int) map[itu.StateCode]bool {
	out := make(map[itu.StateCode]bool, min(max(n, 0), len(ranked)))
	if n <= 0 {
		return out
	}
	n = min(n, len(ranked))
	for i, s := range ranked {
		if i >= n && s.votes < ranked[n-1].votes {
			break
		}
		out[s.cand.MemberState] = true
	}
	return out
}

func (k *counter) outcome() Outcome {
	o := Outcome{Seats: max(k.e.SeatCount(), 1), Elected: k.elected, Open: k.open}
	if k.open > 0 {
		o.Tied = k.tied
	}
	return o
}
