package cv

import (
	"encoding/binary"
	"hash/maphash"
	"slices"
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

// Paths are built when a rule reports, from base and the tokens below it:
// most records break no rule, and each path built is an allocation.
func cvRules(r *check.Report, base string, c CV) {
	postRules(r, base, c.Post)
	headingRules(r, base, c.Heading, c.Post)
	profileRules(r, base, c.Profile)
	// An implausible birth date is reported once, not against every entry.
	birth := c.Profile.BirthDate
	if !birth.IsValid() || birth.Year < 1900 || r.AfterAsOf(birth.First()) {
		birth = civil.PartialDate{}
	}
	educationRules(r, base, c.Education, birth)
	for i, p := range c.Career {
		periodRules(r, func() string { return check.Path(base, "career", i, "period") }, p.Period, true, birth)
	}
	for i, a := range c.Activities {
		periodRules(r, func() string { return check.Path(base, "itu_activities", i, "period") }, a.Period, true, birth)
		activityRoleRule(r, func() string { return check.Path(base, "itu_activities", i, "role") }, a)
		separatorRule(r, func() string { return check.Path(base, "itu_activities", i, "sep") }, a.Sep)
	}
	for i, l := range c.Achievements {
		periodRules(r, func() string { return check.Path(base, "achievements", i, "period") }, l.Period, true, birth)
		duplicateRule(r, func(k int) string { return check.Path(base, "achievements", i, "items", k) }, l.Items, hashString)
	}
	entriesOrderRule(r, base, "education", c.Education, func(e *Education) *civil.Period { return &e.Period })
	entriesOrderRule(r, base, "career", c.Career, func(p *Position) *civil.Period { return &p.Period })
	entriesOrderRule(r, base, "itu_activities", c.Activities, func(a *Activity) *civil.Period { return &a.Period })
	duplicateRule(r, func(i int) string { return check.Path(base, "education", i) }, c.Education, hashEducation)
	duplicateRule(r, func(i int) string { return check.Path(base, "career", i) }, c.Career, hashPosition)
	duplicateRule(r, func(i int) string { return check.Path(base, "itu_activities", i) }, c.Activities, hashActivity)
}

// postRules: cv.post.person.
func postRules(r *check.Report, base string, p itu.Post) {
	if p.IsValid() && !p.CandidateIsPerson() {
		r.Add(RulePostPerson, check.Path(base, "post"), "%q is a Council seat, whose candidate is a Member State; a CV or vision statement stands for SG, DSG, BR, TSB, BDT or RRB", p.String())
	}
}

// headingRules: cv.heading.post.
func headingRules(r *check.Report, base string, lines []string, post itu.Post) {
	if !post.IsValid() {
		return
	}
	for i, line := range lines {
		name, ok := candidateFor(line)
		if !ok || name == post.Name() {
			continue // a post's own name looks up as the post (TestHeadingPostOwnName)
		}
		if named, ok := itu.LookupPost(name); ok && named != post {
			r.Add(RuleHeadingPost, check.Path(base, "heading", i), "names the post %q (%s), but the record stands for %s (%s); make them agree", name, named, post.Name(), post)
		}
	}
}

// profileRules: cv.nationality.member, cv.nationality.text, and the date rules
// for the birth date.
func profileRules(r *check.Report, base string, p Profile) {
	code := p.Nationality
	if code.IsValid() && !r.Opts.AsOf.IsZero() && !code.MemberOn(r.Opts.AsOf) {
		m, _ := code.MemberState()
		r.Add(RuleNationalityMember, check.Path(base, "profile", "nationality"), "%q (%s) joined the Union on %s, after the as-of date %s; want a Member State on that date", string(code), m.Name, m.Joined, r.Opts.AsOf)
	}
	if code.IsValid() && p.NationalityText != "" {
		if c, ok := itu.LookupStateCode(p.NationalityText); ok && c != code {
			r.Add(RuleNationalityText, check.Path(base, "profile", "nationality_text"), "%q names %s (%s), not the nationality %s (%s); make them agree", p.NationalityText, c.Name(), c, code.Name(), string(code))
		}
	}
	if b := p.BirthDate; !b.IsZero() && b.IsValid() {
		if b.Year < 1900 {
			r.Add(RulePeriodTooEarly, check.Path(base, "profile", "birth_date"), "%q is before 1900; want a year from 1900 on", b.String())
		}
		if r.AfterAsOf(b.First()) {
			r.Add(RulePeriodFuture, check.Path(base, "profile", "birth_date"), "%q is after the as-of date %s; want a date on or before it", b.String(), r.Opts.AsOf)
		}
	}
}

// educationRules: the date rules for each degree (a degree in progress is
// a warning; one without a period is checked for no dates),
// cv.separator.form, cv.education.level and cv.education.order.
func educationRules(r *check.Report, base string, es []Education, birth civil.PartialDate) {
	first := -1 // index of the bachelor's degree completed first
	for i, e := range es {
		periodRules(r, func() string { return check.Path(base, "education", i, "period") }, e.Period, false, birth)
		separatorRule(r, func() string { return check.Path(base, "education", i, "period_sep") }, e.PeriodSep)
		if want := LevelOfDegree(e.Degree); want != 0 && e.Level.IsValid() && want != e.Level {
			r.Add(RuleEducationLevel, check.Path(base, "education", i, "level"), "level %q does not match the degree %q, which reads as %q; correct one of them", e.Level.String(), e.Degree, want.String())
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
			r.Add(RuleEducationOrder, check.Path(base, "education", i, "period"), "the %s degree %q was completed in %s, before the first bachelor's degree (%q, %s); check the years", e.Level.String(), e.Degree, completed(e.Period).String(), es[first].Degree, b.String())
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

// entriesOrderRule: cv.entries.order. An entry is out of order when it
// certainly starts after the entry above it. period gives an entry's period
// in place, so that no list of periods is copied out.
func entriesOrderRule[T any](r *check.Report, base, name string, xs []T, period func(*T) *civil.Period) {
	prevValid := false
	for i := range xs {
		cur := period(&xs[i])
		curValid := cur.IsValid()
		if i > 0 && prevValid && curValid {
			if prev := period(&xs[i-1]); prev.Start.Last().Before(cur.Start.First()) {
				r.Add(RuleEntriesOrder, check.Path(base, name, i, "period"), "%q starts after the entry above it (%q); list entries most recent first", cur.String(), prev.String())
			}
		}
		prevValid = curValid
	}
}

// smallList is the length up to which duplicateRule compares entries pair by
// pair (at most 120 comparisons); a longer list is indexed, in linear time.
const smallList = 16

// duplicateRule: cv.entries.duplicate. at gives the path of entry i.
//
// A longer list is indexed by a seeded hash of each entry, computed by hash
// (hashing a Go map key would read every field of the struct twice, for the
// lookup and the insert). Equal entries hash alike because hash reads only
// fields that == compares; entries that merely share a hash are told apart
// by ==, and with a random seed no input can make many of them share one.
func duplicateRule[T comparable](r *check.Report, at func(int) string, xs []T, hash func(maphash.Seed, *T) uint64) {
	if len(xs) <= smallList {
		// A few entries are compared with each other, without hashing
		// every field of every entry.
		for i := 1; i < len(xs); i++ {
			for j := range i {
				if xs[j] == xs[i] {
					r.Add(RuleEntriesDuplicate, at(i), "repeats entry %d word for word; remove one", j)
					break
				}
			}
		}
		return
	}
	// last maps a hash to the latest entry with that hash not itself a
	// repeat; next links each such entry to the one before it of the same
	// hash, or -1. The entries on a chain differ, so at most one equals x.
	last := make(map[uint64]int, len(xs))
	next := make([]int, len(xs))
	for i := range xs {
		k := hash(dupSeed, &xs[i])
		head, ok := last[k]
		if !ok {
			head = -1
		}
		j := head
		for j >= 0 && xs[j] != xs[i] {
			j = next[j]
		}
		if j >= 0 {
			r.Add(RuleEntriesDuplicate, at(i), "repeats entry %d word for word; remove one", j)
			continue
		}
		next[i], last[k] = head, i
	}
}

// dupSeed seeds the hashes of duplicateRule, once a process.
var dupSeed = maphash.MakeSeed()

// The hash functions of duplicateRule, one for each kind of list.

func hashString(seed maphash.Seed, s *string) uint64 { return maphash.String(seed, *s) }

func hashEducation(seed maphash.Seed, e *Education) uint64 {
	return hashStrings(seed, hashPeriod(seed, &e.Period), e.Degree, e.Field, e.Institution, e.Country)
}

func hashPosition(seed maphash.Seed, p *Position) uint64 {
	return hashStrings(seed, hashPeriod(seed, &p.Period), p.Title, p.Unit, p.Organisation, p.Country)
}

func hashActivity(seed maphash.Seed, a *Activity) uint64 {
	return hashStrings(seed, hashPeriod(seed, &a.Period), a.RoleText, a.Body)
}

// hashPeriod hashes the dates of p and its text; its separator is left to ==.
func hashPeriod(seed maphash.Seed, p *civil.Period) uint64 {
	var b [48]byte
	for i, n := range [...]int{p.Start.Year, int(p.Start.Month), p.Start.Day, p.End.Year, int(p.End.Month), p.End.Day} {
		binary.LittleEndian.PutUint64(b[8*i:], uint64(n))
	}
	if p.Present {
		b[47] ^= 1
	}
	return hashStrings(seed, maphash.Bytes(seed, b[:]), p.Text)
}

// hashStrings folds the hash of each string into h in turn, by a step that
// is one-to-one in h (an xor, then a multiplication by an odd number), so
// the order of the strings counts.
func hashStrings(seed maphash.Seed, h uint64, ss ...string) uint64 {
	for _, s := range ss {
		h = (h ^ maphash.String(seed, s)) * 0x9e3779b97f4a7c15
	}
	return h
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

// visionRules builds paths, as cvRules does, only when a rule reports.
func visionRules(r *check.Report, base string, v VisionStatement) {
	postRules(r, base, v.Post)
	headingRules(r, base, v.Heading, v.Post)
	sectionRules(r, func() string { return check.Path(base, "sections") }, v.Sections)
	// seen holds the first translation into each language met: one entry
	// per official language at most, so a list searched in place, with no
	// map made for every statement.
	var buf [8]translationAt
	seen := buf[:0]
	for i, t := range v.Translations {
		seen = translationRules(r, base, t, v, seen, i)
		sectionRules(r, func() string { return check.Path(base, "translations", i, "sections") }, t.Sections)
	}
}

// translationAt is translation i, into language l.
type translationAt struct {
	l itu.Language
	i int
}

// translationRules: cv.translation.language and cv.translation.sections for
// translation i. It returns seen with t added when t is the first
// translation into its language.
func translationRules(r *check.Report, base string, t Translation, v VisionStatement, seen []translationAt, i int) []translationAt {
	if t.Language.IsValid() {
		j := slices.IndexFunc(seen, func(s translationAt) bool { return s.l == t.Language })
		switch {
		case t.Language == v.Language:
			r.Add(RuleTranslationLanguage, check.Path(base, "translations", i, "language"), "%q is the statement's own language; a translation is in another official language", t.Language.String())
		case j >= 0:
			r.Add(RuleTranslationLanguage, check.Path(base, "translations", i, "language"), "%q repeats the language of translation %d; keep one text per language", t.Language.String(), seen[j].i)
		default:
			seen = append(seen, translationAt{t.Language, i})
		}
	}
	if len(t.Sections) > 0 && len(t.Sections) != len(v.Sections) {
		r.Add(RuleTranslationSections, check.Path(base, "translations", i, "sections"), "has %s; the statement it translates has %s", sections(len(t.Sections)), sections(len(v.Sections)))
	}
	return seen
}

// sectionRules: cv.section.heading, cv.span.adjacent, and field.text for span
// text (a span may be only a space, so the "text" tag does not fit it).
// at gives the path of the list of sections.
func sectionRules(r *check.Report, at lazyPath, ss []Section) {
	for i, s := range ss {
		if i > 0 && s.Heading == "" {
			r.Add(RuleSectionHeading, check.Path(at(), i, "heading"), "section %d has no heading; a section without one continues the section before, so merge them", i)
		}
		for j, p := range s.Paragraphs {
			paragraphRules(r, at, i, j, p)
		}
	}
}

// paragraphRules checks paragraph j of section i below at(); paths are built
// only for a violation, since most paragraphs have none. A paragraph is blank
// when no span holds visible text ([canon.Visible]): white space, zero-width
// and other invisible characters, blank glyphs and lone combining marks only.
func paragraphRules(r *check.Report, at lazyPath, i, j int, p Paragraph) {
	blank, empty := true, true
	for _, s := range p.Spans {
		blank = blank && !canon.Visible(s.Text)
		empty = empty && s.Text == ""
	}
	if blank && !empty {
		r.Add(check.RuleText, check.Path(at(), i, "paragraphs", j), "paragraph is blank; want visible text")
	}
	for k, s := range p.Spans {
		if check.HasControl(s.Text) {
			r.Add(check.RuleText, check.Path(at(), i, "paragraphs", j, "spans", k, "text"), "%q holds control characters; want visible text", clip.String(s.Text))
		}
		if k > 0 && s.Emphasis == p.Spans[k-1].Emphasis {
			r.Add(RuleSpanAdjacent, check.Path(at(), i, "paragraphs", j, "spans", k), "has the same emphasis (%q) as the span before; merge them into one span", emphasisName(s.Emphasis))
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
