package correspondence

import (
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/rule"
)

// The rules of this package. Field-local facts (presence, length bounds,
// visible text, known codes) are the field.* rules of the struct tags; these
// are the rest. No ITU text prescribes the form of a note verbale or a
// nomination letter, so apart from the Constitution's rule
// that Member States propose candidates, the sources are rationales.
var (
	RuleDateFuture = rule.Define(itu.Rule{Code: "correspondence.date.future", Severity: itu.Error,
		Description: "A document is not dated after the as-of date (skipped when no as-of date is given).",
		Source:      "a document exists by the date it is checked on"})
	RuleDateText = rule.Define(itu.Rule{Code: "correspondence.date.text", Severity: itu.Error,
		Description: "The date as written (date_text) names the same day as the date.",
		Source:      "consistency of the record with its written form"})
	RuleDateUnread = rule.Define(itu.Rule{Code: "correspondence.date.unread", Severity: itu.Warning,
		Description: "The date as written reads as a date in one of the six official languages (\"9 November 2021\", \"October 27, 2021\", \"le 1er janvier 2023\", \"22 de noviembre de 2021\", \"22 ноября 2021 г.\", \"2021年11月22日\", \"22 نوفمبر 2021\"), so it can be checked against the date; a date the module cannot read is a warning, never an error.",
		Source:      "a written date that cannot be read cannot be checked"})
	RuleSymbolMalformed = rule.Define(itu.Rule{Code: "correspondence.symbol.malformed", Severity: itu.Error,
		Description: "A document symbol is well formed, in one of the forms ITU prints: [word ][conference \"/\"]number[(Add.N)][(Rev.N)][(Corr.N)][-suffix], or a heading \"Revision N to Document …\", \"Addendum N to Document …\", \"Corrigendum N to Document …\"; the words (Document, Documento, Документ, 文件 or 第N号文件, الوثيقة, and the revision, addendum and corrigendum words) in the language its suffix names, the suffix one of the six official languages (-A, -C, -E, -F, -R, -S).",
		Source:      "ITU conference document symbols (\"Document 119-E\", \"PP14/119-E\", \"102(Rev.1)\"; PP-14 Document 119-E, the minutes of its 7th Plenary)"})
	RuleSymbolLanguage = rule.Define(itu.Rule{Code: "correspondence.symbol.language", Severity: itu.Error,
		Description: "A Note's own symbol ends in the suffix of its language version (\"-E\"), the language the Note names (language) when it names one (\"Document 12-F\" for a Note in French); only references to other documents may leave it out.",
		Source:      "each language version of a conference document carries its suffix (\"Document 12-E\")"})
	RuleNoteSignatory = rule.Define(itu.Rule{Code: "correspondence.note.signatory", Severity: itu.Error,
		Description: "A Note by the Secretary-General is signed with the title Secretary-General, in any of the six official languages (\"Secrétaire général\", \"Secretario General\", \"Генеральный секретарь\", \"秘书长\", \"الأمين العام\").",
		Source:      "GR No. 170: candidatures reach the Secretary-General, who transmits them to the conference in Notes (PP-22 Document 12-E)"})
	RuleSenderMemberState = rule.Define(itu.Rule{Code: "correspondence.sender.member_state", Severity: itu.Error,
		Description: "A note verbale comes from a Member State's mission and a nomination letter from a Member State's authority: that Member State is given, is a Member State on the document's date, and is the one the mission's name names.",
		Source:      "CS No. 62: candidates are proposed by Member States"})
	RuleCandidatureCandidate = rule.Define(itu.Rule{Code: "correspondence.candidature.candidate", Severity: itu.Error,
		Description: "Every candidature names its candidate: a person for SG, DSG, the Director posts and the Radio Regulations Board; no person for a Council seat, whose candidate is the Member State itself.",
		Source:      "CS No. 62 (persons proposed by Member States); CS Nos 54 and 61: the Council is made of Member States"})
	RuleCandidatureMemberState = rule.Define(itu.Rule{Code: "correspondence.candidature.member_state", Severity: itu.Error,
		Description: "A note verbale or nomination letter presents only candidatures of the Member State that sends it.",
		Source:      "CS No. 62: a Member State proposes candidates from among its own nationals"})
	RuleCandidatureUnmentioned = rule.Define(itu.Rule{Code: "correspondence.candidature.unmentioned", Severity: itu.Warning,
		Description: "The text names each candidate, and each Member State as written, as the typed candidatures record them.",
		Source:      "consistency of the typed record with the text it was taken from"})
	RuleMemberStateText = rule.Define(itu.Rule{Code: "correspondence.member_state.text", Severity: itu.Error,
		Description: "A Member State's name as written names the same Member State as its code (checked when the registry knows the name).",
		Source:      "consistency of the record with its written form"})
	RulePhoneMalformed = rule.Define(itu.Rule{Code: "correspondence.phone.malformed", Severity: itu.Error,
		Description: "A telephone or fax number is written as letterheads write one, in international form (\"+41(0)22 748 0000\", \"0041 22 749 41 11\", \"(+41 22) 918 08 00\") or in the national form of the country where the mission is (\"022 749 41 11\" in Geneva), optionally with a range (\"/01\") or an extension (\"ext. 123\"), and is a valid number in that country's numbering plan.",
		Source:      "ITU-T E.164 and E.123 (international and national notation); numbering plans of libphonenumber"})
	RulePhoneUnchecked = rule.Define(itu.Rule{Code: "correspondence.phone.unchecked", Severity: itu.Warning,
		Description: "A number in national form (\"(212) 737 4790\") is checked in the numbering plan of the country where the mission is: its country, or Switzerland for a mission whose city is Geneva and the United States for one in New York. When the record gives neither, the number is reported as not checked.",
		Source:      "ITU-T E.123: national notation is read in the caller's country; the record must say which"})
	RuleEmailMalformed = rule.Define(itu.Rule{Code: "correspondence.email.malformed", Severity: itu.Error,
		Description: "An email address is a bare addr-spec with a dotted domain (\"geneva.korea@mofa.go.kr\").",
		Source:      "RFC 5322 §3.4.1"})
	RuleConferenceDates = rule.Define(itu.Rule{Code: "correspondence.conference.dates", Severity: itu.Error,
		Description: "A conference a document refers to has both a first and a last day, or neither, and ends on or after it starts.",
		Source:      "a conference runs forward (PP-22: 26 September to 14 October 2022)"})
	RulePageBreak = rule.Define(itu.Rule{Code: "correspondence.page_break.position", Severity: itu.Error,
		Description: "A page break points at a word of a paragraph of the text, and no two page breaks point at the same word.",
		Source:      "a page break is a position in the text"})
	RuleAttachmentDocument = rule.Define(itu.Rule{Code: "correspondence.attachment.document", Severity: itu.Error,
		Description: "An attachment is a document that goes with a candidature: cv, vision_statement, letter, note_verbale or note.",
		Source:      "the documents of a candidature dossier (PP-22 Document 12-E)"})
)
