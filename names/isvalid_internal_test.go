package names

import "testing"

// FuzzIsValid checks that Name.IsValid, which reads the words without
// building the Person, says what Parse says (issue 18).
func FuzzIsValid(f *testing.F) {
	for _, s := range []string{
		"", " ", "Dr", "Dr Chaesub LEE", "LEE, CHAESUB", ", Chaesub", "Dr , Lee", "Dr ,Lee", "Dr. ,",
		"H. E. Mr", "HE, Jiankun", "Mr \u00a0, x", "x ,", "Rashid ISMAILOV (Рашид Исмаилов)", "(Рашид)", "\xff, a",
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
