package hostile

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/election"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/names"
	"github.com/plenipot/itu/payload"
	"github.com/plenipot/itu/strictjson"
)

// grow appends copies of the items of s, in turn, until it holds n.
func grow[T any](s []T, n int) []T {
	for i := 0; len(s) < n; i++ {
		s = append(s, s[i])
	}
	return s
}

// TestNearMaximal checks one large but valid payload of each kind, its lists
// filled to or near their bounds as far as the rules allow: each is valid,
// and stays within the byte, item and memory bounds, so the bounds leave
// room for real documents.
func TestNearMaximal(t *testing.T) {
	for _, tt := range []struct {
		kind itu.Kind
		rec  any
	}{
		{itu.KindDossier, bigDossier()},
		{itu.KindCandidacy, bigCandidacy()},
		{itu.KindCV, bigCV()},
		{itu.KindVisionStatement, bigVision()},
		{itu.KindNote, bigNote()},
		{itu.KindNoteVerbale, bigNoteVerbale()},
		{itu.KindLetter, bigLetter()},
		{itu.KindConference, bigConference()},
		{itu.KindElection, bigElection()},
	} {
		t.Run(string(tt.kind), func(t *testing.T) {
			data, err := strictjson.Encode(tt.rec)
			if err != nil {
				t.Fatal(err)
			}
			var res payload.Result
			alloc := allocated(t, func() { res, err = payload.Check(data, "", asOf) })
			if err != nil {
				t.Fatalf("payload.Check() error = %v", err)
			}
			if !res.Valid() {
				t.Errorf("payload.Check() found the payload invalid:\n%s", list(res.Violations))
			}
			if res.Kind != tt.kind {
				t.Errorf("kind %q; want %q", res.Kind, tt.kind)
			}
			if n := items(data); n > strictjson.DefaultMaxItems*9/10 && tt.kind != itu.KindCandidacy {
				t.Errorf("%d list items; want at most 90%% of the limit of %d", n, strictjson.DefaultMaxItems)
			}
			if alloc > maxAlloc {
				t.Errorf("payload.Check() allocated %d MiB; want under %d MiB", alloc>>20, maxAlloc>>20)
			}
			t.Logf("%s: %d bytes, %d list items, %d violations (warnings), %.1f MiB allocated", tt.kind, len(data), items(data), len(res.Violations), float64(alloc)/(1<<20))
		})
	}
}

// items counts the list items of a payload as Decode counts them against
// strictjson.DefaultMaxItems: array items, and the members of the vote maps.
func items(data []byte) int {
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		panic(err)
	}
	var count func(v any) int
	count = func(v any) int {
		n := 0
		switch v := v.(type) {
		case []any:
			n += len(v)
			for _, x := range v {
				n += count(x)
			}
		case map[string]any:
			for k, x := range v {
				if m, ok := x.(map[string]any); ok && k == "votes" {
					n += len(m)
				}
				n += count(x)
			}
		}
		return n
	}
	return count(doc)
}

func bigCV() cv.CV {
	c := examples.KoreaCV()
	c.Education = grow(c.Education, 30)
	c.Career = grow(c.Career, 100)
	c.Activities = grow(c.Activities, 200)
	c.Achievements = grow(c.Achievements, 20)
	for i := range c.Achievements {
		c.Achievements[i].Items = grow(c.Achievements[i].Items, 100)
	}
	return c
}

func bigVision() cv.VisionStatement {
	v := examples.KoreaVisionStatement()
	v.Sections = grow(v.Sections, 50)
	for i := range v.Sections {
		v.Sections[i].Paragraphs = grow(v.Sections[i].Paragraphs, 20)
	}
	return v
}

func bigDossier() candidacy.Dossier {
	d := examples.KoreaDossier()
	c := bigCV()
	d.CV = &c
	return d
}

func bigCandidacy() candidacy.Candidacy {
	c := examples.KoreaDSGCandidacy()
	return c
}

func bigNote() correspondence.Note {
	n := examples.KoreaNote()
	n.Text = grow(n.Text, 100)
	n.References = grow(n.References, 50)
	return n
}

func bigNoteVerbale() correspondence.NoteVerbale {
	n := examples.KoreaNoteVerbale()
	n.Text = grow(n.Text, 100)
	return n
}

func bigLetter() correspondence.Letter {
	l := examples.KoreaLetter()
	l.Text = grow(l.Text, 100)
	return l
}

func bigConference() election.Conference {
	c := examples.FictionalConference()
	for i := len(c.Service); i < 1000; i++ {
		c.Service = append(c.Service, election.ServiceRecord{
			Person: names.Name(fmt.Sprintf("Mr Person%04d EXAMPLE", i)),
			Terms:  []election.Term{{Post: itu.BoardMember, Conference: "PP-18", Years: election.Years{First: 2019, Last: 2022}}},
		})
	}
	return c
}

// bigElection is a Secretary-General election with every Member State
// standing, decided in round 1.
func bigElection() election.Election {
	e := examples.FictionalSecretaryGeneralElection()
	e.Candidates = e.Candidates[:1]
	for _, m := range itu.MemberStates(e.Date) {
		if len(e.Candidates) == 190 {
			break
		}
		if m.Code != e.Candidates[0].MemberState {
			e.Candidates = append(e.Candidates, election.Candidate{Name: names.Name("Dr A " + strings.ToUpper(m.Code.String())), MemberState: m.Code})
		}
	}
	votes := map[itu.StateCode]int{e.Candidates[0].MemberState: 120}
	for _, c := range e.Candidates[1:51] {
		votes[c.MemberState] = 1
	}
	e.Rounds = []election.Round{{Number: 1, Votes: votes, PresentAndVoting: 172, Majority: 86}}
	return e
}
