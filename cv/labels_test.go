package cv_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/cv"
)

// TestCVLabels renders the fictional CV in each language and checks the
// section headings and profile labels it prints around what it holds as
// written.
func TestCVLabels(t *testing.T) {
	tests := []struct {
		name     string
		language itu.Language
		want     []string
	}{
		{"not given", 0, []string{"PROFILE", "Nationality France", "Date of Birth 1970", "Education", "PROFESSIONAL CAREER"}},
		{"english", itu.English, []string{"PROFILE", "Nationality France", "Date of Birth 1970", "Education", "PROFESSIONAL CAREER"}},
		{"french", itu.French, []string{"PROFIL", "Nationalité France", "Date de naissance 1970", "Formation", "CARRIÈRE PROFESSIONNELLE"}},
		{"spanish", itu.Spanish, []string{"PERFIL", "Nacionalidad France", "Fecha de nacimiento 1970", "Formación", "TRAYECTORIA PROFESIONAL"}},
		{"russian", itu.Russian, []string{"ЛИЧНЫЕ ДАННЫЕ", "Гражданство France", "Дата рождения 1970", "Образование", "ПРОФЕССИОНАЛЬНАЯ ДЕЯТЕЛЬНОСТЬ"}},
		{"chinese", itu.Chinese, []string{"个人简介", "国籍 France", "出生日期 1970", "教育背景", "职业经历"}},
		{"arabic", itu.Arabic, []string{"نبذة شخصية", "الجنسية France", "تاريخ الميلاد 1970", "التعليم", "المسيرة المهنية"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := fictionalCV()
			c.Language = tt.language
			lines := map[string]bool{}
			for _, l := range c.Lines() {
				lines[l] = true
			}
			var got []string
			for _, w := range tt.want {
				if lines[w] {
					got = append(got, w)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("lines found mismatch (-want +got):\n%s\nLines: %q", diff, c.Lines())
			}
		})
	}
}

// TestCVAllLabels checks that the table holds every official language once,
// each label given.
func TestCVAllLabels(t *testing.T) {
	var got []itu.Language
	for lb := range cv.AllLabels() {
		got = append(got, lb.Language)
		for i, s := range []string{lb.Profile, lb.Career, lb.Activities, lb.Nationality, lb.BirthDate, lb.MaritalStatus, lb.Languages, lb.Education} {
			if s == "" {
				t.Errorf("%s: label %d is empty", lb.Language, i)
			}
		}
	}
	if diff := cmp.Diff(itu.Languages(), got); diff != "" {
		t.Errorf("AllLabels() languages mismatch (-want +got):\n%s", diff)
	}
}

func ExampleLabelsFor() {
	fr := cv.LabelsFor(itu.French)
	fmt.Println(fr.Profile, "/", fr.Nationality, "/", fr.Career)
	// Output:
	// PROFIL / Nationalité / CARRIÈRE PROFESSIONNELLE
}
