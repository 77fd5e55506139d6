package election

import (
	"errors"
	"fmt"
	"strings"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/enum"
	"github.com/plenipot/itu/names"
)

// MaxTerms is the most terms one person may serve in one elected post or on
// the Radio Regulations Board: they are "eligible for re-election once only"
// (CV No. 13 for the elected officials, CV No. 20 for Board members). Council
// seats have no limit (CV No. 7).
const MaxTerms = 2

// Term is one term of office a person served or serves: the post, the
// conference that elected them (its code, "PP-14") and the calendar years
// covered. Conference or Years may be left out when unknown, but not both.
// The zero value means "not set".
type Term struct {
	Post       itu.Post           `json:"post" validate:"required,valid"`
	Conference itu.ConferenceCode `json:"conference,omitzero" validate:"max=16,text,valid,plain"`
	Years      Years              `json:"years,omitzero" validate:"valid"`
	// Vacancy marks a term served after filling a vacancy (a Council
	// appointment, the Deputy's succession, a Board replacement): whether it
	// counts against the limit is the conference's [VacancyTerms] setting.
	Vacancy bool `json:"vacancy,omitzero"`
}

// String returns "TSB, PP-14, 2015-2018", leaving out what is unknown.
func (t Term) String() string {
	parts := []string{t.Post.String()}
	for _, s := range []string{string(t.Conference), t.Years.String()} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}

// ServiceRecord lists the terms of office a person has served in posts a
// Plenipotentiary Conference elects, so that a conference record can check
// whether a candidate may stand again. The person is matched to candidacies by
// name, as [names.Compare] compares them: a record counts for a candidacy
// whose name is the same ("ZAVAZAVA, Cosmas Luckyson") or a compatible
// variant ("Dr Cosmas Zavazava"), so that a name written another way never
// escapes the term limit; soft hyphens, zero-width characters, fullwidth
// forms and look-alike letters of other scripts change nothing. When several
// records match one candidacy, their terms count together, each distinct
// term once.
type ServiceRecord struct {
	Person names.Name `json:"person" validate:"required,max=200,text,valid,plain"`
	Terms  []Term     `json:"terms" validate:"required,max=20,dive"`
}

// Reason says why a person may not stand for a post. The zero value,
// [Eligible], means nothing stands in the way.
type Reason int

// The reasons [MayStand] gives. New values are appended, never reordered.
const (
	Eligible       Reason = iota // may stand
	TermLimit                    // already served MaxTerms terms in the post (CV Nos 13, 20)
	PostNotElected               // the conference does not elect the post
	UnknownPost                  // the post is not one of the seven
)

// ErrUnknownReason is wrapped by errors from [ParseReason].
var ErrUnknownReason = errors.New("unknown eligibility reason")

var reasons = enum.New(enum.Spec[Reason]{Pkg: "election", Type: "Reason", What: "reason",
	Codes: []string{"eligible", "term_limit", "post_not_elected", "unknown_post"}, ZeroValid: true,
	Want: "eligible, term_limit, post_not_elected, unknown_post", Err: ErrUnknownReason})

// IsValid reports whether r is one of the four reasons, [Eligible] included.
func (r Reason) IsValid() bool { return reasons.IsValid(r) }

// String returns the reason's code ("term_limit").
func (r Reason) String() string { return reasons.String(r) }

// ParseReason parses a reason code ("eligible", "term_limit",
// "post_not_elected", "unknown_post").
func ParseReason(s string) (Reason, error) { return reasons.Parse(s) }

// MarshalText encodes r as its code.
func (r Reason) MarshalText() ([]byte, error) { return reasons.MarshalText(r) }

// UnmarshalText decodes a reason code.
func (r *Reason) UnmarshalText(b []byte) error { return reasons.UnmarshalText(r, b) }

// Eligibility is the answer to "may this person stand for this post at this
// conference": the post, the conference, the [Reason] (zero when the person
// may stand) and the past terms in that post that count against the limit.
type Eligibility struct {
	Post       itu.Post
	Conference itu.ConferenceCode
	Reason     Reason
	Counted    []Term
}

// OK reports whether the person may stand.
func (e Eligibility) OK() bool { return e.Reason == Eligible }

// String explains the answer in one line, naming the counted terms.
func (e Eligibility) String() string {
	switch e.Reason {
	case Eligible:
		s := fmt.Sprintf("may stand for %s at %s", e.Post, e.Conference)
		if n := len(e.Counted); n > 0 {
			s += fmt.Sprintf(" (%d earlier %s in the post: %s)", n, plural(n, "term", "terms"), termList(e.Counted))
		}
		return s
	case TermLimit:
		return fmt.Sprintf("may not stand for %s at %s: served %d terms in the post (%s); elected officials and Board members are eligible for re-election once only (CV Nos 13 and 20)", e.Post, e.Conference, len(e.Counted), termList(e.Counted))
	case PostNotElected:
		return fmt.Sprintf("may not stand for %s at %s: the conference does not elect that post", e.Post, e.Conference)
	}
	return fmt.Sprintf("may not stand for %s at %s: not a post a conference elects", e.Post, e.Conference)
}

// termList lists terms as "TSB, PP-14, 2015-2018; TSB, PP-18, 2019-2022",
// at most maxListed of them, then ", … and 3 more".
func termList(ts []Term) string {
	var b strings.Builder
	for i, t := range ts[:min(len(ts), maxListed)] {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(t.String())
	}
	return b.String() + more(len(ts)-maxListed)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// MayStand says whether a person who served the given terms may stand for
// post at conference c.
//
//   - The Secretary-General, the Deputy Secretary-General, the three Directors
//     and the Board members are eligible for re-election once only in the same
//     post (CV Nos 13 and 20): with [MaxTerms] terms served in post, the
//     answer is [TermLimit]. Terms in other posts never count, so a two-term
//     Director may stand for Deputy Secretary-General.
//   - Council seats have no limit (CV No. 7).
//   - A post c does not elect gives [PostNotElected].
//
// A term counts when it is in post and was won before c: a term whose
// Conference is c itself, or whose years begin after c opens, does not count.
// Every term counts the same, whatever its length. Whether a term served after
// filling a vacancy (CV Nos 14-16, 21) counts is not settled by the texts: a
// term marked Vacancy counts unless c.VacancyTerms is [VacancyTermIgnored]. Conferences compare by
// [itu.ConferenceCode.Key], so a term won at "pp22" is a term won at "PP-22".
func MayStand(terms []Term, post itu.Post, c Conference) Eligibility {
	return mayStand(terms, post, c, c.Code.Key())
}

// mayStand is MayStand with c's conference key already computed ("" when c
// has no code to compare).
func mayStand(terms []Term, post itu.Post, c Conference, key string) Eligibility {
	e := Eligibility{Post: post, Conference: c.Code}
	switch {
	case !post.IsValid():
		e.Reason = UnknownPost
		return e
	case !c.Elects(post):
		e.Reason = PostNotElected
		return e
	}
	for _, t := range terms {
		if t.Post == post && countsBefore(t, c, key) && (!t.Vacancy || c.VacancyTerms.inForce() == VacancyTermCounts) {
			e.Counted = append(e.Counted, t)
		}
	}
	if post != itu.CouncilMember && len(e.Counted) >= MaxTerms {
		e.Reason = TermLimit
	}
	return e
}

// countsBefore reports whether term t was won before conference c, whose
// conference key is key.
func countsBefore(t Term, c Conference, key string) bool {
	if t.Conference != "" && key != "" && t.Conference.Key() == key {
		return false
	}
	return t.Years.IsZero() || c.Opening.IsZero() || t.Years.First <= c.Opening.Year
}
