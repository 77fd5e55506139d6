package correspondence

import (
	"slices"
	"strings"
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

func noteRules(r *check.Report, base string, n Note) {
	r.Kind(check.Path(base, "kind"), n.Kind, itu.KindNote)
	dateRules(r, base, n.Date, n.DateText)
	symbolRule(r, check.Path(base, "symbol"), n.Symbol, true, n.Language)
	for i, s := range n.References {
		symbolRule(r, check.Path(base, "references", i), s, false, 0)
	}
	candidatureRules(r, base, n.Candidatures, n.Text, "")
	noteSignatoryRule(r, check.Path(base, "signatory", "title"), n.Signatory.Title)
}

func noteVerbaleRules(r *check.Report, base string, n NoteVerbale) {
	r.Kind(check.Path(base, "kind"), n.Kind, itu.KindNoteVerbale)
	dateRules(r, base, n.Date, n.DateText)
	m := n.Mission
	path := check.Path(base, "mission")
	senderRule(r, check.Path(path, "member_state"), m.MemberState, n.Date, m.Name)
	phoneRule(r, check.Path(path, "telephone"), m.Telephone, m.location())
	phoneRule(r, check.Path(path, "fax"), m.Fax, m.location())
	emailRule(r, check.Path(path, "email"), m.Email)
	candidatureRules(r, base, n.Candidatures, n.Text, m.MemberState)
	conferenceRule(r, check.Path(base, "conference"), n.Conference)
	attachmentRules(r, check.Path(base, "attachments"), n.Attachments)
}

func letterRules(r *check.Report, base string, l Letter) {
	r.Kind(check.Path(base, "kind"), l.Kind, itu.KindLetter)
	dateRules(r, base, l.Date, l.DateText)
	h := l.Letterhead
	path := check.Path(base, "letterhead")
	senderRule(r, check.Path(path, "member_state"), h.MemberState, l.Date, "")
	memberStateTextRule(r, check.Path(path, "member_state_text"), h.MemberState, h.MemberStateText)
	pageBreakRule(r, check.Path(base, "page_breaks"), l.PageBreaks, l.Text)
	candidatureRules(r, base, l.Candidatures, l.Text, h.MemberState)
	attachmentRules(r, check.Path(base, "attachments"), l.Attachments)
}

// dateRules: correspondence.date.future, correspondence.date.text and
// correspondence.date.unread, for the date of a document at base.
func dateRules(r *check.Report, base string, d civil.Date, written string) {
	if !d.IsValid() {
		return // field.required or field.invalid has it
	}
	if r.AfterAsOf(d) {
		r.Add(RuleDateFuture, check.Path(base, "date"), "dated %s, after the as-of date %s; a document cannot be dated in the future", d, r.Opts.AsOf)
	}
	if written == "" || !check.TextOK(written) {
		return
	}
	w, ok := readDate(written)
	switch {
	case !ok:
		r.Add(RuleDateUnread, check.Path(base, "date_text"), "cannot read %q as a date, so it is not checked against %s; write it as one of the six official languages does, like \"9 November 2021\", \"9 novembre 2021\" or \"2021年11月9日\"", clip.String(written), d)
	case w != d:
		r.Add(RuleDateText, check.Path(base, "date_text"), "%q is %s, but the date is %s; make them name the same day", clip.String(written), w, d)
	}
}

// symbolRule: correspondence.symbol.malformed and, for a document's own
// symbol, correspondence.symbol.language: the symbol has a suffix, and it
// names lang, the language the record says it is in, when lang is valid.
func symbolRule(r *check.Report, path string, s Symbol, own bool, lang itu.Language) {
	if s == "" || utf8.RuneCountInString(string(s)) > maxSymbolLen {
		return // field.required or field.too_long has it
	}
	p, why := parseSymbol(string(s))
	switch {
	case why != "":
		r.Add(RuleSymbolMalformed, path, "%q is not a document symbol: %s; want a form such as \"Document 12-E\", \"12(Rev.1)-E\" or \"PP14/119-E\"", clip.String(string(s)), why)
	case own && !p.Language.IsValid():
		r.Add(RuleSymbolLanguage, path, "%q has no language suffix; a document's own symbol ends in the suffix of its language version, such as %q", clip.String(string(s)), string(s)+"-E")
	case own && lang.IsValid() && p.Language != lang:
		r.Add(RuleSymbolLanguage, path, "%q is the %s version (-%s), but the record is in %s; the suffix of a document's own symbol names its language (-%s)", clip.String(string(s)), p.Language.Name(), p.Language.Suffix(), lang.Name(), lang.Suffix())
	}
}

// noteSignatoryRule: correspondence.note.signatory.
func noteSignatoryRule(r *check.Report, path, title string) {
	if _, ok := secretaryGeneralTitle(title); ok {
		return
	}
	if title == "" {
		r.Add(RuleNoteSignatory, path, "is missing; a Note by the Secretary-General is signed with the title \"Secretary-General\"")
		return
	}
	r.Add(RuleNoteSignatory, path, "%q is not the Secretary-General; a Note by the Secretary-General is signed with the title \"Secretary-General\"", clip.String(title))
}

// senderRule: correspondence.sender.member_state. name is the sending
// mission's name, checked when it names a Member State.
func senderRule(r *check.Report, path string, c itu.StateCode, date civil.Date, name string) {
	switch {
	case c == "":
		r.Add(RuleSenderMemberState, path, "is missing; a note verbale or nomination letter comes from a Member State: give its ISO 3166-1 alpha-3 code, such as \"KOR\"")
		return
	case !c.IsValid():
		r.Add(RuleSenderMemberState, path, "%q is not an ITU Member State; give the ISO 3166-1 alpha-3 code of one, such as \"KOR\"", clip.String(string(c)))
		return
	case date.IsValid() && !c.MemberOn(date):
		m, _ := c.MemberState()
		r.Add(RuleSenderMemberState, path, "%q joined the Union on %s, after the document's date %s; only a Member State proposes candidates", string(c), m.Joined, date)
	}
	if named, ok := stateNamedIn(name); ok && named.Code != c {
		r.Add(RuleSenderMemberState, path, "is %q, but the mission's name %q names %s (%s); make them agree", string(c), clip.String(name), named.Name, named.Code)
	}
}

// stateNamedIn finds the Member State a mission's name names after "of"
// ("Permanent Mission of the Republic of Korea to the United Nations"),
// trying the longest run of words first.
func stateNamedIn(name string) (itu.MemberState, bool) {
	words := strings.Fields(name)
	if len(words) > 40 {
		words = words[:40]
	}
	for i, w := range words {
		if !strings.EqualFold(w, "of") {
			continue
		}
		for j := len(words); j > i+1; j-- {
			if m, ok := itu.LookupMemberState(strings.Join(words[i+1:j], " ")); ok {
				return m, true
			}
		}
	}
	return itu.MemberState{}, false
}

// memberStateTextRule: correspondence.member_state.text.
func memberStateTextRule(r *check.Report, path string, c itu.StateCode, written string) {
	if !c.IsValid() || written == "" {
		return
	}
	if m, ok := itu.LookupMemberState(written); ok && m.Code != c {
		r.Add(RuleMemberStateText, path, "%q names %s (%s), but the code is %q; make them agree", clip.String(written), m.Name, m.Code, string(c))
	}
}

// candidatureRules: correspondence.candidature.candidate,
// correspondence.candidature.member_state (when the document has a sender),
// correspondence.candidature.unmentioned and correspondence.member_state.text.
func candidatureRules(r *check.Report, base string, cs []Candidature, text []string, sender itu.StateCode) {
	folded := textKeys{text: text}
	for i, c := range cs {
		path := check.Path(base, "candidatures", i)
		switch {
		case c.Post.CandidateIsPerson() && c.Candidate == "":
			r.Add(RuleCandidatureCandidate, check.Path(path, "candidate"), "is missing; a candidature for %s names the person proposed", c.Post.Name())
		case c.Post == itu.CouncilMember && c.Candidate != "":
			r.Add(RuleCandidatureCandidate, check.Path(path, "candidate"), "%q is a person, but a Council seat is sought by the Member State itself; leave the candidate out", clip.String(string(c.Candidate)))
		}
		if sender.IsValid() && c.MemberState.IsValid() && c.MemberState != sender {
			r.Add(RuleCandidatureMemberState, check.Path(path, "member_state"), "is %q, but the document comes from %q; a Member State presents only its own candidatures", string(c.MemberState), string(sender))
		}
		memberStateTextRule(r, check.Path(path, "member_state_text"), c.MemberState, c.MemberStateText)
		if c.Candidate != "" && !folded.mentions(string(c.Candidate)) {
			r.Add(RuleCandidatureUnmentioned, check.Path(path, "candidate"), "the text does not name %q; write the name as the text does", clip.String(string(c.Candidate)))
		}
		if c.MemberStateText != "" && !folded.mentions(c.MemberStateText) {
			r.Add(RuleCandidatureUnmentioned, check.Path(path, "member_state_text"), "the text does not name %q; write the Member State as the text does", clip.String(c.MemberStateText))
		}
	}
}

// textKeys searches a document's text for names by their [canon.Key]. It
// keys a paragraph only when it must, once for all the candidatures of the
// document: plain ASCII text is searched as it stands.
type textKeys struct {
	text []string
	keys []string // the key of text[i], once computed
	done []bool
}

// mentions reports whether the text names s, as a reader would see it:
// case, invisible characters, fullwidth forms, look-alike letters and runs
// of space make no difference. A key holds no line break, so a name is
// found within one paragraph or not at all.
func (t *textKeys) mentions(s string) bool {
	k := canon.Key(s)
	if k == "" {
		return false
	}
	for i, p := range t.text {
		if found, ok := asciiContainsKey(p, k); ok {
			if found {
				return true
			}
			continue
		}
		if t.done == nil {
			t.keys, t.done = make([]string, len(t.text)), make([]bool, len(t.text))
		}
		if !t.done[i] {
			t.keys[i], t.done[i] = canon.Key(p), true
		}
		if strings.Contains(t.keys[i], k) {
			return true
		}
	}
	return false
}

// asciiContainsKey reports whether canon.Key(p) contains the key k, reading
// p as it stands; ok is false when p is not plain ASCII text (it holds a
// byte of 0x80 or more, or a control character other than white space),
// for which the key must be computed. For plain ASCII canon.Key lowers the
// letters, turns each run of white space into one space and trims the ends;
// k, a key, neither starts nor ends with a space.
func asciiContainsKey(p, k string) (found, ok bool) {
	for i := 0; i < len(p); i++ {
		if c := p[i]; c >= utf8.RuneSelf || c < ' ' && !asciiSpace(c) || c == 0x7f {
			return false, false
		}
	}
	for i := 0; i < len(p); i++ {
		if lower(p[i]) != k[0] {
			continue
		}
		j, q := 0, i
		for j < len(k) && q < len(p) {
			if k[j] == ' ' {
				if !asciiSpace(p[q]) {
					break
				}
				for q < len(p) && asciiSpace(p[q]) {
					q++
				}
				j++
				continue
			}
			if lower(p[q]) != k[j] {
				break
			}
			j++
			q++
		}
		if j == len(k) {
			return true, true
		}
	}
	return false, true
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// phoneRule: correspondence.phone.malformed and correspondence.phone.unchecked.
// A number in national form is read in the country where the mission is,
// region ("CH"); with none, it is reported as unchecked, never guessed.
func phoneRule(r *check.Report, path string, p Phone, region string) {
	if p == "" || utf8.RuneCountInString(string(p)) > maxPhoneLen {
		return // optional, or field.too_long has it
	}
	switch _, _, why := parsePhone(string(p), region); why {
	case "":
	case whyNational:
		r.Add(RulePhoneUnchecked, path, "%q is in national form, and the record does not say in which country the mission is, so its numbering plan is not checked; give the mission's country (\"country\": \"CHE\") or city (\"Geneva\"), or write the number in international form", clip.String(string(p)))
	default:
		r.Add(RulePhoneMalformed, path, "%q is not a telephone number: %s", clip.String(string(p)), why)
	}
}

// emailRule: correspondence.email.malformed.
func emailRule(r *check.Report, path string, e Email) {
	if e == "" || utf8.RuneCountInString(string(e)) > maxEmailLen {
		return // optional, or field.too_long has it
	}
	if why := emailProblem(string(e)); why != "" {
		r.Add(RuleEmailMalformed, path, "%q is not an email address: %s", clip.String(string(e)), why)
	}
}

// conferenceRule: correspondence.conference.dates.
func conferenceRule(r *check.Report, path string, c ConferenceRef) {
	switch {
	case c.Start.IsZero() && !c.End.IsZero():
		r.Add(RuleConferenceDates, check.Path(path, "start"), "is missing, but the last day %s is given; give both days or neither", c.End)
	case !c.Start.IsZero() && c.End.IsZero():
		r.Add(RuleConferenceDates, check.Path(path, "end"), "is missing, but the first day %s is given; give both days or neither", c.Start)
	case c.Start.IsValid() && c.End.IsValid() && c.End.Before(c.Start):
		r.Add(RuleConferenceDates, check.Path(path, "end"), "the conference ends on %s, before it starts on %s; swap them or fix the typing error", c.End, c.Start)
	}
}

// pageBreakRule: correspondence.page_break.position. Each paragraph's words
// are counted once, and repeats are found in a set, not by comparing pairs.
func pageBreakRule(r *check.Report, base string, bs []PageBreak, text []string) {
	words := map[int]int{}
	seen := make(map[PageBreak]bool, len(bs))
	for i, b := range bs {
		if b.Paragraph < 0 || b.Paragraph >= len(text) {
			r.Add(RulePageBreak, check.Path(base, i, "paragraph"), "is %d, but the text has paragraphs 0 to %d", b.Paragraph, len(text)-1)
			continue
		}
		n, ok := words[b.Paragraph]
		if !ok {
			n = wordCount(text[b.Paragraph])
			words[b.Paragraph] = n
		}
		switch {
		case b.Word < 0 || b.Word >= n:
			r.Add(RulePageBreak, check.Path(base, i, "word"), "is %d, but paragraph %d has words 0 to %d", b.Word, b.Paragraph, n-1)
		case seen[b]:
			r.Add(RulePageBreak, check.Path(base, i), "repeats an earlier page break (paragraph %d, word %d); list each once", b.Paragraph, b.Word)
		}
		seen[b] = true
	}
}

// wordCount returns len(strings.Fields(s)) without building the fields.
func wordCount(s string) int {
	n, inWord := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n
}

// attachmentRules: correspondence.attachment.document.
func attachmentRules(r *check.Report, base string, as []Attachment) {
	for i, a := range as {
		if a.Document != "" && !slices.Contains(attachable, a.Document) {
			r.Add(RuleAttachmentDocument, check.Path(base, i, "document"), "%q is not a document sent with a candidature; want cv, vision_statement, letter, note_verbale or note", clip.String(string(a.Document)))
		}
	}
}
