package election_test

import (
	"fmt"
	"math"
	"runtime"
	"strings"
	"testing"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/election"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/names"
	"github.com/plenipot/itu/payload"
	"github.com/plenipot/itu/strictjson"
)

// issue12Crash is the 228-byte payload of issue 12 that panicked in
// election.leaders: seats out of range, yet the rounds replayed with them.
const issue12Crash = `{"kind":"election","conference":"PP-22","post":"COUNCIL","region":"A","seats":4611686018427387904,"procedure":{"runoff_after":1},"candidates":[{"member_state":"USA"}],"rounds":[{"number":1,"votes":{"USA":1},"valid_ballots":2}]}`

// asOf12 is the day the issue 12 conferences are checked on, after the
// fictional conference closed.
var asOf12 = itu.AsOf(civil.MustParseDate("2022-10-14"))

// noPanic runs f and fails t, naming what, if it panics.
func noPanic(t *testing.T, what string, f func()) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("%s panics: %v", what, r)
		}
	}()
	f()
}

// codesAt lists the rule codes reported at path.
func codesAt(vs []itu.Violation, path string) []string {
	var out []string
	for _, v := range vs {
		if v.Path == path {
			out = append(out, v.Code)
		}
	}
	return out
}

func TestIssue12CrashPayload(t *testing.T) {
	seats := func(n string) string { return strings.Replace(issue12Crash, "4611686018427387904", n, 1) }
	tests := []struct {
		name string
		in   string
		want []want // reported, among others
		only string // the one rule at /seats, if any
	}{
		{name: "seats 2^62", in: issue12Crash, want: []want{{"/seats", "field.range"}}, only: "field.range"},
		{name: "seats 2^63-1", in: seats("9223372036854775807"), want: []want{{"/seats", "field.range"}}, only: "field.range"},
		{name: "seats -2^63", in: seats("-9223372036854775808"), want: []want{{"/seats", "field.range"}}, only: "field.range"},
		{name: "seats 101", in: seats("101"), want: []want{{"/seats", "field.range"}}, only: "field.range"},
		{name: "seats 0", in: seats("0"), want: []want{{"/seats", "election.seats.count"}}},
		{name: "runoff after 2^62", in: strings.Replace(issue12Crash, `"runoff_after":1`, `"runoff_after":4611686018427387904`, 1),
			want: []want{{"/seats", "field.range"}, {"/procedure/runoff_after", "field.range"}}},
		{name: "runoff after 2^62, seats 4", in: strings.Replace(seats("4"), `"runoff_after":1`, `"runoff_after":4611686018427387904`, 1),
			want: []want{{"/procedure/runoff_after", "field.range"}}},
		{name: "valid ballots 2^62", in: strings.Replace(issue12Crash, `"valid_ballots":2`, `"valid_ballots":4611686018427387904`, 1),
			want: []want{{"/seats", "field.range"}, {"/rounds/0/valid_ballots", "election.round.count"}}},
		{name: "an official's election, seats 2^62", in: strings.Replace(strings.Replace(issue12Crash, `"COUNCIL","region":"A"`, `"SG"`, 1), `{"member_state":"USA"}`, `{"name":"Ms Ina MUSTER","member_state":"USA"}`, 1),
			want: []want{{"/seats", "field.range"}}, only: "field.range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var e election.Election
			if err := strictjson.Decode([]byte(tt.in), &e); err != nil {
				t.Fatalf("Decode: %v", err)
			}
			var vs []itu.Violation
			noPanic(t, "Election.Check", func() { vs = e.Check() })
			noPanic(t, "Election.Validate", func() { _ = e.Validate() })
			noPanic(t, "Election.Tally", func() {
				if _, err := e.Tally(); err == nil {
					t.Error("Tally() error = nil; want the violations")
				}
			})
			noPanic(t, "payload.Check", func() { _, _ = payload.Check([]byte(tt.in), "") })
			assertHas(t, vs, tt.want)
			if got := codesAt(vs, "/seats"); tt.only != "" && (len(got) != 1 || got[0] != tt.only) {
				t.Errorf("rules at /seats = %v; want only %s: no rule runs on seats already out of range", got, tt.only)
			}
		})
	}
	t.Run("in a conference", func(t *testing.T) {
		in := `{"kind":"conference","code":"PP-22","opening":"2022-09-26","posts":["COUNCIL"],"council_seats":{"A":9},"elections":[` + strings.Replace(issue12Crash, `"kind":"election",`, "", 1) + `]}`
		var c election.Conference
		if err := strictjson.Decode([]byte(in), &c); err != nil {
			t.Fatalf("Decode: %v", err)
		}
		var vs []itu.Violation
		noPanic(t, "Conference.Check", func() { vs = c.Check() })
		noPanic(t, "payload.Check", func() { _, _ = payload.Check([]byte(in), "") })
		assertHas(t, vs, []want{{"/elections/0/seats", "field.range"}})
		if got := codesAt(vs, "/elections/0/seats"); len(got) != 1 {
			t.Errorf("rules at /elections/0/seats = %v; want only field.range (no election.seats.mismatch on seats out of range)", got)
		}
	})
}

// assertHas fails t unless every wanted violation is in vs.
func assertHas(t *testing.T, vs []itu.Violation, ws []want) {
	t.Helper()
	got := map[want]bool{}
	for _, w := range wantsOf(vs) {
		got[w] = true
	}
	for _, w := range ws {
		if !got[w] {
			t.Errorf("no %s at %s; got %v", w.Code, w.Path, wantsOf(vs))
		}
	}
}

func TestIssue12ExtremeValues(t *testing.T) {
	t.Run("seat totals saturate", func(t *testing.T) {
		for _, s := range []election.Seats{
			{A: math.MaxInt, B: math.MaxInt, C: math.MaxInt, D: math.MaxInt, E: math.MaxInt},
			{A: math.MinInt, B: math.MinInt, C: math.MinInt, D: math.MinInt, E: math.MinInt},
			{A: math.MaxInt, B: math.MinInt},
		} {
			if got := s.Total(); got < 0 || got > 5*(election.MaxSeats+1) {
				t.Errorf("%+v.Total() = %d; want 0..%d, never an overflow", s, got, 5*(election.MaxSeats+1))
			}
		}
		if got := (election.Seats{A: 9, B: 8, C: 5, D: 13, E: 13}).Total(); got != 48 {
			t.Errorf("Total() = %d; want 48", got)
		}
	})
	t.Run("seat count saturates", func(t *testing.T) {
		e := council()
		for _, n := range []int{math.MaxInt, math.MinInt, math.MaxInt >> 1} {
			e.Seats = n
			if got := e.SeatCount(); got < 0 || got > election.MaxSeats+1 {
				t.Errorf("SeatCount() with Seats %d = %d; want 0..%d", n, got, election.MaxSeats+1)
			}
		}
	})
	t.Run("every count extreme", func(t *testing.T) {
		for _, n := range []int{math.MaxInt, math.MinInt, math.MaxInt >> 1, -1} {
			e := council()
			e.Seats = n
			e.Procedure.RunoffAfter = n
			for i := range e.Rounds {
				rd := &e.Rounds[i]
				rd.ValidBallots, rd.Blank, rd.Invalid, rd.PresentAndVoting, rd.Majority = n, n, n, n, n
				for s := range rd.Votes {
					rd.Votes[s] = n
				}
			}
			noPanic(t, fmt.Sprintf("Check with every count %d", n), func() { _ = e.Check() })
			noPanic(t, fmt.Sprintf("Tally with every count %d", n), func() { _, _ = e.Tally() })
		}
	})
	t.Run("runoff with more seats than candidates", func(t *testing.T) {
		e := council()
		e.Seats = 100
		e.Procedure.RunoffAfter = 1
		e.Rounds = e.Rounds[:1]
		noPanic(t, "Check", func() { _ = e.Check() })
		noPanic(t, "Tally", func() { _, _ = e.Tally() })
	})
}

// termLimitConference is the fictional conference where Ms Ina MUSTER, who
// served two terms as Director of the Radiocommunication Bureau, stands for
// it again, her name written as candidate in the candidacy and as served in
// the service record; conference codes are written as code.
func termLimitConference(candidate, served names.Name, code itu.ConferenceCode) election.Conference {
	c := examples.FictionalConference()
	c.Service = []election.ServiceRecord{{Person: served, Terms: []election.Term{
		{Post: itu.DirectorBR, Conference: "PP-FV", Years: election.Years{First: 2014, Last: 2017}},
		{Post: itu.DirectorBR, Conference: "PP-FW", Years: election.Years{First: 2018, Last: 2021}},
	}}}
	c.Candidacies[3].Candidate = candidate
	for i := range c.Candidacies {
		c.Candidacies[i].Conference = code
	}
	for i := range c.Elections {
		c.Elections[i].Conference = code
	}
	return c
}

func TestIssue12TermLimitDisguisedNames(t *testing.T) {
	const plain = "Ms Ina MUSTER"
	tests := []struct{ name, disguised string }{
		{"the same name", plain},
		{"soft hyphen", "Ms Ina MUS\u00adTER"},
		{"zero-width space", "Ms Ina MUS\u200bTER"},
		{"zero-width joiner", "Ms I\u200dna MUSTER"},
		{"zero-width non-joiner", "Ms Ina MUSTE\u200cR"},
		{"Cyrillic Е", "Ms Ina MUST\u0415R"},
		{"Cyrillic а", "Ms In\u0430 MUSTER"},
		{"Greek Μ", "Ms Ina \u039cUSTER"},
		{"fullwidth letters", "Ms Ina ＭＵＳＴＥＲ"},
		{"lower case", "Ms Ina Muster"},
	}
	for _, tt := range tests {
		for _, where := range []string{"candidacy", "service record"} {
			t.Run(tt.name+" in the "+where, func(t *testing.T) {
				candidate, served := names.Name(tt.disguised), names.Name(plain)
				if where == "service record" {
					candidate, served = served, candidate
				}
				vs := termLimitConference(candidate, served, "PP-FX").Check(asOf12)
				assertHas(t, vs, []want{{"/candidacies/3/post", "election.term.limit"}})
			})
		}
	}
}

func TestIssue12ConferenceCodeForms(t *testing.T) {
	for _, code := range []itu.ConferenceCode{"PP-FX", "ppfx", "PP FX", "pp-fx", "ＰＰ-ＦＸ", "PP\u00ad-FX", "PP-\u200bFX"} {
		t.Run(fmt.Sprintf("%q", code), func(t *testing.T) {
			c := termLimitConference("Ms Ina MUSTER", "Ms Ina MUSTER", code)
			if !c.Is(code) {
				t.Errorf("Conference{Code: %q}.Is(%q) = false; want true", c.Code, code)
			}
			vs := c.Check(asOf12)
			for _, v := range vs {
				if v.Code == election.RuleConferenceMismatch.Code {
					t.Errorf("%s %s: %s; want none, %q is %q", v.Path, v.Code, v.Message, code, c.Code)
				}
			}
			assertHas(t, vs, []want{{"/candidacies/3/post", "election.term.limit"}})
		})
	}
	for _, code := range []string{"pp22", "PP 22", "ＰＰ２２", "P\u00adP-22"} {
		t.Run("LookupConference "+fmt.Sprintf("%q", code), func(t *testing.T) {
			if c, ok := election.LookupConference(code); !ok || c.Code != "PP-22" {
				t.Errorf("LookupConference(%q) = %q, %v; want PP-22, true", code, c.Code, ok)
			}
		})
	}
	t.Run("a term won at the conference itself does not count", func(t *testing.T) {
		pp22, _ := election.LookupConference("PP-22")
		terms := []election.Term{{Post: itu.DirectorTSB, Conference: "PP-14"}, {Post: itu.DirectorTSB, Conference: "pp22"}}
		if e := election.MayStand(terms, itu.DirectorTSB, pp22); !e.OK() || len(e.Counted) != 1 {
			t.Errorf("MayStand = %v; want eligible with one term counted (the one at PP-14)", e)
		}
	})
	t.Run("another conference is a mismatch", func(t *testing.T) {
		c := termLimitConference("Ms Ina MUSTER", "Ms Ina MUSTER", "PP-FX")
		c.Candidacies[0].Conference = "PP-FY"
		c.Elections[0].Conference = "pp-fy"
		assertHas(t, c.Check(asOf12), []want{
			{"/candidacies/0/conference", "election.conference.mismatch"},
			{"/elections/0/conference", "election.conference.mismatch"},
		})
	})
}

// personName returns the i-th made-up person, all different people.
func personName(i int) names.Name {
	return names.Name("Ms Ina MUSTER" + strings.ToUpper(letters(i)))
}

// letters spells i in base 26 with the letters a to z, at least two of them.
func letters(i int) string {
	s := ""
	for range 2 {
		s = string(rune('a'+i%26)) + s
		i /= 26
	}
	for ; i > 0; i /= 26 {
		s = string(rune('a'+i%26)) + s
	}
	return s
}

// manyPeople is the fictional conference with n candidacies for Director of
// the Radiocommunication Bureau and n service records of one term each, all
// of different people: once, every candidacy's name was compared with every
// service record's.
func manyPeople(n int) election.Conference {
	c := examples.FictionalConference()
	base := c.Candidacies[3]
	c.Candidacies, c.Service = nil, nil
	for i := range n {
		x := base
		x.Candidate = personName(i)
		c.Candidacies = append(c.Candidacies, x)
		c.Service = append(c.Service, election.ServiceRecord{Person: personName(n + i), Terms: []election.Term{
			{Post: itu.DirectorBR, Conference: "PP-FW", Years: election.Years{First: 2018, Last: 2021}},
		}})
	}
	return c
}

// samePerson is the fictional conference with n service records of two
// terms for Ms Ina MUSTER and n candidacies of hers for the same post: once,
// n² term-limit violations.
func samePerson(n int) election.Conference {
	c := termLimitConference("Ms Ina MUSTER", "Ms Ina MUSTER", "PP-FX")
	c.Service = repeat(c.Service[0], n)
	c.Candidacies = repeat(c.Candidacies[3], n)
	return c
}

func repeat[T any](v T, n int) []T {
	out := make([]T, n)
	for i := range out {
		out[i] = v
	}
	return out
}

// longCodes is an election of n candidates whose codes are 5,000 characters
// long, and rounds rounds with n votes each for codes not standing: once,
// each "not standing" message joined every candidate code in full.
func longCodes(n, rounds int) election.Election {
	e := sg()
	e.Candidates = nil
	for i := range n {
		e.Candidates = append(e.Candidates, election.Candidate{Name: personName(i), MemberState: itu.StateCode(strings.Repeat("A", 5000) + letters(i))})
	}
	e.Rounds = nil
	for r := range rounds {
		v := map[itu.StateCode]int{}
		for i := range n {
			v[itu.StateCode("Q"+strings.ToUpper(letters(i)))] = 1
		}
		e.Rounds = append(e.Rounds, election.Round{Number: r + 1, Votes: v})
	}
	return e
}

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

func count(vs []itu.Violation, code string) int {
	n := 0
	for _, v := range vs {
		if v.Code == code {
			n++
		}
	}
	return n
}

func TestIssue12BigPayloads(t *testing.T) {
	if testing.Short() {
		t.Skip("builds payloads of megabytes")
	}
	t.Run("1000 candidacies, 1000 service records of other people", func(t *testing.T) {
		c := manyPeople(1000)
		var vs []itu.Violation
		b := allocated(func() { vs = c.Check(asOf12) })
		t.Logf("Check allocates %.1f MiB", float64(b)/(1<<20))
		if b > 32<<20 {
			t.Errorf("Check allocates %d MiB; want under 32 MiB", b>>20)
		}
		if n := count(vs, election.RuleTermLimit.Code); n != 0 {
			t.Errorf("%d term-limit violations; want none", n)
		}
	})
	t.Run("1000 candidacies and 1000 service records of one person", func(t *testing.T) {
		c := samePerson(1000)
		var vs []itu.Violation
		b := allocated(func() { vs = c.Check(asOf12) })
		t.Logf("Check allocates %.1f MiB", float64(b)/(1<<20))
		if b > 32<<20 {
			t.Errorf("Check allocates %d MiB; want under 32 MiB", b>>20)
		}
		if n := count(vs, election.RuleTermLimit.Code); n == 0 || n > check.MaxViolationsPerRule {
			t.Errorf("%d term-limit violations; want 1 to %d", n, check.MaxViolationsPerRule)
		}
		if len(vs) > check.MaxViolations+1 {
			t.Errorf("%d violations; want at most %d", len(vs), check.MaxViolations+1)
		}
		for _, v := range vs {
			if v.Code == election.RuleTermLimit.Code && strings.Count(v.Message, "PP-FV") != 1 {
				t.Fatalf("%s: %s; want each term of the person listed once", v.Path, v.Message)
			}
		}
	})
	t.Run("200 candidates with 5,000-character codes, 50 rounds of 200 votes not standing", func(t *testing.T) {
		e := longCodes(200, 50)
		var vs []itu.Violation
		b := allocated(func() { vs = e.Check() })
		t.Logf("Check allocates %.1f MiB", float64(b)/(1<<20))
		if b > 32<<20 {
			t.Errorf("Check allocates %d MiB; want under 32 MiB", b>>20)
		}
		for _, v := range vs {
			if len(v.Message) > itu.MaxMessage {
				t.Fatalf("%s: message of %d bytes; want at most %d", v.Path, len(v.Message), itu.MaxMessage)
			}
		}
	})
}

// The largest ratios allowed when the input grows four times: linear growth
// gives 4, n·log n a little more, quadratic work 16. Bytes get more room,
// since slices grown by doubling can take up to twice the bytes their items
// need.
const (
	maxGrowth      = 6
	maxBytesGrowth = 8
)

// cost runs f three times and returns its violations and the mallocs and
// bytes allocated per run, averaged.
func cost(f func() []itu.Violation) (violations, mallocs, bytes float64) {
	const runs = 3
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	for range runs {
		violations = float64(len(f()))
	}
	runtime.ReadMemStats(&b)
	return violations, float64(b.Mallocs-a.Mallocs) / runs, float64(b.TotalAlloc-a.TotalAlloc) / runs
}

// growth measures gen(n) and gen(4n) and fails t when violations,
// allocations or bytes allocated grow more than the ratios above: the work
// is meant to be linear or n·log n. Under the race detector, which drops
// sync.Pool items at random, bytes are not compared. A measure is taken
// again, up to three times, before failing, so that a collection mid-run is
// not read as growth.
func growth(t *testing.T, n int, gen func(n int) func() []itu.Violation) {
	t.Helper()
	small, large := gen(n), gen(4*n)
	small() // warm up both sizes before measuring either
	large()
	var why string
	for range 3 {
		why = ""
		var c [2][3]float64
		c[0][0], c[0][1], c[0][2] = cost(small)
		c[1][0], c[1][1], c[1][2] = cost(large)
		for j, measure := range []string{"violations", "allocations", "bytes"} {
			limit := float64(maxGrowth)
			if j == 2 {
				if raceEnabled {
					continue
				}
				limit = maxBytesGrowth
			}
			if ratio := c[1][j] / max(c[0][j], 1); ratio > limit {
				why += fmt.Sprintf("%s %.0f → %.0f (%.1f×, want at most %.0f×); ", measure, c[0][j], c[1][j], ratio, limit)
			}
		}
		if why == "" {
			return
		}
	}
	t.Errorf("from n = %d to 4n: %sworse than linear", n, why)
}

func TestIssue12Complexity(t *testing.T) {
	opts := []itu.Option{asOf12}
	t.Run("conference: candidacies and service records of different people", func(t *testing.T) {
		growth(t, 40, func(n int) func() []itu.Violation {
			c := manyPeople(n)
			return func() []itu.Violation { return c.Check(opts...) }
		})
	})
	t.Run("conference: candidacies and service records of one person", func(t *testing.T) {
		growth(t, 40, func(n int) func() []itu.Violation {
			c := samePerson(n)
			return func() []itu.Violation { return c.Check(opts...) }
		})
	})
	t.Run("conference: elections", func(t *testing.T) {
		growth(t, 5, func(n int) func() []itu.Violation {
			c := examples.FictionalConference()
			c.Elections = repeat(council(), n)
			return func() []itu.Violation { return c.Check(opts...) }
		})
	})
	t.Run("conference: candidacies for posts not elected, late", func(t *testing.T) {
		growth(t, 40, func(n int) func() []itu.Violation {
			c := examples.FictionalConference()
			c.Posts = []itu.Post{itu.SecretaryGeneral}
			x := c.Candidacies[3]
			x.Received = civil.Date{Year: 2021, Month: 10, Day: 30}
			x.Conference = "PP-FY"
			c.Candidacies = repeat(x, n)
			return func() []itu.Violation { return c.Check(opts...) }
		})
	})
	t.Run("election: candidates with long codes, votes not standing", func(t *testing.T) {
		growth(t, 25, func(n int) func() []itu.Violation {
			e := longCodes(n, 2)
			return func() []itu.Violation { return e.Check() }
		})
	})
	t.Run("election: rounds", func(t *testing.T) {
		growth(t, 10, func(n int) func() []itu.Violation {
			e := longCodes(20, n)
			return func() []itu.Violation { return e.Check() }
		})
	})
	t.Run("election: candidates, lots and withdrawals", func(t *testing.T) {
		growth(t, 25, func(n int) func() []itu.Violation {
			e := tiedElection(n)
			return func() []itu.Violation { return e.Check() }
		})
	})
}

// tiedElection is a Council election for Region B of n candidates all tied
// in round 1, under a draw by lot that names every candidate twice, and a
// round 2 in which every candidate withdraws twice. With n up to 100, every
// list stays within its bound, so every rule runs.
func tiedElection(n int) election.Election {
	e := election.Election{Kind: itu.KindElection, Conference: "PP-T", Post: itu.CouncilMember, Region: itu.RegionB, Seats: 8,
		Procedure: election.Procedure{Ties: election.TieLots}}
	v := map[itu.StateCode]int{}
	var lots []itu.StateCode
	for i := range n {
		s := itu.StateCode(strings.ToUpper(letters(i)))
		e.Candidates = append(e.Candidates, election.Candidate{MemberState: s})
		v[s] = 100
		lots = append(lots, s, s)
	}
	e.Rounds = []election.Round{
		{Number: 1, Votes: v, ValidBallots: 150, Lots: lots},
		{Number: 2, Votes: v, ValidBallots: 150, Withdrawn: lots},
	}
	return e
}

func TestIssue12TermLimitAcrossRecords(t *testing.T) {
	split := termLimitConference("Ms Ina MUSTER", "Ms Ina MUSTER", "PP-FX")
	terms := split.Service[0].Terms
	split.Service = []election.ServiceRecord{
		{Person: "Ms Ina MUSTER", Terms: terms[:1]},
		{Person: "Ms Ina MUS\u00adTER", Terms: terms[1:]},
	}
	twice := termLimitConference("Ms Ina MUSTER", "Ms Ina MUSTER", "PP-FX")
	twice.Service = append(twice.Service, twice.Service[0])
	twice.Service[1].Terms = []election.Term{{Post: itu.DirectorBR, Conference: "pp-fw", Years: election.Years{First: 2018, Last: 2021}}}
	once := examples.FictionalConference() // one term as Director, BR: may stand again
	once.Service = append(once.Service, once.Service[0])
	tests := []struct {
		name string
		c    election.Conference
		want int // term-limit violations
	}{
		{"two records of one term each", split, 1},
		{"the same term in two records, the conference written two ways", twice, 1},
		{"one term in two records", once, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			vs := tt.c.Check(asOf12)
			if got := count(vs, election.RuleTermLimit.Code); got != tt.want {
				t.Fatalf("%d term-limit violations; want %d:\n%v", got, tt.want, wantsOf(vs))
			}
			for _, v := range vs {
				if v.Code == election.RuleTermLimit.Code && !strings.Contains(v.Message, "served 2 terms") {
					t.Errorf("%s: %s; want 2 terms served, each counted once", v.Path, v.Message)
				}
			}
		})
	}
}

func TestIssue12ListsInMessages(t *testing.T) {
	e := longCodes(200, 1)
	for _, v := range e.Check() {
		if v.Code != election.RuleRoundStanding.Code {
			continue
		}
		if !strings.Contains(v.Message, ", … and 190 more") || strings.Count(v.Message, "AAAAAAAAAAAAAAAAAAAA…") != 10 {
			t.Fatalf("%s: %s; want 10 codes, each cut to 20 characters, then \", … and 190 more\"", v.Path, v.Message)
		}
		return
	}
	t.Fatal("no election.round.standing violation; want one for each vote")
}
