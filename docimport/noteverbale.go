package docimport

import (
	"strconv"
	"strings"
	"sync"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/correspondence"
)

// readNoteVerbale reads a note verbale: the mission's name and city, its
// address and contact lines, the reference, the paragraphs, the date, the
// enclosure line, and (on the foot page, when there is one) the description
// of the signature and the addressee.
func readNoteVerbale(bs []block, r reader) *correspondence.NoteVerbale {
	n := &correspondence.NoteVerbale{Kind: itu.KindNoteVerbale}
	m := &n.Mission
	head := bs[0]
	m.Italic = strings.HasPrefix(head.lines[0].s, "*") && !strings.HasPrefix(head.lines[0].s, "**")
	hl := unitalic(head.strs(), m.Italic)
	// The name, wrapped over lines in a copy, then the city on the last line.
	nameEnd := max(1, len(hl)-1)
	m.Name = joinLines(hl[:nameEnd])
	r.at("/mission/name", Lines{head.lines[0].n, head.lines[nameEnd-1].n})
	if code, ok := missionState(m.Name); ok {
		m.MemberState = code
		r.at("/mission/member_state", Lines{head.lines[0].n, head.lines[nameEnd-1].n})
	}
	if m.Italic {
		r.at("/mission/italic", head.span())
	}
	if len(hl) > 1 {
		m.City = hl[len(hl)-1]
		r.at("/mission/city", Lines{head.lines[len(hl)-1].n, head.lines[len(hl)-1].n})
	}
	i := 1
	contact := ""
	if i < len(bs) && isAddress(bs[i], m.Italic) {
		contact = readAddress(bs[i], m, r)
		i++
	}
	if i < len(bs) {
		n.Reference = bs[i].text()
		r.at("/reference", bs[i].span())
		i++
	}
	j := i
	for j < len(bs) {
		if _, ok := readDate(bs[j].text()); ok && len(bs[j].lines) == 1 {
			break
		}
		j++
	}
	for k, b := range bs[i:j] {
		n.Text = append(n.Text, b.text())
		r.at("/text/"+strconv.Itoa(k), b.span())
	}
	rest := bs[min(j, len(bs)):]
	if len(rest) > 0 {
		n.Date, n.DateText, _ = dateFields(rest[0].text())
		r.date(rest[0].span(), n.DateText)
		rest = rest[1:]
	}
	if len(rest) > 0 && isEnclosures(rest[0].text()) {
		n.Enclosures = enclosures(rest[0].text())
		r.at("/enclosures", rest[0].span())
		rest = rest[1:]
	}
	if len(rest) > 0 && rest[0].page {
		n.FootPage = true
		r.at("/foot_page", rest[0].span())
	}
	if len(rest) > 1 && isSignatureText(rest[0].text()) {
		n.Signature = rest[0].text()
		r.at("/signature", rest[0].span())
		rest = rest[1:]
	}
	if len(rest) > 0 {
		last := rest[len(rest)-1]
		n.Addressee = last.text()
		r.at("/addressee", last.span())
		r.unplaced(rest[:len(rest)-1])
	}
	if lang, ok := printedLanguage(n.DateText, n.Date, contact, string(m.Telephone), string(m.Fax)); ok {
		n.Language = lang
		r.at("/language", spanOf(bs))
		if n.DateText == correspondence.LabelsFor(lang).FormatDate(n.Date) {
			n.DateText = ""
		}
	}
	home := m.MemberState
	// Each paragraph is one block: the candidatures, the conference and the
	// attachments name the lines of the paragraph they were read in.
	cands, from := textCandidatures(n.Text, home)
	n.Candidatures = cands
	for k := range cands {
		r.at("/candidatures/"+strconv.Itoa(k), bs[i+from[k]].span())
	}
	if ref, k, ok := conferenceIn(n.Text); ok {
		n.Conference = ref
		r.at("/conference", bs[i+k].span())
	}
	atts, from := attachmentsIn(n.Text)
	n.Attachments = atts
	for k := range atts {
		r.at("/attachments/"+strconv.Itoa(k), bs[i+from[k]].span())
	}
	return n
}

// unitalic drops the "*" a transcript opens and closes an italic block with.
func unitalic(ls []string, italic bool) []string {
	out := append([]string(nil), ls...)
	if italic {
		out[0] = strings.TrimPrefix(out[0], "*")
		out[len(out)-1] = strings.TrimSuffix(out[len(out)-1], "*")
	}
	return out
}

// missionState reads the Member State a mission's name names.
func missionState(name string) (itu.StateCode, bool) {
	ms := states(name)
	if len(ms) == 0 {
		return "", false
	}
	return ms[0].v, true
}

// isAddress reports whether b is a letterhead's address block: italic like
// the name, or holding a telephone, fax or email line, or more than one line.
func isAddress(b block, italic bool) bool {
	if italic && strings.HasPrefix(b.lines[0].s, "*") {
		return true
	}
	for _, l := range b.lines {
		if strings.Contains(l.s, "@") || isContactLine(l.s) {
			return true
		}
	}
	return len(b.lines) > 1
}

// readAddress reads the address lines, the telephone and fax line and the
// email of a mission's letterhead, and returns the contact line.
func readAddress(b block, m *correspondence.Mission, r reader) (contact string) {
	ls := unitalic(b.strs(), m.Italic)
	for k, s := range ls {
		n := b.lines[k].n
		switch {
		case strings.Contains(s, "@") && !strings.Contains(s, " "):
			m.Email = correspondence.Email(s)
			r.at("/mission/email", Lines{n, n})
		case isContactLine(s):
			contact = s
			for _, part := range strings.Split(s, " / ") {
				if v, ok := cutLabel(part, telLabels()); ok {
					m.Telephone = correspondence.Phone(strings.TrimSpace(v))
					r.at("/mission/telephone", Lines{n, n})
				} else if v, ok := cutLabel(part, faxLabels()); ok {
					m.Fax = correspondence.Phone(strings.TrimSpace(v))
					r.at("/mission/fax", Lines{n, n})
				}
			}
		default:
			m.Address = append(m.Address, s)
			r.at("/mission/address/"+strconv.Itoa(len(m.Address)-1), Lines{n, n})
		}
	}
	return contact
}

// enclosures reads an enclosure line: the label through its colon, then the
// items separated by "; ".
func enclosures(s string) correspondence.Enclosures {
	label, items, _ := strings.Cut(s, ":")
	return correspondence.Enclosures{Label: label + ":", Items: strings.Split(strings.TrimSpace(items), "; ")}
}

// The labels of a letterhead's telephone and fax numbers, in every language.
var (
	telLabels = sync.OnceValue(func() []string { return anyLabel(func(l labelSet) []string { return l.tel }) })
	faxLabels = sync.OnceValue(func() []string { return anyLabel(func(l labelSet) []string { return l.fax }) })
)

// isContactLine reports whether s is a letterhead's telephone and fax line:
// "Tel: +41 22 748 0000 / Fax: +41 22 748 0001".
func isContactLine(s string) bool {
	for _, part := range strings.Split(s, " / ") {
		_, tel := cutLabel(part, telLabels())
		_, fax := cutLabel(part, faxLabels())
		if !tel && !fax {
			return false
		}
	}
	return true
}
