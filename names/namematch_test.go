package names_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/plenipot/itu/names"
	"golang.org/x/text/unicode/norm"
)

var (
	same      = names.Same
	variant   = names.Variant
	different = names.Different
)

var compareNamesTests = []struct {
	name string
	a, b names.Name
	want names.Match
}{
	// Issue 14: one person as real documents write them.
	{"multi-word family, comma form", "Ms Gisa FUATAI PURCELL", "FUATAI PURCELL, Gisa", names.Match{Verdict: same}},
	{"middle name dropped", "Dr Cosmas Luckyson ZAVAZAVA", "Dr Cosmas Zavazava", names.Match{Verdict: variant, Differs: names.DiffMiddleName}},
	{"initial for a middle name", "Mr Edmund Y. FIANKO", "Edmund Yirenkyi Fianko", names.Match{Verdict: variant, Differs: names.DiffInitial}},
	{"family first with patronymic", "ISMAILOV Rashid Rafkatovich", "Mr Rashid ISMAILOV", names.Match{Verdict: variant, Differs: names.DiffPatronymic}},
	{"French Mme", "Mme Chantal BEAUMIER", "Chantal Beaumier", names.Match{Verdict: same}},
	{"French M.", "M. Yvon HENRI", "Mr Yvon Henri", names.Match{Verdict: same}},
	{"Spanish Sr., diacritics", "Sr. Javier JUÁREZ MOJICA", "Javier Juarez Mojica", names.Match{Verdict: same, Differs: names.DiffDiacritics}},
	{"Indian Smt.", "Smt. Revathi MANNEPALLI", "Revathi Mannepalli", names.Match{Verdict: same}},
	{"one of several family names dropped", "Ms Anusha RAHMAN AHMAD KHAN", "Anusha Rahman Khan", names.Match{Verdict: variant, Differs: names.DiffNamePart}},
	// The seed dossier's forms of Dr Chaesub LEE and the minister.
	{"seed CV and Note", "DR. LEE, CHAESUB", "Dr Chaesub LEE", names.Match{Verdict: same}},
	{"seed letter", "Dr. Chaesub Lee", "Dr Chaesub LEE", names.Match{Verdict: same}},
	{"seed vision, no title", "Chaesub LEE", "DR. LEE, CHAESUB", names.Match{Verdict: same}},
	{"hyphen", "Mr. Chae-sub Lee", "Dr Chaesub LEE", names.Match{Verdict: same, Differs: names.DiffHyphen}},
	{"space for hyphen", "Doreen Bogdan Martin", "Ms Doreen BOGDAN-MARTIN", names.Match{Verdict: same, Differs: names.DiffHyphen}},
	{"space inside a given name", "LEE Chae sub", "LEE Chaesub", names.Match{Verdict: same, Differs: names.DiffHyphen}},
	{"family first, Korean order", "H.E. Ms. Lim Hyesook", "Hyesook LIM", names.Match{Verdict: same, Differs: names.DiffOrder}},
	{"family first in capitals", "LIM Hyesook", "Hyesook LIM", names.Match{Verdict: same}},
	{"excellency without hyphen", "H. E. Mr. Houlin Zhao", "Houlin ZHAO", names.Match{Verdict: same}},
	{"two titles", "Prof. Dr. Jane DOE", "Jane Doe", names.Match{Verdict: same}},
	{"Eng.", "Eng. Edmund Yirenkyi FIANKO", "Edmund Yirenkyi Fianko", names.Match{Verdict: same}},
	{"Ing.", "Ing. Edmund Yirenkyi Fianko", "Edmund Y. Fianko", names.Match{Verdict: variant, Differs: names.DiffInitial}},
	{"Amb.", "Amb. Tomas LAMANAUSKAS", "Mr Tomas Lamanauskas", names.Match{Verdict: same}},
	{"Mlle", "Mlle Chantal BEAUMIER", "Chantal BEAUMIER", names.Match{Verdict: same}},
	{"French M. before an accented name", "M. Touré Amadou", "Amadou TOURÉ", names.Match{Verdict: same, Differs: names.DiffOrder}},
	{"M. as an initial", "M. K. GANDHI", "Mohandas Karamchand Gandhi", names.Match{Verdict: variant, Differs: names.DiffInitial}},
	{"Spanish La Sra.", "La Sra. Doreen Bogdan-Martin", "Doreen BOGDAN-MARTIN", names.Match{Verdict: same}},
	{"Spanish Dña.", "Dña. María DE LA CRUZ", "DE LA CRUZ, María", names.Match{Verdict: same}},
	{"Spanish Lic.", "Lic. Javier Juárez Mojica", "JUÁREZ MOJICA, Javier", names.Match{Verdict: same}},
	{"Spanish Dr.", "Dr. Mario MANIEWICZ", "Mario Maniewicz", names.Match{Verdict: same}},
	{"Russian г-н", "г-н Рашид Исмаилов", "Рашид ИСМАИЛОВ", names.Match{Verdict: same}},
	{"Russian Г-жа", "Г-жа Дорин Богдан-Мартин", "Дорин Богдан-Мартин", names.Match{Verdict: same}},
	{"Russian д-р", "д-р Чхэ Соб Ли", "Чхэ Соб Ли", names.Match{Verdict: same}},
	{"Russian patronymic", "ИСМАИЛОВ Рашид Рафкатович", "г-н Рашид Исмаилов", names.Match{Verdict: variant, Differs: names.DiffPatronymic}},
	{"Chinese 先生 suffix", "赵厚麟先生", "赵厚麟", names.Match{Verdict: same}},
	{"Chinese 博士 suffix", "李在摄博士", "李在摄", names.Match{Verdict: same}},
	{"Chinese 女士 suffix, middle dots", "多琳•伯格丹-马丁女士", "多琳·伯格丹-马丁", names.Match{Verdict: same}},
	{"Arabic السيدة", "السيدة دورين بوغدان-مارتن", "دورين بوغدان-مارتن", names.Match{Verdict: same}},
	{"Arabic السيد", "السيد توماس لاماناوسكاس", "توماس لاماناوسكاس", names.Match{Verdict: same}},
	{"Arabic الدكتور", "الدكتور السيد عزوز", "السيد عزوز", names.Match{Verdict: same}},
	{"Indian Shri", "Shri P. K. GARG", "P. K. Garg", names.Match{Verdict: same}},
	{"initials for given names", "P. K. GARG", "Pradeep Kumar Garg", names.Match{Verdict: variant, Differs: names.DiffInitial}},
	{"joined initials", "P.K. GARG", "Pradeep Kumar GARG", names.Match{Verdict: variant, Differs: names.DiffInitial}},
	{"initial for a given name", "Ms F. Mohamed-Saleck", "Fatimetou MOHAMED-SALECK", names.Match{Verdict: variant, Differs: names.DiffInitial}},
	{"initial for a hyphenated given name", "J.-P. KISSANGOU", "Jean-Philémon Kissangou", names.Match{Verdict: variant, Differs: names.DiffInitial}},
	{"middle initial dropped", "Ali R. EBADI", "Ali Ebadi", names.Match{Verdict: variant, Differs: names.DiffMiddleName}},
	{"diacritics stripped in capitals", "Mindaugas ŽILINSKAS", "Mindaugas ZILINSKAS", names.Match{Verdict: same, Differs: names.DiffDiacritics}},
	{"accented capital", "Ricardo Luis TERÁN", "Ricardo Luis Teran", names.Match{Verdict: same, Differs: names.DiffDiacritics}},
	{"second family name dropped", "Agostinho LINHARES DE SOUZA", "Agostinho Linhares", names.Match{Verdict: variant, Differs: names.DiffNamePart}},
	{"Turkish dotless i", "Ayşe Yıldız", "YILDIZ, AYŞE", names.Match{Verdict: same}},
	{"apostrophe", "Mary O'NEIL", "Mary O’Neil", names.Match{Verdict: same}},
	{"fullwidth", "ＬＥＥ Chaesub", "Chaesub LEE", names.Match{Verdict: same}},
	{"soft hyphen and Cyrillic look-alike", "Chae\u00adsub L\u0415E", "Dr Chaesub LEE", names.Match{Verdict: same}},
	{"decomposed", "Javier Jua\u0301rez", "Javier Juárez", names.Match{Verdict: same}},
	{"title after a comma", "LEE, Dr Chaesub", "Chaesub Lee", names.Match{Verdict: same}},
	{"the same words, not in a circle", "Rashid ISMAILOV Rafkatovich", "Rashid Rafkatovich Ismailov", names.Match{Verdict: variant, Differs: names.DiffOrder}},
	// Different people.
	{"Korean given names", "Lee Chaesub", "Lee Chae-won", names.Match{Verdict: different}},
	{"sharing a family name", "Dr Chaesub LEE", "Ms Hyesook LEE", names.Match{Verdict: different}},
	{"sharing a family name, an initial", "Dr C. LEE", "Ms Hyesook LEE", names.Match{Verdict: different}},
	{"sharing a given name", "Dr Chaesub LEE", "Dr Chaesub KIM", names.Match{Verdict: different}},
	{"family name alone", "Chaesub Lee", "Dr. Lee", names.Match{Verdict: different}},
	{"initials alone", "C. L.", "Chaesub Lee", names.Match{Verdict: different}},
	{"a part each", "Anusha Rahman Khan", "Anusha Ahmad Khan", names.Match{Verdict: different}},
	{"transliteration", "Nikolay Varlamov", "Nikolai Varlamov", names.Match{Verdict: different}},
	{"another person of the dossier", "Tomas LAMANAUSKAS", "Houlin ZHAO", names.Match{Verdict: different}},
	{"different scripts", "赵厚麟", "Houlin Zhao", names.Match{Verdict: different}},
	{"different letters in Arabic", "دورين بوغدان مارتن", "دورين بوجدان مارتن", names.Match{Verdict: different}},
	{"Russian sharing a family name", "Г-жа Дорин Богдан-Мартин", "г-н Иван Богдан-Мартин", names.Match{Verdict: different}},
	{"Chinese, one character apart", "李在摄博士", "李在赫", names.Match{Verdict: different}},
	{"Devanagari marks kept", "रेवती मन्नेपल्ली", "रेवती मनेपली", names.Match{Verdict: different}},
	{"empty", "", "Chaesub Lee", names.Match{Verdict: different}},
	{"no family name", ", Chaesub", "Chaesub Lee", names.Match{Verdict: different}},
	{"invisible only", "\u200b\u00ad", "\u200b\u00ad", names.Match{Verdict: different}},
	{"dots", ".", ".", names.Match{Verdict: different}},
	// Both forms kept: a Latin name with its native form in brackets.
	{"native form in brackets, native alone", "Mr Rashid ISMAILOV (Рашид Исмаилов)", "г-н Рашид ИСМАИЛОВ", names.Match{Verdict: same, Differs: names.DiffScript}},
	{"native form in brackets, Latin alone", "Mr Rashid ISMAILOV (Рашид Исмаилов)", "ISMAILOV, Rashid", names.Match{Verdict: same}},
	{"native forms both sides", "Rashid ISMAILOV (Рашид Исмаилов)", "ISMAILOV Rashid (Исмаилов Рашид)", names.Match{Verdict: same}},
	{"Chinese form in fullwidth brackets", "LI Haihua（李海华）", "李海华先生", names.Match{Verdict: same, Differs: names.DiffScript}},
	{"native form of a variant", "Rashid ISMAILOV (Рашид Рафкатович Исмаилов)", "Рашид Исмаилов", names.Match{Verdict: variant, Differs: names.DiffScript | names.DiffPatronymic}},
	{"another native name", "Mr Rashid ISMAILOV (Рашид Исмаилов)", "Иван Исмаилов", names.Match{Verdict: different}},
}

func TestCompareNames(t *testing.T) {
	for _, tt := range compareNamesTests {
		t.Run(tt.name, func(t *testing.T) {
			for _, p := range [][2]names.Name{{tt.a, tt.b}, {tt.b, tt.a}} {
				got := names.Compare(p[0], p[1])
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("CompareNames(%q, %q) mismatch (-want +got):\n%s", p[0], p[1], diff)
				}
				// SamePerson reads the first forms only.
				if same := p[0].SamePerson(p[1]); tt.want.Differs&names.DiffScript == 0 && same != (tt.want.Verdict == names.Same) {
					t.Errorf("Name(%q).SamePerson(%q) = %v, want %v", p[0], p[1], same, !same)
				}
			}
		})
	}
}

func TestNameForms(t *testing.T) {
	for _, tt := range []struct {
		in   names.Name
		want []names.Name
	}{
		{"Dr Chaesub LEE", []names.Name{"Dr Chaesub LEE"}},
		{"Mr Rashid ISMAILOV (Рашид Исмаилов)", []names.Name{"Mr Rashid ISMAILOV", "Рашид Исмаилов"}},
		{"LI Haihua（李海华）", []names.Name{"LI Haihua", "李海华"}},
		{"Рашид Исмаилов (Rashid ISMAILOV) ", []names.Name{"Рашид Исмаилов", "Rashid ISMAILOV"}},
		{"Dr Chaesub LEE (Republic of Korea)", []names.Name{"Dr Chaesub LEE (Republic of Korea)"}},
		{"(Рашид Исмаилов)", []names.Name{"(Рашид Исмаилов)"}},
		{"Rashid ISMAILOV ()", []names.Name{"Rashid ISMAILOV ()"}},
		{"Rashid ISMAILOV (1960)", []names.Name{"Rashid ISMAILOV (1960)"}},
		{"a)", []names.Name{"a)"}},
	} {
		if diff := cmp.Diff(tt.want, tt.in.Forms()); diff != "" {
			t.Errorf("Name(%q).Forms() mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
	// The record keeps both forms; parsing reads the first.
	p, err := names.Parse("Mr Rashid ISMAILOV (Рашид Исмаилов)")
	if err != nil || p.Family != "ISMAILOV" || p.Given != "Rashid" {
		t.Errorf("ParseName of a name with its native form = %+v, %v; want family ISMAILOV, given Rashid", p, err)
	}
}

func TestNameMatchString(t *testing.T) {
	for _, tt := range []struct {
		in   names.Match
		want string
	}{
		{names.Match{}, ""},
		{names.Match{Verdict: same}, "same"},
		{names.Match{Verdict: same, Differs: names.DiffHyphen | names.DiffDiacritics}, "same (hyphen or space, diacritics)"},
		{names.Match{Verdict: variant, Differs: names.DiffInitial | names.DiffMiddleName}, "variant (initial, middle name dropped)"},
		{names.Match{Verdict: different}, "different"},
	} {
		if got := tt.in.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNameIndex(t *testing.T) {
	var x names.Index
	list := []names.Name{"Dr Cosmas Luckyson ZAVAZAVA", "ZAVAZAVA, Cosmas Luckyson", "Ms Hyesook LEE", "Dr Chaesub LEE", "Lee Chae-won", ""}
	var ids []int
	for _, n := range list {
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
		in   names.Name
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
	var x names.Index
	for i := range 2000 {
		x.Add(names.Name(fmt.Sprintf("Ms Ina MUSTER%c%c%c", 'A'+i%26, 'A'+i/26%26, 'A'+i/676)))
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
		got := names.Compare(names.Name(a), names.Name(b))
		if back := names.Compare(names.Name(b), names.Name(a)); back != got {
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
			if m := names.Compare(names.Name(s), names.Name(b)); m != got {
				t.Fatalf("CompareNames(%q, %q) = %v, but %v with %q (%s)", a, b, got, m, s, how)
			}
		}
		for how, s := range map[string]string{"upper": strings.ToUpper(a), "lower": strings.ToLower(a)} {
			if !norm.NFC.IsNormalString(s) || strings.ContainsRune(a, 'ß') {
				continue // case mapping changes what NFC composes, or ß's letters
			}
			if m := names.Compare(names.Name(s), names.Name(b)); m.Verdict != got.Verdict {
				t.Fatalf("CompareNames(%q, %q) = %v, but %v in %s case (%q)", a, b, got, m, how, s)
			}
		}
	})
}

func isRuneStart(c byte) bool { return c&0xC0 != 0x80 }
