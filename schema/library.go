package schema

import (
	"encoding/json"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/election"
)

// This file states, for the few members whose rule a record package checks
// in its Check rather than in a tag, what of that rule a schema can say
// exactly: bounds of counts, list items that may not repeat, and the forms
// of e-mail addresses, document symbols, separators and years. Each is
// computed from the library's exported values, tags, predicates or output
// where the library exports them; the year 1900 and the character classes
// of separators and domains are written here again, as the library keeps
// them in code. The differential test over the corpus
// (differential_test.go) and the pattern tests (library_test.go) hold each
// to the library's own verdicts.
//
// The better home for most of these is the record type itself (a
// JSONSchemaPattern method, or a min=/max= tag); until then they live here.

// recordValueTypes describes value types of the record packages that
// implement neither [Enumer] nor [Patterner].
var recordValueTypes = map[reflect.Type]func() *node{
	reflect.TypeFor[correspondence.Email]():  emailSchema,
	reflect.TypeFor[correspondence.Symbol](): func() *node { return &node{Type: "string", Pattern: symbolPattern()} },
}

// memberRule adds to the schema n of one member what the library's record
// rules say of it.
type memberRule func(n *node)

// memberRules holds the rule of each member, by struct type and Go field
// name; it is built once, on first use.
var memberRules = sync.OnceValue(func() map[reflect.Type]map[string]memberRule {
	return map[reflect.Type]map[string]memberRule{
		reflect.TypeFor[election.Round](): {
			// election.round.number: rounds run on one by one from the first,
			// which is 1 or a later round up to the most an election may have,
			// so no round is numbered past twice that less one.
			"Number": between(1, 2*tagMax[election.Election]("Rounds")-1),
			// election.round.count: every count from 0 to the Member States of
			// the Union on the day, never more than the registry holds.
			"Votes":            values(between(0, unionMax())),
			"Blank":            between(0, unionMax()),
			"Invalid":          between(0, unionMax()),
			"ValidBallots":     between(0, unionMax()),
			"PresentAndVoting": between(0, unionMax()),
			"Majority":         between(0, unionMax()),
		},
		reflect.TypeFor[election.Conference](): {
			// election.conference.posts: a post is listed once (codes only, so
			// equal items are the same post).
			"Posts": unique,
		},
		reflect.TypeFor[correspondence.Letter](): {
			// correspondence.page_break.position: no two page breaks point at
			// the same word (both members are always written, so equal items
			// are the same page break).
			"PageBreaks": unique,
		},
		reflect.TypeFor[correspondence.PageBreak](): {
			// correspondence.page_break.position: a paragraph of the text, and
			// a word of it; a paragraph of n characters has at most (n+1)/2
			// words.
			"Paragraph": between(0, tagMax[correspondence.Letter]("Text")-1),
			"Word":      between(0, (tagItemMax[correspondence.Letter]("Text")+1)/2-1),
		},
		// correspondence.sender.member_state: a note verbale's mission and a
		// letter's letterhead name their Member State.
		reflect.TypeFor[correspondence.Mission]():    {"MemberState": given},
		reflect.TypeFor[correspondence.Letterhead](): {"MemberState": given},
		// correspondence.symbol.language: a Note's own symbol has a suffix.
		reflect.TypeFor[correspondence.Note](): {"Symbol": func(n *node) { n.Pattern = symbolPatternWith(true) }},
		// cv.post.person: a CV or vision statement is for a person's post.
		reflect.TypeFor[cv.CV]():              {"Post": personPost, "BirthDate": from1900},
		reflect.TypeFor[cv.VisionStatement](): {"Post": personPost},
		reflect.TypeFor[cv.Activity]():        {"Sep": separator, "Period": from1900},
		reflect.TypeFor[cv.Position]():        {"Period": from1900},
		reflect.TypeFor[cv.AchievementList](): {"Period": from1900},
		reflect.TypeFor[cv.Education]():       {"PeriodSep": separator, "Period": from1900},
	}
})

// applyMemberRule adds the library's rule for member f of struct type t to n.
func applyMemberRule(t reflect.Type, f reflect.StructField, n *node) {
	if rule, ok := memberRules()[t][f.Name]; ok {
		rule(n)
	}
}

// between bounds an integer member from lo to hi; a hi below lo (a tag
// that lost its bound) leaves the maximum out.
func between(lo, hi int) memberRule {
	return func(n *node) {
		n.Minimum = number(lo)
		if hi >= lo {
			n.Maximum = number(hi)
		}
		n.Not = nil // "not 0" of a required integer is implied or contradicted by the bounds
	}
}

// values applies rule to the values of a map member.
func values(rule memberRule) memberRule {
	return func(n *node) {
		if v, ok := n.AdditionalProperties.(*node); ok {
			rule(v)
		}
	}
}

// given drops the zero encoding ("") a member without an omit option may
// otherwise hold: the library asks for a value.
func given(n *node) {
	if len(n.AnyOf) == 2 && n.AnyOf[0].Const == "" {
		*n = *n.AnyOf[1]
	}
}

// personPost narrows a post's enum to the posts whose candidate is a person.
func personPost(n *node) { *n = *enum(stringsOf(postsWhere(itu.Post.CandidateIsPerson))) }

// from1900 is cv.period.too_early: no year before 1900 in a CV's periods
// and birth date. Every four-digit number of a period or partial date is a
// year, as civil.ParsePeriod reads them, written or numeric.
func from1900(n *node) { n.Not = &node{Pattern: `(^|\D)(0\d{3}|1[0-8]\d{2})(\D|$)`} }

// unique says that no two items of a list member are equal.
func unique(n *node) { n.UniqueItems = true }

// separator is cv.separator.form: one to four characters of punctuation,
// symbols and spaces (unicode.IsPunct, unicode.IsSymbol; \p{P} and \p{S}).
func separator(n *node) { n.Pattern = `^[ \p{P}\p{S}]*$` }

func number(n int) json.Number { return json.Number(strconv.Itoa(n)) }

// unionMax is the most Member States the Union has had: the registry's, so
// no date's Union is larger.
func unionMax() int { return len(itu.MemberStates(civil.Date{})) }

// tagMax returns the max= bound of field name of struct type T (its count
// of items for a list), from its validate tag; -1 when there is none, which
// TestMemberRules would show.
func tagMax[T any](name string) int {
	here, _, _ := fieldTags[T](name).split()
	return maxOf(here)
}

// tagItemMax returns the max= bound of each item of list field name of T.
func tagItemMax[T any](name string) int {
	_, _, items := fieldTags[T](name).split()
	return maxOf(items)
}

func fieldTags[T any](name string) tags {
	f, ok := reflect.TypeFor[T]().FieldByName(name)
	if !ok {
		return nil
	}
	return parseTags(f.Tag.Get("validate"))
}

func maxOf(ts tags) int {
	if n, ok := ts.count("max"); ok {
		return *n
	}
	return -1
}

// emailSchema describes correspondence.Email, which net/mail reads: an
// addr-spec of at most 254 bytes with at most 64 before the last "@", a
// dotted domain that is no address literal, and no spaces around it. The
// format is "idn-email" (RFC 6531), not "email" (RFC 5321), since the
// library accepts UTF-8 local parts and domains ("jöhn@例え.jp") and domain
// labels a host name may not have ("a@b_c.org"); the pattern says what
// "idn-email" does not: no space before it, a dot in the domain, no
// address literal.
func emailSchema() *node {
	return &node{Type: "string", Format: "idn-email", Pattern: emailPattern}
}

// emailPattern: something before the last "@" that does not start with a
// space, then a domain with a dot in it, of characters RFC 5322 allows in a
// dot-atom: no ASCII control, space or special ("()<>[]:;@\,\"").
const emailPattern = `^[^\x00-\x20].*@` + domainChars + `*\.` + domainChars + `*$`

const domainChars = `[^\x00-\x20()<>\[\]:;@\\,"]`

// symbolPattern is the grammar of [correspondence.ParseSymbol] as a regular
// expression, looser than the parser (any words with any suffix, a mark
// spaced or not, no bound on digits): optional words, an optional conference
// prefix, the number, the marks, the Chinese ordinal's close, an optional
// language suffix. The words are read from the library's own output, by
// writing a symbol of each form in each language.
func symbolPattern() string { return symbolPatternWith(false) }

// symbolPatternWith is symbolPattern, with the language suffix required when
// suffix is set.
func symbolPatternWith(suffix bool) string {
	words := map[string]bool{}
	var alts []string
	add := func(s string) {
		if s != "" && !words[s] {
			words[s] = true
			alts = append(alts, s)
		}
	}
	var closes []string
	var suffixes []string
	for _, l := range itu.Languages() {
		suffixes = append(suffixes, regexp.QuoteMeta(l.Suffix()))
		word := correspondence.SymbolParts{Form: correspondence.SymbolWord, Words: l, Number: 12345}.String()
		add(regexp.QuoteMeta(strings.TrimSuffix(word, "12345")))
		ord := correspondence.SymbolParts{Form: correspondence.SymbolOrdinal, Words: l, Number: 12345}.String()
		if before, after, ok := strings.Cut(ord, "12345"); ok && before != "" {
			add(regexp.QuoteMeta(before))
			closes = append(closes, regexp.QuoteMeta(after))
		}
		for k := correspondence.Addendum; k <= correspondence.Corrigendum; k++ {
			h := correspondence.SymbolParts{Form: correspondence.SymbolHeading, Words: l, Number: 12345, Marks: []correspondence.Mark{{Kind: k, Number: 678}}}.String()
			before, rest, _ := strings.Cut(h, "678")
			between, _, _ := strings.Cut(rest, "12345")
			add(regexp.QuoteMeta(before) + `[1-9]\d*` + regexp.QuoteMeta(between))
		}
	}
	optional := "?"
	if suffix {
		optional = ""
	}
	var marks []string
	for k := correspondence.Addendum; k <= correspondence.Corrigendum; k++ {
		marks = append(marks, regexp.QuoteMeta(k.String()))
	}
	return `^(` + strings.Join(alts, "|") + `)?([A-Za-z][A-Za-z0-9-]*/)?[1-9]\d*` +
		`( ?\((` + strings.Join(marks, "|") + `)[1-9]\d*\))*` +
		`(` + strings.Join(closes, "|") + `)?` +
		`(-(` + strings.Join(suffixes, "|") + `))` + optional + `$`
}

// conditionRules holds, by struct type, the rules whose members depend on
// another member's value, the post above all, each an if/then built from
// the library's own predicates ([itu.Post.CandidateIsPerson],
// [election.Election.Regional]).
var conditionRules = sync.OnceValue(func() map[reflect.Type][]*node {
	council := []itu.Post{itu.CouncilMember}
	persons, regional, officials := postsWhere(itu.Post.CandidateIsPerson), postsWhere(isRegional), postsWhere(func(p itu.Post) bool { return !isRegional(p) })
	m := map[reflect.Type][]*node{
		// candidacy.candidate.council, candidacy.candidate.required,
		// candidacy.region.required.
		reflect.TypeFor[candidacy.Candidacy](): {
			when("post", council, &node{Properties: members("candidate", absent(), "nationality", absent()), Required: []string{"region"}}),
			when("post", persons, &node{Required: []string{"candidate"}}),
		},
		// correspondence.candidature.candidate.
		reflect.TypeFor[correspondence.Candidature](): {
			when("post", council, &node{Properties: members("candidate", absent())}),
			when("post", persons, &node{Required: []string{"candidate"}}),
		},
		// election.region.required, election.region.unexpected,
		// election.seats.count, election.candidate.name.
		reflect.TypeFor[election.Election](): {
			when("post", regional, &node{Properties: members("seats", &node{Minimum: "1"}), Required: []string{"region", "seats"}}),
			when("post", officials, &node{Properties: members("region", absent(), "seats", &node{Maximum: "1"})}),
			when("post", council, &node{Properties: members("candidates", &node{Items: &node{Properties: members("name", absent())}})}),
			when("post", persons, &node{Properties: members("candidates", &node{Items: &node{Required: []string{"name"}}})}),
		},
	}
	// correspondence.symbol.language: a Note's own symbol ends in the
	// suffix of the language the Note names.
	for _, l := range itu.Languages() {
		m[reflect.TypeFor[correspondence.Note]()] = append(m[reflect.TypeFor[correspondence.Note]()],
			&node{If: &node{Properties: members("language", &node{Const: l.String()}), Required: []string{"language"}},
				Then: &node{Properties: members("symbol", &node{Pattern: "-" + regexp.QuoteMeta(l.Suffix()) + "$"})}})
	}
	return m
})

// conditions returns the if/then rules of struct type t.
func conditions(t reflect.Type) []*node { return conditionRules()[t] }

// when says that an object whose member name holds one of the posts ps
// also satisfies then.
func when(name string, ps []itu.Post, then *node) *node {
	return &node{If: &node{Properties: members(name, enum(stringsOf(ps))), Required: []string{name}}, Then: then}
}

// members returns properties from name, schema pairs.
func members(pairs ...any) *properties {
	p := &properties{}
	for i := 0; i+1 < len(pairs); i += 2 {
		p.set(pairs[i].(string), pairs[i+1].(*node))
	}
	return p
}

// absent is the schema no value satisfies: a member that must be left out.
func absent() *node { return &node{Not: &node{}} }

func isRegional(p itu.Post) bool { return election.Election{Post: p}.Regional() }

// postsWhere returns the posts for which pred holds, in code order.
func postsWhere(pred func(itu.Post) bool) []itu.Post {
	var out []itu.Post
	for _, p := range itu.Posts() {
		if pred(p) {
			out = append(out, p)
		}
	}
	return out
}
