package hostile

import "testing"

// pendingIssue12 lists the tests of issue 12 whose fix had not landed when
// they were written, by full test name, with what fails: each is skipped so
// that 'go test ./...' stays green. Delete a line when its fix lands; the
// test then runs as written.
var pendingIssue12 = map[string]string{
	// election: no rule may run on seats already out of range.
	"TestHostile/issue_12_crash_payload":                 "election.leaders panics (index out of range [9223372036854775807]) on seats 2^62",
	"TestHostile/issue_12_crash_payload,_seats_2^63-1":   "election.leaders panics (index out of range [-3]) on seats 2^63-1",
	"TestHostile/issue_12_crash_payload_in_a_conference": "election.leaders panics on seats 2^62 inside a conference",
	// election: term limits compare every candidacy with every service record.
	"TestComplexityListPairs/conference/candidacies+/service/alike":     "election term-limit rule is pairwise: bytes ratio 10.30, allocations ratio 14.33 for 4n (n=10)",
	"TestComplexityListPairs/conference/candidacies+/service/different": "election term-limit rule is pairwise: bytes ratio 10.38, allocations ratio 14.33 for 4n (n=10)",
	// election: "not standing" messages join every candidate code before clipping.
	"TestHostile/200_candidates_with_5,000-character_codes,_200_votes_not_standing": "election allocates 263 MiB for a 1 MB payload (want under 64 MiB)",
	// violations per rule and per payload not yet bounded.
	"TestHostile/ten_thousand_term-limit_violations": "10,000 election.term.limit violations for 100 candidacies × 100 service records (want at most 1,100, the rest summarised)",
}

// skipPending skips t when it is listed in pendingIssue12.
func skipPending(t *testing.T) {
	t.Helper()
	if why, ok := pendingIssue12[t.Name()]; ok {
		t.Skip("issue 12: " + why + ", see lead")
	}
}
