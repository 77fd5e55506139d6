package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/election"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/internal/check"
)

// The PP-22 results are real (PP-22 results page; ITU press release of
// 30 Sep 2022), so their tally is written out here in full.
const (
	pp22SGTally = `PP-22, Secretary-General: 1 seat, 2 candidates
Round 1: 164 valid votes; required majority 83
  published majority 83, computed 83: agree
  published 172 present and voting, 164 ballots counted: agree
  139  Doreen Bogdan-Martin (USA)  — elected
   25  Rashid Ismailov (RUS)
Elected: Doreen Bogdan-Martin (USA), round 1, 139 votes
`
	pp22DSGTally = `PP-22, Deputy Secretary-General: 1 seat, 3 candidates
Round 1: 176 valid votes; required majority 89
  105  Tomas Lamanauskas (LTU)  — elected
   59  Chaesub Lee (KOR)
   12  Gisa Fuatai Purcell (WSM)
Elected: Tomas Lamanauskas (LTU), round 1, 105 votes
`
)

func TestPrintTally(t *testing.T) {
	tests := []struct {
		name string
		el   election.Election
		want string
	}{
		{"PP-22 SG", examples.PP22SecretaryGeneralElection(), pp22SGTally},
		{"PP-22 DSG", examples.PP22DeputySecretaryGeneralElection(), pp22DSGTally},
		{"fictional Council, two rounds", examples.FictionalCouncilElection(), `PP-FX, Member State of the Council, region C: 5 seats, 7 candidates
Round 1: 160 valid votes (2 blank not counted); required majority 81
  published majority 81, computed 81: agree
  published 162 present and voting, 162 ballots counted: agree
  140  Romania (ROU)  — elected
  130  Poland (POL)  — elected
  120  Azerbaijan (AZE)  — elected
  100  Czech Republic (CZE)  — elected
   70  Bulgaria (BGR)
   60  Russian Federation (RUS)
   30  Kazakhstan (KAZ)
Round 2: 155 valid votes (1 blank, 2 invalid not counted); required majority 78
  published majority 78, computed 78: agree
  published 158 present and voting, 158 ballots counted: agree
  90  Bulgaria (BGR)  — elected
  60  Russian Federation (RUS)
   5  Kazakhstan (KAZ)
Elected: Romania (ROU), round 1, 140 votes
Elected: Poland (POL), round 1, 130 votes
Elected: Azerbaijan (AZE), round 1, 120 votes
Elected: Czech Republic (CZE), round 1, 100 votes
Elected: Bulgaria (BGR), round 2, 90 votes
`},
		{"published figures that disagree", misprinted(), `PP-22, Secretary-General: 1 seat, 2 candidates
Round 1: 164 valid votes; required majority 83
  published majority 82, computed 83: DISAGREE [election.round.majority]; the tally uses 83
  published 160 present and voting, 164 ballots counted: DISAGREE [election.round.present_and_voting]; the tally counts the votes
  139  Doreen Bogdan-Martin (USA)  — elected
   25  Rashid Ismailov (RUS)
Elected: Doreen Bogdan-Martin (USA), round 1, 139 votes
`},
		{"multi-seat: published majority only", publishedMajorityOnly(), `PP-FX, Member State of the Council, region C: 5 seats, 7 candidates
Round 1: 650 votes; required majority 81
  published majority 81, not computable from the counts: used as published
  140  Romania (ROU)  — elected
  130  Poland (POL)  — elected
  120  Azerbaijan (AZE)  — elected
  100  Czech Republic (CZE)  — elected
   70  Bulgaria (BGR)
   60  Russian Federation (RUS)
   30  Kazakhstan (KAZ)
Round 2: 155 valid votes (1 blank, 2 invalid not counted); required majority 78
  published majority 78, computed 78: agree
  published 158 present and voting, 158 ballots counted: agree
  90  Bulgaria (BGR)  — elected
  60  Russian Federation (RUS)
   5  Kazakhstan (KAZ)
Elected: Romania (ROU), round 1, 140 votes
Elected: Poland (POL), round 1, 130 votes
Elected: Azerbaijan (AZE), round 1, 120 votes
Elected: Czech Republic (CZE), round 1, 100 votes
Elected: Bulgaria (BGR), round 2, 90 votes
`},
		{"multi-seat: present and voting as the base", presentOnly(), `PP-FX, Member State of the Council, region C: 5 seats, 7 candidates
Round 1: 650 votes (2 blank not counted); required majority 81
  published majority 81, computed 81: agree
  published 162 present and voting: with the blank and invalid ballots taken out, the base of the majority (no count of valid ballots)
  140  Romania (ROU)  — elected
  130  Poland (POL)  — elected
  120  Azerbaijan (AZE)  — elected
  100  Czech Republic (CZE)  — elected
   70  Bulgaria (BGR)
   60  Russian Federation (RUS)
   30  Kazakhstan (KAZ)
Round 2: 155 valid votes (1 blank, 2 invalid not counted); required majority 78
  published majority 78, computed 78: agree
  published 158 present and voting, 158 ballots counted: agree
  90  Bulgaria (BGR)  — elected
  60  Russian Federation (RUS)
   5  Kazakhstan (KAZ)
Elected: Romania (ROU), round 1, 140 votes
Elected: Poland (POL), round 1, 130 votes
Elected: Azerbaijan (AZE), round 1, 120 votes
Elected: Czech Republic (CZE), round 1, 100 votes
Elected: Bulgaria (BGR), round 2, 90 votes
`},
		{"undecided", undecided(), `PP-FX, Secretary-General: 1 seat, 2 candidates
Round 1: 100 valid votes; required majority 51
  tied at the top: Ms Ada ONE (FRA), Mr Bo TWO (DEU)
  50  Ms Ada ONE (FRA)
  50  Mr Bo TWO (DEU)
Elected: nobody
Open: 1 seat still to fill
`},
		{"plurality tie", plurality(), `PP-FX, Secretary-General: 1 seat, 2 candidates
Round 1: 100 valid votes; most votes win (plurality)
  tied at the top: Ms Ada ONE (FRA), Mr Bo TWO (DEU)
  50  Ms Ada ONE (FRA)
  50  Mr Bo TWO (DEU)
Elected: nobody
Open: 1 seat still to fill; tied in the last round: Ms Ada ONE (FRA), Mr Bo TWO (DEU)
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := tt.el.Tally()
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			printTally(&env{stdout: &b}, tt.el, roundResults(tt.el, out), out)
			if diff := cmp.Diff(tt.want, b.String()); diff != "" {
				t.Errorf("tally mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// undecided is a fictional single-seat election whose only round ties.
func undecided() election.Election {
	return election.Election{
		Kind:       itu.KindElection,
		Conference: "PP-FX",
		Post:       itu.SecretaryGeneral,
		Candidates: []election.Candidate{{Name: "Ms Ada ONE", MemberState: "FRA"}, {Name: "Mr Bo TWO", MemberState: "DEU"}},
		Rounds:     []election.Round{{Number: 1, Votes: map[itu.StateCode]int{"FRA": 50, "DEU": 50}}},
	}
}

// misprinted is the PP-22 SG election with a misprinted majority (82 for 83)
// and too few present and voting (160 for the 164 votes counted): both are
// flagged, and the tally uses the arithmetic.
func misprinted() election.Election {
	el := examples.PP22SecretaryGeneralElection()
	el.Rounds[0].Majority, el.Rounds[0].PresentAndVoting = 82, 160
	return el
}

// publishedMajorityOnly is the fictional Council election whose first round
// keeps only its votes and the published majority.
func publishedMajorityOnly() election.Election {
	el := examples.FictionalCouncilElection()
	el.Rounds = append([]election.Round(nil), el.Rounds...)
	el.Rounds[0].ValidBallots, el.Rounds[0].PresentAndVoting, el.Rounds[0].Blank = 0, 0, 0
	return el
}

// presentOnly is the fictional Council election whose first round has no
// count of valid ballots: those present and voting are the base.
func presentOnly() election.Election {
	el := examples.FictionalCouncilElection()
	el.Rounds = append([]election.Round(nil), el.Rounds...)
	el.Rounds[0].ValidBallots = 0
	return el
}

// plurality is undecided counted by plurality: a tie for the one seat.
func plurality() election.Election {
	el := undecided()
	el.Procedure.Method = election.Plurality
	return el
}

func TestTally(t *testing.T) {
	sg := "examples/testdata/valid/pp-22-sg-election.json"
	r := runBin(t, nil, "tally", sg)
	if r.code != exitOK || r.stdout != pp22SGTally || r.stderr != "" {
		t.Errorf("tally %s: exit %d, stderr %q, output mismatch (-want +got):\n%s", sg, r.code, r.stderr, cmp.Diff(pp22SGTally, r.stdout))
	}

	b, err := os.ReadFile(filepath.Join(repoRoot, "examples", "testdata", "valid", "pp-22-dsg-election.json"))
	if err != nil {
		t.Fatal(err)
	}
	r = runBin(t, bytes.NewReader(b), "tally", "-")
	if r.code != exitOK || r.stdout != pp22DSGTally {
		t.Errorf("tally - < DSG: exit %d, output mismatch (-want +got):\n%s", r.code, cmp.Diff(pp22DSGTally, r.stdout))
	}

	r = runBin(t, nil, "tally", "--format", "json", sg)
	var doc struct {
		File   string `json:"file"`
		Rounds []struct {
			Number   int             `json:"number"`
			Valid    int             `json:"valid_votes"`
			Majority int             `json:"required_majority"`
			Reached  []itu.StateCode `json:"reached"`
			Elected  []itu.StateCode `json:"elected"`
		} `json:"rounds"`
		Outcome election.Outcome `json:"outcome"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil || r.code != exitOK {
		t.Fatalf("tally --format json: exit %d, %v\n%s", r.code, err, r.stdout)
	}
	if len(doc.Rounds) != 1 || doc.Rounds[0].Majority != 83 || doc.Rounds[0].Valid != 164 ||
		!cmp.Equal(doc.Rounds[0].Reached, []itu.StateCode{"USA"}) || !cmp.Equal(doc.Rounds[0].Elected, []itu.StateCode{"USA"}) {
		t.Errorf("tally --format json rounds = %+v; want one round, 164 valid votes, majority 83, USA reached and elected", doc.Rounds)
	}
	if !doc.Outcome.Decided() || len(doc.Outcome.Elected) != 1 || doc.Outcome.Elected[0].Candidate.MemberState != "USA" {
		t.Errorf("tally --format json outcome = %+v; want USA elected", doc.Outcome)
	}
}

func TestTallyRejects(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// Round 1 of the PP-22 SG election with a vote for a Member State that
	// did not stand.
	invalid := write("invalid.json", `{"kind": "election", "conference": "PP-22", "post": "SG",
		"candidates": [{"name": "Doreen Bogdan-Martin", "member_state": "USA"}],
		"rounds": [{"number": 1, "votes": {"USA": 139, "RUS": 25}}]}`)
	r := runBin(t, nil, "tally", invalid)
	if r.code != exitInvalid || !strings.Contains(r.stdout, invalid+": /rounds/0/votes") || !strings.HasSuffix(r.stdout, "invalid election; not counted\n") {
		t.Errorf("tally invalid election: exit %d, stdout %q; want 1, the violations and \"not counted\"", r.code, r.stdout)
	}
	r = runBin(t, nil, "tally", "examples/testdata/valid/korea-2021-cv.json")
	if r.code != exitInvalid || !strings.Contains(r.stdout, ": /kind: "+check.RuleKind.Code+": ") && !strings.Contains(r.stdout, "json.unknown_field") {
		t.Errorf("tally of a CV: exit %d, stdout %q; want 1 and a kind or unknown-field violation", r.code, r.stdout)
	}
	for _, args := range [][]string{
		{"tally", filepath.Join(dir, "missing.json")},
		{"tally", write("empty.json", "")},
		{"tally", write("garbage.json", "\x00\x01\x02not json")},
		{"tally", dir},
	} {
		r := runBin(t, nil, args...)
		assertOneLineError(t, r)
	}
}

// TestTallyPublishedMultiSeat: a multi-seat result published with votes only
// (PP-22, Board, region A) gives no count of valid ballots, so no majority:
// the tally fills the seats by votes and says the majority is not known,
// rather than print a majority it cannot stand behind (issue 16).
func TestTallyPublishedMultiSeat(t *testing.T) {
	in := `{"kind":"election","conference":"PP-22","post":"RRB","region":"A","seats":2,"date":"2022-10-03",
"candidates":[{"name":"Chantal Beaumier","member_state":"CAN"},{"name":"Agostinho Linhares de Souza","member_state":"BRA"},{"name":"Javier Juárez Mojica","member_state":"MEX"}],
"rounds":[{"number":1,"votes":{"CAN":148,"BRA":100,"MEX":99}}]}`
	want := `PP-22, Member of the Radio Regulations Board, region A: 2 seats, 3 candidates
Round 1: 347 votes; required majority not known (no count of valid ballots published): seats filled by votes
  148  Chantal Beaumier (CAN)  — elected
  100  Agostinho Linhares de Souza (BRA)  — elected
   99  Javier Juárez Mojica (MEX)
Elected: Chantal Beaumier (CAN), round 1, 148 votes
Elected: Agostinho Linhares de Souza (BRA), round 1, 100 votes
`
	r := runBin(t, strings.NewReader(in), "tally", "-")
	if r.code != exitOK || r.stdout != want {
		t.Errorf("tally: exit %d, stderr %q, output mismatch (-want +got):\n%s", r.code, r.stderr, cmp.Diff(want, r.stdout))
	}
}

// pp10BDTRound1 is round 1 of the PP-10 election of the Director of BDT as
// El Informador published it (7 October 2010): a tie at the top, 53 and 53,
// below the majority; the later rounds' figures are not published.
const pp10BDTRound1 = `{"kind":"election","conference":"PP-10","post":"BDT","date":"2010-10-07",
"candidates":[{"name":"Sami Al Basheer","member_state":"SAU"},{"name":"Brahima Sanou","member_state":"BFA"},{"name":"Héctor Olavarría","member_state":"MEX"}],
"rounds":[{"number":1,"votes":{"SAU":53,"BFA":53,"MEX":50}}]}`

// TestTallyTieAtTheTop: a round whose leaders tie and reach no majority says
// so, in text and JSON, and elects nobody (issue 16).
func TestTallyTieAtTheTop(t *testing.T) {
	want := `PP-10, Director of the Telecommunication Development Bureau: 1 seat, 3 candidates
Round 1: 156 valid votes; required majority 79
  tied at the top: Sami Al Basheer (SAU), Brahima Sanou (BFA)
  53  Sami Al Basheer (SAU)
  53  Brahima Sanou (BFA)
  50  Héctor Olavarría (MEX)
Elected: nobody
Open: 1 seat still to fill
`
	r := runBin(t, strings.NewReader(pp10BDTRound1), "tally", "-")
	if r.code != exitOK || r.stdout != want {
		t.Errorf("tally: exit %d, stderr %q, output mismatch (-want +got):\n%s", r.code, r.stderr, cmp.Diff(want, r.stdout))
	}
	r = runBin(t, strings.NewReader(pp10BDTRound1), "tally", "--format", "json", "-")
	var doc tallyDoc
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil || r.code != exitOK {
		t.Fatalf("tally --format json: exit %d, %v\n%s", r.code, err, r.stdout)
	}
	got := doc.Rounds[0]
	if diff := cmp.Diff([]itu.StateCode{"SAU", "BFA"}, got.Leading); diff != "" || len(got.Elected) != 0 || doc.Outcome.Open != 1 {
		t.Errorf("round 1 leading (-want +got), elected %v, open %d; want SAU and BFA tied, nobody elected, 1 open:\n%s", got.Elected, doc.Outcome.Open, diff)
	}
	wantVotes := []jsonVote{{"SAU", "Sami Al Basheer", 53}, {"BFA", "Brahima Sanou", 53}, {"MEX", "Héctor Olavarría", 50}}
	if diff := cmp.Diff(wantVotes, got.Votes); diff != "" {
		t.Errorf("round 1 votes (-want +got):\n%s", diff)
	}
}

// tallyDoc is what tally --format json prints.
type tallyDoc struct {
	File   string `json:"file"`
	Rounds []struct {
		Number    int             `json:"number"`
		Valid     int             `json:"valid_votes"`
		Majority  int             `json:"required_majority"`
		Blank     int             `json:"blank"`
		Invalid   int             `json:"invalid"`
		Votes     []jsonVote      `json:"votes"`
		Leading   []itu.StateCode `json:"leading"`
		Reached   []itu.StateCode `json:"reached"`
		Elected   []itu.StateCode `json:"elected"`
		Published *struct {
			Majority         *jsonFigure `json:"majority"`
			PresentAndVoting *jsonFigure `json:"present_and_voting"`
		} `json:"published"`
	} `json:"rounds"`
	Outcome election.Outcome `json:"outcome"`
}

type jsonVote struct {
	State itu.StateCode `json:"member_state"`
	Name  string        `json:"name"`
	Votes int           `json:"votes"`
}

type jsonFigure struct {
	Published int    `json:"published"`
	Computed  int    `json:"computed"`
	Verdict   string `json:"verdict"`
	Code      string `json:"code"`
}

// TestTallyJSONPublished: tally --format json sets each published figure
// beside the computed one and flags a disagreement with the warning's code,
// as the text output does (issue 16).
func TestTallyJSONPublished(t *testing.T) {
	type figures struct{ Majority, Present *jsonFigure }
	tests := []struct {
		name string
		el   election.Election
		want []figures // per round; nil: no published figure
	}{
		{"PP-22 SG: both agree", examples.PP22SecretaryGeneralElection(), []figures{{
			&jsonFigure{83, 83, "agree", ""}, &jsonFigure{172, 164, "agree", ""}}}},
		{"both disagree", misprinted(), []figures{{
			&jsonFigure{82, 83, "disagree", election.RuleRoundMajority.Code},
			&jsonFigure{160, 164, "disagree", election.RuleRoundPresent.Code}}}},
		{"multi-seat: majority used as published", publishedMajorityOnly(), []figures{
			{&jsonFigure{81, 0, "used_as_published", ""}, nil},
			{&jsonFigure{78, 78, "agree", ""}, &jsonFigure{158, 158, "agree", ""}}}},
		{"multi-seat: present and voting, the base", presentOnly(), []figures{
			{&jsonFigure{81, 81, "agree", ""}, &jsonFigure{162, 0, "majority_base", ""}},
			{&jsonFigure{78, 78, "agree", ""}, &jsonFigure{158, 158, "agree", ""}}}},
		{"nothing published", undecided(), []figures{{}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := json.Marshal(tt.el)
			if err != nil {
				t.Fatal(err)
			}
			r := runBin(t, bytes.NewReader(in), "tally", "--format", "json", "-")
			var doc tallyDoc
			if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil || r.code != exitOK {
				t.Fatalf("tally --format json: exit %d, %v\n%s", r.code, err, r.stdout)
			}
			var got []figures
			for _, rd := range doc.Rounds {
				var f figures
				if p := rd.Published; p != nil {
					f = figures{p.Majority, p.PresentAndVoting}
				}
				got = append(got, f)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("published figures (-want +got):\n%s", diff)
			}
		})
	}
}
