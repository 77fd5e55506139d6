package candidacy

import (
	"slices"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/internal/postname"
	"github.com/plenipot/itu/names"
)

// mention is one place in a dossier that names a candidature: a candidature of
// the Note, the note verbale or the letter, or the CV or vision statement.
type mention struct {
	doc   itu.Kind
	post  itu.Post
	name  names.Name
	at    loc    // the candidature ("/note_verbale/candidatures/1") or document ("/cv")
	key   string // the name's [names.Name.Key], computed once; "" matches nobody
	valid bool   // whether name parses
	// withdraw is true when the document withdraws the candidature: the
	// candidature is marked so, or the document's text says so.
	withdraw bool
}

// withKey returns m with the name's validity and key taken from keys.
func (m mention) withKey(keys *nameKeys) mention {
	e := keys.of(m.name)
	m.valid, m.key = e.valid, e.key
	return m
}

// names returns where m writes the name ("/note_verbale/candidatures/1/candidate",
// "/cv/name").
func (m mention) names() loc {
	switch {
	case m.at.isCandidature():
		return m.at.withField("candidate")
	case m.doc == itu.KindCV:
		return at("/cv/name")
	}
	return at("/vision_statement/name")
}

// loc is a place in a dossier that rules may report: a path written out
// ("/cv/name"), or a candidature of a document or a field of one, whose path
// is written only when a rule reports it ([loc.path]), since nearly none is.
// The zero loc is no place.
type loc struct {
	doc   string // the path, or the document of the candidature ("/note_verbale")
	c     int    // the index of the candidature in doc's list, or -1
	field string // the field of the candidature ("candidate"), or ""
	set   bool   // false for the zero loc
}

// at returns the loc of a path written out.
func at(path string) loc { return loc{doc: path, c: -1, set: true} }

// candidatureAt returns the loc of the candidature i of the document at doc.
func candidatureAt(doc string, i int) loc { return loc{doc: doc, c: i, set: true} }

// isCandidature reports whether l is a candidature or a field of one.
func (l loc) isCandidature() bool { return l.c >= 0 }

// withField returns the loc of the field f of the candidature l.
func (l loc) withField(f string) loc {
	l.field = f
	return l
}

// path returns the JSON Pointer of l ("/note/candidatures/0/candidate").
func (l loc) path() string {
	switch {
	case l.c < 0:
		return l.doc
	case l.field == "":
		return check.Path(l.doc, "candidatures", l.c)
	}
	return check.Path(l.doc, "candidatures", l.c, l.field)
}

// nameKeys holds, for each distinct name a dossier's documents write, whether
// it parses and its [names.Name.Key], so that a name written in the Note, the
// note verbale, the letter, the CV and the vision statement is read once.
// A dossier writes a few names: the first few are kept in a list searched
// one by one, which costs less than hashing each, the rest in a map.
type nameKeys struct {
	few  [8]namedKey
	n    int // how many of few are set
	many map[names.Name]nameKey
}

// nameKey is one entry of [nameKeys].
type nameKey struct {
	valid bool
	key   string
}

// namedKey is a name with its entry.
type namedKey struct {
	name names.Name
	nameKey
}

// of returns the entry of name (the zero entry when name is empty or does
// not parse), reading the name the first time it is asked for.
func (k *nameKeys) of(name names.Name) nameKey {
	if name == "" {
		return nameKey{}
	}
	for _, e := range k.few[:k.n] {
		if e.name == name {
			return e.nameKey
		}
	}
	if e, ok := k.many[name]; ok {
		return e
	}
	e := keyOf(name)
	if k.n < len(k.few) {
		k.few[k.n] = namedKey{name, e}
		k.n++
		return e
	}
	if k.many == nil {
		k.many = map[names.Name]nameKey{}
	}
	k.many[name] = e
	return e
}

// keyOf reads name: whether it parses and its key ("" when it does not).
// A name with a key parses, since [names.Name.Key] is "" for a name that
// does not, so only a name without one is parsed apart (a name may parse
// and have no key).
func keyOf(name names.Name) nameKey {
	if key := name.Key(); key != "" {
		return nameKey{true, key}
	}
	return nameKey{valid: name.IsValid()}
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

// mentionList is the candidatures of one letter as [Dossier.derive] reads
// them: at most maxMentions.
type mentionList struct {
	doc  itu.Kind
	base string
	cs   []correspondence.Candidature
}

// mentionLists returns the candidatures of the note verbale, the letter and
// the Note, in that order: the order a derived candidacy's mentions follow.
func (d Dossier) mentionLists() [3]mentionList {
	var out [3]mentionList
	cs := d.letterCandidatures()
	out[0] = mentionList{itu.KindNoteVerbale, "/note_verbale", cs[0]}
	out[1] = mentionList{itu.KindLetter, "/letter", cs[1]}
	if d.Note != nil {
		out[2] = mentionList{itu.KindNote, "/note", d.Note.Candidatures}
	}
	for i := range out {
		out[i].cs = out[i].cs[:min(len(out[i].cs), maxMentions)]
	}
	return out
}

// withdrawsAll reports whether the document of kind k, which d holds,
// withdraws all its candidatures in its words (see [textWithdraws] and
// [noteWithdraws]).
func (d Dossier) withdrawsAll(k itu.Kind) bool {
	switch k {
	case itu.KindNoteVerbale:
		return textWithdraws(d.NoteVerbale.Candidatures, d.NoteVerbale.Text)
	case itu.KindLetter:
		return textWithdraws(d.Letter.Candidatures, d.Letter.Text)
	}
	return noteWithdraws(d.Note)
}

// personPosts appends to out the mentions of the CV and the vision statement
// with their names unread: rules on posts need none read.
func (d Dossier) personPosts(out []mention) []mention {
	if d.CV != nil {
		out = append(out, mention{doc: itu.KindCV, post: d.CV.Post, name: d.CV.Name, at: at("/cv")})
	}
	if d.VisionStatement != nil {
		out = append(out, mention{doc: itu.KindVisionStatement, post: d.VisionStatement.Post, name: d.VisionStatement.Name, at: at("/vision_statement")})
	}
	return out
}

// derived is a candidacy derived from the documents, with where its values
// came from, so rules on it report at the document that is wrong.
type derived struct {
	c     Candidacy
	src   loc     // the first mention announcing it
	from  sources // where each of its values came from
	named mention // the mention whose name the candidacy takes
	// Every mention of its post is in the list of mentions [Dossier.derive]
	// makes, from first to end: an index, not a slice, so that the list may
	// be on the stack (a slice of it stored in a derived candidacy would
	// move it to the heap).
	first, end int
	// The documents of the Note, note verbale and letter that mention it
	// announcing it, and withdrawing it.
	announcedBy, withdrawnBy letterDocs
}

// letterDocs is a set of the kinds of document that write candidatures:
// the Note, the note verbale and the letter, a bit each.
type letterDocs uint8

// letterDoc returns the bit of kind k in a [letterDocs], 0 for a kind that
// writes no candidature.
func letterDoc(k itu.Kind) letterDocs {
	switch k {
	case itu.KindNote:
		return 1
	case itu.KindNoteVerbale:
		return 2
	case itu.KindLetter:
		return 4
	}
	return 0
}

// sources holds where the values of a derived candidacy came from, each the
// zero loc when the value came from no document.
type sources struct {
	memberState, candidate, nationality, proposed, received, withdrawnOn loc
}

// pathOf maps a violation path of the derived candidacy ("/nationality") to
// the dossier path its value came from, or to the announcing mention.
func (x *derived) pathOf(p string) string {
	var l loc
	switch p {
	case "/member_state":
		l = x.from.memberState
	case "/candidate":
		l = x.from.candidate
	case "/nationality":
		l = x.from.nationality
	case "/proposed":
		l = x.from.proposed
	case "/received":
		l = x.from.received
	case "/withdrawn_on":
		l = x.from.withdrawnOn
	}
	if !l.set {
		l = x.src
	}
	return l.path()
}

// scratch is room, on the stack of the check of a dossier, for the lists
// the check builds: its derived candidacies and their mentions, its state
// votes and its CV's post index. A dossier of a few candidatures, nearly
// every one (two posts, a person's named by five documents), allocates none
// of them; longer lists outgrow it onto the heap. It is kept small (3.5
// KB): a goroutine checking a dossier grows its stack less. The room for
// votes is for the most a dossier may cast, a sender and a candidature
// each ([Dossier.stateVotes]): seven for the seed.
type scratch struct {
	derived  [2]derived
	mentions [12]mention
	votes    [8]stateVote
	entries  [8]entry
}

// derive groups the mentions by post, in the order they first appear. The CV
// and the vision statement announce a candidacy of their own only when the
// dossier has no candidature in a letter; otherwise they join their post's group.
// idx indexes the posts of the dossier's CV (nil when it has none; see
// [Dossier.postIndex]) and by is the dossier's proposing State and where
// it is first named ([Dossier.proposal]).
//
// It reads the mentions twice: first their posts alone, to size the groups,
// then each mention in a group is made in its place, its name read then
// (a mention in no group has its name read never), and every group's
// mentions are a run of one list, which derive returns too. The groups and
// the list are sc's while they fit.
func (d Dossier) derive(sc *scratch, idx postIndex, by stateVote) (ds []derived, mentions []mention) {
	lists := d.mentionLists()
	var pbuf [2]mention
	persons := d.personPosts(pbuf[:0])
	letters := len(lists[0].cs)+len(lists[1].cs)+len(lists[2].cs) > 0
	var index [len(postname.Rows)]int // post -> 1 + the index of its group
	var size [len(postname.Rows)]int  // group -> how many mentions it holds
	var src [len(postname.Rows)]loc   // group -> its first mention
	groups, n := 0, 0
	join := func(post itu.Post, at loc, person bool) {
		if !post.IsValid() {
			return
		}
		i := index[post] - 1
		if i < 0 {
			if person && letters {
				return
			}
			i = groups
			groups++
			index[post], src[i] = i+1, at
		}
		size[i]++
		n++
	}
	for _, l := range lists {
		for i, c := range l.cs {
			join(c.Post, candidatureAt(l.base, i), false)
		}
	}
	for _, m := range persons {
		join(m.post, m.at, true)
	}
	out := sc.derived[:0]
	if groups > cap(out) {
		out = make([]derived, 0, groups)
	}
	out = out[:groups]
	all := sc.mentions[:0]
	if n > cap(all) {
		all = make([]mention, 0, n)
	}
	all = all[:n]
	start := 0
	for i := range out {
		out[i].src, out[i].first, out[i].end = src[i], start, start // end moves on as add fills the group
		start += size[i]
	}
	var keys nameKeys
	add := func(m mention) {
		// join counted every mention add places: the group has room for it.
		if i := index[m.post] - 1; m.post.IsValid() && i >= 0 && out[i].end < out[i].first+size[i] {
			all[out[i].end] = m.withKey(&keys)
			out[i].end++
		}
	}
	for _, l := range lists {
		if len(l.cs) == 0 {
			continue
		}
		withdrawn := d.withdrawsAll(l.doc)
		for i, c := range l.cs {
			add(mention{doc: l.doc, post: c.Post, name: c.Candidate, at: candidatureAt(l.base, i), withdraw: withdrawn || c.Withdrawal})
		}
	}
	for _, m := range persons {
		add(m)
	}
	for i := range out {
		out[i].fill(d, idx, by, all[out[i].first:out[i].end])
	}
	return out, all
}

// fill sets the candidacy's values from its mentions, ms, and the dossier.
func (x *derived) fill(d Dossier, idx postIndex, by stateVote, ms []mention) {
	for _, m := range ms {
		if m.withdraw {
			x.withdrawnBy |= letterDoc(m.doc)
		} else {
			x.announcedBy |= letterDoc(m.doc)
		}
	}
	post := ms[0].post
	c := Candidacy{Kind: itu.KindCandidacy, Post: post, MemberState: by.state}
	x.from.memberState = by.at
	if x.src.isCandidature() {
		x.from.memberState = x.src.withField("member_state")
	}
	if post.CandidateIsPerson() {
		if m, ok := namedPerson(ms); ok {
			c.Candidate = m.name
			x.from.candidate = m.names()
			x.named = m
		}
		if d.CV != nil && d.CV.Post == post {
			c.Nationality = d.CV.Profile.Nationality
			x.from.nationality = at("/cv/profile/nationality")
			c.Incumbent = idx.holdsNow(post)
		}
	}
	if post == itu.CouncilMember {
		c.Region, _ = by.state.Region()
	}
	c.Conference = d.conference()
	switch {
	case d.Letter != nil && x.announces(itu.KindLetter):
		c.Proposed = d.Letter.Date
		x.from.proposed = at("/letter/date")
	case d.NoteVerbale != nil && x.announces(itu.KindNoteVerbale):
		c.Proposed = d.NoteVerbale.Date
		x.from.proposed = at("/note_verbale/date")
	}
	if d.Note != nil && x.announces(itu.KindNote) {
		c.Received, c.Status = d.Note.Date, Announced
		x.from.received = at("/note/date")
	}
	x.withdrawal(d, &c)
	x.c = c
}

// withdrawal sets the status and date of a candidacy that a document of the
// dossier withdraws: [Withdrawn] on the date of the earliest withdrawing
// document (the Member State's note verbale or letter, else the Note that
// reports it).
func (x *derived) withdrawal(d Dossier, c *Candidacy) {
	for _, k := range [...]itu.Kind{itu.KindLetter, itu.KindNoteVerbale, itu.KindNote} {
		if !x.withdraws(k) {
			continue
		}
		var on civil.Date
		var path string
		switch k { // a mention of k withdrawing it means d holds k
		case itu.KindLetter:
			on, path = d.Letter.Date, "/letter/date"
		case itu.KindNoteVerbale:
			on, path = d.NoteVerbale.Date, "/note_verbale/date"
		default:
			on, path = d.Note.Date, "/note/date"
		}
		if c.WithdrawnOn.IsZero() || on.IsValid() && on.Before(c.WithdrawnOn) {
			c.Status, c.WithdrawnOn = Withdrawn, on
			x.from.withdrawnOn = at(path)
		}
	}
}

// announces reports whether a document of kind k, the Note, note verbale
// or letter, announces the candidacy (mentions it without withdrawing it).
func (x *derived) announces(k itu.Kind) bool { return x.announcedBy&letterDoc(k) != 0 }

// withdraws reports whether a document of kind k, the Note, note verbale
// or letter, withdraws the candidacy.
func (x *derived) withdraws(k itu.Kind) bool { return x.withdrawnBy&letterDoc(k) != 0 }

// namedPerson returns the mention whose name a derived candidacy takes: among
// the groups of mentions naming the same person, the largest (ties go to the
// group named first by rank), written as its highest-ranked document writes it.
// Mentions are grouped by their key in one pass, never compared pairwise.
func namedPerson(ms []mention) (mention, bool) {
	type group struct {
		size int
		top  mention // the highest-ranked mention, the first of its rank
	}
	// A post's mentions are nearly always a few: their groups are then on
	// the stack and found by their keys one by one, which costs less than a
	// map, and no more than a few comparisons each.
	var buf [8]group
	groups := buf[:0]
	var index map[string]int
	if len(ms) > len(buf) {
		groups = make([]group, 0, len(ms))
		index = map[string]int{}
	}
	find := func(key string) (int, bool) {
		if index != nil {
			g, ok := index[key]
			return g, ok
		}
		for g := range groups {
			if groups[g].top.key == key {
				return g, true
			}
		}
		return 0, false
	}
	for _, m := range ms {
		if !m.valid {
			continue
		}
		g, ok := find(m.key)
		if !ok || m.key == "" { // a valid name with no key matches no other
			g = len(groups)
			groups = append(groups, group{top: m})
			if m.key != "" && index != nil {
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
	at    loc
}

// stateVotes lists where the dossier names its proposing Member State: the
// mission of the note verbale, the letterhead of the letter, and each
// candidature of the Note. The candidatures of the note verbale and letter
// count only when their document names no sender, since the correspondence
// rules already hold them to it. The list is buf's while it fits.
func (d Dossier) stateVotes(buf []stateVote) []stateVote {
	n := 0 // at most a vote per sender and candidature: one list, not grown
	for _, cs := range d.letterCandidatures() {
		n += 1 + len(cs)
	}
	if d.Note != nil {
		n += len(d.Note.Candidatures)
	}
	out := buf[:0]
	if n > cap(out) {
		out = make([]stateVote, 0, n)
	}
	add := func(s itu.StateCode, at loc) {
		if s.IsValid() {
			out = append(out, stateVote{s, at})
		}
	}
	sent := func(base, senderPath string, sender itu.StateCode, cs []correspondence.Candidature) {
		if sender.IsValid() {
			add(sender, at(senderPath))
			return
		}
		for i, c := range cs {
			add(c.MemberState, candidatureAt(base, i).withField("member_state"))
		}
	}
	if n := d.NoteVerbale; n != nil {
		sent("/note_verbale", "/note_verbale/mission/member_state", n.Mission.MemberState, n.Candidatures)
	}
	if l := d.Letter; l != nil {
		sent("/letter", "/letter/letterhead/member_state", l.Letterhead.MemberState, l.Candidatures)
	}
	if n := d.Note; n != nil {
		shared := sharedCouncil(n.Candidatures)
		for i, c := range n.Candidatures {
			if !shared || c.Post != itu.CouncilMember {
				add(c.MemberState, candidatureAt("/note", i).withField("member_state"))
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

// proposal returns who the dossier says proposes its candidacies: the
// Member State most of it names as proposing (ties go to the first named)
// and where it is first named ("" when it is named nowhere), with every
// place naming one ([Dossier.stateVotes], in buf while they fit). A
// dossier whose only document naming a State is a Note shared by several
// States' Council candidatures is the first-named State's. Check reads it
// once. The two are apart, not one struct, so that the proposer's strings,
// which the derived candidacies keep, do not carry the votes' room on the
// stack to the heap.
func (d Dossier) proposal(buf []stateVote) (by stateVote, votes []stateVote) {
	votes = d.stateVotes(buf)
	if len(votes) == 0 && d.Note != nil {
		for i, c := range d.Note.Candidatures {
			if c.MemberState.IsValid() {
				return stateVote{c.MemberState, candidatureAt("/note", i).withField("member_state")}, votes
			}
		}
	}
	return mostNamed(votes), votes
}

// mostNamed returns the first vote for the State most votes name, or no
// State, named nowhere, when there is no vote. Nearly every dossier names
// one State only: its first vote wins, with no count.
func mostNamed(votes []stateVote) stateVote {
	if len(votes) > 0 && !slices.ContainsFunc(votes[1:], func(v stateVote) bool { return v.state != votes[0].state }) {
		return votes[0]
	}
	return countVotes(votes)
}

// countVotes is [mostNamed] for any votes, counting them.
func countVotes(votes []stateVote) stateVote {
	count := map[itu.StateCode]int{}
	best := stateVote{at: at("")} // no vote: no State, named nowhere
	for _, v := range votes {
		count[v.state]++
	}
	for _, v := range votes {
		if best.state == "" || count[v.state] > count[best.state] {
			best = v
		}
	}
	return best
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
