package cv

import (
	"slices"
	"strings"
	"unicode"

	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/names"
)

// Line returns the degree as a CV line: "PhD Multimedia Engineering, Hanbat
// University, Korea 2014".
func (e Education) Line() string {
	var b strings.Builder
	b.WriteString(e.Degree)
	if e.Field != "" {
		b.WriteString(" " + e.Field)
	}
	b.WriteString(", " + e.Institution)
	if e.Country != "" {
		b.WriteString(", " + e.Country)
	}
	if !e.Period.IsZero() {
		b.WriteString(orDefault(e.PeriodSep, ", ") + e.Period.String())
	}
	return b.String()
}

// Line returns the position as a CV line: "2015 – Present Director,
// Telecommunication Standardization Bureau (TSB), ITU".
func (p Position) Line() string {
	var buf [160]byte
	b := appendPeriod(buf[:0], p.Period)
	sep := ""
	for _, s := range [...]string{p.Title, p.Unit, p.Organisation, p.Country} {
		if s != "" {
			b = append(append(b, sep...), s...)
			sep = ", "
		}
	}
	return string(b)
}

// Line returns the activity as a CV line: "2009 - 2014 Chairman, ITU-T SG13,
// NGN-JCA & IPTV-JCA".
func (a Activity) Line() string {
	var buf [160]byte
	b := appendPeriod(buf[:0], a.Period)
	b = append(b, a.RoleText...)
	b = append(b, orDefault(a.Sep, ", ")...)
	return string(append(b, a.Body...))
}

// Heading returns the list's title as written, with its period in
// parentheses when it has one: "Achievements during the TSB Director (2015 ~ 2021)".
func (l AchievementList) Heading() string {
	if l.Period.IsZero() {
		return l.Title
	}
	if p := l.Period.String(); strings.HasPrefix(p, "(") {
		return l.Title + " " + p // written with its parentheses: "(2015 ~ 2021)"
	}
	return l.Title + " (" + l.Period.String() + ")"
}

// appendPeriod appends the period a line starts with, and a space after it;
// nothing when p is not set. The line is written in one buffer: the
// candidacy rules write a line for each CV entry that names a post.
func appendPeriod(b []byte, p civil.Period) []byte {
	if p.IsZero() {
		return b
	}
	return append(p.AppendTo(b), ' ')
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// block is a run of lines the layout sets without blank lines between them;
// blocks are separated by one blank line.
type block []string

// header returns the opening blocks a CV and a vision statement share: the
// name, the heading lines, the slogan in quotation marks and the tagline.
func header(name names.Name, heading []string, slogan, tagline string) []block {
	bs := []block{{string(name)}}
	if len(heading) > 0 {
		bs = append(bs, block(heading))
	}
	if slogan != "" {
		bs = append(bs, block{"“" + slogan + "”"})
	}
	if tagline != "" {
		bs = append(bs, block{tagline})
	}
	return bs
}

// profileRows returns the profile as label-value rows ("Nationality Republic
// of Korea").
func (c CV) profileRows(lb Labels) []string {
	p := c.Profile
	nation := p.NationalityText
	if nation == "" {
		nation = p.Nationality.Name()
	}
	rows := []string{lb.Nationality + " " + nation}
	if !p.BirthDate.IsZero() {
		rows = append(rows, lb.BirthDate+" "+p.BirthDate.String())
	}
	if p.MaritalStatus != "" {
		rows = append(rows, lb.MaritalStatus+" "+p.MaritalStatus)
	}
	if len(p.Languages) > 0 {
		langs := make([]string, len(p.Languages))
		for i, l := range p.Languages {
			langs[i] = l.Name
			if l.Level != "" {
				langs[i] += " (" + l.Level + ")"
			}
		}
		rows = append(rows, lb.Languages+" "+strings.Join(langs, ", "))
	}
	return rows
}

// blocks lays c out as the published CV: bullets are "- ", and degrees are
// indented one space under the "Education" row. The headings and labels are
// those of c's language ([LabelsFor]).
func (c CV) blocks() []block {
	lb := LabelsFor(c.Language)
	bs := header(c.Name, c.Heading, c.Slogan, c.Tagline)
	profile := bullets(c.profileRows(lb))
	if len(c.Education) > 0 {
		profile = append(profile, "- "+lb.Education)
		for _, e := range c.Education {
			profile = append(profile, " - "+e.Line())
		}
	}
	bs = append(bs, block{lb.Profile}, profile)
	if len(c.Career) > 0 {
		bs = append(bs, block{lb.Career}, bullets(lines(c.Career, Position.Line)))
	}
	if len(c.Activities) > 0 {
		bs = append(bs, block{lb.Activities}, bullets(lines(c.Activities, Activity.Line)))
	}
	for _, l := range c.Achievements {
		bs = append(bs, block{l.Heading()}, bullets(l.Items))
	}
	return bs
}

func lines[T any](xs []T, f func(T) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func bullets(ss []string) block {
	out := make(block, len(ss))
	for i, s := range ss {
		out[i] = "- " + s
	}
	return out
}

// pageBreak opens every page of a rendered document: three blank lines, as
// the transcripts of the published documents set a new page (PP-22 Document
// 12-E). Package correspondence writes documents the same way.
const pageBreak = "\n\n\n\n"

// render returns bs as one page in the form of the transcripts: opened by
// [pageBreak], with no line feed after the last line.
func render(bs []block) string {
	return pageBreak + strings.TrimSuffix(join(bs), "\n")
}

func join(bs []block) string {
	var b strings.Builder
	for i, bl := range bs {
		if i > 0 {
			b.WriteString("\n")
		}
		for _, l := range bl {
			b.WriteString(l + "\n")
		}
	}
	return b.String()
}

// Text returns c as the published CV: the opening, then the PROFILE,
// PROFESSIONAL CAREER and ITU ACTIVITIES sections (headed in c's language,
// [LabelsFor]) and each list of achievements, blocks separated by a blank line, list entries as "- " bullets
// and degrees indented under "- Education", each line ended by a line feed.
// The CV of PP-22 Document 12-E comes back byte for byte.
func (c CV) Text() string { return join(c.blocks()) }

// Render returns c as published, in the form of the transcripts of ITU
// documents: the page opened by three blank lines, then [CV.Text] without the
// line feed after its last line.
func (c CV) Render() string { return render(c.blocks()) }

// Lines returns the non-blank lines of [CV.Text] without bullets or indent:
// "Nationality Republic of Korea", "2015 – Present Director, ...".
func (c CV) Lines() []string { return contentLines(c.blocks(), true) }

// contentLines returns the non-blank lines of bs, trimmed of surrounding space
// and, when bulleted, of a leading "- " bullet.
func contentLines(bs []block, bulleted bool) []string {
	var out []string
	for _, bl := range bs {
		for _, l := range bl {
			for _, line := range strings.Split(l, "\n") {
				line = strings.TrimSpace(line)
				if bulleted {
					line = strings.TrimPrefix(line, "- ")
				}
				if line != "" {
					out = append(out, line)
				}
			}
		}
	}
	return out
}

func (v VisionStatement) blocks(markdown bool) []block {
	bs := header(v.Name, v.Heading, v.Slogan, v.Tagline)
	for _, s := range v.Sections {
		if s.Heading != "" {
			bs = append(bs, block{s.Heading})
		}
		for _, p := range s.Paragraphs {
			for _, part := range p.parts() {
				if markdown {
					bs = append(bs, block{part.Markdown()})
				} else {
					bs = append(bs, block{part.Text()})
				}
			}
		}
	}
	return bs
}

// Markdown returns v as the published statement, with emphasis marked
// **bold**, *italic* and ***bold italic***: the opening as in a CV, then each
// section heading and paragraph as a block of its own (a paragraph cut by a
// page break as one block per part), blocks separated by a blank line, each
// line ended by a line feed. Translations are not included; see
// [VisionStatement.In].
func (v VisionStatement) Markdown() string { return join(v.blocks(true)) }

// Text returns v laid out as [VisionStatement.Markdown] does, with the
// emphasis dropped.
func (v VisionStatement) Text() string { return join(v.blocks(false)) }

// Render returns v as published, in the form of the transcripts of ITU
// documents: the page opened by three blank lines, then
// [VisionStatement.Markdown] without the line feed after its last line. The
// vision statement of PP-22 Document 12-E comes back byte for byte, its
// emphasis and its two paragraphs cut by page breaks included.
func (v VisionStatement) Render() string { return render(v.blocks(true)) }

// Lines returns the non-blank lines of [VisionStatement.Markdown], trimmed of
// surrounding space.
func (v VisionStatement) Lines() []string { return contentLines(v.blocks(true), false) }

// parts returns p cut before each word of p.PageBreaks, the spaces before
// each cut dropped; breaks past the last word are left out.
func (p Paragraph) parts() []Paragraph {
	breaks := slices.Clone(p.PageBreaks)
	slices.Sort(breaks)
	breaks = slices.Compact(breaks)
	for len(breaks) > 0 && breaks[0] < 1 {
		breaks = breaks[1:]
	}
	if len(breaks) == 0 {
		return []Paragraph{p}
	}
	var (
		out    []Paragraph
		cur    []Span
		word   = -1
		inWord bool
	)
	for _, s := range p.Spans {
		start := 0
		for i, r := range s.Text {
			space := unicode.IsSpace(r)
			if !space && !inWord {
				word++
				if len(breaks) > 0 && word == breaks[0] {
					cur = append(cur, Span{Text: s.Text[start:i], Emphasis: s.Emphasis})
					out = append(out, Paragraph{Spans: trimRight(cur)})
					cur, start, breaks = nil, i, breaks[1:]
				}
			}
			inWord = !space
		}
		if start < len(s.Text) {
			cur = append(cur, Span{Text: s.Text[start:], Emphasis: s.Emphasis})
		}
	}
	return append(out, Paragraph{Spans: cur})
}

// trimRight returns the spans ss with the space at their end dropped, and
// the spans left empty by that.
func trimRight(ss []Span) []Span {
	for len(ss) > 0 {
		last := &ss[len(ss)-1]
		last.Text = strings.TrimRightFunc(last.Text, unicode.IsSpace)
		if last.Text != "" {
			break
		}
		ss = ss[:len(ss)-1]
	}
	return ss
}
