package election

import (
	"fmt"
	"slices"
	"strings"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/internal/clip"
)

func init() {
	check.Describe[Years]("a span of years such as \"2023-2026\"")
	check.Describe[Method]("a counting method: majority or plurality")
	check.Describe[TieBreak]("a tie rule: open or lots")
	check.Describe[DeadlineRule]("a deadline rule: gr170, fixed, in_conference or unknown")
}

// conferenceRules runs the cross-field rules of a conference record at base.
func conferenceRules(r *check.Report, base string, c Conference, opts []itu.Option) {
	r.Kind(check.Path(base, "kind"), c.Kind, itu.KindConference)
	conferenceFactRules(r, base, c)
	tenureRules(r, check.Path(base, "officials_term"), c.OfficialsTerm, c.Opening)
	tenureRules(r, check.Path(base, "board_term"), c.BoardTerm, c.Opening)
	v := venueOf(c)
	if len(c.Candidacies) > 0 {
		r.Append(check.Path(base, "candidacies"), checkCandidacies(c.Candidacies, v, opts)...)
		termLimitRules(r, check.Path(base, "candidacies"), c, v)
	}
	valid := make([]bool, len(c.Elections))
	for i, e := range c.Elections {
		path := check.Path(base, "elections", i)
		vs := e.Check(opts...)
		valid[i] = check.Result(vs) == nil
		r.Append(path, vs...)
		electionAtConferenceRules(r, path, e, v)
	}
	outcomeRules(r, check.Path(base, "elections"), c.Elections, valid)
	vacancyRules(r, check.Path(base, "vacancies"), c, valid)
}

// conferenceFactRules: dates in order, deadline before the opening, posts once.
func conferenceFactRules(r *check.Report, base string, c Conference) {
	if !c.Closing.IsZero() && c.Closing.Before(c.Opening) {
		r.Add(RuleConferenceDates, check.Path(base, "closing"), "closes on %s, before it opens on %s; want %s or later", c.Closing, c.Opening, c.Opening)
	}
	conferenceDeadlineRules(r, base, c)
	sizeRules(r, base, c)
	first := map[itu.Post]int{}
	for i, p := range c.Posts {
		if j, dup := first[p]; dup {
			r.Add(RuleConferencePosts, check.Path(base, "posts", i), "post %q is listed twice (also at %d); list each post once", p, j)
			continue
		}
		first[p] = i
	}
}

// sizeRules: the Council at most 25% of the Member States (CV No. 50A), the
// Board at most twelve or 6% of them, whichever is greater (CS No. 93A), both
// counted on the opening day. Unknown seats are not checked.
func sizeRules(r *check.Report, base string, c Conference) {
	if !c.Opening.IsValid() || c.Opening.IsZero() {
		return
	}
	n := memberCount(c.Opening)
	if got, most := c.CouncilSeats.Total(), MaxCouncilSeats(n); got > most {
		r.Add(RuleCouncilSize, check.Path(base, "council_seats"), "%d Council seats, more than 25%% of the %d Member States on %s (CV No. 50A); want at most %d", got, n, c.Opening, most)
	}
	if got, most := c.BoardSeats.Total(), MaxBoardSeats(n); got > most {
		r.Add(RuleBoardSize, check.Path(base, "board_seats"), "%d Board seats, more than twelve or 6%% of the %d Member States on %s, whichever is greater (CS No. 93A); want at most %d", got, n, c.Opening, most)
	}
}

// conferenceDeadlineRules: a deadline set by hand falls before the opening or, under
// DeadlineInConference, during the conference, on its local calendar.
func conferenceDeadlineRules(r *check.Report, base string, c Conference) {
	d := c.DeadlineOverride
	if d.IsZero() || !c.Opening.IsValid() {
		return
	}
	path, at := check.Path(base, "deadline_override"), d.Format("2006-01-02 15:04 MST")
	if c.DeadlineRule.inForce() != DeadlineInConference {
		if !d.Before(c.Opening.In(geneva())) {
			r.Add(RuleConferenceDeadline, path, "deadline %s is not before the opening on %s; candidatures close before a conference opens (GR No. 170 sets 23:59 Geneva time on %s)",
				at, c.Opening, c.Opening.AddDays(-DeadlineDays))
		}
		return
	}
	switch day := civil.DateOf(d); {
	case day.Before(c.Opening):
		r.Add(RuleConferenceDeadline, path, "deadline %s falls before the opening on %s, but the deadline rule is %q; want a deadline during the conference, or deadline_rule \"fixed\"", at, c.Opening, DeadlineInConference)
	case c.Closing.IsValid() && !c.Closing.IsZero() && c.Closing.Before(day):
		r.Add(RuleConferenceDeadline, path, "deadline %s falls after the closing on %s; want a deadline during the conference", at, c.Closing)
	}
}

// tenureRules: a term of office starts in its first year, and not before the opening.
func tenureRules(r *check.Report, base string, t Tenure, opening civil.Date) {
	switch {
	case !t.Start.IsZero() && !t.Years.IsZero() && t.Start.Year != t.Years.First:
		r.Add(RuleConferenceTerm, check.Path(base, "start"), "starts on %s, outside the first year of %s; want a start in %d", t.Start, t.Years, t.Years.First)
	case !t.Start.IsZero() && opening.IsValid() && t.Start.Before(opening):
		r.Add(RuleConferenceTerm, check.Path(base, "start"), "starts on %s, before the conference opens on %s; want a start after the election", t.Start, opening)
	case t.Start.IsZero() && t.Years.IsValid() && opening.IsValid() && t.Years.First < opening.Year:
		r.Add(RuleConferenceTerm, check.Path(base, "years"), "years %s begin before the conference opens in %d; want a first year of %d or later", t.Years, opening.Year, opening.Year)
	}
}

// electionAtConferenceRules: an election inside a conference names it, is for
// a post it elects, and fills the seats it gives the region.
func electionAtConferenceRules(r *check.Report, base string, e Election, v *venue) {
	c := v.c
	if v.mismatch(e.Conference, maxConferenceCode) {
		r.Add(RuleConferenceMismatch, check.Path(base, "conference"), "names conference %q, not %q; want %q", e.Conference, c.Code, c.Code)
	}
	if e.Post.IsValid() && !v.elects[e.Post] {
		r.Add(RulePostNotElected, check.Path(base, "post"), "%s does not elect %q; want one of %s", c.Code, e.Post, v.posts)
		return
	}
	// Seats out of range, the election's or the conference's, are reported
	// by the field rules and compared with nothing.
	if want := v.seatsFor(e.Post, e.Region); e.Regional() && want > 0 && seatsInRange(want) && e.Seats > 0 && seatsInRange(e.Seats) && e.Seats != want {
		r.Add(RuleSeatsMismatch, check.Path(base, "seats"), "fills %d seats, but %s gives Region %s %d %s seats; want %d", e.Seats, c.Code, e.Region, want, e.Post, want)
	}
}

// electionRules runs the cross-field rules of one election at base.
func electionRules(r *check.Report, base string, e Election) {
	r.Kind(check.Path(base, "kind"), e.Kind, itu.KindElection)
	seatRules(r, base, e)
	k := newCounter(e) // indexes the candidates once, for candidateRules and countRules
	candidateRules(r, base, e, k.index)
	countable := e.countable()
	u := unionOn(e.Date, r.Opts.AsOf)
	for i, rd := range e.Rounds {
		countable = roundRules(r, check.Path(base, "rounds", i), i, rd, e, u, countable) && countable
	}
	if countable {
		countRules(r, base, e, k)
	}
}

// seatRules: a regional election names its region and seats; an official's, neither.
func seatRules(r *check.Report, base string, e Election) {
	if !e.Post.IsValid() {
		return
	}
	switch {
	case e.Regional() && e.Region == "":
		r.Add(RuleRegionRequired, check.Path(base, "region"), "an election for %s fills one region's seats; name the region, A to E", e.Post)
	case !e.Regional() && e.Region != "":
		r.Add(RuleRegionUnexpected, check.Path(base, "region"), "an election for %s is not regional, so region %q has no meaning; leave it out", e.Post, e.Region)
	}
	switch {
	case e.Regional() && e.Seats == 0:
		r.Add(RuleSeatsCount, check.Path(base, "seats"), "an election for %s states the seats it fills; want 1 or more", e.Post)
	case !e.Regional() && e.Seats > 1 && seatsInRange(e.Seats):
		r.Add(RuleSeatsCount, check.Path(base, "seats"), "an election for %s fills one post, not %d seats; want 1 or leave it out", e.Post, e.Seats)
	}
}

// candidateRules: distinct Member States, names for person posts, the right
// region. first holds each Member State's first candidate.
func candidateRules(r *check.Report, base string, e Election, first map[itu.StateCode]int) {
	for i, c := range e.Candidates {
		path := check.Path(base, "candidates", i)
		if j := first[c.MemberState]; j < i && c.MemberState != "" {
			r.Add(RuleCandidateDuplicate, check.Path(path, "member_state"), "%s already stands as candidate %d; rounds name candidates by Member State, so each stands once", c.MemberState.Label(), j)
		}
		switch {
		case e.Post == itu.CouncilMember && c.Name != "":
			r.Add(RuleCandidateName, check.Path(path, "name"), "a Council candidate is the Member State itself, not %q; leave name out", c.Name)
		case e.Post.CandidateIsPerson() && c.Name == "":
			r.Add(RuleCandidateName, check.Path(path, "name"), "a candidate for %s is a person; name the candidate proposed by %s", e.Post, c.MemberState.Label())
		}
		if e.Regional() && e.Region.IsValid() {
			candidateRegion(r, check.Path(path, "member_state"), c.MemberState, e.Region)
		}
	}
}

// candidateRegion reports a candidate whose registry region is not the election's.
func candidateRegion(r *check.Report, path string, s itu.StateCode, want itu.Region) {
	got, status, differs := s.RegionDiffers(want)
	switch {
	case !differs:
	case status == itu.RegionConfirmed:
		r.Add(RuleCandidateRegion, path, "%s is in Region %s (%s), not Region %s; want a Member State of Region %s", s.Label(), got, got.Name(), want, want)
	default:
		r.Add(RuleCandidateRegionUnconfirmed, path, "the registry places %s in Region %s, not Region %s, but that is %s and not confirmed by an ITU record; check which is right", s.Label(), got, want, status)
	}
}

// roundRules: numbering, counts within bounds, totals, stated majority. It
// reports whether the round can be counted: its counts are in range, its
// lists within their bounds and, when needed, its valid ballots recorded.
// The rules that need the seats run only when the election is countable
// (see [Election.countable]), never on seats already reported.
func roundRules(r *check.Report, base string, i int, rd Round, e Election, u union, replay bool) bool {
	// A published record may start at a later round (the earlier ones not
	// published); from there the rounds run on one by one.
	first := 1
	if len(e.Rounds) > 0 && e.Rounds[0].Number >= 1 && e.Rounds[0].Number <= maxRounds {
		first = e.Rounds[0].Number
	}
	if want := first + i; rd.Number != want {
		r.Add(RuleRoundNumber, check.Path(base, "number"), "round %d of this record is numbered %d; rounds are numbered on from the first (%d) one by one, so want %d", i+1, rd.Number, first, want)
	}
	inRange := countsInRange(r, base, rd, u)
	if !inRange || !replay || len(rd.Votes) > maxCandidates || len(rd.Withdrawn) > maxCandidates || len(rd.Lots) > maxCandidates {
		return false
	}
	totalRules(r, base, rd, e)
	majorityRules(r, base, rd, e)
	return true
}

// majorityRules: a published majority that disagrees with the ITU arithmetic
// is a warning naming both, and the tally uses the arithmetic; a multi-seat
// round counted by majority with nothing to fix its majority is a warning,
// and the tally fills its seats by votes.
func majorityRules(r *check.Report, base string, rd Round, e Election) {
	v, known := e.majorityBase(rd)
	switch {
	case known && rd.Majority > 0 && rd.Majority != v/2+1:
		r.Add(RuleRoundMajority, check.Path(base, "majority"), "published majority %d, but the ITU arithmetic gives floor(%d/2)+1 = %d, more than half of the %d valid votes (blank and invalid excluded); the tally uses %d",
			rd.Majority, v, v/2+1, v, v/2+1)
	case !known && rd.Majority == 0 && e.Procedure.method() == Majority:
		r.Add(RuleRoundBallots, check.Path(base, "valid_ballots"), "a %d-seat round with votes only: no valid ballots, present and voting or published majority, so the majority cannot be checked; the tally fills the seats by votes", e.SeatCount())
	}
}

// union is the size of the Union a round's counts are bounded by: the number
// of Member States on a day, and what that day is.
type union struct {
	states int
	on     string // "on 2022-09-29", "on the as-of date 2022-10-14" or "in the registry"
}

// unionOn returns the Union on the election's date, else on the as-of date,
// else the whole registry (every Member State, including the latest to join).
func unionOn(date, asOf civil.Date) union {
	switch {
	case date.IsValid() && !date.IsZero():
		return union{memberCount(date), "on " + date.String()}
	case asOf.IsValid() && !asOf.IsZero():
		return union{memberCount(asOf), "on the as-of date " + asOf.String()}
	}
	return union{memberCount(civil.Date{}), "in the registry"}
}

// countsInRange reports each count that is negative or above the number of
// Member States of the Union (no count of a round can exceed the delegations
// entitled to vote), and whether all are inside.
func countsInRange(r *check.Report, base string, rd Round, u union) bool {
	ok := true
	bad := func(path string, n int) {
		if n < 0 || n > u.states {
			r.Add(RuleRoundCount, path, "count %d is out of range: the Union had %d Member States %s; want a whole number from 0 to %d", n, u.states, u.on, u.states)
			ok = false
		}
	}
	for _, s := range sortedKeys(rd.Votes) {
		bad(check.Path(base, "votes", string(s)), rd.Votes[s])
	}
	bad(check.Path(base, "blank"), rd.Blank)
	bad(check.Path(base, "invalid"), rd.Invalid)
	bad(check.Path(base, "valid_ballots"), rd.ValidBallots)
	bad(check.Path(base, "present_and_voting"), rd.PresentAndVoting)
	bad(check.Path(base, "majority"), rd.Majority)
	return ok
}

// totalRules: the counts of one round agree with the ballots cast. A
// published present-and-voting figure below the ballots counted is a warning
// naming both: the ITU has published such figures (PP-98 counted 147 ballots,
// one blank, and based the majority on 146).
func totalRules(r *check.Report, base string, rd Round, e Election) {
	cast, p, spoilt := rd.VotesCast(), rd.PresentAndVoting, rd.Blank+rd.Invalid
	if e.SeatCount() <= 1 {
		if rd.ValidBallots > 0 && rd.ValidBallots != cast {
			r.Add(RuleRoundTotals, check.Path(base, "valid_ballots"), "valid ballots %d differ from the %d votes cast; in a single-seat round each valid ballot is one vote, so want %d or leave it out", rd.ValidBallots, cast, cast)
		}
		if p > 0 && cast+spoilt > p {
			r.Add(RuleRoundPresent, check.Path(base, "present_and_voting"), "published %d present and voting, fewer than the %d votes plus %d blank and invalid ballots counted (%d); the tally counts the votes", p, cast, spoilt, cast+spoilt)
		}
		return
	}
	ballots := rd.ValidBallots
	if ballots == 0 && p > 0 {
		ballots = max(p-spoilt, 0)
	}
	if rd.ValidBallots > 0 && p > 0 && rd.ValidBallots+spoilt > p {
		r.Add(RuleRoundPresent, check.Path(base, "present_and_voting"), "published %d present and voting, fewer than the %d valid plus %d blank and invalid ballots counted (%d); the tally counts the valid ballots", p, rd.ValidBallots, spoilt, rd.ValidBallots+spoilt)
	}
	if ballots == 0 {
		return
	}
	for _, s := range sortedKeys(rd.Votes) {
		if v := rd.Votes[s]; v > ballots {
			r.Add(RuleRoundTotals, check.Path(base, "votes", string(s)), "%d votes, more than the %d valid ballots; a ballot names a candidate at most once", v, ballots)
		}
	}
	if seats := e.SeatCount(); cast > ballots*seats {
		r.Add(RuleRoundTotals, check.Path(base, "votes"), "%d votes in all, more than %d valid ballots can give naming at most %d candidates each (%d)", cast, ballots, seats, ballots*seats)
	}
}

// countRules replays the rounds as Tally does: who is voted for or withdraws
// is standing, a draw by lot is for a tie, no round follows the last seat, and
// a record that leaves seats open draws a warning.
func countRules(r *check.Report, base string, e Election, k *counter) {
	for i, rd := range e.Rounds {
		path := check.Path(base, "rounds", i)
		if k.open <= 0 {
			r.Add(RuleRoundExtra, path, "round %d follows round %d, which filled the last seat; remove it", i+1, k.rounds)
			continue
		}
		for j, s := range rd.Withdrawn {
			if why := k.standing(s); why != "" && why != "eliminated" {
				r.Add(RuleRoundStanding, check.Path(path, "withdrawn", j), "%s cannot withdraw before round %d: %s", s.Label(), i+1, k.notStanding(s, why))
			}
		}
		k.withdraw(rd.Withdrawn)
		for _, s := range sortedKeys(rd.Votes) {
			switch why := k.standing(s); why {
			case "":
			case "eliminated":
				r.Add(RuleRoundRunoff, check.Path(path, "votes", string(s)), "%s was not among the leaders of round %d, so it no longer stands; after round %d only the leaders are voted for (procedure runoff_after)", s.Label(), e.Procedure.RunoffAfter, e.Procedure.RunoffAfter)
			default:
				r.Add(RuleRoundStanding, check.Path(path, "votes", string(s)), "%s is not standing in round %d: %s", s.Label(), i+1, k.notStanding(s, why))
			}
		}
		k.count(rd)
		lotRules(r, path, rd, k, e)
	}
	if len(e.Rounds) > 0 && k.open > 0 {
		msg := fmt.Sprintf("after %d %s, %d %s still open out of %d", len(e.Rounds), plural(len(e.Rounds), "round", "rounds"), k.open, plural(k.open, "seat is", "seats are"), k.outcome().Seats)
		if len(k.tied) > 0 {
			msg += fmt.Sprintf(", with %s tied in the last round (procedure ties %q)", codeList(k.tied), e.Procedure.ties())
		}
		r.Add(RuleOutcomeOpen, check.Path(base, "rounds"), "%s; record the further rounds", msg)
	}
}

// notStanding explains why s is not standing.
func (k *counter) notStanding(s itu.StateCode, why string) string {
	switch why {
	case "withdrawn":
		return fmt.Sprintf("withdrawn before round %d", k.withdrawn[s])
	case "elected":
		return fmt.Sprintf("elected in round %d", k.electedIn[s])
	}
	if k.wantOneOf == "" {
		k.wantOneOf = "not a candidate in this election; want one of " + candidateCodes(k.e.Candidates)
	}
	return k.wantOneOf
}

// lotRules: a draw by lot only under TieLots, naming only the tied candidates, once each.
func lotRules(r *check.Report, base string, rd Round, k *counter, e Election) {
	if len(rd.Lots) == 0 {
		return
	}
	if e.Procedure.ties() != TieLots {
		r.Add(RuleRoundLots, check.Path(base, "lots"), "a draw by lot is recorded, but the procedure's tie rule is %q; set procedure ties to \"lots\" or leave lots out", e.Procedure.ties())
		return
	}
	tied := make(map[itu.StateCode]bool, len(k.group))
	for _, s := range k.group {
		tied[s] = true
	}
	drawn := make(map[itu.StateCode]bool, len(rd.Lots))
	for j, s := range rd.Lots {
		switch {
		case drawn[s]:
			r.Add(RuleRoundLots, check.Path(base, "lots", j), "%s is drawn twice; name each tied candidate once", s.Label())
		case !tied[s]:
			r.Add(RuleRoundLots, check.Path(base, "lots", j), "%s was not tied for the open seats in round %d; a draw names only the tied candidates (%s)", s.Label(), rd.Number, codeList(k.group))
		}
		drawn[s] = true
	}
}

func sortedKeys(m map[itu.StateCode]int) []itu.StateCode {
	keys := make([]itu.StateCode, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// maxListed is how many items a message lists before it says how many more
// there are: a list is cut before it is copied or joined, so a message costs
// the same whatever the length of the list.
const maxListed = 10

func candidateCodes(cs []Candidate) string {
	codes := make([]itu.StateCode, 0, min(len(cs), maxListed))
	for _, c := range cs[:min(len(cs), maxListed)] {
		codes = append(codes, c.MemberState)
	}
	return codeList(codes) + more(len(cs)-len(codes))
}

// codeList lists codes as "USA, FRA, BRA", at most maxListed of them, then
// ", … and 180 more".
func codeList(ss []itu.StateCode) string {
	var b strings.Builder
	for i, s := range ss[:min(len(ss), maxListed)] {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(codeText(s))
	}
	return b.String() + more(len(ss)-maxListed)
}

// more says how many items a list left out, or nothing.
func more(n int) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprintf(", … and %d more", n)
}

// codeText returns a code as it is, or a text that is not a code quoted and
// cut by [clip.Quote] before it is copied.
func codeText(s itu.StateCode) string {
	if len(s) <= 3 {
		return string(s)
	}
	return clip.Quote(s)
}

func postList(ps []itu.Post) string {
	if len(ps) == 0 {
		return "none: the conference lists no posts"
	}
	var b strings.Builder
	for i, p := range ps[:min(len(ps), maxListed)] {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(p.String())
	}
	return b.String() + more(len(ps)-maxListed)
}
