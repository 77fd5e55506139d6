package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/election"
	"github.com/plenipot/itu/strictjson"
)

var tallyCmd = &command{
	name:    "tally",
	args:    "[--format text|json] FILE",
	summary: "compute an election's outcome from its rounds and print it",
	detail: `FILE ("-" for standard input) holds one payload of kind "election". tally
checks it as 'itu validate' does, then counts its rounds in order under its
procedure (election.Election.Tally) and prints, per round, the valid votes,
the required majority (more than half of the valid votes; blank and invalid
ballots are not counted), the figures the ITU published (required majority,
present and voting) when the record has them, beside the computed ones, with
DISAGREE and the warning's code where they differ (the tally then uses the
arithmetic), the candidates tied at the top of a round that elects nobody,
and who reached the majority, then who is elected and any seats still open. An invalid election is not counted: its violations are
printed as by validate and the exit status is 1.

--format json prints the same as {"file", "rounds": [...], "outcome": {"seats",
"elected", "open", "tied"}}. Each round is {"number", "valid_votes",
"required_majority" (left out when not known), "blank", "invalid",
"withdrawn", "votes": [{"member_state", "name", "votes"}] (most first),
"leading" (the most votes; several when tied at the top), "reached",
"elected", "published"}; "published", left out when the record has no
published figure, sets each published figure beside the computed one:
{"majority": {...}, "present_and_voting": {...}}, each {"published",
"computed" (left out when the counts cannot give it), "verdict", "code"}.
The verdict is "agree", "disagree" (then "code" is the warning's code and the
tally uses the computed figure), "used_as_published" (a majority the counts
cannot give) or "majority_base" (those present and voting of a multi-seat
round without a count of valid ballots, the base of its majority).
`,
	run: runTally,
}

// roundResult is what one round did, as tally reports it.
type roundResult struct {
	Number    int             `json:"number"`
	Valid     int             `json:"valid_votes"`
	Majority  int             `json:"required_majority,omitzero"` // zero under plurality or when not known
	Blank     int             `json:"blank,omitzero"`
	Invalid   int             `json:"invalid,omitzero"`
	Withdrawn []itu.StateCode `json:"withdrawn"`
	Votes     []vote          `json:"votes"`   // the votes of this round, most first
	Leading   []itu.StateCode `json:"leading"` // the most votes: several when tied at the top
	Reached   []itu.StateCode `json:"reached"` // reached the required majority
	Elected   []itu.StateCode `json:"elected"`
	Published *published      `json:"published,omitzero"` // nil when the record publishes no figure
}

// vote is one candidate's votes in a round.
type vote struct {
	cand  election.Candidate
	State itu.StateCode `json:"member_state"`
	Name  string        `json:"name,omitzero"`
	N     int           `json:"votes"`
}

// newVote returns c's n votes.
func newVote(c election.Candidate, n int) vote {
	return vote{cand: c, State: c.MemberState, Name: validUTF8(string(c.Name)), N: n}
}

// published sets the figures the ITU published for a round beside those
// computed from its counts.
type published struct {
	Majority         *figure `json:"majority,omitzero"`
	PresentAndVoting *figure `json:"present_and_voting,omitzero"`
}

// The verdicts on a published figure.
const (
	verdictAgree    = "agree"
	verdictDisagree = "disagree"          // the tally uses the computed figure
	verdictAsIs     = "used_as_published" // a majority the counts cannot give
	verdictBase     = "majority_base"     // present and voting, the base of a multi-seat majority
)

// figure is one published figure beside the one computed from the counts:
// the required majority, or the ballots counted for those present and
// voting.
type figure struct {
	Published int    `json:"published"`
	Computed  int    `json:"computed,omitzero"` // zero when the counts cannot give it
	Verdict   string `json:"verdict"`
	Code      string `json:"code,omitzero"` // the warning, when they disagree
	then      string // what the tally does when they disagree
}

func runTally(e *env, c *command, args []string) int {
	fs := newFlags(c)
	format := newChoice("text", "json")
	fs.Var(format, "format", "output `FORMAT`: text or json")
	pos, code, ok := e.parse(c, fs, args, 1, 1)
	if !ok {
		return code
	}
	r, rec := e.checkFile(pos[0], itu.KindElection, nil)
	if r.unreadable() {
		e.errorf("itu: %s: %s", r.File, r.Error)
		return exitUsage
	}
	if !r.Valid {
		for _, v := range r.Violations {
			e.println(violationLine(r.File, v))
		}
		e.printf("%s: invalid election; not counted", r.File)
		return exitInvalid
	}
	el, isElection := rec.(*election.Election)
	if !isElection {
		e.errorf("itu: %s: kind %q decodes as %T, not an election", r.File, itu.KindElection, rec)
		return exitUsage
	}
	out, err := el.Tally()
	if err != nil {
		for _, v := range itu.Violations(err) {
			e.println(violationLine(r.File, v))
		}
		e.printf("%s: invalid election; not counted", r.File)
		return exitInvalid
	}
	rounds := roundResults(*el, out)
	if format.val == "json" {
		doc := struct {
			File    string           `json:"file"`
			Rounds  []roundResult    `json:"rounds"`
			Outcome election.Outcome `json:"outcome"`
		}{validUTF8(r.File), rounds, out}
		b, err := strictjson.Encode(doc)
		if err != nil {
			e.errorf("itu: %s", err)
			return exitUsage
		}
		e.stdout.Write(escapeJSON(b))
		return exitOK
	}
	printTally(e, *el, rounds, out)
	return exitOK
}

// roundResults lists, round by round, the votes, the majority, who reached it
// and who was elected, as out (the tally of el) says.
func roundResults(el election.Election, out election.Outcome) []roundResult {
	rounds := make([]roundResult, 0, len(el.Rounds))
	flags := disagreements(el)
	for i, r := range el.Rounds {
		rr := roundResult{Number: r.Number, Valid: r.VotesCast(), Blank: r.Blank, Invalid: r.Invalid, Withdrawn: slices.Clone(r.Withdrawn),
			Votes: []vote{}, Leading: []itu.StateCode{}, Reached: []itu.StateCode{}, Elected: []itu.StateCode{}, Published: publishedOf(el, i, flags)}
		if rr.Withdrawn == nil {
			rr.Withdrawn = []itu.StateCode{}
		}
		if r.ValidBallots > 0 {
			rr.Valid = r.ValidBallots
		}
		if el.Procedure.Method != election.Plurality {
			// Zero when nothing fixes it (a multi-seat round published with
			// votes only): the tally fills seats by votes and says so.
			rr.Majority, _ = el.RequiredMajority(i)
		}
		for _, c := range el.Candidates {
			if n, ok := r.Votes[c.MemberState]; ok {
				rr.Votes = append(rr.Votes, newVote(c, n))
			}
		}
		for s, n := range r.Votes {
			if _, ok := el.Candidate(s); !ok {
				rr.Votes = append(rr.Votes, newVote(election.Candidate{MemberState: s}, n))
			}
		}
		slices.SortStableFunc(rr.Votes, func(a, b vote) int { return b.N - a.N })
		for _, v := range rr.Votes {
			if v.N > 0 && v.N == rr.Votes[0].N {
				rr.Leading = append(rr.Leading, v.State)
			}
			if rr.Majority > 0 && v.N >= rr.Majority {
				rr.Reached = append(rr.Reached, v.cand.MemberState)
			}
		}
		for _, w := range out.Elected {
			if w.Round == r.Number {
				rr.Elected = append(rr.Elected, w.Candidate.MemberState)
			}
		}
		rounds = append(rounds, rr)
	}
	return rounds
}

// printTally writes the tally as text.
func printTally(e *env, el election.Election, rounds []roundResult, out election.Outcome) {
	head := fmt.Sprintf("%s, %s", el.Conference, el.Post.Name())
	if el.Region != "" {
		head += ", region " + string(el.Region)
	}
	e.printf("%s: %s, %s", head, plural(out.Seats, "seat"), plural(len(el.Candidates), "candidate"))
	for i, rr := range rounds {
		r := el.Rounds[i]
		if len(rr.Withdrawn) > 0 {
			e.printf("Withdrawn before round %d: %s", rr.Number, candidateNames(el, rr.Withdrawn))
		}
		var extra []string
		if r.Blank > 0 {
			extra = append(extra, fmt.Sprintf("%d blank", r.Blank))
		}
		if r.Invalid > 0 {
			extra = append(extra, fmt.Sprintf("%d invalid", r.Invalid))
		}
		notCounted := ""
		if len(extra) > 0 {
			notCounted = " (" + strings.Join(extra, ", ") + " not counted)"
		}
		switch {
		case rr.Majority > 0:
			// A multi-seat round without a count of valid ballots has votes,
			// not valid ballots: a ballot may name several candidates.
			noun := "valid vote"
			if el.SeatCount() > 1 && r.ValidBallots == 0 {
				noun = "vote"
			}
			e.printf("Round %d: %s%s; required majority %d", rr.Number, plural(rr.Valid, noun), notCounted, rr.Majority)
		case el.Procedure.Method != election.Plurality:
			e.printf("Round %d: %s%s; required majority not known (no count of valid ballots published): seats filled by votes", rr.Number, plural(rr.Valid, "vote"), notCounted)
		default:
			e.printf("Round %d: %s%s; most votes win (plurality)", rr.Number, plural(rr.Valid, "valid vote"), notCounted)
		}
		for _, line := range publishedLines(rr.Published) {
			e.println(line)
		}
		if len(rr.Leading) > 1 && len(rr.Elected) == 0 {
			e.printf("  tied at the top: %s", candidateNames(el, rr.Leading))
		}
		width := 1
		for _, v := range rr.Votes {
			width = max(width, len(strconv.Itoa(v.N)))
		}
		for _, v := range rr.Votes {
			mark := ""
			switch {
			case slices.Contains(rr.Elected, v.cand.MemberState):
				mark = "elected"
			case slices.Contains(rr.Reached, v.cand.MemberState):
				mark = "reached the majority"
			}
			e.printf("  %*d  %s%s", width, v.N, candidateName(v.cand), suffix(mark))
		}
	}
	if len(out.Elected) == 0 {
		e.println("Elected: nobody")
	}
	for _, win := range out.Elected {
		e.printf("Elected: %s, round %d, %s", candidateName(win.Candidate), win.Round, plural(win.Votes, "vote"))
	}
	if out.Open > 0 {
		open := fmt.Sprintf("Open: %s still to fill", plural(out.Open, "seat"))
		if len(out.Tied) > 0 {
			open += "; tied in the last round: " + candidateNames(el, out.Tied)
		}
		e.println(open)
	}
}

// disagreements returns, by path ("/rounds/0/majority"), the code of the
// warning the library gives when a published figure disagrees with the ITU
// arithmetic: election.round.majority or election.round.present_and_voting.
func disagreements(el election.Election) map[string]string {
	out := map[string]string{}
	for _, v := range el.Check() {
		if v.Code == election.RuleRoundMajority.Code || v.Code == election.RuleRoundPresent.Code {
			out[v.Path] = v.Code
		}
	}
	return out
}

// publishedOf sets the figures the ITU published for round i of el (the
// required majority, those present and voting), when the record has them,
// beside the figures computed from its counts, and flags each disagreement
// with the library's warning code, from flags (see [disagreements]). It
// returns nil when the round publishes neither figure.
func publishedOf(el election.Election, i int, flags map[string]string) *published {
	r := el.Rounds[i]
	if r.Majority <= 0 && r.PresentAndVoting <= 0 {
		return nil
	}
	judge := func(field string, f *figure, then string) *figure {
		f.Verdict = verdictAgree
		if code, ok := flags[fmt.Sprintf("/rounds/%d/%s", i, field)]; ok {
			f.Verdict, f.Code, f.then = verdictDisagree, code, then
		}
		return f
	}
	var p published
	if r.Majority > 0 {
		if n, ok := el.ComputedMajority(i); ok {
			p.Majority = judge("majority", &figure{Published: r.Majority, Computed: n}, fmt.Sprintf("the tally uses %d", n))
		} else {
			p.Majority = &figure{Published: r.Majority, Verdict: verdictAsIs}
		}
	}
	if n := r.PresentAndVoting; n > 0 {
		spoilt := r.Blank + r.Invalid
		switch {
		case el.SeatCount() <= 1:
			p.PresentAndVoting = judge("present_and_voting", &figure{Published: n, Computed: r.VotesCast() + spoilt}, "the tally counts the votes")
		case r.ValidBallots > 0:
			p.PresentAndVoting = judge("present_and_voting", &figure{Published: n, Computed: r.ValidBallots + spoilt}, "the tally counts the valid ballots")
		default:
			p.PresentAndVoting = &figure{Published: n, Verdict: verdictBase}
		}
	}
	return &p
}

// publishedLines writes the published figures of a round as text, each
// beside the computed one, a disagreement flagged with its warning's code.
func publishedLines(p *published) []string {
	if p == nil {
		return nil
	}
	verdict := func(f *figure) string {
		if f.Verdict == verdictDisagree {
			return fmt.Sprintf("DISAGREE [%s]; %s", f.Code, f.then)
		}
		return f.Verdict
	}
	var out []string
	if f := p.Majority; f != nil {
		if f.Verdict == verdictAsIs {
			out = append(out, fmt.Sprintf("  published majority %d, not computable from the counts: used as published", f.Published))
		} else {
			out = append(out, fmt.Sprintf("  published majority %d, computed %d: %s", f.Published, f.Computed, verdict(f)))
		}
	}
	if f := p.PresentAndVoting; f != nil {
		if f.Verdict == verdictBase {
			out = append(out, fmt.Sprintf("  published %d present and voting: with the blank and invalid ballots taken out, the base of the majority (no count of valid ballots)", f.Published))
		} else {
			out = append(out, fmt.Sprintf("  published %d present and voting, %s counted: %s", f.Published, plural(f.Computed, "ballot"), verdict(f)))
		}
	}
	return out
}

func suffix(mark string) string {
	if mark == "" {
		return ""
	}
	return "  — " + mark
}

// candidateNames lists the candidates of el proposed by ss.
func candidateNames(el election.Election, ss []itu.StateCode) string {
	out := make([]string, len(ss))
	for i, s := range ss {
		c, ok := el.Candidate(s)
		if !ok {
			c = election.Candidate{MemberState: s}
		}
		out[i] = candidateName(c)
	}
	return strings.Join(out, ", ")
}

// candidateName returns "Doreen Bogdan-Martin (USA)", or for a Member State
// standing itself, "Romania (ROU)".
func candidateName(c election.Candidate) string {
	if c.Name == "" {
		if name := c.MemberState.Name(); name != "" && name != string(c.MemberState) {
			return name + " (" + string(c.MemberState) + ")"
		}
	}
	return c.String()
}
