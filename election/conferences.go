package election

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
)

// conferenceData is the data file behind [Conferences]: every built-in
// conference's facts, each with the source it was read in and a confidence.
//
//go:embed data/conferences.json
var conferenceData []byte

// fact is one fact of the data file: its value, the ID of the source it was
// read in (listed in the file's sources) and a confidence: H, a primary ITU
// document states it; M, a secondary source states it or it is inferred
// from one; L, derived or weak. A fact left out of the file is unknown.
type fact[T any] struct {
	Value      T      `json:"value"`
	Source     string `json:"source"`
	Confidence string `json:"confidence"`
	Note       string `json:"note,omitempty"`
}

// provenance returns the fact's source and confidence, and whether it is present.
func (f *fact[T]) provenance() (source, confidence string, ok bool) {
	if f == nil {
		return "", "", false
	}
	return f.Source, f.Confidence, true
}

// localTime is an instant as a source gives it: a local clock time and the
// IANA time zone it is read in.
type localTime struct {
	At   string `json:"at"`   // "1998-10-19T18:00"
	Zone string `json:"zone"` // "America/Chicago"
}

// instant returns t as an instant in its zone.
func (t localTime) instant() (time.Time, error) {
	loc, err := time.LoadLocation(t.Zone)
	if err != nil {
		return time.Time{}, err
	}
	return time.ParseInLocation("2006-01-02T15:04", t.At, loc)
}

// conferenceFacts is one conference of the data file.
type conferenceFacts struct {
	Code           itu.ConferenceCode   `json:"code"`
	City           *fact[string]        `json:"city"`
	Host           *fact[itu.StateCode] `json:"host"`
	Opening        *fact[civil.Date]    `json:"opening"`
	Closing        *fact[civil.Date]    `json:"closing"`
	DeadlineRule   *fact[DeadlineRule]  `json:"deadline_rule"`
	Deadline       *fact[localTime]     `json:"deadline"`
	Posts          *fact[[]itu.Post]    `json:"posts"`
	CouncilSeats   *fact[Seats]         `json:"council_seats"`
	BoardSeats     *fact[Seats]         `json:"board_seats"`
	OfficialsYears *fact[Years]         `json:"officials_years"`
	OfficialsStart *fact[civil.Date]    `json:"officials_start"`
	BoardYears     *fact[Years]         `json:"board_years"`
	BoardStart     *fact[civil.Date]    `json:"board_start"`
}

// provenances lists the provenance of every fact the conference records.
func (f conferenceFacts) provenances() map[string][2]string {
	out := map[string][2]string{}
	for name, p := range map[string]interface {
		provenance() (string, string, bool)
	}{
		"city": f.City, "host": f.Host, "opening": f.Opening, "closing": f.Closing,
		"deadline_rule": f.DeadlineRule, "deadline": f.Deadline, "posts": f.Posts,
		"council_seats": f.CouncilSeats, "board_seats": f.BoardSeats,
		"officials_years": f.OfficialsYears, "officials_start": f.OfficialsStart,
		"board_years": f.BoardYears, "board_start": f.BoardStart,
	} {
		if s, c, ok := p.provenance(); ok {
			out[name] = [2]string{s, c}
		}
	}
	return out
}

// set copies the value of f, when present, into *dst.
func set[T any](dst *T, f *fact[T]) {
	if f != nil {
		*dst = f.Value
	}
}

// conference returns the conference the facts describe; unknown facts stay zero.
func (f conferenceFacts) conference() (Conference, error) {
	c := Conference{Kind: itu.KindConference, Code: f.Code}
	set(&c.City, f.City)
	set(&c.Host, f.Host)
	set(&c.Opening, f.Opening)
	set(&c.Closing, f.Closing)
	set(&c.DeadlineRule, f.DeadlineRule)
	set(&c.Posts, f.Posts)
	set(&c.CouncilSeats, f.CouncilSeats)
	set(&c.BoardSeats, f.BoardSeats)
	set(&c.OfficialsTerm.Years, f.OfficialsYears)
	set(&c.OfficialsTerm.Start, f.OfficialsStart)
	set(&c.BoardTerm.Years, f.BoardYears)
	set(&c.BoardTerm.Start, f.BoardStart)
	if f.Deadline != nil {
		t, err := f.Deadline.Value.instant()
		if err != nil {
			return Conference{}, fmt.Errorf("%s deadline: %w", f.Code, err)
		}
		c.DeadlineOverride = t
	}
	return c, nil
}

// conferenceFile is the data file as a whole.
type conferenceFile struct {
	About       string            `json:"about"`
	Sources     map[string]string `json:"sources"`
	Conferences []conferenceFacts `json:"conferences"`
}

// loadConferenceFile decodes the data file strictly and checks that every
// fact names a listed source and a confidence of H, M or L.
func loadConferenceFile(data []byte) (conferenceFile, error) {
	var f conferenceFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return conferenceFile{}, fmt.Errorf("election: data/conferences.json: %w", err)
	}
	for _, c := range f.Conferences {
		for name, p := range c.provenances() {
			if _, ok := f.Sources[p[0]]; !ok {
				return conferenceFile{}, fmt.Errorf("election: data/conferences.json: %s %s: source %q is not listed", c.Code, name, p[0])
			}
			if p[1] != "H" && p[1] != "M" && p[1] != "L" {
				return conferenceFile{}, fmt.Errorf("election: data/conferences.json: %s %s: confidence %q; want H, M or L", c.Code, name, p[1])
			}
		}
	}
	return f, nil
}

// builtIn holds the built-in conferences, decoded once from the data file.
var builtIn = sync.OnceValues(func() ([]Conference, error) {
	f, err := loadConferenceFile(conferenceData)
	if err != nil {
		return nil, err
	}
	out := make([]Conference, 0, len(f.Conferences))
	for _, facts := range f.Conferences {
		c, err := facts.conference()
		if err != nil {
			return nil, fmt.Errorf("election: data/conferences.json: %w", err)
		}
		out = append(out, c)
	}
	return out, nil
})

// Conferences returns the built-in Plenipotentiary Conferences, oldest first,
// as fresh values: PP-94 (Kyoto), PP-98 (Minneapolis), PP-02 (Marrakesh),
// PP-06 (Antalya), PP-10 (Guadalajara), PP-14 (Busan), PP-18 (Dubai), PP-22
// (Bucharest) and PP-26 (Doha). They hold only the facts of the embedded data
// file data/conferences.json, where each fact names its source and
// confidence; a fact no source gives is zero, "not checked" by the rules.
//
// What is known, in short: every conference's city, host and dates; the
// deadline rule (none known for PP-94; during the conference at PP-98 and
// PP-02, 18:00 local time on 19 October 1998 and 27 September 2002; a fixed
// day, 9 October 2006, at PP-06; GR No. 170 from PP-10 on, assumed for
// PP-26); Council seats per region at PP-98 and PP-06 (8/8/5/13/12) and
// PP-18 and PP-22 (9/8/5/13/13); Board seats per region from PP-10 to PP-22
// (2/2/2/3/3); the officials' first day from PP-98 (1 February 1999) to PP-22.
// Conferences returns nil only if the data file is broken, which the tests
// rule out.
func Conferences() []Conference {
	cs, err := builtIn()
	if err != nil {
		return nil
	}
	out := make([]Conference, len(cs))
	for i, c := range cs {
		c.Posts = append([]itu.Post(nil), c.Posts...)
		out[i] = c
	}
	return out
}

// LookupConference returns a fresh copy of the built-in conference with the
// given code ("PP-22"; compared by [itu.ConferenceCode.Key], so "pp22" finds
// it). See [Conferences] for what is known of each.
func LookupConference(code string) (Conference, bool) {
	k := itu.ConferenceCode(code).Key()
	for _, c := range Conferences() {
		if k != "" && c.Code.Key() == k {
			return c, true
		}
	}
	return Conference{}, false
}
