package election_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/election"
	"github.com/plenipot/itu/strictjson"
)

// TestPublishedResults tallies elections as the ITU and the press published
// them (testdata/published, each file naming its source and confidence) with
// the default procedure: each tallies, with no error, to the published
// winners (issue 16).
func TestPublishedResults(t *testing.T) {
	files, err := filepath.Glob("testdata/published/*.json")
	if err != nil || len(files) < 11 {
		t.Fatalf("published results: %d files, %v; want at least 11", len(files), err)
	}
	for _, name := range files {
		t.Run(filepath.Base(name), func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			var f struct {
				Source     string          `json:"source"`
				Confidence string          `json:"confidence"`
				Elected    []itu.StateCode `json:"elected"`
				Election   json.RawMessage `json:"election"`
			}
			if err := json.Unmarshal(data, &f); err != nil {
				t.Fatal(err)
			}
			if f.Source == "" || f.Confidence == "" {
				t.Errorf("the file names no source or confidence")
			}
			var e election.Election
			if err := strictjson.Decode(f.Election, &e); err != nil {
				t.Fatalf("decode: %v", err)
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
			if diff := cmp.Diff(f.Elected, got); diff != "" || !o.Decided() {
				t.Errorf("Tally() elected (-want +got), decided %v:\n%s", o.Decided(), diff)
			}
			if c, ok := election.LookupConference(string(e.Conference)); !ok {
				t.Errorf("conference %s is not built in", e.Conference)
			} else if c.Opening.After(e.Date) || (!c.Closing.IsZero() && e.Date.After(c.Closing)) {
				t.Errorf("election date %s is outside %s (%s to %s)", e.Date, c.Code, c.Opening, c.Closing)
			}
		})
	}
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
