package cv_test

import (
	"fmt"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/cv"
)

func ExampleCV_Validate() {
	c := cv.CV{
		Name:    "DR. DOE, JANE",
		Post:    itu.DirectorBDT,
		Heading: []string{"Candidate for the post of Secretary-General"},
		Profile: cv.Profile{Nationality: "PLW"}, // Palau joined the Union in 2024
		Education: []cv.Education{
			{Degree: "PhD", Level: cv.Doctorate, Institution: "Fictional University", Period: civil.MustParsePeriod("2001 – Present")},
		},
		Career: []cv.Position{
			{Period: civil.MustParsePeriod("1990 - 2010"), Title: "Engineer", Organisation: "Fictional Telecom"},
			{Period: civil.MustParsePeriod("2012 - 2011"), Title: "Adviser", Organisation: "Fictional Ministry"},
		},
	}
	err := c.Validate(itu.AsOf(civil.MustParseDate("2021-11-09")))
	for _, v := range itu.Violations(err) {
		fmt.Println(v)
	}
	// Output:
	// warning: /career/1/period: "2012 - 2011" starts after the entry above it ("1990 - 2010"); list entries most recent first [cv.entries.order]
	// /career/1/period: "2012 - 2011" ends in 2011, before it starts in 2012; a period ends on or after it starts [cv.period.order]
	// warning: /education/0/period: "2001 – Present" is still in progress, so the degree is not yet awarded; write the year it was completed if it has been [cv.period.present]
	// /heading/0: names the post "Secretary-General" (SG), but the record stands for Director of the Telecommunication Development Bureau (BDT); make them agree [cv.heading.post]
	// /profile/nationality: "PLW" (Palau) joined the Union on 2024-09-19, after the as-of date 2021-11-09; want a Member State on that date [cv.nationality.member]
}

func ExampleCV_Text() {
	c := cv.CV{
		Name:    "DR. DOE, JANE",
		Post:    itu.DirectorBDT,
		Profile: cv.Profile{Nationality: "FRA", NationalityText: "France"},
		Education: []cv.Education{
			{Degree: "MSc", Level: cv.Master, Field: "Physics", Institution: "Fictional University", Period: civil.MustParsePeriod("1994")},
		},
		Career: []cv.Position{
			{Period: civil.MustParsePeriod("2000 – Present"), Title: "Engineer", Organisation: "Fictional Telecom"},
		},
	}
	fmt.Print(c.Text())
	// Output:
	// DR. DOE, JANE
	//
	// PROFILE
	//
	// - Nationality France
	// - Education
	//  - MSc Physics, Fictional University, 1994
	//
	// PROFESSIONAL CAREER
	//
	// - 2000 – Present Engineer, Fictional Telecom
}

func ExampleVisionStatement_Validate() {
	v := cv.VisionStatement{
		Name:     "DR. DOE, JANE",
		Post:     itu.DirectorBDT,
		Language: itu.English,
		Sections: []cv.Section{
			{Paragraphs: []cv.Paragraph{cv.MustParseParagraph("I am a **made-up** candidate.")}},
			{Paragraphs: []cv.Paragraph{{Spans: []cv.Span{{Text: "a", Emphasis: cv.Bold}, {Text: "b", Emphasis: cv.Bold}}}}},
		},
		Translations: []cv.Translation{{Language: itu.English, Sections: []cv.Section{
			{Paragraphs: []cv.Paragraph{cv.MustParseParagraph("Again.")}},
		}}},
	}
	err := v.Validate()
	for _, v := range itu.Violations(err) {
		fmt.Println(v)
	}
	// Output:
	// warning: /sections/1/heading: section 1 has no heading; a section without one continues the section before, so merge them [cv.section.heading]
	// warning: /sections/1/paragraphs/0/spans/1: has the same emphasis ("bold") as the span before; merge them into one span [cv.span.adjacent]
	// /translations/0/language: "en" is the statement's own language; a translation is in another official language [cv.translation.language]
	// warning: /translations/0/sections: has 1 section; the statement it translates has 2 sections [cv.translation.sections]
}

func ExampleParseParagraph() {
	p, err := cv.ParseParagraph("My vision is ***“Building a Trusted ICT Platform”*** until **2030**.")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range p.Spans {
		fmt.Printf("%-12q %q\n", s.Emphasis.String(), s.Text)
	}
	fmt.Println(p.Text())
	_, err = cv.ParseParagraph("**unclosed")
	fmt.Println(err)
	// Output:
	// ""           "My vision is "
	// "bold_italic" "“Building a Trusted ICT Platform”"
	// ""           " until "
	// "bold"       "2030"
	// ""           "."
	// My vision is “Building a Trusted ICT Platform” until 2030.
	// cv: parse paragraph "**unclosed": bad emphasis markup (unclosed "**" at byte 10)
}

func ExampleParagraph_Markdown() {
	p := cv.Paragraph{Spans: []cv.Span{
		{Text: "for “"},
		{Text: "New Normal Life", Emphasis: cv.Bold},
		{Text: "” with 5 * 3"},
	}}
	fmt.Println(p.Markdown())
	// Output:
	// for “**New Normal Life**” with 5 \* 3
}

func ExampleVisionStatement_Render() {
	p := cv.MustParseParagraph("cooperation among **member states**, and private sectors.")
	p.PageBreaks = []int{3} // the page breaks before "states,"
	v := cv.VisionStatement{Name: "DR. DOE, JANE", Sections: []cv.Section{
		{Heading: "First Journey", Paragraphs: []cv.Paragraph{p}},
	}}
	fmt.Printf("%q\n", v.Render())
	// Output:
	// "\n\n\n\nDR. DOE, JANE\n\nFirst Journey\n\ncooperation among **member**\n\n**states**, and private sectors."
}

func ExampleParseLevel() {
	l, err := cv.ParseLevel("doctorate")
	fmt.Println(l, err)
	_, err = cv.ParseLevel("PhD")
	fmt.Println(err)
	fmt.Println(cv.LevelOfDegree("PhD"), cv.LevelOfDegree("M.Sc."), cv.LevelOfDegree("Bachelor of Arts"))
	// Output:
	// doctorate <nil>
	// cv: parse level "PhD": unknown degree level (want bachelor, master, doctorate or other)
	// doctorate master bachelor
}

func ExampleParseRole() {
	r, err := cv.ParseRole("Vice Chairman")
	fmt.Println(r, err)
	fmt.Println(cv.RoleOf("Member of Korean Delegation to"))
	_, err = cv.ParseRole("Convenor")
	fmt.Println(err)
	// Output:
	// vice_chairman <nil>
	// member
	// cv: parse role "Convenor": unknown role (want one of chairman, vice_chairman, rapporteur, associate_rapporteur, editor, director, member, delegate, other)
}

func ExampleParseEmphasis() {
	e, err := cv.ParseEmphasis("bold_italic")
	fmt.Println(e, e.Marker(), e&cv.Bold != 0, e&cv.Italic != 0, err)
	_, err = cv.ParseEmphasis("underline")
	fmt.Println(err)
	// Output:
	// bold_italic *** true true <nil>
	// cv: parse emphasis "underline": unknown emphasis (want bold, italic, bold_italic or empty)
}
