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
arithmetic), and who reached the majority, then who is elected and any
seats still open. An invalid election is not counted: its violations are
printed as by validate and the exit status is 1.

--format json prints {"file", "rounds": [{"number", "valid_votes",
"required_majority", "withdrawn", "reached", "elected"}], "outcome":
{"seats", "elected", "open", "tied"}} instead.
`,
	run: runTally,
}

// roundResult is what one round did, as tally reports it.
type roundResult struct {
	Number    int             `json:"number"`
	Valid     int             `json:"valid_votes"`
	Majority  int             `json:"required_majority,omitzero"` // zero under plurality
	Withdrawn []itu.StateCode `json:"withdrawn"`
	Reached   []itu.StateCode `json:"reached"` // reached the required majority
	Elected   []itu.StateCode `json:"elected"`
	votes     []vote          // the votes of this round, most first
}

// vote is one candidate's votes in a round.
type vote struct {
	cand  election.Candidate
	votes int
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
	for i, r := range el.Rounds {
		rr := roundResult{Number: r.Number, Valid: r.VotesCast(), Withdrawn: slices.Clone(r.Withdrawn), Reached: []itu.StateCode{}, Elected: []itu.StateCode{}}
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
				rr.votes = append(rr.votes, vote{c, n})
			}
		}
		for s, n := range r.Votes {
			if _, ok := el.Candidate(s); !ok {
				rr.votes = append(rr.votes, vote{election.Candidate{MemberState: s}, n})
			}
		}
		slices.SortStableFunc(rr.votes, func(a, b vote) int { return b.votes - a.votes })
		for _, v := range rr.votes {
			if rr.Majority > 0 && v.votes >= rr.Majority {
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
	flags := disagreements(el)
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
		for _, line := range publishedLines(el, i, flags) {
			e.println(line)
		}
		width := 1
		for _, v := range rr.votes {
			width = max(width, len(strconv.Itoa(v.votes)))
		}
		for _, v := range rr.votes {
			mark := ""
			switch {
			case slices.Contains(rr.Elected, v.cand.MemberState):
				mark = "elected"
			case slices.Contains(rr.Reached, v.cand.MemberState):
				mark = "reached the majority"
			}
			e.printf("  %*d  %s%s", width, v.votes, candidateName(v.cand), suffix(mark))
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

// publishedLines sets the figures the ITU published for round i of el (the
// required majority, those present and voting), when the record has them,
// beside the figures computed from its counts, and flags each disagreement
// with the library's warning code.
func publishedLines(el election.Election, i int, flags map[string]string) []string {
	r := el.Rounds[i]
	var out []string
	flag := func(field, agree, disagree string) string {
		if code, ok := flags[fmt.Sprintf("/rounds/%d/%s", i, field)]; ok {
			return fmt.Sprintf("DISAGREE [%s]; %s", code, disagree)
		}
		return agree
	}
	if r.Majority > 0 {
		if n, ok := el.ComputedMajority(i); ok {
			out = append(out, fmt.Sprintf("  published majority %d, computed %d: %s", r.Majority, n,
				flag("majority", "agree", fmt.Sprintf("the tally uses %d", n))))
		} else {
			out = append(out, fmt.Sprintf("  published majority %d, not computable from the counts: used as published", r.Majority))
		}
	}
	if p := r.PresentAndVoting; p > 0 {
		spoilt := r.Blank + r.Invalid
		switch {
		case el.SeatCount() <= 1:
			out = append(out, fmt.Sprintf("  published %d present and voting, %s counted: %s", p, plural(r.VotesCast()+spoilt, "ballot"),
				flag("present_and_voting", "agree", "the tally counts the votes")))
		case r.ValidBallots > 0:
			out = append(out, fmt.Sprintf("  published %d present and voting, %s counted: %s", p, plural(r.ValidBallots+spoilt, "ballot"),
				flag("present_and_voting", "agree", "the tally counts the valid ballots")))
		default:
			out = append(out, fmt.Sprintf("  published %d present and voting: with the blank and invalid ballots taken out, the base of the majority (no count of valid ballots)", p))
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
