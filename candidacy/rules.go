package candidacy

import (
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/rule"
)

// The rules on one candidacy, checked by [Candidacy.Check].
var (
	// RuleCandidateRequired: a person post names its candidate.
	RuleCandidateRequired = rule.Define(itu.Rule{Code: "candidacy.candidate.required", Severity: itu.Error,
		Description: "A candidacy for an elected post or the Radio Regulations Board names its candidate, a person.",
		Source:      "CS No. 62 (officials and Board members are elected among candidates proposed by Member States)"})
	// RuleCandidateCouncil: a Council candidacy names no person.
	RuleCandidateCouncil = rule.Define(itu.Rule{Code: "candidacy.candidate.council", Severity: itu.Error,
		Description: "A Council candidacy names no person and no nationality: the candidate is the Member State itself.",
		Source:      "CS Nos 54 and 61 (the Conference elects the Member States of the Council)"})
	// RuleNationality: a person candidate is a national of the proposing Member State.
	RuleNationality = rule.Define(itu.Rule{Code: "candidacy.nationality.proposer", Severity: itu.Error,
		Description: "A person candidate is a national of the Member State that proposes them.",
		Source:      "CS No. 62 (candidates proposed by Member States from among their own nationals); CS No. 63 for the Board"})
	// RuleMemberState: the proposing State is a Member State on the date it proposed.
	RuleMemberState = rule.Define(itu.Rule{Code: "candidacy.member_state.not_member", Severity: itu.Error,
		Description: "The proposing State was a Member State of the Union on the date it proposed the candidacy.",
		Source:      "CS Nos 61 and 62 (candidates are proposed by Member States; the Council is made of Member States)"})
	// RuleRegionRequired: a Council candidacy names its region.
	RuleRegionRequired = rule.Define(itu.Rule{Code: "candidacy.region.required", Severity: itu.Error,
		Description: "A Council candidacy names the administrative region of the Member State, since Council seats are filled region by region.",
		Source:      "CS No. 61 (equitable distribution of Council seats among the regions)"})
	// RuleRegionMismatch: the stated region is the Member State's confirmed region.
	RuleRegionMismatch = rule.Define(itu.Rule{Code: "candidacy.region.mismatch", Severity: itu.Error,
		Description: "A stated region is the Member State's region, when the registry's region for it is confirmed by an ITU election record.",
		Source:      "CS No. 61; Member State registry (region_status confirmed)"})
	// RuleRegionUnconfirmed: the stated region differs from an unconfirmed registry region.
	RuleRegionUnconfirmed = rule.Define(itu.Rule{Code: "candidacy.region.unconfirmed", Severity: itu.Warning,
		Description: "A stated region differs from the registry's region for the Member State, which no ITU record confirms; either may be wrong.",
		Source:      "Member State registry, data/member-states.csv (region_status likely, inferred or uncertain: no ITU list of Member States by region is published)"})
	// RuleDateOrder: the Secretary-General receives a candidature no earlier than it was proposed.
	RuleDateOrder = rule.Define(itu.Rule{Code: "candidacy.date.order", Severity: itu.Error,
		Description: "A candidacy is received by the Secretary-General on or after the date it was proposed.",
		Source:      "GR No. 170 (candidatures are sent to the Secretary-General)"})
	// RuleDateFuture: no date lies after the as-of date.
	RuleDateFuture = rule.Define(itu.Rule{Code: "candidacy.date.future", Severity: itu.Error,
		Description: "The proposed, received and withdrawal dates are not after the as-of date of the validation.",
		Source:      "consistency: a record cannot report events after the date it is checked on"})
)

// The rule on the life of a candidacy, checked by [Candidacy.Check] and, on
// the candidacies a dossier derives, by [Dossier.Check].
var (
	// RuleWithdrawalOrder: a candidacy is withdrawn after it was made.
	RuleWithdrawalOrder = rule.Define(itu.Rule{Code: "candidacy.withdrawal.order", Severity: itu.Error,
		Description: "A candidacy is withdrawn on or after the day it was proposed and the day the Secretary-General received it, and only a withdrawn candidacy carries a withdrawal date; in a dossier, the note verbale, letter or Note withdrawing a candidature is not dated before the document announcing it.",
		Source:      "consistency: a Member State withdraws a candidature it has made (PP-14 Document 119-E records a candidature withdrawn by the nominating government)"})
)

// The rule on a set of candidacies, checked by [CheckSet].
var (
	// RuleBoardOnePerState: a Member State proposes at most one Board candidate per conference.
	RuleBoardOnePerState = rule.Define(itu.Rule{Code: "candidacy.board.one_per_state", Severity: itu.Error,
		Description: "A Member State proposes at most one candidate for the Radio Regulations Board at a conference (withdrawn candidacies aside).",
		Source:      "CS No. 63 (each Member State may propose only one candidate for the Board)"})
)

// The rules that tie the documents of a dossier together, checked by [Dossier.Check].
var (
	// RuleDossierMissing: the dossier holds the documents its candidacies need.
	RuleDossierMissing = rule.Define(itu.Rule{Code: "candidacy.dossier.missing", Severity: itu.Error,
		Description: "A dossier holds the Member State's written candidature (a note verbale or a nomination letter); a withdrawn candidacy needs nothing more, an addendum (\"Addendum 1 to Document 8-E\") needs at least one document it adds, and a corrigendum (\"Corrigendum 1 to Document 8-E\"), which corrects the text of its document, needs nothing beside its Note.",
		Source:      "CS No. 62 and GR No. 170 (Member States propose candidates to the Secretary-General)"})
	// RuleDossierExpected: a document only practice asks for.
	RuleDossierExpected = rule.Define(itu.Rule{Code: "candidacy.dossier.expected", Severity: itu.Warning,
		Description: "A dossier announcing a candidacy whose candidate is a person carries the candidate's CV (elected officials and Board members) and, for the five elected officials' posts, the vision statement. No CS, CV or GR text asks for either, so an absence is a warning; a Council seat needs neither, a Board candidate no vision statement.",
		Source:      "practice: the ITU publishes the CVs and vision statements of candidates (ITU, \"ITU's election process explained\", PP-22; PP-22 Document 12-E annexes both); CS Art. 14 (Board members are elected for their qualifications in radiocommunications)"})
	// RuleAddendumBase: an addendum and the Note it adds to belong together.
	RuleAddendumBase = rule.Define(itu.Rule{Code: "candidacy.addendum.base", Severity: itu.Error,
		Description: "A dossier's base Note is the document its addendum adds to: the dossier's Note is an addendum (\"Addendum 1 to Document 21-E\") to the document the base's symbol names, dated no earlier than the base, and the base transmits candidatures of the dossier's Member State only.",
		Source:      "consistency: an addendum adds to its own document (PP-14 Addéndum 1 al Documento 67-S); CS No. 62: a dossier is one Member State's"})
	// RuleDossierOrder: the documents are dated in the order they are sent.
	RuleDossierOrder = rule.Define(itu.Rule{Code: "candidacy.dossier.order", Severity: itu.Error,
		Description: "The documents are dated in the order they pass on: the nomination letter no later than the note verbale transmitting it, the note verbale no later than the Secretary-General's Note, and the Note not before the candidacy was received.",
		Source:      "CS No. 62 and GR No. 170: the Member State writes, its mission transmits, the Secretary-General publishes (PP-22 Document 12-E)"})
	// RulePersonMismatch: every document names the same person for a post.
	RulePersonMismatch = rule.Define(itu.Rule{Code: "candidacy.person.mismatch", Severity: itu.Error,
		Description: "The Note, the note verbale, the letter, the CV, the vision statement and any explicit candidacy name the same person for a post, however each writes the name (\"Dr Chaesub LEE\", \"Dr. Chaesub Lee\", \"LEE, CHAESUB\"): two names that names.Compare finds different, neither the same nor a compatible variant (\"Lee Chaesub\" and \"Lee Chae-won\"; \"Dr Chaesub LEE\" and \"Ms Hyesook LEE\"), are an error.",
		Source:      "CS No. 62: one candidate proposed for the post; consistency of the dossier"})
	// RulePersonVariant: a document names the candidate in a compatible variant.
	RulePersonVariant = rule.Define(itu.Rule{Code: "candidacy.person.variant", Severity: itu.Warning,
		Description: "A document or explicit candidacy names the candidate in a compatible variant of the name the others use, as names.Compare finds it: a middle name, patronymic or name part dropped, or an initial for a name (\"Dr Cosmas Zavazava\" for \"Dr Cosmas Luckyson ZAVAZAVA\", \"Edmund Y. FIANKO\" for \"Edmund Yirenkyi Fianko\"). Real dossiers do this; a reader checks it is one person.",
		Source:      "consistency of the dossier (CS No. 62); issue 14: the forms of names in ITU documents"})
	// RulePostMismatch: every document is for a post the candidatures announce.
	RulePostMismatch = rule.Define(itu.Rule{Code: "candidacy.post.mismatch", Severity: itu.Error,
		Description: "The note verbale and the letter announce the same candidatures; the Note, the CV, the vision statement and any explicit candidacy are for a post they announce.",
		Source:      "consistency of the dossier: the Member State's candidature fixes the post (CS No. 62)"})
	// RuleStateMismatch: every document names the same proposing Member State.
	RuleStateMismatch = rule.Define(itu.Rule{Code: "candidacy.state.mismatch", Severity: itu.Error,
		Description: "The note verbale's mission, the letter's letterhead, the Note's candidatures and any explicit candidacy name the same proposing Member State.",
		Source:      "CS No. 62: candidates are proposed by a Member State; consistency of the dossier"})
	// RuleClaimSource: a claim quotes a document of the dossier.
	RuleClaimSource = rule.Define(itu.Rule{Code: "candidacy.claim.source", Severity: itu.Error,
		Description: "A claim names a document the dossier holds (letter, note_verbale, note or vision_statement), and that document's text contains the claim's words.",
		Source:      "a claim is taken from the dossier, not added to it"})
	// RuleClaimMismatch: a claim agrees with the CV.
	RuleClaimMismatch = rule.Define(itu.Rule{Code: "candidacy.claim.mismatch", Severity: itu.Warning,
		Description: "A claim that the candidate has held a post since a date agrees with the CV: the CV lists that post at the ITU, still held, starting in the period the claim names.",
		Source:      "consistency of the dossier; a warning, since a claim may count from the election and the CV from taking office"})
)
