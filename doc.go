// Package itu is the shared vocabulary of the plenipot/itu module: the posts a
// Plenipotentiary Conference elects ([Post]), the five administrative regions
// ([Region]), the Member States ([MemberState], [StateCode]), calendar and
// partial dates ([Date], [PartialDate], [Period]), the six official languages
// ([Language]) and people's names as documents write them ([Name]). It also
// holds the validation error model every package returns ([Violation],
// [ValidationError], [ErrInvalid]), the rule catalogue ([Rule], [Rules]) and the
// strict JSON decoder for payloads from outside ([Decode], [Encode]).
//
// # The module
//
//   - itu (this package): vocabulary, errors, rule catalogue, strict JSON.
//   - cv: a candidate's curriculum vitae and vision statement.
//   - correspondence: Notes by the Secretary-General, notes verbales and
//     ministers' nomination letters, with document symbols ("Document 12-E").
//   - candidacy: a candidacy and the dossier behind it, with the rules that tie
//     its documents together (CS No. 62 nationality, consistent names and dates).
//   - election: conferences, terms and re-eligibility (CV Nos 13 and 20),
//     admissibility (GR No. 170 deadline), ballots, rounds and seats by region.
//   - payload: decode and check a payload of any kind, chosen by its "kind" member.
//   - schema: JSON Schemas (draft 2020-12) generated from the same Go types and tags.
//   - examples: fresh fixtures (the real Korea 2021 dossier, PP-22) and a test kit.
//   - cmd/itu: a command-line validator, rule catalogue and JSON Schema emitter.
//
// # Tour
//
//	var d candidacy.Dossier
//	err := strictjson.Decode(payload, &d)              // strict: unknown fields, bad types → violations
//	err = d.Validate(itu.AsOf(itu.MustParseDate("2022-09-26")))
//	for _, v := range itu.Violations(err) { fmt.Println(v.Path, v.Code, v.Message) }
//	errors.Is(err, itu.ErrInvalid)              // true when any violation is an error
//
// Rules that depend on "today" take it as an option ([AsOf]); nothing reads the
// clock. Facts come from the ITU Constitution (CS), Convention (CV) and General
// Rules (GR); where a fact is unconfirmed it is data or an option, never a guess.
package itu
