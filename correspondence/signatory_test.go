package correspondence

import (
	"testing"

	"github.com/plenipot/itu"
)

func TestSecretaryGeneralTitle(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   itu.Language
		wantOK bool
	}{
		{"English", "Secretary-General", itu.English, true},
		{"English without hyphen", "Secretary General", itu.English, true},
		{"French", "Secrétaire général", itu.French, true},
		{"French with article", "Le Secrétaire général", itu.French, true},
		{"French feminine", "La Secrétaire générale", itu.French, true},
		{"French capitals", "SECRÉTAIRE GÉNÉRAL", itu.French, true},
		{"Spanish", "Secretario General", itu.Spanish, true},
		{"Spanish feminine", "Secretaria General", itu.Spanish, true},
		{"Russian", "Генеральный секретарь", itu.Russian, true},
		{"Russian capitals", "ГЕНЕРАЛЬНЫЙ СЕКРЕТАРЬ", itu.Russian, true},
		{"Chinese", "秘书长", itu.Chinese, true},
		{"Arabic", "الأمين العام", itu.Arabic, true},
		{"Arabic feminine", "الأمينة العامة", itu.Arabic, true},
		{"French Deputy", "Vice-Secrétaire général", 0, false},
		{"Spanish Deputy", "Vicesecretario General", 0, false},
		{"Chinese Deputy", "副秘书长", 0, false},
		{"empty", "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := secretaryGeneralTitle(tt.in)
			if ok != tt.wantOK || got != tt.want {
				t.Errorf("secretaryGeneralTitle(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

// TestSecretaryGeneralAsWritten: the titles secretaryGeneralTitle takes as
// written, without looking them up, are those itu.LookupPost reads as the
// Secretary-General's.
func TestSecretaryGeneralAsWritten(t *testing.T) {
	for _, title := range []string{"Secretary-General", "Secretary General"} {
		if p, ok := itu.LookupPost(title); !ok || p != itu.SecretaryGeneral {
			t.Errorf("itu.LookupPost(%q) = %v, %t; want SG", title, p, ok)
		}
	}
}
