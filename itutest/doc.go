// Package itutest is the test kit for suites that use the plenipot/itu module,
// as net/http/httptest is for net/http: it asserts violations ([Want],
// [AssertViolations], [AssertError], [AssertValid]), compares records with
// go-cmp ([CmpOptions]) and runs a golden-file corpus of payloads ([Corpus],
// [Goldens]).
//
// It imports testing and go-cmp, so only tests should import it; the fixtures
// it is used with live in package examples, which imports neither.
//
//	func TestDossier(t *testing.T) {
//		d := examples.KoreaDossier()
//		d.NoteVerbale, d.Letter, d.Claims = nil, nil, nil
//		itutest.AssertError(t, d.Validate(),
//			itutest.Want{Path: "/note_verbale", Code: "candidacy.dossier.missing"})
//	}
//
//	func TestCorpus(t *testing.T) {
//		itutest.Corpus{Dir: "testdata", Options: []itu.Option{itu.AsOf(day)}}.Run(t)
//	}
package itutest
