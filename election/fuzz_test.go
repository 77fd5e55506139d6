package election_test

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/election"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/names"
	"github.com/plenipot/itu/strictjson"
)

// seedFiles adds every election fixture under ../examples/testdata to f.
func seedFiles(f *testing.F, kind string) {
	for _, dir := range []string{"valid", "invalid"} {
		files, _ := filepath.Glob(filepath.Join("..", "examples", "testdata", dir, "*.json"))
		for _, file := range files {
			b, err := os.ReadFile(file)
			if err == nil && bytes.Contains(b, []byte(`"kind": "`+kind+`"`)) {
				f.Add(b)
			}
		}
	}
}

func encoded(f *testing.F, v any) []byte {
	b, err := strictjson.Encode(v)
	if err != nil {
		f.Fatal(err)
	}
	return b
}

// roundTrip checks that a valid decoded value encodes, decodes back equal,
// and encodes again to the same bytes.
func roundTrip[T interface {
	Check(...itu.Option) []itu.Violation
}](t *testing.T, data []byte) {
	var v T
	if err := strictjson.Decode(data, &v); err != nil {
		return
	}
	if check.Result(v.Check()) != nil {
		return
	}
	b, err := strictjson.Encode(v)
	if err != nil {
		t.Fatalf("encode a valid value: %v", err)
	}
	var again T
	if err := strictjson.Decode(b, &again); err != nil {
		t.Fatalf("decode the encoding of a valid value: %v\n%s", err, b)
	}
	if diff := cmp.Diff(v, again, cmpopts.EquateEmpty()); diff != "" {
		t.Fatalf("decode(encode(v)) differs from v (-v +again):\n%s", diff)
	}
	b2, err := strictjson.Encode(again)
	if err != nil || !bytes.Equal(b, b2) {
		t.Fatalf("encoding is not stable: %v\n%s\n%s", err, b, b2)
	}
}

func FuzzDecodeElection(f *testing.F) {
	seedFiles(f, "election")
	f.Add(encoded(f, sg()))
	f.Add(encoded(f, council()))
	f.Add([]byte(`{"kind":"election","conference":"X","post":"SG","candidates":[{"name":"A B","member_state":"USA"}],"rounds":[{"number":1,"votes":{"USA":-9223372036854775808}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		roundTrip[election.Election](t, data)
		var e election.Election
		if strictjson.Decode(data, &e) == nil {
			_, _ = e.Tally()
		}
	})
}

func FuzzDecodeConference(f *testing.F) {
	seedFiles(f, "conference")
	for _, c := range election.Conferences() {
		f.Add(encoded(f, c))
	}
	c := conference()
	c.Elections = []election.Election{sg(), council()}
	c.Candidacies = append(c.Candidacies, person(itu.SecretaryGeneral, "Dr Alma TESTA", "ITA"))
	f.Add(encoded(f, c))
	f.Add([]byte(`{"kind":"conference","code":"X","opening":"2022-09-26","deadline_override":"2022-08-29T23:59:00+02:00"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		roundTrip[election.Conference](t, data)
	})
}

// FuzzTally counts arbitrary votes in a three-seat election with five
// candidates over two rounds: it never panics, absurd counts are violations,
// and a valid election never elects more than its seats or anyone twice.
func FuzzTally(f *testing.F) {
	f.Add(120, 110, 70, 60, 50, 150, 100, 40, 10, 150, 0, uint8(0))
	f.Add(-1, math.MaxInt>>1, 0, 0, 0, 0, 0, 0, 0, 0, 1, uint8(1))
	f.Add(100, 100, 100, 0, 0, 150, 50, 50, 0, 150, 2, uint8(2))
	f.Add(1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1, uint8(3))
	f.Fuzz(func(t *testing.T, a, b, c, d, e, vb1, x, y, z, vb2, runoff int, flags uint8) {
		p := election.Procedure{RunoffAfter: runoff}
		if flags&1 != 0 {
			p.Method = election.Plurality
		}
		if flags&2 != 0 {
			p.Ties = election.TieLots
		}
		r1 := election.Round{Number: 1, Votes: votes("JPN", a, "CHN", b, "IND", c, "SAU", d, "IDN", e), ValidBallots: vb1, Lots: []itu.StateCode{"IDN", "SAU", "IND"}}
		r2 := election.Round{Number: 2, Votes: votes("IND", x, "SAU", y, "IDN", z), ValidBallots: vb2}
		if flags&4 != 0 {
			r2.Withdrawn = []itu.StateCode{"JPN"}
		}
		el := board(3, p, r1, r2)
		vs := el.Check()
		for _, n := range []int{a, b, c, d, e, vb1, x, y, z, vb2} {
			if (n < 0 || n > election.MaxCount) && check.Result(vs) == nil {
				t.Fatalf("count %d out of range, but Check found no error: %v", n, vs)
			}
		}
		o, err := el.Tally()
		if err != nil {
			return
		}
		if len(o.Elected)+o.Open != 3 || o.Open < 0 {
			t.Fatalf("%d elected and %d open; want 3 seats in all", len(o.Elected), o.Open)
		}
		seen := map[itu.StateCode]bool{}
		for _, w := range o.Elected {
			if seen[w.Candidate.MemberState] {
				t.Fatalf("%s elected twice", w.Candidate.MemberState)
			}
			seen[w.Candidate.MemberState] = true
			if p.Method != election.Plurality && w.Votes < w.Majority {
				t.Fatalf("%s elected with %d votes, below the majority %d", w.Candidate.MemberState, w.Votes, w.Majority)
			}
		}
	})
}

// BenchmarkCheckLargeElection checks an election near its bounds: every
// Member State a candidate, and 50 rounds.
func BenchmarkCheckLargeElection(b *testing.B) {
	codes := itu.MemberStates(civil.Date{})
	e := election.Election{Conference: "PP-T", Post: itu.CouncilMember, Region: itu.RegionD, Seats: 100}
	for _, m := range codes {
		e.Candidates = append(e.Candidates, election.Candidate{MemberState: m.Code})
	}
	for n := 1; n <= 50; n++ {
		r := election.Round{Number: n, Votes: map[itu.StateCode]int{}, ValidBallots: 1000}
		for i, c := range e.Candidates {
			r.Votes[c.MemberState] = (i * 7) % 500
		}
		e.Rounds = append(e.Rounds, r)
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = e.Check()
	}
}

// freeForm builds an election from free-form fields rather than a fixed
// shape: post, seats, candidates (of real Member States, past the bound of
// 200 when asked), rounds, runoff round, tie rule, method, each candidate's
// votes (falling by step from top, so that ties come and go), valid ballots,
// withdrawals and lots.
func freeForm(post uint8, seats, candidates, rounds, runoff, top, step, valid, withdraw, lots int, flags uint8) election.Election {
	states := itu.MemberStates(civil.Date{})
	e := election.Election{Conference: "PP-22", Post: itu.Post(int(post) % 9), Seats: seats}
	if e.Regional() {
		e.Region = itu.RegionB
	}
	e.Procedure.RunoffAfter = runoff
	if flags&1 != 0 {
		e.Procedure.Method = election.Plurality
	}
	if flags&2 != 0 {
		e.Procedure.Ties = election.TieLots
	}
	n := min(max(candidates, 0), 2*len(states)) // past the bound, but not without end
	for i := range n {
		c := election.Candidate{MemberState: states[i%len(states)].Code}
		if i >= len(states) {
			c.MemberState += itu.StateCode(letters(i)) // a code too long, standing anyway
		}
		if e.Post.CandidateIsPerson() {
			c.Name = names.Name(fmt.Sprintf("Ms Ina MUSTER%s", strings.ToUpper(letters(i))))
		}
		e.Candidates = append(e.Candidates, c)
	}
	for r := range min(max(rounds, 0), 60) {
		rd := election.Round{Number: r + 1, Votes: map[itu.StateCode]int{}, ValidBallots: valid}
		for i, c := range e.Candidates {
			v := top
			if step != 0 && i < 1000 {
				v = top - i*(step%1000) // no overflow: |step| < 1000, i < 1000
			}
			rd.Votes[c.MemberState] = v
			if lots > 0 && i < lots {
				rd.Lots = append(rd.Lots, c.MemberState)
			}
		}
		if w := withdraw; w > 0 && r > 0 {
			for _, c := range e.Candidates[:min(w, len(e.Candidates))] {
				rd.Withdrawn = append(rd.Withdrawn, c.MemberState)
			}
		}
		e.Rounds = append(e.Rounds, rd)
	}
	return e
}

// FuzzElectionFreeForm builds elections from free-form fields (see freeForm)
// and checks that Check and Tally terminate without a panic, that seats or
// counts out of range are errors, and that a valid election elects at most
// its seats, each candidate once. The seeds include the issue 12 crash.
func FuzzElectionFreeForm(f *testing.F) {
	// The issue 12 crash: Council, seats 2^62, one candidate, one round of
	// one vote with two valid ballots, runoff after round 1.
	f.Add(uint8(itu.CouncilMember), math.MaxInt>>1, 1, 1, 1, 1, 0, 2, 0, 0, uint8(0))
	f.Add(uint8(itu.CouncilMember), math.MaxInt, 3, 2, 1, 100, 10, 150, 0, 0, uint8(0))
	f.Add(uint8(itu.CouncilMember), math.MinInt, 3, 2, 1, 100, 10, 150, 0, 0, uint8(0))
	f.Add(uint8(itu.BoardMember), 2, 5, 3, 1, 80, 0, 150, 1, 5, uint8(2))
	f.Add(uint8(itu.BoardMember), 100, 200, 50, 1, 80, 0, 1000, 0, 200, uint8(3))
	f.Add(uint8(itu.SecretaryGeneral), 0, 3, 2, 0, 80, 20, 0, 1, 0, uint8(0))
	f.Add(uint8(itu.SecretaryGeneral), math.MaxInt>>1, 3, 2, math.MaxInt, math.MaxInt, 1, math.MinInt, 1, 3, uint8(2))
	f.Add(uint8(itu.CouncilMember), 8, 250, 55, 51, 1001, -7, math.MaxInt>>1, 300, 300, uint8(2))
	f.Add(uint8(itu.CouncilMember), 101, 1, 1, 1, 1, 0, 2, 0, 0, uint8(1))
	f.Fuzz(func(t *testing.T, post uint8, seats, candidates, rounds, runoff, top, step, valid, withdraw, lots int, flags uint8) {
		e := freeForm(post, seats, candidates, rounds, runoff, top, step, valid, withdraw, lots, flags)
		vs := e.Check()
		if len(vs) > check.MaxViolations+1 {
			t.Fatalf("%d violations; want at most %d", len(vs), check.MaxViolations+1)
		}
		if (seats < 0 || seats > election.MaxSeats) && check.Result(vs) == nil {
			t.Fatalf("seats %d out of range, but Check found no error", seats)
		}
		o, err := e.Tally()
		if err != nil {
			return
		}
		if o.Open < 0 || len(o.Elected)+o.Open != o.Seats || o.Seats != max(e.SeatCount(), 1) {
			t.Fatalf("%d elected, %d open of %d seats; want them to add up to %d", len(o.Elected), o.Open, o.Seats, e.SeatCount())
		}
		seen := map[itu.StateCode]bool{}
		for _, w := range o.Elected {
			if seen[w.Candidate.MemberState] {
				t.Fatalf("%s elected twice", w.Candidate.MemberState)
			}
			seen[w.Candidate.MemberState] = true
		}
	})
}

// FuzzConferenceFreeForm builds conferences from free-form fields: seats per
// region, the code as written, candidacies and service records of one person
// or of many, and one free-form election (see freeForm). Check terminates
// without a panic, its violations are bounded, and a code equal by
// itu.ConferenceCode.Key is never a mismatch.
func FuzzConferenceFreeForm(f *testing.F) {
	f.Add(math.MaxInt>>1, 9, -1, "PP-T", "pp-t", 3, 3, true, uint8(itu.CouncilMember), math.MaxInt>>1, 1, 1, 1)
	f.Add(math.MaxInt, math.MaxInt, math.MinInt, "PP-T", "ＰＰ-Ｔ", 50, 50, false, uint8(itu.BoardMember), 2, 5, 3, 1)
	f.Add(9, 8, 5, "PP-T", "P\u00adP-\u200bT", 10, 1, true, uint8(itu.SecretaryGeneral), 0, 3, 2, 0)
	f.Add(9, 8, 5, "", "", 0, 0, false, uint8(0), 0, 0, 0, 0)
	f.Fuzz(func(t *testing.T, councilA, boardA, boardB int, codeText, writtenText string, candidacies, service int, samePerson bool, post uint8, seats, candidates, rounds, runoff int) {
		code, written := itu.ConferenceCode(codeText), itu.ConferenceCode(writtenText)
		c := conference()
		c.Code = code
		c.CouncilSeats.A, c.BoardSeats.A, c.BoardSeats.B = councilA, boardA, boardB
		x := person(itu.DirectorBR, "Ms Ina MUSTER", "AZE")
		x.Conference = written
		s := election.ServiceRecord{Person: "Ms Ina MUSTER", Terms: []election.Term{
			{Post: itu.DirectorBR, Conference: "PP-R", Years: election.Years{First: 2014, Last: 2017}},
			{Post: itu.DirectorBR, Conference: written, Years: election.Years{First: 2018, Last: 2021}},
		}}
		for i := range min(max(candidacies, 0), 1100) {
			if !samePerson {
				x.Candidate = names.Name("Ms Ina MUSTER" + strings.ToUpper(letters(i)))
			}
			c.Candidacies = append(c.Candidacies, x)
		}
		for i := range min(max(service, 0), 1100) {
			if !samePerson {
				s.Person = names.Name("Ms Ina MUSTER" + strings.ToUpper(letters(i)))
			}
			c.Service = append(c.Service, s)
		}
		e := freeForm(post, seats, candidates, rounds, runoff, 100, 7, 150, 0, 0, 0)
		e.Conference = written
		c.Elections = []election.Election{e}
		vs := c.Check(itu.AsOf(civil.MustParseDate("2022-10-14")))
		if len(vs) > check.MaxViolations+1 {
			t.Fatalf("%d violations; want at most %d", len(vs), check.MaxViolations+1)
		}
		if k := code.Key(); k != "" && written.Key() == k {
			for _, v := range vs {
				if v.Code == election.RuleConferenceMismatch.Code {
					t.Fatalf("%s: %s; but %q and %q have the same conference key %q", v.Path, v.Message, code, written, k)
				}
			}
		}
	})
}
