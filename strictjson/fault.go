package strictjson

import (
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/check"
)

// faults collects the faults [Decode] finds in one payload, as a record's
// check lists its violations: at most [check.MaxViolationsPerRule] of one
// rule, the rest counted in one violations.truncated violation. A fault past
// the cap costs no message and no path, so a payload of a million unknown
// members costs one pass over its bytes and a hundred violations.
type faults struct {
	rep    *check.Report
	kept   map[string]int     // faults listed, by rule code
	listed map[[2]string]bool // the code and path of each fault listed
	n      int                // faults listed in all
}

func newFaults() *faults { return &faults{} }

// init makes f's report and tables at its first fault, so that a payload
// without faults costs none of them.
func (f *faults) init() {
	if f.rep == nil {
		f.rep, f.kept, f.listed = check.New(), map[string]int{}, map[[2]string]bool{}
	}
}

// full reports whether r has as many faults listed as it may; if so, it
// counts one more fault of r, unlisted. A caller builds the fault's message
// only when full is false.
func (f *faults) full(r itu.Rule) bool {
	if f.kept[r.Code] < check.MaxViolationsPerRule {
		return false
	}
	f.rep.Append("", itu.Violation{Code: r.Code, Severity: r.Severity})
	return true
}

// add lists v, a fault for which full was false.
func (f *faults) add(v itu.Violation) {
	f.init()
	f.kept[v.Code]++
	f.listed[[2]string{v.Code, v.Path}] = true
	f.n++
	f.rep.Append("", v)
}

// has reports whether a fault of v's rule at v's path is listed.
func (f *faults) has(v itu.Violation) bool { return f.listed[[2]string{v.Code, v.Path}] }

// err returns the faults as a *[itu.ValidationError] sorted by path, or nil.
func (f *faults) err() error {
	if f.n == 0 {
		return nil
	}
	return &itu.ValidationError{Violations: f.rep.Violations()}
}
