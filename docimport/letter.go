package docimport

import (
	"strconv"
	"strings"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/names"
)

// readLetter reads a nomination letter: the letterhead, the recipient, the
// date, the salutation, the paragraphs (joined again where a page break cuts
// them, the letterhead repeated on a new page left out), the closing, the
// signatory and the enclosure line.
func readLetter(bs []block, r reader) *correspondence.Letter {
	l := &correspondence.Letter{Kind: itu.KindLetter}
	head := bs[0]
	hs := head.strs()
	l.Letterhead.Ministry = joinLines(hs[:max(1, len(hs)-1)])
	r.at("/letterhead/ministry", head.span())
	if len(hs) > 1 {
		st := hs[len(hs)-1]
		l.Letterhead.MemberStateText = st
		if code, ok := lookupState(st); ok {
			l.Letterhead.MemberState = code
		}
		r.at("/letterhead/member_state", Lines{head.lines[len(hs)-1].n, head.lines[len(hs)-1].n})
		r.at("/letterhead/member_state_text", Lines{head.lines[len(hs)-1].n, head.lines[len(hs)-1].n})
	}
	i := 1
	// The letterhead printed again on later pages.
	var body []block
	for k := 1; k < len(bs); k++ {
		if bs[k].page && sameBlock(bs[k], head) {
			l.Letterhead.EveryPage = true
			r.at("/letterhead/every_page", bs[k].span())
			if k+1 < len(bs) {
				bs[k+1].page = true
			}
			continue
		}
		body = append(body, bs[k])
	}
	bs = append([]block{head}, body...)
	if i < len(bs) {
		if _, ok := readDate(bs[i].text()); !ok {
			readRecipient(bs[i], &l.Recipient, r)
			i++
		}
	}
	if i < len(bs) {
		l.Date, l.DateText, _ = dateFields(bs[i].text())
		r.date(bs[i].span(), l.DateText)
		if lang, ok := printedLanguage(l.DateText, l.Date, "", "", ""); ok {
			l.Language, l.DateText = lang, ""
			r.at("/language", bs[i].span())
		}
		i++
	}
	if i < len(bs) && len(bs[i].lines) == 1 && strings.HasSuffix(bs[i].text(), ",") || i < len(bs) && strings.HasSuffix(bs[i].text(), ":") && len(bs[i].text()) < 80 {
		l.Salutation = bs[i].text()
		r.at("/salutation", bs[i].span())
		i++
	}
	end := len(bs)
	if end > i && isEnclosures(bs[end-1].text()) {
		l.Enclosures = enclosures(bs[end-1].text())
		r.at("/enclosures", bs[end-1].span())
		end--
	}
	if end > i+1 {
		end = readSignatory(bs[i:end], &l.Signatory, r, "/signatory") + i
	}
	if end > i+1 && isClosing(bs[end-1].text()) {
		l.Closing = bs[end-1].text()
		r.at("/closing", bs[end-1].span())
		end--
	}
	// Paragraphs, joined again where a page break cuts one: each as its
	// parts, joined once.
	var parts [][]string
	words := 0 // the words of the last paragraph so far
	for _, b := range bs[i:end] {
		s := b.text()
		k := len(parts) - 1
		if b.page && k >= 0 && !terminal(parts[k][len(parts[k])-1]) {
			r.at("/page_breaks/"+strconv.Itoa(len(l.PageBreaks)), b.span())
			l.PageBreaks = append(l.PageBreaks, correspondence.PageBreak{Paragraph: k, Word: words})
			parts[k] = append(parts[k], s)
			words += countWords(s)
			r.at("/text/"+strconv.Itoa(k), b.span())
			continue
		}
		if b.page && k >= 0 {
			r.at("/page_breaks/"+strconv.Itoa(len(l.PageBreaks)), b.span())
			l.PageBreaks = append(l.PageBreaks, correspondence.PageBreak{Paragraph: k + 1})
		}
		parts = append(parts, []string{s})
		words = countWords(s)
		r.at("/text/"+strconv.Itoa(k+1), b.span())
	}
	for _, p := range parts {
		l.Text = append(l.Text, strings.Join(p, " "))
	}
	if len(l.Text) > 0 {
		text := spanOf(bs[i:end])
		l.Candidatures, _ = textCandidatures(l.Text, l.Letterhead.MemberState)
		for k := range l.Candidatures {
			r.at("/candidatures/"+strconv.Itoa(k), text)
		}
		l.Attachments, _ = attachmentsIn(l.Text)
		for k := range l.Attachments {
			r.at("/attachments/"+strconv.Itoa(k), text)
		}
	}
	return l
}

// readRecipient reads the addressee block: name, title, organisation, address.
func readRecipient(b block, rc *correspondence.Recipient, r reader) {
	for k, l := range b.lines {
		ls := Lines{l.n, l.n}
		switch k {
		case 0:
			rc.Name = names.Name(l.s)
			r.at("/recipient/name", ls)
		case 1:
			rc.Title = l.s
			r.at("/recipient/title", ls)
		case 2:
			rc.Organisation = l.s
			r.at("/recipient/organisation", ls)
		default:
			rc.Address = append(rc.Address, l.s)
			r.at("/recipient/address/"+strconv.Itoa(k-3), ls)
		}
	}
}

// isClosing reports whether s is a complimentary close: one short line
// ending with a comma ("Yours Sincerely,").
func isClosing(s string) bool {
	return len(s) < 80 && strings.HasSuffix(s, ",")
}
