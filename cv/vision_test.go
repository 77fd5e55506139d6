package cv_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/cv"
)

// fictionalVision returns a fresh, valid, made-up vision statement with a
// French translation, for the rule tests to mutate.
func fictionalVision() cv.VisionStatement {
	return cv.VisionStatement{
		Kind:     itu.KindVisionStatement,
		Name:     "DR. DOE, JANE",
		Post:     itu.DirectorBDT,
		Language: itu.English,
		Heading:  []string{"Candidate for the post of Director of the Telecommunication Development Bureau"},
		Slogan:   "Connecting the Fictional",
		Sections: []cv.Section{
			{Paragraphs: []cv.Paragraph{cv.MustParseParagraph("I am a **made-up** candidate.")}},
			{Heading: "My plan", Paragraphs: []cv.Paragraph{
				cv.MustParseParagraph("First, ***connect*** everyone."),
				cv.MustParseParagraph("Then *rest*."),
			}},
		},
		Translations: []cv.Translation{{
			Language: itu.French,
			Slogan:   "Connecter l’imaginaire",
			Sections: []cv.Section{
				{Paragraphs: []cv.Paragraph{cv.MustParseParagraph("Je suis une candidate **inventée**.")}},
				{Heading: "Mon plan", Paragraphs: []cv.Paragraph{cv.MustParseParagraph("D’abord, ***connecter*** tout le monde.")}},
			},
		}},
	}
}

func spans(ss ...cv.Span) cv.Paragraph { return cv.Paragraph{Spans: ss} }

var visionRuleTests = []struct {
	name   string
	mutate func(*cv.VisionStatement)
	want   []want
}{
	{"valid fixture", func(*cv.VisionStatement) {}, nil},
	{"kind of another record", func(v *cv.VisionStatement) { v.Kind = itu.KindCV }, []want{{"/kind", "payload.kind"}}},
	{"name missing", func(v *cv.VisionStatement) { v.Name = "" }, []want{{"/name", "field.required"}}},
	{"post missing", func(v *cv.VisionStatement) { v.Post = 0 }, []want{{"/post", "field.required"}}},
	{"sections missing", func(v *cv.VisionStatement) { v.Sections = nil; v.Translations = nil }, []want{{"/sections", "field.required"}}},
	{"section without paragraphs", func(v *cv.VisionStatement) { v.Sections[1].Paragraphs = []cv.Paragraph{} }, []want{{"/sections/1/paragraphs", "field.too_few"}}},
	{"paragraph without spans", func(v *cv.VisionStatement) { v.Sections[0].Paragraphs[0] = cv.Paragraph{} }, []want{{"/sections/0/paragraphs/0/spans", "field.required"}}},
	{"span without text", func(v *cv.VisionStatement) { v.Sections[0].Paragraphs[0] = spans(cv.Span{Emphasis: cv.Bold}) }, []want{{"/sections/0/paragraphs/0/spans/0/text", "field.required"}}},
	{"span emphasis out of range", func(v *cv.VisionStatement) {
		v.Sections[0].Paragraphs[0] = spans(cv.Span{Text: "x", Emphasis: 7})
	}, []want{{"/sections/0/paragraphs/0/spans/0/emphasis", "field.invalid"}}},
	{"span with a control character", func(v *cv.VisionStatement) {
		v.Sections[0].Paragraphs[0] = spans(cv.Span{Text: "null\x00"})
	}, []want{{"/sections/0/paragraphs/0/spans/0/text", "field.text"}}},
	{"blank paragraph", func(v *cv.VisionStatement) { v.Sections[0].Paragraphs[0] = spans(cv.Span{Text: " \n "}) }, []want{{"/sections/0/paragraphs/0", "field.text"}}},
	{"space span between bold spans", func(v *cv.VisionStatement) {
		v.Sections[0].Paragraphs[0] = cv.MustParseParagraph("**a** **b**")
	}, nil},
	{"heading blank", func(v *cv.VisionStatement) { v.Sections[1].Heading = " " }, []want{{"/sections/1/heading", "field.text"}}},

	// cv.section.heading
	{"later section without heading", func(v *cv.VisionStatement) { v.Sections[1].Heading = "" }, []want{{"/sections/1/heading", "cv.section.heading"}}},
	{"first section with heading", func(v *cv.VisionStatement) { v.Sections[0].Heading = "Introduction" }, nil},

	// cv.span.adjacent
	{"adjacent bold spans", func(v *cv.VisionStatement) {
		v.Sections[0].Paragraphs[0] = spans(cv.Span{Text: "a", Emphasis: cv.Bold}, cv.Span{Text: "b", Emphasis: cv.Bold})
	}, []want{{"/sections/0/paragraphs/0/spans/1", "cv.span.adjacent"}}},
	{"adjacent plain spans in a translation", func(v *cv.VisionStatement) {
		v.Translations[0].Sections[1].Paragraphs[0] = spans(cv.Span{Text: "a"}, cv.Span{Text: "b"})
	}, []want{{"/translations/0/sections/1/paragraphs/0/spans/1", "cv.span.adjacent"}}},

	// cv.translation.language
	{"translation in the statement's language", func(v *cv.VisionStatement) { v.Translations[0].Language = itu.English }, []want{{"/translations/0/language", "cv.translation.language"}}},
	{"two translations in one language", func(v *cv.VisionStatement) {
		v.Translations = append(v.Translations, v.Translations[0])
	}, []want{{"/translations/1/language", "cv.translation.language"}}},
	{"translation language missing", func(v *cv.VisionStatement) { v.Translations[0].Language = 0 }, []want{{"/translations/0/language", "field.required"}}},
	{"statement language not stated", func(v *cv.VisionStatement) { v.Language = 0 }, nil},

	// cv.translation.sections
	{"translation with fewer sections", func(v *cv.VisionStatement) {
		v.Translations[0].Sections = v.Translations[0].Sections[:1]
	}, []want{{"/translations/0/sections", "cv.translation.sections"}}},

	// cv.heading.post and cv.post.person
	{"heading names another post", func(v *cv.VisionStatement) { v.Heading[0] = "Candidate for Director of the Radiocommunication Bureau" }, []want{{"/heading/0", "cv.heading.post"}}},
	{"statement for a Council seat", func(v *cv.VisionStatement) { v.Post = itu.CouncilMember }, []want{{"/heading/0", "cv.heading.post"}, {"/post", "cv.post.person"}}},
}

func TestVisionRules(t *testing.T) {
	for _, tt := range visionRuleTests {
		t.Run(tt.name, func(t *testing.T) {
			v := fictionalVision()
			tt.mutate(&v)
			if diff := cmp.Diff(tt.want, wantsOf(v.Check(itu.AsOf(asOf))), equateEmpty); diff != "" {
				t.Errorf("Check() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestVisionIn(t *testing.T) {
	v := fictionalVision()
	en, ok := v.In(itu.English)
	if !ok || en.Translations != nil || en.Slogan != v.Slogan {
		t.Errorf("In(English) = %+v, %v; want the statement without translations", en, ok)
	}
	fr, ok := v.In(itu.French)
	if !ok {
		t.Fatal("In(French) reports no text")
	}
	wantFR := cv.VisionStatement{
		Kind: v.Kind, Name: v.Name, Post: v.Post, Language: itu.French,
		Slogan: "Connecter l’imaginaire", Sections: v.Translations[0].Sections,
	}
	if diff := cmp.Diff(wantFR, fr); diff != "" {
		t.Errorf("In(French) mismatch (-want +got):\n%s", diff)
	}
	if _, ok := v.In(itu.Arabic); ok {
		t.Error("In(Arabic) reports a text, want none")
	}
	v.Translations[0].Name = "Dr Jane DOE"
	if fr, _ := v.In(itu.French); fr.Name != "Dr Jane DOE" {
		t.Errorf("In(French).Name = %q, want the translation's own name", fr.Name)
	}
}
