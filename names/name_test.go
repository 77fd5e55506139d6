package names_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/plenipot/itu/names"
)

var parseNameTests = []struct {
	name    string
	in      string
	want    names.Person
	wantErr error
}{
	// The forms of one name in the seed dossier (Document 12).
	{"capitals, comma, title", "DR. LEE, CHAESUB", names.Person{Honorific: "DR.", Given: "CHAESUB", Family: "LEE"}, nil},
	{"capitals, comma", "LEE, CHAESUB", names.Person{Given: "CHAESUB", Family: "LEE"}, nil},
	{"family in capitals", "Dr Chaesub LEE", names.Person{Honorific: "Dr", Given: "Chaesub", Family: "LEE"}, nil},
	{"title case", "Dr. Chaesub Lee", names.Person{Honorific: "Dr.", Given: "Chaesub", Family: "Lee"}, nil},
	// With no comma and no single word in capitals the last word is the
	// family name: for "Lim Hyesook", written family name first, the parts
	// come out swapped, which SamePerson tolerates.
	{"excellency, family first", "H. E. Ms. Lim Hyesook", names.Person{Honorific: "H. E. Ms.", Given: "Lim", Family: "Hyesook"}, nil},
	{"excellency", "H. E. Mr. Houlin Zhao", names.Person{Honorific: "H. E. Mr.", Given: "Houlin", Family: "Zhao"}, nil},
	{"excellency without spaces", "H.E. Mr. Houlin Zhao", names.Person{Honorific: "H.E. Mr.", Given: "Houlin", Family: "Zhao"}, nil},
	{"excellency written out", "His Excellency Mr Houlin Zhao", names.Person{Honorific: "His Excellency Mr", Given: "Houlin", Family: "Zhao"}, nil},
	{"given then FAMILY", "Houlin ZHAO", names.Person{Given: "Houlin", Family: "ZHAO"}, nil},
	{"no title, family first", "Lim Hyesook", names.Person{Given: "Lim", Family: "Hyesook"}, nil},
	{"FAMILY then given", "LEE Chaesub", names.Person{Given: "Chaesub", Family: "LEE"}, nil},
	{"two given names", "Dr Gisa Fuatai PURCELL", names.Person{Honorific: "Dr", Given: "Gisa Fuatai", Family: "PURCELL"}, nil},
	{"all capitals", "TOMAS LAMANAUSKAS", names.Person{Given: "TOMAS", Family: "LAMANAUSKAS"}, nil},
	{"two titles", "Prof. Dr. Jane DOE", names.Person{Honorific: "Prof. Dr.", Given: "Jane", Family: "DOE"}, nil},
	{"apostrophe in family", "Mary O'NEIL", names.Person{Given: "Mary", Family: "O'NEIL"}, nil},
	{"family of several words", "DE LA CRUZ, María", names.Person{Given: "María", Family: "DE LA CRUZ"}, nil},
	{"family only", "Lee", names.Person{Family: "Lee"}, nil},
	{"family only with comma", "LEE,", names.Person{Family: "LEE"}, nil},
	{"title alone is a word", "Dr", names.Person{Family: "Dr"}, nil},
	{"extra spaces", "  Dr   Chaesub \t LEE ", names.Person{Honorific: "Dr", Given: "Chaesub", Family: "LEE"}, nil},
	{"empty", "", names.Person{}, names.ErrBadName},
	{"blank", " \t\n", names.Person{}, names.ErrBadName},
	{"nothing before the comma", ", CHAESUB", names.Person{}, names.ErrBadName},
	{"title then comma", "Dr. , CHAESUB", names.Person{}, names.ErrBadName},
	{"NUL bytes", "Dr \x00 LEE", names.Person{Honorific: "Dr", Given: "\x00", Family: "LEE"}, nil},
	{"invalid UTF-8", "\xff\xfe LEE", names.Person{Given: "\xff\xfe", Family: "LEE"}, nil},
}

func TestParseName(t *testing.T) {
	for _, tt := range parseNameTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := names.Parse(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("ParseName(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseName(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			n := names.Name(tt.in)
			if n.IsValid() != (tt.wantErr == nil) {
				t.Errorf("Name(%q).IsValid() = %v", tt.in, n.IsValid())
			}
			if p, err := n.Parse(); err != nil != (tt.wantErr != nil) || p != got {
				t.Errorf("Name(%q).Parse() = %+v, %v; want %+v", tt.in, p, err, got)
			}
		})
	}
}

func TestPersonNameString(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Dr. Chaesub Lee", "Dr. Chaesub LEE"},
		{"DR. LEE, CHAESUB", "DR. CHAESUB LEE"},
		{"LEE, Chaesub", "Chaesub LEE"},
		{"H. E. Mr. Houlin Zhao", "H. E. Mr. Houlin ZHAO"},
		{"Lee", "LEE"},
		// Forms that would read back differently keep the comma.
		{"DE LA CRUZ, María", "María DE LA CRUZ"},
		{"María DE LA CRUZ Ruiz", "María Ruiz DE LA CRUZ"},
		{"Lee, Dr Chaesub", "LEE, Dr Chaesub"},
		{"Smith, Anne, Jr", "SMITH, Anne, Jr"},
		{"X, Jo HN", "X, Jo HN"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, err := names.Parse(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got := p.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
			q, err := names.Parse(p.String())
			if err != nil || !q.SamePerson(p) || q.Given != p.Given || q.Honorific != p.Honorific {
				t.Errorf("ParseName(%q) = %+v, %v; want the parts of %+v", p.String(), q, err, p)
			}
		})
	}
	if got := (names.Person{}).String(); got != "" {
		t.Errorf("zero PersonName String() = %q, want empty", got)
	}
}

func TestSamePerson(t *testing.T) {
	groups := [][]names.Name{
		{"DR. LEE, CHAESUB", "LEE, CHAESUB", "Dr Chaesub LEE", "Dr. Chaesub Lee", "Chaesub Lee", "LEE Chaesub", "Mr. Chae-sub Lee", "lee, chaesub"},
		{"H. E. Ms. Lim Hyesook", "Lim Hyesook", "Hyesook LIM", "LIM, Hyesook", "Ms. Lim Hye-sook"},
		{"H. E. Mr. Houlin Zhao", "Houlin ZHAO", "ZHAO, Houlin", "Mr Houlin Zhao"},
		{"José GARCÍA", "Jose Garcia", "GARCIA, José"},
		{"Ayşe Yıldız", "Ayşe YILDIZ", "YILDIZ, AYŞE"},
		{"Mary O'Neil", "Mary O’NEIL", "Mary ONeil"},
		{"DE LA CRUZ, María", "de la Cruz, Maria", "DELACRUZ, MARÍA"},
	}
	for i, g := range groups {
		for _, a := range g {
			for _, b := range g {
				if !a.SamePerson(b) {
					t.Errorf("Name(%q).SamePerson(%q) = false, want true", a, b)
				}
			}
			for j, other := range groups {
				if i == j {
					continue
				}
				for _, b := range other {
					if a.SamePerson(b) {
						t.Errorf("Name(%q).SamePerson(%q) = true, want false", a, b)
					}
				}
			}
		}
	}
}

func TestSamePersonDifferentPeople(t *testing.T) {
	tests := []struct{ a, b names.Name }{
		{"Dr Chaesub LEE", "Dr Chaesub KIM"},
		{"Dr Chaesub LEE", "Dr Minsoo LEE"},
		{"Chaesub Lee", "Lee"},
		{"Tomas LAMANAUSKAS", "Houlin ZHAO"},
		{"Dr Chaesub LEE", ""},
		{"", ""},
		{"Dr Chaesub LEE", ", Chaesub"},
		{".", "."},
	}
	for _, tt := range tests {
		if tt.a.SamePerson(tt.b) || tt.b.SamePerson(tt.a) {
			t.Errorf("Name(%q).SamePerson(%q) = true, want false", tt.a, tt.b)
		}
	}
}

// TestParseNameHostile checks inputs no document holds: no panic, a short
// error, and time linear in the input.
func TestParseNameHostile(t *testing.T) {
	inputs := []string{
		strings.Repeat("Dr ", 1<<14),
		strings.Repeat("Dr ", 1<<14) + "LEE",
		strings.Repeat("H. E. ", 1<<13) + "Houlin Zhao",
		strings.Repeat("LEE ", 1<<14),
		strings.Repeat(",", 1<<16),
		strings.Repeat("\x00", 1<<16),
		strings.Repeat("\xff", 1<<16),
		strings.Repeat("a", 1<<16),
	}
	for _, s := range inputs {
		p, err := names.Parse(s)
		if err != nil {
			if !errors.Is(err, names.ErrBadName) || len(err.Error()) > 500 {
				t.Errorf("ParseName(%.20q…) error = %.100v (%d bytes); want a short %v", s, err, len(err.Error()), names.ErrBadName)
			}
			continue
		}
		if p.Family == "" {
			t.Errorf("ParseName(%.20q…) gave an empty family name", s)
		}
		names.Name(s).SamePerson(names.Name(s))
	}
}

func FuzzParseName(f *testing.F) {
	for _, tt := range parseNameTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := names.Parse(s)
		if err != nil {
			if !errors.Is(err, names.ErrBadName) || p != (names.Person{}) {
				t.Fatalf("ParseName(%q) = %+v, %v; want the zero value and ErrBadName", s, p, err)
			}
			return
		}
		if p.Family == "" {
			t.Fatalf("ParseName(%q) = %+v with no family name", s, p)
		}
		q, err := names.Parse(p.String())
		if err != nil {
			t.Fatalf("ParseName(%q) (String of %q) error = %v", p.String(), s, err)
		}
		if q.Honorific != p.Honorific || q.Given != p.Given || q.Family != strings.ToUpper(p.Family) {
			t.Fatalf("ParseName(%q) = %+v; want the parts of %+v (from %q)", p.String(), q, p, s)
		}
		if p.SamePerson(p) != q.SamePerson(p) {
			t.Fatalf("%+v and its reparse %+v disagree on SamePerson", p, q)
		}
	})
}
