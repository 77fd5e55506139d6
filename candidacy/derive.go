package candidacy

import (
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/names"
)

// mention is one place in a dossier that names a candidature: a candidature of
// the Note, the note verbale or the letter, or the CV or vision statement.
type mention struct {
	doc   itu.Kind
	post  itu.Post
	name  names.Name
	path  string // the candidature ("/note_verbale/candidatures/1") or document ("/cv")
	names string // path of the name ("/note_verbale/candidatures/1/candidate", "/cv/name")
	valid bool   // whether name parses
	key   string // the name's [names.Name.Key], computed once; "" matches nobody
	// withdraw is true when the document withdraws the candidature: the
	// candidature is marked so, or the document's text says so.
	withdraw bool
}

// newMention returns the mention of name, with its key taken from keys.
func newMention(keys nameKeys, doc itu.Kind, post itu.Post, name names.Name, path, names string) mention {
	m := mention{doc: doc, post: post, name: name, path: path, names: names}
	e := keys.of(name)
	m.valid, m.key = e.valid, e.key
	return m
}

// nameKeys holds, for each distinct name a dossier's documents write, whether
// it parses and its [names.Name.Key], so that a name written in the Note, the
// note verbale, the letter, the CV and the vision statement is read once.
type nameKeys map[names.Name]nameKey

// nameKey is one entry of [nameKeys].
type nameKey struct {
	valid bool
	key   string
}

// of returns the entry of name (the zero entry when name is empty or does
// not parse), reading the name the first time it is asked for.
func (k nameKeys) of(name names.Name) nameKey {
	if name == "" {
		return nameKey{}
	}
	e, ok := k[name]
	if !ok {
		if name.IsValid() {
			e = nameKey{true, name.Key()}
		}
		k[name] = e
	}
	return e
}

// samePerson reports whether m names the person whose key is key, as
// [names.Name.SamePerson] would: the same name, not a variant.
func (m mention) samePerson(key string) bool { return m.key != "" && m.key == key }

// maxMentions bounds the candidatures read from one document, so a hostile
// payload cannot make the comparison of names quadratic in its size; the
// documents' own length bounds (at most 200) report the excess.
const maxMentions = 200

// nameRank orders the documents by whose written form of a name a derived
// candidacy takes: the Secretary-General's Note first.
var nameRank = map[itu.Kind]int{itu.KindNote: 0, itu.KindNoteVerbale: 1, itu.KindLetter: 2, itu.KindCV: 3, itu.KindVisionStatement: 4}

// candidatures returns the mentions of the three letters, in the order the
// note verbale, the letter and the Note list them.
func (d Dossier) candidatures(keys nameKeys) []mention {
	var out []mention
	add := func(doc itu.Kind, base string, cs []correspondence.Candidature, all bool) {
		for i, c := range cs[:min(len(cs), maxMentions)] {
			p := check.Path(base, "candidatures", i)
			m := newMention(keys, doc, c.Post, c.Candidate, p, check.Path(p, "candidate"))
			m.withdraw = all || c.Withdrawal
			out = append(out, m)
		}
	}
	if n := d.NoteVerbale; n != nil {
		add(itu.KindNoteVerbale, "/note_verbale", n.Candidatures, textWithdraws(n.Candidatures, n.Text))
	}
	if l := d.Letter; l != nil {
		add(itu.KindLetter, "/letter", l.Candidatures, textWithdraws(l.Candidatures, l.Text))
	}
	if n := d.Note; n != nil {
		add(itu.KindNote, "/note", n.Candidatures, noteWithdraws(n))
	}
	return out
}

// personPosts returns the mentions of the CV and the vision statement
// without their names: rules on posts need no name read.
func (d Dossier) personPosts() []mention {
	var out []mention
	if d.CV != nil {
		out = append(out, mention{doc: itu.KindCV, post: d.CV.Post, path: "/cv", names: "/cv/name"})
	}
	if d.VisionStatement != nil {
		out = append(out, mention{doc: itu.KindVisionStatement, post: d.VisionStatement.Post, path: "/vision_statement", names: "/vision_statement/name"})
	}
	return out
}

// personDocs returns the mentions of the CV and the vision statement.
func (d Dossier) personDocs(keys nameKeys) []mention {
	var out []mention
	if d.CV != nil {
		out = append(out, newMention(keys, itu.KindCV, d.CV.Post, d.CV.Name, "/cv", "/cv/name"))
	}
	if d.VisionStatement != nil {
		v := d.VisionStatement
		out = append(out, newMention(keys, itu.KindVisionStatement, v.Post, v.Name, "/vision_statement", "/vision_statement/name"))
	}
	return out
}

// derived is a candidacy derived from the documents, with where its values
// came from, so rules on it report at the document that is wrong.
type derived struct {
	c        Candidacy
	src      string            // the first mention announcing it
	paths    map[string]string // JSON field of Candidacy -> dossier path of its value
	mentions []mention         // every mention of its post
	named    mention           // the mention whose name the candidacy takes
}

// pathOf maps a violation path of the derived candidacy ("/nationality") to
// the dossier path its value came from, or to the announcing mention.
func (x derived) pathOf(p string) string {
	if q, ok := x.paths[p]; ok {
		return q
	}
	return x.src
}

// derive groups the mentions by post, in the order they first appear. The CV
// and the vision statement announce a candidacy of their own only when the
// dossier has no candidature in a letter; otherwise they join their post's group.
// idx indexes the posts of the dossier's CV (nil when it has none; see
// [Dossier.postIndex]).
func (d Dossier) derive(idx postIndex) []derived {
	keys := nameKeys{}
	ms := d.candidatures(keys)
	letters := len(ms) > 0
	var out []derived
	index := map[itu.Post]int{}
	for _, m := range append(ms, d.personDocs(keys)...) {
		if !m.post.IsValid() {
			continue
		}
		i, ok := index[m.post]
		if !ok {
			if letters && (m.doc == itu.KindCV || m.doc == itu.KindVisionStatement) {
				continue
			}
			i = len(out)
			index[m.post] = i
			out = append(out, derived{src: m.path, paths: map[string]string{}})
		}
		out[i].mentions = append(out[i].mentions, m)
	}
	state, statePath := d.proposer()
	for i := range out {
		out[i].fill(d, idx, state, statePath)
	}
	return out
}

// fill sets the candidacy's values from its mentions and the dossier.
func (x *derived) fill(d Dossier, idx postIndex, state itu.StateCode, statePath string) {
	post := x.mentions[0].post
	c := Candidacy{Kind: itu.KindCandidacy, Post: post, MemberState: state}
	x.paths["/member_state"] = statePath
	if x.src != "/cv" && x.src != "/vision_statement" {
		x.paths["/member_state"] = check.Path(x.src, "member_state")
	}
	if post.CandidateIsPerson() {
		if m, ok := namedPerson(x.mentions); ok {
			c.Candidate = m.name
			x.paths["/candidate"] = m.names
			x.named = m
		}
		if d.CV != nil && d.CV.Post == post {
			c.Nationality = d.CV.Profile.Nationality
			x.paths["/nationality"] = "/cv/profile/nationality"
			c.Incumbent = idx.holdsNow(post)
		}
	}
	if post == itu.CouncilMember {
		c.Region, _ = state.Region()
	}
	c.Conference = d.conference()
	switch {
	case d.Letter != nil && x.announces(itu.KindLetter):
		c.Proposed = d.Letter.Date
		x.paths["/proposed"] = "/letter/date"
	case d.NoteVerbale != nil && x.announces(itu.KindNoteVerbale):
		c.Proposed = d.NoteVerbale.Date
		x.paths["/proposed"] = "/note_verbale/date"
	}
	if d.Note != nil && x.announces(itu.KindNote) {
		c.Received, c.Status = d.Note.Date, Announced
		x.paths["/received"] = "/note/date"
	}
	x.withdrawal(d, &c)
	x.c = c
}

// withdrawal sets the status and date of a candidacy that a document of the
// dossier withdraws: [Withdrawn] on the date of the earliest withdrawing
// document (the Member State's note verbale or letter, else the Note that
// reports it).
func (x *derived) withdrawal(d Dossier, c *Candidacy) {
	for _, w := range []struct {
		k    itu.Kind
		path string
		date func() civil.Date
	}{
		{itu.KindLetter, "/letter/date", func() civil.Date { return d.Letter.Date }},
		{itu.KindNoteVerbale, "/note_verbale/date", func() civil.Date { return d.NoteVerbale.Date }},
		{itu.KindNote, "/note/date", func() civil.Date { return d.Note.Date }},
	} {
		if !x.withdraws(w.k) {
			continue
		}
		if on := w.date(); c.WithdrawnOn.IsZero() || on.IsValid() && on.Before(c.WithdrawnOn) {
			c.Status, c.WithdrawnOn = Withdrawn, on
			x.paths["/withdrawn_on"] = w.path
		}
	}
}

// announces reports whether a document of kind k announces the candidacy
// (mentions it without withdrawing it).
func (x derived) announces(k itu.Kind) bool {
	for _, m := range x.mentions {
		if m.doc == k && !m.withdraw {
			return true
		}
	}
	return false
}

// withdraws reports whether a document of kind k withdraws the candidacy.
func (x derived) withdraws(k itu.Kind) bool {
	for _, m := range x.mentions {
		if m.doc == k && m.withdraw {
			return true
		}
	}
	return false
}

// namedPerson returns the mention whose name a derived candidacy takes: among
// the groups of mentions naming the same person, the largest (ties go to the
// group named first by rank), written as its highest-ranked document writes it.
// Mentions are grouped by their key in one pass, never compared pairwise.
func namedPerson(ms []mention) (mention, bool) {
	type group struct {
		size int
		top  mention // the highest-ranked mention, the first of its rank
	}
	var groups []group
	index := map[string]int{}
	for _, m := range ms {
		if !m.valid {
			continue
		}
		g, ok := index[m.key]
		if !ok || m.key == "" { // a valid name with no key matches no other
			g = len(groups)
			groups = append(groups, group{top: m})
			if m.key != "" {
				index[m.key] = g
			}
		}
		groups[g].size++
		if nameRank[m.doc] < nameRank[groups[g].top.doc] {
			groups[g].top = m
		}
	}
	best := -1
	for g := range groups {
		if best < 0 || groups[g].size > groups[best].size ||
			groups[g].size == groups[best].size && nameRank[groups[g].top.doc] < nameRank[groups[best].top.doc] {
			best = g
		}
	}
	if best < 0 {
		return mention{}, false
	}
	return groups[best].top, true
}

// stateVote is one place that names the proposing Member State.
type stateVote struct {
	state itu.StateCode
	path  string
}

// stateVotes lists where the dossier names its proposing Member State: the
// mission of the note verbale, the letterhead of the letter, and each
// candidature of the Note. The candidatures of the note verbale and letter
// count only when their document names no sender, since the correspondence
// rules already hold them to it.
func (d Dossier) stateVotes() []stateVote {
	var out []stateVote
	add := func(s itu.StateCode, path string) {
		if s.IsValid() {
			out = append(out, stateVote{s, path})
		}
	}
	sent := func(base, senderField string, sender itu.StateCode, cs []correspondence.Candidature) {
		if sender.IsValid() {
			add(sender, base+senderField)
			return
		}
		for i, c := range cs {
			add(c.MemberState, check.Path(base, "candidatures", i, "member_state"))
		}
	}
	if n := d.NoteVerbale; n != nil {
		sent("/note_verbale", "/mission/member_state", n.Mission.MemberState, n.Candidatures)
	}
	if l := d.Letter; l != nil {
		sent("/letter", "/letterhead/member_state", l.Letterhead.MemberState, l.Candidatures)
	}
	if n := d.Note; n != nil {
		shared := sharedCouncil(n.Candidatures)
		for i, c := range n.Candidatures {
			if !shared || c.Post != itu.CouncilMember {
				add(c.MemberState, check.Path("/note/candidatures", i, "member_state"))
			}
		}
	}
	return out
}

// sharedCouncil reports whether a Note lists the Council candidatures of more
// than one Member State. The Secretary-General may transmit several States'
// Council candidatures in one Note; in a dossier, which is one Member State's,
// such a Note's Council candidatures do not name the proposing State, and
// only the dossier's own one among them is its candidacy.
func sharedCouncil(cs []correspondence.Candidature) bool {
	var first itu.StateCode
	for _, c := range cs {
		if c.Post != itu.CouncilMember || !c.MemberState.IsValid() {
			continue
		}
		if first == "" {
			first = c.MemberState
		} else if c.MemberState != first {
			return true
		}
	}
	return false
}

// proposer returns the Member State most of the dossier names as proposing
// (ties go to the first named), and where it is first named. A dossier whose
// only document naming a State is a Note shared by several States' Council
// candidatures is the first-named State's.
func (d Dossier) proposer() (itu.StateCode, string) {
	votes := d.stateVotes()
	if len(votes) == 0 && d.Note != nil {
		for i, c := range d.Note.Candidatures {
			if c.MemberState.IsValid() {
				return c.MemberState, check.Path("/note/candidatures", i, "member_state")
			}
		}
	}
	count := map[itu.StateCode]int{}
	var best stateVote
	for _, v := range votes {
		count[v.state]++
	}
	for _, v := range votes {
		if best.state == "" || count[v.state] > count[best.state] {
			best = v
		}
	}
	return best.state, best.path
}

// conference returns the conference code the dossier names: the note
// verbale's, else the Note's.
func (d Dossier) conference() itu.ConferenceCode {
	if d.NoteVerbale != nil && d.NoteVerbale.Conference.Code != "" {
		return d.NoteVerbale.Conference.Code
	}
	if d.Note != nil {
		return d.Note.Conference
	}
	return ""
}
