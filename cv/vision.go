package cv

import (
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/names"
)

// VisionStatement is a candidate's vision statement as the ITU publishes it
// with a candidacy: the same opening as the CV (name, heading, slogan and
// tagline), then sections of paragraphs with their emphasis kept. Translations
// hold the same text in other official languages. The zero value is an empty
// statement, which is not valid.
type VisionStatement struct {
	Kind itu.Kind `json:"kind,omitzero"`
	// Name is the candidate's name as the statement writes it.
	Name names.Name `json:"name" validate:"required,max=200,text,valid,plain"`
	// Post is the post the candidate stands for.
	Post itu.Post `json:"post" validate:"required,valid"`
	// Language is the language of this text; zero when not stated.
	Language itu.Language `json:"language,omitzero" validate:"valid"`
	// Heading holds the lines under the name, as written.
	Heading []string `json:"heading,omitzero" validate:"max=6,dive,required,max=300,text"`
	// Slogan is the title of the vision without its quotation marks.
	Slogan string `json:"slogan,omitzero" validate:"max=300,text"`
	// Tagline is the line under the slogan.
	Tagline string `json:"tagline,omitzero" validate:"max=500,text"`
	// Sections holds the body; the first section may have no heading.
	Sections []Section `json:"sections" validate:"required,min=1,max=50,dive"`
	// Translations holds the statement in other official languages.
	Translations []Translation `json:"translations,omitzero" validate:"max=6,dive"`
}

// Section is a part of a vision statement: an optional heading as written
// ("First Journey to the SDG 2030 via trusted partnerships") and its
// paragraphs. A paragraph that the published page splits across a page break
// is one paragraph here.
type Section struct {
	Heading    string      `json:"heading,omitzero" validate:"max=300,text"`
	Paragraphs []Paragraph `json:"paragraphs" validate:"required,min=1,max=200,dive"`
}

// Translation is a vision statement in another official language: the same
// parts as [VisionStatement] with the name, post and translations left out.
// Name is the candidate's name as that text writes it; empty means as in the
// original.
type Translation struct {
	Language itu.Language `json:"language" validate:"required,valid"`
	Name     names.Name   `json:"name,omitzero" validate:"max=200,text,valid,plain"`
	Heading  []string     `json:"heading,omitzero" validate:"max=6,dive,required,max=300,text"`
	Slogan   string       `json:"slogan,omitzero" validate:"max=300,text"`
	Tagline  string       `json:"tagline,omitzero" validate:"max=500,text"`
	Sections []Section    `json:"sections" validate:"required,min=1,max=50,dive"`
}

// In returns the statement in language l: v itself without its translations
// when l is v's own language, else the translation into l as a statement of
// its own. It reports false when v holds no text in l.
func (v VisionStatement) In(l itu.Language) (VisionStatement, bool) {
	if l == v.Language {
		v.Translations = nil
		return v, true
	}
	for _, t := range v.Translations {
		if t.Language != l {
			continue
		}
		out := VisionStatement{Kind: v.Kind, Name: v.Name, Post: v.Post, Language: l,
			Heading: t.Heading, Slogan: t.Slogan, Tagline: t.Tagline, Sections: t.Sections}
		if t.Name != "" {
			out.Name = t.Name
		}
		return out, true
	}
	return VisionStatement{}, false
}

// Check reports every rule v breaks, warnings included, sorted by path.
func (v VisionStatement) Check(opts ...itu.Option) []itu.Violation {
	r := check.New(opts...)
	r.Kind("/kind", v.Kind, itu.KindVisionStatement)
	r.Fields("", v)
	visionRules(r, "", v)
	return r.Violations()
}

// Validate reports whether v is a valid vision statement: nil, or an
// *[itu.ValidationError] listing every violation (warnings included) when any
// is an error.
func (v VisionStatement) Validate(opts ...itu.Option) error { return check.Result(v.Check(opts...)) }
