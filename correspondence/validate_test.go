package correspondence_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/catalog"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/correspondence"
)

const (
	codeRequired = "field.required"
	codeTooLong  = "field.too_long"
	codeTooFew   = "field.too_few"
	codeText     = "field.text"
	codeInvalid  = "field.invalid"
	codeRange    = "field.range"
	codeKind     = "payload.kind"
)

func date(s string) civil.Date { return civil.MustParseDate(s) }

var noteCases = []struct {
	name   string
	asOf   string
	mutate func(*correspondence.Note)
	want   []want
}{
	{name: "seed", mutate: func(*correspondence.Note) {}},
	{name: "seed without kind", mutate: func(n *correspondence.Note) { n.Kind = "" }},
	{name: "kind of another record", mutate: func(n *correspondence.Note) { n.Kind = itu.KindLetter },
		want: []want{e("/kind", codeKind)}},
	{name: "dated on the as-of date", asOf: "2021-11-09", mutate: func(*correspondence.Note) {}},
	{name: "dated after the as-of date", asOf: "2021-11-08", mutate: func(*correspondence.Note) {},
		want: []want{e("/date", correspondence.RuleDateFuture.Code)}},
	{name: "no as-of date skips the future rule", asOf: "-", mutate: func(n *correspondence.Note) { n.Date = date("2999-01-01") }},
	{name: "date missing", mutate: func(n *correspondence.Note) { n.Date = civil.Date{} },
		want: []want{e("/date", codeRequired)}},
	{name: "impossible date", mutate: func(n *correspondence.Note) { n.Date = civil.Date{Year: 2021, Month: 2, Day: 30} },
		want: []want{e("/date", codeInvalid)}},
	{name: "written date agrees", mutate: func(n *correspondence.Note) { n.DateText = "9 Nov. 2021" }},
	{name: "written date names another day", mutate: func(n *correspondence.Note) { n.DateText = "10 November 2021" },
		want: []want{e("/date_text", correspondence.RuleDateText.Code)}},
	{name: "written date unread", mutate: func(n *correspondence.Note) { n.DateText = "9 listopada 2021" },
		want: []want{w("/date_text", correspondence.RuleDateUnread.Code)}},
	{name: "written date in French", mutate: func(n *correspondence.Note) { n.DateText = "9 novembre 2021" }},
	{name: "written date in Spanish", mutate: func(n *correspondence.Note) { n.DateText = "9 de noviembre de 2021" }},
	{name: "written date in Russian", mutate: func(n *correspondence.Note) { n.DateText = "9 ноября 2021 г." }},
	{name: "written date in Chinese", mutate: func(n *correspondence.Note) { n.DateText = "2021年11月9日" }},
	{name: "written date in Arabic", mutate: func(n *correspondence.Note) { n.DateText = "٩ نوفمبر ٢٠٢١" }},
	{name: "written date in French, another day", mutate: func(n *correspondence.Note) { n.DateText = "10 novembre 2021" },
		want: []want{e("/date_text", correspondence.RuleDateText.Code)}},
	{name: "revised symbol", mutate: func(n *correspondence.Note) { n.Symbol = "Document 12(Rev.1)-E" }},
	{name: "French version of an English original", mutate: func(n *correspondence.Note) { n.Symbol = "Document 12-F" }},
	{name: "symbol malformed", mutate: func(n *correspondence.Note) { n.Symbol = "Document 12E" },
		want: []want{e("/symbol", correspondence.RuleSymbolMalformed.Code)}},
	{name: "symbol with unknown suffix", mutate: func(n *correspondence.Note) { n.Symbol = "Document 12-X" },
		want: []want{e("/symbol", correspondence.RuleSymbolMalformed.Code)}},
	{name: "symbol without language suffix", mutate: func(n *correspondence.Note) { n.Symbol = "Document 12" },
		want: []want{e("/symbol", correspondence.RuleSymbolLanguage.Code)}},
	{name: "symbol missing", mutate: func(n *correspondence.Note) { n.Symbol = "" },
		want: []want{e("/symbol", codeRequired)}},
	{name: "symbol too long", mutate: func(n *correspondence.Note) { n.Symbol = correspondence.Symbol(strings.Repeat("1", 101)) },
		want: []want{e("/symbol", codeTooLong)}},
	{name: "reference malformed", mutate: func(n *correspondence.Note) { n.References = append(n.References, "Doc. 3") },
		want: []want{e("/references/1", correspondence.RuleSymbolMalformed.Code)}},
	{name: "reference empty", mutate: func(n *correspondence.Note) { n.References[0] = "" },
		want: []want{e("/references/0", codeRequired)}},
	{name: "original language not one of the six", mutate: func(n *correspondence.Note) { n.Original = 7 },
		want: []want{e("/original", codeInvalid)}},
	{name: "original language missing", mutate: func(n *correspondence.Note) { n.Original = 0 },
		want: []want{e("/original", codeRequired)}},
	{name: "signed Secretary General without hyphen", mutate: func(n *correspondence.Note) { n.Signatory.Title = "Secretary General" }},
	{name: "French version", mutate: func(n *correspondence.Note) {
		n.Language, n.Symbol, n.Signatory.Title = itu.French, "Document 12-F", "Secrétaire général"
	}},
	{name: "Spanish version", mutate: func(n *correspondence.Note) { n.Language, n.Symbol = itu.Spanish, "Documento 12-S" }},
	{name: "Russian version", mutate: func(n *correspondence.Note) { n.Language, n.Symbol = itu.Russian, "Документ 12-R" }},
	{name: "Chinese version", mutate: func(n *correspondence.Note) { n.Language, n.Symbol = itu.Chinese, "第12号文件-C" }},
	{name: "English version named", mutate: func(n *correspondence.Note) { n.Language = itu.English }},
	{name: "French Note with an English symbol", mutate: func(n *correspondence.Note) { n.Language = itu.French },
		want: []want{e("/symbol", correspondence.RuleSymbolLanguage.Code)}},
	{name: "Spanish Note with a French suffix", mutate: func(n *correspondence.Note) { n.Language, n.Symbol = itu.Spanish, "Document 12-F" },
		want: []want{e("/symbol", correspondence.RuleSymbolLanguage.Code)}},
	{name: "language not one of the six", mutate: func(n *correspondence.Note) { n.Language = 9 },
		want: []want{e("/language", codeInvalid)}},
	{name: "signed in French", mutate: func(n *correspondence.Note) { n.Signatory.Title = "Secrétaire général" }},
	{name: "signed in French with the article", mutate: func(n *correspondence.Note) { n.Signatory.Title = "Le Secrétaire général" }},
	{name: "signed in Spanish", mutate: func(n *correspondence.Note) { n.Signatory.Title = "Secretario General" }},
	{name: "signed in Russian", mutate: func(n *correspondence.Note) { n.Signatory.Title = "Генеральный секретарь" }},
	{name: "signed in Chinese", mutate: func(n *correspondence.Note) { n.Signatory.Title = "秘书长" }},
	{name: "signed in Arabic", mutate: func(n *correspondence.Note) { n.Signatory.Title = "الأمين العام" }},
	{name: "signed Deputy in French", mutate: func(n *correspondence.Note) { n.Signatory.Title = "Vice-Secrétaire général" },
		want: []want{e("/signatory/title", correspondence.RuleNoteSignatory.Code)}},
	{name: "signed by a Director", mutate: func(n *correspondence.Note) { n.Signatory.Title = "Director" },
		want: []want{e("/signatory/title", correspondence.RuleNoteSignatory.Code)}},
	{name: "signed by the Deputy Secretary-General", mutate: func(n *correspondence.Note) { n.Signatory.Title = "Deputy Secretary-General" },
		want: []want{e("/signatory/title", correspondence.RuleNoteSignatory.Code)}},
	{name: "signatory title missing", mutate: func(n *correspondence.Note) { n.Signatory.Title = "" },
		want: []want{e("/signatory/title", correspondence.RuleNoteSignatory.Code)}},
	{name: "signatory name missing", mutate: func(n *correspondence.Note) { n.Signatory.Name = "" },
		want: []want{e("/signatory/name", codeRequired)}},
	{name: "person post without candidate", mutate: func(n *correspondence.Note) { n.Candidatures[0].Candidate = "" },
		want: []want{e("/candidatures/0/candidate", correspondence.RuleCandidatureCandidate.Code)}},
	{name: "Council seat naming a person", mutate: func(n *correspondence.Note) { n.Candidatures[0].Post = itu.CouncilMember },
		want: []want{e("/candidatures/0/candidate", correspondence.RuleCandidatureCandidate.Code)}},
	{name: "Council seat without a person", mutate: func(n *correspondence.Note) {
		n.Candidatures[0].Post, n.Candidatures[0].Candidate = itu.CouncilMember, ""
	}},
	{name: "candidature without post", mutate: func(n *correspondence.Note) { n.Candidatures[0].Post = 0 },
		want: []want{e("/candidatures/0/post", codeRequired)}},
	{name: "candidature without Member State", mutate: func(n *correspondence.Note) { n.Candidatures[0].MemberState = "" },
		want: []want{e("/candidatures/0/member_state", codeRequired)}},
	{name: "candidature with unknown Member State", mutate: func(n *correspondence.Note) { n.Candidatures[0].MemberState = "XKX" },
		want: []want{e("/candidatures/0/member_state", codeInvalid)}},
	{name: "no candidatures", mutate: func(n *correspondence.Note) { n.Candidatures = nil },
		want: []want{e("/candidatures", codeRequired)}},
	{name: "empty candidatures", mutate: func(n *correspondence.Note) { n.Candidatures = []correspondence.Candidature{} },
		want: []want{e("/candidatures", codeTooFew)}},
	{name: "candidate named otherwise than in the text", mutate: func(n *correspondence.Note) { n.Candidatures[0].Candidate = "Dr. Chaesub LEE" },
		want: []want{w("/candidatures/0/candidate", correspondence.RuleCandidatureUnmentioned.Code)}},
	{name: "candidate named in another case", mutate: func(n *correspondence.Note) { n.Candidatures[0].Candidate = "DR CHAESUB LEE" }},
	{name: "Member State written names another state", mutate: func(n *correspondence.Note) { n.Candidatures[0].MemberStateText = "Japan" },
		want: []want{
			w("/candidatures/0/member_state_text", correspondence.RuleCandidatureUnmentioned.Code),
			e("/candidatures/0/member_state_text", correspondence.RuleMemberStateText.Code),
		}},
	{name: "Member State written in an unknown form", mutate: func(n *correspondence.Note) {
		n.Candidatures[0].MemberStateText = "Korea"
	}},
	{name: "blank paragraph", mutate: func(n *correspondence.Note) { n.Text[1] = "  " },
		want: []want{
			w("/candidatures/0/candidate", correspondence.RuleCandidatureUnmentioned.Code),
			w("/candidatures/0/member_state_text", correspondence.RuleCandidatureUnmentioned.Code),
			e("/text/1", codeText),
		}},
	{name: "control character in the subject", mutate: func(n *correspondence.Note) { n.Subject += "\x00" },
		want: []want{e("/subject", codeText)}},
	{name: "subject too long", mutate: func(n *correspondence.Note) { n.Subject = strings.Repeat("x", 501) },
		want: []want{e("/subject", codeTooLong)}},
	{name: "body missing", mutate: func(n *correspondence.Note) { n.Body = "" },
		want: []want{e("/body", codeRequired)}},
	{name: "negative annex count", mutate: func(n *correspondence.Note) { n.Annexes = -1 },
		want: []want{e("/annexes", codeRange)}},
}

func TestNoteCheck(t *testing.T) {
	for _, tt := range noteCases {
		t.Run(tt.name, func(t *testing.T) {
			n := seedNote(t)
			tt.mutate(&n)
			got := n.Check(asOf(tt.asOf)...)
			if diff := cmp.Diff(tt.want, wants(got)); diff != "" {
				t.Errorf("Check() mismatch (-want +got):\n%s", diff)
			}
			assertValidate(t, got, n.Validate(asOf(tt.asOf)...))
		})
	}
}

var noteVerbaleCases = []struct {
	name   string
	mutate func(*correspondence.NoteVerbale)
	want   []want
}{
	{name: "seed", mutate: func(*correspondence.NoteVerbale) {}},
	{name: "kind of another record", mutate: func(n *correspondence.NoteVerbale) { n.Kind = itu.KindNote },
		want: []want{e("/kind", codeKind)}},
	{name: "dated after the as-of date", mutate: func(n *correspondence.NoteVerbale) { n.Date = date("2021-11-10") },
		want: []want{e("/date", correspondence.RuleDateFuture.Code)}},
	{name: "written date names another day", mutate: func(n *correspondence.NoteVerbale) { n.DateText = "9 October 2021" },
		want: []want{e("/date_text", correspondence.RuleDateText.Code)}},
	{name: "mission Member State missing", mutate: func(n *correspondence.NoteVerbale) { n.Mission.MemberState = "" },
		want: []want{e("/mission/member_state", correspondence.RuleSenderMemberState.Code)}},
	{name: "mission Member State unknown", mutate: func(n *correspondence.NoteVerbale) { n.Mission.MemberState = "XKX" },
		want: []want{e("/mission/member_state", correspondence.RuleSenderMemberState.Code)}},
	{name: "mission of a state that joined later", mutate: func(n *correspondence.NoteVerbale) {
		n.Mission.MemberState, n.Mission.Name = "PLW", "Permanent Mission of Palau"
		for i := range n.Candidatures {
			n.Candidatures[i].MemberState, n.Candidatures[i].MemberStateText = "PLW", ""
		}
	}, want: []want{e("/mission/member_state", correspondence.RuleSenderMemberState.Code)}},
	{name: "mission name names another state", mutate: func(n *correspondence.NoteVerbale) { n.Mission.Name = "Permanent Mission of Japan" },
		want: []want{e("/mission/member_state", correspondence.RuleSenderMemberState.Code)}},
	{name: "mission name names no state", mutate: func(n *correspondence.NoteVerbale) { n.Mission.Name = "Korean Mission in Geneva" }},
	{name: "mission name missing", mutate: func(n *correspondence.NoteVerbale) { n.Mission.Name = "" },
		want: []want{e("/mission/name", codeRequired)}},
	{name: "candidature of another Member State", mutate: func(n *correspondence.NoteVerbale) {
		n.Candidatures[1].MemberState, n.Candidatures[1].MemberStateText = "JPN", ""
	}, want: []want{e("/candidatures/1/member_state", correspondence.RuleCandidatureMemberState.Code)}},
	{name: "Council seat naming a person", mutate: func(n *correspondence.NoteVerbale) { n.Candidatures[0].Candidate = "Dr. Chaesub LEE" },
		want: []want{e("/candidatures/0/candidate", correspondence.RuleCandidatureCandidate.Code)}},
	{name: "person post without candidate", mutate: func(n *correspondence.NoteVerbale) { n.Candidatures[1].Candidate = "" },
		want: []want{e("/candidatures/1/candidate", correspondence.RuleCandidatureCandidate.Code)}},
	{name: "candidate not a name", mutate: func(n *correspondence.NoteVerbale) { n.Candidatures[1].Candidate = ", Chaesub" },
		want: []want{
			w("/candidatures/1/candidate", correspondence.RuleCandidatureUnmentioned.Code),
			e("/candidatures/1/candidate", codeInvalid),
		}},
	// Issue 14: national notation is read in the country where the mission is.
	{name: "telephone in national form, mission in Geneva", mutate: func(n *correspondence.NoteVerbale) { n.Mission.Telephone = "022 748 0000" }},
	{name: "letterhead forms, mission in Geneva", mutate: func(n *correspondence.NoteVerbale) {
		n.Mission.Telephone, n.Mission.Fax = "(+41 22) 918 08 00/01", "0041 22 749 41 11 ext. 12"
	}},
	{name: "telephone in national form outside the Geneva plan", mutate: func(n *correspondence.NoteVerbale) { n.Mission.Telephone = "022 748" },
		want: []want{e("/mission/telephone", correspondence.RulePhoneMalformed.Code)}},
	{name: "telephone in national form, no city or country", mutate: func(n *correspondence.NoteVerbale) {
		n.Mission.City, n.Mission.Telephone = "", "022 748 0000"
	}, want: []want{w("/mission/telephone", correspondence.RulePhoneUnchecked.Code)}},
	{name: "telephone in national form, mission in New York without a country", mutate: func(n *correspondence.NoteVerbale) {
		n.Mission.City, n.Mission.Telephone = "New York", "(212) 737 4790"
	}},
	{name: "Geneva number printed by a mission in New York", mutate: func(n *correspondence.NoteVerbale) {
		n.Mission.City, n.Mission.Telephone = "New York", "022 749 41 11"
	}, want: []want{e("/mission/telephone", correspondence.RulePhoneMalformed.Code)}},
	{name: "telephone in national form, mission in Vienna without a country", mutate: func(n *correspondence.NoteVerbale) {
		n.Mission.City, n.Mission.Telephone = "Vienna", "01 123 45 67"
	}, want: []want{w("/mission/telephone", correspondence.RulePhoneUnchecked.Code)}},
	{name: "telephone in national form, mission in the United States", mutate: func(n *correspondence.NoteVerbale) {
		n.Mission.City, n.Mission.Country, n.Mission.Telephone = "New York", "USA", "(212) 737 4790"
	}},
	{name: "country given wins over the city", mutate: func(n *correspondence.NoteVerbale) {
		n.Mission.Country, n.Mission.Telephone = "USA", "022 748 0000"
	}, want: []want{e("/mission/telephone", correspondence.RulePhoneMalformed.Code)}},
	{name: "range counting down", mutate: func(n *correspondence.NoteVerbale) { n.Mission.Fax = "+41 22 918 08 01/00" },
		want: []want{e("/mission/fax", correspondence.RulePhoneMalformed.Code)}},
	{name: "telephone nonsense in Geneva", mutate: func(n *correspondence.NoteVerbale) { n.Mission.Telephone = "ask the desk" },
		want: []want{e("/mission/telephone", correspondence.RulePhoneMalformed.Code)}},
	{name: "fax too short", mutate: func(n *correspondence.NoteVerbale) { n.Mission.Fax = "+41 22 748" },
		want: []want{e("/mission/fax", correspondence.RulePhoneMalformed.Code)}},
	{name: "telephone over the bound", mutate: func(n *correspondence.NoteVerbale) {
		n.Mission.Telephone = correspondence.Phone("+41 " + strings.Repeat("2", 40))
	},
		want: []want{e("/mission/telephone", codeTooLong)}},
	{name: "no telephone, fax or email", mutate: func(n *correspondence.NoteVerbale) {
		n.Mission.Telephone, n.Mission.Fax, n.Mission.Email = "", "", ""
	}},
	{name: "email with display name", mutate: func(n *correspondence.NoteVerbale) { n.Mission.Email = "Mission <geneva.korea@mofa.go.kr>" },
		want: []want{e("/mission/email", correspondence.RuleEmailMalformed.Code)}},
	{name: "email without at", mutate: func(n *correspondence.NoteVerbale) { n.Mission.Email = "geneva.korea(at)mofa.go.kr" },
		want: []want{e("/mission/email", correspondence.RuleEmailMalformed.Code)}},
	{name: "address line blank", mutate: func(n *correspondence.NoteVerbale) { n.Mission.Address = append(n.Mission.Address, "\t") },
		want: []want{e("/mission/address/1", codeText)}},
	{name: "conference ends before it starts", mutate: func(n *correspondence.NoteVerbale) { n.Conference.End = date("2022-09-14") },
		want: []want{e("/conference/end", correspondence.RuleConferenceDates.Code)}},
	{name: "conference with a first day only", mutate: func(n *correspondence.NoteVerbale) { n.Conference.End = civil.Date{} },
		want: []want{e("/conference/end", correspondence.RuleConferenceDates.Code)}},
	{name: "conference with a last day only", mutate: func(n *correspondence.NoteVerbale) { n.Conference.Start = civil.Date{} },
		want: []want{e("/conference/start", correspondence.RuleConferenceDates.Code)}},
	{name: "conference of one day", mutate: func(n *correspondence.NoteVerbale) { n.Conference.End = n.Conference.Start }},
	{name: "no conference", mutate: func(n *correspondence.NoteVerbale) { n.Conference = correspondence.ConferenceRef{} }},
	{name: "attachment of an unknown kind", mutate: func(n *correspondence.NoteVerbale) { n.Attachments[0].Document = itu.KindDossier },
		want: []want{e("/attachments/0/document", correspondence.RuleAttachmentDocument.Code)}},
	{name: "attachment kind missing", mutate: func(n *correspondence.NoteVerbale) { n.Attachments[2].Document = "" },
		want: []want{e("/attachments/2/document", codeRequired)}},
	{name: "enclosure line without items", mutate: func(n *correspondence.NoteVerbale) { n.Enclosures.Items = nil },
		want: []want{e("/enclosures/items", codeRequired)}},
	{name: "no enclosure line", mutate: func(n *correspondence.NoteVerbale) { n.Enclosures = correspondence.Enclosures{} }},
	{name: "reference missing", mutate: func(n *correspondence.NoteVerbale) { n.Reference = "" },
		want: []want{e("/reference", codeRequired)}},
	{name: "addressee missing", mutate: func(n *correspondence.NoteVerbale) { n.Addressee = "" },
		want: []want{e("/addressee", codeRequired)}},
	{name: "text missing", mutate: func(n *correspondence.NoteVerbale) { n.Text = nil },
		want: []want{
			w("/candidatures/0/member_state_text", correspondence.RuleCandidatureUnmentioned.Code),
			w("/candidatures/1/candidate", correspondence.RuleCandidatureUnmentioned.Code),
			w("/candidatures/1/member_state_text", correspondence.RuleCandidatureUnmentioned.Code),
			e("/text", codeRequired),
		}},
}

func TestNoteVerbaleCheck(t *testing.T) {
	for _, tt := range noteVerbaleCases {
		t.Run(tt.name, func(t *testing.T) {
			n := seedNoteVerbale(t)
			tt.mutate(&n)
			got := n.Check(seedAsOf)
			if diff := cmp.Diff(tt.want, wants(got)); diff != "" {
				t.Errorf("Check() mismatch (-want +got):\n%s", diff)
			}
			assertValidate(t, got, n.Validate(seedAsOf))
		})
	}
}

var letterCases = []struct {
	name   string
	mutate func(*correspondence.Letter)
	want   []want
}{
	{name: "seed", mutate: func(*correspondence.Letter) {}},
	{name: "kind of another record", mutate: func(l *correspondence.Letter) { l.Kind = itu.KindCV },
		want: []want{e("/kind", codeKind)}},
	{name: "dated after the as-of date", mutate: func(l *correspondence.Letter) {
		l.Date, l.DateText = date("2021-11-27"), "November 27, 2021"
	}, want: []want{e("/date", correspondence.RuleDateFuture.Code)}},
	{name: "written date names another day", mutate: func(l *correspondence.Letter) { l.DateText = "October 28, 2021" },
		want: []want{e("/date_text", correspondence.RuleDateText.Code)}},
	{name: "written date in day-month order", mutate: func(l *correspondence.Letter) { l.DateText = "27 October 2021" }},
	{name: "written date in ISO form", mutate: func(l *correspondence.Letter) { l.DateText = "2021-10-27" }},
	{name: "written date unread", mutate: func(l *correspondence.Letter) { l.DateText = "27.10.2021" },
		want: []want{w("/date_text", correspondence.RuleDateUnread.Code)}},
	{name: "written date of no calendar day", mutate: func(l *correspondence.Letter) { l.DateText = "October 32, 2021" },
		want: []want{w("/date_text", correspondence.RuleDateUnread.Code)}},
	{name: "letterhead Member State missing", mutate: func(l *correspondence.Letter) { l.Letterhead.MemberState = "" },
		want: []want{e("/letterhead/member_state", correspondence.RuleSenderMemberState.Code)}},
	{name: "letterhead names another state", mutate: func(l *correspondence.Letter) { l.Letterhead.MemberStateText = "Japan" },
		want: []want{e("/letterhead/member_state_text", correspondence.RuleMemberStateText.Code)}},
	{name: "letterhead ministry missing", mutate: func(l *correspondence.Letter) { l.Letterhead.Ministry = "" },
		want: []want{e("/letterhead/ministry", codeRequired)}},
	{name: "candidature of another Member State", mutate: func(l *correspondence.Letter) { l.Candidatures[0].MemberState = "JPN" },
		want: []want{
			e("/candidatures/0/member_state", correspondence.RuleCandidatureMemberState.Code),
			e("/candidatures/0/member_state_text", correspondence.RuleMemberStateText.Code),
		}},
	{name: "candidate named otherwise than in the text", mutate: func(l *correspondence.Letter) { l.Candidatures[1].Candidate = "Dr Chaesub LEE" },
		want: []want{w("/candidatures/1/candidate", correspondence.RuleCandidatureUnmentioned.Code)}},
	{name: "Council seat naming a person", mutate: func(l *correspondence.Letter) { l.Candidatures[0].Candidate = "Dr. Chaesub Lee" },
		want: []want{e("/candidatures/0/candidate", correspondence.RuleCandidatureCandidate.Code)}},
	{name: "recipient name missing", mutate: func(l *correspondence.Letter) { l.Recipient.Name = "" },
		want: []want{e("/recipient/name", codeRequired)}},
	{name: "page break before a paragraph", mutate: func(l *correspondence.Letter) { l.PageBreaks[0] = correspondence.PageBreak{Paragraph: 6} }},
	{name: "page break past the last paragraph", mutate: func(l *correspondence.Letter) { l.PageBreaks[0].Paragraph = 8 },
		want: []want{e("/page_breaks/0/paragraph", correspondence.RulePageBreak.Code)}},
	{name: "page break with a negative paragraph", mutate: func(l *correspondence.Letter) { l.PageBreaks[0].Paragraph = -1 },
		want: []want{e("/page_breaks/0/paragraph", correspondence.RulePageBreak.Code)}},
	{name: "page break past the last word", mutate: func(l *correspondence.Letter) { l.PageBreaks[0].Word = 400 },
		want: []want{e("/page_breaks/0/word", correspondence.RulePageBreak.Code)}},
	{name: "page break with a negative word", mutate: func(l *correspondence.Letter) { l.PageBreaks[0].Word = -3 },
		want: []want{e("/page_breaks/0/word", correspondence.RulePageBreak.Code)}},
	{name: "page break repeated", mutate: func(l *correspondence.Letter) { l.PageBreaks = append(l.PageBreaks, l.PageBreaks[0]) },
		want: []want{e("/page_breaks/1", correspondence.RulePageBreak.Code)}},
	{name: "attachment of an unknown kind", mutate: func(l *correspondence.Letter) { l.Attachments[0].Document = "photo" },
		want: []want{e("/attachments/0/document", correspondence.RuleAttachmentDocument.Code)}},
	{name: "signature description blank", mutate: func(l *correspondence.Letter) { l.Signatory.Signature = " " },
		want: []want{e("/signatory/signature", codeText)}},
	{name: "no candidatures", mutate: func(l *correspondence.Letter) { l.Candidatures = nil },
		want: []want{e("/candidatures", codeRequired)}},
}

func TestLetterCheck(t *testing.T) {
	for _, tt := range letterCases {
		t.Run(tt.name, func(t *testing.T) {
			l := seedLetter(t)
			tt.mutate(&l)
			got := l.Check(seedAsOf)
			if diff := cmp.Diff(tt.want, wants(got)); diff != "" {
				t.Errorf("Check() mismatch (-want +got):\n%s", diff)
			}
			assertValidate(t, got, l.Validate(seedAsOf))
		})
	}
}

// asOf turns a table's as-of date into options: "" is the seed's date, "-"
// means none.
func asOf(s string) []itu.Option {
	switch s {
	case "":
		return []itu.Option{seedAsOf}
	case "-":
		return nil
	}
	return []itu.Option{itu.AsOf(date(s))}
}

// assertValidate checks that Validate agrees with Check: nil exactly when no
// violation is an error, else a ValidationError matching ErrInvalid with the
// same violations.
func assertValidate(t *testing.T, vs []itu.Violation, err error) {
	t.Helper()
	hasError := slices.ContainsFunc(vs, func(v itu.Violation) bool { return v.Severity == itu.Error })
	if !hasError {
		if err != nil {
			t.Errorf("Validate() = %v; want nil", err)
		}
		return
	}
	if !errors.Is(err, itu.ErrInvalid) {
		t.Fatalf("Validate() = %v; want an error matching itu.ErrInvalid", err)
	}
	if diff := cmp.Diff(vs, itu.Violations(err)); diff != "" {
		t.Errorf("Validate() violations differ from Check() (-check +validate):\n%s", diff)
	}
}

// TestEveryRuleTested fails when a rule of this package has no case in the
// tables above.
func TestEveryRuleTested(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range noteCases {
		for _, w := range c.want {
			seen[w.Code] = true
		}
	}
	for _, c := range noteVerbaleCases {
		for _, w := range c.want {
			seen[w.Code] = true
		}
	}
	for _, c := range letterCases {
		for _, w := range c.want {
			seen[w.Code] = true
		}
	}
	for _, r := range catalog.Rules() {
		if strings.HasPrefix(r.Code, "correspondence.") && !seen[r.Code] {
			t.Errorf("rule %s has no table case", r.Code)
		}
	}
}

// TestRuleSeverities pins the severity of each rule of the package, so the
// severities in the table cases above mean what they say.
func TestRuleSeverities(t *testing.T) {
	var got []want
	for _, r := range catalog.Rules() {
		if strings.HasPrefix(r.Code, "correspondence.") {
			got = append(got, want{Code: r.Code, Severity: r.Severity})
		}
	}
	wantWarnings := []string{correspondence.RuleCandidatureUnmentioned.Code, correspondence.RuleDateUnread.Code, correspondence.RulePhoneUnchecked.Code}
	for _, g := range got {
		if slices.Contains(wantWarnings, g.Code) != (g.Severity == itu.Warning) {
			t.Errorf("rule %s has severity %v", g.Code, g.Severity)
		}
	}
	if len(got) != 17 {
		t.Errorf("the package defines %d rules; want 17", len(got))
	}
}
