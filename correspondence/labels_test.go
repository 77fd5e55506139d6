package correspondence_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/strictjson"
)

var update = flag.Bool("update", false, "rewrite testdata/render/*.golden.txt from Render")

// TestNoteLabels renders the seed Note in each language, its date not
// written, and checks the labels around what it holds as written: the date
// and Original line, and the annex line.
func TestNoteLabels(t *testing.T) {
	tests := []struct {
		name     string
		language itu.Language
		annexes  int
		want     []string
	}{
		{"english", itu.English, 1, []string{"9 November 2021", "Original: English", "Annex: 1"}},
		{"not given, symbol -E", 0, 2, []string{"9 November 2021", "Original: English", "Annexes: 2"}},
		{"french", itu.French, 1, []string{"9 novembre 2021", "Original: anglais", "Annexe: 1"}},
		{"spanish", itu.Spanish, 3, []string{"9 de noviembre de 2021", "Original: inglés", "Anexos: 3"}},
		{"russian", itu.Russian, 1, []string{"9 ноября 2021 года", "Оригинал: английский", "Приложение: 1"}},
		{"chinese", itu.Chinese, 1, []string{"2021年11月9日", "原文：英文", "附件：1"}},
		{"arabic", itu.Arabic, 1, []string{"9 نوفمبر 2021", "الأصل: بالإنكليزية", "الملحق: 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := seedNote(t)
			n.Language, n.DateText, n.Annexes = tt.language, "", tt.annexes
			lines := n.Lines()
			got := []string{lines[3], lines[4], lines[len(lines)-1]}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("date, original and annex lines mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestNoteLabelsFromSymbol checks that a Note naming no language prints the
// labels of the language its symbol's suffix names.
func TestNoteLabelsFromSymbol(t *testing.T) {
	n := seedNote(t)
	n.Symbol, n.Language = "Documento 12-S", 0
	if diff := cmp.Diff(correspondence.LabelsFor(itu.Spanish), n.Labels()); diff != "" {
		t.Errorf("Labels() mismatch (-want +got):\n%s", diff)
	}
}

// TestNoteVerbaleLabels renders the seed note verbale in each language: the
// letterhead's contact line and the date when it is not written.
func TestNoteVerbaleLabels(t *testing.T) {
	tests := []struct {
		name     string
		language itu.Language
		fax      bool
		want     []string
	}{
		{"english", itu.English, true, []string{"Tel: +41(0)22 748 0000 / Fax: +41(0)22 748 0001", "9 November 2021"}},
		{"not given", 0, false, []string{"Tel: +41(0)22 748 0000", "9 November 2021"}},
		{"french", itu.French, true, []string{"Tél.: +41(0)22 748 0000 / Fax: +41(0)22 748 0001", "9 novembre 2021"}},
		{"spanish", itu.Spanish, true, []string{"Tel.: +41(0)22 748 0000 / Fax: +41(0)22 748 0001", "9 de noviembre de 2021"}},
		{"russian", itu.Russian, false, []string{"Тел.: +41(0)22 748 0000", "9 ноября 2021 года"}},
		{"chinese", itu.Chinese, true, []string{"电话： +41(0)22 748 0000 / 传真： +41(0)22 748 0001", "2021年11月9日"}},
		{"arabic", itu.Arabic, true, []string{"هاتف: +41(0)22 748 0000 / فاكس: +41(0)22 748 0001", "9 نوفمبر 2021"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := seedNoteVerbale(t)
			n.Language, n.DateText = tt.language, ""
			if !tt.fax {
				n.Mission.Fax = ""
			}
			lb := correspondence.LabelsFor(tt.language)
			got := []string{
				lb.ContactLine(string(n.Mission.Telephone), string(n.Mission.Fax)),
				lb.FormatDate(n.Date),
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("contact and date lines mismatch (-want +got):\n%s", diff)
			}
			lines := n.Lines()
			for _, w := range tt.want {
				if !contains(lines, w) {
					t.Errorf("Lines() lacks %q:\n%q", w, lines)
				}
			}
		})
	}
}

// TestLetterLabels checks that a letter whose date is not written prints it
// in its language.
func TestLetterLabels(t *testing.T) {
	tests := []struct {
		name     string
		language itu.Language
		want     string
	}{
		{"english", itu.English, "27 October 2021"},
		{"french", itu.French, "27 octobre 2021"},
		{"russian", itu.Russian, "27 октября 2021 года"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := seedLetter(t)
			l.Language, l.DateText = tt.language, ""
			if got := l.Lines(); !contains(got, tt.want) {
				t.Errorf("Lines() lacks %q:\n%q", tt.want, got)
			}
		})
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func TestLabelsFormatDate(t *testing.T) {
	tests := []struct {
		language itu.Language
		in       string
		want     string
	}{
		{itu.English, "2021-11-22", "22 November 2021"},
		{itu.French, "2021-11-22", "22 novembre 2021"},
		{itu.French, "2023-01-01", "1er janvier 2023"},
		{itu.Spanish, "2021-11-22", "22 de noviembre de 2021"},
		{itu.Russian, "2021-11-22", "22 ноября 2021 года"},
		{itu.Chinese, "2021-11-22", "2021年11月22日"},
		{itu.Arabic, "2021-11-22", "22 نوفمبر 2021"},
		{0, "2021-11-22", "22 November 2021"},
	}
	for _, tt := range tests {
		t.Run(tt.language.String()+"/"+tt.in, func(t *testing.T) {
			got := correspondence.LabelsFor(tt.language).FormatDate(civil.MustParseDate(tt.in))
			if got != tt.want {
				t.Errorf("FormatDate = %q; want %q", got, tt.want)
			}
		})
	}
	for lb := range correspondence.AllLabels() {
		if got := lb.FormatDate(civil.Date{}); got != "" {
			t.Errorf("%s: FormatDate(zero) = %q; want \"\"", lb.Language, got)
		}
	}
}

// TestAllLabels checks that the table holds every official language once,
// each label with text and a grade.
func TestAllLabels(t *testing.T) {
	var got []itu.Language
	for lb := range correspondence.AllLabels() {
		got = append(got, lb.Language)
		labels := map[string]correspondence.Label{
			"NoteTitle": lb.NoteTitle, "Original": lb.Original, "Annex": lb.Annex,
			"Annexes": lb.Annexes, "Tel": lb.Tel, "Fax": lb.Fax, "Date": lb.Date,
		}
		for _, l := range itu.Languages() {
			labels["LanguageNames["+l.String()+"]"] = lb.LanguageNames[l]
		}
		for name, l := range labels {
			switch l.Confidence {
			case correspondence.Seen, correspondence.Secondary, correspondence.Inferred:
			default:
				t.Errorf("%s: %s has no grade (%q)", lb.Language, name, l.Confidence)
			}
			if l.Text == "" {
				t.Errorf("%s: %s is empty", lb.Language, name)
			}
		}
		if want := lb.FormatDate(civil.MustParseDate("2021-11-09")); lb.Date.Text != want {
			t.Errorf("%s: Date label %q; FormatDate writes %q", lb.Language, lb.Date.Text, want)
		}
	}
	if diff := cmp.Diff(itu.Languages(), got); diff != "" {
		t.Errorf("AllLabels() languages mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(correspondence.LabelsFor(itu.English), correspondence.LabelsFor(0)); diff != "" {
		t.Errorf("LabelsFor(0) is not English (-want +got):\n%s", diff)
	}
}

// TestIssue15RealisticNotesRenderInTheirLanguage renders the French, Spanish
// and Russian versions of PP-22 Document 12 of the realistic corpus and
// compares each with its golden text (testdata/render; go test -update
// rewrites them): each prints its own language's labels.
func TestIssue15RealisticNotesRenderInTheirLanguage(t *testing.T) {
	for _, name := range []string{"pp22-kor-lee-note-fr", "pp22-kor-lee-note-es", "pp22-kor-lee-note-ru"} {
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("..", "examples", "testdata", "realistic", "valid", name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			var n correspondence.Note
			if err := strictjson.Decode(b, &n); err != nil {
				t.Fatal(err)
			}
			got := n.Render()
			file := filepath.Join("testdata", "render", name+".golden.txt")
			if *update {
				if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", file, diff)
			}
		})
	}
}
