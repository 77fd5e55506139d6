package check

import (
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/clip"
)

func TestNamespacePath(t *testing.T) {
	tests := []struct {
		ns, want string
	}{
		{"CV", ""},
		{"CV.name", "/name"},
		{"CV.career[3].end", "/career/3/end"},
		{"Dossier.cv.career[10].period", "/cv/career/10/period"},
		{"T.grid[1][2]", "/grid/1/2"},
		{"T.grid[1][2].cell", "/grid/1/2/cell"},
		{"T.by_key[KOR].city", "/by_key/KOR/city"},
		{"T.by_key[a.b].city", "/by_key/a.b/city"},
		{"T.by_key[a/b].city", "/by_key/a~1b/city"},
		{"T.by_key[a~b]", "/by_key/a~0b"},
		{"T.by_key[]", "/by_key/"},
		{"T.by_key[x][y].z", "/by_key/x/y/z"},
		{"T.by_key[a]b]", "/by_key/a]b"},
		{"T.a~b/c", "/a~0b~1c"},
		{"T.list[", "/list/"},
		{"T.list[0", "/list/0"},
	}
	for _, tt := range tests {
		if got := namespacePath(tt.ns, nil); got != tt.want {
			t.Errorf("namespacePath(%q) = %q, want %q", tt.ns, got, tt.want)
		}
	}
}

type nsCity struct {
	City string `json:"city"`
}

type nsRecord struct {
	Votes  map[itu.StateCode]int `json:"votes"`
	ByKey  map[string]nsCity     `json:"by_key"`
	Rounds []struct {
		Votes map[string]*int `json:"votes"`
	} `json:"rounds"`
	Grid [][]string `json:"grid"`
}

// TestNamespacePathMapKeys is the regression test for a vote key "R].U"
// reported at "/rounds/0/votes/R/U]" (issue 12): the key of a map of plain
// values runs to the namespace's last "]", and every token is escaped and
// cut by pointer.Token.
func TestNamespacePathMapKeys(t *testing.T) {
	typ := reflect.TypeFor[nsRecord]()
	tests := []struct {
		name, ns, want string
	}{
		{"plain key", "T.votes[KOR]", "/votes/KOR"},
		{"bracket and dot", "T.votes[R].U]", "/votes/R].U"},
		{"opening bracket", "T.votes[a[0]]", "/votes/a[0]"},
		{"brackets and quotes", `T.votes[["a"]]`, `/votes/["a"]`},
		{"dots and brackets", "T.votes[a.b[0]]", "/votes/a.b[0]"},
		{"tilde and slash", "T.votes[R~/U]", "/votes/R~0~1U"},
		{"empty key", "T.votes[]", "/votes/"},
		{"nested list then map", "T.rounds[0].votes[R].U]", "/rounds/0/votes/R].U"},
		{"pointer values", "T.rounds[1].votes[x]]]", "/rounds/1/votes/x]]"},
		{"struct values", "T.by_key[a.b].city", "/by_key/a.b/city"},
		{"grid", "T.grid[1][2]", "/grid/1/2"},
		{"huge key", "T.votes[" + strings.Repeat("/", 1<<16) + "]", "/votes/" + strings.Repeat("~1", (itu.MaxPathToken-3)/2) + "…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, namespacePath(tt.ns, typ)); diff != "" {
				t.Errorf("namespacePath(%.80q) (-want +got):\n%s", tt.ns, diff)
			}
		})
	}
}

func TestTextOK(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"empty is for required to judge", "", true},
		{"word", "Chaesub", true},
		{"accents", "Côte d'Ivoire", true},
		{"tab, newline and carriage return", "a\tb\r\nc", true},
		{"inner line separator", "a\u2028b", true},
		{"space", " ", false},
		{"whitespace only", " \t\r\n ", false},
		{"no-break spaces only", "\u00a0\u3000", false},
		{"NUL", "a\x00b", false},
		{"NUL only", "\x00", false},
		{"bell", "a\ab", false},
		{"escape", "\x1b[31mred", false},
		{"delete", "a\x7f", false},
		{"C1 control", "a\u0085b", false},
		{"invalid UTF-8", "a\xffb", false},
		{"truncated rune", "caf\xc3", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TextOK(tt.in); got != tt.want {
				t.Errorf("TextOK(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

type testCode string

func (c testCode) IsValid() bool { return c == "ok" }

type testBare string

func (c testBare) IsValid() bool { return c == "ok" }

func init() { Describe[testCode](`the word "ok"`) }

type testPlace struct {
	City string `json:"city" validate:"required,max=10,text"`
}

type testRecord struct {
	Kind    itu.Kind             `json:"kind,omitzero"`
	Name    string               `json:"name" validate:"required,max=5,text"`
	Note    string               `json:"note,omitzero" validate:"max=20,text"`
	Tags    []string             `json:"tags,omitzero" validate:"max=2,dive,max=3"`
	Places  []testPlace          `json:"places" validate:"min=1,max=3,dive"`
	Home    testPlace            `json:"home"`
	Post    itu.Post             `json:"post" validate:"required,valid"`
	Region  itu.Region           `json:"region,omitzero" validate:"valid"`
	State   itu.StateCode        `json:"state,omitzero" validate:"valid"`
	Date    civil.Date           `json:"date,omitzero" validate:"valid"`
	Period  civil.Period         `json:"period,omitzero" validate:"valid"`
	Score   int                  `json:"score,omitzero" validate:"omitempty,min=1,max=10"`
	Grid    [][]string           `json:"grid,omitzero" validate:"dive,dive,max=2"`
	ByKey   map[string]testPlace `json:"by_key,omitzero" validate:"dive"`
	Code    testCode             `json:"code,omitzero" validate:"valid"`
	Bare    testBare             `json:"bare,omitzero" validate:"valid"`
	Letters string               `json:"letters,omitzero" validate:"omitempty,min=3"`
	GoName  string               `validate:"max=1"`
	Long    string               `json:"long,omitzero" validate:"max=1000,text"`
}

func validRecord() testRecord {
	return testRecord{
		Name:   "Lee",
		Places: []testPlace{{City: "Seoul"}},
		Home:   testPlace{City: "Geneva"},
		Post:   itu.DeputySecretaryGeneral,
	}
}

func TestFields(t *testing.T) {
	v := func(path string, rule itu.Rule, msg string) itu.Violation { return rule.At(path, msg) }
	tests := []struct {
		name   string
		mutate func(*testRecord)
		want   []itu.Violation
	}{
		{"valid", func(*testRecord) {}, nil},
		{"required text and struct field", func(r *testRecord) { r.Name = ""; r.Home.City = "" }, []itu.Violation{
			v("/home/city", RuleRequired, "is required"),
			v("/name", RuleRequired, "is required"),
		}},
		{"required enum", func(r *testRecord) { r.Post = 0 }, []itu.Violation{v("/post", RuleRequired, "is required")}},
		{"too long counts characters", func(r *testRecord) { r.Name = "Chaesub" }, []itu.Violation{v("/name", RuleTooLong, "is 7 characters long; at most 5 allowed")}},
		{"too long multibyte", func(r *testRecord) { r.Name = "éééééé" }, []itu.Violation{v("/name", RuleTooLong, "is 6 characters long; at most 5 allowed")}},
		{"five multibyte characters fit", func(r *testRecord) { r.Name = "ééééé" }, nil},
		{"blank", func(r *testRecord) { r.Name = "   " }, []itu.Violation{v("/name", RuleText, `"   " is blank or holds control characters; want visible text`)}},
		{"control character", func(r *testRecord) { r.Note = "a\x00b" }, []itu.Violation{v("/note", RuleText, `"a\x00b" is blank or holds control characters; want visible text`)}},
		{"invalid UTF-8", func(r *testRecord) { r.Note = "a\xffb" }, []itu.Violation{v("/note", RuleText, `"a\xffb" is blank or holds control characters; want visible text`)}},
		{"too many", func(r *testRecord) { r.Tags = []string{"a", "b", "c"} }, []itu.Violation{v("/tags", RuleTooMany, "has 3 items; at most 2 allowed")}},
		{"element too long", func(r *testRecord) { r.Tags = []string{"ok", "long"} }, []itu.Violation{v("/tags/1", RuleTooLong, "is 4 characters long; at most 3 allowed")}},
		{"too few", func(r *testRecord) { r.Places = nil }, []itu.Violation{v("/places", RuleTooFew, "has 0 items; at least 1 needed")}},
		{"struct in a list", func(r *testRecord) { r.Places = []testPlace{{City: "Seoul"}, {}, {City: "Rio de Janeiro"}} }, []itu.Violation{
			v("/places/1/city", RuleRequired, "is required"),
			v("/places/2/city", RuleTooLong, "is 14 characters long; at most 10 allowed"),
		}},
		{"nested slices", func(r *testRecord) { r.Grid = [][]string{{"a"}, {"b", "ccc"}} }, []itu.Violation{v("/grid/1/1", RuleTooLong, "is 3 characters long; at most 2 allowed")}},
		{"map keys escaped", func(r *testRecord) {
			r.ByKey = map[string]testPlace{"KOR": {City: "Seoul"}, "a/b~c": {}, "x.y": {City: " "}}
		}, []itu.Violation{
			v("/by_key/a~1b~0c/city", RuleRequired, "is required"),
			v("/by_key/x.y/city", RuleText, `" " is blank or holds control characters; want visible text`),
		}},
		{"invalid post", func(r *testRecord) { r.Post = 42 }, []itu.Violation{v("/post", RuleInvalid, `"Post(42)" is not valid; want a post code: SG, DSG, BR, TSB, BDT, RRB or COUNCIL`)}},
		{"invalid region", func(r *testRecord) { r.Region = "F" }, []itu.Violation{v("/region", RuleInvalid, `"F" is not valid; want a region letter A to E`)}},
		{"unknown state", func(r *testRecord) { r.State = "XXX" }, []itu.Violation{v("/state", RuleInvalid, `"XXX" is not valid; want the ISO 3166-1 alpha-3 code of an ITU Member State, such as "KOR"`)}},
		{"impossible date", func(r *testRecord) { r.Date = civil.Date{Year: 2021, Month: 2, Day: 30} }, []itu.Violation{v("/date", RuleInvalid, `"2021-02-30" is not valid; want a calendar date YYYY-MM-DD`)}},
		{"bad period", func(r *testRecord) {
			r.Period = civil.Period{Start: civil.Year(2015), End: civil.Year(2020), Present: true}
		}, []itu.Violation{
			v("/period", RuleInvalid, `"2015 – Present" is not valid; want a period such as "2015 – Present" or "1986 – 1994"`),
		}},
		{"valid codes pass", func(r *testRecord) {
			r.Region, r.State, r.Date, r.Period, r.Code, r.Bare = itu.RegionE, "KOR", civil.MustParseDate("2021-11-09"), civil.MustParsePeriod("2015 – Present"), "ok", "ok"
		}, nil},
		{"described own type", func(r *testRecord) { r.Code = "nope" }, []itu.Violation{v("/code", RuleInvalid, `"nope" is not valid; want the word "ok"`)}},
		{"undescribed own type", func(r *testRecord) { r.Bare = "nope" }, []itu.Violation{v("/bare", RuleInvalid, `"nope" is not valid; want a valid value`)}},
		{"range", func(r *testRecord) { r.Score = 11 }, []itu.Violation{v("/score", RuleRange, "is 11; at most 10 allowed")}},
		{"range low", func(r *testRecord) { r.Score = -1 }, []itu.Violation{v("/score", RuleRange, "is -1; at least 1 allowed")}},
		{"string too short", func(r *testRecord) { r.Letters = "ab" }, []itu.Violation{v("/letters", RuleText, "is too short; at least 3 characters needed")}},
		{"Go name without a json tag", func(r *testRecord) { r.GoName = "ab" }, []itu.Violation{v("/GoName", RuleTooLong, "is 2 characters long; at most 1 allowed")}},
		{"first failing tag only", func(r *testRecord) { r.Note = strings.Repeat("é", 70) + "\x00" }, []itu.Violation{
			v("/note", RuleTooLong, "is 71 characters long; at most 20 allowed"),
		}},
		{"long value quoted short", func(r *testRecord) { r.Long = strings.Repeat("é", clip.Max+10) + "\x00" }, []itu.Violation{
			v("/long", RuleText, `"`+strings.Repeat("é", clip.Max)+`…" is blank or holds control characters; want visible text`),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := validRecord()
			tt.mutate(&rec)
			r := New()
			r.Fields("", rec)
			if diff := cmp.Diff(tt.want, r.Violations()); diff != "" {
				t.Errorf("Fields mismatch (-want +got):\n%s", diff)
			}
			// A base path prefixes every path; a pointer validates the same.
			r = New()
			r.Fields("/cv", &rec)
			var want []itu.Violation
			for _, v := range tt.want {
				v.Path = "/cv" + v.Path
				want = append(want, v)
			}
			if diff := cmp.Diff(want, r.Violations()); diff != "" {
				t.Errorf("Fields(/cv, &rec) mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFieldsNotAStruct(t *testing.T) {
	for _, v := range []any{nil, 5, "x"} {
		r := New()
		r.Fields("/x", v)
		vs := r.Violations()
		if len(vs) != 1 || vs[0].Code != RuleInvalid.Code || vs[0].Path != "/x" {
			t.Errorf("Fields(%#v) = %v, want one field.invalid at /x", v, vs)
		}
	}
}

func TestQuote(t *testing.T) {
	tests := []struct {
		in   any
		want string
	}{
		{"abc", `"abc"`},
		{itu.DirectorTSB, `"TSB"`},
		{strings.Repeat("a", clip.Max), `"` + strings.Repeat("a", clip.Max) + `"`},
		{strings.Repeat("é", 40), `"` + strings.Repeat("é", 40) + `"`}, // 80 bytes, 40 characters: not cut
		{strings.Repeat("a", clip.Max+1), `"` + strings.Repeat("a", clip.Max) + `…"`},
	}
	for _, tt := range tests {
		if got := quote(tt.in); got != tt.want {
			t.Errorf("quote(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
