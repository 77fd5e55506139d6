// Package examples ships ready fixtures for suites and programs that use the
// plenipot/itu module: the real Korea 2021 candidacy dossier (PP-22 Document
// 12-E) and each of its documents, the PP-22 conference and its real
// Secretary-General and Deputy Secretary-General elections ([Fixtures],
// [LookupFixture]), and a corpus of valid and invalid payloads on disk under
// testdata.
//
// Every constructor returns a fresh, independent value. Real records stay
// exactly as published; made-up records are marked Fictional in their names.
//
// The package imports no testing and no go-cmp, so a program such as cmd/itu
// can link it. The assertion helpers and the corpus runner that go with these
// fixtures are in the test kit, package [github.com/plenipot/itu/itutest].
package examples
