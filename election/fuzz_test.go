package election_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/election"
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
	b, err := itu.Encode(v)
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
	if err := itu.Decode(data, &v); err != nil {
		return
	}
	if itu.Result(v.Check()) != nil {
		return
	}
	b, err := itu.Encode(v)
	if err != nil {
		t.Fatalf("encode a valid value: %v", err)
	}
	var again T
	if err := itu.Decode(b, &again); err != nil {
		t.Fatalf("decode the encoding of a valid value: %v\n%s", err, b)
	}
	if diff := cmp.Diff(v, again, cmpopts.EquateEmpty()); diff != "" {
		t.Fatalf("decode(encode(v)) differs from v (-v +again):\n%s", diff)
	}
	b2, err := itu.Encode(again)
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
		if itu.Decode(data, &e) == nil {
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
	f.Add(-1, 1<<62, 0, 0, 0, 0, 0, 0, 0, 0, 1, uint8(1))
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
			if (n < 0 || n > election.MaxCount) && itu.Result(vs) == nil {
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
	codes := itu.MemberStates()
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
