package names

import "testing"

// FuzzIsValid checks that Name.IsValid, which reads the words without
// building the Person, and most names without reading their honorifics,
// says what Parse says (issue 18). The seeds put a comma at the start of a
// word after each kind of space, and inside words, where the shortcut
// holds.
func FuzzIsValid(f *testing.F) {
	for _, s := range []string{
		"", " ", "Dr", "Dr Chaesub LEE", "LEE, CHAESUB", ", Chaesub", "Dr , Lee", "Dr ,Lee", "Dr. ,",
		"H. E. Mr", "HE, Jiankun", "Mr \u00a0, x", "x ,", "Rashid ISMAILOV (Рашид Исмаилов)", "(Рашид)", "\xff, a",
		",", "a,b", "Dr,Lee", "Mr\t,x", "Mr\n,x", "Dr\u00a0,Lee", "Dr\u3000,Lee", "Dr\u0085,x", "\u00a0", "\u2028 \u3000",
		"Dr é,x", "Dr \xc2,x", "H. E.", "Mr Dr", "LEE,", "Dr (Lee, Li)", "李海华 (LI, Haihua)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, err := Parse(s)
		if got, want := Name(s).IsValid(), err == nil; got != want {
			t.Errorf("Name(%q).IsValid() = %v, Parse error %v", s, got, err)
		}
	})
}
