package cv

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/canon"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/internal/clip"
)

// This file holds the cross-field rules of the package, one function per
// concern; struct tags hold the field-local facts (required, bounds, text).

func cvRules(r *check.Report, base string, c CV) {
	postRules(r, check.Path(base, "post"), c.Post)
	headingRules(r, check.Path(base, "heading"), c.Heading, c.Post)
	profileRules(r, check.Path(base, "profile"), c.Profile)
	// An implausible birth date is reported once, not against every entry.
	birth := c.Profile.BirthDate
	if !birth.IsValid() || birth.Year < 1900 || r.AfterAsOf(birth.First()) {
		birth = civil.PartialDate{}
	}
	educationRules(r, check.Path(base, "education"), c.Education, birth)
	for i, p := range c.Career {
		periodRules(r, func() string { return check.Path(base, "career", i, "period") }, p.Period, true, birth)
	}
	for i, a := range c.Activities {
		periodRules(r, func() string { return check.Path(base, "itu_activities", i, "period") }, a.Period, true, birth)
		activityRoleRule(r, func() string { return check.Path(base, "itu_activities", i, "role") }, a)
		separatorRule(r, func() string { return check.Path(base, "itu_activities", i, "sep") }, a.Sep)
	}
	for i, l := range c.Achievements {
		path := check.Path(base, "achievements", i)
		periodRules(r, func() string { return check.Path(path, "period") }, l.Period, true, birth)
		duplicateRule(r, check.Path(path, "items"), l.Items)
	}
	entriesOrderRule(r, check.Path(base, "education"), periodsOf(c.Education, func(e Education) civil.Period { return e.Period }))
	entriesOrderRule(r, check.Path(base, "career"), periodsOf(c.Career, func(p Position) civil.Period { return p.Period }))
	entriesOrderRule(r, check.Path(base, "itu_activities"), periodsOf(c.Activities, func(a Activity) civil.Period { return a.Period }))
	duplicateRule(r, check.Path(base, "education"), c.Education)
	duplicateRule(r, check.Path(base, "career"), c.Career)
	duplicateRule(r, check.Path(base, "itu_activities"), c.Activities)
}

// postRules: cv.post.person.
func postRules(r *check.Report, path string, p itu.Post) {
	if p.IsValid() && !p.CandidateIsPerson() {
		r.Add(RulePostPerson, path, "%q is a Council seat, whose candidate is a Member State; a CV or vision statement stands for SG, DSG, BR, TSB, BDT or RRB", p.String())
	}
}

// headingRules: cv.heading.post.
func headingRules(r *check.Report, base string, lines []string, post itu.Post) {
	if !post.IsValid() {
		return
	}
	for i, line := range lines {
		name, ok := candidateFor(line)
		if !ok {
			continue
		}
		if named, ok := itu.LookupPost(name); ok && named != post {
			r.Add(RuleHeadingPost, check.Path(base, i), "names the post %q (%s), but the record stands for %s (%s); make them agree", name, named, post.Name(), post)
		}
	}
}

// profileRules: cv.nationality.member, cv.nationality.text, and the date rules
// for the birth date.
func profileRules(r *check.Report, base string, p Profile) {
	code := p.Nationality
	if code.IsValid() && !r.Opts.AsOf.IsZero() && !code.MemberOn(r.Opts.AsOf) {
		m, _ := code.MemberState()
		r.Add(RuleNationalityMember, check.Path(base, "nationality"), "%q (%s) joined the Union on %s, after the as-of date %s; want a Member State on that date", string(code), m.Name, m.Joined, r.Opts.AsOf)
	}
	if code.IsValid() && p.NationalityText != "" {
		if m, ok := itu.LookupMemberState(p.NationalityText); ok && m.Code != code {
			r.Add(RuleNationalityText, check.Path(base, "nationality_text"), "%q names %s (%s), not the nationality %s (%s); make them agree", p.NationalityText, m.Name, m.Code, code.Name(), string(code))
		}
	}
	if b := p.BirthDate; !b.IsZero() && b.IsValid() {
		path := check.Path(base, "birth_date")
		if b.Year < 1900 {
			r.Add(RulePeriodTooEarly, path, "%q is before 1900; want a year from 1900 on", b.String())
		}
		if r.AfterAsOf(b.First()) {
			r.Add(RulePeriodFuture, path, "%q is after the as-of date %s; want a date on or before it", b.String(), r.Opts.AsOf)
		}
	}
}

// educationRules: the date rules for each degree (a degree in progress is
// a warning; one without a period is checked for no dates),
// cv.separator.form, cv.education.level and cv.education.order.
func educationRules(r *check.Report, base string, es []Education, birth civil.PartialDate) {
	first := -1 // index of the bachelor's degree completed first
	for i, e := range es {
		periodRules(r, func() string { return check.Path(base, i, "period") }, e.Period, false, birth)
		separatorRule(r, func() string { return check.Path(base, i, "period_sep") }, e.PeriodSep)
		if want := LevelOfDegree(e.Degree); want != 0 && e.Level.IsValid() && want != e.Level {
			r.Add(RuleEducationLevel, check.Path(base, i, "level"), "level %q does not match the degree %q, which reads as %q; correct one of them", e.Level.String(), e.Degree, want.String())
		}
		if e.Level == Bachelor && completedKnown(e.Period) && (first < 0 || completed(e.Period).First().Before(completed(es[first].Period).First())) {
			first = i
		}
	}
	if first < 0 {
		return
	}
	b := completed(es[first].Period)
	for i, e := range es {
		if (e.Level == Master || e.Level == Doctorate) && completedKnown(e.Period) && completed(e.Period).Last().Before(b.First()) {
			r.Add(RuleEducationOrder, check.Path(base, i, "period"), "the %s degree %q was completed in %s, before the first bachelor's degree (%q, %s); check the years", e.Level.String(), e.Degree, completed(e.Period).String(), es[first].Degree, b.String())
		}
	}
}

// completed returns when a degree was completed: the end of its period, or its
// only date.
func completed(p civil.Period) civil.PartialDate {
	if !p.End.IsZero() {
		return p.End
	}
	return p.Start
}

func completedKnown(p civil.Period) bool { return p.IsValid() && !p.Present }

// periodRules: cv.period.too_early, cv.period.future, cv.period.ends_later,
// cv.period.order, cv.period.present and cv.period.before_birth for one period.
func periodRules(r *check.Report, at lazyPath, p civil.Period, presentOK bool, birth civil.PartialDate) {
	if p.IsZero() || !p.IsValid() {
		return // absent, or reported by the field rules
	}
	if p.Start.Year < 1900 || (!p.End.IsZero() && p.End.Year < 1900) {
		r.Add(RulePeriodTooEarly, at(), "%q lies before 1900; want years from 1900 on", p)
	}
	switch {
	case r.AfterAsOf(p.Start.First()):
		r.Add(RulePeriodFuture, at(), "%q starts after the as-of date %s; want a period that has begun", p, r.Opts.AsOf)
	case !p.End.IsZero() && r.AfterAsOf(p.End.First()):
		r.Add(RulePeriodEndsLater, at(), "%q ends after the as-of date %s; fine for an appointment with a fixed term, otherwise write \"Present\" for a role still held", p, r.Opts.AsOf)
	}
	if !p.Ordered() {
		r.Add(RulePeriodOrder, at(), "%q ends in %s, before it starts in %s; a period ends on or after it starts", p, p.End.String(), p.Start.String())
	}
	if p.Present && !presentOK {
		r.Add(RulePeriodPresent, at(), "%q is still in progress, so the degree is not yet awarded; write the year it was completed if it has been", p)
	}
	if !birth.IsZero() && p.Start.Last().Before(birth.First()) {
		r.Add(RulePeriodBeforeBirth, at(), "%q starts before the birth date %s; check the years", p, birth.String())
	}
}

// A lazyPath builds the path of a violation when a rule reports one: most
// entries break no rule, and each path built is an allocation.
type lazyPath func() string

func periodsOf[T any](xs []T, f func(T) civil.Period) []civil.Period {
	out := make([]civil.Period, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// entriesOrderRule: cv.entries.order. An entry is out of order when it
// certainly starts after the entry above it.
func entriesOrderRule(r *check.Report, base string, ps []civil.Period) {
	for i := 1; i < len(ps); i++ {
		prev, cur := ps[i-1], ps[i]
		if !prev.IsValid() || !cur.IsValid() {
			continue
		}
		if prev.Start.Last().Before(cur.Start.First()) {
			r.Add(RuleEntriesOrder, check.Path(base, i, "period"), "%q starts after the entry above it (%q); list entries most recent first", cur.String(), prev.String())
		}
	}
}

// smallList is the length up to which duplicateRule compares entries pair by
// pair (at most 120 comparisons); a longer list is indexed, in linear time.
const smallList = 16

// duplicateRule: cv.entries.duplicate.
func duplicateRule[T comparable](r *check.Report, base string, xs []T) {
	if len(xs) <= smallList {
		// A few entries are compared with each other, without hashing
		// every field of every entry into a map.
		for i := 1; i < len(xs); i++ {
			for j := range i {
				if xs[j] == xs[i] {
					r.Add(RuleEntriesDuplicate, check.Path(base, i), "repeats entry %d word for word; remove one", j)
					break
				}
			}
		}
		return
	}
	seen := make(map[T]int, len(xs))
	for i, x := range xs {
		if j, ok := seen[x]; ok {
			r.Add(RuleEntriesDuplicate, check.Path(base, i), "repeats entry %d word for word; remove one", j)
			continue
		}
		seen[x] = i
	}
}

// activityRoleRule: cv.activity.role.
func activityRoleRule(r *check.Report, at lazyPath, a Activity) {
	if want := RoleOf(a.RoleText); want != 0 && a.Role.IsValid() && want != a.Role {
		r.Add(RuleActivityRole, at(), "role %q does not match the role as written, %q, which reads as %q; correct one of them", a.Role.String(), a.RoleText, want.String())
	}
}

// separatorRule: cv.separator.form. Length is the field rule's job.
func separatorRule(r *check.Report, at lazyPath, sep string) {
	if sep == "" || utf8.RuneCountInString(sep) > 4 {
		return
	}
	if !utf8.ValidString(sep) {
		r.Add(RuleSeparatorForm, at(), "%q is not valid UTF-8; want punctuation and spaces such as \", \" or \" \"", sep)
		return
	}
	for _, c := range sep {
		if c != ' ' && !unicode.IsPunct(c) && !unicode.IsSymbol(c) {
			r.Add(RuleSeparatorForm, at(), "%q holds %q; want only punctuation and spaces, such as \", \" or \" \"", sep, string(c))
			return
		}
	}
}

func visionRules(r *check.Report, base string, v VisionStatement) {
	postRules(r, check.Path(base, "post"), v.Post)
	headingRules(r, check.Path(base, "heading"), v.Heading, v.Post)
	sectionRules(r, check.Path(base, "sections"), v.Sections)
	seen := map[itu.Language]int{}
	for i, t := range v.Translations {
		path := check.Path(base, "translations", i)
		translationRules(r, path, t, v, seen, i)
		sectionRules(r, check.Path(path, "sections"), t.Sections)
	}
}

// translationRules: cv.translation.language and cv.translation.sections.
func translationRules(r *check.Report, path string, t Translation, v VisionStatement, seen map[itu.Language]int, i int) {
	if t.Language.IsValid() {
		switch j, dup := seen[t.Language]; {
		case t.Language == v.Language:
			r.Add(RuleTranslationLanguage, check.Path(path, "language"), "%q is the statement's own language; a translation is in another official language", t.Language.String())
		case dup:
			r.Add(RuleTranslationLanguage, check.Path(path, "language"), "%q repeats the language of translation %d; keep one text per language", t.Language.String(), j)
		default:
			seen[t.Language] = i
		}
	}
	if len(t.Sections) > 0 && len(t.Sections) != len(v.Sections) {
		r.Add(RuleTranslationSections, check.Path(path, "sections"), "has %s; the statement it translates has %s", sections(len(t.Sections)), sections(len(v.Sections)))
	}
}

// sectionRules: cv.section.heading, cv.span.adjacent, and field.text for span
// text (a span may be only a space, so the "text" tag does not fit it).
func sectionRules(r *check.Report, base string, ss []Section) {
	for i, s := range ss {
		if i > 0 && s.Heading == "" {
			r.Add(RuleSectionHeading, check.Path(base, i, "heading"), "section %d has no heading; a section without one continues the section before, so merge them", i)
		}
		for j, p := range s.Paragraphs {
			paragraphRules(r, base, i, j, p)
		}
	}
}

// paragraphRules checks paragraph j of section i below base; paths are built
// only for a violation, since most paragraphs have none. A paragraph is blank
// when no span holds visible text ([canon.Visible]): white space, zero-width
// and other invisible characters, blank glyphs and lone combining marks only.
func paragraphRules(r *check.Report, base string, i, j int, p Paragraph) {
	blank, empty := true, true
	for _, s := range p.Spans {
		blank = blank && !canon.Visible(s.Text)
		empty = empty && s.Text == ""
	}
	if blank && !empty {
		r.Add(check.RuleText, check.Path(base, i, "paragraphs", j), "paragraph is blank; want visible text")
	}
	for k, s := range p.Spans {
		if check.HasControl(s.Text) {
			r.Add(check.RuleText, check.Path(base, i, "paragraphs", j, "spans", k, "text"), "%q holds control characters; want visible text", clip.String(s.Text))
		}
		if k > 0 && s.Emphasis == p.Spans[k-1].Emphasis {
			r.Add(RuleSpanAdjacent, check.Path(base, i, "paragraphs", j, "spans", k), "has the same emphasis (%q) as the span before; merge them into one span", emphasisName(s.Emphasis))
		}
	}
}

func emphasisName(e Emphasis) string {
	if e == Plain {
		return "plain"
	}
	return e.String()
}

func sections(n int) string {
	if n == 1 {
		return "1 section"
	}
	return strconv.Itoa(n) + " sections"
}
