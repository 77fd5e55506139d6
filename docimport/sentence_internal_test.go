package docimport

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/correspondence"
)

// TestParagraphCandidatures reads the candidature sentences of notes
// verbales and letters in the six languages.
func TestParagraphCandidatures(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []correspondence.Candidature
	}{
		{"English, a person and the Council",
			"the Government of the Republic of Korea has decided to present its candidature for a seat on the ITU Council and the candidature of Dr. Chaesub LEE for the position of Deputy Secretary-General of the ITU.",
			[]correspondence.Candidature{
				{Post: itu.CouncilMember, MemberState: "KOR", MemberStateText: "Republic of Korea"},
				{Post: itu.DeputySecretaryGeneral, Candidate: "Dr. Chaesub LEE", MemberState: "KOR", MemberStateText: "Republic of Korea"},
			}},
		{"English, withdrawn",
			"the Government of Mauritania has decided to withdraw the candidature of Ms Fatimetou MOHAMED-SALECK for the post of Deputy Secretary-General.",
			[]correspondence.Candidature{{Post: itu.DeputySecretaryGeneral, Candidate: "Ms Fatimetou MOHAMED-SALECK", MemberState: "MRT", MemberStateText: "Mauritania", Withdrawal: true}}},
		{"French",
			"le Gouvernement de la France a décidé de présenter la candidature de M. Yvon HENRI au Comité du Règlement des radiocommunications.",
			[]correspondence.Candidature{{Post: itu.BoardMember, Candidate: "M. Yvon HENRI", MemberState: "FRA", MemberStateText: "France"}}},
		{"Spanish",
			"el Gobierno de México ha decidido presentar la candidatura del Sr. Javier JUÁREZ MOJICA para el puesto de miembro de la Junta del Reglamento de Radiocomunicaciones.",
			[]correspondence.Candidature{{Post: itu.BoardMember, Candidate: "Sr. Javier JUÁREZ MOJICA", MemberState: "MEX", MemberStateText: "México"}}},
		{"Russian",
			"Правительство Российской Федерации приняло решение выдвинуть кандидатуру г-на Рашида ИСМАИЛОВА на должность Генерального секретаря.",
			[]correspondence.Candidature{{Post: itu.SecretaryGeneral, Candidate: "г-на Рашида ИСМАИЛОВА", MemberState: "RUS"}}},
		{"Arabic, the Council and a person",
			"وتتشرف بإبلاغه بأن حكومة جمهورية كوريا قررت تقديم ترشيحها لعضوية مجلس الاتحاد وترشيح الدكتور تشيسوب لي لمنصب نائب الأمين العام للاتحاد.",
			[]correspondence.Candidature{
				{Post: itu.CouncilMember, MemberState: "KOR", MemberStateText: "جمهورية كوريا"},
				{Post: itu.DeputySecretaryGeneral, Candidate: "الدكتور تشيسوب لي", MemberState: "KOR", MemberStateText: "جمهورية كوريا"},
			}},
		{"Arabic, a Member State for a post",
			"أعلنت الحكومة بترشيح موريتانيا لمنصب مدير مكتب تنمية الاتصالات.",
			[]correspondence.Candidature{{Post: itu.DirectorBDT, MemberState: "MRT", MemberStateText: "موريتانيا"}}},
		{"Arabic, withdrawn",
			"قررت حكومة موريتانيا سحب ترشيح السيدة فاطمة بنت محمد السالك لمنصب نائب الأمين العام.",
			[]correspondence.Candidature{{Post: itu.DeputySecretaryGeneral, Candidate: "السيدة فاطمة بنت محمد السالك", MemberState: "MRT", MemberStateText: "موريتانيا", Withdrawal: true}}},
		{"Chinese, the Council and a person",
			"大韩民国常驻日内瓦代表团谨通知：大韩民国政府决定竞选国际电联理事会成员国，并提名李在摄博士为国际电联副秘书长职位候选人。",
			[]correspondence.Candidature{
				{Post: itu.CouncilMember, MemberState: "KOR", MemberStateText: "大韩民国"},
				{Post: itu.DeputySecretaryGeneral, Candidate: "李在摄博士", MemberState: "KOR", MemberStateText: "大韩民国"},
			}},
		{"Chinese, a Board member",
			"法国政府谨提名伊冯·亨利先生为无线电规则委员会委员候选人。",
			[]correspondence.Candidature{{Post: itu.BoardMember, Candidate: "伊冯·亨利先生", MemberState: "FRA", MemberStateText: "法国"}}},
		{"Chinese, withdrawn",
			"毛里塔尼亚政府决定撤回提名法蒂梅图女士为副秘书长职位候选人。",
			[]correspondence.Candidature{{Post: itu.DeputySecretaryGeneral, Candidate: "法蒂梅图女士", MemberState: "MRT", MemberStateText: "毛里塔尼亚", Withdrawal: true}}},
		{"no candidature", "The Permanent Mission presents its compliments.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			home := itu.StateCode("")
			if len(tt.want) > 0 {
				home = tt.want[0].MemberState
			}
			got := paragraphCandidatures(tt.text, home)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("paragraphCandidatures (-want +got):\n%s", diff)
			}
		})
	}
}

// TestConferenceIn reads the conference of notes verbales in the six
// languages (issue 19: the sentences of conferenceTexts).
func TestConferenceIn(t *testing.T) {
	pp22 := func(name, place string) correspondence.ConferenceRef {
		return correspondence.ConferenceRef{Name: name, Code: "PP-22", Place: place,
			Start: civil.MustParseDate("2022-09-26"), End: civil.MustParseDate("2022-10-14")}
	}
	tests := []struct {
		name   string
		text   string
		want   correspondence.ConferenceRef
		wantOK bool
	}{
		{"English", "at the elections to be held during the ITU Plenipotentiary Conference to be held in Bucharest, Romania, from 26 September to 14 October 2022.",
			pp22("ITU Plenipotentiary Conference", "Bucharest, Romania"), true},
		{"French", "lors de la Conférence de plénipotentiaires de l'UIT à Bucarest, Roumanie, du 26 septembre au 14 octobre 2022.",
			pp22("Conférence de plénipotentiaires de l'UIT", "Bucarest, Roumanie"), true},
		{"French in brackets", "lors de la Conférence de plénipotentiaires de l'UIT (Bucarest, 26 septembre – 14 octobre 2022).",
			pp22("Conférence de plénipotentiaires de l'UIT", "Bucarest"), true},
		{"French, typographic apostrophe", "lors de la Conférence de plénipotentiaires de l’UIT à Bucarest, Roumanie, du 26 septembre au 14 octobre 2022.",
			pp22("Conférence de plénipotentiaires de l’UIT", "Bucarest, Roumanie"), true},
		{"French in brackets, typographic apostrophe", "lors de la Conférence de plénipotentiaires de l’UIT (Bucarest, 26 septembre – 14 octobre 2022).",
			pp22("Conférence de plénipotentiaires de l’UIT", "Bucarest"), true},
		{"Spanish", "en la Conferencia de Plenipotenciarios de la UIT que se celebrará en Bucarest, Rumania, del 26 de septiembre al 14 de octubre de 2022.",
			pp22("Conferencia de Plenipotenciarios de la UIT", "Bucarest, Rumania"), true},
		{"Spanish in brackets", "en la Conferencia de Plenipotenciarios de la UIT (Dubái, 29 de octubre – 16 de noviembre de 2018).",
			correspondence.ConferenceRef{Name: "Conferencia de Plenipotenciarios de la UIT", Code: "PP-18", Place: "Dubái",
				Start: civil.MustParseDate("2018-10-29"), End: civil.MustParseDate("2018-11-16")}, true},
		{"Russian", "на выборах, которые пройдут на Полномочной конференции МСЭ, которая состоится в Бухаресте, Румыния, с 26 сентября по 14 октября 2022 года.",
			pp22("Полномочной конференции МСЭ", "Бухаресте, Румыния"), true},
		{"Russian, the year in the name", "на Полномочной конференции МСЭ 2022 года в Бухаресте, Румыния, с 26 сентября по 14 октября 2022 года.",
			pp22("Полномочной конференции МСЭ", "Бухаресте, Румыния"), true},
		{"Chinese, the days first", "大韩民国政府决定在将于2022年9月26日至10月14日在罗马尼亚布加勒斯特举行的国际电联全权代表大会上竞选国际电联理事会成员国。",
			pp22("国际电联全权代表大会", "罗马尼亚布加勒斯特"), true},
		{"Chinese, the name first, as the ITU writes it", "国际电联2014年全权代表大会将于10月20日(星期一)至2014年11月7日(星期五)在韩国釜山召开。",
			correspondence.ConferenceRef{Name: "国际电联2014年全权代表大会", Code: "PP-14", Place: "韩国釜山",
				Start: civil.MustParseDate("2014-10-20"), End: civil.MustParseDate("2014-11-07")}, true},
		{"Chinese, fullwidth brackets and both years", "将于2022年9月26日（星期一）至2022年10月14日（星期五）在布加勒斯特召开的国际电联全权代表大会",
			pp22("国际电联全权代表大会", "布加勒斯特"), true},
		{"Chinese, the Union's name written out", "将于2022年9月26日至10月14日在罗马尼亚布加勒斯特举行的国际电信联盟全权代表大会",
			pp22("国际电信联盟全权代表大会", "罗马尼亚布加勒斯特"), true},
		{"Arabic", "في الانتخابات التي ستجري خلال مؤتمر المندوبين المفوضين للاتحاد الذي سيعقد في بوخارست، رومانيا، في الفترة من 26 سبتمبر إلى 14 أكتوبر 2022.",
			pp22("مؤتمر المندوبين المفوضين للاتحاد", "بوخارست، رومانيا"), true},
		{"Arabic, the Union's full name", "خلال مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات الذي سيعقد في دبي، الإمارات العربية المتحدة، من 29 أكتوبر إلى 16 نوفمبر 2018.",
			correspondence.ConferenceRef{Name: "مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات", Code: "PP-18", Place: "دبي، الإمارات العربية المتحدة",
				Start: civil.MustParseDate("2018-10-29"), End: civil.MustParseDate("2018-11-16")}, true},
		{"Chinese, no days", "国际电联全权代表大会将在罗马尼亚布加勒斯特举行。", correspondence.ConferenceRef{}, false},
		{"Arabic, a year only", "خلال مؤتمر المندوبين المفوضين للاتحاد الذي سيعقد في بوخارست، رومانيا، في عام 2022.", correspondence.ConferenceRef{}, false},
		{"a year only", "at the ITU Plenipotentiary Conference to be held in Bucharest, Romania, in 2022.", correspondence.ConferenceRef{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, ok := conferenceIn([]string{tt.text})
			if ok != tt.wantOK {
				t.Fatalf("conferenceIn ok = %v; want %v", ok, tt.wantOK)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("conferenceIn (-want +got):\n%s", diff)
			}
		})
	}
}
