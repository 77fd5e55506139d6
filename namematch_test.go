package itu_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"

	"github.com/plenipot/itu"
)

var (
	same      = itu.NameSame
	variant   = itu.NameVariant
	different = itu.NameDifferent
)

var compareNamesTests = []struct {
	name string
	a, b itu.Name
	want itu.NameMatch
}{
	// Issue 14: one person as real documents write them.
	{"multi-word family, comma form", "Ms Gisa FUATAI PURCELL", "FUATAI PURCELL, Gisa", itu.NameMatch{Verdict: same}},
	{"middle name dropped", "Dr Cosmas Luckyson ZAVAZAVA", "Dr Cosmas Zavazava", itu.NameMatch{Verdict: variant, Differs: itu.DiffMiddleName}},
	{"initial for a middle name", "Mr Edmund Y. FIANKO", "Edmund Yirenkyi Fianko", itu.NameMatch{Verdict: variant, Differs: itu.DiffInitial}},
	{"family first with patronymic", "ISMAILOV Rashid Rafkatovich", "Mr Rashid ISMAILOV", itu.NameMatch{Verdict: variant, Differs: itu.DiffPatronymic}},
	{"French Mme", "Mme Chantal BEAUMIER", "Chantal Beaumier", itu.NameMatch{Verdict: same}},
	{"French M.", "M. Yvon HENRI", "Mr Yvon Henri", itu.NameMatch{Verdict: same}},
	{"Spanish Sr., diacritics", "Sr. Javier JUÁREZ MOJICA", "Javier Juarez Mojica", itu.NameMatch{Verdict: same, Differs: itu.DiffDiacritics}},
	{"Indian Smt.", "Smt. Revathi MANNEPALLI", "Revathi Mannepalli", itu.NameMatch{Verdict: same}},
	{"one of several family names dropped", "Ms Anusha RAHMAN AHMAD KHAN", "Anusha Rahman Khan", itu.NameMatch{Verdict: variant, Differs: itu.DiffNamePart}},
	// The seed dossier's forms of Dr Chaesub LEE and the minister.
	{"seed CV and Note", "DR. LEE, CHAESUB", "Dr Chaesub LEE", itu.NameMatch{Verdict: same}},
	{"seed letter", "Dr. Chaesub Lee", "Dr Chaesub LEE", itu.NameMatch{Verdict: same}},
	{"seed vision, no title", "Chaesub LEE", "DR. LEE, CHAESUB", itu.NameMatch{Verdict: same}},
	{"hyphen", "Mr. Chae-sub Lee", "Dr Chaesub LEE", itu.NameMatch{Verdict: same, Differs: itu.DiffHyphen}},
	{"space for hyphen", "Doreen Bogdan Martin", "Ms Doreen BOGDAN-MARTIN", itu.NameMatch{Verdict: same, Differs: itu.DiffHyphen}},
	{"space inside a given name", "LEE Chae sub", "LEE Chaesub", itu.NameMatch{Verdict: same, Differs: itu.DiffHyphen}},
	{"family first, Korean order", "H.E. Ms. Lim Hyesook", "Hyesook LIM", itu.NameMatch{Verdict: same, Differs: itu.DiffOrder}},
	{"family first in capitals", "LIM Hyesook", "Hyesook LIM", itu.NameMatch{Verdict: same}},
	{"excellency without hyphen", "H. E. Mr. Houlin Zhao", "Houlin ZHAO", itu.NameMatch{Verdict: same}},
	{"two titles", "Prof. Dr. Jane DOE", "Jane Doe", itu.NameMatch{Verdict: same}},
	{"Eng.", "Eng. Edmund Yirenkyi FIANKO", "Edmund Yirenkyi Fianko", itu.NameMatch{Verdict: same}},
	{"Ing.", "Ing. Edmund Yirenkyi Fianko", "Edmund Y. Fianko", itu.NameMatch{Verdict: variant, Differs: itu.DiffInitial}},
	{"Amb.", "Amb. Tomas LAMANAUSKAS", "Mr Tomas Lamanauskas", itu.NameMatch{Verdict: same}},
	{"Mlle", "Mlle Chantal BEAUMIER", "Chantal BEAUMIER", itu.NameMatch{Verdict: same}},
	{"French M. before an accented name", "M. Touré Amadou", "Amadou TOURÉ", itu.NameMatch{Verdict: same, Differs: itu.DiffOrder}},
	{"M. as an initial", "M. K. GANDHI", "Mohandas Karamchand Gandhi", itu.NameMatch{Verdict: variant, Differs: itu.DiffInitial}},
	{"Spanish La Sra.", "La Sra. Doreen Bogdan-Martin", "Doreen BOGDAN-MARTIN", itu.NameMatch{Verdict: same}},
	{"Spanish Dña.", "Dña. María DE LA CRUZ", "DE LA CRUZ, María", itu.NameMatch{Verdict: same}},
	{"Spanish Lic.", "Lic. Javier Juárez Mojica", "JUÁREZ MOJICA, Javier", itu.NameMatch{Verdict: same}},
	{"Spanish Dr.", "Dr. Mario MANIEWICZ", "Mario Maniewicz", itu.NameMatch{Verdict: same}},
	{"Russian г-н", "г-н Рашид Исмаилов", "Рашид ИСМАИЛОВ", itu.NameMatch{Verdict: same}},
	{"Russian Г-жа", "Г-жа Дорин Богдан-Мартин", "Дорин Богдан-Мартин", itu.NameMatch{Verdict: same}},
	{"Russian д-р", "д-р Чхэ Соб Ли", "Чхэ Соб Ли", itu.NameMatch{Verdict: same}},
	{"Russian patronymic", "ИСМАИЛОВ Рашид Рафкатович", "г-н Рашид Исмаилов", itu.NameMatch{Verdict: variant, Differs: itu.DiffPatronymic}},
	{"Chinese 先生 suffix", "赵厚麟先生", "赵厚麟", itu.NameMatch{Verdict: same}},
	{"Chinese 博士 suffix", "李在摄博士", "李在摄", itu.NameMatch{Verdict: same}},
	{"Chinese 女士 suffix, middle dots", "多琳•伯格丹-马丁女士", "多琳·伯格丹-马丁", itu.NameMatch{Verdict: same}},
	{"Arabic السيدة", "السيدة دورين بوغدان-مارتن", "دورين بوغدان-مارتن", itu.NameMatch{Verdict: same}},
	{"Arabic السيد", "السيد توماس لاماناوسكاس", "توماس لاماناوسكاس", itu.NameMatch{Verdict: same}},
	{"Arabic الدكتور", "الدكتور السيد عزوز", "السيد عزوز", itu.NameMatch{Verdict: same}},
	{"Indian Shri", "Shri P. K. GARG", "P. K. Garg", itu.NameMatch{Verdict: same}},
	{"initials for given names", "P. K. GARG", "Pradeep Kumar Garg", itu.NameMatch{Verdict: variant, Differs: itu.DiffInitial}},
	{"joined initials", "P.K. GARG", "Pradeep Kumar GARG", itu.NameMatch{Verdict: variant, Differs: itu.DiffInitial}},
	{"initial for a given name", "Ms F. Mohamed-Saleck", "Fatimetou MOHAMED-SALECK", itu.NameMatch{Verdict: variant, Differs: itu.DiffInitial}},
	{"initial for a hyphenated given name", "J.-P. KISSANGOU", "Jean-Philémon Kissangou", itu.NameMatch{Verdict: variant, Differs: itu.DiffInitial}},
	{"middle initial dropped", "Ali R. EBADI", "Ali Ebadi", itu.NameMatch{Verdict: variant, Differs: itu.DiffMiddleName}},
	{"diacritics stripped in capitals", "Mindaugas ŽILINSKAS", "Mindaugas ZILINSKAS", itu.NameMatch{Verdict: same, Differs: itu.DiffDiacritics}},
	{"accented capital", "Ricardo Luis TERÁN", "Ricardo Luis Teran", itu.NameMatch{Verdict: same, Differs: itu.DiffDiacritics}},
	{"second family name dropped", "Agostinho LINHARES DE SOUZA", "Agostinho Linhares", itu.NameMatch{Verdict: variant, Differs: itu.DiffNamePart}},
	{"Turkish dotless i", "Ayşe Yıldız", "YILDIZ, AYŞE", itu.NameMatch{Verdict: same}},
	{"apostrophe", "Mary O'NEIL", "Mary O’Neil", itu.NameMatch{Verdict: same}},
	{"fullwidth", "ＬＥＥ Chaesub", "Chaesub LEE", itu.NameMatch{Verdict: same}},
	{"soft hyphen and Cyrillic look-alike", "Chae\u00adsub L\u0415E", "Dr Chaesub LEE", itu.NameMatch{Verdict: same}},
	{"decomposed", "Javier Jua\u0301rez", "Javier Juárez", itu.NameMatch{Verdict: same}},
	{"title after a comma", "LEE, Dr Chaesub", "Chaesub Lee", itu.NameMatch{Verdict: same}},
	{"the same words, not in a circle", "Rashid ISMAILOV Rafkatovich", "Rashid Rafkatovich Ismailov", itu.NameMatch{Verdict: variant, Differs: itu.DiffOrder}},
	// Different people.
	{"Korean given names", "Lee Chaesub", "Lee Chae-won", itu.NameMatch{Verdict: different}},
	{"sharing a family name", "Dr Chaesub LEE", "Ms Hyesook LEE", itu.NameMatch{Verdict: different}},
	{"sharing a family name, an initial", "Dr C. LEE", "Ms Hyesook LEE", itu.NameMatch{Verdict: different}},
	{"sharing a given name", "Dr Chaesub LEE", "Dr Chaesub KIM", itu.NameMatch{Verdict: different}},
	{"family name alone", "Chaesub Lee", "Dr. Lee", itu.NameMatch{Verdict: different}},
	{"initials alone", "C. L.", "Chaesub Lee", itu.NameMatch{Verdict: different}},
	{"a part each", "Anusha Rahman Khan", "Anusha Ahmad Khan", itu.NameMatch{Verdict: different}},
	{"transliteration", "Nikolay Varlamov", "Nikolai Varlamov", itu.NameMatch{Verdict: different}},
	{"another person of the dossier", "Tomas LAMANAUSKAS", "Houlin ZHAO", itu.NameMatch{Verdict: different}},
	{"different scripts", "赵厚麟", "Houlin Zhao", itu.NameMatch{Verdict: different}},
	{"different letters in Arabic", "دورين بوغدان مارتن", "دورين بوجدان مارتن", itu.NameMatch{Verdict: different}},
	{"Russian sharing a family name", "Г-жа Дорин Богдан-Мартин", "г-н Иван Богдан-Мартин", itu.NameMatch{Verdict: different}},
	{"Chinese, one character apart", "李在摄博士", "李在赫", itu.NameMatch{Verdict: different}},
	{"Devanagari marks kept", "रेवती मन्नेपल्ली", "रेवती मनेपली", itu.NameMatch{Verdict: different}},
	{"empty", "", "Chaesub Lee", itu.NameMatch{Verdict: different}},
	{"no family name", ", Chaesub", "Chaesub Lee", itu.NameMatch{Verdict: different}},
	{"invisible only", "\u200b\u00ad", "\u200b\u00ad", itu.NameMatch{Verdict: different}},
	{"dots", ".", ".", itu.NameMatch{Verdict: different}},
	// Both forms kept: a Latin name with its native form in brackets.
	{"native form in brackets, native alone", "Mr Rashid ISMAILOV (Рашид Исмаилов)", "г-н Рашид ИСМАИЛОВ", itu.NameMatch{Verdict: same, Differs: itu.DiffScript}},
	{"native form in brackets, Latin alone", "Mr Rashid ISMAILOV (Рашид Исмаилов)", "ISMAILOV, Rashid", itu.NameMatch{Verdict: same}},
	{"native forms both sides", "Rashid ISMAILOV (Рашид Исмаилов)", "ISMAILOV Rashid (Исмаилов Рашид)", itu.NameMatch{Verdict: same}},
	{"Chinese form in fullwidth brackets", "LI Haihua（李海华）", "李海华先生", itu.NameMatch{Verdict: same, Differs: itu.DiffScript}},
	{"native form of a variant", "Rashid ISMAILOV (Рашид Рафкатович Исмаилов)", "Рашид Исмаилов", itu.NameMatch{Verdict: variant, Differs: itu.DiffScript | itu.DiffPatronymic}},
	{"another native name", "Mr Rashid ISMAILOV (Рашид Исмаилов)", "Иван Исмаилов", itu.NameMatch{Verdict: different}},
}

func TestCompareNames(t *testing.T) {
	for _, tt := range compareNamesTests {
		t.Run(tt.name, func(t *testing.T) {
			for _, p := range [][2]itu.Name{{tt.a, tt.b}, {tt.b, tt.a}} {
				got := itu.CompareNames(p[0], p[1])
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("CompareNames(%q, %q) mismatch (-want +got):\n%s", p[0], p[1], diff)
				}
				// SamePerson reads the first forms only.
				if same := p[0].SamePerson(p[1]); tt.want.Differs&itu.DiffScript == 0 && same != (tt.want.Verdict == itu.NameSame) {
					t.Errorf("Name(%q).SamePerson(%q) = %v, want %v", p[0], p[1], same, !same)
				}
			}
		})
	}
}

func TestNameForms(t *testing.T) {
	for _, tt := range []struct {
		in   itu.Name
		want []itu.Name
	}{
		{"Dr Chaesub LEE", []itu.Name{"Dr Chaesub LEE"}},
		{"Mr Rashid ISMAILOV (Рашид Исмаилов)", []itu.Name{"Mr Rashid ISMAILOV", "Рашид Исмаилов"}},
		{"LI Haihua（李海华）", []itu.Name{"LI Haihua", "李海华"}},
		{"Рашид Исмаилов (Rashid ISMAILOV) ", []itu.Name{"Рашид Исмаилов", "Rashid ISMAILOV"}},
		{"Dr Chaesub LEE (Republic of Korea)", []itu.Name{"Dr Chaesub LEE (Republic of Korea)"}},
		{"(Рашид Исмаилов)", []itu.Name{"(Рашид Исмаилов)"}},
		{"Rashid ISMAILOV ()", []itu.Name{"Rashid ISMAILOV ()"}},
		{"Rashid ISMAILOV (1960)", []itu.Name{"Rashid ISMAILOV (1960)"}},
		{"a)", []itu.Name{"a)"}},
	} {
		if diff := cmp.Diff(tt.want, tt.in.Forms()); diff != "" {
			t.Errorf("Name(%q).Forms() mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
	// The record keeps both forms; parsing reads the first.
	p, err := itu.ParseName("Mr Rashid ISMAILOV (Рашид Исмаилов)")
	if err != nil || p.Family != "ISMAILOV" || p.Given != "Rashid" {
		t.Errorf("ParseName of a name with its native form = %+v, %v; want family ISMAILOV, given Rashid", p, err)
	}
}

func TestNameMatchString(t *testing.T) {
	for _, tt := range []struct {
		in   itu.NameMatch
		want string
	}{
		{itu.NameMatch{}, ""},
		{itu.NameMatch{Verdict: same}, "same"},
		{itu.NameMatch{Verdict: same, Differs: itu.DiffHyphen | itu.DiffDiacritics}, "same (hyphen or space, diacritics)"},
		{itu.NameMatch{Verdict: variant, Differs: itu.DiffInitial | itu.DiffMiddleName}, "variant (initial, middle name dropped)"},
		{itu.NameMatch{Verdict: different}, "different"},
	} {
		if got := tt.in.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNameIndex(t *testing.T) {
	var x itu.NameIndex
	names := []itu.Name{"Dr Cosmas Luckyson ZAVAZAVA", "ZAVAZAVA, Cosmas Luckyson", "Ms Hyesook LEE", "Dr Chaesub LEE", "Lee Chae-won", ""}
	var ids []int
	for _, n := range names {
		ids = append(ids, x.Add(n))
	}
	if diff := cmp.Diff([]int{0, 0, 1, 2, 3, -1}, ids); diff != "" {
		t.Errorf("Add mismatch (-want +got):\n%s", diff)
	}
	type hit struct {
		ID    int
		Match string
	}
	for _, tt := range []struct {
		in   itu.Name
		want []hit
	}{
		{"Dr Cosmas Zavazava", []hit{{0, "variant (middle name dropped)"}}},
		{"Cosmas Luckyson Zavazava", []hit{{0, "same"}}},
		{"Dr C. LEE", []hit{{2, "variant (initial)"}, {3, "variant (order, initial)"}}}, // C. Lee may be Lee Chae-won
		{"Lee Chaesub", []hit{{2, "same (order)"}}},
		{"Hyesook Kim", nil},
		{"", nil},
	} {
		var got []hit
		for id, m := range x.Matches(tt.in) {
			got = append(got, hit{id, m.String()})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Matches(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestNameIndexBounded checks that a lookup among many names sharing a word
// compares a bounded number of them and still finds the one sharing a rare word.
func TestNameIndexBounded(t *testing.T) {
	var x itu.NameIndex
	for i := range 2000 {
		x.Add(itu.Name(fmt.Sprintf("Ms Ina MUSTER%c%c%c", 'A'+i%26, 'A'+i/26%26, 'A'+i/676)))
	}
	target := x.Add("Ms Ina Maria RARE")
	var got []int
	for id := range x.Matches("Ms Ina RARE") {
		got = append(got, id)
	}
	if diff := cmp.Diff([]int{target}, got); diff != "" {
		t.Errorf("Matches mismatch (-want +got):\n%s", diff)
	}
}

// FuzzCompareNames checks that the verdict is symmetric and that no
// encoding of a name changes it: NFC or NFD, soft hyphens and zero-width
// spaces anywhere, and case.
func FuzzCompareNames(f *testing.F) {
	for _, tt := range compareNamesTests {
		f.Add(string(tt.a), string(tt.b), uint8(3))
	}
	f.Fuzz(func(t *testing.T, a, b string, at uint8) {
		got := itu.CompareNames(itu.Name(a), itu.Name(b))
		if back := itu.CompareNames(itu.Name(b), itu.Name(a)); back != got {
			t.Fatalf("CompareNames(%q, %q) = %v, but %v the other way", a, b, got, back)
		}
		if !utf8.ValidString(a) {
			return // an insertion or a case mapping splits runs of bad bytes
		}
		i := int(at) % (len(a) + 1)
		for i > 0 && i < len(a) && !isRuneStart(a[i]) {
			i--
		}
		forms := map[string]string{
			"NFC":         norm.NFC.String(a),
			"NFD":         norm.NFD.String(a),
			"soft hyphen": a[:i] + "\u00ad" + a[i:],
			"ZWSP":        a[:i] + "\u200b" + a[i:],
		}
		for how, s := range forms {
			if m := itu.CompareNames(itu.Name(s), itu.Name(b)); m != got {
				t.Fatalf("CompareNames(%q, %q) = %v, but %v with %q (%s)", a, b, got, m, s, how)
			}
		}
		for how, s := range map[string]string{"upper": strings.ToUpper(a), "lower": strings.ToLower(a)} {
			if !norm.NFC.IsNormalString(s) || strings.ContainsRune(a, 'ß') {
				continue // case mapping changes what NFC composes, or ß's letters
			}
			if m := itu.CompareNames(itu.Name(s), itu.Name(b)); m.Verdict != got.Verdict {
				t.Fatalf("CompareNames(%q, %q) = %v, but %v in %s case (%q)", a, b, got, m, how, s)
			}
		}
	})
}

func isRuneStart(c byte) bool { return c&0xC0 != 0x80 }
