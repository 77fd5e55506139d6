package cv

import (
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/rule"
)

// The rules of this package. No formal ITU template for CVs or vision
// statements is confirmed (no ITU text prescribes one), so apart from the Constitution's
// nationality rule their sources are rationales: what a published CV looks
// like, and what no real CV can say.
var (
	RulePeriodOrder = rule.Define(itu.Rule{Code: "cv.period.order", Severity: itu.Error,
		Description: "A period ends on or after it starts.",
		Source:      "a period runs forward; a reversed period is a typing error"})
	RulePeriodPresent = rule.Define(itu.Rule{Code: "cv.period.present", Severity: itu.Warning,
		Description: "An education entry still in progress (\"2021 – Present\", \"since 2021\") is reported, so that a degree not yet awarded is not read as one held; the entry itself is valid.",
		Source:      "real CVs list ongoing studies (issue 14); a degree is awarded when completed"})
	RulePeriodFuture = rule.Define(itu.Rule{Code: "cv.period.future", Severity: itu.Error,
		Description: "No period or date starts after the as-of date (skipped when no as-of date is given).",
		Source:      "a CV records what has happened by the date it is checked on"})
	RulePeriodEndsLater = rule.Define(itu.Rule{Code: "cv.period.ends_later", Severity: itu.Warning,
		Description: "A period that has begun but ends after the as-of date is reported, not rejected: \"Chairman, ITU-T SG13 (2022–2024)\" in a CV of 2021 is an appointment for a study period (skipped when no as-of date is given).",
		Source:      "appointments run for a fixed term, such as a study period (issue 14)"})
	RulePeriodTooEarly = rule.Define(itu.Rule{Code: "cv.period.too_early", Severity: itu.Error,
		Description: "No period or date lies before the year 1900.",
		Source:      "plausibility: no candidate's life, education or career predates 1900"})
	RulePeriodBeforeBirth = rule.Define(itu.Rule{Code: "cv.period.before_birth", Severity: itu.Error,
		Description: "When the birth date is given, no entry starts before it.",
		Source:      "plausibility: nothing in a CV happens before the candidate is born"})
	RuleEducationOrder = rule.Define(itu.Rule{Code: "cv.education.order", Severity: itu.Warning,
		Description: "A master's degree or doctorate is not completed before the first bachelor's degree.",
		Source:      "plausibility: postgraduate degrees follow a first degree"})
	RuleEducationLevel = rule.Define(itu.Rule{Code: "cv.education.level", Severity: itu.Warning,
		Description: "The typed level of a degree matches the degree as written (\"PhD\" is a doctorate).",
		Source:      "consistency of the record with its written form"})
	RuleEntriesOrder = rule.Define(itu.Rule{Code: "cv.entries.order", Severity: itu.Warning,
		Description: "Education, career and ITU activities are listed most recent first.",
		Source:      "ITU-published CVs list entries most recent first (PP-22 Document 12-E)"})
	RuleEntriesDuplicate = rule.Define(itu.Rule{Code: "cv.entries.duplicate", Severity: itu.Warning,
		Description: "No list repeats an entry or an item word for word.",
		Source:      "a repeated entry is a copy-and-paste slip"})
	RuleNationalityMember = rule.Define(itu.Rule{Code: "cv.nationality.member", Severity: itu.Error,
		Description: "The candidate's nationality is a Member State on the as-of date.",
		Source:      "CS No. 62: candidates are nationals of the Member State proposing them"})
	RuleNationalityText = rule.Define(itu.Rule{Code: "cv.nationality.text", Severity: itu.Error,
		Description: "The nationality as written, when it names a Member State, names the same one as the nationality code.",
		Source:      "consistency of the record with its written form"})
	RuleActivityRole = rule.Define(itu.Rule{Code: "cv.activity.role", Severity: itu.Warning,
		Description: "The typed role of an ITU activity matches the role as written (\"Vice Chairman\" is vice_chairman).",
		Source:      "consistency of the record with its written form"})
	RuleSeparatorForm = rule.Define(itu.Rule{Code: "cv.separator.form", Severity: itu.Error,
		Description: "A written separator between two parts of a line is one to four characters of punctuation and spaces.",
		Source:      "record schema: a separator keeps a line's punctuation, not its words"})
	RuleHeadingPost = rule.Define(itu.Rule{Code: "cv.heading.post", Severity: itu.Error,
		Description: "A heading line that names the post stood for (\"Candidate for the post of ...\") names the record's post.",
		Source:      "consistency of the record with its written form"})
	RulePostPerson = rule.Define(itu.Rule{Code: "cv.post.person", Severity: itu.Error,
		Description: "A CV or vision statement stands for a post whose candidate is a person, not for a Council seat.",
		Source:      "CS Nos 61-62: Council candidates are Member States; the other posts are filled by persons"})
	RuleSectionHeading = rule.Define(itu.Rule{Code: "cv.section.heading", Severity: itu.Warning,
		Description: "Every section of a vision statement after the first has a heading.",
		Source:      "a section without a heading continues the one before; merge them"})
	RuleSpanAdjacent = rule.Define(itu.Rule{Code: "cv.span.adjacent", Severity: itu.Warning,
		Description: "No two adjacent spans of a paragraph have the same emphasis.",
		Source:      "canonical form: adjacent spans of one emphasis are one span, and their markdown would not read back"})
	RuleTranslationLanguage = rule.Define(itu.Rule{Code: "cv.translation.language", Severity: itu.Error,
		Description: "Each translation of a vision statement is in a different official language, and not the statement's own.",
		Source:      "CS Art. 29: six official languages; one text per language"})
	RuleTranslationSections = rule.Define(itu.Rule{Code: "cv.translation.sections", Severity: itu.Warning,
		Description: "A translation has as many sections as the statement it translates.",
		Source:      "a translation renders the same text"})
)
