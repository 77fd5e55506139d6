package docimport

import (
	"strconv"
	"strings"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/names"
)

// header is the opening a CV and a vision statement share: the name, the
// heading lines, the slogan in quotation marks and the tagline.
type header struct {
	name    names.Name
	heading []string
	slogan  string
	tagline string
	post    itu.Post
}

// readHeader reads the opening blocks of bs up to stop (the first block that
// is not part of it, as stop tells) and returns how many it read.
func readHeader(bs []block, r reader, stop func(block) bool) (header, int) {
	var h header
	h.name = names.Name(bs[0].text())
	r.at("/name", bs[0].span())
	i := 1
	for ; i < len(bs) && i < 4; i++ {
		b := bs[i]
		s := b.text()
		quoted := strings.HasPrefix(s, "“") && strings.HasSuffix(s, "”")
		if stop(b) && !quoted && (h.slogan == "" || h.tagline != "" || terminal(s) || len(b.lines) > 1) {
			break
		}
		switch {
		case strings.HasPrefix(s, "“") && strings.HasSuffix(s, "”") && h.slogan == "":
			h.slogan = strings.TrimSuffix(strings.TrimPrefix(s, "“"), "”")
			r.at("/slogan", b.span())
		case h.slogan != "" && h.tagline == "":
			h.tagline = s
			r.at("/tagline", b.span())
		case h.heading == nil && h.slogan == "":
			h.heading = unwrapHeading(b.strs())
			r.at("/heading", b.span())
		default:
			return h, i
		}
	}
	if p, ok := postAfter(strings.Join(h.heading, " ")); ok {
		h.post = p
		r.at("/post", bs[1].span())
	}
	return h, i
}

// unwrapHeading joins the heading lines a copy wrapped inside the name of a
// post ("... Director of the Telecommunication" "Standardization Bureau").
func unwrapHeading(ls []string) []string {
	out := []string{ls[0]}
	for _, l := range ls[1:] {
		last := &out[len(out)-1]
		if postCrosses(*last, l) {
			*last = joinLines([]string{*last, l})
			continue
		}
		out = append(out, l)
	}
	return out
}

// postCrosses reports whether a post's name runs from the end of a into b.
func postCrosses(a, b string) bool {
	joined := joinLines([]string{a, b})
	for _, m := range phrases(joined, itu.LookupPost) {
		if m.start < len(a) && m.end > len(a)+1 {
			return true
		}
	}
	low := strings.ToLower(joined)
	for _, n := range postNames() {
		if i := strings.Index(low, n); i >= 0 && i < len(a) && i+len(n) > len(a)+1 {
			return true
		}
	}
	return false
}

// readCV reads a CV: the opening, the PROFILE rows and degrees, the
// PROFESSIONAL CAREER and ITU ACTIVITIES lists and each list of
// achievements.
func readCV(bs []block, r reader) *cv.CV {
	c := &cv.CV{Kind: itu.KindCV}
	profile := anyLabel(func(l labelSet) []string { return l.profile })
	h, i := readHeader(bs, r, func(b block) bool { return isLabel(b.text(), profile) })
	c.Name, c.Heading, c.Slogan, c.Tagline, c.Post = h.name, h.heading, h.slogan, h.tagline, h.post
	bs = joinLists(bs)
	career := anyLabel(func(l labelSet) []string { return l.career })
	activities := anyLabel(func(l labelSet) []string { return l.activities })
	for i < len(bs) {
		head := bs[i].text()
		var items []line
		if i+1 < len(bs) && strings.HasPrefix(bs[i+1].lines[0].s, "- ") {
			items = bs[i+1].lines
		}
		switch {
		case isLabel(head, profile):
			c.Language, _ = labelLanguage(head, func(l labelSet) []string { return l.profile })
			r.at("/language", bs[i].span())
			readProfile(c, items, r)
		case isLabel(head, career):
			readCareer(c, items, r)
		case isLabel(head, activities):
			readActivities(c, items, r)
		case items != nil:
			readAchievements(c, head, bs[i].span(), items, r)
		default:
			r.unplaced(bs[i : i+1])
			i++
			continue
		}
		i += 2
	}
	if c.Post == 0 {
		r.warn(bs[0].span(), "no post named in the CV's heading")
	}
	return c
}

// joinLists joins a list a page break cut in two: a block of "- " entries
// right after another is its continuation.
func joinLists(bs []block) []block {
	out := make([]block, 0, len(bs))
	for _, b := range bs {
		if n := len(out); n > 0 && b.page && bulletBlock(b) && bulletBlock(out[n-1]) {
			out[n-1].lines = append(out[n-1].lines[:len(out[n-1].lines):len(out[n-1].lines)], b.lines...)
			continue
		}
		out = append(out, b)
	}
	return out
}

func bulletBlock(b block) bool { return strings.HasPrefix(b.lines[0].s, "- ") }

// item is a bulleted entry of a list, its wrapped lines joined.
type item struct {
	s     string
	lines Lines
}

// bulleted joins the lines of a list into its "- " entries; a line without
// a bullet continues the entry before.
func bulleted(ls []line) []item {
	var out []item
	var parts []string
	for _, l := range ls {
		if s, ok := strings.CutPrefix(l.s, "- "); ok || len(out) == 0 {
			if len(out) > 0 {
				out[len(out)-1].s = joinLines(parts)
			}
			out = append(out, item{lines: Lines{l.n, l.n}})
			parts = []string{s}
			continue
		}
		parts = append(parts, l.s)
		out[len(out)-1].lines.Last = l.n
	}
	if len(out) > 0 {
		out[len(out)-1].s = joinLines(parts)
	}
	return out
}

func readProfile(c *cv.CV, ls []line, r reader) {
	p := &c.Profile
	education := false
	for _, it := range bulleted(ls) {
		if education {
			readDegree(c, it, r)
			continue
		}
		if v, ok := cutRow(it.s, anyLabel(func(l labelSet) []string { return l.nationality })); ok {
			p.NationalityText = v
			if code, ok := lookupState(v); ok {
				p.Nationality = code
			}
			r.at("/profile/nationality", it.lines)
			r.at("/profile/nationality_text", it.lines)
		} else if v, ok := cutRow(it.s, anyLabel(func(l labelSet) []string { return l.birth })); ok {
			if d, err := parsePartial(v); err == nil {
				p.BirthDate = d
			}
			r.at("/profile/birth_date", it.lines)
		} else if v, ok := cutRow(it.s, anyLabel(func(l labelSet) []string { return l.marital })); ok {
			p.MaritalStatus = v
			r.at("/profile/marital_status", it.lines)
		} else if v, ok := cutRow(it.s, anyLabel(func(l labelSet) []string { return l.languages })); ok {
			p.Languages = spokenLanguages(v)
			r.at("/profile/languages", it.lines)
		} else if isLabel(it.s, anyLabel(func(l labelSet) []string { return l.education })) {
			education = true
		} else {
			r.warn(it.lines, "profile row not read: "+quote(it.s))
		}
	}
}

// cutRow returns the value of a profile row that opens with one of labels.
func cutRow(s string, labels []string) (string, bool) {
	v, ok := cutLabel(s, labels)
	if !ok || !strings.HasPrefix(v, " ") {
		return "", false
	}
	return v[1:], true
}

// spokenLanguages reads "Korean (native), English (fluent)".
func spokenLanguages(s string) []cv.SpokenLanguage {
	var out []cv.SpokenLanguage
	for _, part := range splitOutside(s) {
		name, level, _ := strings.Cut(part, " (")
		out = append(out, cv.SpokenLanguage{Name: name, Level: strings.TrimSuffix(level, ")")})
	}
	return out
}

// splitOutside splits s at ", " outside brackets.
func splitOutside(s string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
		case ',':
			if depth == 0 && i+1 < len(s) && s[i+1] == ' ' {
				out = append(out, s[start:i])
				start = i + 2
			}
		}
	}
	return append(out, s[start:])
}

// readDegree reads "PhD Multimedia Engineering, Hanbat University, Korea 2014".
func readDegree(c *cv.CV, it item, r reader) {
	var e cv.Education
	rest, period, sep, ok := periodSuffix(it.s)
	if ok {
		e.Period = period
		if sep != ", " {
			e.PeriodSep = sep
		}
	}
	parts := strings.Split(rest, ", ")
	e.Degree, e.Field = splitDegree(parts[0])
	e.Level = levelOf(e.Degree)
	switch {
	case len(parts) == 2:
		e.Institution = parts[1]
	case len(parts) > 2:
		e.Institution = strings.Join(parts[1:len(parts)-1], ", ")
		e.Country = parts[len(parts)-1]
	}
	r.at("/education/"+strconv.Itoa(len(c.Education)), it.lines)
	c.Education = append(c.Education, e)
}

// splitDegree cuts "PhD Multimedia Engineering" into the degree and its
// field: the degree is the longest run of words (up to three) that is one of
// degreePhrases or ends in "degree" ("Specialist degree"), or else the first
// word.
func splitDegree(s string) (string, string) {
	ws := strings.Fields(s)
	if len(ws) < 2 {
		return s, ""
	}
	for n := min(3, len(ws)-1); n >= 2; n-- {
		d := strings.Join(ws[:n], " ")
		if degreePhrases[strings.ToLower(d)] || strings.EqualFold(ws[n-1], "degree") {
			return d, strings.Join(ws[n:], " ")
		}
	}
	return ws[0], strings.Join(ws[1:], " ")
}

// levelOf returns the level of a degree as [cv.LevelOfDegree] knows it, or
// as degreeNames does, or else cv.OtherDegree.
func levelOf(degree string) cv.Level {
	if l := cv.LevelOfDegree(degree); l != 0 {
		return l
	}
	if l, ok := degreeNames[strings.ToLower(degree)]; ok {
		return l
	}
	return cv.OtherDegree
}

// degreePhrases are the degrees of more than one word, lower case, that
// splitDegree keeps whole: the Russian candidate of sciences.
var degreePhrases = map[string]bool{"candidate of sciences": true, "candidate of science": true}

// degreeNames are degrees CVs write whose level depends on the country
// that awards them, which [cv.LevelOfDegree] therefore leaves unread: the
// reader takes a level for them so that a record has one, and the record
// states it, but the CV rule cv.education.level does not hold a CV to it.
// The engineering degrees of French and Spanish CVs as the realistic corpus
// has them (ingénieur, a master's; ingeniero, a bachelor's) and Québec's
// baccalauréat (a bachelor's; in France, the school-leaving diploma).
var degreeNames = map[string]cv.Level{
	"baccalauréat": cv.Bachelor, "ingeniero": cv.Bachelor, "ingeniería": cv.Bachelor, "ingénieur": cv.Master,
}

// roleOf returns the role of an activity as [cv.RoleOf] knows it, or else
// cv.OtherRole.
func roleOf(written string) cv.Role {
	if r := cv.RoleOf(written); r != 0 {
		return r
	}
	return cv.OtherRole
}

// readCareer reads "2015 – Present Director, Unit, Organisation, Country"
// by [splitPosition].
func readCareer(c *cv.CV, ls []line, r reader) {
	for _, it := range bulleted(ls) {
		period, rest, _ := periodPrefix(it.s)
		p := splitPosition(rest)
		p.Period = period
		r.at("/career/"+strconv.Itoa(len(c.Career)), it.lines)
		c.Career = append(c.Career, p)
	}
}

// splitPosition cuts a position's line, without its period, at its commas:
// the first part is the title, and so is each part after it that names a
// post ("Executive Vice President, Chief Standardization Strategy Officer");
// the last part is the country when it names a Member State; the last part
// left is the organisation, which starts earlier at a part that opens with
// "Ministry" (a ministry's name lists its portfolios with commas: "Ministry
// of Digital Development, Communications and Mass Media"); the parts between
// are the unit ("Space Services Department, Radiocommunication Bureau").
// An organisation whose own name holds a comma otherwise ("Innovation,
// Science and Economic Development Canada") reads as a unit and an
// organisation: the line does not tell them apart.
func splitPosition(s string) cv.Position {
	parts := strings.Split(s, ", ")
	p := cv.Position{Title: parts[0]}
	parts = parts[1:]
	for len(parts) > 1 && namesPost(parts[0]) {
		p.Title += ", " + parts[0]
		parts = parts[1:]
	}
	if n := len(parts); n >= 2 {
		if _, ok := lookupState(parts[n-1]); ok {
			p.Country = parts[n-1]
			parts = parts[:n-1]
		}
	}
	if len(parts) == 0 {
		return p
	}
	org := len(parts) - 1
	for k := 0; k < org; k++ {
		if opensMinistry(parts[k]) {
			org = k
			break
		}
	}
	p.Unit = strings.Join(parts[:org], ", ")
	p.Organisation = strings.Join(parts[org:], ", ")
	return p
}

// postWords end the name of a post in a CV line, lower case.
var postWords = map[string]bool{
	"officer": true, "director": true, "president": true, "adviser": true, "advisor": true, "manager": true,
	"minister": true, "secretary": true, "chairman": true, "chair": true, "engineer": true, "consultant": true,
	"head": true, "chief": true, "member": true, "coordinator": true, "counsellor": true, "rapporteur": true,
}

// namesPost reports whether s names a post: its last word is a post's
// ("Chief Standardization Strategy Officer"), and it is not the name of an
// office ("Office of the Director").
func namesPost(s string) bool {
	ws := strings.Fields(s)
	return len(ws) > 0 && postWords[strings.ToLower(ws[len(ws)-1])] && !strings.Contains(s, " of ")
}

// opensMinistry reports whether s opens a ministry's name, in the languages
// of the labels: "Ministry of ...", "Ministère ...", "Ministerio ...".
func opensMinistry(s string) bool {
	for _, w := range []string{"Ministry ", "Ministère ", "Ministerio ", "Министерство "} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// readActivities reads "2009 - 2014 Chairman, ITU-T SG13": the role, then
// the body after a comma, or after the last preposition of the role
// ("Member of Korean Delegation to CCITT SGVIII").
func readActivities(c *cv.CV, ls []line, r reader) {
	for _, it := range bulleted(ls) {
		var a cv.Activity
		period, rest, _ := periodPrefix(it.s)
		a.Period = period
		if role, body, ok := strings.Cut(rest, ", "); ok {
			a.RoleText, a.Body = role, body
		} else {
			a.RoleText, a.Body, a.Sep = cutAfterPreposition(rest)
		}
		a.Role = roleOf(a.RoleText)
		r.at("/itu_activities/"+strconv.Itoa(len(c.Activities)), it.lines)
		c.Activities = append(c.Activities, a)
	}
}

var prepositions = map[string]bool{"to": true, "of": true, "for": true, "in": true, "at": true, "on": true,
	"de": true, "du": true, "des": true, "à": true, "al": true, "del": true, "en": true}

func cutAfterPreposition(s string) (string, string, string) {
	ws := strings.Fields(s)
	for k := len(ws) - 2; k >= 1; k-- {
		if prepositions[ws[k]] {
			return strings.Join(ws[:k+1], " "), strings.Join(ws[k+1:], " "), " "
		}
	}
	return s, "", ""
}

// readAchievements reads a list of achievements under its heading,
// "Achievements during the TSB Director (2015 ~ 2021)".
func readAchievements(c *cv.CV, head string, at Lines, ls []line, r reader) {
	l := cv.AchievementList{Title: head}
	if strings.HasSuffix(head, ")") {
		if open := strings.LastIndex(head, " ("); open > 0 {
			inner := head[open+2 : len(head)-1]
			if p, err := parsePeriodExact(inner); err == nil {
				l.Title, l.Period = head[:open], p
			} else if p, err := parsePeriodExact(head[open+1:]); err == nil {
				l.Title, l.Period = head[:open], p
			}
		}
	}
	for _, it := range bulleted(ls) {
		l.Items = append(l.Items, it.s)
	}
	r.at("/achievements/"+strconv.Itoa(len(c.Achievements)), Lines{at.First, ls[len(ls)-1].n})
	c.Achievements = append(c.Achievements, l)
}
