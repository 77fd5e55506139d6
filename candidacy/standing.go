package candidacy

import (
	"strconv"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
)

// Standing returns the candidacies for post p at conference c that stand on
// day on, in the order s first gives them: each announced by that day and
// not withdrawn or replaced by then and, for the five elected officials'
// posts, no candidate yet elected to the post. Conferences compare by
// [itu.ConferenceCode.Key], so "pp22" is "PP-22".
//
// A candidacy is one Member State's candidate for one post at one
// conference, the same person however the documents write the name (by
// [names.Name.Key]), whichever documents of s announce or withdraw it:
//   - announced: on the earliest date a document of s gives it, the date the
//     Secretary-General received it (the Note's), else the date it was
//     proposed, in any version of its document, a replaced one included; a
//     candidacy no document dates is never counted as standing;
//   - withdrawn: from the date of the earliest document of s withdrawing it,
//     or from any day when that document is undated;
//   - replaced: from the date of the revision that no longer announces it;
//   - decided: a candidacy whose status is [Elected] or [NotElected] has
//     stood, and once a candidate is elected to one of the five elected
//     officials' posts nobody stands for it. The set does not date the vote,
//     so to ask about a day before it, ask a set without the outcome.
//
// Each candidacy is returned as the latest version of its document gives
// it.
func (s Set) Standing(p itu.Post, c itu.ConferenceCode, on civil.Date) []Candidacy {
	conf := c.Key()
	var out []Candidacy
	for _, l := range s.lives(s.items(s.supersededBy())) {
		if l.c.Post != p || l.c.Conference.Key() != conf {
			continue
		}
		if l.outcome == Elected && p.IsElectedOfficial() {
			return nil // decided
		}
		if l.standsOn(on) {
			out = append(out, l.c)
		}
	}
	return out
}

// item is one candidacy of a set, with the dossier it comes from and, when
// a revision replaces that dossier, the dossier replacing it (-1 when none).
type item struct {
	c      Candidacy
	at, by int
}

// items returns the candidacies of s (see [Set.Candidacies]) with where
// they come from; sup is [Set.supersededBy].
func (s Set) items(sup []int) []item {
	var out []item
	seen := map[string]bool{} // conference and version: the language versions of one document count once
	for i, d := range s {
		if v, ok := d.Version(); ok {
			k := d.conference().Key() + "|" + v.Document + "|" + strconv.Itoa(v.Revision) + "|" + strconv.Itoa(v.Corrigendum)
			if seen[k] {
				continue
			}
			seen[k] = true
		}
		part := d.supplements()
		for _, c := range d.Candidacies() {
			if part && c.Status != Withdrawn {
				continue // an addendum or corrigendum announces nothing of its own
			}
			if sup[i] >= 0 {
				c.Status = Revised
			}
			out = append(out, item{c: c, at: i, by: sup[i]})
		}
	}
	return out
}

// supersededBy returns, for each dossier of s, the index of a dossier of s
// revising the same document later (the first holding its latest
// revision, preferring one that is not a corrigendum), or -1 when none
// does. Documents are told apart by conference and [Version.Document].
func (s Set) supersededBy() []int {
	type latest struct{ rev, at int }
	vs := make([]Version, len(s))
	ok := make([]bool, len(s))
	keys := make([]string, len(s))
	top := map[string]latest{}
	for i, d := range s {
		vs[i], ok[i] = d.Version()
		if !ok[i] {
			continue
		}
		keys[i] = d.conference().Key() + "|" + vs[i].Document
		l, seen := top[keys[i]]
		if !seen || vs[i].Revision > l.rev || vs[i].Revision == l.rev && vs[l.at].Corrigendum > 0 && vs[i].Corrigendum == 0 {
			top[keys[i]] = latest{vs[i].Revision, i}
		}
	}
	out := make([]int, len(s))
	for i := range s {
		out[i] = -1
		if ok[i] && vs[i].Revision < top[keys[i]].rev {
			out[i] = top[keys[i]].at
		}
	}
	return out
}

// life is one candidacy of a set across the documents that announce,
// replace and withdraw it.
type life struct {
	c           Candidacy  // as the first dossier that counts gives it, else the first
	at          int        // the index of that dossier
	current     bool       // a dossier that counts announces it
	from        civil.Date // announced: the earliest date; zero when undated
	withdrawn   bool
	withdrawnOn civil.Date // zero when the withdrawal is undated
	droppedOn   civil.Date // replaced by a revision no longer announcing it; zero when not, or undated
	dropped     bool
	outcome     Status // Elected or NotElected; zero before the vote
}

// standsOn reports whether l stands on day on.
func (l life) standsOn(on civil.Date) bool {
	switch {
	case l.outcome != 0, !l.from.IsValid(), l.from.After(on):
		return false
	case l.withdrawn && (!l.withdrawnOn.IsValid() || !l.withdrawnOn.After(on)):
		return false
	case l.dropped && (!l.droppedOn.IsValid() || !l.droppedOn.After(on)):
		return false
	}
	return true
}

// lives merges the items of a set by candidacy: conference, post,
// proposing Member State and the candidate's [names.Name.Key].
func (s Set) lives(es []item) []life {
	var out []life
	index := map[string]int{}
	for _, e := range es {
		k := identity(e.c)
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, life{c: e.c, at: e.at})
		}
		out[i].add(s, e)
	}
	for i := range out {
		out[i].dropped = !out[i].current && !out[i].droppedOn.IsZero()
	}
	return out
}

// add records what item e of set s says of l.
func (l *life) add(s Set, e item) {
	c := e.c
	switch c.Status {
	case Withdrawn:
		if !l.withdrawn || l.withdrawnOn.IsValid() && (!c.WithdrawnOn.IsValid() || c.WithdrawnOn.Before(l.withdrawnOn)) {
			l.withdrawnOn = c.WithdrawnOn
		}
		l.withdrawn = true
		return
	case Elected, NotElected:
		l.outcome = c.Status
	}
	if on := announcedOn(c); on.IsValid() && (!l.from.IsValid() || on.Before(l.from)) {
		l.from = on
	}
	if c.Status != Revised {
		if !l.current {
			l.c, l.at, l.current = c, e.at, true
		}
		return
	}
	if by := s[e.by].Note; by != nil && (l.droppedOn.IsZero() || by.Date.Before(l.droppedOn)) {
		l.droppedOn = by.Date
	}
}

// announcedOn returns the date a candidacy was announced: received by the
// Secretary-General, else proposed; zero when neither is known.
func announcedOn(c Candidacy) civil.Date {
	if c.Received.IsValid() {
		return c.Received
	}
	if c.Proposed.IsValid() {
		return c.Proposed
	}
	return civil.Date{}
}

// identity is the key of a candidacy across documents.
func identity(c Candidacy) string {
	who := string(c.Candidate)
	if c.Candidate != "" && c.Candidate.IsValid() {
		who = c.Candidate.Key()
	}
	return c.Conference.Key() + "|" + c.Post.String() + "|" + string(c.MemberState) + "|" + who
}
