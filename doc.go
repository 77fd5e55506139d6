// Package itu is the shared vocabulary of the plenipot/itu module: the posts a
// Plenipotentiary Conference elects ([Post]), the five administrative regions
// ([Region]), the Member States ([MemberState], [StateCode]), the six official
// languages ([Language]), conference codes ([ConferenceCode]) and the kinds of
// payload ([Kind]). Dates live in package civil and people's
// names in package names. It also holds the validation error model every
// package returns ([Violation], [ValidationError], [ErrInvalid], [Rule]).
// Nothing else: the strict JSON codec, the rule catalogue and the machinery
// behind the rules each live in a package of their own.
//
// # The module
//
// Imports point one way, down this drawing: a package imports only packages
// on lower lines (layering_test.go checks it against the real imports).
//
//	cmd/itu                           command line: validate, tally, render, import, serve, ...
//	httpapi                           the HTTP service: handler, server, OpenAPI
//	schema  itutest                   JSON Schemas; test kit (testing, go-cmp)
//	catalog                           every rule of the module: Rules, LookupRule
//	payload  examples                 any payload by its "kind"; fixtures only
//	docimport                         document text into records (itu import)
//	election                          conferences, terms, ballots, rounds, seats
//	candidacy                         candidacies and dossiers
//	strictjson  cv  correspondence    strict JSON codec; CVs; notes and letters
//	internal/check                    field rules, reports, violation caps
//	internal/rule                     rule definition, the catalogue's Markdown
//	itu                               vocabulary and error model
//	civil  names                      calendar dates and periods; people's names
//	internal/{enum,postname,pointer,canon,clip,fold,jsontag,month,space,swar,phoneplan,growth,fresh}   helpers, no itu import
//	bench/abx                         a benchmark tool: times whole itu processes, imports nothing here
//	bench/cowfault                    a benchmark tool: times page faults, imports nothing here
//
// What each holds:
//
//   - civil: calendar dates ("2021-11-09"), partial dates ("2019-03", "2019")
//     and periods, with the worded periods CVs write in six languages.
//   - names: people's names as documents write them, parsed into parts and
//     compared (same, variant, different) across the forms of one dossier.
//   - cv: a candidate's curriculum vitae and vision statement.
//   - correspondence: Notes by the Secretary-General, notes verbales and
//     ministers' nomination letters, with document symbols ("Document 12-E").
//   - candidacy: a candidacy and the dossier behind it, with the rules that tie
//     its documents together (CS No. 62 nationality, consistent names and dates).
//   - election: conferences, terms and re-eligibility (CV Nos 13 and 20),
//     admissibility (GR No. 170 deadline), ballots, rounds and seats by region.
//   - strictjson: decode payloads from outside strictly (unknown members, wrong
//     types and bounds become violations with paths) and encode canonically.
//   - payload: decode and check a payload of any kind, chosen by its "kind" member.
//   - catalog: the complete rule catalogue, whichever packages a program imports.
//   - schema: JSON Schemas (draft 2020-12) generated from the same Go types and tags.
//   - examples: fresh fixtures (the real Korea 2021 dossier, PP-22) and the
//     payload files; it imports only the record packages.
//   - itutest: the test kit beside examples: assertion helpers, corpus runner.
//   - docimport: the text of ITU documents (a Note with its annexes, or one
//     alone, as transcripts or PDF copies have it) read into records, each
//     field with the lines it came from; the inverse of the Render methods.
//   - httpapi: the HTTP validation service (POST /v1/validate, /v1/tally,
//     schemas, rules, OpenAPI 3.1), its server with timeouts and limits.
//   - cmd/itu: the command line: validate, tally, render, import, serve,
//     rules, schema, example, version.
//
// # Tour
//
//	var d candidacy.Dossier
//	err := strictjson.Decode(payload, &d) // strict: unknown fields, bad types → violations
//	err = d.Validate(itu.AsOf(civil.MustParseDate("2022-09-26")))
//	for _, v := range itu.Violations(err) { fmt.Println(v.Path, v.Code, v.Message) }
//	errors.Is(err, itu.ErrInvalid)        // true when any violation is an error
//
// Rules that depend on "today" take it as an option ([AsOf]); nothing reads the
// clock. Facts come from the ITU Constitution (CS), Convention (CV) and General
// Rules (GR); where a fact is unconfirmed it is data or an option, never a guess.
package itu
