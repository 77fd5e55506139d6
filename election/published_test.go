package election_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/election"
	"github.com/plenipot/itu/strictjson"
)

// publishedFile is one file of testdata/published: an election as the ITU
// or the press published it, with its source and confidence, the winners
// the tally must give and the seats it must leave open (a record that stops
// before the deciding round, whose figures are not published).
type publishedFile struct {
	Source     string            `json:"source"`
	Confidence string            `json:"confidence"`
	Elected    []itu.StateCode   `json:"elected"`
	Open       int               `json:"open"`
	Finally    []itu.StateCode   `json:"finally_elected"` // with Open: who the later, unheld rounds elected
	Election   election.Election `json:"-"`
}

// readPublished reads and decodes testdata/published/name.
func readPublished(t *testing.T, name string) publishedFile {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "published", name))
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		publishedFile
		Election json.RawMessage `json:"election"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	if err := strictjson.Decode(f.Election, &f.publishedFile.Election); err != nil {
		t.Fatalf("decode: %v", err)
	}
	return f.publishedFile
}

// TestPublishedResults tallies elections as the ITU and the press published
// them (testdata/published, each file naming its source and confidence) with
// the default procedure: each tallies, with no error, to the published
// winners, leaving open only the seats its file says (issue 16).
func TestPublishedResults(t *testing.T) {
	files, err := filepath.Glob("testdata/published/*.json")
	if err != nil || len(files) < 15 {
		t.Fatalf("published results: %d files, %v; want at least 15", len(files), err)
	}
	for _, name := range files {
		t.Run(filepath.Base(name), func(t *testing.T) {
			f := readPublished(t, filepath.Base(name))
			e := f.Election
			if f.Source == "" || f.Confidence == "" {
				t.Errorf("the file names no source or confidence")
			}
			if err := e.Validate(); err != nil {
				t.Errorf("Validate() = %v; want the published record valid", err)
			}
			o, err := e.Tally()
			if err != nil {
				t.Fatalf("Tally() error: %v", err)
			}
			var got []itu.StateCode
			for _, w := range o.Elected {
				got = append(got, w.Candidate.MemberState)
			}
			if diff := cmp.Diff(f.Elected, got, cmpopts.EquateEmpty()); diff != "" || o.Open != f.Open {
				t.Errorf("Tally() elected (-want +got), open %d (want %d):\n%s", o.Open, f.Open, diff)
			}
			for _, s := range f.Finally {
				if _, ok := e.Candidate(s); !ok || f.Open == 0 {
					t.Errorf("finally elected %s: not a candidate, or the record leaves no seat open", s)
				}
			}
			c, ok := election.LookupConference(string(e.Conference))
			switch {
			case !ok:
				t.Errorf("conference %s is not built in", e.Conference)
			case e.Date.IsZero():
				// The day is not published; the file says so.
			case c.Opening.After(e.Date) || (!c.Closing.IsZero() && e.Date.After(c.Closing)):
				t.Errorf("election date %s is outside %s (%s to %s)", e.Date, c.Code, c.Opening, c.Closing)
			}
		})
	}
}

// TestPublishedFigures checks, for the published results that are held with
// only some of their figures, what the tally makes of what is missing
// (issue 16): the majority it computes, or that it cannot, and the warnings.
func TestPublishedFigures(t *testing.T) {
	tests := []struct {
		name         string
		file         string
		wantMajority int
		wantOK       bool
		want         []string // the codes of e.Check(), in path order
	}{
		// PP-02 TSB: Houlin Zhao, unopposed, 144 votes, nothing else
		// published. A single-seat ballot names one candidate, so his votes
		// are the valid votes and fix the majority: no warning.
		{"PP-02 TSB: votes only, one seat", "pp02-tsb.json", 73, true, nil},
		// PP-06 Council region D: votes only for 13 seats; nothing fixes the
		// majority, so the seats are filled by votes, with a warning.
		{"PP-06 Council D: votes only, 13 seats", "pp06-council-region-d.json", 0, false, []string{"election.round.ballots"}},
		{"PP-06 Council A: votes only, 8 seats", "pp06-council-region-a.json", 0, false, []string{"election.round.ballots"}},
		// PP-10 BDT: round 1 only, a tie at the top and no majority.
		{"PP-10 BDT: round 1 only", "pp10-bdt.json", 79, true, []string{"election.outcome.open"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := readPublished(t, tt.file).Election
			if n, ok := e.RequiredMajority(0); n != tt.wantMajority || ok != tt.wantOK {
				t.Errorf("RequiredMajority(0) = %d, %v; want %d, %v", n, ok, tt.wantMajority, tt.wantOK)
			}
			var got []string
			for _, v := range e.Check() {
				got = append(got, v.Code)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Check() codes (-want +got):\n%s", diff)
			}
		})
	}
}

// TestPublishedTieAtTheTop holds the ties research found in published
// results (issue 16): PP-10 BDT round 1, Al Basheer and Sanou 53 each, below
// the majority of 79, elects nobody and reports no tie for a seat; PP-06
// Council region D, Morocco and Senegal 117 each, elects both, since the tie
// is within the seats.
func TestPublishedTieAtTheTop(t *testing.T) {
	tests := []struct {
		name      string
		file      string
		wantTop   []itu.StateCode // tied with the most votes in round 1
		wantFirst []itu.StateCode // elected first, in order
		wantOpen  int
	}{
		{"PP-10 BDT round 1", "pp10-bdt.json", []itu.StateCode{"BFA", "SAU"}, nil, 1},
		{"PP-06 Council region D", "pp06-council-region-d.json", []itu.StateCode{"MAR", "SEN"}, []itu.StateCode{"MAR", "SEN"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := readPublished(t, tt.file).Election
			if diff := cmp.Diff(tt.wantTop, topOf(e.Rounds[0])); diff != "" {
				t.Errorf("tied at the top of round 1 (-want +got):\n%s", diff)
			}
			o, err := e.Tally()
			if err != nil {
				t.Fatal(err)
			}
			var first []itu.StateCode
			for _, w := range o.Elected[:min(len(o.Elected), len(tt.wantFirst))] {
				first = append(first, w.Candidate.MemberState)
			}
			if diff := cmp.Diff(tt.wantFirst, first); diff != "" || o.Open != tt.wantOpen || len(o.Tied) != 0 {
				t.Errorf("Tally() first elected (-want +got), open %d (want %d), tied %v (want none):\n%s", o.Open, tt.wantOpen, o.Tied, diff)
			}
		})
	}
}

// topOf returns, sorted, the candidates with the most votes in r.
func topOf(r election.Round) []itu.StateCode {
	var top []itu.StateCode
	most := 0
	for s, n := range r.Votes {
		switch {
		case n > most:
			top, most = []itu.StateCode{s}, n
		case n == most:
			top = append(top, s)
		}
	}
	slices.Sort(top)
	return top
}

// TestElectionRequiredMajority checks that the majority of a round is given
// only when something fixes it (issue 16).
func TestElectionRequiredMajority(t *testing.T) {
	tests := []struct {
		name   string
		e      election.Election
		round  int
		want   int
		wantOK bool
	}{
		{"single seat: the votes", sg(), 0, 86, true},
		{"multi-seat: valid ballots", council(), 0, 81, true},
		{"multi-seat: present and voting less blank", func() election.Election { e := council(); e.Rounds[0].ValidBallots = 0; return e }(), 0, 81, true},
		{"multi-seat: published majority", func() election.Election {
			e := council()
			e.Rounds[0].ValidBallots, e.Rounds[0].PresentAndVoting = 0, 0
			return e
		}(), 0, 81, true},
		{"multi-seat: votes only", func() election.Election {
			e := council()
			e.Rounds[0].ValidBallots, e.Rounds[0].PresentAndVoting, e.Rounds[0].Majority = 0, 0, 0
			return e
		}(), 0, 0, false},
		{"no such round", sg(), 5, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.e.RequiredMajority(tt.round)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("RequiredMajority(%d) = %d, %v; want %d, %v", tt.round, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}
