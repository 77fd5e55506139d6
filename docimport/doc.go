// Package docimport reads the text of ITU candidature documents into typed
// records: a Note by the Secretary-General with its annexes (the Permanent
// Mission's note verbale, the minister's nomination letter, the candidate's
// CV and vision statement), or any one of them alone, as the transcripts
// print them and as copies taken from PDF or Word have them. It is the
// inverse of the Render methods of packages correspondence, cv and
// candidacy: Read(Render(r)) gives r back, and the seed, PP-22 Document
// 12-E, reads as examples.KoreaDossier.
//
// What is read follows how the Union publishes candidatures (GR No. 170;
// CS No. 62): the Secretary-General transmits each candidature to the
// conference as a Note, numbered as a conference document, with the Member
// State's correspondence and the candidate's documents in annex. Read finds
// the structure in the text itself: the symbol and date block, the Note's
// title, the candidate's line ("Dr Chaesub LEE (Republic of Korea)"), the
// annex boundaries (each document opens a page), the mission's letterhead,
// reference, date and addressee, the letter's recipient, salutation,
// closing and signature, the CV's sections and dated lines, the vision
// statement's headings and paragraphs with their emphasis. Labels are read
// in the six languages from the renderers' own tables
// (correspondence.AllLabels, cv.AllLabels). Dates, periods, symbols, Member
// States and posts are read with the module's readers.
//
// Every field filled records where it came from ([Source]: its JSON Pointer
// and the lines of the input); text that fits no field is a [Warning] with its
// lines, never dropped; a text that holds no candidature document is an error
// matching [ErrNotDocument]. A copy's marks are undone before reading: page
// headers and footers with page numbers, form feeds (one that opens a line
// straight after text is a page break, as pdftotext writes pages),
// non-breaking and zero-width spaces, lines hard-wrapped or reflowed, words
// hyphenated at line ends, lists and paragraphs cut by a page. A copy that
// changes the quotes changes the text: the reader keeps text as written.
//
// The language of a record is the one its labels are printed in: a CV's
// section headings, a note verbale's or letter's date and "Tel:" line, a
// Note's symbol when it is a translation; a vision statement, which prints no
// label, takes the language of its words.
//
// Some fields are not printed, and Read leaves them as the text has them: a
// Note's conference (taken from the note verbale of its dossier, or from
// [Conference]) and language (its symbol's suffix says it), a mission's
// country, a vision statement's translations, a dossier's explicit
// candidacies. Some readings the text cannot decide: a CV line "Chief,
// Space Services Department, ITU" is a title and an organisation, or a title,
// a unit and an organisation; the reader takes the first comma as the end of
// the title, and either reading prints the same line.
//
//	res, err := docimport.Read(file)
//	for _, p := range res.Payloads {
//		data, _ := strictjson.Encode(p.Record) // as itu validate reads it
//	}
//	for _, w := range res.Warnings {
//		fmt.Println(w) // lines 115: text not placed in any field: "..."
//	}
//
// Reading is linear in the input, and bounded by the module's byte limit
// ([strictjson.DefaultMaxBytes]) unless [MaxBytes] says otherwise.
package docimport
