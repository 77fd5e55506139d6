package cv_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/catalog"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/cv"
)

// asOf is the date the rule tests validate on: the date of PP-22 Document 12-E.
var asOf = civil.MustParseDate("2021-11-09")

// want is one expected violation: a rule code at a JSON Pointer path.
type want struct{ Path, Code string }

func wantsOf(vs []itu.Violation) []want {
	out := make([]want, len(vs))
	for i, v := range vs {
		out[i] = want{v.Path, v.Code}
	}
	return out
}

var equateEmpty = cmpopts.EquateEmpty()

// fictionalCV returns a fresh, valid, made-up CV that the rule tests mutate.
func fictionalCV() cv.CV {
	return cv.CV{
		Kind:     itu.KindCV,
		Name:     "DR. DOE, JANE",
		Post:     itu.DirectorBDT,
		Language: itu.English,
		Heading:  []string{"Candidate for the post of Director of the Telecommunication Development Bureau", "International Telecommunication Union"},
		Slogan:   "Connecting the Fictional",
		Tagline:  "a made-up CV for tests",
		Profile: cv.Profile{
			Nationality:     "FRA",
			NationalityText: "France",
			BirthDate:       civil.Year(1970),
			MaritalStatus:   "Single",
			Languages:       []cv.SpokenLanguage{{Name: "French", Level: "mother tongue"}, {Name: "English"}},
		},
		Education: []cv.Education{
			{Degree: "PhD", Level: cv.Doctorate, Field: "Physics", Institution: "Fictional University", Country: "France", Period: civil.MustParsePeriod("1998")},
			{Degree: "MSc", Level: cv.Master, Field: "Physics", Institution: "Fictional University", Country: "France", Period: civil.MustParsePeriod("1994")},
			{Degree: "BSc", Level: cv.Bachelor, Field: "Physics", Institution: "Fictional College", Period: civil.MustParsePeriod("1992"), PeriodSep: " "},
		},
		Career: []cv.Position{
			{Period: civil.MustParsePeriod("2019 – Present"), Title: "Head", Unit: "Spectrum Unit", Organisation: "Fictional Regulator"},
			{Period: civil.MustParsePeriod("2000 - 2018"), Title: "Engineer", Organisation: "Fictional Telecom", Country: "France"},
		},
		Activities: []cv.Activity{
			{Period: civil.MustParsePeriod("2010 – 2014"), Role: cv.ViceChairman, RoleText: "Vice-Chair", Body: "ITU-D SG1"},
			{Period: civil.MustParsePeriod("2005 – 2008"), Role: cv.Rapporteur, RoleText: "Rapporteur", Body: "Q1/1, ITU-D SG1"},
		},
		Achievements: []cv.AchievementList{{
			Title:  "Selected achievements",
			Period: civil.MustParsePeriod("2019 – Present"),
			Items:  []string{"Opened a fictional exchange", "Closed a fictional gap"},
		}},
	}
}

var cvRuleTests = []struct {
	name   string
	mutate func(*cv.CV)
	opts   []itu.Option
	want   []want
}{
	{"valid fixture", func(*cv.CV) {}, nil, nil},
	{"valid without as-of date", func(*cv.CV) {}, []itu.Option{}, nil},
	{"kind left out", func(c *cv.CV) { c.Kind = "" }, nil, nil},
	{"kind of another record", func(c *cv.CV) { c.Kind = itu.KindLetter }, nil, []want{{"/kind", "payload.kind"}}},

	// Required parts, bounds and text.
	{"name missing", func(c *cv.CV) { c.Name = "" }, nil, []want{{"/name", "field.required"}}},
	{"name does not parse", func(c *cv.CV) { c.Name = ", JANE" }, nil, []want{{"/name", "field.invalid"}}},
	{"post missing", func(c *cv.CV) { c.Post = 0 }, nil, []want{{"/post", "field.required"}}},
	{"post out of range", func(c *cv.CV) { c.Post = 99 }, nil, []want{{"/post", "field.invalid"}}},
	{"nationality missing", func(c *cv.CV) { c.Profile.Nationality = ""; c.Profile.NationalityText = "" }, nil, []want{{"/profile/nationality", "field.required"}}},
	{"nationality unknown", func(c *cv.CV) { c.Profile.Nationality = "XXX"; c.Profile.NationalityText = "" }, nil, []want{{"/profile/nationality", "field.invalid"}}},
	{"education missing", func(c *cv.CV) { c.Education = nil }, nil, []want{{"/education", "field.required"}}},
	{"career empty", func(c *cv.CV) { c.Career = []cv.Position{} }, nil, []want{{"/career", "field.too_few"}}},
	{"activities optional", func(c *cv.CV) { c.Activities = nil }, nil, nil},
	{"achievements optional", func(c *cv.CV) { c.Achievements = nil }, nil, nil},
	{"degree level missing", func(c *cv.CV) { c.Education[1].Level = 0 }, nil, []want{{"/education/1/level", "field.required"}}},
	{"role missing", func(c *cv.CV) { c.Activities[0].Role = 0 }, nil, []want{{"/itu_activities/0/role", "field.required"}}},
	{"career period missing", func(c *cv.CV) { c.Career[1].Period = civil.Period{} }, nil, []want{{"/career/1/period", "field.required"}}},
	{"period invalid", func(c *cv.CV) {
		c.Career[1].Period = civil.Period{Start: civil.Year(2000), End: civil.Year(2018), Present: true}
	}, nil, []want{{"/career/1/period", "field.invalid"}}},
	{"tagline blank", func(c *cv.CV) { c.Tagline = "   " }, nil, []want{{"/tagline", "field.text"}}},
	{"heading line empty", func(c *cv.CV) { c.Heading[1] = "" }, nil, []want{{"/heading/1", "field.required"}}},
	{"item with control character", func(c *cv.CV) { c.Achievements[0].Items[1] = "bell\a" }, nil, []want{{"/achievements/0/items/1", "field.text"}}},
	{"slogan too long", func(c *cv.CV) { c.Slogan = strings.Repeat("x", 301) }, nil, []want{{"/slogan", "field.too_long"}}},
	{"too many heading lines", func(c *cv.CV) { c.Heading = make([]string, 7) }, nil, []want{{"/heading", "field.too_many"}}},
	{"separator too long", func(c *cv.CV) { c.Education[2].PeriodSep = " ,,,, " }, nil, []want{{"/education/2/period_sep", "field.too_long"}}},

	// cv.period.order
	{"period reversed", func(c *cv.CV) { c.Career[1].Period = civil.MustParsePeriod("2018 - 2000") }, nil, []want{{"/career/1/period", "cv.period.order"}}},
	{"period of one year", func(c *cv.CV) { c.Career[1].Period = civil.MustParsePeriod("2018 - 2018") }, nil, nil},

	// cv.period.present
	// Issue 14: ongoing studies are a warning, not an error; a degree in
	// progress that starts after the as-of date is still an error.
	{"present in education", func(c *cv.CV) { c.Education[0].Period = civil.MustParsePeriod("1995 – Present") }, nil, []want{{"/education/0/period", "cv.period.present"}}},
	{"ongoing studies in words", func(c *cv.CV) { c.Education[0].Period = civil.MustParsePeriod("since 2020") }, nil, []want{{"/education/0/period", "cv.period.present"}}},
	{"ongoing studies starting after as-of date", func(c *cv.CV) { c.Education[0].Period = civil.MustParsePeriod("2022 – Present") }, nil, []want{{"/education/0/period", "cv.period.future"}, {"/education/0/period", "cv.period.present"}}},
	{"degree with no year", func(c *cv.CV) { c.Education[1].Period = civil.Period{} }, nil, nil},
	{"degrees with no year at all", func(c *cv.CV) {
		for i := range c.Education {
			c.Education[i].Period = civil.Period{}
		}
	}, nil, nil},
	{"degree with no year, the others still ordered", func(c *cv.CV) {
		c.Education[1].Period = civil.Period{}
		c.Education[0].Period = civil.MustParsePeriod("1990")
	}, nil, []want{{"/education/0/period", "cv.education.order"}}},
	{"periods in words", func(c *cv.CV) {
		c.Career[0].Period = civil.MustParsePeriod("January 2019 – present")
		c.Career[1].Period = civil.MustParsePeriod("de 2000 a 2018")
		c.Activities[0].Period = civil.MustParsePeriod("(2010 ~ 2014)")
	}, nil, nil},
	{"period in words reversed", func(c *cv.CV) { c.Career[1].Period = civil.MustParsePeriod("Dec. 2018 – Jan. 2000") }, nil, []want{{"/career/1/period", "cv.period.order"}}},
	{"period in words starting after as-of date", func(c *cv.CV) { c.Career[0].Period = civil.MustParsePeriod("depuis janvier 2022") }, nil, []want{{"/career/0/period", "cv.period.future"}}},
	{"present in activities", func(c *cv.CV) { c.Activities[0].Period = civil.MustParsePeriod("2010 – Present") }, nil, nil},

	// cv.period.future
	{"career starts after as-of date", func(c *cv.CV) { c.Career[0].Period = civil.MustParsePeriod("2022 – Present") }, nil, []want{{"/career/0/period", "cv.period.future"}}},
	// cv.period.ends_later: a term that has begun and runs past the as-of
	// date ("Chairman, ITU-T SG13 (2022–2024)" in a CV of 2021) is a warning.
	{"activity ends after as-of date", func(c *cv.CV) { c.Activities[0].Period = civil.MustParsePeriod("2010 – 2022") }, nil, []want{{"/itu_activities/0/period", "cv.period.ends_later"}}},
	{"study period appointment", func(c *cv.CV) { c.Activities[0].Period = civil.MustParsePeriod("2021–2024") }, nil, []want{{"/itu_activities/0/period", "cv.period.ends_later"}}},
	{"appointment not yet begun", func(c *cv.CV) { c.Activities[0].Period = civil.MustParsePeriod("2022–2024") }, nil, []want{{"/itu_activities/0/period", "cv.period.future"}}},
	{"future skipped without as-of date", func(c *cv.CV) { c.Career[0].Period = civil.MustParsePeriod("2022 – Present") }, []itu.Option{}, nil},
	{"year of the as-of date", func(c *cv.CV) { c.Activities[0].Period = civil.MustParsePeriod("2010 – 2021") }, nil, nil},
	{"birth date after as-of date", func(c *cv.CV) { c.Profile.BirthDate = civil.Year(2030) }, nil, []want{{"/profile/birth_date", "cv.period.future"}}},

	// cv.period.too_early
	{"period before 1900", func(c *cv.CV) {
		c.Profile.BirthDate = civil.PartialDate{}
		c.Activities[1].Period = civil.MustParsePeriod("1899 – 1901")
	}, nil, []want{{"/itu_activities/1/period", "cv.period.too_early"}}},
	{"birth date before 1900", func(c *cv.CV) { c.Profile.BirthDate = civil.Year(1850) }, nil, []want{{"/profile/birth_date", "cv.period.too_early"}}},
	{"year 1900", func(c *cv.CV) { c.Profile.BirthDate = civil.Year(1900) }, nil, nil},

	// cv.period.before_birth
	{"career before birth", func(c *cv.CV) { c.Career[1].Period = civil.MustParsePeriod("1965 - 2018") }, nil, []want{{"/career/1/period", "cv.period.before_birth"}}},
	{"entry in the birth year", func(c *cv.CV) { c.Profile.BirthDate = civil.MustParsePartialDate("1992-05") }, nil, nil},
	{"no birth date, no check", func(c *cv.CV) {
		c.Profile.BirthDate = civil.PartialDate{}
		c.Career[1].Period = civil.MustParsePeriod("1965 - 2018")
	}, nil, nil},

	// cv.education.order
	{"doctorate before bachelor's", func(c *cv.CV) {
		c.Education = []cv.Education{c.Education[1], c.Education[2], c.Education[0]}
		c.Education[2].Period = civil.MustParsePeriod("1990")
	}, nil, []want{{"/education/2/period", "cv.education.order"}}},
	{"second bachelor's after doctorate", func(c *cv.CV) {
		law := cv.Education{Degree: "LLB", Level: cv.Bachelor, Field: "Law", Institution: "Fictional Law School", Period: civil.MustParsePeriod("2005")}
		c.Education = append([]cv.Education{law}, c.Education...)
	}, nil, nil},

	// cv.education.level
	{"level contradicts degree", func(c *cv.CV) { c.Education[0].Level = cv.Master }, nil, []want{{"/education/0/level", "cv.education.level"}}},
	{"unknown degree, other level", func(c *cv.CV) {
		c.Education[0].Degree = "Diplom-Ingenieur"
		c.Education[0].Level = cv.OtherDegree
	}, nil, nil},

	// cv.entries.order
	{"career oldest first", func(c *cv.CV) { c.Career[0], c.Career[1] = c.Career[1], c.Career[0] }, nil, []want{{"/career/1/period", "cv.entries.order"}}},
	{"activities oldest first", func(c *cv.CV) { c.Activities[0], c.Activities[1] = c.Activities[1], c.Activities[0] }, nil, []want{{"/itu_activities/1/period", "cv.entries.order"}}},
	{"same start year", func(c *cv.CV) { c.Career[1].Period = civil.MustParsePeriod("2019 - 2019") }, nil, nil},

	// cv.entries.duplicate
	{"activity repeated", func(c *cv.CV) { c.Activities = append(c.Activities, c.Activities[1]) }, nil, []want{{"/itu_activities/2", "cv.entries.duplicate"}}},
	{"achievement repeated", func(c *cv.CV) { c.Achievements[0].Items[1] = c.Achievements[0].Items[0] }, nil, []want{{"/achievements/0/items/1", "cv.entries.duplicate"}}},

	// cv.nationality.member
	{"not yet a Member State", func(c *cv.CV) { c.Profile.Nationality = "PLW"; c.Profile.NationalityText = "Palau" }, nil, []want{{"/profile/nationality", "cv.nationality.member"}}},
	{"Member State since", func(c *cv.CV) { c.Profile.Nationality = "PLW"; c.Profile.NationalityText = "Palau" }, []itu.Option{itu.AsOf(civil.MustParseDate("2025-01-01"))}, nil},
	{"membership skipped without as-of date", func(c *cv.CV) { c.Profile.Nationality = "PLW"; c.Profile.NationalityText = "Palau" }, []itu.Option{}, nil},

	// cv.nationality.text
	{"written nationality names another state", func(c *cv.CV) { c.Profile.NationalityText = "Germany" }, nil, []want{{"/profile/nationality_text", "cv.nationality.text"}}},
	{"written nationality not a state name", func(c *cv.CV) { c.Profile.NationalityText = "French" }, nil, nil},
	{"written nationality left out", func(c *cv.CV) { c.Profile.NationalityText = "" }, nil, nil},

	// cv.activity.role
	{"role contradicts written role", func(c *cv.CV) { c.Activities[0].Role = cv.Chairman }, nil, []want{{"/itu_activities/0/role", "cv.activity.role"}}},
	{"other role, unknown words", func(c *cv.CV) { c.Activities[0].Role = cv.OtherRole; c.Activities[0].RoleText = "Convenor" }, nil, nil},

	// cv.separator.form
	{"separator with letters", func(c *cv.CV) { c.Education[2].PeriodSep = " in " }, nil, []want{{"/education/2/period_sep", "cv.separator.form"}}},
	{"separator with a control character", func(c *cv.CV) { c.Activities[0].Sep = "\n" }, nil, []want{{"/itu_activities/0/sep", "cv.separator.form"}}},
	{"separator of punctuation", func(c *cv.CV) { c.Activities[0].Sep = " – " }, nil, nil},

	// cv.heading.post
	{"heading names another post", func(c *cv.CV) { c.Heading[0] = "Candidate for the post of Secretary-General" }, nil, []want{{"/heading/0", "cv.heading.post"}}},
	{"heading names another post of ITU", func(c *cv.CV) { c.Heading[0] = "Candidate for the post of Secretary-General of ITU." }, nil, []want{{"/heading/0", "cv.heading.post"}}},
	{"heading names the post of the Union", func(c *cv.CV) {
		c.Heading[0] = "Candidate for Director of the Telecommunication Development Bureau of the International Telecommunication Union"
	}, nil, nil},
	{"heading names no post", func(c *cv.CV) { c.Heading = []string{"Curriculum Vitae"} }, nil, nil},

	// cv.post.person
	{"CV for a Council seat", func(c *cv.CV) { c.Post = itu.CouncilMember; c.Heading = nil }, nil, []want{{"/post", "cv.post.person"}}},
}

func TestCVRules(t *testing.T) {
	for _, tt := range cvRuleTests {
		t.Run(tt.name, func(t *testing.T) {
			c := fictionalCV()
			tt.mutate(&c)
			opts := tt.opts
			if opts == nil {
				opts = []itu.Option{itu.AsOf(asOf)}
			}
			if diff := cmp.Diff(tt.want, wantsOf(c.Check(opts...)), equateEmpty); diff != "" {
				t.Errorf("Check() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestEveryRuleTested fails when a rule of this package has no case in the
// rule tables that produces it.
func TestEveryRuleTested(t *testing.T) {
	seen := map[string]bool{}
	for _, tt := range cvRuleTests {
		for _, w := range tt.want {
			seen[w.Code] = true
		}
	}
	for _, tt := range visionRuleTests {
		for _, w := range tt.want {
			seen[w.Code] = true
		}
	}
	for _, r := range catalog.Rules() {
		if strings.HasPrefix(r.Code, "cv.") && !seen[r.Code] {
			t.Errorf("rule %s has no invalid case in the rule tables", r.Code)
		}
	}
}

func TestValidateError(t *testing.T) {
	c := fictionalCV()
	if err := c.Validate(itu.AsOf(asOf)); err != nil {
		t.Fatalf("Validate() = %v, want nil", err)
	}
	c.Career[0], c.Career[1] = c.Career[1], c.Career[0] // a warning only
	if err := c.Validate(itu.AsOf(asOf)); err != nil {
		t.Errorf("Validate() with a warning only = %v, want nil", err)
	}
	c.Name = ""
	err := c.Validate(itu.AsOf(asOf))
	if !errors.Is(err, itu.ErrInvalid) {
		t.Fatalf("errors.Is(%v, itu.ErrInvalid) = false, want true", err)
	}
	var ve *itu.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("errors.As(%v, *itu.ValidationError) = false", err)
	}
	wantVs := []want{{"/career/1/period", "cv.entries.order"}, {"/name", "field.required"}}
	if diff := cmp.Diff(wantVs, wantsOf(ve.Violations)); diff != "" {
		t.Errorf("violations mismatch (-want +got):\n%s", diff)
	}
}

func TestRuleCatalogue(t *testing.T) {
	for _, r := range []itu.Rule{
		cv.RulePeriodOrder, cv.RulePeriodPresent, cv.RulePeriodFuture, cv.RulePeriodEndsLater, cv.RulePeriodTooEarly,
		cv.RulePeriodBeforeBirth, cv.RuleEducationOrder, cv.RuleEducationLevel, cv.RuleEntriesOrder,
		cv.RuleEntriesDuplicate, cv.RuleNationalityMember, cv.RuleNationalityText, cv.RuleActivityRole,
		cv.RuleSeparatorForm, cv.RuleHeadingPost, cv.RulePostPerson, cv.RuleSectionHeading,
		cv.RuleSpanAdjacent, cv.RuleTranslationLanguage, cv.RuleTranslationSections,
	} {
		got, ok := catalog.LookupRule(r.Code)
		if !ok {
			t.Errorf("rule %s is not in the catalogue", r.Code)
			continue
		}
		if diff := cmp.Diff(r, got); diff != "" {
			t.Errorf("catalogue entry %s mismatch (-want +got):\n%s", r.Code, diff)
		}
		if r.Description == "" || r.Source == "" || !strings.HasPrefix(r.Code, "cv.") {
			t.Errorf("rule %+v lacks a description, a source or the cv. prefix", r)
		}
	}
}
