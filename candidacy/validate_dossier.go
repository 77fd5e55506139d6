package candidacy

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/internal/clip"
	"github.com/plenipot/itu/internal/postname"
	"github.com/plenipot/itu/names"
)

// dossierRules runs the rules that tie a dossier's documents together. The
// rules of each document are its own package's; these only compare them.
// The lists they share are read once, into room on the stack.
func dossierRules(r *check.Report, d Dossier) {
	var sc scratch
	idx := d.postIndex(sc.entries[:0])
	by, votes := d.proposal(sc.votes[:0])
	ds, mentions := d.derive(&sc, idx, by)
	m := d.marks()
	missingRule(r, d, m, ds)
	postRules(r, d)
	personRules(r, ds, mentions)
	stateRules(r, d, by.state, votes)
	derivedRules(r, ds)
	explicitRules(r, d, ds, by.state)
	orderRules(r, d)
	boardRules(r, d)
	claimRules(r, d, idx)
	baseRules(r, d, m, by.state)
}

// docName names a document kind in messages.
func docName(k itu.Kind) string {
	switch k {
	case itu.KindNote:
		return "the Note by the Secretary-General"
	case itu.KindNoteVerbale:
		return "the note verbale"
	case itu.KindLetter:
		return "the nomination letter"
	case itu.KindCV:
		return "the CV"
	case itu.KindVisionStatement:
		return "the vision statement"
	}
	return "the " + string(k)
}

// missingRule: candidacy.dossier.missing, one violation per missing
// document, and candidacy.dossier.expected for a document only practice asks
// for (see [requirements]).
func missingRule(r *check.Report, d Dossier, m noteMarks, ds []derived) {
	switch {
	case m.addendum && !d.adds():
		r.Add(RuleDossierMissing, "/note/symbol", "the Note is an addendum (%q), but the dossier holds no document it adds; add the CV, vision statement, note verbale or letter it transmits", d.Note.Symbol)
	case !m.supplements() && d.NoteVerbale == nil && d.Letter == nil:
		r.Add(RuleDossierMissing, "/note_verbale", "the dossier holds neither a note verbale nor a nomination letter; every candidacy needs the Member State's candidature in writing, so add at least one")
	}
	for _, u := range d.needed(m, ds) {
		then := ", so add it"
		if u.rule.Severity != itu.Error {
			then = ""
		}
		r.Add(u.rule, "/"+string(u.doc), "the dossier carries a candidacy for %s (%s) but no %s; %s%s", u.c.Post, clip.String(string(u.c.Candidate)), strings.TrimPrefix(docName(u.doc), "the "), u.why, then)
	}
}

// postSet is a set of valid posts, a bit each: the posts are few (see
// [postname.Rows]), and a check asks of them only whether one is in.
type postSet uint64

// There is a bit for every post.
var _ [64 - len(postname.Rows)]struct{}

// postsOf returns the valid posts of cs.
func postsOf(cs []correspondence.Candidature) postSet {
	var out postSet
	for _, c := range cs {
		out = out.with(c.Post)
	}
	return out
}

// with returns s with p, when p is valid.
func (s postSet) with(p itu.Post) postSet {
	if !p.IsValid() {
		return s
	}
	return s | 1<<p
}

// has reports whether p is in s.
func (s postSet) has(p itu.Post) bool { return p.IsValid() && s&(1<<p) != 0 }

// postRules: candidacy.post.mismatch for the documents (explicit candidacies
// are checked by explicitRules). One note verbale may announce several
// candidatures, each presented by its own letter (the seed's note verbale
// announces a Council seat and a DSG candidature; a Member State's minister
// may write one letter per post), so the dossier's letter presents some of
// the note verbale's candidatures, not necessarily all: each candidature of
// the letter is matched to the note verbale's candidature for its post, and
// personRules holds the two to one person.
func postRules(r *check.Report, d Dossier) {
	nv, lt := d.NoteVerbale, d.Letter
	if nv != nil && lt != nil {
		unmatched(r, "/letter", lt.Candidatures, postsOf(nv.Candidatures), "the nomination letter presents a candidature for %s that the note verbale does not announce; the note verbale transmits every candidature its letters present")
	}
	var announced postSet
	for _, cs := range d.letterCandidatures() {
		announced |= postsOf(cs[:min(len(cs), maxMentions)])
	}
	if d.Note != nil && announced != 0 {
		unmatched(r, "/note", d.Note.Candidatures, announced, "the Note transmits a candidacy for %s that neither the note verbale nor the letter announces")
	}
	if d.Note != nil {
		announced |= postsOf(d.Note.Candidatures)
	}
	var buf [2]mention
	docs := d.personPosts(buf[:0])
	for _, m := range docs {
		switch {
		case !m.post.IsValid():
		case announced != 0 && !announced.has(m.post):
			r.Add(RulePostMismatch, check.Path(m.at.path(), "post"), "%s is for %s, but the dossier's candidatures are for %s; make them agree", docName(m.doc), m.post, postList(announced))
		case announced == 0 && m.doc == itu.KindVisionStatement && docs[0].doc == itu.KindCV && docs[0].post.IsValid() && docs[0].post != m.post:
			r.Add(RulePostMismatch, check.Path(m.at.path(), "post"), "the vision statement is for %s, but the CV is for %s; make them agree", m.post, docs[0].post)
		}
	}
}

// unmatched reports each candidature of cs (under base) whose post is not in want.
func unmatched(r *check.Report, base string, cs []correspondence.Candidature, want postSet, format string) {
	for i, c := range cs {
		if c.Post.IsValid() && !want.has(c.Post) {
			r.Add(RulePostMismatch, check.Path(base, "candidatures", i, "post"), format, c.Post)
		}
	}
}

// postList writes a set of posts in table order: "COUNCIL and DSG".
func postList(ps postSet) string {
	var out []string
	for _, p := range itu.Posts() {
		if ps.has(p) {
			out = append(out, p.String())
		}
	}
	if len(out) > 1 {
		return strings.Join(out[:len(out)-1], ", ") + " and " + out[len(out)-1]
	}
	return strings.Join(out, "")
}

// personRules: candidacy.person.mismatch and candidacy.person.variant among
// the documents, per post. Each mention is compared with the one name the
// candidacy takes, so the work is linear in the mentions (the list
// [Dossier.derive] makes).
func personRules(r *check.Report, ds []derived, mentions []mention) {
	for i := range ds {
		x := &ds[i]
		if x.c.Candidate == "" {
			continue
		}
		for _, m := range mentions[x.first:x.end] {
			if !m.valid || m.samePerson(x.named.key) {
				continue
			}
			comparePerson(r, m.names().path(), m.name, x, "every document of a candidacy names the same person")
		}
	}
}

// comparePerson reports name, at path, against the name the candidacy x
// takes: candidacy.person.mismatch when [names.Compare] finds them
// different, candidacy.person.variant when one is a compatible variant of
// the other, nothing when they are the same.
func comparePerson(r *check.Report, path string, name names.Name, x *derived, want string) {
	switch m := names.Compare(name, x.c.Candidate); m.Verdict {
	case names.Same:
	case names.Variant:
		r.Add(RulePersonVariant, path, "names %q for %s, and %s names %q: a compatible variant of one name (%s); check they name one person", name, x.c.Post, docName(x.named.doc), x.c.Candidate, m.Differs)
	default:
		r.Add(RulePersonMismatch, path, "names %q for %s, but %s names %q; %s", name, x.c.Post, docName(x.named.doc), x.c.Candidate, want)
	}
}

// stateRules: candidacy.state.mismatch among the documents. A Note shared by
// several States' Council candidatures lists the dossier's State among them.
// state is the dossier's proposing State and votes every place naming one
// ([Dossier.proposal]).
func stateRules(r *check.Report, d Dossier, state itu.StateCode, votes []stateVote) {
	for _, v := range votes {
		if v.state != state {
			r.Add(RuleStateMismatch, v.at.path(), "names %s as the proposing Member State, but the rest of the dossier names %s; every document of a dossier comes from one Member State", v.state.Label(), state.Label())
		}
	}
	if d.Note == nil || !sharedCouncil(d.Note.Candidatures) || !state.IsValid() {
		return
	}
	if !slices.ContainsFunc(d.Note.Candidatures, func(c correspondence.Candidature) bool {
		return c.Post == itu.CouncilMember && c.MemberState == state
	}) {
		r.Add(RuleStateMismatch, "/note/candidatures", "the Note lists several Member States' Council candidatures, but not that of %s, whose dossier it is; a dossier holds the Note that transmits its own candidature", state.Label())
	}
}

// derivedRules runs the candidacy rules that the documents alone can break on
// each derived candidacy, reporting at the document the value came from: the
// nationality (CS No. 62) and membership rules, and a warning when a Council
// candidacy takes an unconfirmed region from the registry.
func derivedRules(r *check.Report, ds []derived) {
	for i := range ds {
		x := &ds[i]
		s := &check.Report{Opts: r.Opts}
		nationalityRule(s, "", x.c)
		memberRules(s, "", x.c)
		withdrawalRule(s, "", x.c)
		for _, v := range s.Violations() {
			path := x.pathOf(v.Path)
			v.Path = ""
			r.Append(path, v)
		}
		if x.c.Post == itu.CouncilMember && x.c.Region != "" {
			// Region's second result is whether the region is confirmed;
			// the registry's row, a copy, is read only to say how it is not.
			if _, confirmed := x.c.MemberState.Region(); !confirmed {
				m, _ := x.c.MemberState.MemberState()
				r.Add(RuleRegionUnconfirmed, x.src.path(), "the documents do not name the region of %s, and the registry's region %q for it is %s, not confirmed by an ITU record; state the region in an explicit candidacy", x.c.MemberState.Label(), x.c.Region, m.RegionStatus)
			}
		}
	}
}

// explicitRules holds each explicit candidacy to the documents: the post they
// announce (candidacy.post.mismatch), the person (candidacy.person.mismatch),
// the proposing state (candidacy.state.mismatch) and the Note's date
// (candidacy.dossier.order). state is the dossier's proposing Member State.
func explicitRules(r *check.Report, d Dossier, ds []derived, state itu.StateCode) {
	if len(d.Explicit) == 0 {
		return
	}
	var announced postSet
	for _, x := range ds {
		announced = announced.with(x.c.Post)
	}
	letters := d.hasCandidatures()
	for i, c := range d.Explicit {
		base := check.Path("/candidacies", i)
		if state.IsValid() && c.MemberState.IsValid() && c.MemberState != state {
			r.Add(RuleStateMismatch, check.Path(base, "member_state"), "names %s as the proposing Member State, but the documents name %s", c.MemberState.Label(), state.Label())
		}
		x := derivedFor(ds, c.Post)
		if x == nil {
			if letters && c.Post.IsValid() {
				r.Add(RulePostMismatch, check.Path(base, "post"), "the documents announce no candidacy for %s; they announce %s", c.Post, postList(announced))
			}
			continue
		}
		if c.Candidate != "" && c.Candidate.IsValid() && x.c.Candidate != "" && !x.named.samePerson(c.Candidate.Key()) {
			comparePerson(r, check.Path(base, "candidate"), c.Candidate, x, "the candidacy and its documents name the same person")
		}
		if d.Note != nil && x.announces(itu.KindNote) && d.Note.Date.IsValid() && c.Received.IsValid() && c.Received.After(d.Note.Date) {
			r.Add(RuleDossierOrder, check.Path(base, "received"), "received on %s, after the Note by the Secretary-General of %s that transmits it; the Secretary-General transmits only a candidacy already received", c.Received, d.Note.Date)
		}
	}
}

// derivedFor returns the candidacy of ds for post, or nil. ds holds one
// candidacy per post, for a few posts: no map finds one faster.
func derivedFor(ds []derived, post itu.Post) *derived {
	for i := range ds {
		if ds[i].c.Post == post {
			return &ds[i]
		}
	}
	return nil
}

// orderRules: candidacy.dossier.order among the documents' dates.
func orderRules(r *check.Report, d Dossier) {
	var prev civil.Date
	var prevName string
	if l := d.Letter; l != nil && l.Date.IsValid() {
		prev, prevName = l.Date, "the nomination letter"
	}
	if n := d.NoteVerbale; n != nil && n.Date.IsValid() {
		if !prev.IsZero() && n.Date.Before(prev) {
			r.Add(RuleDossierOrder, "/note_verbale/date", "dated %s, before %s of %s that it transmits; want a date on or after %s", n.Date, prevName, prev, prev)
		}
		prev, prevName = n.Date, "the note verbale"
	}
	if n := d.Note; n != nil && n.Date.IsValid() && !prev.IsZero() && n.Date.Before(prev) {
		r.Add(RuleDossierOrder, "/note/date", "dated %s, before %s of %s whose candidacy it transmits; want a date on or after %s", n.Date, prevName, prev, prev)
	}
}

// boardRules: candidacy.board.one_per_state within the explicit candidacies
// and within each document's candidatures.
func boardRules(r *check.Report, d Dossier) {
	setRules(r, d.Explicit, func(i int) string { return check.Path("/candidacies", i, "member_state") })
	conf := d.conference()
	docs := []struct {
		base string
		cs   []correspondence.Candidature
	}{{"/note", nil}, {"/note_verbale", nil}, {"/letter", nil}}
	if d.Note != nil {
		docs[0].cs = d.Note.Candidatures
	}
	if d.NoteVerbale != nil {
		docs[1].cs = d.NoteVerbale.Candidatures
	}
	if d.Letter != nil {
		docs[2].cs = d.Letter.Candidatures
	}
	for _, doc := range docs {
		if !slices.ContainsFunc(doc.cs, func(c correspondence.Candidature) bool { return c.Post == itu.BoardMember }) {
			continue // setRules reads Board candidacies only
		}
		cs := make([]Candidacy, len(doc.cs))
		for i, c := range doc.cs {
			cs[i] = Candidacy{Post: c.Post, Candidate: c.Candidate, MemberState: c.MemberState, Conference: conf}
		}
		setRules(r, cs, func(i int) string { return check.Path(doc.base, "candidatures", i, "member_state") })
	}
}

// maxClaims is the bound on Dossier.Claims; claims past it are reported by
// field.too_many and not checked further.
const maxClaims = 50

// claimRules: candidacy.claim.source and candidacy.claim.mismatch. The
// sources' texts and the CV's post lines (idx) are each read once, however
// many claims there are.
func claimRules(r *check.Report, d Dossier, idx postIndex) {
	claims := d.Claims[:min(len(d.Claims), maxClaims)]
	q := &quoter{d: d, memo: len(claims) > 1}
	for i, c := range claims {
		if !claimSourceRule(r, i, q, c) {
			continue
		}
		if d.CV != nil && c.Post.IsValid() && c.Since.IsValid() {
			claimCV(r, i, c, d.CV, idx.of(c.Post))
		}
	}
}

// claimPath returns the path of the field of claim i ("/claims/0/since").
func claimPath(i int, field string) string { return check.Path("/claims", i, field) }

// claimSourceRule: candidacy.claim.source, for claim i. It reports whether
// the claim quotes its source, so that it is worth holding to the CV.
func claimSourceRule(r *check.Report, i int, q *quoter, c Claim) bool {
	if c.Source == "" || c.Text == "" {
		return false // field.required has it
	}
	ok := q.text(c.Source) != nil
	switch {
	case !ok && !isClaimSource(c.Source):
		r.Add(RuleClaimSource, claimPath(i, "source"), "%q is not a document whose claims can be checked; want letter, note_verbale, note or vision_statement", clip.String(string(c.Source)))
	case !ok:
		r.Add(RuleClaimSource, claimPath(i, "source"), "the dossier holds no %s; add it or drop the claim", strings.TrimPrefix(docName(c.Source), "the "))
	case !q.quotes(c.Source, c.Text):
		r.Add(RuleClaimSource, claimPath(i, "text"), "%s does not say %q; quote its words as written", docName(c.Source), clip.String(c.Text))
	default:
		return true
	}
	return false
}

func isClaimSource(k itu.Kind) bool {
	for _, s := range claimSources {
		if s == k {
			return true
		}
	}
	return false
}

// claimCV holds claim i to the entries for its post of the CV vitae: one of
// them is still held, and the earliest starts in the period the claim names.
func claimCV(r *check.Report, i int, c Claim, vitae *cv.CV, es []entry) {
	who := docName(c.Source)
	if len(es) == 0 {
		r.Add(RuleClaimMismatch, claimPath(i, "post"), "%s says the candidate has held the post of %s since %s, but the CV lists no such post at the ITU; the claim cannot be confirmed", who, c.Post.Name(), c.Since)
		return
	}
	first, held := es[0], false
	for _, e := range es {
		held = held || e.present
		if e.start.IsValid() && (!first.start.IsValid() || e.start.First().Before(first.start.First())) {
			first = e
		}
	}
	start := first.start
	if start.IsValid() && (c.Since.Last().Before(start.First()) || start.Last().Before(c.Since.First())) {
		hint := ""
		if c.Post.IsElectedOfficial() && c.Since.Year == start.Year-1 {
			hint = "; both may be right: an elected official is elected at one conference and takes office later, usually on 1 January of the next year, so the claim may count from the election and the CV from taking office"
		}
		// The path and the message Add would format from "%s says the
		// candidate has held the post of %s since %s, but the CV entry %s
		// (%q) starts in %s%s", written without fmt into one buffer and one
		// string: nearly every elected official's dossier gets it (see
		// [Claim]).
		var buf [512]byte
		b := strconv.AppendInt(append(buf[:0], "/claims/"...), int64(i), 10)
		b = append(b, "/since"...)
		n := len(b)
		b = append(append(append(append(b, who...), " says the candidate has held the post of "...), c.Post.Name()...), " since "...)
		b = append(c.Since.AppendTo(b), ", but the CV entry "...)
		b = append(first.appendPath(b), " ("...)
		b = append(appendQuote(b, clip.String(first.line(vitae))), ") starts in "...)
		b = append(start.AppendTo(b), hint...)
		s := string(b)
		r.Append("", RuleClaimMismatch.At(s[:n], s[n:]))
	}
	if !held {
		r.Add(RuleClaimMismatch, claimPath(i, "post"), "%s says the candidate still holds the post of %s, but no CV entry for it runs to \"Present\" (%s: %q)", who, c.Post.Name(), first.path(), first.line(vitae))
	}
}

// appendQuote appends strconv.Quote(s) to b. A CV line is printable ASCII
// but for a dash or a letter or two, which strconv.AppendQuote reads rune
// by rune: runs of printable ASCII other than a quote or a backslash,
// which it writes as they are, are copied whole, and only the runes
// between them are quoted by strconv, one each (it quotes each rune on its
// own, so the pieces make the whole). FuzzAppendQuote holds the two
// together.
func appendQuote(b []byte, s string) []byte {
	b = append(b, '"')
	for s != "" {
		i := 0
		for i < len(s) && ' ' <= s[i] && s[i] < 0x7f && s[i] != '"' && s[i] != '\\' {
			i++
		}
		b = append(b, s[:i]...)
		if s = s[i:]; s == "" {
			break
		}
		_, w := utf8.DecodeRuneInString(s)
		n := len(b)
		b = strconv.AppendQuote(b, s[:w])     // the rune between quotes
		b = append(b[:n], b[n+1:len(b)-1]...) // without them
		s = s[w:]
	}
	return append(b, '"')
}
