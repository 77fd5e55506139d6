package names

import (
	"maps"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu/internal/canon"
)

// TestHonorificKeys checks the honorific table against the titles as
// written: each folds by honorificKey to a key in the table, and every key
// comes from a title.
func TestHonorificKeys(t *testing.T) {
	written := []string{
		"Dr", "Dra", "Mr", "Mrs", "Ms", "Miss", "Mx", "Prof", "Professor", "HE", "H E", "Sir", "Dame",
		"Amb", "Ambassador", "Hon", "Honourable", "Honorable", "Eng", "Engr", "Engineer", "Ing", "Rev", "Excellency",
		"Mme", "Mmes", "Mlle", "Pr", "Sr", "Sra", "Srta", "Señor", "Señora", "Señorita", "Dña", "Doña", "Lic", "Licda",
		"Excmo", "Excma", "г-н", "г-жа", "г-жи", "г-на", "д-р", "господин", "госпожа", "проф",
		"السيد", "السيدة", "الدكتور", "الدكتورة", "د", "الأستاذ", "الأستاذة", "المهندس", "المهندسة", "سعادة", "معالي",
		"Shri", "Sri", "Shrimati", "Smt", "Kumari",
	}
	want := map[string]bool{}
	for _, w := range written {
		want[honorificKey(w)] = true
	}
	if diff := cmp.Diff(slices.Sorted(maps.Keys(want)), slices.Sorted(maps.Keys(honorifics))); diff != "" {
		t.Errorf("honorific keys (-from titles +table):\n%s", diff)
	}
}

// TestPatronymicEndings checks the patronymic endings against the endings
// as written, folded by canon.Key.
func TestPatronymicEndings(t *testing.T) {
	var want []string
	for _, s := range []string{"vich", "vna", "ichna", "ogly", "oglu", "kyzy", "qizi", "вич", "вна", "ична", "оглы", "кызы"} {
		want = append(want, canon.Key(s))
	}
	if diff := cmp.Diff(want, patronymicEndings); diff != "" {
		t.Errorf("patronymic endings (-from endings +table):\n%s", diff)
	}
}
