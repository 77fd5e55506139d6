package candidacy

import "github.com/plenipot/itu"

// The rules on one candidacy, checked by [Candidacy.Check].
var (
	// RuleCandidateRequired: a person post names its candidate.
	RuleCandidateRequired = itu.DefineRule(itu.Rule{Code: "candidacy.candidate.required", Severity: itu.Error,
		Description: "A candidacy for an elected post or the Radio Regulations Board names its candidate, a person.",
		Source:      "CS No. 62 (officials and Board members are elected among candidates proposed by Member States)"})
	// RuleCandidateCouncil: a Council candidacy names no person.
	RuleCandidateCouncil = itu.DefineRule(itu.Rule{Code: "candidacy.candidate.council", Severity: itu.Error,
		Description: "A Council candidacy names no person and no nationality: the candidate is the Member State itself.",
		Source:      "CS Nos 54 and 61 (the Conference elects the Member States of the Council)"})
	// RuleNationality: a person candidate is a national of the proposing Member State.
	RuleNationality = itu.DefineRule(itu.Rule{Code: "candidacy.nationality.proposer", Severity: itu.Error,
		Description: "A person candidate is a national of the Member State that proposes them.",
		Source:      "CS No. 62 (candidates proposed by Member States from among their own nationals); CS No. 63 for the Board"})
	// RuleMemberState: the proposing State is a Member State on the date it proposed.
	RuleMemberState = itu.DefineRule(itu.Rule{Code: "candidacy.member_state.not_member", Severity: itu.Error,
		Description: "The proposing State was a Member State of the Union on the date it proposed the candidacy.",
		Source:      "CS Nos 61 and 62 (candidates are proposed by Member States; the Council is made of Member States)"})
	// RuleRegionRequired: a Council candidacy names its region.
	RuleRegionRequired = itu.DefineRule(itu.Rule{Code: "candidacy.region.required", Severity: itu.Error,
		Description: "A Council candidacy names the administrative region of the Member State, since Council seats are filled region by region.",
		Source:      "CS No. 61 (equitable distribution of Council seats among the regions)"})
	// RuleRegionMismatch: the stated region is the Member State's confirmed region.
	RuleRegionMismatch = itu.DefineRule(itu.Rule{Code: "candidacy.region.mismatch", Severity: itu.Error,
		Description: "A stated region is the Member State's region, when the registry's region for it is confirmed by an ITU election record.",
		Source:      "CS No. 61; Member State registry (region_status confirmed)"})
	// RuleRegionUnconfirmed: the stated region differs from an unconfirmed registry region.
	RuleRegionUnconfirmed = itu.DefineRule(itu.Rule{Code: "candidacy.region.unconfirmed", Severity: itu.Warning,
		Description: "A stated region differs from the registry's region for the Member State, which no ITU record confirms; either may be wrong.",
		Source:      "Member State registry (region_status likely, inferred or uncertain); itu-rules §4"})
	// RuleDateOrder: the Secretary-General receives a candidature no earlier than it was proposed.
	RuleDateOrder = itu.DefineRule(itu.Rule{Code: "candidacy.date.order", Severity: itu.Error,
		Description: "A candidacy is received by the Secretary-General on or after the date it was proposed.",
		Source:      "GR No. 170 (candidatures are sent to the Secretary-General)"})
	// RuleDateFuture: no date lies after the as-of date.
	RuleDateFuture = itu.DefineRule(itu.Rule{Code: "candidacy.date.future", Severity: itu.Error,
		Description: "The proposed and received dates are not after the as-of date of the validation.",
		Source:      "consistency: a record cannot report events after the date it is checked on"})
)

// The rule on a set of candidacies, checked by [CheckSet].
var (
	// RuleBoardOnePerState: a Member State proposes at most one Board candidate per conference.
	RuleBoardOnePerState = itu.DefineRule(itu.Rule{Code: "candidacy.board.one_per_state", Severity: itu.Error,
		Description: "A Member State proposes at most one candidate for the Radio Regulations Board at a conference (withdrawn candidacies aside).",
		Source:      "CS No. 63 (each Member State may propose only one candidate for the Board)"})
)
