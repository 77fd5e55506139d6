// Package correspondence models the documents by which a candidature reaches
// the Union and the conference: the Member State's nomination [Letter] (a
// minister presenting the candidatures to the Secretary-General), the
// Permanent Mission's [NoteVerbale] announcing them, and the Secretary-General's
// [Note] transmitting them to the conference as a numbered conference document
// with a document [Symbol] ("Document 12-E"). Contact details on letterheads are
// typed: telephone and fax numbers as [Phone] (as written, in international
// or in the national form of the mission's country, and in E.164 form),
// email addresses as [Email].
//
// What is modelled follows the ITU's practice: Member States propose
// candidates (CS No. 62) to the Secretary-General (GR No. 170), and
// candidatures are issued to the conference as numbered documents, Notes by
// the Secretary-General (PP-22 Document 12-E), whose symbols carry revision
// marks such as "102(Rev.1)" and a language suffix such as "-E" (PP-14
// Document 119-E; "-E" and "-S" are confirmed). A [Symbol] is read in every
// form ITU prints, in the six languages ("Documento 12-S", "Addéndum 1 al
// Documento 67-S", "Revision 1 to Document 12-E", "第12号文件-C"; the French,
// Russian, Chinese and Arabic words are unconfirmed), keeps its text as
// written and compares by meaning: [Symbol.SameDocument] holds for two
// language versions of one document, [Symbol.SameVersion] only for one. The form of notes verbales and
// nomination letters is not prescribed by any ITU text, so their rules are
// consistency rules: dates not in the future and matching their written form,
// the sender a Member State presenting only its own candidatures, every
// candidature naming its candidate (a person, or for a Council seat the Member
// State itself), well-formed symbols, numbers and addresses.
//
// Every record keeps its text as written and gives it back with Lines, one
// string per line, and with Render, in the form of the transcripts of ITU
// documents: every page opened by three blank lines, an italic letterhead
// marked with "*", no line feed after the last line. The three documents of
// PP-22 Document 12-E render back byte for byte, page breaks included:
//
//	var n correspondence.Note
//	err := strictjson.Decode(payload, &n)
//	err = n.Validate(itu.AsOf(civil.MustParseDate("2021-11-09")))
//	fmt.Print(n.Render())
//
// What a record does not hold as written, it prints in its language: the
// Original line, the annex line, a letterhead's "Tel:" and "Fax:", a date
// with no written form ("Original: anglais", "Annexe: 1", "9 novembre 2021").
// Those words come from one table, [LabelsFor] and [AllLabels], which a reader
// of document text can use to find them again; docs/research/labels.md gives
// each one's source.
//
// Check returns every violation, warnings included; Validate returns nil or an
// *itu.ValidationError. The rules are listed in rules.go and in [catalog.Rules].
package correspondence
