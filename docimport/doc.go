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
// title, the candidate's line ("Dr Chaesub LEE (Republic of Korea)", in
// Chinese in fullwidth brackets: "李在摄博士（大韩民国）"), the
// annex boundaries (each document opens a page), the mission's letterhead,
// reference, date and addressee, the letter's recipient, salutation,
// closing and signature, the CV's sections and dated lines, the vision
// statement's headings and paragraphs with their emphasis. Labels are read
// in the six languages from the renderers' own tables
// (correspondence.AllLabels, cv.AllLabels), and so are the sentences of a
// note verbale or letter: the candidatures it announces, the documents it
// says are attached, and the conference a note verbale names, "the ITU
// Plenipotentiary Conference in Bucharest, Romania, from 26 September to 14
// October 2022" as
// "将于2022年9月26日至10月14日在罗马尼亚布加勒斯特举行的国际电联全权代表大会" or
// "مؤتمر المندوبين المفوضين للاتحاد الذي سيعقد في بوخارست، رومانيا، في
// الفترة من 26 سبتمبر إلى 14 أكتوبر 2022". Dates, periods,
// symbols (a Note's references too: "Document 3", "第3号文件", "الوثيقة 3"),
// Member States and posts are read with the module's readers.
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
// label, takes the language of its words: the frequent words of English,
// French, Spanish and Russian, the script of Chinese and Arabic. A Note
// prints its date in the language of its symbol, and keeps it as written
// (DateText) unless it is in the English style.
//
// Some fields are not printed, and Read leaves them as the text has them: a
// mission's country, a vision statement's translations, a dossier's explicit
// candidacies. A Note's conference is not printed either: it is taken from
// [Conference], else from the note verbale of its dossier, else inferred from
// the Note's date by the [Calendar] (the first conference that closes on or
// after it; the field's [Source] says it is inferred). A Note's language is
// its symbol's suffix. A CV line is cut at its commas ([cv.Position]): the
// title first, with each part after it that names a post; the country last,
// when it names a Member State; the organisation the last part left, from a
// part that opens a ministry's name; the unit between. An organisation whose
// own name holds a comma otherwise ("Innovation, Science and Economic
// Development Canada") reads as a unit and an organisation: both print the
// same line.
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
