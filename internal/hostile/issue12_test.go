package hostile

import (
	"errors"
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/election"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/names"
	"github.com/plenipot/itu/strictjson"
)

// The rows of issue 12: payloads within every bound that crashed a check,
// cost it far more than linear time or memory, or talked their way past a
// rule. Each is built by a generator; nothing large is kept in testdata.

// encoded returns a generator of the JSON encoding of the record f returns.
func encoded(f func() any) func() []byte {
	return func() []byte {
		b, err := strictjson.Encode(f())
		if err != nil {
			panic(err)
		}
		return b
	}
}

// crashPayload is the 228-byte payload of issue 12 that crashed
// payload.Check, Election.Check, 'itu validate' and 'itu tally' with an
// index out of range in election.leaders: seats out of range, yet the rounds
// replayed with it.
const crashPayload = `{"kind":"election","conference":"PP-22","post":"COUNCIL","region":"A","seats":4611686018427387904,"procedure":{"runoff_after":1},"candidates":[{"member_state":"USA"}],"rounds":[{"number":1,"votes":{"USA":1},"valid_ballots":2}]}`

func crashRows() []hostileTest {
	withSeats := func(seats string) func() []byte {
		return text(strings.Replace(crashPayload, "4611686018427387904", seats, 1))
	}
	return []hostileTest{
		{name: "issue 12 crash payload", in: text(crashPayload), want: []want{{"/seats", "field.range"}}},
		{name: "issue 12 crash payload, seats 101", in: withSeats("101"), want: []want{{"/seats", "field.range"}}},
		{name: "issue 12 crash payload, seats 2^63-1", in: withSeats("9223372036854775807"), want: []want{{"/seats", "field.range"}}},
		{name: "issue 12 crash payload, seats 0", in: withSeats("0"), want: []want{{"/seats", "election.seats.count"}}},
		{name: "issue 12 crash payload, runoff after 2^62", in: text(strings.Replace(crashPayload, `"runoff_after":1`, `"runoff_after":4611686018427387904`, 1)), want: []want{{"/seats", "field.range"}, {"/procedure/runoff_after", "field.range"}}},
		{name: "issue 12 crash payload, valid ballots 2^62", in: text(strings.Replace(crashPayload, `"valid_ballots":2`, `"valid_ballots":4611686018427387904`, 1)), want: []want{{"/seats", "field.range"}, {"/rounds/0/valid_ballots", "election.round.count"}}},
		{name: "issue 12 crash payload in a conference", in: func() []byte {
			return []byte(`{"kind":"conference","code":"PP-22","opening":"2022-09-26","elections":[` + strings.Replace(crashPayload, `"kind":"election",`, "", 1) + `]}`)
		}, want: []want{{"/elections/0/seats", "field.range"}}},
	}
}

func invisibleRows() []hostileTest {
	return []hostileTest{
		{name: "zero-width spaces as a vision-statement paragraph", in: patched("korea-2021-vision-statement", "/sections/0/paragraphs/0/spans/0/text", `"\u200b\u200b\u200b"`), want: []want{{"/sections/0/paragraphs/0*", "field.text"}}},
		{name: "Hangul filler U+3164 as a name", in: patched("korea-2021-cv", "/name", `"\u3164"`), want: []want{{"/name", "field.text"}}},
		{name: "Hangul fillers U+115F U+1160 U+FFA0 as a nationality", in: patched("korea-2021-cv", "/profile/nationality_text", `"\u115f\u1160\uffa0"`), want: []want{{"/profile/nationality_text", "field.text"}}},
		{name: "Hangul filler as a candidate's name", in: patched("pp-22-sg-election", "/candidates/0/name", `"\u3164 \u3164"`), want: []want{{"/candidates/0/name", "field.text"}}},
		{name: "Braille blank as a subject", in: patched("korea-2021-note", "/subject", `"\u2800\u2800\u2800"`), want: []want{{"/subject", "field.text"}}},
		{name: "tag characters as a salutation", in: patched("korea-2021-letter", "/salutation", `"\udb40\udc41\udb40\udc42\udb40\udc43"`), want: []want{{"/salutation", "field.text"}}},
		{name: "lone combining marks as a title", in: patched("korea-2021-note", "/title", `"\u0301\u0308\u0327"`), want: []want{{"/title", "field.text"}}},
		{name: "format characters as a body", in: patched("korea-2021-note", "/body", `"\u200b\u200c\u200d\u00ad\ufeff\u2060\u180e"`), want: []want{{"/body", "field.text"}}},
		{name: "variation selectors as a closing", in: patched("korea-2021-letter", "/closing", `"\ufe0f\ufe0e\udb40\udd00"`), want: []want{{"/closing", "field.text"}}},
		{name: "bidi controls as an addressee", in: patched("korea-2021-note-verbale", "/addressee", `"\u202e\u2066\u2069\u200f"`), want: []want{{"/addressee", "field.text"}}},
		{name: "wide spaces as a paragraph of a note", in: patched("korea-2021-note", "/text/0", `"\u00a0\u2003\u3000\u205f"`), want: []want{{"/text/0", "field.text"}}},
		{name: "zero-width spaces as a claim", in: func() []byte {
			return patch(fixture("korea-2021-dossier"), "/claims/0/text", `"\u200b\u2060"`)
		}, want: []want{{"/claims/0/text", "field.text"}}},
	}
}

// boardCandidacy is a Board candidacy of Korea at the given conference code.
func boardCandidacy(name names.Name, conference itu.ConferenceCode) candidacy.Candidacy {
	return candidacy.Candidacy{Post: itu.BoardMember, Candidate: name, Nationality: "KOR", MemberState: "KOR", Region: itu.RegionE, Conference: conference}
}

// termLimitConference is the fictional conference with a service record of
// two terms as Director of the Radiocommunication Bureau for Ms Ina MUSTER,
// who stands for it again: a candidacy her name in the candidacy written as
// candidate, her name in the service record as served.
func termLimitConference(candidate, served names.Name) func() []byte {
	return encoded(func() any {
		c := examples.FictionalConference()
		c.Service = []election.ServiceRecord{{Person: served, Terms: []election.Term{
			{Post: itu.DirectorBR, Conference: "PP-FV", Years: election.Years{First: 2014, Last: 2017}},
			{Post: itu.DirectorBR, Conference: "PP-FW", Years: election.Years{First: 2018, Last: 2021}},
		}}}
		if c.Candidacies[3].Candidate != "Ms Ina MUSTER" {
			panic("the fictional conference changed: " + c.Candidacies[3].Candidate)
		}
		c.Candidacies[3].Candidate = candidate
		return c
	})
}

func identityRows() []hostileTest {
	var rows []hostileTest
	for _, conf := range []string{"pp22", "PP 22", "pp-22", "ＰＰ-２２", "PP\u00ad-22", "PP-\u200b22"} {
		rows = append(rows, hostileTest{
			name: "one Board candidate per State, " + strconv.QuoteToASCII(conf) + " for PP-22",
			in: encoded(func() any {
				d := examples.KoreaDossier()
				d.Explicit = []candidacy.Candidacy{boardCandidacy("Mr Gil-dong HONG", "PP-22"), boardCandidacy("Ms Young-hee KIM", itu.ConferenceCode(conf))}
				return d
			}),
			want: []want{{"/candidacies/1/member_state", "candidacy.board.one_per_state"}},
		})
	}
	const plain = "Ms Ina MUSTER"
	rows = append(rows, hostileTest{name: "two-term limit, the same name", in: termLimitConference(plain, plain), want: []want{{"/candidacies/3/post", "election.term.limit"}}})
	for _, tt := range []struct{ how, name string }{
		{"soft hyphen", "Ms Ina MUS\u00adTER"},
		{"zero-width space", "Ms Ina MUS\u200bTER"},
		{"zero-width joiner", "Ms I\u200dna MUSTER"},
		{"zero-width non-joiner", "Ms Ina MUSTE\u200cR"},
		{"word joiner", "Ms Ina\u2060 MUSTER"},
		{"Cyrillic Е", "Ms Ina MUST\u0415R"},
		{"Cyrillic а", "Ms In\u0430 MUSTER"},
		{"Greek Μ", "Ms Ina \u039cUSTER"},
		{"fullwidth letters", "Ms Ina ＭＵＳＴＥＲ"},
		{"lower case", "Ms Ina Muster"},
		{"no-break space", "Ms Ina\u00a0MUSTER"},
		{"combining mark for a precomposed letter", "Ms Ina MUSTE\u0301R"},
	} {
		if tt.how == "combining mark for a precomposed letter" {
			// É written two ways is one name.
			rows = append(rows, hostileTest{name: "two-term limit, " + tt.how, in: termLimitConference(names.Name(tt.name), "Ms Ina MUST\u00c9R"), want: []want{{"/candidacies/3/post", "election.term.limit"}}})
			continue
		}
		rows = append(rows,
			hostileTest{name: "two-term limit, " + tt.how + " in the candidacy", in: termLimitConference(names.Name(tt.name), plain), want: []want{{"/candidacies/3/post", "election.term.limit"}}},
			hostileTest{name: "two-term limit, " + tt.how + " in the service record", in: termLimitConference(plain, names.Name(tt.name)), want: []want{{"/candidacies/3/post", "election.term.limit"}}},
		)
	}
	return rows
}

func pointerRows() []hostileTest {
	votes := func(key string) func() []byte {
		return patched("pp-22-sg-election", "/rounds/0/votes", `{"USA":139,"RUS":25,`+strconv.Quote(key)+`:1}`)
	}
	return []hostileTest{
		{name: "vote key R].U", in: votes("R].U"), want: []want{{"/rounds/0/votes/R].U", "field.too_long"}}},
		{name: "vote key with ~ and /", in: votes("R~/U"), want: []want{{"/rounds/0/votes/R~0~1U", "field.too_long"}}},
		{name: "vote key ~1", in: votes("~1"), want: []want{{"/rounds/0/votes/~01", "election.round.standing"}}},
		{name: "vote key with quotes and brackets", in: votes(`["a"]`), want: []want{{`/rounds/0/votes/["a"]`, "field.too_long"}}},
		{name: "vote key with dots and brackets", in: votes(`a.b[0]`), want: []want{{`/rounds/0/votes/a.b[0]`, "field.too_long"}}},
		{name: "withdrawn code R].U", in: patched("pp-22-sg-election", "/rounds/0/withdrawn", `["R].U"]`), want: []want{{"/rounds/0/withdrawn/0", "field.too_long"}}},
		{name: "1 MB vote key", in: votes(strings.Repeat("A", 1<<20)), want: []want{{"/rounds/0/votes/AAAA*", "field.too_long"}}, maxPath: 200},
		{name: "1 MB vote key of slashes", in: votes(strings.Repeat("/", 1<<20)), want: []want{{"/rounds/0/votes/~1~1*", "field.too_long"}}, maxPath: 200},
		{name: "200 vote keys of 20 KB", in: func() []byte {
			var b strings.Builder
			b.WriteString(`{"USA":139`)
			for i := range 199 {
				b.WriteString(`,"` + strings.Repeat("A", 20_000) + letters(i) + `":1`)
			}
			b.WriteString("}")
			return patch(fixture("pp-22-sg-election"), "/rounds/0/votes", b.String())
		}, want: []want{{"/rounds/0/votes/AAAA*", "field.too_long"}}, maxPath: 200},
		{name: "1 MB conference code in a candidacy", in: func() []byte {
			return patch(fixture("korea-2021-dsg-candidacy"), "/conference", strconv.Quote(strings.Repeat("PP-22 ", 170_000)))
		}, want: []want{{"/conference", "field.too_long"}}},
	}
}

// manyCandidates is the fictional Secretary-General election with nearly
// every Member State standing, and a vote for one that is not: the message
// lists the candidates it wants, and must still stop at 1000 bytes.
func manyCandidates() any {
	e := bigElection()
	e.Rounds[0].Votes["XXX"] = 1
	return e
}

// sameCandidacies is the fictional conference with n service records of
// two terms for Ms Ina MUSTER and n candidacies of hers for the same post:
// n² term-limit violations unless they are bounded.
func sameCandidacies(n int) func() []byte {
	return encoded(func() any {
		c := examples.FictionalConference()
		s := election.ServiceRecord{Person: "Ms Ina MUSTER", Terms: []election.Term{
			{Post: itu.DirectorBR, Conference: "PP-FV", Years: election.Years{First: 2014, Last: 2017}},
			{Post: itu.DirectorBR, Conference: "PP-FW", Years: election.Years{First: 2018, Last: 2021}},
		}}
		c.Service = grow([]election.ServiceRecord{s}, n)
		c.Candidacies = grow(c.Candidacies[3:4], n)
		return c
	})
}

// manyPeople is the Korea dossier naming 240 different people, each from a
// different Member State, for one post: 200 in the note, 20 each in the note
// verbale and the letter. Every document's people are matched with every
// other's, once by pairs of names.
func manyPeople() any {
	d := examples.KoreaDossier()
	rec := reflect.ValueOf(&d).Elem()
	resize(rec.FieldByName("Note").Elem().FieldByName("Candidatures"), 200, different)
	resize(rec.FieldByName("NoteVerbale").Elem().FieldByName("Candidatures"), 20, different)
	resize(rec.FieldByName("Letter").Elem().FieldByName("Candidatures"), 20, different)
	return d
}

// longCodes is an election whose 200 candidates have member_state codes of
// 5,000 characters, and a round with 200 votes for codes that are not
// standing: each message once quoted every candidate code in full before
// clipping.
func longCodes() any {
	e := examples.FictionalSecretaryGeneralElection()
	e.Candidates = nil
	for i := range 200 {
		e.Candidates = append(e.Candidates, election.Candidate{MemberState: itu.StateCode(strings.Repeat("A", 5000) + letters(i))})
	}
	votes := map[itu.StateCode]int{}
	for i := range 200 {
		votes[itu.StateCode("Q"+strings.ToUpper(letters(i)))] = 1
	}
	e.Rounds = e.Rounds[:1]
	e.Rounds[0].Votes = votes
	return e
}

func boundRows() []hostileTest {
	return []hostileTest{
		{name: "message listing 190 candidates", in: encoded(manyCandidates), want: []want{{"/rounds/0/votes/XXX", "election.round.standing"}}},
		{name: "dossier naming 240 different people for one post", in: encoded(manyPeople), want: []want{{"/*", "candidacy.person.mismatch"}}},
		{name: "a million term-limit violations", in: sameCandidacies(1000), want: []want{{"/candidacies/0/post", "election.term.limit"}}, maxViolations: 1100},
		{name: "ten thousand term-limit violations", in: sameCandidacies(100), want: []want{{"/candidacies/0/post", "election.term.limit"}}, maxViolations: 1100},
		{name: "200 candidates with 5,000-character codes, 200 votes not standing", in: encoded(longCodes), want: []want{{"/candidates/0/member_state", "field.too_long"}}, maxViolations: 1100},
	}
}

// TestAPINoPanic calls the Go API with the values issue 12 found panicking
// or overflowing: none panics, and extreme dates and seats compare and add
// as numbers do.
func TestAPINoPanic(t *testing.T) {
	try := func(name string, f func()) {
		t.Helper()
		defer func() {
			if r := recover(); r != nil {
				t.Errorf("%s panics: %v", name, r)
			}
		}()
		f()
	}
	try("(*ValidationError)(nil).Error", func() { _ = (*itu.ValidationError)(nil).Error() })
	try("errors.Is(typed nil *ValidationError)", func() { _ = errors.Is((*itu.ValidationError)(nil), itu.ErrInvalid) })
	try("(*MalformedError)(nil).Error", func() { _ = (*strictjson.MalformedError)(nil).Error() })
	try("errors.Is(typed nil *MalformedError)", func() { _ = errors.Is((*strictjson.MalformedError)(nil), strictjson.ErrMalformed) })
	try("itu.Violations(typed nil)", func() { _ = itu.Violations((*itu.ValidationError)(nil)) })
	try("DecodeReader(nil)", func() {
		if err := strictjson.DecodeReader(nil, new(cv.CV)); err == nil {
			t.Error("DecodeReader(nil) = nil; want an error")
		}
	})
	try("Date{}.In(nil)", func() { _ = civil.Date{}.In(nil) })
	try("Date.In(nil)", func() { _ = civil.MustParseDate("2022-09-26").In(nil) })
	try("Date.Compare extremes", func() {
		lo, hi := civil.Date{Year: math.MinInt, Month: 1, Day: 1}, civil.Date{Year: math.MaxInt, Month: 12, Day: 31}
		if lo.Compare(hi) >= 0 || hi.Compare(lo) <= 0 {
			t.Errorf("Date{MinInt}.Compare(Date{MaxInt}) = %d, reverse %d; want -1 and 1", lo.Compare(hi), hi.Compare(lo))
		}
		a, b := civil.Date{Year: 2022, Month: 1, Day: math.MinInt}, civil.Date{Year: 2022, Month: 1, Day: math.MaxInt}
		if a.Compare(b) >= 0 {
			t.Errorf("day MinInt compares %d with day MaxInt; want -1", a.Compare(b))
		}
		m1, m2 := civil.Date{Year: 2022, Month: time.Month(math.MinInt)}, civil.Date{Year: 2022, Month: time.Month(math.MaxInt)}
		if m1.Compare(m2) >= 0 {
			t.Errorf("month MinInt compares %d with month MaxInt; want -1", m1.Compare(m2))
		}
	})
	try("Election.Check with extreme counts", func() {
		e := examples.FictionalCouncilElection()
		e.Seats = math.MaxInt
		e.Rounds[0].ValidBallots = math.MaxInt
		e.Rounds[0].Blank = math.MaxInt
		e.Rounds[0].Invalid = math.MaxInt
		e.Rounds[0].PresentAndVoting = math.MinInt
		e.Procedure.RunoffAfter = math.MaxInt
		_ = e.Check(asOf)
		_, _ = e.Tally()
	})
	try("Conference.Check with extreme seats", func() {
		c := examples.FictionalConference()
		c.CouncilSeats = election.Seats{A: math.MaxInt, B: math.MaxInt, C: math.MaxInt, D: math.MaxInt, E: math.MaxInt}
		c.BoardSeats = election.Seats{A: math.MinInt, B: math.MinInt}
		c.Number = math.MaxInt
		vs := c.Check(asOf)
		found := false
		for _, v := range vs {
			found = found || strings.HasPrefix(v.Path, "/council_seats")
		}
		if !found {
			t.Errorf("Conference.Check() with council seats of MaxInt reports nothing at /council_seats:\n%s", list(vs))
		}
	})
}
