package itu_test

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/strictjson"
)

var lookupMemberStateTests = []struct {
	name string
	in   string
	want itu.StateCode // "" when nothing matches
}{
	{"code", "KOR", "KOR"},
	{"code lower case", "kor", "KOR"},
	{"code with spaces", " KOR\t", "KOR"},
	{"name as letters write it", "Republic of Korea", "KOR"},
	{"ITU short name", "Korea (Rep. of)", "KOR"},
	{"ISO style", "Korea, Republic of", "KOR"},
	{"upper case", "REPUBLIC OF KOREA", "KOR"},
	{"common name", "South Korea", "KOR"},
	{"short name written out", "Korea (Republic of)", "KOR"},
	{"DPRK short name", "Dem. People's Rep. of Korea", "PRK"},
	{"DPRK written out", "Democratic People's Republic of Korea", "PRK"},
	{"DPRK ISO style", "Korea, Democratic People's Republic of", "PRK"},
	{"Iran short name", "Iran (Islamic Republic of)", "IRN"},
	{"Iran reordered", "Islamic Republic of Iran", "IRN"},
	{"Iran", "Iran", "IRN"},
	{"Türkiye", "Türkiye", "TUR"},
	{"Turkey", "Turkey", "TUR"},
	{"Turkiye without diacritic", "Turkiye", "TUR"},
	{"Republic of Türkiye", "Republic of Türkiye", "TUR"},
	{"Côte d'Ivoire", "Côte d'Ivoire", "CIV"},
	{"Cote d'Ivoire", "Cote d'Ivoire", "CIV"},
	{"typographic apostrophe", "Côte d’Ivoire", "CIV"},
	{"Ivory Coast", "Ivory Coast", "CIV"},
	{"Palau", "Palau", "PLW"},
	{"Palau code", "plw", "PLW"},
	{"Lao short name", "Lao P.D.R.", "LAO"},
	{"Lao written out", "Lao People's Democratic Republic", "LAO"},
	{"Congo", "Congo (Rep. of the)", "COG"},
	{"Republic of the Congo", "Republic of the Congo", "COG"},
	{"DR Congo", "Democratic Republic of the Congo", "COD"},
	{"Niger", "Niger", "NER"},
	{"Nigeria", "Nigeria", "NGA"},
	{"Guinea", "Guinea", "GIN"},
	{"Equatorial Guinea", "Equatorial Guinea", "GNQ"},
	{"leading The", "The United Kingdom", "GBR"},
	{"long form", "United Kingdom of Great Britain and Northern Ireland", "GBR"},
	{"USA", "United States of America", "USA"},
	{"Viet Nam", "Viet Nam", "VNM"},
	{"Vietnam", "Vietnam", "VNM"},
	{"Holy See", "Holy See", "VAT"},
	{"Bolivia reordered", "Plurinational State of Bolivia", "BOL"},
	{"Moldova reordered", "Republic of Moldova", "MDA"},
	{"Tanzania ITU form", "Tanzania (United Republic of)", "TZA"},
	{"ITU long form", "Lithuania (Republic of)", "LTU"},
	{"ITU long form, abbreviated", "Lithuania (Rep. of)", "LTU"},
	{"ITU long form of Albania", "Albania (Republic of)", "ALB"},
	{"State's own long name", "Federative Republic of Brazil", "BRA"},
	{"long name with the", "Republic of the Niger", "NER"},
	{"long name, Arab Republic", "Arab Republic of Egypt", "EGY"},
	{"English CLDR", "Czechia", "CZE"},
	{"French", "Corée du Sud", "KOR"},
	{"French without accents", "COREE DU SUD", "KOR"},
	{"Spanish", "Corea del Sur", "KOR"},
	{"Russian", "Республика Корея", "KOR"},
	{"Chinese", "韩国", "KOR"},
	{"Arabic", "كوريا الجنوبية", "KOR"},
	{"French Lithuania", "Lituanie", "LTU"},
	{"Russian Lithuania", "Литва", "LTU"},
	{"Arabic Lithuania", "ليتوانيا", "LTU"},
	{"Chinese Lithuania", "立陶宛", "LTU"},
	{"Spanish Brazil", "Brasil", "BRA"},
	{"Republic of China is not China", "Republic of China", ""},
	{"China (Republic of) is not China", "China (Republic of)", ""},
	{"qualifier not a form of government", "Island of Lithuania", ""},
	{"qualifier alone with brackets", "(Republic of)", ""},
	{"long form of an ambiguous name", "Republic of Congo", ""},
	{"empty", "", ""},
	{"blank", "   ", ""},
	{"unknown code", "XXX", ""},
	{"Korea alone is ambiguous", "Korea", ""},
	{"Congo alone is ambiguous", "Congo", ""},
	{"not a Member State", "Kosovo", ""},
	{"region, not a state", "Europe", ""},
	{"alpha-2 code", "KR", ""},
	{"digit for letter", "K0R", ""},
	{"qualifier alone", "Republic of", ""},
	{"NUL byte", "KOR\x00", ""},
	{"invalid UTF-8", "Kor\xffea", ""},
}

func TestLookupMemberState(t *testing.T) {
	for _, tt := range lookupMemberStateTests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := itu.LookupMemberState(tt.in)
			if ok != (tt.want != "") || m.Code != tt.want {
				t.Fatalf("LookupMemberState(%q) = %q, %v; want %q", tt.in, m.Code, ok, tt.want)
			}
			code, err := itu.ParseStateCode(tt.in)
			if tt.want == "" {
				if !errors.Is(err, itu.ErrUnknownMemberState) || code != "" {
					t.Errorf("ParseStateCode(%q) = %q, %v; want ErrUnknownMemberState", tt.in, code, err)
				}
				return
			}
			if err != nil || code != tt.want {
				t.Errorf("ParseStateCode(%q) = %q, %v; want %q", tt.in, code, err, tt.want)
			}
		})
	}
}

var (
	pp22        = civil.MustParseDate("2022-09-26") // first day of PP-22, Bucharest
	palauJoined = civil.MustParseDate("2024-09-19")
)

func TestMemberStateCounts(t *testing.T) {
	tests := []struct {
		on   civil.Date
		want int
	}{
		{pp22, 193},
		{palauJoined.AddDays(-1), 193},
		{palauJoined, 194},
		{civil.MustParseDate("2026-01-01"), 194},
	}
	for _, tt := range tests {
		if got := len(itu.MemberStates(tt.on)); got != tt.want {
			t.Errorf("len(MemberStates(%v)) = %d, want %d", tt.on, got, tt.want)
		}
	}
	if got := len(itu.MemberStates(civil.Date{})); got != 194 {
		t.Errorf("len(MemberStates(zero)) = %d, want 194", got)
	}
}

func TestPalauMembership(t *testing.T) {
	tests := []struct {
		on   civil.Date
		want bool
	}{
		{pp22, false},
		{palauJoined.AddDays(-1), false},
		{palauJoined, true},
		{palauJoined.AddDays(1), true},
	}
	palau, ok := itu.LookupMemberState("Palau")
	if !ok {
		t.Fatal("Palau not found")
	}
	for _, tt := range tests {
		if got := itu.StateCode("PLW").MemberOn(tt.on); got != tt.want {
			t.Errorf("PLW.MemberOn(%v) = %v, want %v", tt.on, got, tt.want)
		}
		if got := palau.Code.MemberOn(tt.on); got != tt.want {
			t.Errorf("MemberState(Palau).Code.MemberOn(%v) = %v, want %v", tt.on, got, tt.want)
		}
		in := false
		for _, m := range itu.MemberStates(tt.on) {
			in = in || m.Code == "PLW"
		}
		if in != tt.want {
			t.Errorf("MemberStates(%v) holds Palau: %v, want %v", tt.on, in, tt.want)
		}
	}
	if palau.Joined != palauJoined {
		t.Errorf("Palau joined %v, want %v", palau.Joined, palauJoined)
	}
	// A state with no joining date on record counts as a member throughout.
	if !itu.StateCode("KOR").MemberOn(civil.MustParseDate("1952-01-31")) {
		t.Error("KOR.MemberOn(1952-01-31) = false, want true")
	}
	// South Sudan's joining date is on record too.
	if itu.StateCode("SSD").MemberOn(civil.MustParseDate("2011-07-13")) || !itu.StateCode("SSD").MemberOn(civil.MustParseDate("2011-07-14")) {
		t.Error("SSD membership does not start on 2011-07-14")
	}
	if itu.StateCode("XXX").MemberOn(pp22) || itu.StateCode("").MemberOn(pp22) {
		t.Error("an unknown code is a member")
	}
}

func TestStateCodeMethods(t *testing.T) {
	tests := []struct {
		code      itu.StateCode
		valid     bool
		name      string
		region    itu.Region
		confirmed bool
	}{
		{"KOR", true, "Korea (Rep. of)", itu.RegionE, true},
		{"ALB", true, "Albania", itu.RegionC, false},
		{"LTU", true, "Lithuania", itu.RegionB, false},
		{"PLW", true, "Palau", itu.RegionE, false},
		{"TUR", true, "Türkiye", itu.RegionB, true},
		{"kor", false, "", "", false},
		{"", false, "", "", false},
		{"XXX", false, "", "", false},
	}
	for _, tt := range tests {
		t.Run(string(tt.code), func(t *testing.T) {
			region, confirmed := tt.code.Region()
			m, found := tt.code.MemberState()
			got := []any{tt.code.IsValid(), tt.code.Name(), region, confirmed, found, m.Code == tt.code && found, tt.code.String()}
			want := []any{tt.valid, tt.name, tt.region, tt.confirmed, tt.valid, tt.valid, string(tt.code)}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("IsValid, Name, Region, confirmed, MemberState found, code, String mismatch (-want +got):\n%s", diff)
			}
			if found && (m.RegionStatus == itu.RegionConfirmed) != tt.confirmed {
				t.Errorf("RegionConfirmed() = %v, want %v", (m.RegionStatus == itu.RegionConfirmed), tt.confirmed)
			}
		})
	}
}

var alpha3 = regexp.MustCompile(`^[A-Z]{3}$`)

func TestRegistryRows(t *testing.T) {
	statuses := map[itu.RegionStatus]bool{itu.RegionConfirmed: true, itu.RegionInferred: true, itu.RegionLikely: true, itu.RegionUncertain: true}
	seen := map[itu.StateCode]bool{}
	for _, m := range itu.MemberStates(civil.Date{}) {
		if !alpha3.MatchString(string(m.Code)) || seen[m.Code] {
			t.Errorf("%q: code is not a unique ISO 3166-1 alpha-3 code", m.Code)
		}
		seen[m.Code] = true
		if !m.Code.IsValid() {
			t.Errorf("%s: IsValid() = false", m.Code)
		}
		if m.Name == "" || strings.TrimSpace(m.Name) != m.Name {
			t.Errorf("%s: name %q is empty or padded", m.Code, m.Name)
		}
		if !m.Region.IsValid() {
			t.Errorf("%s: region %q is not valid", m.Code, m.Region)
		}
		if !statuses[m.RegionStatus] {
			t.Errorf("%s: region status %q is not one of the four", m.Code, m.RegionStatus)
		}
		if !m.Joined.IsZero() && !m.Joined.IsValid() {
			t.Errorf("%s: joining date %v is not valid", m.Code, m.Joined)
		}
		for _, form := range append([]string{m.Name}, m.Aliases...) {
			if got, ok := itu.LookupMemberState(form); !ok || got.Code != m.Code {
				t.Errorf("%s: LookupMemberState(%q) = %q, %v", m.Code, form, got.Code, ok)
			}
		}
		if got, ok := itu.LookupMemberState(string(m.Code)); !ok || got.Code != m.Code {
			t.Errorf("LookupMemberState(%q) = %q, %v", m.Code, got.Code, ok)
		}
	}
}

func TestRegionTotals(t *testing.T) {
	want := map[itu.Region]int{"A": 35, "B": 31, "C": 24, "D": 54, "E": 50}
	got := map[itu.Region]int{}
	for _, m := range itu.MemberStates(civil.Date{}) {
		got[m.Region]++
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Member States per region mismatch (-want +got):\n%s", diff)
	}
}

// TestMemberStatesCopies checks that callers get copies: changing a returned
// row leaves the registry as it was.
func TestMemberStatesCopies(t *testing.T) {
	m, _ := itu.LookupMemberState("KOR")
	m.Aliases[0] = "changed"
	m.Name = "changed"
	all := itu.MemberStates(civil.Date{})
	for i := range all {
		for j := range all[i].Aliases {
			all[i].Aliases[j] = "changed"
		}
	}
	again, _ := itu.LookupMemberState("KOR")
	if diff := cmp.Diff([]string{"Korea, Republic of", "South Korea"}, again.Aliases); diff != "" {
		t.Errorf("registry aliases changed through a returned row (-want +got):\n%s", diff)
	}
	if _, ok := itu.LookupMemberState("changed"); ok {
		t.Error("a changed copy became a lookup key")
	}
}

// TestMemberStatesJSON checks the registry rows survive the strict decoder.
func TestMemberStatesJSON(t *testing.T) {
	all := itu.MemberStates(civil.Date{})
	b, err := strictjson.Encode(all)
	if err != nil {
		t.Fatal(err)
	}
	var back []itu.MemberState
	if err := strictjson.Decode(b, &back); err != nil {
		t.Fatalf("Decode(Encode(MemberStates(zero))) error = %v", err)
	}
	if diff := cmp.Diff(all, back); diff != "" {
		t.Errorf("JSON round trip mismatch (-want +got):\n%s", diff)
	}
}

func TestLookupMemberStateHostile(t *testing.T) {
	for _, s := range []string{strings.Repeat("Korea ", 1<<14), strings.Repeat("\x00", 1<<16), strings.Repeat("\xff", 1<<16)} {
		if m, ok := itu.LookupMemberState(s); ok {
			t.Errorf("LookupMemberState(%.20q…) = %q", s, m.Code)
		}
		if _, err := itu.ParseStateCode(s); !errors.Is(err, itu.ErrUnknownMemberState) || len(err.Error()) > 500 {
			t.Errorf("ParseStateCode(%.20q…) error = %.100v (%d bytes); want a short ErrUnknownMemberState", s, err, len(err.Error()))
		}
	}
}

func FuzzLookupMemberState(f *testing.F) {
	for _, tt := range lookupMemberStateTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, ok := itu.LookupMemberState(s)
		code, err := itu.ParseStateCode(s)
		if !ok {
			if !errors.Is(err, itu.ErrUnknownMemberState) || code != "" || m.Code != "" {
				t.Fatalf("LookupMemberState(%q) found nothing but ParseStateCode = %q, %v", s, code, err)
			}
			return
		}
		if err != nil || code != m.Code || !m.Code.IsValid() {
			t.Fatalf("LookupMemberState(%q) = %q but ParseStateCode = %q, %v", s, m.Code, code, err)
		}
		for _, again := range []string{m.Code.String(), m.Name} {
			if n, ok := itu.LookupMemberState(again); !ok || n.Code != m.Code {
				t.Fatalf("LookupMemberState(%q) = %q, %v; want %q (found from %q)", again, n.Code, ok, m.Code, s)
			}
		}
	})
}

// TestMemberStateNamesInSixLanguages finds every Member State by its ITU
// name, its English (CLDR) name and its CLDR name in each of the five other
// official languages; a name CLDR lacks is skipped and counted (issue 15).
func TestMemberStateNamesInSixLanguages(t *testing.T) {
	skipped, checked := 0, 0
	for _, m := range itu.MemberStates(civil.Date{}) {
		if got, ok := itu.LookupMemberState(m.Name); !ok || got.Code != m.Code {
			t.Errorf("%s: LookupMemberState(%q) = %q, %v", m.Code, m.Name, got.Code, ok)
		}
		for _, l := range itu.Languages() {
			name := m.Code.NameIn(l)
			if name == "" {
				skipped++
				continue
			}
			checked++
			if got, ok := itu.LookupMemberState(name); !ok || got.Code != m.Code {
				t.Errorf("%s: LookupMemberState(%q) (%s) = %q, %v", m.Code, name, l, got.Code, ok)
			}
		}
	}
	t.Logf("%d Member States: %d names in six languages found, %d skipped where CLDR has no name", len(itu.MemberStates(civil.Date{})), checked, skipped)
	if checked < 6*190 {
		t.Errorf("only %d CLDR names checked; want at least %d", checked, 6*190)
	}
}

func TestStateCodeNameIn(t *testing.T) {
	tests := []struct {
		name string
		code itu.StateCode
		lang itu.Language
		want string
	}{
		{"French", "KOR", itu.French, "Corée du Sud"},
		{"Spanish", "LTU", itu.Spanish, "Lituania"},
		{"Russian", "BRA", itu.Russian, "Бразилия"},
		{"Chinese", "CHN", itu.Chinese, "中国"},
		{"Arabic", "EGY", itu.Arabic, "مصر"},
		{"English", "CZE", itu.English, "Czechia"},
		{"unknown code", "XXX", itu.French, ""},
		{"unknown language", "KOR", itu.Language(0), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.code.NameIn(tt.lang); got != tt.want {
				t.Errorf("%s.NameIn(%v) = %q, want %q", tt.code, tt.lang, got, tt.want)
			}
		})
	}
}

// A Member State is found by its name in any of the six official languages,
// as CLDR writes it, and by ITU's long forms.
func ExampleLookupMemberState_languages() {
	for _, name := range []string{"Lithuania (Republic of)", "Federative Republic of Brazil", "Corée du Sud", "Corea del Sur", "Республика Корея", "韩国", "كوريا الجنوبية"} {
		m, _ := itu.LookupMemberState(name)
		fmt.Println(m.Code)
	}
	fmt.Println(itu.StateCode("LTU").NameIn(itu.French))
	// Output:
	// LTU
	// BRA
	// KOR
	// KOR
	// KOR
	// KOR
	// KOR
	// Lituanie
}
