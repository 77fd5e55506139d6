package election_test

import (
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/election"
)

// TestConferenceFacts checks every built-in conference's place, dates,
// deadline instant (in UTC, and on the local clock of the zone it is set in:
// Geneva in summer time for the GR No. 170 deadlines, the host's zone for the
// deadlines set during PP-98 and PP-02), seat tables and first day in office.
func TestConferenceFacts(t *testing.T) {
	zurich, chicago, casablanca := election.Geneva(), mustZone(t, "America/Chicago"), mustZone(t, "Africa/Casablanca")
	council9 := election.Seats{A: 9, B: 8, C: 5, D: 13, E: 13}
	council8 := election.Seats{A: 8, B: 8, C: 5, D: 13, E: 12}
	board := election.Seats{A: 2, B: 2, C: 2, D: 3, E: 3}
	tests := []struct {
		code             string
		city             string
		host             itu.StateCode
		opening, closing string
		rule             election.DeadlineRule
		deadlineUTC      string // "" when unknown
		zone             *time.Location
		wantLocal        string // the deadline on the zone's clock, with its abbreviation
		council, board   election.Seats
		officialsStart   string
	}{
		{"PP-94", "Kyoto", "JPN", "1994-09-19", "1994-10-14", election.DeadlineUnknown, "", nil, "", election.Seats{}, election.Seats{}, ""},
		{"PP-98", "Minneapolis", "USA", "1998-10-12", "1998-11-06", election.DeadlineInConference, "1998-10-19T23:00:00Z", chicago, "1998-10-19 18:00 CDT", council8, election.Seats{}, "1999-02-01"},
		{"PP-02", "Marrakesh", "MAR", "2002-09-23", "2002-10-18", election.DeadlineInConference, "2002-09-27T18:00:00Z", casablanca, "2002-09-27 18:00 +00", election.Seats{}, election.Seats{}, ""},
		{"PP-06", "Antalya", "TUR", "2006-11-06", "2006-11-24", election.DeadlineFixed, "2006-10-09T21:59:00Z", zurich, "2006-10-09 23:59 CEST", council8, election.Seats{}, "2007-01-01"},
		{"PP-10", "Guadalajara", "MEX", "2010-10-04", "2010-10-22", election.DeadlineGR170, "2010-09-06T21:59:00Z", zurich, "2010-09-06 23:59 CEST", election.Seats{}, board, "2011-01-01"},
		{"PP-14", "Busan", "KOR", "2014-10-20", "2014-11-07", election.DeadlineGR170, "2014-09-22T21:59:00Z", zurich, "2014-09-22 23:59 CEST", election.Seats{}, board, "2015-01-01"},
		{"PP-18", "Dubai", "ARE", "2018-10-29", "2018-11-16", election.DeadlineGR170, "2018-10-01T21:59:00Z", zurich, "2018-10-01 23:59 CEST", council9, board, "2019-01-01"},
		{"PP-22", "Bucharest", "ROU", "2022-09-26", "2022-10-14", election.DeadlineGR170, "2022-08-29T21:59:00Z", zurich, "2022-08-29 23:59 CEST", council9, board, "2023-01-01"},
		{"PP-26", "Doha", "QAT", "2026-11-09", "2026-11-27", election.DeadlineGR170, "2026-10-12T21:59:00Z", zurich, "2026-10-12 23:59 CEST", election.Seats{}, election.Seats{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			c, ok := election.LookupConference(tt.code)
			if !ok {
				t.Fatalf("LookupConference(%q) found nothing", tt.code)
			}
			got := []string{c.City, string(c.Host), c.Opening.String(), c.Closing.String(), c.DeadlineRule.String()}
			want := []string{tt.city, string(tt.host), tt.opening, tt.closing, tt.rule.String()}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("city, host, opening, closing, rule (-want +got):\n%s", diff)
			}
			d := c.Deadline()
			switch {
			case tt.deadlineUTC == "" && !d.IsZero():
				t.Errorf("Deadline() = %v; want unknown (zero)", d)
			case tt.deadlineUTC != "":
				if s := d.UTC().Format(time.RFC3339); s != tt.deadlineUTC {
					t.Errorf("Deadline() = %s; want %s", s, tt.deadlineUTC)
				}
				if s := d.In(tt.zone).Format("2006-01-02 15:04 MST"); s != tt.wantLocal {
					t.Errorf("Deadline() in %s = %s; want %s", tt.zone, s, tt.wantLocal)
				}
				if day := c.DeadlineDate().String(); day != tt.wantLocal[:10] {
					t.Errorf("DeadlineDate() = %s; want %s", day, tt.wantLocal[:10])
				}
			}
			if diff := cmp.Diff([]election.Seats{tt.council, tt.board}, []election.Seats{c.CouncilSeats, c.BoardSeats}); diff != "" {
				t.Errorf("Council and Board seats (-want +got):\n%s", diff)
			}
			if got := c.OfficialsTerm.Start; (tt.officialsStart == "" && !got.IsZero()) || (tt.officialsStart != "" && got.String() != tt.officialsStart) {
				t.Errorf("officials take office on %v; want %q", got, tt.officialsStart)
			}
			if err := c.Validate(); err != nil {
				t.Errorf("Validate() = %v", err)
			}
		})
	}
}

// TestConferenceDeadlineWinter checks a deadline in Geneva winter time (CET)
// next to the built-in ones, all in summer time: the same GR No. 170 rule an
// hour later in UTC.
func TestConferenceDeadlineWinter(t *testing.T) {
	c := election.Conference{Code: "X", Opening: civil.MustParseDate("2027-02-15"), DeadlineRule: election.DeadlineGR170}
	if got := c.Deadline().In(election.Geneva()).Format("2006-01-02 15:04 MST"); got != "2027-01-18 23:59 CET" {
		t.Errorf("Deadline() = %s; want 2027-01-18 23:59 CET", got)
	}
	if got := c.Deadline().UTC().Format(time.RFC3339); got != "2027-01-18T22:59:00Z" {
		t.Errorf("Deadline() = %s; want 2027-01-18T22:59:00Z", got)
	}
}

// TestConferenceDataSources walks the data file as plain JSON: every fact
// (an object with a value) names a source listed in the file and a
// confidence of H, M or L.
func TestConferenceDataSources(t *testing.T) {
	data, err := os.ReadFile("data/conferences.json")
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Sources     map[string]string            `json:"sources"`
		Conferences []map[string]json.RawMessage `json:"conferences"`
	}
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	facts := 0
	for _, c := range file.Conferences {
		for name, raw := range c {
			if name == "code" {
				continue
			}
			var f struct {
				Value      json.RawMessage `json:"value"`
				Source     string          `json:"source"`
				Confidence string          `json:"confidence"`
			}
			if err := json.Unmarshal(raw, &f); err != nil || f.Value == nil {
				t.Errorf("%s %s: not a fact with a value: %s", c["code"], name, raw)
				continue
			}
			facts++
			if file.Sources[f.Source] == "" {
				t.Errorf("%s %s: source %q is not listed in sources", c["code"], name, f.Source)
			}
			if f.Confidence != "H" && f.Confidence != "M" && f.Confidence != "L" {
				t.Errorf("%s %s: confidence %q; want H, M or L", c["code"], name, f.Confidence)
			}
		}
	}
	if len(file.Conferences) != 9 || facts < 9*6 {
		t.Errorf("data file holds %d conferences and %d facts; want 9 and at least 54", len(file.Conferences), facts)
	}
}

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}
