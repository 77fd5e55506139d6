package cv

import (
	"iter"

	"github.com/plenipot/itu"
)

// Labels holds the section headings and profile labels a CV prints in one
// language: the one table [CV.Render], [CV.Text] and [CV.Lines] read,
// exported so that a reader of CV text can find the same words again (see
// [AllLabels]).
//
// Only the English labels are seen in a source, the CV of PP-22 Document
// 12-E; a CV's layout is its candidate's, not ITU's, and the labels of the
// other five languages are inferred (grade L in docs/research/labels.md),
// kept here as data to correct when a published CV shows otherwise.
//
// The zero Labels is not usable; use [LabelsFor].
type Labels struct {
	Language      itu.Language
	Profile       string // "PROFILE"
	Career        string // "PROFESSIONAL CAREER"
	Activities    string // "ITU ACTIVITIES"
	Nationality   string // "Nationality"
	BirthDate     string // "Date of Birth"
	MaritalStatus string // "Marital Status"
	Languages     string // "Languages"
	Education     string // "Education"
}

// LabelsFor returns the CV labels of language l; an invalid or zero l gives
// the English labels.
func LabelsFor(l itu.Language) Labels {
	if !l.IsValid() {
		l = itu.English
	}
	return labelTable[l]
}

// AllLabels yields the CV labels of the six official languages, in the
// order of [itu.Languages].
func AllLabels() iter.Seq[Labels] {
	return func(yield func(Labels) bool) {
		for _, l := range itu.Languages() {
			if !yield(labelTable[l]) {
				return
			}
		}
	}
}

// labelTable holds the CV labels of each official language, indexed by
// [itu.Language].
var labelTable = [...]Labels{
	itu.Arabic: {itu.Arabic, "نبذة شخصية", "المسيرة المهنية", "الأنشطة في الاتحاد الدولي للاتصالات",
		"الجنسية", "تاريخ الميلاد", "الحالة الاجتماعية", "اللغات", "التعليم"},
	itu.Chinese: {itu.Chinese, "个人简介", "职业经历", "国际电联活动",
		"国籍", "出生日期", "婚姻状况", "语言", "教育背景"},
	itu.English: {itu.English, "PROFILE", "PROFESSIONAL CAREER", "ITU ACTIVITIES",
		"Nationality", "Date of Birth", "Marital Status", "Languages", "Education"},
	itu.French: {itu.French, "PROFIL", "CARRIÈRE PROFESSIONNELLE", "ACTIVITÉS À L'UIT",
		"Nationalité", "Date de naissance", "Situation de famille", "Langues", "Formation"},
	itu.Russian: {itu.Russian, "ЛИЧНЫЕ ДАННЫЕ", "ПРОФЕССИОНАЛЬНАЯ ДЕЯТЕЛЬНОСТЬ", "ДЕЯТЕЛЬНОСТЬ В МСЭ",
		"Гражданство", "Дата рождения", "Семейное положение", "Языки", "Образование"},
	itu.Spanish: {itu.Spanish, "PERFIL", "TRAYECTORIA PROFESIONAL", "ACTIVIDADES EN LA UIT",
		"Nacionalidad", "Fecha de nacimiento", "Estado civil", "Idiomas", "Formación"},
}
