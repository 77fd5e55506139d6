package correspondence_test

import (
	"fmt"
	"strings"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/correspondence"
)

func ExampleLabelsFor() {
	fr := correspondence.LabelsFor(itu.French)
	fmt.Println(fr.NoteTitle.Text)
	fmt.Println(fr.OriginalLine(itu.English))
	fmt.Println(fr.AnnexLine(1))
	fmt.Println(fr.FormatDate(civil.MustParseDate("2021-11-22")))
	fmt.Println(correspondence.LabelsFor(itu.Russian).FormatDate(civil.MustParseDate("2021-11-22")))
	fmt.Println(correspondence.LabelsFor(itu.Chinese).FormatDate(civil.MustParseDate("2021-11-22")))
	// Output:
	// Note du Secrétaire général
	// Original: anglais
	// Annexe: 1
	// 22 novembre 2021
	// 22 ноября 2021 года
	// 2021年11月22日
}

// A reader of document text finds which language a header line is in by
// comparing it with the labels of every language.
func ExampleAllLabels() {
	line := "Оригинал: английский"
	for lb := range correspondence.AllLabels() {
		rest, ok := strings.CutPrefix(line, lb.Original.Text)
		if !ok {
			continue
		}
		for _, l := range itu.Languages() {
			if strings.TrimSpace(rest) == lb.LanguageName(l) {
				fmt.Printf("%s text, original %s (label graded %s)\n", lb.Language.Name(), l.Name(), lb.Original.Confidence)
			}
		}
	}
	// Output:
	// Russian text, original English (label graded M)
}

func ExampleNote_Lines_french() {
	n := correspondence.Note{
		Body:     "SÉANCE PLÉNIÈRE",
		Symbol:   "Document 12-F",
		Date:     civil.MustParseDate("2021-11-09"),
		Original: itu.English,
		Language: itu.French,
		Title:    "Note du Secrétaire général",
		Subject:  "CANDIDATURE AU POSTE DE VICE-SECRÉTAIRE GÉNÉRAL",
		Text:     []string{"Dr Chaesub LEE (République de Corée)"},
		Annexes:  1,
	}
	fmt.Println(strings.Join(n.Lines(), "\n"))
	// Output:
	// SÉANCE PLÉNIÈRE
	//
	// Document 12-F
	// 9 novembre 2021
	// Original: anglais
	//
	// Note du Secrétaire général
	//
	// CANDIDATURE AU POSTE DE VICE-SECRÉTAIRE GÉNÉRAL
	//
	// Dr Chaesub LEE (République de Corée)
	//
	// Annexe: 1
}
