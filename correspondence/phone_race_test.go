//go:build race

package correspondence

// Under the race detector, which slows libphonenumber tenfold, the
// differential tests of phone_plan_test.go check every eighth example
// number: they run in one goroutine, so the detector has nothing to find
// there, and a run without it checks them all.
func init() { phonePlanSample = 8 }
