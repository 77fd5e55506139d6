package correspondence_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/correspondence"
)

func TestFormatDate(t *testing.T) {
	tests := []struct {
		in   civil.Date
		want string
	}{
		{civil.MustParseDate("2021-11-09"), "9 November 2021"},
		{civil.MustParseDate("2022-10-14"), "14 October 2022"},
		{civil.Date{}, ""},
		{civil.Date{Year: 2021, Month: 2, Day: 30}, ""},
	}
	for _, tt := range tests {
		if got := correspondence.FormatDate(tt.in); got != tt.want {
			t.Errorf("FormatDate(%v) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestNoteLines(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*correspondence.Note)
		want   []string
	}{
		{name: "seed", mutate: func(*correspondence.Note) {}, want: []string{
			"PLENARY MEETING", "",
			"Document 12-E", "9 November 2021", "Original: English", "",
			"Note by the Secretary-General", "",
			"CANDIDACY FOR THE POST OF DEPUTY SECRETARY-GENERAL", "",
			"Further to the information published in Document 3, I have the pleasure in transmitting to the Conference, in annex, the candidacy of:", "",
			"Dr Chaesub LEE (Republic of Korea)", "",
			"for the post of Deputy Secretary-General of the International Telecommunication Union.", "",
			"Houlin ZHAO", "Secretary-General", "",
			"Annex: 1",
		}},
		{name: "written date, three annexes, no original", mutate: func(n *correspondence.Note) {
			n.DateText, n.Annexes, n.Original = "9 Nov. 2021", 3, 0
			n.Text = n.Text[:1]
		}, want: []string{
			"PLENARY MEETING", "",
			"Document 12-E", "9 Nov. 2021", "",
			"Note by the Secretary-General", "",
			"CANDIDACY FOR THE POST OF DEPUTY SECRETARY-GENERAL", "",
			"Further to the information published in Document 3, I have the pleasure in transmitting to the Conference, in annex, the candidacy of:", "",
			"Houlin ZHAO", "Secretary-General", "",
			"Annexes: 3",
		}},
		{name: "no annex, multi-line paragraph", mutate: func(n *correspondence.Note) {
			n.Annexes = 0
			n.Text = []string{"first line\nsecond line"}
		}, want: []string{
			"PLENARY MEETING", "",
			"Document 12-E", "9 November 2021", "Original: English", "",
			"Note by the Secretary-General", "",
			"CANDIDACY FOR THE POST OF DEPUTY SECRETARY-GENERAL", "",
			"first line", "second line", "",
			"Houlin ZHAO", "Secretary-General",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := seedNote(t)
			tt.mutate(&n)
			if diff := cmp.Diff(tt.want, n.Lines()); diff != "" {
				t.Errorf("Lines() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNoteVerbaleLines(t *testing.T) {
	head := []string{"Permanent Mission of the Republic of Korea", "Geneva", "", "Avenue de l'Ariana 1 P.O.Box 42, 1211 Geneva 20"}
	const sig = "A handwritten signature in black ink, appearing to read 'Lim Hyesook'."
	tests := []struct {
		name   string
		mutate func(*correspondence.NoteVerbale)
		want   []string
	}{
		{name: "telephone and fax", mutate: func(n *correspondence.NoteVerbale) { n.Text = []string{"Body."} }, want: concat(head, []string{
			"Tel: +41(0)22 748 0000 / Fax: +41(0)22 748 0001", "geneva.korea@mofa.go.kr", "",
			"KGV/303/2021", "", "Body.", "", "9 November 2021", "", "Enclosed : As attached", "",
			sig, "", "International Telecommunication Union (ITU)",
		})},
		{name: "telephone only, two enclosures, no email", mutate: func(n *correspondence.NoteVerbale) {
			n.Text, n.Mission.Fax, n.Mission.Email = []string{"Body."}, "", ""
			n.Enclosures.Items = []string{"CV", "vision statement"}
		}, want: concat(head, []string{
			"Tel: +41(0)22 748 0000", "",
			"KGV/303/2021", "", "Body.", "", "9 November 2021", "", "Enclosed : CV; vision statement", "",
			sig, "", "International Telecommunication Union (ITU)",
		})},
		{name: "fax only, no enclosure line, no signature", mutate: func(n *correspondence.NoteVerbale) {
			n.Text, n.Mission.Telephone, n.Enclosures, n.Signature = []string{"Body."}, "", correspondence.Enclosures{}, ""
		}, want: concat(head, []string{
			"Fax: +41(0)22 748 0001", "geneva.korea@mofa.go.kr", "",
			"KGV/303/2021", "", "Body.", "", "9 November 2021", "",
			"International Telecommunication Union (ITU)",
		})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := seedNoteVerbale(t)
			tt.mutate(&n)
			if diff := cmp.Diff(tt.want, n.Lines()); diff != "" {
				t.Errorf("Lines() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLetterLines(t *testing.T) {
	base := func() correspondence.Letter {
		return correspondence.Letter{
			Letterhead: correspondence.Letterhead{Ministry: "Ministry", MemberState: "KOR", EveryPage: true},
			Recipient:  correspondence.Recipient{Name: "Mr X", Address: []string{"Geneva"}},
			Date:       civil.MustParseDate("2021-10-27"),
			Salutation: "Sir,",
			Text:       []string{"one two  three four", "five six"},
			Closing:    "Yours,",
			Signatory:  correspondence.Signatory{Name: "Ms Y"},
		}
	}
	top := []string{"Ministry", "Korea (Rep. of)", "", "Mr X", "Geneva", "", "27 October 2021", "", "Sir,", ""}
	foot := []string{"", "Yours,", "", "Ms Y"}
	tests := []struct {
		name   string
		mutate func(*correspondence.Letter)
		want   []string
	}{
		{name: "one page", mutate: func(*correspondence.Letter) {}, want: concat(top, []string{
			"one two  three four", "", "five six"}, foot)},
		{name: "break inside a paragraph", mutate: func(l *correspondence.Letter) {
			l.PageBreaks = []correspondence.PageBreak{{Paragraph: 0, Word: 2}}
		}, want: concat(top, []string{
			"one two", "", "Ministry", "Korea (Rep. of)", "", "three four", "", "five six"}, foot)},
		{name: "break between paragraphs", mutate: func(l *correspondence.Letter) {
			l.PageBreaks = []correspondence.PageBreak{{Paragraph: 1}}
		}, want: concat(top, []string{
			"one two  three four", "", "Ministry", "Korea (Rep. of)", "", "five six"}, foot)},
		{name: "two breaks in one paragraph, listed out of order", mutate: func(l *correspondence.Letter) {
			l.PageBreaks = []correspondence.PageBreak{{Paragraph: 0, Word: 3}, {Paragraph: 0, Word: 1}}
		}, want: concat(top, []string{
			"one", "", "Ministry", "Korea (Rep. of)", "", "two  three", "", "Ministry", "Korea (Rep. of)", "", "four", "", "five six"}, foot)},
		{name: "letterhead on the first page only", mutate: func(l *correspondence.Letter) {
			l.PageBreaks = []correspondence.PageBreak{{Paragraph: 0, Word: 2}}
			l.Letterhead.EveryPage = false
		}, want: concat(top, []string{
			"one two", "", "three four", "", "five six"}, foot)},
		{name: "breaks outside the text are left out", mutate: func(l *correspondence.Letter) {
			l.PageBreaks = []correspondence.PageBreak{{Paragraph: 5}, {Paragraph: 0, Word: 9}, {Paragraph: -1}}
		}, want: concat(top, []string{
			"one two  three four", "", "five six"}, foot)},
		{name: "signature description and enclosure line", mutate: func(l *correspondence.Letter) {
			l.Signatory.Signature, l.Signatory.Title = "A signature.", "Minister"
			l.Enclosures = correspondence.Enclosures{Label: "Encl.:", Items: []string{"CV"}}
		}, want: concat(top, []string{
			"one two  three four", "", "five six", "", "Yours,", "", "A signature.", "", "Ms Y", "Minister", "", "Encl.: CV"})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := base()
			tt.mutate(&l)
			if diff := cmp.Diff(tt.want, l.Lines()); diff != "" {
				t.Errorf("Lines() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func concat(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func TestCandidatureString(t *testing.T) {
	tests := []struct {
		in   correspondence.Candidature
		want string
	}{
		{correspondence.Candidature{Post: itu.DeputySecretaryGeneral, Candidate: "Dr Chaesub LEE", MemberState: "KOR"}, "DSG: Dr Chaesub LEE (KOR)"},
		{correspondence.Candidature{Post: itu.CouncilMember, MemberState: "KOR"}, "COUNCIL: KOR"},
	}
	for _, tt := range tests {
		if got := tt.in.String(); got != tt.want {
			t.Errorf("String() = %q; want %q", got, tt.want)
		}
	}
}

// TestRender checks the transcript form of each document: every page opened
// by three blank lines, italic blocks marked with "*", no final line feed.
func TestRender(t *testing.T) {
	nv := func(mutate func(*correspondence.NoteVerbale)) string {
		n := correspondence.NoteVerbale{
			Mission:   correspondence.Mission{MemberState: "KOR", Name: "Mission", City: "Geneva", Address: []string{"Street 1"}, Email: "a@b.ch"},
			Reference: "REF/1",
			Date:      civil.MustParseDate("2021-11-09"),
			Addressee: "ITU",
			Text:      []string{"Body."},
			Signature: "A stamp.",
		}
		mutate(&n)
		return n.Render()
	}
	letter := func(mutate func(*correspondence.Letter)) string {
		l := correspondence.Letter{
			Letterhead: correspondence.Letterhead{Ministry: "Ministry", MemberStateText: "Korea", EveryPage: true},
			Recipient:  correspondence.Recipient{Name: "Mr X"},
			Date:       civil.MustParseDate("2021-10-27"),
			Text:       []string{"one two", "three"},
			Signatory:  correspondence.Signatory{Name: "Ms Y"},
		}
		mutate(&l)
		return l.Render()
	}
	tests := []struct {
		name, got, want string
	}{
		{"note verbale", nv(func(*correspondence.NoteVerbale) {}),
			"\n\n\n\nMission\nGeneva\n\nStreet 1\na@b.ch\n\nREF/1\n\nBody.\n\n9 November 2021\n\nA stamp.\n\nITU"},
		{"note verbale, italic letterhead, foot on a new page", nv(func(n *correspondence.NoteVerbale) { n.Mission.Italic, n.FootPage = true, true }),
			"\n\n\n\n*Mission\nGeneva*\n\n*Street 1\na@b.ch*\n\nREF/1\n\nBody.\n\n9 November 2021\n\n\n\nA stamp.\n\nITU"},
		{"note verbale, foot on a new page without a signature", nv(func(n *correspondence.NoteVerbale) { n.FootPage, n.Signature = true, "" }),
			"\n\n\n\nMission\nGeneva\n\nStreet 1\na@b.ch\n\nREF/1\n\nBody.\n\n9 November 2021\n\n\n\nITU"},
		{"letter, one page", letter(func(*correspondence.Letter) {}),
			"\n\n\n\nMinistry\nKorea\n\nMr X\n\n27 October 2021\n\none two\n\nthree\n\nMs Y"},
		{"letter, break inside a paragraph", letter(func(l *correspondence.Letter) { l.PageBreaks = []correspondence.PageBreak{{Paragraph: 0, Word: 1}} }),
			"\n\n\n\nMinistry\nKorea\n\nMr X\n\n27 October 2021\n\none\n\n\n\nMinistry\nKorea\n\ntwo\n\nthree\n\nMs Y"},
		{"letter, break between paragraphs, letterhead once", letter(func(l *correspondence.Letter) {
			l.PageBreaks, l.Letterhead.EveryPage = []correspondence.PageBreak{{Paragraph: 1}}, false
		}), "\n\n\n\nMinistry\nKorea\n\nMr X\n\n27 October 2021\n\none two\n\n\n\nthree\n\nMs Y"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.got); diff != "" {
				t.Errorf("Render() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
