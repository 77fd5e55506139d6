package cv

import (
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/names"
)

// CV is a candidate's curriculum vitae as the ITU publishes it with a
// candidacy: the candidate's name and the post they stand for, the heading and
// slogan the document opens with, a profile, education, professional career,
// ITU activities and lists of achievements. Text is kept exactly as written so
// [CV.Text] gives the published document back. The zero value is an empty CV,
// which is not valid.
type CV struct {
	Kind itu.Kind `json:"kind,omitzero"`
	// Name is the candidate's name as the CV writes it ("DR. LEE, CHAESUB").
	Name names.Name `json:"name" validate:"required,max=200,text,valid,plain"`
	// Post is the post the candidate stands for.
	Post itu.Post `json:"post" validate:"required,valid"`
	// Language is the language the CV is written in; zero when not stated.
	Language itu.Language `json:"language,omitzero" validate:"valid"`
	// Heading holds the lines under the name, as written ("Candidate for the
	// post of Deputy Secretary-General", "International Telecommunication Union").
	Heading []string `json:"heading,omitzero" validate:"max=6,dive,required,max=300,text"`
	// Slogan is the candidate's slogan without its quotation marks ("Building a
	// Trusted ICT Platform"); [CV.Text] sets it in “ ”.
	Slogan string `json:"slogan,omitzero" validate:"max=300,text"`
	// Tagline is the line under the slogan ("so, to innovate ITU as an
	// International Trusted Union").
	Tagline string `json:"tagline,omitzero" validate:"max=500,text"`
	// Profile holds nationality, marital status and the other personal facts.
	Profile Profile `json:"profile"`
	// Education lists degrees, most recent first.
	Education []Education `json:"education" validate:"required,min=1,max=30,dive"`
	// Career lists professional positions, most recent first.
	Career []Position `json:"career" validate:"required,min=1,max=100,dive"`
	// Activities lists roles held in ITU and its predecessors, most recent first.
	Activities []Activity `json:"itu_activities,omitzero" validate:"max=200,dive"`
	// Achievements holds titled lists of achievements.
	Achievements []AchievementList `json:"achievements,omitzero" validate:"max=20,dive"`
}

// Profile is the personal part of a CV. Nationality is the Member State the
// candidate is a national of (CS No. 62 ties it to the proposing Member
// State); NationalityText keeps how the CV writes it ("Republic of Korea").
// MaritalStatus keeps marital status and dependants as one written phrase
// ("Married (1 Son and 1 Daughter)").
type Profile struct {
	Nationality     itu.StateCode     `json:"nationality" validate:"required,max=3,valid"`
	NationalityText string            `json:"nationality_text,omitzero" validate:"max=200,text"`
	BirthDate       civil.PartialDate `json:"birth_date,omitzero" validate:"valid"`
	MaritalStatus   string            `json:"marital_status,omitzero" validate:"max=200,text"`
	Languages       []SpokenLanguage  `json:"languages,omitzero" validate:"max=30,dive"`
}

// SpokenLanguage is a language the candidate speaks, as written ("Korean"),
// with an optional level as written ("mother tongue", "fluent"). It is not
// limited to the six official languages of the Union.
type SpokenLanguage struct {
	Name  string `json:"name" validate:"required,max=100,text"`
	Level string `json:"level,omitzero" validate:"max=100,text"`
}

// Education is one degree. Degree is the degree as written ("PhD", "MA"),
// Level its typed level, Field the subject ("Multimedia Engineering"), and
// Country the country as written ("Korea"). Period is when the degree was
// taken, usually its year ("2014"), or a period still running for studies in
// progress ("2021 – Present"); it is zero when the CV gives no year, as many
// real CVs do. PeriodSep is the text written between the institution or
// country and the period; empty means ", ".
type Education struct {
	Degree      string       `json:"degree" validate:"required,max=100,text"`
	Level       Level        `json:"level" validate:"required,valid"`
	Field       string       `json:"field,omitzero" validate:"max=200,text"`
	Institution string       `json:"institution" validate:"required,max=300,text"`
	Country     string       `json:"country,omitzero" validate:"max=100,text"`
	Period      civil.Period `json:"period,omitzero" validate:"valid"`
	PeriodSep   string       `json:"period_sep,omitzero" validate:"max=4"`
}

// Position is one entry of the professional career: a period, the title held
// ("Director"), the unit ("Telecommunication Standardization Bureau (TSB)"),
// the organisation ("ITU") and its country ("Korea"), each as written. The
// parts are written joined by ", ".
type Position struct {
	Period       civil.Period `json:"period" validate:"required,valid"`
	Title        string       `json:"title" validate:"required,max=200,text"`
	Unit         string       `json:"unit,omitzero" validate:"max=300,text"`
	Organisation string       `json:"organisation" validate:"required,max=300,text"`
	Country      string       `json:"country,omitzero" validate:"max=100,text"`
}

// Activity is one role held in the work of the Union: a period, the typed
// role, the role as written ("Vice Chairman", "Member of Korean Delegation
// to") and the body as written ("ITU-T SG13, NGN-JCA & IPTV-JCA", "Q2/13,
// ITU-T SG13", "CCITT SGVIII & SGXVIII"). Sep is the text written between the
// role and the body; empty means ", ".
type Activity struct {
	Period   civil.Period `json:"period" validate:"required,valid"`
	Role     Role         `json:"role" validate:"required,valid"`
	RoleText string       `json:"role_text" validate:"required,max=200,text"`
	Body     string       `json:"body" validate:"required,max=300,text"`
	Sep      string       `json:"sep,omitzero" validate:"max=4"`
}

// AchievementList is a titled list of achievements ("Achievements during the
// TSB Director"), optionally tied to a period ("2015 ~ 2021") that is written
// after the title in parentheses.
type AchievementList struct {
	Title  string       `json:"title" validate:"required,max=300,text"`
	Period civil.Period `json:"period,omitzero" validate:"valid"`
	Items  []string     `json:"items" validate:"required,min=1,max=100,dive,required,max=2000,text"`
}

// Check reports every rule c breaks, warnings included, sorted by path. Rules
// that depend on today use the as-of date of opts and are skipped without it.
func (c CV) Check(opts ...itu.Option) []itu.Violation {
	r := check.New(opts...)
	r.Kind("/kind", c.Kind, itu.KindCV)
	r.Fields("", c)
	cvRules(r, "", c)
	return r.Violations()
}

// Validate reports whether c is a valid CV: nil, or an *[itu.ValidationError]
// listing every violation (warnings included) when any is an error.
func (c CV) Validate(opts ...itu.Option) error { return check.Result(c.Check(opts...)) }
