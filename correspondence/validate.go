package correspondence

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/canon"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/internal/clip"
	"github.com/plenipot/itu/internal/swar"
)

// This file holds the cross-field rules of the package, one function per
// concern; struct tags hold the field-local facts (required, bounds, text).

// The rules read documents checked on their own, so every path starts at
// the root: a fixed path is a literal, and a path with an index is built
// only for a violation.

func noteRules(r *check.Report, n Note) {
	r.Kind("/kind", n.Kind, itu.KindNote)
	dateRules(r, n.Date, n.DateText)
	symbolRule(r, -1, n.Symbol, n.Language)
	for i, s := range n.References {
		symbolRule(r, i, s, 0)
	}
	var states stateNames
	candidatureRules(r, &states, n.Candidatures, n.Text, "")
	noteSignatoryRule(r, "/signatory/title", n.Signatory.Title)
}

func noteVerbaleRules(r *check.Report, n NoteVerbale) {
	r.Kind("/kind", n.Kind, itu.KindNoteVerbale)
	dateRules(r, n.Date, n.DateText)
	m := &n.Mission
	senderRule(r, "/mission/member_state", m.MemberState, n.Date, m.Name)
	phoneRule(r, "/mission/telephone", m.Telephone, m)
	phoneRule(r, "/mission/fax", m.Fax, m)
	emailRule(r, "/mission/email", m.Email)
	var states stateNames
	candidatureRules(r, &states, n.Candidatures, n.Text, m.MemberState)
	conferenceRule(r, n.Conference)
	attachmentRules(r, "/attachments", n.Attachments)
}

func letterRules(r *check.Report, l Letter) {
	r.Kind("/kind", l.Kind, itu.KindLetter)
	dateRules(r, l.Date, l.DateText)
	h := l.Letterhead
	senderRule(r, "/letterhead/member_state", h.MemberState, l.Date, "")
	var states stateNames
	memberStateTextRule(r, &states, h.MemberState, h.MemberStateText, func() string { return "/letterhead/member_state_text" })
	pageBreakRule(r, "/page_breaks", l.PageBreaks, l.Text)
	candidatureRules(r, &states, l.Candidatures, l.Text, h.MemberState)
	attachmentRules(r, "/attachments", l.Attachments)
}

// dateRules: correspondence.date.future, correspondence.date.text and
// correspondence.date.unread, for the date of a document.
func dateRules(r *check.Report, d civil.Date, written string) {
	if !d.IsValid() {
		return // field.required or field.invalid has it
	}
	if r.AfterAsOf(d) {
		r.Add(RuleDateFuture, "/date", "dated %s, after the as-of date %s; a document cannot be dated in the future", d, r.Opts.AsOf)
	}
	if written == "" || !check.TextOK(written) || writesEnglishDate(written, d) {
		return
	}
	w, ok := readDate(written)
	switch {
	case !ok:
		r.Add(RuleDateUnread, "/date_text", "cannot read %q as a date, so it is not checked against %s; write it as one of the six official languages does, like \"9 November 2021\", \"9 novembre 2021\" or \"2021年11月9日\"", clip.String(written), d)
	case w != d:
		r.Add(RuleDateText, "/date_text", "%q is %s, but the date is %s; make them name the same day", clip.String(written), w, d)
	}
}

// symbolRule: correspondence.symbol.malformed and, for a document's own
// symbol (ref < 0), correspondence.symbol.language: the symbol has a
// suffix, and it names lang, the language the record says it is in, when
// lang is valid. A reference's symbol is checked at /references/ref.
func symbolRule(r *check.Report, ref int, s Symbol, lang itu.Language) {
	if s == "" || utf8.RuneCountInString(string(s)) > maxSymbolLen {
		return // field.required or field.too_long has it
	}
	own := ref < 0
	p, why := parseSymbol(string(s))
	switch {
	case why != "":
		path := "/symbol"
		if !own {
			path = check.Path("/references", ref)
		}
		r.Add(RuleSymbolMalformed, path, "%q is not a document symbol: %s; want a form such as \"Document 12-E\", \"12(Rev.1)-E\" or \"PP14/119-E\"", clip.String(string(s)), why)
	case own && !p.Language.IsValid():
		r.Add(RuleSymbolLanguage, "/symbol", "%q has no language suffix; a document's own symbol ends in the suffix of its language version, such as %q", clip.String(string(s)), string(s)+"-E")
	case own && lang.IsValid() && p.Language != lang:
		r.Add(RuleSymbolLanguage, "/symbol", "%q is the %s version (-%s), but the record is in %s; the suffix of a document's own symbol names its language (-%s)", clip.String(string(s)), p.Language.Name(), p.Language.Suffix(), lang.Name(), lang.Suffix())
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
	if named, ok := stateNamedIn(name); ok && named != c {
		r.Add(RuleSenderMemberState, path, "is %q, but the mission's name %q names %s (%s); make them agree", string(c), clip.String(name), named.Name(), named)
	}
}

// stateNamedIn finds the Member State a mission's name names after "of"
// ("Permanent Mission of the Republic of Korea to the United Nations"),
// trying the longest run of words first, among the first 40 words. A run
// is looked up as the name writes it: [itu.LookupStateCode] reads any
// run of white space as one space.
func stateNamedIn(name string) (itu.StateCode, bool) {
	type span struct{ start, end int }
	var buf [40]span // the words, on the stack
	words := buf[:0]
	start := -1
	for i, size := 0, 1; i < len(name) && len(words) < len(buf); i += size {
		var space bool
		if c := name[i]; c < utf8.RuneSelf {
			space, size = asciiSpace(c), 1 // unicode.IsSpace, for ASCII
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(name[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			if start >= 0 {
				words = append(words, span{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 && len(words) < len(buf) {
		words = append(words, span{start, len(name)})
	}
	for i, w := range words {
		if !strings.EqualFold(name[w.start:w.end], "of") {
			continue
		}
		for j := len(words); j > i+1; j-- {
			if c, ok := itu.LookupStateCode(name[words[i+1].start:words[j-1].end]); ok {
				return c, true
			}
		}
	}
	return "", false
}

// stateNames remembers which Member State each name of a state a document
// writes names, so that "Republic of Korea", written in the letterhead and
// in each candidature, is looked up once. It keeps the first few names: a
// document names few states.
type stateNames struct {
	n     int
	text  [4]string
	state [4]itu.StateCode // "" for a name that names none
}

// lookup returns the code of the Member State written names, "" when it
// names none, as [itu.LookupStateCode] finds it.
func (s *stateNames) lookup(written string) itu.StateCode {
	for i := range s.n {
		if s.text[i] == written {
			return s.state[i]
		}
	}
	c, _ := itu.LookupStateCode(written)
	if s.n < len(s.text) {
		s.text[s.n], s.state[s.n] = written, c
		s.n++
	}
	return c
}

// memberStateTextRule: correspondence.member_state.text, at the path at
// returns.
func memberStateTextRule(r *check.Report, states *stateNames, c itu.StateCode, written string, at func() string) {
	if !c.IsValid() || written == "" {
		return
	}
	if named := states.lookup(written); named != "" && named != c {
		r.Add(RuleMemberStateText, at(), "%q names %s (%s), but the code is %q; make them agree", clip.String(written), named.Name(), named, string(c))
	}
}

// candidatureRules: correspondence.candidature.candidate,
// correspondence.candidature.member_state (when the document has a sender),
// correspondence.candidature.unmentioned and correspondence.member_state.text.
func candidatureRules(r *check.Report, states *stateNames, cs []Candidature, text []string, sender itu.StateCode) {
	folded := textKeys{text: text}
	for i, c := range cs {
		at := func(field string) string { return check.Path("/candidatures", i, field) }
		switch {
		case c.Post.CandidateIsPerson() && c.Candidate == "":
			r.Add(RuleCandidatureCandidate, at("candidate"), "is missing; a candidature for %s names the person proposed", c.Post.Name())
		case c.Post == itu.CouncilMember && c.Candidate != "":
			r.Add(RuleCandidatureCandidate, at("candidate"), "%q is a person, but a Council seat is sought by the Member State itself; leave the candidate out", clip.String(string(c.Candidate)))
		}
		if sender.IsValid() && c.MemberState.IsValid() && c.MemberState != sender {
			r.Add(RuleCandidatureMemberState, at("member_state"), "is %q, but the document comes from %q; a Member State presents only its own candidatures", string(c.MemberState), string(sender))
		}
		memberStateTextRule(r, states, c.MemberState, c.MemberStateText, func() string { return at("member_state_text") })
		if c.Candidate != "" && !folded.mentions(string(c.Candidate)) {
			r.Add(RuleCandidatureUnmentioned, at("candidate"), "the text does not name %q; write the name as the text does", clip.String(string(c.Candidate)))
		}
		if c.MemberStateText != "" && !folded.mentions(c.MemberStateText) {
			r.Add(RuleCandidatureUnmentioned, at("member_state_text"), "the text does not name %q; write the Member State as the text does", clip.String(c.MemberStateText))
		}
	}
}

// textKeys searches a document's text for names by their [canon.Key]. It
// keys a paragraph only when it must, once for all the candidatures of the
// document: plain ASCII text is searched as it stands, and whether a
// paragraph is plain is found once.
type textKeys struct {
	text []string
	keys []string // the key of text[i], once computed
	done []bool
	// Bit i of known is set once whether text[i] is plain ASCII is known,
	// and bit i of plain then says; paragraphs past the 64th are read
	// again each time.
	known, plain uint64
	// The first few names searched for and whether they were found: the
	// candidatures of a document name one Member State, written alike.
	asked  [4]string
	found  [4]bool
	nAsked int
}

// mentions reports whether the text names s, as a reader would see it:
// case, invisible characters, fullwidth forms, look-alike letters and runs
// of space make no difference. A key holds no line break, so a name is
// found within one paragraph or not at all.
func (t *textKeys) mentions(s string) bool {
	for i := range t.nAsked {
		if t.asked[i] == s {
			return t.found[i]
		}
	}
	found := t.search(s)
	if t.nAsked < len(t.asked) {
		t.asked[t.nAsked], t.found[t.nAsked] = s, found
		t.nAsked++
	}
	return found
}

// search is [textKeys.mentions] without the memory of names searched. A
// name in plain ASCII is looked for first as it is written ([writes]), as
// the text nearly always writes it, which needs neither keys nor the
// paragraphs' plainness.
func (t *textKeys) search(s string) bool {
	if plainASCII(s) {
		// Its key is empty only when it is all white space.
		w := strings.TrimSpace(s)
		if w == "" {
			return false
		}
		for _, p := range t.text {
			if writes(p, w) {
				return true
			}
		}
	}
	var kb [64]byte // the key of s, on the stack when short
	k := appendKey(kb[:0], s)
	if len(k) == 0 {
		return false
	}
	for i, p := range t.text {
		if t.isPlain(i) {
			if asciiContainsKey(p, k) {
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
		if strings.Contains(t.keys[i], string(k)) {
			return true
		}
	}
	return false
}

// writes reports whether the paragraph p holds w, a plain ASCII name with
// a key and without white space around it, as it stands, followed by the
// end of p or by an ASCII byte: then canon.Key(p) holds the key of w,
// whatever p holds around it. The key of w is its own, each run of white
// space in it bounded by its own letters; no ASCII character composes with
// the character before it (TestASCIIBoundary), and the ASCII byte after w
// keeps a combining mark that may follow from composing with w's last
// character.
func writes(p, w string) bool {
	for from := 0; ; {
		i := strings.Index(p[from:], w)
		if i < 0 {
			return false
		}
		end := from + i + len(w)
		if end == len(p) || p[end] < utf8.RuneSelf {
			return true
		}
		from += i + 1
	}
}

// isPlain reports whether text[i] is plain ASCII ([plainASCII]).
func (t *textKeys) isPlain(i int) bool {
	if i >= 64 {
		return plainASCII(t.text[i])
	}
	bit := uint64(1) << i
	if t.known&bit == 0 {
		t.known |= bit
		if plainASCII(t.text[i]) {
			t.plain |= bit
		}
	}
	return t.plain&bit != 0
}

// appendKey appends [canon.Key] of s to dst, a plain ASCII s without a
// string of its own.
func appendKey(dst []byte, s string) []byte {
	if !plainASCII(s) {
		return append(dst, canon.Key(s)...)
	}
	start, space := len(dst), false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if asciiSpace(c) {
			space = len(dst) > start
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = append(dst, lower(c))
	}
	return dst
}

// asciiContainsKey reports whether canon.Key(p) contains the key k, for a
// plain ASCII p ([plainASCII]), reading p as it stands. k, a key, is not
// empty and neither starts nor ends with a space. The places where k may
// start are found eight bytes at a time: those that start with its first
// two bytes, in either case, or its first byte when the second is a space
// or it has none.
func asciiContainsKey(p string, k []byte) bool {
	c := k[0]
	if c >= utf8.RuneSelf {
		return false // plain ASCII has no such byte
	}
	f := caseBit(c) // or'ed into a byte of p, it gives c for either case of a letter c
	// The second byte's test passes every byte of p when it is a space or
	// there is none: b | 0x7f is 0x7f.
	c1, f1 := byte(0x7f), byte(0x7f)
	if len(k) > 1 && k[1] != ' ' && k[1] < utf8.RuneSelf {
		c1, f1 = k[1], caseBit(k[1])
	}
	cs, fs := uint64(c)*swar.Lsb, uint64(f)*swar.Lsb
	cs1, fs1 := uint64(c1)*swar.Lsb, uint64(f1)*swar.Lsb
	i := 0
	for ; i+9 <= len(p); i += 8 {
		// Zero in x where a byte of p is c, in y where the byte after it
		// is c1; every byte is below 0x80, so adding 0x7f to one sets its
		// high bit unless it is zero, and carries into no other.
		x := (swar.Word(p, i) | fs) ^ cs
		y := (swar.Word(p, i+1) | fs1) ^ cs1
		for z := ^((x + 0x7f*swar.Lsb) | (y + 0x7f*swar.Lsb)) & swar.Msb; z != 0; z &= z - 1 {
			if keyAt(p, i+bits.TrailingZeros64(z)/8, k) {
				return true
			}
		}
	}
	for ; i < len(p); i++ {
		if p[i]|f == c && keyAt(p, i, k) {
			return true
		}
	}
	return false
}

// caseBit is the bit that tells the cases of an ASCII letter c apart, 0 for
// any other byte.
func caseBit(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return 'a' - 'A'
	}
	return 0
}

// keyAt reports whether canon.Key of the plain ASCII p[i:] starts with k.
func keyAt(p string, i int, k []byte) bool {
	j, q := 0, i
	for j < len(k) && q < len(p) {
		if k[j] == ' ' {
			if !asciiSpace(p[q]) {
				return false
			}
			for q < len(p) && asciiSpace(p[q]) {
				q++
			}
			j++
			continue
		}
		if lower(p[q]) != k[j] {
			return false
		}
		j++
		q++
	}
	return j == len(k)
}

// phoneRule: correspondence.phone.malformed and correspondence.phone.unchecked.
// A number in national form is read in the country where the mission m is
// ([Mission.location]); with none, it is reported as unchecked, never
// guessed. A number in international form needs no country, so its
// mission's is not looked for.
func phoneRule(r *check.Report, path string, p Phone, m *Mission) {
	if p == "" || utf8.RuneCountInString(string(p)) > maxPhoneLen {
		return // optional, or field.too_long has it
	}
	region := ""
	if !writtenInternational(string(p)) {
		region = m.location()
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
func conferenceRule(r *check.Report, c ConferenceRef) {
	switch {
	case c.Start.IsZero() && !c.End.IsZero():
		r.Add(RuleConferenceDates, "/conference/start", "is missing, but the last day %s is given; give both days or neither", c.End)
	case !c.Start.IsZero() && c.End.IsZero():
		r.Add(RuleConferenceDates, "/conference/end", "is missing, but the first day %s is given; give both days or neither", c.Start)
	case c.Start.IsValid() && c.End.IsValid() && c.End.Before(c.Start):
		r.Add(RuleConferenceDates, "/conference/end", "the conference ends on %s, before it starts on %s; swap them or fix the typing error", c.End, c.Start)
	}
}

// fewPageBreaks is the most page breaks [pageBreakRule] checks without
// maps: a letter has one or two.
const fewPageBreaks = 4

// pageBreakRule: correspondence.page_break.position.
func pageBreakRule(r *check.Report, base string, bs []PageBreak, text []string) {
	if len(bs) <= fewPageBreaks {
		fewPageBreakRule(r, base, bs, text)
	} else {
		manyPageBreakRule(r, base, bs, text)
	}
}

// manyPageBreakRule is [pageBreakRule] for any number of breaks. Each
// paragraph's words are counted once, and repeats are found in a set, not
// by comparing pairs.
func manyPageBreakRule(r *check.Report, base string, bs []PageBreak, text []string) {
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

// fewPageBreakRule is [pageBreakRule] for a few breaks, without a map:
// each break reads its paragraph up to its word only (the whole paragraph
// only when the word is not there, to say how many there are), and its
// repeats are found among the breaks before it.
func fewPageBreakRule(r *check.Report, base string, bs []PageBreak, text []string) {
	for i, b := range bs {
		if b.Paragraph < 0 || b.Paragraph >= len(text) {
			r.Add(RulePageBreak, check.Path(base, i, "paragraph"), "is %d, but the text has paragraphs 0 to %d", b.Paragraph, len(text)-1)
			continue
		}
		// b.Word+1 wraps only for a word past any paragraph's, and then
		// wordsUpTo counts none: the break is reported as it should be.
		if b.Word < 0 || wordsUpTo(text[b.Paragraph], b.Word+1) <= b.Word {
			n := wordCount(text[b.Paragraph])
			r.Add(RulePageBreak, check.Path(base, i, "word"), "is %d, but paragraph %d has words 0 to %d", b.Word, b.Paragraph, n-1)
			continue
		}
		if slices.Contains(bs[:i], b) {
			r.Add(RulePageBreak, check.Path(base, i), "repeats an earlier page break (paragraph %d, word %d); list each once", b.Paragraph, b.Word)
		}
	}
}

// attachmentRules: correspondence.attachment.document.
func attachmentRules(r *check.Report, base string, as []Attachment) {
	for i, a := range as {
		if a.Document != "" && !slices.Contains(attachable, a.Document) {
			r.Add(RuleAttachmentDocument, check.Path(base, i, "document"), "%q is not a document sent with a candidature; want cv, vision_statement, letter, note_verbale or note", clip.String(string(a.Document)))
		}
	}
}
