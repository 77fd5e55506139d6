// Package election is the ITU's election rulebook in code: Plenipotentiary
// Conferences and their candidature deadlines, terms of office and
// re-eligibility, the admissibility of candidacies, and ballots, rounds and
// seats by region, with the ITU's own arithmetic.
//
// # What is modelled, and from which text
//
// The governing texts are the ITU Constitution (CS) Art. 9, "Principles
// relating to elections" (Nos 61-63), the Convention (CV) Art. 2, "Elections
// and related matters" (Nos 7, 13 and 20), and the General Rules of
// conferences (GR), No. 170 on the candidature deadline. Facts about
// particular conferences (dates, seats, terms) cite the ITU page or press
// release they come from (data/conferences.json, see [Conferences]); every rule's legal source
// is in RULES.md.
//
//   - [Conference]: when and where a Plenipotentiary Conference meets, what it
//     elects, seats per region on the Council and the Radio Regulations Board,
//     and the terms of office it sets. Seats are data per conference, never
//     global (46 Council seats after PP-06, 48 since PP-10). [Conferences] and
//     [LookupConference] give every conference from PP-94 (Kyoto) to PP-26
//     (Doha) with only the facts of the embedded data file, each with its
//     source and confidence; unknown fields are zero (see [Conferences]).
//   - The candidature deadline, General Rules (GR) No. 170: candidatures reach
//     the Secretary-General by 23:59 Geneva time on the 28th day before the
//     conference opens. [Conference.Deadline] is that exact instant in
//     Europe/Zurich (CET or CEST as in force that day; the tz data is embedded),
//     unless the conference sets DeadlineOverride. Earlier conferences had
//     other rules ([DeadlineRule]): PP-98 and PP-02 closed candidatures during
//     the conference, at 18:00 local time; PP-06 on a fixed day, 9 October 2006.
//   - Terms and re-eligibility, Convention (CV) Art. 2: elected officials (CV
//     No. 13) and Board members (CV No. 20) are eligible for re-election once
//     only, so at most [MaxTerms] terms in one post; another post is open to
//     them; Council Member States have no limit (CV No. 7). [MayStand] answers
//     "may this person stand for this post at this conference", with a [Reason].
//   - Admissibility: [Conference.CheckCandidacy] and [Conference.CheckCandidacies]
//     add to a candidacy's own rules (package candidacy: the candidate is a
//     national of the proposing Member State, Constitution (CS) No. 62; the
//     proposer is a Member State on the proposal date; one Board candidate per
//     Member State, CS No. 63) the conference's: the deadline, and a post the
//     conference elects.
//   - Ballots: an [Election] holds its [Candidate] list and [Round] counts.
//     The required majority is more than half of the valid votes, blank and
//     invalid ballots excluded: floor(V/2)+1 ([Round.RequiredMajority]; PP-06
//     and PP-98 procedures; PP-22 Secretary-General: 164 valid votes, majority
//     83). A round elects whoever reaches it; rounds follow, with withdrawals
//     between them, until the seats are filled. [Election.Tally] computes the
//     [Outcome].
//   - The outcome of a conference, CS Art. 9 No. 62: the elected officials and
//     Board members are all nationals of different Member States
//     ([CheckOutcome], and [Conference.Check] for a record with elections).
//     The elections are held in the record's order (SG, DSG, the Directors);
//     once a State's national is elected to one of those posts, its
//     candidates for the later ones stand down ([TallyInOrder] says who, in
//     which election and why).
//     CS No. 61 (equitable distribution of Council seats among the regions) is
//     why Council and Board seats are filled region by region.
//
// # Options, not facts
//
// The current GR text on the following could not be confirmed, so each is an
// explicit [Procedure] option of an election, with a documented default, and
// never a silent guess:
//
//   - How a multi-seat round (Council, Board) fills its seats: [Majority] (the
//     default: candidates reaching the majority of valid ballots, most votes
//     first, up to the open seats; the rest go to later rounds) or
//     [Plurality] (most votes, majority or not).
//   - Elimination after the third round: Procedure.RunoffAfter, zero (no
//     limit) by default.
//   - Ties for the last open seats: [TieOpen] (the default: the seats stay open
//     for a further round) or [TieLots] (a recorded draw by lot decides).
//
// Other modelling choices: rounds name candidates by their Member State, so
// the candidates of one election come from different Member States; a
// candidature received on the deadline day (a Geneva date) is on time; a term
// counts against the limit whatever its length.
//
// # Example
//
//	e := election.Election{Conference: "PP-22", Post: itu.SecretaryGeneral,
//		Candidates: []election.Candidate{{Name: "Doreen Bogdan-Martin", MemberState: "USA"}, {Name: "Rashid Ismailov", MemberState: "RUS"}},
//		Rounds: []election.Round{{Number: 1, Votes: map[itu.StateCode]int{"USA": 139, "RUS": 25}}}}
//	o, err := e.Tally() // o.Elected[0]: Bogdan-Martin, round 1, 139 votes, majority 83
package election
