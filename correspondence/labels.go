package correspondence

import (
	"fmt"
	"iter"
	"time"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
)

// Confidence says how well a [Label] is attested, as docs/research/labels.md
// grades its sources. The zero Confidence means not graded.
type Confidence string

// The grades of a label's evidence.
const (
	Seen      Confidence = "H" // seen in an ITU document
	Secondary Confidence = "M" // seen in a secondary source: a UN-system document, an ITU web page, CLDR
	Inferred  Confidence = "L" // inferred: not seen in any source
)

// Label is one word or phrase ITU prints around a document's content, in one
// language, with how well it is attested: Text "Annex", Confidence [Seen].
// The zero Label prints nothing.
type Label struct {
	Text       string     `json:"text"`
	Confidence Confidence `json:"confidence"`
}

// Labels holds the words ITU prints around the content of a Note by the
// Secretary-General, a note verbale or a letter in one official language,
// and how it writes a date: the one table the renderers and [FormatDate]
// read, exported so that a reader of document text can find the same words
// again (see [AllLabels]). Each label carries its [Confidence]; a label not
// seen in any source is kept with [Inferred], never left out.
//
// The fields:
//   - Language: the language of the labels.
//   - NoteTitle: the heading of a Note ("Note by the Secretary-General"). A
//     Note holds its heading as written ([Note.Title]), so the renderer
//     prints that; the label is here for readers of the text.
//   - Original: the label before the original language ("Original:").
//   - LanguageNames: the name of each official language as printed after
//     Original, indexed by [itu.Language] ("English"; French "anglais").
//   - Annex, Annexes: the annex count line, one annex and more ("Annex",
//     "Annexes"); the count follows after [Labels.AnnexSep].
//   - AnnexSep: what stands between the annex label and the count (": ").
//   - Tel, Fax: the labels of a letterhead's numbers ("Tel:", "Fax:").
//   - Months: the month names as dates print them, January first (Russian
//     in the genitive, "ноября").
//   - Date: 9 November 2021 as the language writes it, the layout
//     [Labels.FormatDate] follows, with the grade of that layout.
//
// The zero Labels is not usable; use [LabelsFor].
type Labels struct {
	Language      itu.Language
	NoteTitle     Label
	Original      Label
	LanguageNames [7]Label
	Annex         Label
	Annexes       Label
	AnnexSep      string
	Tel           Label
	Fax           Label
	Months        [12]string
	Date          Label
}

// LabelsFor returns the labels of language l; an invalid or zero l gives
// the English labels, the language the module assumed before a record named
// its own.
func LabelsFor(l itu.Language) Labels {
	if !l.IsValid() {
		l = itu.English
	}
	return labelTable[l]
}

// AllLabels yields the labels of the six official languages, Arabic first,
// in the order of [itu.Languages]: the forms a reader of document text
// compares a line with.
func AllLabels() iter.Seq[Labels] {
	return func(yield func(Labels) bool) {
		for _, l := range itu.Languages() {
			if !yield(labelTable[l]) {
				return
			}
		}
	}
}

// LanguageName returns the name of l as printed after the Original label
// ("English"; in French "anglais"), or "" for an invalid l.
func (lb Labels) LanguageName(l itu.Language) string {
	if !l.IsValid() {
		return ""
	}
	return lb.LanguageNames[l].Text
}

// OriginalLine returns the line that names the original language: "Original:
// English"; in French "Original: anglais". It returns "" for an invalid l.
func (lb Labels) OriginalLine(l itu.Language) string {
	if !l.IsValid() {
		return ""
	}
	return lb.Original.Text + lb.originalSep() + lb.LanguageName(l)
}

// originalSep is the space after the Original label; the Chinese label ends
// in a fullwidth colon and takes none.
func (lb Labels) originalSep() string {
	if lb.Language == itu.Chinese {
		return ""
	}
	return " "
}

// AnnexLine returns the annex count as a Note prints it: "Annex: 1",
// "Annexes: 3"; in French "Annexe: 1". It returns "" for none.
func (lb Labels) AnnexLine(n int) string {
	switch {
	case n <= 0:
		return ""
	case n == 1:
		return fmt.Sprintf("%s%s%d", lb.Annex.Text, lb.AnnexSep, n)
	}
	return fmt.Sprintf("%s%s%d", lb.Annexes.Text, lb.AnnexSep, n)
}

// ContactLine returns a letterhead's telephone and fax numbers on one line:
// "Tel: +41 22 730 5111 / Fax: +41 22 733 7256". Either may be empty; it
// returns "" when both are.
func (lb Labels) ContactLine(tel, fax string) string {
	switch {
	case tel != "" && fax != "":
		return lb.Tel.Text + " " + tel + " / " + lb.Fax.Text + " " + fax
	case tel != "":
		return lb.Tel.Text + " " + tel
	case fax != "":
		return lb.Fax.Text + " " + fax
	}
	return ""
}

// FormatDate writes d as ITU documents in the language date themselves:
// "9 November 2021", "9 novembre 2021" (the first day "1er"), "9 de noviembre
// de 2021", "9 ноября 2021 года", "2021年11月9日", "9 نوفمبر 2021". It returns
// "" for the zero or an impossible Date. The year has at least four digits.
func (lb Labels) FormatDate(d civil.Date) string {
	if !d.IsValid() {
		return ""
	}
	m := lb.Months[d.Month-time.January]
	switch lb.Language {
	case itu.Chinese:
		return fmt.Sprintf("%04d年%d月%d日", d.Year, d.Month, d.Day)
	case itu.Spanish:
		return fmt.Sprintf("%d de %s de %04d", d.Day, m, d.Year)
	case itu.Russian:
		return fmt.Sprintf("%d %s %04d года", d.Day, m, d.Year)
	case itu.French:
		if d.Day == 1 {
			return fmt.Sprintf("1er %s %04d", m, d.Year)
		}
	}
	return fmt.Sprintf("%d %s %04d", d.Day, m, d.Year)
}

// labelTable holds the labels of each official language, indexed by
// [itu.Language]. The sources and grades are in docs/research/labels.md.
var labelTable = [...]Labels{
	itu.Arabic: {
		Language:      itu.Arabic,
		NoteTitle:     Label{"مذكرة من الأمين العام", Inferred},
		Original:      Label{"الأصل:", Inferred},
		LanguageNames: unNames(itu.Arabic, "بالعربية", "بالصينية", "بالإنكليزية", "بالفرنسية", "بالروسية", "بالإسبانية"),
		Annex:         Label{"الملحق", Inferred},
		Annexes:       Label{"الملحقات", Inferred},
		AnnexSep:      ": ",
		Tel:           Label{"هاتف:", Inferred},
		Fax:           Label{"فاكس:", Inferred},
		Months:        [12]string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
		Date:          Label{"9 نوفمبر 2021", Inferred},
	},
	itu.Chinese: {
		Language:      itu.Chinese,
		NoteTitle:     Label{"秘书长的说明", Inferred},
		Original:      Label{"原文：", Inferred},
		LanguageNames: unNames(itu.Chinese, "阿拉伯文", "中文", "英文", "法文", "俄文", "西班牙文"),
		Annex:         Label{"附件", Inferred},
		Annexes:       Label{"附件", Inferred},
		AnnexSep:      "：",
		Tel:           Label{"电话：", Inferred},
		Fax:           Label{"传真：", Inferred},
		Months:        [12]string{"1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"},
		Date:          Label{"2021年11月9日", Secondary},
	},
	itu.English: {
		Language:      itu.English,
		NoteTitle:     Label{"Note by the Secretary-General", Seen},
		Original:      Label{"Original:", Seen},
		LanguageNames: cldrNames(Seen, "Arabic", "Chinese", "English", "French", "Russian", "Spanish"),
		Annex:         Label{"Annex", Seen},
		Annexes:       Label{"Annexes", Inferred},
		AnnexSep:      ": ",
		Tel:           Label{"Tel:", Seen},
		Fax:           Label{"Fax:", Seen},
		Months:        [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
		Date:          Label{"9 November 2021", Seen},
	},
	itu.French: {
		Language:      itu.French,
		NoteTitle:     Label{"Note du Secrétaire général", Seen},
		Original:      Label{"Original:", Secondary},
		LanguageNames: cldrNames(Secondary, "arabe", "chinois", "anglais", "français", "russe", "espagnol"),
		Annex:         Label{"Annexe", Seen},
		Annexes:       Label{"Annexes", Inferred},
		AnnexSep:      ": ",
		Tel:           Label{"Tél.:", Inferred},
		Fax:           Label{"Fax:", Inferred},
		Months:        [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		Date:          Label{"9 novembre 2021", Seen},
	},
	itu.Russian: {
		Language:      itu.Russian,
		NoteTitle:     Label{"Записка Генерального секретаря", Inferred},
		Original:      Label{"Оригинал:", Secondary},
		LanguageNames: cldrNames(Secondary, "арабский", "китайский", "английский", "французский", "русский", "испанский"),
		Annex:         Label{"Приложение", Inferred},
		Annexes:       Label{"Приложения", Inferred},
		AnnexSep:      ": ",
		Tel:           Label{"Тел.:", Inferred},
		Fax:           Label{"Факс:", Inferred},
		Months:        [12]string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
		Date:          Label{"9 ноября 2021 года", Secondary},
	},
	itu.Spanish: {
		Language:      itu.Spanish,
		NoteTitle:     Label{"Nota del Secretario General", Seen},
		Original:      Label{"Original:", Seen},
		LanguageNames: cldrNames(Seen, "árabe", "chino", "inglés", "francés", "ruso", "español"),
		Annex:         Label{"Anexo", Inferred},
		Annexes:       Label{"Anexos", Inferred},
		AnnexSep:      ": ",
		Tel:           Label{"Tel.:", Inferred},
		Fax:           Label{"Fax:", Inferred},
		Months:        [12]string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
		Date:          Label{"9 de noviembre de 2021", Seen},
	},
}

// cldrNames labels the names of the official languages, Arabic first in the
// order of [itu.Languages], as CLDR writes them in French, Russian and Spanish
// (golang.org/x/text/language/display; TestLabelsCLDRNames compares), which
// is how ITU and the UN write them after "Original:" ("anglais", "inglés",
// "английский"); English keeps the module's own names ([itu.Language.Name]).
func cldrNames(c Confidence, names ...string) [7]Label {
	var out [7]Label
	for i, l := range itu.Languages() {
		out[l] = Label{names[i], c}
	}
	return out
}

// unNames returns the names of the official languages in language in, Arabic
// first in the order of [itu.Languages], where the UN-system usage differs
// from CLDR: Chinese "英文" (CLDR "英语"), Arabic "بالإنكليزية" (CLDR
// "الإنجليزية").
func unNames(in itu.Language, names ...string) [7]Label {
	var out [7]Label
	c := Secondary
	if in == itu.Arabic {
		c = Inferred
	}
	for i, l := range itu.Languages() {
		out[l] = Label{names[i], c}
	}
	return out
}
