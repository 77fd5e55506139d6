package docimport_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/names"
)

// TestRoundTripChineseArabic reads back the five documents of the Korea
// dossier written in Chinese and in Arabic (issue 19): each alone, and the
// five as one dossier, import(render(r)) == r. Each record has its Language
// set, so the renderers print their labels in it (the Note's title, symbol
// block and annex line, the letterhead's numbers and the date of the note
// verbale and letter, the CV's headings), and its text written in it: the
// paragraphs, candidatures and attachments of the note verbale and letter,
// the conference the note verbale names, the Note's subject, candidate line
// (in fullwidth brackets in Chinese) and references, the CV's entries with
// their degrees and roles, the vision statement's heading, slogan, sections
// and emphasis, whose language is told by its script.
//
// The renderers print the text as the record holds it, so the sentences are
// the test's own, written as the reader's sources say a Chinese or Arabic
// document would (inferred, see readingWords and conferenceTexts); a label
// graded L in the label tables is read as the renderer prints it. A Note
// holds its date as written (DateText), as the Notes in French, Spanish and
// Russian of the corpus do: a Note prints the date in the language of its
// symbol, so the text cannot tell a written date from a formatted one.
func TestRoundTripChineseArabic(t *testing.T) {
	var tests []struct {
		name string
		kind itu.Kind
		want any
	}
	add := func(name string, kind itu.Kind, want any) {
		tests = append(tests, struct {
			name string
			kind itu.Kind
			want any
		}{name, kind, want})
	}
	for _, d := range []struct {
		lang string
		docs func() candidacy.Dossier
	}{{"zh", chineseDossier}, {"ar", arabicDossier}} {
		add("note verbale/"+d.lang, itu.KindNoteVerbale, d.docs().NoteVerbale)
		add("letter/"+d.lang, itu.KindLetter, d.docs().Letter)
		add("note/"+d.lang, itu.KindNote, d.docs().Note)
		add("cv/"+d.lang, itu.KindCV, d.docs().CV)
		add("vision statement/"+d.lang, itu.KindVisionStatement, d.docs().VisionStatement)
		dossier := d.docs()
		add("dossier/"+d.lang, itu.KindDossier, &dossier)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.want.(renderer).Render()
			got, res := read(t, text, tt.kind)
			if again := got.(renderer).Render(); again != text {
				t.Errorf("render(import(text)) != text:\n got %q\nwant %q", again, text)
			}
			unprinted(tt.want, got)
			if diff := cmp.Diff(tt.want, got, sameText...); diff != "" {
				t.Errorf("import(render(r)) mismatch (-want +got):\n%s\ntext:\n%s", diff, text)
			}
			for _, w := range res.Warnings {
				t.Errorf("warning: %s", w)
			}
		})
	}
}

// TestRoundTripChineseArabicConference checks that the note verbale of
// TestRoundTripChineseArabic names a conference, so that the round trip
// reads one: PP-22, with its name and place as the sentence writes them.
func TestRoundTripChineseArabicConference(t *testing.T) {
	days := func(name, place string) correspondence.ConferenceRef {
		return correspondence.ConferenceRef{Name: name, Code: "PP-22", Place: place,
			Start: civil.MustParseDate("2022-09-26"), End: civil.MustParseDate("2022-10-14")}
	}
	tests := []struct {
		name string
		docs func() candidacy.Dossier
		want correspondence.ConferenceRef
	}{
		{"zh", chineseDossier, days("国际电联全权代表大会", "罗马尼亚布加勒斯特")},
		{"ar", arabicDossier, days("مؤتمر المندوبين المفوضين للاتحاد", "بوخارست، رومانيا")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := read(t, tt.docs().NoteVerbale.Render(), itu.KindNoteVerbale)
			if diff := cmp.Diff(tt.want, got.(*correspondence.NoteVerbale).Conference); diff != "" {
				t.Errorf("conference (-want +got):\n%s", diff)
			}
		})
	}
}

// kor is a candidature of the Republic of Korea, named as the paragraph
// writes it (written, when the reader knows the name).
func kor(post itu.Post, who names.Name, written string) correspondence.Candidature {
	return correspondence.Candidature{Post: post, Candidate: who, MemberState: "KOR", MemberStateText: written}
}

func att(k itu.Kind, d string) correspondence.Attachment {
	return correspondence.Attachment{Document: k, Description: d}
}

// koreaIn returns the Korea dossier with its documents' languages set to
// lang and no text yet: the caller writes it. The letter prints one page, so
// no second letterhead; the claim of the English letter is not made.
func koreaIn(lang itu.Language) candidacy.Dossier {
	d := examples.KoreaDossier()
	d.Claims = nil
	d.Note.Language = lang
	d.NoteVerbale.Language = lang
	d.Letter.Language, d.Letter.DateText, d.Letter.PageBreaks = lang, "", nil
	d.Letter.Letterhead.EveryPage = false
	d.CV.Language = lang
	d.VisionStatement.Language = lang
	return d
}

// chineseDossier returns the Korea dossier written in Chinese.
func chineseDossier() candidacy.Dossier {
	d := koreaIn(itu.Chinese)
	n := d.Note
	n.Body, n.Symbol, n.DateText, n.Title, n.Subject = "全体会议", "第12号文件-C", "2021年11月9日", "秘书长的说明", "副秘书长职位候选人"
	n.Text = []string{
		"继第3号文件公布的信息之后，我谨以附件形式向大会转呈以下候选人的候选资格：",
		"李在摄博士（大韩民国）",
		"竞选国际电信联盟副秘书长职位。",
	}
	n.References = []correspondence.Symbol{"第3号文件"}
	n.Candidatures = []correspondence.Candidature{kor(itu.DeputySecretaryGeneral, "李在摄博士", "大韩民国")}
	n.Signatory = correspondence.Signatory{Name: "赵厚麟", Title: "秘书长"}

	nv := d.NoteVerbale
	nv.Text = []string{
		"大韩民国常驻日内瓦代表团向国际电信联盟致意，并谨通知：大韩民国政府决定在将于2022年9月26日至10月14日在罗马尼亚布加勒斯特举行的国际电联全权代表大会上竞选国际电联理事会成员国，并提名李在摄博士为国际电联副秘书长职位候选人。",
		"随附科学技术信息通信部部长林惠淑阁下的提名信，以及李在摄博士的简历和愿景声明。",
		"大韩民国常驻日内瓦代表团顺致崇高的敬意。",
	}
	nv.Candidatures = []correspondence.Candidature{kor(itu.CouncilMember, "", "大韩民国"), kor(itu.DeputySecretaryGeneral, "李在摄博士", "大韩民国")}
	nv.Conference = correspondence.ConferenceRef{Name: "国际电联全权代表大会", Code: "PP-22", Place: "罗马尼亚布加勒斯特",
		Start: civil.MustParseDate("2022-09-26"), End: civil.MustParseDate("2022-10-14")}
	nv.Attachments = []correspondence.Attachment{att(itu.KindLetter, "提名信"), att(itu.KindCV, "简历"), att(itu.KindVisionStatement, "愿景声明")}

	l := d.Letter
	l.Text = []string{
		"谨正式通知阁下，大韩民国政府决定在将于2022年9月26日至10月14日在罗马尼亚布加勒斯特举行的国际电联全权代表大会上竞选下一届国际电联理事会成员国。",
		"我还谨通知阁下，大韩民国政府决定提名李在摄博士为国际电联副秘书长职位候选人。随附李在摄博士的简历，供参考。",
	}
	l.Candidatures = []correspondence.Candidature{kor(itu.CouncilMember, "", "大韩民国"), kor(itu.DeputySecretaryGeneral, "李在摄博士", "大韩民国")}
	l.Attachments = []correspondence.Attachment{att(itu.KindCV, "简历")}

	c := d.CV
	c.Name, c.Heading = "李在摄博士", []string{"国际电联副秘书长职位候选人"}
	c.Slogan, c.Tagline = "构建可信的信息通信技术平台", "以此将国际电联革新为国际可信联盟"
	c.Profile = cv.Profile{Nationality: "KOR", NationalityText: "大韩民国", MaritalStatus: "已婚（一子一女）"}
	c.Education = []cv.Education{
		{Degree: "博士", Level: cv.Doctorate, Field: "多媒体工程", Institution: "韩巴大学", Country: "韩国", Period: civil.MustParsePeriod("2014")},
		{Degree: "硕士", Level: cv.Master, Field: "电子工程", Institution: "建国大学", Country: "韩国", Period: civil.MustParsePeriod("1985")},
	}
	c.Career = []cv.Position{
		{Period: civil.MustParsePeriod("2012 – 2014"), Title: "研究顾问", Unit: "信息通信技术融合研究所", Organisation: "韩国科学技术院"},
		{Period: civil.MustParsePeriod("2004 – 2012"), Title: "研究顾问", Organisation: "韩国电子通信研究院"},
	}
	c.Activities = []cv.Activity{
		{Period: civil.MustParsePeriod("2009 - 2014"), Role: cv.Chairman, RoleText: "主席", Body: "ITU-T第13研究组"},
		{Period: civil.MustParsePeriod("2001 – 2008"), Role: cv.ViceChairman, RoleText: "副主席", Body: "ITU-T第13研究组"},
	}
	c.Achievements = []cv.AchievementList{{Title: "担任电信标准化局主任期间的成就", Period: civil.MustParsePeriod("2015 ~ 2021"),
		Items: []string{"每年制定约300项ITU-T建议书", "发起“人工智能造福人类全球峰会”"}}}

	v := d.VisionStatement
	v.Name, v.Heading, v.Slogan, v.Tagline = c.Name, c.Heading, c.Slogan, c.Tagline
	v.Sections = []cv.Section{
		{Paragraphs: paragraphs("我是李在摄，国际电联副秘书长职位候选人。", "我的愿景是***“构建可信的信息通信技术平台”***，以此将国际电联革新为***“国际可信联盟”***。")},
		{Heading: "第一段旅程：通过可信的伙伴关系实现2030年可持续发展目标", Paragraphs: paragraphs(
			"在即将召开的PP-22上，将选举产生国际电联新一届领导层，该团队将跨越直至**2030年**的四年，即联合国制定的**可持续发展目标**的目标年。")},
	}
	return d
}

// arabicDossier returns the Korea dossier written in Arabic.
func arabicDossier() candidacy.Dossier {
	d := koreaIn(itu.Arabic)
	n := d.Note
	n.Body, n.Symbol, n.DateText, n.Title, n.Subject = "الجلسة العامة", "الوثيقة 12-A", "9 نوفمبر 2021", "مذكرة من الأمين العام", "الترشيح لمنصب نائب الأمين العام"
	n.Text = []string{
		"إلحاقاً بالمعلومات المنشورة في الوثيقة 3، يسرني أن أحيل إلى المؤتمر، في الملحق، ترشيح:",
		"الدكتور تشيسوب لي (جمهورية كوريا)",
		"لمنصب نائب الأمين العام للاتحاد الدولي للاتصالات.",
	}
	n.References = []correspondence.Symbol{"الوثيقة 3"}
	n.Candidatures = []correspondence.Candidature{kor(itu.DeputySecretaryGeneral, "الدكتور تشيسوب لي", "جمهورية كوريا")}
	n.Signatory = correspondence.Signatory{Name: "هولين جاو", Title: "الأمين العام"}

	nv := d.NoteVerbale
	nv.Text = []string{
		"تهدي البعثة الدائمة لجمهورية كوريا في جنيف تحياتها إلى الاتحاد الدولي للاتصالات وتتشرف بإبلاغه بأن حكومة جمهورية كوريا قررت تقديم ترشيحها لعضوية مجلس الاتحاد وترشيح الدكتور تشيسوب لي لمنصب نائب الأمين العام للاتحاد في الانتخابات التي ستجري خلال مؤتمر المندوبين المفوضين للاتحاد الذي سيعقد في بوخارست، رومانيا، في الفترة من 26 سبتمبر إلى 14 أكتوبر 2022.",
		"ومرفق طيه رسالة الترشيح من معالي السيدة ليم هي سوك، وزيرة العلوم وتكنولوجيا المعلومات والاتصالات، والسيرة الذاتية للدكتور تشيسوب لي وبيان الرؤية.",
		"وتغتنم البعثة الدائمة هذه الفرصة لتعرب للاتحاد الدولي للاتصالات عن أسمى آيات تقديرها.",
	}
	nv.Candidatures = []correspondence.Candidature{kor(itu.CouncilMember, "", "جمهورية كوريا"), kor(itu.DeputySecretaryGeneral, "الدكتور تشيسوب لي", "جمهورية كوريا")}
	nv.Conference = correspondence.ConferenceRef{Name: "مؤتمر المندوبين المفوضين للاتحاد", Code: "PP-22", Place: "بوخارست، رومانيا",
		Start: civil.MustParseDate("2022-09-26"), End: civil.MustParseDate("2022-10-14")}
	nv.Attachments = []correspondence.Attachment{att(itu.KindLetter, "رسالة الترشيح"), att(itu.KindCV, "السيرة الذاتية"), att(itu.KindVisionStatement, "بيان الرؤية")}

	l := d.Letter
	l.Text = []string{
		"يسرني أن أبلغكم رسمياً بأن جمهورية كوريا قررت تقديم ترشيحها لعضوية مجلس الاتحاد المقبل.",
		"كما أود أن أبلغكم بأن كوريا قررت تقديم ترشيح الدكتور تشيسوب لي لمنصب نائب الأمين العام. ومرفق طيه السيرة الذاتية للدكتور لي للاطلاع.",
	}
	l.Candidatures = []correspondence.Candidature{kor(itu.CouncilMember, "", "جمهورية كوريا"), kor(itu.DeputySecretaryGeneral, "الدكتور تشيسوب لي", "")}
	l.Attachments = []correspondence.Attachment{att(itu.KindCV, "السيرة الذاتية")}

	c := d.CV
	c.Name, c.Heading = "الدكتور تشيسوب لي", []string{"مرشح لمنصب نائب الأمين العام", "الاتحاد الدولي للاتصالات"}
	c.Slogan, c.Tagline = "بناء منصة موثوقة لتكنولوجيا المعلومات والاتصالات", "من أجل تحويل الاتحاد إلى اتحاد دولي موثوق"
	c.Profile = cv.Profile{Nationality: "KOR", NationalityText: "جمهورية كوريا", MaritalStatus: "متزوج (ابن وابنة)"}
	c.Education = []cv.Education{
		{Degree: "دكتوراه", Level: cv.Doctorate, Field: "هندسة الوسائط المتعددة", Institution: "جامعة هانبات", Country: "كوريا", Period: civil.MustParsePeriod("2014")},
		{Degree: "ماجستير", Level: cv.Master, Field: "الهندسة الإلكترونية", Institution: "جامعة كونكوك", Country: "كوريا", Period: civil.MustParsePeriod("1985")},
	}
	c.Career = []cv.Position{
		{Period: civil.MustParsePeriod("2012 – 2014"), Title: "مستشار بحوث", Unit: "معهد تقارب تكنولوجيا المعلومات والاتصالات", Organisation: "KAIST"},
		{Period: civil.MustParsePeriod("2004 – 2012"), Title: "مستشار بحوث", Organisation: "ETRI"},
	}
	c.Activities = []cv.Activity{
		{Period: civil.MustParsePeriod("2009 - 2014"), Role: cv.Chairman, RoleText: "رئيس", Body: "لجنة الدراسات 13 لقطاع تقييس الاتصالات"},
		{Period: civil.MustParsePeriod("1997 – 1998"), Role: cv.Rapporteur, RoleText: "مقرر", Body: "المسألة 2/13"},
	}
	c.Achievements = []cv.AchievementList{{Title: "الإنجازات خلال إدارة مكتب تقييس الاتصالات", Period: civil.MustParsePeriod("2015 ~ 2021"),
		Items: []string{"إصدار نحو 300 توصية سنوياً", "إطلاق القمة العالمية للذكاء الاصطناعي من أجل الصالح العام"}}}

	v := d.VisionStatement
	v.Name, v.Heading, v.Slogan, v.Tagline = c.Name, c.Heading, c.Slogan, c.Tagline
	v.Sections = []cv.Section{
		{Paragraphs: paragraphs("أنا تشيسوب لي، مرشح لمنصب نائب الأمين العام للاتحاد.", "رؤيتي هي ***“بناء منصة موثوقة لتكنولوجيا المعلومات والاتصالات”*** من أجل تحويل الاتحاد إلى ***“اتحاد دولي موثوق”***.")},
		{Heading: "الرحلة الأولى نحو أهداف التنمية المستدامة لعام 2030", Paragraphs: paragraphs(
			"في مؤتمر المندوبين المفوضين المقبل، ستنتخب قيادة جديدة للاتحاد للسنوات الأربع المقبلة حتى عام **2030**، وهو العام المحدد **لأهداف التنمية المستدامة**.")},
	}
	return d
}

// paragraphs reads each paragraph from its markup (**bold**, ***bold
// italic***).
func paragraphs(texts ...string) []cv.Paragraph {
	out := make([]cv.Paragraph, len(texts))
	for i, s := range texts {
		out[i] = cv.MustParseParagraph(s)
	}
	return out
}
