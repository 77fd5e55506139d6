package candidacy

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/plenipot/itu/internal/space"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/internal/postname"
)

// Claim is a statement one document of a dossier makes about the candidate
// that the CV can confirm: that the candidate has held an ITU post since a
// date. The seed's nomination letter says Dr Lee "has served as the Director
// of the Telecommunication Standardization Bureau (TSB) since 2014", while
// his CV lists "2015 – Present Director, Telecommunication Standardization
// Bureau (TSB), ITU"; [Dossier.Check] notices the difference and explains it
// as a warning, never an error, since both may be right: he was elected at
// PP-14 in 2014 (his vision statement says so), and elected officials take
// office on a date the conference sets, in recent practice 1 January of the
// next year.
//
// The correspondence records keep their text as written and type only the
// candidatures, so claims are extracted by whoever builds the dossier and kept
// here as data:
//   - Source: the document making the claim: "letter", "note_verbale", "note"
//     or "vision_statement";
//   - Text: the claim as the document words it, which must appear in that
//     document's text (spacing aside);
//   - Post: the post the claim says the candidate holds;
//   - Since: when the claim says the candidate started ("2014").
//
// The zero Claim is not valid.
type Claim struct {
	Source itu.Kind          `json:"source" validate:"required,max=32"`
	Text   string            `json:"text" validate:"required,max=2000,text"`
	Post   itu.Post          `json:"post" validate:"required,valid"`
	Since  civil.PartialDate `json:"since" validate:"required,valid"`
}

// claimSources are the documents whose text a claim may quote.
var claimSources = [...]itu.Kind{itu.KindLetter, itu.KindNoteVerbale, itu.KindNote, itu.KindVisionStatement}

// sourceText returns the text of the document of kind k, one string per
// paragraph as written, or nil when the dossier does not hold it (a held
// document with no text gives an empty, non-nil slice).
func (d Dossier) sourceText(k itu.Kind) []string {
	var ps []string
	switch {
	case k == itu.KindLetter && d.Letter != nil:
		ps = d.Letter.Text
	case k == itu.KindNoteVerbale && d.NoteVerbale != nil:
		ps = d.NoteVerbale.Text
	case k == itu.KindNote && d.Note != nil:
		ps = d.Note.Text
	case k == itu.KindVisionStatement && d.VisionStatement != nil:
		for _, s := range d.VisionStatement.Sections {
			for _, p := range s.Paragraphs {
				ps = append(ps, p.Text())
			}
		}
	default:
		return nil
	}
	if ps == nil {
		ps = []string{}
	}
	return ps
}

// quoter answers whether the documents of a dossier say a claim's words,
// comparing runs of space as one: it reads each source's text once and, when
// memo is set (there are several claims), remembers each answer, so claims
// repeating a text cost one search, not one each.
type quoter struct {
	d         Dossier
	memo      bool
	texts     [len(claimSources)][]string // as written, by the index of the source in claimSources
	read      [len(claimSources)]bool     // whether texts holds the source's
	collapsed map[itu.Kind][]string       // runs of space collapsed, made when first needed
	seen      map[quoteKey]bool
}

type quoteKey struct {
	source itu.Kind
	text   string
}

// text returns the paragraphs of the source of kind k, as written (see
// [Dossier.sourceText]): nil when k is not a source the dossier holds.
func (q *quoter) text(k itu.Kind) []string {
	i := slices.Index(claimSources[:], k)
	if i < 0 {
		return nil
	}
	if !q.read[i] {
		q.texts[i], q.read[i] = q.d.sourceText(k), true
	}
	return q.texts[i]
}

// quotes reports whether some paragraph of the source of kind k contains s,
// comparing runs of space as one. The claim's words, collapsed, are first
// looked for in the paragraphs as written: found there, they are in the
// collapsed paragraph too, since they hold no space but single ASCII spaces
// between other runes, and, being valid UTF-8, they begin a rune wherever
// they are found. Only words not found so are looked for in the collapsed
// paragraphs, collapsed once per source.
func (q *quoter) quotes(k itu.Kind, s string) bool {
	key := quoteKey{k, space.Collapse(s)}
	if ok, done := q.seen[key]; done {
		return ok
	}
	ok := utf8.ValidString(key.text) && containedIn(q.text(k), key.text)
	if !ok {
		ok = containedIn(q.collapsedText(k), key.text)
	}
	if q.memo {
		if q.seen == nil {
			q.seen = map[quoteKey]bool{}
		}
		q.seen[key] = ok
	}
	return ok
}

// collapsedText returns the paragraphs of the source of kind k with runs of
// space collapsed.
func (q *quoter) collapsedText(k itu.Kind) []string {
	if t, ok := q.collapsed[k]; ok {
		return t
	}
	if q.collapsed == nil {
		q.collapsed = map[itu.Kind][]string{}
	}
	ps := q.text(k)
	t := make([]string, len(ps))
	for i, p := range ps {
		t[i] = space.Collapse(p)
	}
	q.collapsed[k] = t
	return t
}

// containedIn reports whether one of ps contains s.
func containedIn(ps []string, s string) bool {
	for _, p := range ps {
		if strings.Contains(p, s) {
			return true
		}
	}
	return false
}

// entry is one line of a CV that shows the candidate holding a post: a
// career entry or an ITU activity, by its index, with the post and the
// line's period as rules read it. Its path and words are written only when
// a rule reports it ([entry.path], [entry.line]).
type entry struct {
	post     itu.Post
	activity bool // an ITU activity, not a career entry
	present  bool // the period runs to "Present"
	i        int
	start    civil.PartialDate // the start of the period
}

// path returns the entry's path in the dossier ("/cv/career/0").
func (e entry) path() string {
	var buf [32]byte
	return string(e.appendPath(buf[:0]))
}

// appendPath appends [entry.path] to b.
func (e entry) appendPath(b []byte) []byte {
	if e.activity {
		b = append(b, "/cv/itu_activities/"...)
	} else {
		b = append(b, "/cv/career/"...)
	}
	return strconv.AppendInt(b, int64(e.i), 10)
}

// line returns the entry as c, the CV it was read from, writes it.
func (e entry) line(c *cv.CV) string {
	if e.activity {
		return c.Activities[e.i].Line()
	}
	return c.Career[e.i].Line()
}

// postIndex is the lines of a CV that show the candidate holding a post:
// the career entries at the ITU and the ITU activities whose words name
// the post ("Director, Telecommunication Standardization Bureau (TSB),
// ITU"; "Director, TSB, ITU"), ordered by post and, for each post, in CV
// order. It is built once per CV, reading each line once, so that holding
// claims and candidacies to the CV costs a search each; it is one list, in
// the buffer its builder gives while it fits.
type postIndex []entry

// of returns the lines of idx for post, in CV order; none when there are
// none.
func (idx postIndex) of(post itu.Post) []entry {
	i, _ := slices.BinarySearchFunc(idx, post, func(e entry, p itu.Post) int { return cmp.Compare(e.post, p) })
	j := i
	for j < len(idx) && idx[j].post == post {
		j++
	}
	return idx[i:j]
}

// indexPosts builds the [postIndex] of c, appending to buf.
func indexPosts(buf []entry, c cv.CV) postIndex {
	idx := buf[:0]
	var posts [2]itu.Post // a line names one post, seldom two
	for i, p := range c.Career {
		if !atITU(p.Organisation) {
			continue
		}
		for _, post := range postsNamed(posts[:0], p.Title, p.Unit) {
			idx = append(idx, entry{post, false, p.Period.Present, i, p.Period.Start})
		}
	}
	for i, a := range c.Activities {
		body, _, _ := strings.Cut(a.Body, ",")
		for _, post := range postsNamed(posts[:0], a.RoleText, body) {
			idx = append(idx, entry{post, true, a.Period.Present, i, a.Period.Start})
		}
	}
	// Stable: each post's lines stay in CV order, career entries first.
	// Nearly every CV names one post, already in order.
	if !slices.IsSortedFunc(idx, compareEntryPosts) {
		slices.SortStableFunc(idx, compareEntryPosts)
	}
	return idx
}

// compareEntryPosts orders entries by post.
func compareEntryPosts(a, b entry) int { return cmp.Compare(a.post, b.post) }

func atITU(org string) bool {
	o := strings.TrimSpace(org)
	return strings.EqualFold(o, "itu") || strings.EqualFold(o, "international telecommunication union")
}

// postsNamed appends to dst, once each, the posts that a title and a unit, as
// a CV writes them, name: "Director" and "Telecommunication Standardization
// Bureau (TSB)" name DirectorTSB, and so do "Director" and "TSB". The forms
// tried are the title, and the title followed by "full", "of full", "of the
// full" and "abbr", written after a comma or a space. Every form begins with
// the title, so a title whose first word begins no written form of a post
// ends the search at once (nearly every title of a CV: "Chairman",
// "Rapporteur"); the others are folded once each, title, full and abbr, and
// the forms looked up from the folded pieces, never built.
func postsNamed(dst []itu.Post, title, unit string) []itu.Post {
	if !postname.CouldName(title) {
		return dst
	}
	unit = strings.TrimSpace(unit)
	full, abbr, _ := strings.Cut(unit, "(")
	full = strings.TrimSpace(full)
	abbr = strings.TrimSuffix(strings.TrimSpace(abbr), ")")
	var tb, fb, ab [64]byte
	t, ok1 := postname.AppendWords(tb[:0], title)
	f, ok2 := postname.AppendWords(fb[:0], full)
	a, ok3 := postname.AppendWords(ab[:0], abbr)
	if !ok1 || !ok2 || !ok3 { // words outside ASCII: the forms are built and folded whole
		return postsNamedSlow(dst, title, unit, full, abbr)
	}
	dst = addPostNamed(dst, t)
	if unit == "" {
		return dst
	}
	dst = addPostNamed(dst, t, f) // "title, full": the comma folds away
	dst = addPostNamed(dst, t, []byte("of"), f)
	dst = addPostNamed(dst, t, []byte("of the"), f)
	if abbr != "" {
		dst = addPostNamed(dst, t, a)
	}
	return dst
}

// addPostNamed appends to dst the post that the form made of pieces names,
// unless it names none or dst holds it.
func addPostNamed(dst []itu.Post, pieces ...[]byte) []itu.Post {
	p, ok := postname.LookupWords(pieces...)
	return addPost(dst, itu.Post(p), ok)
}

// addFormNamed is [addPostNamed] for a form built whole.
func addFormNamed(dst []itu.Post, form string) []itu.Post {
	p, ok := itu.LookupPost(form)
	return addPost(dst, p, ok)
}

// addPost appends p to dst when ok, unless dst holds it.
func addPost(dst []itu.Post, p itu.Post, ok bool) []itu.Post {
	if ok && !slices.Contains(dst, p) {
		dst = append(dst, p)
	}
	return dst
}

// postsNamedSlow is [postsNamed] for a title or unit with words outside
// ASCII: it builds each form and looks it up whole.
func postsNamedSlow(dst []itu.Post, title, unit, full, abbr string) []itu.Post {
	dst = addFormNamed(dst, title)
	if unit == "" {
		return dst
	}
	dst = addFormNamed(dst, title+", "+full)
	dst = addFormNamed(dst, title+" of "+full)
	dst = addFormNamed(dst, title+" of the "+full)
	if abbr != "" {
		dst = addFormNamed(dst, title+" "+abbr)
	}
	return dst
}

// postIndex returns the [postIndex] of the dossier's CV, appending to
// buf, or nil when it has none.
func (d Dossier) postIndex(buf []entry) postIndex {
	if d.CV == nil {
		return nil
	}
	return indexPosts(buf, *d.CV)
}

// holdsNow reports whether the CV lines of idx show the candidate holding
// post now.
func (idx postIndex) holdsNow(post itu.Post) bool {
	for _, e := range idx.of(post) {
		if e.present {
			return true
		}
	}
	return false
}
