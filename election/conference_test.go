package election_test

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/election"
)

// TestDeadline checks GR No. 170 arithmetic: 23:59 Geneva time on the 28th
// day before the opening, CEST or CET as in force that day, including the
// days the clocks change (last Sundays of March and October).
func TestDeadline(t *testing.T) {
	tests := []struct {
		name     string
		opening  string
		wantUTC  string // the instant, in UTC
		wantZone string // the Geneva zone abbreviation at the deadline
		wantDay  string // the Geneva calendar day
	}{
		{"PP-14 (published: Mon 22 Sep 2014)", "2014-10-20", "2014-09-22T21:59:00Z", "CEST", "2014-09-22"},
		{"PP-18 (published: Mon 1 Oct 2018)", "2018-10-29", "2018-10-01T21:59:00Z", "CEST", "2018-10-01"},
		{"PP-22 (published: Mon 29 Aug 2022)", "2022-09-26", "2022-08-29T21:59:00Z", "CEST", "2022-08-29"},
		{"PP-10 (published: Mon 6 Sep 2010)", "2010-10-04", "2010-09-06T21:59:00Z", "CEST", "2010-09-06"},
		{"late November opening, deadline after summer time ends", "2026-11-23", "2026-10-26T22:59:00Z", "CET", "2026-10-26"},
		{"deadline on the day summer time ends (25 Oct 2026)", "2026-11-22", "2026-10-25T22:59:00Z", "CET", "2026-10-25"},
		{"deadline the day before summer time ends", "2026-11-21", "2026-10-24T21:59:00Z", "CEST", "2026-10-24"},
		{"deadline on the day summer time begins (28 Mar 2027)", "2027-04-25", "2027-03-28T21:59:00Z", "CEST", "2027-03-28"},
		{"deadline the day before summer time begins", "2027-04-24", "2027-03-27T22:59:00Z", "CET", "2027-03-27"},
		{"across a month and year end", "2027-01-10", "2026-12-13T22:59:00Z", "CET", "2026-12-13"},
		{"across 29 February", "2024-03-20", "2024-02-21T22:59:00Z", "CET", "2024-02-21"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := election.Conference{Code: "X", Opening: civil.MustParseDate(tt.opening)}
			got := c.Deadline()
			if s := got.UTC().Format(time.RFC3339); s != tt.wantUTC {
				t.Errorf("Deadline() = %s; want %s", s, tt.wantUTC)
			}
			if zone, _ := got.In(election.Geneva()).Zone(); zone != tt.wantZone {
				t.Errorf("Deadline() zone = %s; want %s", zone, tt.wantZone)
			}
			if h, m, _ := got.In(election.Geneva()).Clock(); h != 23 || m != 59 {
				t.Errorf("Deadline() Geneva clock = %02d:%02d; want 23:59", h, m)
			}
			if d := c.DeadlineDate().String(); d != tt.wantDay {
				t.Errorf("DeadlineDate() = %s; want %s", d, tt.wantDay)
			}
		})
	}
}

func TestDeadlineOverride(t *testing.T) {
	over := time.Date(2022, 8, 31, 12, 0, 0, 0, time.UTC)
	c := election.Conference{Code: "X", Opening: civil.MustParseDate("2022-09-26"), DeadlineOverride: over}
	if got := c.Deadline(); !got.Equal(over) {
		t.Errorf("Deadline() = %v; want the override %v", got, over)
	}
	if got := c.DeadlineDate().String(); got != "2022-08-31" {
		t.Errorf("DeadlineDate() = %s; want 2022-08-31", got)
	}
	if got := (election.Conference{}).Deadline(); !got.IsZero() {
		t.Errorf("Deadline() with no opening = %v; want the zero time", got)
	}
}

func TestOnTime(t *testing.T) {
	c, _ := election.LookupConference("PP-22")
	geneva := election.Geneva()
	tests := []struct {
		name string
		at   time.Time
		want bool
	}{
		{"a minute before", time.Date(2022, 8, 29, 23, 58, 0, 0, geneva), true},
		{"at the deadline", time.Date(2022, 8, 29, 23, 59, 0, 0, geneva), true},
		{"a second after", time.Date(2022, 8, 29, 23, 59, 1, 0, geneva), false},
		{"22:00 UTC is midnight in Geneva", time.Date(2022, 8, 29, 22, 0, 0, 0, time.UTC), false},
		{"21:30 UTC is 23:30 in Geneva", time.Date(2022, 8, 29, 21, 30, 0, 0, time.UTC), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.OnTime(tt.at); got != tt.want {
				t.Errorf("OnTime(%v) = %v; want %v", tt.at, got, tt.want)
			}
		})
	}
	days := []struct {
		day  string
		want bool
	}{{"2022-08-28", true}, {"2022-08-29", true}, {"2022-08-30", false}}
	for _, tt := range days {
		if got := c.ReceivedOnTime(civil.MustParseDate(tt.day)); got != tt.want {
			t.Errorf("ReceivedOnTime(%s) = %v; want %v", tt.day, got, tt.want)
		}
	}
	if (election.Conference{}).OnTime(time.Time{}) || c.ReceivedOnTime(civil.Date{}) {
		t.Errorf("OnTime or ReceivedOnTime true with an unknown deadline or date")
	}
}

func TestLookupConference(t *testing.T) {
	for _, code := range []string{"PP-22", "pp22", "PP 22", "pp-22"} {
		c, ok := election.LookupConference(code)
		if !ok || c.Code != "PP-22" {
			t.Errorf("LookupConference(%q) = %q, %v; want PP-22", code, c.Code, ok)
		}
	}
	if _, ok := election.LookupConference("PP-99"); ok {
		t.Errorf("LookupConference(\"PP-99\") found a conference")
	}
	c, _ := election.LookupConference("PP-22")
	c.Posts[0] = itu.CouncilMember
	c.CouncilSeats.A = 99
	again, _ := election.LookupConference("PP-22")
	if again.Posts[0] != itu.SecretaryGeneral || again.CouncilSeats.A != 9 {
		t.Errorf("LookupConference returned shared data: a change to one copy shows in the next")
	}
}

func TestBuiltInConferences(t *testing.T) {
	cs := election.Conferences()
	var codes []itu.ConferenceCode
	for _, c := range cs {
		codes = append(codes, c.Code)
		if err := c.Validate(); err != nil {
			t.Errorf("%s: %v", c.Code, err)
		}
	}
	if diff := cmp.Diff([]itu.ConferenceCode{"PP-94", "PP-98", "PP-02", "PP-06", "PP-10", "PP-14", "PP-18", "PP-22", "PP-26"}, codes); diff != "" {
		t.Errorf("Conferences() codes (-want +got):\n%s", diff)
	}
	pp22, _ := election.LookupConference("PP-22")
	pp14, _ := election.LookupConference("PP-14")
	tests := []struct {
		post   itu.Post
		region itu.Region
		want   int
	}{
		{itu.CouncilMember, itu.RegionA, 9},
		{itu.CouncilMember, itu.RegionC, 5},
		{itu.CouncilMember, itu.RegionE, 13},
		{itu.BoardMember, itu.RegionD, 3},
		{itu.BoardMember, itu.RegionB, 2},
		{itu.SecretaryGeneral, "", 1},
		{itu.CouncilMember, "F", 0},
	}
	for _, tt := range tests {
		if got := pp22.SeatsFor(tt.post, tt.region); got != tt.want {
			t.Errorf("PP-22 SeatsFor(%s, %q) = %d; want %d", tt.post, tt.region, got, tt.want)
		}
	}
	if pp22.CouncilSeats.Total() != 48 || pp22.BoardSeats.Total() != 12 {
		t.Errorf("PP-22 seats = %d Council, %d Board; want 48 and 12", pp22.CouncilSeats.Total(), pp22.BoardSeats.Total())
	}
	if !pp14.CouncilSeats.IsZero() {
		t.Errorf("PP-14 Council seats per region are not confirmed; want zero, got %+v", pp14.CouncilSeats)
	}
	if (election.Conference{Posts: []itu.Post{itu.SecretaryGeneral}}).SeatsFor(itu.CouncilMember, itu.RegionA) != 0 {
		t.Errorf("SeatsFor a post not elected: want 0")
	}
}

func TestConferenceCheck(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*election.Conference)
		want   []want
	}{
		{"valid", func(*election.Conference) {}, []want{}},
		{"kind", func(c *election.Conference) { c.Kind = itu.KindElection }, []want{{"/kind", "payload.kind"}}},
		{"no code, no opening", func(c *election.Conference) { c.Code, c.Opening = "", civil.Date{} },
			[]want{{"/code", "field.required"}, {"/opening", "field.required"}}},
		{"closing before opening", func(c *election.Conference) { c.Closing = civil.MustParseDate("2021-10-31") },
			[]want{{"/closing", "election.conference.dates"}}},
		{"closing on the opening day", func(c *election.Conference) { c.Closing = c.Opening }, []want{}},
		{"deadline override after opening", func(c *election.Conference) {
			c.DeadlineOverride = time.Date(2021, 11, 1, 9, 0, 0, 0, election.Geneva())
		}, []want{{"/deadline_override", "election.conference.deadline"}}},
		{"Council of 49 in a Union of 193", func(c *election.Conference) { c.CouncilSeats.A = 10 },
			[]want{{"/council_seats", "election.conference.council_size"}}},
		{"Board of 13 in a Union of 193", func(c *election.Conference) { c.BoardSeats.E = 4 },
			[]want{{"/board_seats", "election.conference.board_size"}}},
		{"Council and Board unknown", func(c *election.Conference) { c.CouncilSeats, c.BoardSeats = election.Seats{}, election.Seats{} }, []want{}},
		{"deadline during the conference", func(c *election.Conference) {
			c.DeadlineRule = election.DeadlineInConference
			c.DeadlineOverride = time.Date(2021, 11, 5, 18, 0, 0, 0, time.UTC)
		}, []want{}},
		{"deadline during the conference, before the opening", func(c *election.Conference) {
			c.DeadlineRule = election.DeadlineInConference
			c.DeadlineOverride = time.Date(2021, 10, 31, 18, 0, 0, 0, time.UTC)
		}, []want{{"/deadline_override", "election.conference.deadline"}}},
		{"deadline during the conference, after the closing", func(c *election.Conference) {
			c.DeadlineRule = election.DeadlineInConference
			c.DeadlineOverride = time.Date(2021, 11, 20, 18, 0, 0, 0, time.UTC)
		}, []want{{"/deadline_override", "election.conference.deadline"}}},
		{"fixed deadline after the opening", func(c *election.Conference) {
			c.DeadlineRule = election.DeadlineFixed
			c.DeadlineOverride = time.Date(2021, 11, 2, 18, 0, 0, 0, time.UTC)
		}, []want{{"/deadline_override", "election.conference.deadline"}}},
		{"deadline override before opening", func(c *election.Conference) {
			c.DeadlineOverride = time.Date(2021, 10, 31, 23, 59, 0, 0, election.Geneva())
		}, []want{}},
		{"post twice", func(c *election.Conference) { c.Posts[6] = itu.DirectorBR },
			[]want{{"/posts/6", "election.conference.posts"}}},
		{"term start outside first year", func(c *election.Conference) { c.OfficialsTerm.Start = civil.MustParseDate("2023-01-01") },
			[]want{{"/officials_term/start", "election.conference.term"}}},
		{"term start before opening", func(c *election.Conference) {
			c.BoardTerm = election.Tenure{Start: civil.MustParseDate("2021-06-01")}
		}, []want{{"/board_term/start", "election.conference.term"}}},
		{"term years before opening", func(c *election.Conference) { c.BoardTerm.Years = election.MustParseYears("2020-2023") },
			[]want{{"/board_term/years", "election.conference.term"}}},
		{"seats out of range", func(c *election.Conference) { c.CouncilSeats.D = -1 },
			[]want{{"/council_seats/D", "field.range"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := conference()
			tt.mutate(&c)
			if diff := cmp.Diff(tt.want, wantsOf(c.Check())); diff != "" {
				t.Errorf("Check() (-want +got):\n%s", diff)
			}
		})
	}
}

// TestConferenceRecord checks the rules a conference record applies to the
// candidacies, service records and elections it carries.
func TestConferenceRecord(t *testing.T) {
	base := func() election.Conference {
		c := conference()
		c.Candidacies = append(c.Candidacies,
			person(itu.SecretaryGeneral, "Dr Alma TESTA", "ITA"),
			person(itu.DirectorTSB, "Mr Joao EXEMPLO", "BRA"))
		c.Service = []election.ServiceRecord{{Person: "Joao EXEMPLO", Terms: []election.Term{{Post: itu.DirectorTSB, Conference: "PP-S"}}}}
		c.Elections = []election.Election{sg(), council()}
		return c
	}
	tests := []struct {
		name   string
		mutate func(*election.Conference)
		want   []want
	}{
		{"valid", func(*election.Conference) {}, []want{}},
		{"second term reached", func(c *election.Conference) {
			c.Service[0].Terms = append(c.Service[0].Terms, election.Term{Post: itu.DirectorTSB, Conference: "PP-R"})
		}, []want{{"/candidacies/1/post", "election.term.limit"}}},
		{"two terms in another post", func(c *election.Conference) {
			c.Service[0].Terms = []election.Term{{Post: itu.DirectorBR}, {Post: itu.DirectorBR}}
		}, []want{}},
		{"withdrawn candidacy is not checked for the limit", func(c *election.Conference) {
			c.Service[0].Terms = append(c.Service[0].Terms, election.Term{Post: itu.DirectorTSB})
			c.Candidacies[1].Status = candidacy.Withdrawn
		}, []want{}},
		{"late candidacy", func(c *election.Conference) { c.Candidacies[0].Received = civil.MustParseDate("2021-10-05") },
			[]want{{"/candidacies/0/received", "election.candidacy.late"}}},
		{"candidacy's own rule", func(c *election.Conference) { c.Candidacies[0].Nationality = "FRA" },
			[]want{{"/candidacies/0/nationality", "candidacy.nationality.proposer"}}},
		{"election names another conference", func(c *election.Conference) { c.Elections[0].Conference = "PP-22" },
			[]want{{"/elections/0/conference", "election.conference.mismatch"}}},
		{"election's own rule", func(c *election.Conference) { c.Elections[0].Rounds[0].Majority = 85 },
			[]want{{"/elections/0/rounds/0/majority", "election.round.majority"}}},
		{"Council seats differ from the conference's", func(c *election.Conference) { c.CouncilSeats.C = 4 },
			[]want{{"/elections/1/seats", "election.seats.mismatch"}}},
		{"post not elected", func(c *election.Conference) { c.Posts = c.Posts[:6] },
			[]want{{"/elections/1/post", "election.post.not_elected"}}},
		{"two winners of one nationality", func(c *election.Conference) {
			b := election.Election{Conference: "PP-T", Post: itu.BoardMember, Region: itu.RegionB, Seats: 2,
				Candidates: []election.Candidate{{Name: "Mr Luca ESEMPIO", MemberState: "ITA"}, {Name: "Mr Yves EXEMPLE", MemberState: "FRA"}},
				Rounds:     []election.Round{{Number: 1, Votes: votes("ITA", 100, "FRA", 90), ValidBallots: 150}}}
			c.Elections = append(c.Elections, b)
		}, []want{{"/elections/2/candidates/0/member_state", "election.outcome.nationality"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := base()
			tt.mutate(&c)
			if diff := cmp.Diff(tt.want, wantsOf(c.Check())); diff != "" {
				t.Errorf("Check() (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDeadlineRuleText(t *testing.T) {
	for _, d := range []election.DeadlineRule{election.DeadlineGR170, election.DeadlineFixed, election.DeadlineInConference, election.DeadlineUnknown} {
		b, err := d.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%d): %v", d, err)
		}
		var got election.DeadlineRule
		if err := got.UnmarshalText(b); err != nil || got != d {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, got, err, d)
		}
		if p, err := election.ParseDeadlineRule(d.String()); err != nil || p != d {
			t.Errorf("ParseDeadlineRule(%q) = %v, %v; want %v", d.String(), p, err, d)
		}
	}
	if _, err := election.ParseDeadlineRule("soon"); !errors.Is(err, election.ErrUnknownProcedure) {
		t.Errorf("ParseDeadlineRule(\"soon\") error = %v; want ErrUnknownProcedure", err)
	}
	c := election.Conference{Code: "X", Opening: civil.MustParseDate("2022-09-26"), DeadlineRule: election.DeadlineUnknown}
	if !c.Deadline().IsZero() || !c.DeadlineDate().IsZero() || c.OnTime(time.Time{}) {
		t.Errorf("an unknown deadline rule gives deadline %v; want unknown", c.Deadline())
	}
}

func TestMaxSeats(t *testing.T) {
	tests := []struct {
		states, council, board int
	}{
		{193, 48, 12}, {194, 48, 12}, {184, 46, 12}, {200, 50, 12}, {217, 54, 13}, {0, 0, 12}, {-5, 0, 12},
	}
	for _, tt := range tests {
		if got := election.MaxCouncilSeats(tt.states); got != tt.council {
			t.Errorf("MaxCouncilSeats(%d) = %d; want %d", tt.states, got, tt.council)
		}
		if got := election.MaxBoardSeats(tt.states); got != tt.board {
			t.Errorf("MaxBoardSeats(%d) = %d; want %d", tt.states, got, tt.board)
		}
	}
}
