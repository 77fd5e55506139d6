package check

import (
	"cmp"
	"slices"
	"strings"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/rule"
)

// MaxViolationsPerRule is the most violations of one rule that one check of
// a record reports; past it, and past [MaxViolations], the rest are counted
// in one [RuleTruncated] violation, so a hostile payload cannot make a
// million violations out of a few thousand items.
const MaxViolationsPerRule = 100

// MaxViolations is the most violations one check of a record reports in
// all, besides the one [RuleTruncated] violation that counts the rest.
const MaxViolations = 1000

// RuleTruncated is the rule of the one violation, at the root path "", that
// says how many violations past [MaxViolationsPerRule] or [MaxViolations]
// were not listed. It carries the severity of the worst of them, so a record
// stays invalid when an error was among them.
var RuleTruncated = rule.Define(itu.Rule{Code: "violations.truncated", Severity: itu.Error, Description: "A check lists at most 100 violations of one rule and 1,000 in all; one violation counts the rest, with the severity of the worst of them (a warning when all were warnings).", Source: "hostile-input bound"})

// RuleKind is the rule that a stated kind matches the record it labels.
var RuleKind = rule.Define(itu.Rule{Code: "payload.kind", Description: "A payload's \"kind\" member names one of the payload kinds the module models (itu help lists them) and the record it labels: a payload with no kind, or an unknown one, is not checked unless a kind is given (itu validate --kind, ?kind=), and one naming another kind than the one given is invalid.", Source: "payload convention"})

// Result turns a list of violations into the error a Validate method returns:
// nil when none is of [itu.Error] severity, otherwise a sorted
// *[itu.ValidationError] holding all of them, warnings included.
func Result(vs []itu.Violation) error {
	if len(vs) == 0 {
		return nil
	}
	Sort(vs)
	for _, v := range vs {
		if v.Severity == itu.Error {
			// As e.HasErrors decides; e is built only to be returned.
			return &itu.ValidationError{Violations: vs}
		}
	}
	return nil
}

// Sort orders vs by path (array indexes numerically), then code, then message.
func Sort(vs []itu.Violation) {
	slices.SortStableFunc(vs, func(a, b itu.Violation) int {
		if c := comparePaths(a.Path, b.Path); c != 0 {
			return c
		}
		if c := strings.Compare(a.Code, b.Code); c != 0 {
			return c
		}
		return strings.Compare(a.Message, b.Message)
	})
}

// comparePaths orders two JSON Pointers token by token: two tokens that are
// both integers (as strconv.Atoi reads them) and differ by value compare as
// numbers, other tokens as strings, and a pointer before its extensions. It
// allocates nothing: Sort compares n·log n pairs, and splitting each pair
// and building strconv's errors made the allocations of sorting grow
// faster than the violations (internal/hostile's TestComplexityLists).
func comparePaths(a, b string) int {
	for {
		ta, resta, moreA := strings.Cut(a, "/")
		tb, restb, moreB := strings.Cut(b, "/")
		if ta != tb {
			x, okx := atoi(ta)
			y, oky := atoi(tb)
			if okx && oky && x != y {
				return cmp.Compare(x, y)
			}
			return strings.Compare(ta, tb)
		}
		if !moreA || !moreB {
			return cmp.Compare(boolInt(moreA), boolInt(moreB))
		}
		a, b = resta, restb
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// atoi reads s as strconv.Atoi does (an optional sign, then decimal digits,
// within int64), reporting failure with a bool instead of an error.
func atoi(s string) (int64, bool) {
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg, s = s[0] == '-', s[1:]
	}
	if s == "" {
		return 0, false
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' || n > (1<<63)/10 {
			return 0, false
		}
		n = n*10 + uint64(c-'0')
	}
	switch {
	case !neg && n > 1<<63-1, neg && n > 1<<63:
		return 0, false
	case neg:
		return -int64(n), true
	}
	return int64(n), true
}
