// Package examples ships ready fixtures and a test kit for suites that use the
// plenipot/itu module: the real Korea 2021 candidacy dossier (PP-22 Document
// 12-E) and each of its documents, the PP-22 conference and its real
// Secretary-General and Deputy Secretary-General elections, a corpus of valid
// and invalid payloads on disk, and helpers that assert violations.
//
// Every constructor returns a fresh, independent value. Real records stay
// exactly as published; made-up records are marked Fictional in their names.
package examples
