// Package candidacy models a candidacy at a Plenipotentiary Conference and the
// dossier of documents behind it, with the rules that tie those documents
// together.
//
// A [Candidacy] is one Member State's proposal of one candidate for one post:
// a person for the five elected posts and the Radio Regulations Board, the
// Member State itself for a Council seat. Its rules come from the ITU
// Constitution, Article 9 ("Principles relating to elections"):
//
//   - CS No. 62: the Secretary-General, the Deputy Secretary-General, the
//     Directors of the Bureaux and the members of the Board are elected among
//     candidates proposed by Member States from among their own nationals. A
//     person candidate is therefore a national of the proposing State
//     (candidacy.nationality.proposer), and the proposing State is a Member State
//     on the date it proposes (candidacy.member_state.not_member).
//   - CS No. 63: each Member State may propose only one candidate for the
//     Radio Regulations Board. [CheckSet] applies it when several candidacies
//     are validated together (candidacy.board.one_per_state).
//   - CS No. 61: Council seats are distributed equitably among the five
//     administrative regions, so a Council candidacy names its region, which
//     is checked against the Member State registry: an error when the
//     registry's region is confirmed by an ITU election record, a warning when
//     it is not (candidacy.region.mismatch, candidacy.region.unconfirmed).
//
// A [Dossier] holds the documents published with a candidacy (PP-22 Document
// 12-E is the model): the Note by the Secretary-General, the note verbale and
// the nomination letter (package correspondence), and the candidate's CV and
// vision statement (package cv). Each is optional, so a dossier being put
// together decodes; [Dossier.Missing] and the rule candidacy.dossier.missing
// say what its candidacies still need. Every candidacy needs the Member
// State's written candidature, a note verbale or a nomination letter (GR No.
// 170: candidatures reach the Secretary-General). A candidacy for a post whose
// candidate is a person is expected to come with the CV, which the ITU
// publishes for every candidate for the elected posts and the Board (ITU,
// "ITU's election process explained"), and one for the five elected posts
// with a vision statement too; no CS, CV or GR text asks for either, so an
// absence is the warning candidacy.dossier.expected, not a rejection. A
// Council seat needs neither; a withdrawn candidacy needs nothing more; an
// addendum needs only what it adds.
//
// A document that withdraws a candidature (marked
// correspondence.Candidature.Withdrawal, or worded "withdrawal of the
// candidature") derives a [Withdrawn] candidacy with the date of the
// withdrawal; a withdrawal dated before the candidacy was proposed or
// received is candidacy.withdrawal.order.
//
// A candidature lives through several documents. A revision ("Document
// 12(Rev.1)-E", in any of the six languages; [Dossier.Version]) replaces its
// document; a corrigendum corrects its text and needs nothing beside its Note
// ([Dossier.Corrects]); an addendum adds to its document. A [Set] holds the
// dossiers of a conference over time: a revised document's candidacies take
// the status [Revised] and only the revision is checked, language versions of
// one document count once, and [Set.Standing] answers who is standing for a
// post at a conference on a given day (announced by then, not withdrawn or
// replaced, the post not yet decided).
//
// One note verbale and one letter may announce several candidatures at once.
// [Dossier.Candidacies] derives them as typed candidacies (the seed gives
// Korea for a Council seat in Region E and Dr Chaesub LEE for Deputy
// Secretary-General), unless the dossier lists its candidacies explicitly.
//
// [Dossier.Check] reports, in one call, every way the documents disagree:
// with their own package's rules (under "/note", "/cv", ...), with each other
// (the same person, however written: "Dr Chaesub LEE", "Dr. Chaesub Lee",
// "LEE, CHAESUB"; the same posts; the same proposing Member State; dates in
// the order the documents pass on), and with the ITU rules above. Statements
// a document makes that the CV can check are kept as [Claim] values and a
// mismatch is a warning, not an error: the seed letter says Dr Lee has been
// Director of TSB "since 2014" while his CV says "2015 – Present", and both
// may be right (elected at PP-14 in 2014, in office from the next year).
//
// Validation never reads the clock: rules that depend on today use
// [itu.AsOf] and are skipped without it.
//
//	var d candidacy.Dossier
//	if err := strictjson.Decode(payload, &d); err != nil { ... } // strict JSON
//	err := d.Validate(itu.AsOf(civil.MustParseDate("2021-11-09")))
//	errors.Is(err, itu.ErrInvalid)        // true when some violation is an error
//	for _, c := range d.Candidacies() {   // COUNCIL: KOR (Region E), PP-22
//		fmt.Println(c)                    // DSG: Dr Chaesub LEE (KOR), PP-22
//	}
//
// The rule codes and their sources are in rules.go and in [catalog.Rules].
package candidacy
