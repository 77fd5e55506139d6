package names

import "testing"

// keyBenchNames are names as a dossier's documents write its candidate and
// signatory, in the forms candidacy keys.
var keyBenchNames = []Name{"Dr Chaesub LEE", "Chaesub LEE", "LEE Chaesub", "DR. LEE, CHAESUB", "Dr. Chaesub Lee", "H.E. Ms Doreen BOGDAN-MARTIN"}

// BenchmarkNameKey times Name.Key over names in ASCII, the common case.
func BenchmarkNameKey(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, n := range keyBenchNames {
			_ = n.Key()
		}
	}
}

// BenchmarkNameKeyGeneral times the general path on the same names, for
// comparison with BenchmarkNameKey.
func BenchmarkNameKeyGeneral(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, n := range keyBenchNames {
			_ = nameFormOf(n).ring
		}
	}
}
