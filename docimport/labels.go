package docimport

import (
	"slices"
	"strings"
	"sync"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/cv"
)

// labelSet holds the fixed words a document prints in one language: the
// labels of the Note's heading, the CV's sections and rows, the phrases that
// name posts and introduce candidatures. Recognition reads every language's
// set, so a text need not say its language first.
//
// The labels the renderers print come from their own tables,
// [correspondence.AllLabels] and [cv.AllLabels], so that what Render prints
// is what Read looks for; readingWords adds the words a reader needs that no
// renderer prints (how a mission's name opens, the phrases that introduce a
// candidature or name a post).
type labelSet struct {
	lang        itu.Language
	original    []string // "Original:"
	noteTitle   []string // "Note by the Secretary-General"
	annex       []string // "Annex", "Annexes"
	annexSep    string   // between the annex label and the count: ": "
	tel, fax    []string // "Tel:", "Fax:"
	mission     []string // the opening words of a mission's name
	profile     []string // the CV's section headings
	career      []string
	activities  []string
	nationality []string // the CV's profile rows
	birth       []string
	marital     []string
	languages   []string
	education   []string
	candidature []string            // words that introduce a candidature
	withdrawal  []string            // words that say it is withdrawn
	postOf      []string            // phrases after which a post is named
	posts       map[string]itu.Post // post names, lower case
	attached    []string            // words that say documents are attached
	documents   map[string]itu.Kind // names of attached documents, lower case
	signature   []string            // words of a transcript's signature description
	stopwords   []string            // frequent words that tell the language
}

// labelSets is every language's set: the renderers' labels and the words of
// readingWords, in the order of [itu.Languages].
var labelSets = sync.OnceValue(func() []labelSet {
	extra := map[itu.Language]labelSet{}
	for _, l := range readingWords() {
		extra[l.lang] = l
	}
	rendered := map[itu.Language]correspondence.Labels{}
	for lb := range correspondence.AllLabels() {
		rendered[lb.Language] = lb
	}
	cvLabels := map[itu.Language]cv.Labels{}
	for lb := range cv.AllLabels() {
		cvLabels[lb.Language] = lb
	}
	var out []labelSet
	for _, lang := range itu.Languages() {
		l := extra[lang]
		l.lang = lang
		if lb, ok := rendered[lang]; ok {
			l.original = add(l.original, lb.Original.Text)
			l.noteTitle = add(l.noteTitle, lb.NoteTitle.Text)
			l.annex = add(l.annex, lb.Annex.Text, lb.Annexes.Text)
			l.annexSep = lb.AnnexSep
			l.tel = add(l.tel, lb.Tel.Text)
			l.fax = add(l.fax, lb.Fax.Text)
		}
		if lb, ok := cvLabels[lang]; ok {
			l.profile = add(l.profile, lb.Profile)
			l.career = add(l.career, lb.Career)
			l.activities = add(l.activities, lb.Activities)
			l.nationality = add(l.nationality, lb.Nationality)
			l.birth = add(l.birth, lb.BirthDate)
			l.marital = add(l.marital, lb.MaritalStatus)
			l.languages = add(l.languages, lb.Languages)
			l.education = add(l.education, lb.Education)
		}
		out = append(out, l)
	}
	return out
})

// add appends the non-empty labels ls to to that it does not hold yet.
func add(to []string, ls ...string) []string {
	for _, l := range ls {
		if l != "" && !slices.Contains(to, l) {
			to = append(to, l)
		}
	}
	return to
}

// readingWords are the words a reader needs beyond the renderers' labels,
// and the labels a copy may print otherwise than the renderer does.
var readingWords = sync.OnceValue(func() []labelSet {
	return []labelSet{

		// The Arabic candidature words. The post names are those of the PP-22
		// elections page in Arabic (D10 in docs/research/documents.md:
		// "الأمين العام ونائب الأمين العام ومديري مكاتب الاتصالات الراديوية
		// وتقييس الاتصالات وتنمية الاتصالات وأعضاء لجنة لوائح الراديو", and
		// "مجلس الاتحاد"), the bureaux keyed without مدير so that the singular
		// and the feminine match (inferred from that plural). ترشيح … لمنصب
		// and سحب are the Arabic press's words for a candidature to an ITU
		// post and its withdrawal (aleqt.com 2009, "المرشح لمنصب مدير مكتب
		// قطاع التنمية"; anbaa.info 2018, "ترشيح موريتانيا لمنصب";
		// almagharibia.tv 2018, "سحبتا ملفي مرشحيهما"), not seen in a note
		// verbale. The attachment words and document names are inferred.
		{
			lang: itu.Arabic, candidature: []string{"ترشيح"}, withdrawal: []string{"سحب"},
			postOf: []string{"لمنصب", "منصب", "لعضوية"},
			posts: map[string]itu.Post{
				"نائب الأمين العام": itu.DeputySecretaryGeneral, "الأمين العام": itu.SecretaryGeneral,
				"مكتب الاتصالات الراديوية": itu.DirectorBR, "مكتب تقييس الاتصالات": itu.DirectorTSB,
				"مكتب تنمية الاتصالات": itu.DirectorBDT, "مكتب قطاع التنمية": itu.DirectorBDT,
				"لجنة لوائح الراديو": itu.BoardMember, "مجلس الاتحاد": itu.CouncilMember,
			},
			attached:  []string{"مرفق", "طيه"},
			documents: map[string]itu.Kind{"السيرة الذاتية": itu.KindCV, "بيان الرؤية": itu.KindVisionStatement, "رسالة الترشيح": itu.KindLetter},
		},
		// The Chinese candidature words: 提名…为…候选人 and …职位候选人 are the
		// forms issue 19 gives; the post names (ITU's Chinese terms as
		// recalled, not checked against a document), 撤回 for a withdrawal,
		// and the attachment words and document names are inferred. No
		// Chinese note verbale or letter of a Plenipotentiary Conference was
		// found.
		{
			lang: itu.Chinese, candidature: []string{"候选人"}, withdrawal: []string{"撤回"},
			posts: map[string]itu.Post{
				"副秘书长": itu.DeputySecretaryGeneral, "秘书长": itu.SecretaryGeneral,
				"无线电通信局主任": itu.DirectorBR, "电信标准化局主任": itu.DirectorTSB,
				"电信发展局主任": itu.DirectorBDT, "无线电规则委员会": itu.BoardMember,
				"理事会": itu.CouncilMember,
			},
			attached:  []string{"随附", "附上"},
			documents: map[string]itu.Kind{"简历": itu.KindCV, "愿景声明": itu.KindVisionStatement, "提名信": itu.KindLetter},
		},
		{
			lang: itu.English, mission: []string{"Permanent Mission", "Mission", "Embassy", "Delegation"},
			candidature: []string{"candidature", "candidacy"}, withdrawal: []string{"withdraw", "withdrawal", "WITHDRAWAL"},
			postOf:   []string{"post of", "position of", "POST OF", "candidate for the", "candidacy for", "election as"},
			posts:    map[string]itu.Post{"itu council": itu.CouncilMember, "council": itu.CouncilMember},
			attached: []string{"attach", "enclos"},
			documents: map[string]itu.Kind{"curriculum vitae": itu.KindCV, "vision statement": itu.KindVisionStatement,
				"nomination letter": itu.KindLetter},
			signature: []string{"handwritten signature", "signature"},
			stopwords: []string{"the", "of", "and", "to", "for", "in", "is", "has", "with"},
		},
		{
			lang: itu.French, original: []string{"Original :"}, noteTitle: []string{"Note de la Secrétaire générale"},
			tel: []string{"Tél. :", "Tél :", "Tel:"}, mission: []string{"Mission permanente", "Ambassade", "Délégation"},
			career: []string{"PARCOURS PROFESSIONNEL"}, activities: []string{"ACTIVITÉS UIT"},
			marital: []string{"État civil"}, education: []string{"Études"},
			candidature: []string{"candidature"}, withdrawal: []string{"retrait", "retirer", "RETRAIT"},
			postOf: []string{"poste de", "POSTE DE", "fonctions de", "candidat au", "candidate au"},
			posts: map[string]itu.Post{
				"vice-secrétaire général": itu.DeputySecretaryGeneral, "vice-secrétaire générale": itu.DeputySecretaryGeneral,
				"secrétaire général": itu.SecretaryGeneral, "secrétaire générale": itu.SecretaryGeneral,
				"directeur du bureau des radiocommunications": itu.DirectorBR, "directrice du bureau des radiocommunications": itu.DirectorBR,
				"directeur du bureau de la normalisation des télécommunications": itu.DirectorTSB,
				"directeur du bureau de développement des télécommunications":    itu.DirectorBDT,
				"directrice du bureau de développement des télécommunications":   itu.DirectorBDT,
				"comité du règlement des radiocommunications":                    itu.BoardMember,
				"conseil de l'uit": itu.CouncilMember,
			},
			attached:  []string{"ci-joint", "joint", "annex"},
			documents: map[string]itu.Kind{"curriculum vitae": itu.KindCV, "déclaration de vision": itu.KindVisionStatement, "lettre de candidature": itu.KindLetter},
			signature: []string{"signature manuscrite"},
			stopwords: []string{"le", "la", "les", "des", "du", "et", "à", "en", "une"},
		},
		{
			lang: itu.Spanish, noteTitle: []string{"Nota de la Secretaria General"},
			tel: []string{"Tel:", "Teléfono:"}, mission: []string{"Misión Permanente", "Embajada", "Delegación"},
			career: []string{"CARRERA PROFESIONAL"}, activities: []string{"ACTIVIDADES UIT"},
			education:   []string{"Estudios"},
			candidature: []string{"candidatura"}, withdrawal: []string{"retiro", "retirar", "RETIRO"},
			postOf: []string{"cargo de", "CARGO DE", "puesto de", "PUESTO DE", "Candidato al", "Candidata al", "candidato a", "candidata a"},
			posts: map[string]itu.Post{
				"vicesecretario general": itu.DeputySecretaryGeneral, "vicesecretaria general": itu.DeputySecretaryGeneral,
				"secretario general": itu.SecretaryGeneral, "secretaria general": itu.SecretaryGeneral,
				"director de la oficina de radiocomunicaciones":                     itu.DirectorBR,
				"director de la oficina de normalización de las telecomunicaciones": itu.DirectorTSB,
				"director de la oficina de desarrollo de las telecomunicaciones":    itu.DirectorBDT,
				"directora de la oficina de desarrollo de las telecomunicaciones":   itu.DirectorBDT,
				"junta del reglamento de radiocomunicaciones":                       itu.BoardMember,
				"comité del reglamento de radiocomunicaciones":                      itu.BoardMember,
				"consejo de la uit": itu.CouncilMember,
			},
			attached:  []string{"adjunt", "anex"},
			documents: map[string]itu.Kind{"curriculum vitae": itu.KindCV, "declaración de visión": itu.KindVisionStatement, "carta de candidatura": itu.KindLetter},
			signature: []string{"firma manuscrita"},
			stopwords: []string{"el", "la", "los", "las", "de", "del", "y", "en", "que", "para"},
		},
		{
			lang: itu.Russian, mission: []string{"Постоянное представительство", "Посольство"},
			career:      []string{"ТРУДОВАЯ ДЕЯТЕЛЬНОСТЬ"},
			candidature: []string{"кандидатур"}, withdrawal: []string{"отзыв", "снят", "ОТЗЫВ"},
			postOf: []string{"должность", "ДОЛЖНОСТЬ", "пост", "Кандидат на"},
			posts: map[string]itu.Post{
				"заместителя генерального секретаря": itu.DeputySecretaryGeneral, "заместитель генерального секретаря": itu.DeputySecretaryGeneral,
				"генерального секретаря": itu.SecretaryGeneral, "генеральный секретарь": itu.SecretaryGeneral,
				"директора бюро радиосвязи": itu.DirectorBR, "директора бюро стандартизации электросвязи": itu.DirectorTSB,
				"директора бюро развития электросвязи": itu.DirectorBDT, "радиорегламентарного комитета": itu.BoardMember,
				"совета мсэ": itu.CouncilMember,
			},
			attached:  []string{"прилага", "приложен"},
			documents: map[string]itu.Kind{"биографи": itu.KindCV, "видени": itu.KindVisionStatement, "письмо": itu.KindLetter},
			signature: []string{"подпись"},
			stopwords: []string{"и", "в", "на", "с", "по", "для", "что", "не"},
		},
	}
})

// anyLabel returns the labels the function picks from every language.
func anyLabel(f func(labelSet) []string) []string {
	var out []string
	for _, l := range labelSets() {
		out = append(out, f(l)...)
	}
	return out
}

// cutLabel returns s after the label that opens it, one of ls, and true; it
// compares case-sensitively, as documents print their labels.
func cutLabel(s string, ls []string) (string, bool) {
	best := -1
	for i, l := range ls {
		if strings.HasPrefix(s, l) && (best < 0 || len(l) > len(ls[best])) {
			best = i
		}
	}
	if best < 0 {
		return s, false
	}
	return s[len(ls[best]):], true
}

// isLabel reports whether s is one of the labels ls.
func isLabel(s string, ls []string) bool {
	for _, l := range ls {
		if s == l {
			return true
		}
	}
	return false
}

// containsAny reports whether s holds one of ws, ignoring case.
func containsAny(s string, ws []string) bool {
	ls := strings.ToLower(s)
	for _, w := range ws {
		if strings.Contains(ls, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// languageNamed reads the language of an "Original:" line: its English name
// ("English") or its name in the language of the label.
func languageNamed(s string) (itu.Language, bool) {
	if l, err := itu.ParseLanguage(strings.TrimSpace(s)); err == nil {
		return l, true
	}
	l, ok := languageNames()[strings.ToLower(strings.TrimSpace(s))]
	return l, ok
}

// languageNames maps the name of each official language, as the Original
// line prints it in each language ("anglais", "inglés"), lower case, to the
// language.
var languageNames = sync.OnceValue(func() map[string]itu.Language {
	m := map[string]itu.Language{}
	for lb := range correspondence.AllLabels() {
		for _, l := range itu.Languages() {
			if n := lb.LanguageName(l); n != "" {
				m[strings.ToLower(n)] = l
			}
		}
	}
	return m
})

// labelLanguage returns the language whose label of kind f opens s (or is
// s), the longest label winning: the language a renderer printed it in.
func labelLanguage(s string, f func(labelSet) []string) (itu.Language, bool) {
	best, n := itu.Language(0), 0
	for _, l := range labelSets() {
		for _, lb := range f(l) {
			if strings.HasPrefix(s, lb) && len(lb) > n {
				best, n = l.lang, len(lb)
			}
		}
	}
	return best, n > 0
}

// printedLanguage returns the language whose labels a note verbale's or
// letter's date line and contact line are printed with, when that is not
// English: the renderer sets the date and the "Tel:" and "Fax:" labels of
// the record's Language ([correspondence.LabelsFor]).
func printedLanguage(dateLine string, d civil.Date, contact, tel, fax string) (itu.Language, bool) {
	for lb := range correspondence.AllLabels() {
		if lb.Language == itu.English {
			continue
		}
		if dateLine != "" && lb.FormatDate(d) == dateLine && correspondence.FormatDate(d) != dateLine {
			return lb.Language, true
		}
		if contact != "" && lb.ContactLine(tel, fax) == contact && correspondence.LabelsFor(itu.English).ContactLine(tel, fax) != contact {
			return lb.Language, true
		}
	}
	return 0, false
}
