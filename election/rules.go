package election

import (
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/rule"
)

// The rules on a conference's own facts, checked by [Conference.Check].
var (
	// RuleConferenceDates: a conference closes on or after the day it opens.
	RuleConferenceDates = rule.Define(itu.Rule{Code: "election.conference.dates", Severity: itu.Error,
		Description: "A conference closes on or after the day it opens.",
		Source:      "consistency"})
	// RuleConferenceDeadline: an overriding deadline falls before the opening.
	RuleConferenceDeadline = rule.Define(itu.Rule{Code: "election.conference.deadline", Severity: itu.Error,
		Description: "A candidature deadline set by hand falls before the conference opens or, when candidatures closed during the conference (deadline_rule in_conference), between its opening and closing days.",
		Source:      "GR No. 170 (candidatures close on the 28th day before the opening); PP-98 and PP-02 election procedures (candidatures closed during the conference)"})
	// RuleConferencePosts: a post is listed once.
	RuleConferencePosts = rule.Define(itu.Rule{Code: "election.conference.posts", Severity: itu.Error,
		Description: "A conference lists each post it elects once.",
		Source:      "consistency"})
	// RuleCouncilSize: the Council has at most 25% of the Member States.
	RuleCouncilSize = rule.Define(itu.Rule{Code: "election.conference.council_size", Severity: itu.Error,
		Description: "A conference's Council seats, all regions together, are at most 25% of the Member States of the Union on its opening day.",
		Source:      "CV No. 50A (the Council is composed of Member States not exceeding 25% of the total number of Member States)"})
	// RuleBoardSize: the Board has at most 12 members or 6% of the Member States, whichever is greater.
	RuleBoardSize = rule.Define(itu.Rule{Code: "election.conference.board_size", Severity: itu.Error,
		Description: "A conference's Radio Regulations Board seats, all regions together, are at most twelve or 6% of the Member States of the Union on its opening day, whichever is greater.",
		Source:      "CS No. 93A (Art. 14 para. 1bis, as amended at Kyoto, 1994)"})
	// RuleConferenceTerm: a term of office starts in its first year, after the conference opens.
	RuleConferenceTerm = rule.Define(itu.Rule{Code: "election.conference.term", Severity: itu.Error,
		Description: "A term of office set by a conference starts in the first of its years, and not before the conference opens.",
		Source:      "CV Nos 13 and 20 (officials and Board members take up their duties on the dates the conference sets)"})
)

// The rules on the candidacies and candidates a conference record holds.
var (
	// RuleConferenceMismatch: a candidacy or election inside a conference record names that conference.
	RuleConferenceMismatch = rule.Define(itu.Rule{Code: "election.conference.mismatch", Severity: itu.Error,
		Description: "A candidacy or election inside a conference record names that conference.",
		Source:      "consistency"})
	// RulePostNotElected: a candidacy or election is for a post the conference elects.
	RulePostNotElected = rule.Define(itu.Rule{Code: "election.post.not_elected", Severity: itu.Error,
		Description: "A candidacy or election is for a post the conference elects.",
		Source:      "CS Nos 54-56 and 61-63 (what a Plenipotentiary Conference elects); conference data"})
	// RuleCandidacyLate: a candidature reached the Secretary-General by the deadline.
	RuleCandidacyLate = rule.Define(itu.Rule{Code: "election.candidacy.late", Severity: itu.Error,
		Description: "A candidature reached the Secretary-General by 23:59 Geneva time on the 28th day before the conference opened.",
		Source:      "GR No. 170"})
	// RuleCandidacyReceived: the receipt date is known, so the deadline can be checked.
	RuleCandidacyReceived = rule.Define(itu.Rule{Code: "election.candidacy.received_unknown", Severity: itu.Warning,
		Description: "A candidacy records the date the Secretary-General received it; without it the deadline cannot be checked.",
		Source:      "GR No. 170"})
	// RuleTermLimit: a candidate has not already served two terms in the post.
	RuleTermLimit = rule.Define(itu.Rule{Code: "election.term.limit", Severity: itu.Error,
		Description: "A candidate for an elected post or the Board has not already served two terms in that post: they are eligible for re-election once only.",
		Source:      "CV No. 13 (elected officials), CV No. 20 (Board members); Council seats have no limit (CV No. 7)"})
)

// The rules on one election, checked by [Election.Check].
var (
	// RuleRegionRequired: a Council or Board election names its region.
	RuleRegionRequired = rule.Define(itu.Rule{Code: "election.region.required", Severity: itu.Error,
		Description: "A Council or Board election names the region whose seats it fills.",
		Source:      "CS Nos 61 and 62 (seats distributed among the regions); conference seats per region"})
	// RuleRegionUnexpected: an election of an official names no region.
	RuleRegionUnexpected = rule.Define(itu.Rule{Code: "election.region.unexpected", Severity: itu.Error,
		Description: "An election of one of the five elected officials names no region: the whole conference elects to one post.",
		Source:      "CS No. 62"})
	// RuleSeatsCount: an official's election fills one seat; a regional one states its seats.
	RuleSeatsCount = rule.Define(itu.Rule{Code: "election.seats.count", Severity: itu.Error,
		Description: "An election of an elected official fills one seat; a Council or Board election states how many seats it fills.",
		Source:      "CS Nos 54-56 and 61-63; seats per region are conference data"})
	// RuleSeatsMismatch: an election fills the seats its conference gives the region.
	RuleSeatsMismatch = rule.Define(itu.Rule{Code: "election.seats.mismatch", Severity: itu.Error,
		Description: "A Council or Board election inside a conference record fills the seats the conference gives that region, when known.",
		Source:      "conference data (Council 9/8/5/13/13 and Board 2/2/2/3/3 at PP-18 and PP-22)"})
	// RuleCandidateDuplicate: the candidates of one election come from different Member States.
	RuleCandidateDuplicate = rule.Define(itu.Rule{Code: "election.candidate.duplicate", Severity: itu.Error,
		Description: "The candidates of one election come from different Member States, which is how rounds name them.",
		Source:      "CS Nos 62 and 63; model: rounds key votes by Member State"})
	// RuleCandidateName: a person post names each candidate; a Council seat names none.
	RuleCandidateName = rule.Define(itu.Rule{Code: "election.candidate.name", Severity: itu.Error,
		Description: "A candidate for an elected post or the Board is a named person; a Council candidate is the Member State and has no name.",
		Source:      "CS Nos 61 and 62"})
	// RuleCandidateRegion: a regional candidate belongs to the election's region.
	RuleCandidateRegion = rule.Define(itu.Rule{Code: "election.candidate.region", Severity: itu.Error,
		Description: "A candidate in a Council or Board election is from a Member State of that region, when the registry's region for it is confirmed.",
		Source:      "CS Nos 61 and 62; Member State registry (region_status confirmed)"})
	// RuleCandidateRegionUnconfirmed: the registry puts a candidate in another region, unconfirmed.
	RuleCandidateRegionUnconfirmed = rule.Define(itu.Rule{Code: "election.candidate.region_unconfirmed", Severity: itu.Warning,
		Description: "A candidate in a Council or Board election is from a Member State the registry places, without confirmation, in another region; either may be wrong.",
		Source:      "Member State registry, data/member-states.csv (region_status likely, inferred or uncertain: no ITU list of Member States by region is published)"})
)

// The rules on the rounds of an election, checked by [Election.Check].
var (
	// RuleRoundNumber: rounds are numbered one by one, in order, from the
	// first round the record holds.
	RuleRoundNumber = rule.Define(itu.Rule{Code: "election.round.number", Severity: itu.Error,
		Description: "The rounds of an election are numbered one by one, in order, as the ITU numbered them: from 1, or from a later round when the record starts there (the earlier rounds not published), and at most the number of rounds an election may have.",
		Source:      "consistency"})
	// RuleRoundCount: every count is a whole number from 0 to the number of Member States.
	RuleRoundCount = rule.Define(itu.Rule{Code: "election.round.count", Severity: itu.Error,
		Description: "Every count in a round (votes, blank, invalid, valid ballots, present and voting, majority) is from 0 to the number of Member States of the Union on the election's date (or the as-of date when the election's is unknown); no count is negative.",
		Source:      "CS Nos 169 and 210, CV Nos 325-331 (Member States with the right to vote, through accredited delegations); Member State registry, time-aware (194 since Palau joined on 19 September 2024)"})
	// RuleRoundTotals: the counts of a round agree with the ballots cast.
	RuleRoundTotals = rule.Define(itu.Rule{Code: "election.round.totals", Severity: itu.Error,
		Description: "A round's counts agree: in a single-seat round the valid ballots are the votes; no candidate has more votes than there were valid ballots, and the votes do not exceed what the valid ballots can give.",
		Source:      "consistency of the count"})
	// RuleRoundBallots: a multi-seat round counted by majority has something that fixes its majority.
	RuleRoundBallots = rule.Define(itu.Rule{Code: "election.round.ballots", Severity: itu.Warning,
		Description: "A round of a multi-seat election counted by majority records its valid ballots, those present and voting or the published majority; with votes only (a ballot may name several candidates, so the votes do not sum to the ballots) the majority cannot be checked and the seats are filled by votes.",
		Source:      "majority of valid ballots (PP-06, PP-98 procedures); published Council and Board results give votes only (PP-22 press releases); multi-seat mechanics unconfirmed"})
	// RuleRoundMajority: a published required majority is floor(V/2)+1.
	RuleRoundMajority = rule.Define(itu.Rule{Code: "election.round.majority", Severity: itu.Warning,
		Description: "A round's published required majority is more than half of its valid votes, floor(V/2)+1, blank and invalid ballots excluded; when it is not, the tally uses the arithmetic.",
		Source:      "PP-06 and PP-98 election procedures; PP-22: 164 valid votes, majority 83"})
	// RuleRoundPresent: a published present-and-voting figure covers the ballots counted.
	RuleRoundPresent = rule.Define(itu.Rule{Code: "election.round.present_and_voting", Severity: itu.Warning,
		Description: "A round's published number present and voting is at least its votes (or valid ballots) plus blank and invalid ballots; when it is not, the tally counts the votes.",
		Source:      "consistency of published figures (PP-98: 147 ballots, one blank, majority based on 146; PP-22 pages count blank ballots as present and voting)"})
	// RuleRoundStanding: only standing candidates are voted for or withdraw.
	RuleRoundStanding = rule.Define(itu.Rule{Code: "election.round.standing", Severity: itu.Error,
		Description: "A round's votes and withdrawals name only candidates still standing: candidates of the election not withdrawn before it and not already elected.",
		Source:      "consistency of the count; withdrawals between rounds (PP-06, PP-14)"})
	// RuleRoundRunoff: after the runoff round, only its leaders are voted for.
	RuleRoundRunoff = rule.Define(itu.Rule{Code: "election.round.runoff", Severity: itu.Error,
		Description: "When the procedure sets runoff_after, later rounds name only the leaders of that round.",
		Source:      "procedure option (elimination after the third round is not confirmed)"})
	// RuleRoundLots: a draw by lot is recorded only for a tie, under the lots procedure.
	RuleRoundLots = rule.Define(itu.Rule{Code: "election.round.lots", Severity: itu.Error,
		Description: "A round records a draw by lot only when the procedure breaks ties by lot, and names in it only the candidates tied for the open seats, each once.",
		Source:      "procedure option (the tie rule is not confirmed)"})
	// RuleRoundExtra: no round follows the one that filled the last seat.
	RuleRoundExtra = rule.Define(itu.Rule{Code: "election.round.extra", Severity: itu.Error,
		Description: "No round follows the round that filled the last seat.",
		Source:      "consistency: a round elects whoever reaches the required majority"})
	// RuleOutcomeOpen: the rounds recorded fill every seat.
	RuleOutcomeOpen = rule.Define(itu.Rule{Code: "election.outcome.open", Severity: itu.Warning,
		Description: "An election's recorded rounds fill every seat; if not, the record is incomplete or a tie is unresolved.",
		Source:      "consistency"})
)

// The rule on a conference's elections taken together.
var (
	// RuleOutcomeNationality: the elected officials and Board members are of different nationalities.
	RuleOutcomeNationality = rule.Define(itu.Rule{Code: "election.outcome.nationality", Severity: itu.Error,
		Description: "The elected officials and Board members elected at one conference are all nationals of different Member States.",
		Source:      "CS No. 62"})
	// RuleOutcomeStoodDown: a candidate who stood down under CS No. 62 got no votes.
	RuleOutcomeStoodDown = rule.Define(itu.Rule{Code: "election.outcome.stood_down", Severity: itu.Warning,
		Description: "Once a Member State's national is elected to one of the five elected-official posts, that State's candidates for the later elected-official posts of the conference stand down; a later round's votes for one are not counted for them (the tally counts them as invalid ballots).",
		Source:      "CS No. 62 (the Secretary-General, the Deputy Secretary-General and the Directors of the Bureaux are nationals of different Member States); elections held in order (SG, DSG, then the Directors)"})
)
