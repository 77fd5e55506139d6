package cv_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/cv"
)

func TestCVText(t *testing.T) {
	want := `DR. DOE, JANE

Candidate for the post of Director of the Telecommunication Development Bureau
International Telecommunication Union

“Connecting the Fictional”

a made-up CV for tests

PROFILE

- Nationality France
- Date of Birth 1970
- Marital Status Single
- Languages French (mother tongue), English
- Education
 - PhD Physics, Fictional University, France, 1998
 - MSc Physics, Fictional University, France, 1994
 - BSc Physics, Fictional College 1992

PROFESSIONAL CAREER

- 2019 – Present Head, Spectrum Unit, Fictional Regulator
- 2000 - 2018 Engineer, Fictional Telecom, France

ITU ACTIVITIES

- 2010 – 2014 Vice-Chair, ITU-D SG1
- 2005 – 2008 Rapporteur, Q1/1, ITU-D SG1

Selected achievements (2019 – Present)

- Opened a fictional exchange
- Closed a fictional gap
`
	if diff := cmp.Diff(want, fictionalCV().Text()); diff != "" {
		t.Errorf("Text() mismatch (-want +got):\n%s", diff)
	}
}

func TestCVLines(t *testing.T) {
	c := fictionalCV()
	c.Heading, c.Slogan, c.Tagline, c.Activities, c.Achievements = nil, "", "", nil, nil
	c.Profile = cv.Profile{Nationality: "FRA"}
	c.Education = c.Education[:1]
	c.Career = c.Career[:1]
	want := []string{
		"DR. DOE, JANE",
		"PROFILE",
		"Nationality France",
		"Education",
		"PhD Physics, Fictional University, France, 1998",
		"PROFESSIONAL CAREER",
		"2019 – Present Head, Spectrum Unit, Fictional Regulator",
	}
	if diff := cmp.Diff(want, c.Lines()); diff != "" {
		t.Errorf("Lines() mismatch (-want +got):\n%s", diff)
	}
}

func TestEntryLines(t *testing.T) {
	tests := []struct {
		name, got, want string
	}{
		{"degree without field or country", cv.Education{Degree: "MBA", Institution: "Fictional School", Period: civil.MustParsePeriod("2001")}.Line(), "MBA, Fictional School, 2001"},
		{"degree over years", cv.Education{Degree: "BA", Field: "Law", Institution: "X", Period: civil.MustParsePeriod("1979 - 1983"), PeriodSep: ": "}.Line(), "BA Law, X: 1979 - 1983"},
		{"position, title and organisation", cv.Position{Period: civil.MustParsePeriod("2004 – 2012"), Title: "Research Consultant", Organisation: "ETRI", Country: "Korea"}.Line(), "2004 – 2012 Research Consultant, ETRI, Korea"},
		{"activity with written separator", cv.Activity{Period: civil.MustParsePeriod("1987 – 1991"), RoleText: "Member of Korean Delegation to", Body: "CCITT SGVIII & SGXVIII", Sep: " "}.Line(), "1987 – 1991 Member of Korean Delegation to CCITT SGVIII & SGXVIII"},
		{"activity, default separator", cv.Activity{Period: civil.MustParsePeriod("2009 - 2014"), RoleText: "Chairman", Body: "ITU-T SG13, NGN-JCA & IPTV-JCA"}.Line(), "2009 - 2014 Chairman, ITU-T SG13, NGN-JCA & IPTV-JCA"},
		{"achievements without period", cv.AchievementList{Title: "Awards"}.Heading(), "Awards"},
		{"achievements with period", cv.AchievementList{Title: "Achievements during the TSB Director", Period: civil.MustParsePeriod("2015 ~ 2021")}.Heading(), "Achievements during the TSB Director (2015 ~ 2021)"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}

func TestVisionRender(t *testing.T) {
	v := fictionalVision()
	wantMD := `DR. DOE, JANE

Candidate for the post of Director of the Telecommunication Development Bureau

“Connecting the Fictional”

I am a **made-up** candidate.

My plan

First, ***connect*** everyone.

Then *rest*.
`
	if diff := cmp.Diff(wantMD, v.Markdown()); diff != "" {
		t.Errorf("Markdown() mismatch (-want +got):\n%s", diff)
	}
	wantText := `DR. DOE, JANE

Candidate for the post of Director of the Telecommunication Development Bureau

“Connecting the Fictional”

I am a made-up candidate.

My plan

First, connect everyone.

Then rest.
`
	if diff := cmp.Diff(wantText, v.Text()); diff != "" {
		t.Errorf("Text() mismatch (-want +got):\n%s", diff)
	}
	wantLines := []string{
		"DR. DOE, JANE",
		"Candidate for the post of Director of the Telecommunication Development Bureau",
		"“Connecting the Fictional”",
		"I am a **made-up** candidate.",
		"My plan",
		"First, ***connect*** everyone.",
		"Then *rest*.",
	}
	if diff := cmp.Diff(wantLines, v.Lines()); diff != "" {
		t.Errorf("Lines() mismatch (-want +got):\n%s", diff)
	}
	fr, _ := v.In(itu.French)
	if got, want := fr.Lines()[2], "Je suis une candidate **inventée**."; got != want {
		t.Errorf("French Lines()[2] = %q, want %q", got, want)
	}
}

// pageBreakTests are paragraphs written in markup with page breaks, and how
// a statement holding only that paragraph renders after its opening.
var pageBreakTests = []struct {
	name   string
	md     string
	breaks []int
	want   string
}{
	{name: "no break", md: "one two three", want: "one two three"},
	{name: "inside a plain span", md: "one two  three", breaks: []int{2}, want: "one two\n\nthree"},
	{name: "after a bold span", md: "one **two** three", breaks: []int{2}, want: "one **two**\n\nthree"},
	{name: "after a bold span ending in a space", md: "one **two **three", breaks: []int{2}, want: "one **two**\n\nthree"},
	{name: "inside a bold span", md: "one **two three** four", breaks: []int{2}, want: "one **two**\n\n**three** four"},
	{name: "two breaks, out of order and repeated", md: "a b c d", breaks: []int{3, 1, 3}, want: "a\n\nb c\n\nd"},
	{name: "word split across spans", md: "see “**New Life**” now", breaks: []int{2}, want: "see “**New**\n\n**Life**” now"},
	{name: "breaks at 0 and past the end left out", md: "a b", breaks: []int{0, 2, 9}, want: "a b"},
}

func TestParagraphPageBreaks(t *testing.T) {
	tests := pageBreakTests
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := cv.MustParseParagraph(tt.md)
			p.PageBreaks = tt.breaks
			v := cv.VisionStatement{Name: "X", Sections: []cv.Section{{Paragraphs: []cv.Paragraph{p}}}}
			if diff := cmp.Diff("\n\n\n\nX\n\n"+tt.want, v.Render()); diff != "" {
				t.Errorf("Render() mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff("X\n\n"+tt.want+"\n", v.Markdown()); diff != "" {
				t.Errorf("Markdown() mismatch (-want +got):\n%s", diff)
			}
			if got, want := p.Markdown(), cv.MustParseParagraph(tt.md).Markdown(); got != want {
				t.Errorf("Paragraph.Markdown() = %q; want the whole paragraph %q", got, want)
			}
		})
	}
}

func TestCVRender(t *testing.T) {
	c := fictionalCV()
	if got, want := c.Render(), "\n\n\n\n"+strings.TrimSuffix(c.Text(), "\n"); got != want {
		t.Errorf("Render() = %q; want %q", got, want)
	}
}

// FuzzParagraphPageBreaks checks that page breaks only cut a paragraph: the
// parts hold its words in order, one part more than the breaks inside it,
// and each part's markup reads back.
func FuzzParagraphPageBreaks(f *testing.F) {
	for _, tt := range pageBreakTests {
		b := append(slices.Clone(tt.breaks), 0, 0)
		f.Add(tt.md, b[0], b[1])
	}
	f.Fuzz(func(t *testing.T, md string, b1, b2 int) {
		p, err := cv.ParseParagraph(md)
		if err != nil || strings.ContainsAny(md, "\n\r\u0085\u2028\u2029") || strings.TrimSpace(p.Text()) == "" {
			return
		}
		p.PageBreaks = []int{b1, b2}
		v := cv.VisionStatement{Name: "X", Sections: []cv.Section{{Paragraphs: []cv.Paragraph{p}}}}
		parts := strings.Split(strings.TrimPrefix(v.Render(), "\n\n\n\nX\n\n"), "\n\n")
		words := strings.Fields(p.Text())
		want := 1
		for _, b := range slices.Compact(slices.Sorted(slices.Values([]int{b1, b2}))) {
			if b >= 1 && b < len(words) {
				want++
			}
		}
		if len(parts) != want {
			t.Fatalf("%d parts %q; want %d", len(parts), parts, want)
		}
		var got []string
		for _, part := range parts {
			q, err := cv.ParseParagraph(part)
			if err != nil {
				t.Fatalf("part %q does not read back: %v", part, err)
			}
			got = append(got, strings.Fields(q.Text())...)
		}
		if diff := cmp.Diff(words, got); diff != "" {
			t.Fatalf("words differ (-paragraph +parts):\n%s", diff)
		}
	})
}
