package docimport

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/names"
)

// textCandidatures reads the candidatures the paragraphs of a note verbale
// or letter announce: each "candidature of NAME for the post of POST", or a
// candidature for the Council, with the Member State named last before it;
// one per post, those that name no candidate for a person's post left out.
func textCandidatures(ps []string, home itu.StateCode) ([]correspondence.Candidature, []int) {
	var out []correspondence.Candidature
	var from []int
	seen := map[itu.Post]bool{}
	for k, p := range ps {
		for _, c := range paragraphCandidatures(p, home) {
			if seen[c.Post] || c.Post.CandidateIsPerson() && c.Candidate == "" {
				continue
			}
			seen[c.Post] = true
			out = append(out, c)
			from = append(from, k)
		}
	}
	return out, from
}

// candidatureWord finds the words that introduce a candidature, not inside
// another word (RE2's \b knows ASCII words only). An Arabic word may carry
// the clitics و, ب, ل or ف before it ("وترشيح", "بترشيح"), and a pronoun
// after it ("ترشيحها"); its group is the second.
var candidatureWord = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:^|[^\p{L}])(candidature|candidacy|candidatura|кандидатур\p{L}*)|(?:^|[^\p{L}])[وبلف]{0,2}(ترشيح\p{L}*)`)
})

// nameThenFor matches " of NAME for " after a candidature word, in English,
// French and Spanish, " NAME на должность" in Russian, or " NAME لمنصب" in
// Arabic ("ترشيح الدكتور ... لمنصب نائب الأمين العام"; see readingWords for
// the sources of the Arabic forms).
var nameThenFor = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s+(?:of|de|del|d')\s+(.{2,120}?)\s+(?:for|pour|para|au|al|à|на)\s|^\s+(\S.{1,120}?)\s+на\s+(?:должность|пост)|^\s+(\S.{1,120}?)\s+(?:لمنصب|لشغل منصب)\s`)
})

// councilWords name the Council in a candidature's sentence.
var councilWords = []string{"council", "conseil", "consejo", "совет", "مجلس الاتحاد", "理事会"}

func paragraphCandidatures(p string, home itu.StateCode) []correspondence.Candidature {
	var out []correspondence.Candidature
	var locs [][]int
	for _, m := range candidatureWord().FindAllStringSubmatchIndex(p, 20) {
		if m[2] < 0 {
			m = m[2:]
		}
		locs = append(locs, m[2:4])
	}
	for i, loc := range locs {
		end := len(p)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		if dot := sentenceEnd(p, loc[1]); dot < end {
			end = dot
		}
		window := p[loc[1]:end]
		c := correspondence.Candidature{MemberState: home}
		// The Member State named last before the candidature, in the 600
		// bytes before it.
		from := max(0, loc[0]-600)
		for from < loc[0] && !utf8.RuneStart(p[from]) {
			from++
		}
		for _, m := range states(p[from:loc[0]]) {
			c.MemberState, c.MemberStateText = m.v, p[from+m.start:from+m.end]
		}
		start := sentenceStart(p, loc[0])
		c.Withdrawal = containsAny(p[start:loc[0]], anyLabel(func(l labelSet) []string { return l.withdrawal }))
		if g := nameThenFor().FindStringSubmatch(window); g != nil {
			who := strings.TrimPrefix(g[1]+g[2]+g[3], "the ")
			if code, ok := lookupState(who); ok {
				c.MemberState, c.MemberStateText = code, who
			} else {
				c.Candidate = names.Name(g[1] + g[2] + g[3])
			}
		}
		if containsAny(window, councilWords) && c.Candidate == "" {
			c.Post = itu.CouncilMember
		} else if post, ok := postAfter(window); ok {
			c.Post = post
		}
		if c.Post != 0 {
			out = append(out, c)
		}
	}
	return append(out, chineseCandidatures(p, home)...)
}

// speaksOfCandidature reports whether s has a word that introduces a
// candidature: one candidatureWord finds, or Chinese 候选人 (candidate) or
// 竞选 (stand for election).
func speaksOfCandidature(s string) bool {
	return candidatureWord().MatchString(s) || strings.Contains(s, "候选人") || strings.Contains(s, "竞选")
}

// chineseMarker finds where a Chinese candidature clause opens: 提名
// (nominate) or 竞选 (stand for election). Chinese names the post before the
// word for candidate (候选人), so the clause is read from its verb, not from
// the word for candidature as in the other languages.
var chineseMarker = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`提名|竞选`)
})

// chineseNomination matches "提名NAME为POST候选人" from the verb: groups
// name and the post's text ("国际电联副秘书长职位"). The form is the one
// issue 19 gives ("提名…为…候选人", "…职位候选人"); no Chinese note verbale
// or letter of a Plenipotentiary Conference was found to confirm it
// (inferred).
var chineseNomination = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^提名\s*([^，。；]{1,40}?)\s*(?:为|担任)\s*([^，。；]{1,80}?)候选人`)
})

// chineseCandidatures reads the Chinese candidature clauses of p: each
// "提名NAME为POST候选人", and a Council seat the clause names ("竞选国际电联
// 理事会成员国"), with the Member State whose 政府 (Government) the sentence
// names before it.
func chineseCandidatures(p string, home itu.StateCode) []correspondence.Candidature {
	var out []correspondence.Candidature
	marks := chineseMarker().FindAllStringIndex(p, 20)
	for i, m := range marks {
		end := len(p)
		if i+1 < len(marks) {
			end = marks[i+1][0]
		}
		if dot := strings.IndexAny(p[m[0]:end], "。；"); dot >= 0 {
			end = m[0] + dot
		}
		clause := p[m[0]:end]
		start := 0
		if dot := strings.LastIndex(p[:m[0]], "。"); dot >= 0 {
			start = dot + len("。")
		}
		c := correspondence.Candidature{MemberState: home}
		if code, text, ok := chineseGovernment(p[start:m[0]]); ok {
			c.MemberState, c.MemberStateText = code, text
		}
		c.Withdrawal = containsAny(p[start:m[0]], anyLabel(func(l labelSet) []string { return l.withdrawal }))
		if g := chineseNomination().FindStringSubmatch(clause); g != nil {
			if code, ok := lookupState(g[1]); ok {
				c.MemberState, c.MemberStateText = code, g[1]
			} else {
				c.Candidate = names.Name(g[1])
			}
			clause = g[2]
		}
		if containsAny(clause, councilWords) && c.Candidate == "" {
			c.Post = itu.CouncilMember
		} else if post, _, ok := findPost(clause); ok {
			c.Post = post
		}
		if c.Post != 0 {
			out = append(out, c)
		}
	}
	return out
}

// chineseGovernment reads the Member State named before the last 政府
// (Government) of s, after the punctuation before it: "…：大韩民国政府决定".
func chineseGovernment(s string) (itu.StateCode, string, bool) {
	i := strings.LastIndex(s, "政府")
	if i < 0 {
		return "", "", false
	}
	name := s[:i]
	if j := strings.LastIndexAny(name, "，。；：、 "); j >= 0 {
		_, n := utf8.DecodeRuneInString(name[j:])
		name = name[j+n:]
	}
	code, ok := lookupState(name)
	return code, name, ok
}

// sentenceEnd returns where the sentence that holds byte i ends: after a
// full stop followed by a space and a capital, or at the end of p.
func sentenceEnd(p string, i int) int {
	for j := i; j < len(p)-2; j++ {
		if p[j] == '.' && p[j+1] == ' ' && startsUpper(p[j+2:]) && !abbreviation(p[:j]) {
			return j
		}
	}
	return len(p)
}

// sentenceStart returns where the sentence that holds byte i starts.
func sentenceStart(p string, i int) int {
	for j := i - 1; j > 0; j-- {
		if p[j-1] == '.' && p[j] == ' ' && !abbreviation(p[:j-1]) {
			return j + 1
		}
	}
	return 0
}

// abbreviation reports whether the word ending s is an abbreviation or
// initial ("Dr", "H.E", "Y"), whose full stop ends no sentence.
func abbreviation(s string) bool {
	i := strings.LastIndexAny(s, " .")
	w := s[i+1:]
	return len(w) <= 3 && startsUpper(w) || w == ""
}

// conferenceTexts match how a note verbale names the conference: the name,
// the place and the first and last days, in groups so named. In English,
// French and Spanish: "the ITU Plenipotentiary Conference (to be held) in
// Bucharest, Romania, from 26 September to 14 October 2022", "la Conférence
// de plénipotentiaires de l'UIT à Bucarest, Roumanie, du 26 septembre au 14
// octobre 2022", "la Conferencia de Plenipotenciarios de la UIT (Dubái, 29 de
// octubre – 16 de noviembre de 2018)". In Russian, in the case the sentence
// puts the name in, "на Полномочной конференции МСЭ, которая состоится в
// Бухаресте, Румыния, с 26 сентября по 14 октября 2022 года": Полномочная
// конференция МСЭ is how the Regional Commonwealth in Communications names
// the conference ("в рамках Полномочной конференции МСЭ 2022 года (ПК-22)",
// rcc.org.ru 2022); the rest of the sentence is inferred.
//
// In Chinese, the days and the place come before the name, "将于2022年9月26日
// 至10月14日在罗马尼亚布加勒斯特举行的国际电联全权代表大会", or after it, as
// the ITU's own page on PP-14 writes it: "国际电联2014年全权代表大会将于10月
// 20日(星期一)至2014年11月7日(星期五)在韩国釜山召开"
// (https://www.itu.int/zh/plenipotentiary/2014/Pages/about.aspx); either
// day may leave out the year the other gives, and a weekday in brackets
// may follow it. 国际电联全权代表大会 is the ITU's Chinese name of the
// conference (that page; pp22.itu.int/zh-hans writes "2022年全权代表大会
// (PP-22)"), the Union's name also written out (国际电信联盟). In Arabic, "مؤتمر المندوبين المفوضين للاتحاد الذي سيعقد في
// بوخارست، رومانيا، في الفترة من 26 سبتمبر إلى 14 أكتوبر 2022": مؤتمر
// المندوبين المفوضين is the ITU's Arabic name of the conference (its press
// release of 4 October 2022 from Bucharest, "قطر تستضيف مؤتمر المندوبين
// المفوضين للاتحاد الدولي للاتصالات في عام 2026",
// https://www.itu.int/ar/mediacentre/Pages/PR-2022-04-10-PP26-host-city.aspx),
// and "في الفترة من … إلى …" how the Arabic press gives its days
// (alwatannews.net 2022, "مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات
// في الفترة من 26 سبتمبر إلى 14 أكتوبر 2022"); the verb before the place
// (سيعقد, "will be held") is inferred. No Chinese or Arabic note verbale was
// found to confirm either sentence.
var conferenceTexts = sync.OnceValue(func() []*regexp.Regexp {
	const (
		// A day in Chinese, the year optional, and the weekday in brackets
		// that may follow it.
		zhDate    = `(?:\d{4}年)?\d{1,2}月\d{1,2}日`
		zhWeekday = `(?:[(（]星期.[)）])?`
		zhDays    = `(?P<start>` + zhDate + `)` + zhWeekday + `至(?P<end>` + zhDate + `)` + zhWeekday
		zhName    = `(?P<name>国际电(?:联|信联盟)(?:\d{4}年)?全权代表大会)`
		zhPlace   = `在(?P<place>[^，。；、,]{2,30}?)(?:举行|召开)`
	)
	return []*regexp.Regexp{
		regexp.MustCompile(`(?P<name>ITU Plenipotentiary Conference)(?: to be held)? in (?P<place>[^,]{2,60}, [^,]{2,60}), from (?P<start>\d{1,2} \p{L}+(?: \d{4})?) to (?P<end>\d{1,2} \p{L}+ \d{4})`),
		regexp.MustCompile(`(?P<name>Conférence de plénipotentiaires de l['’]UIT) à (?P<place>[^,]{2,60}, [^,]{2,60}), du (?P<start>\d{1,2}(?:er)? \p{L}+(?: \d{4})?) au (?P<end>\d{1,2} \p{L}+ \d{4})`),
		regexp.MustCompile(`(?P<name>Conferencia de Plenipotenciarios de la UIT) que se celebrará en (?P<place>[^,]{2,60}, [^,]{2,60}), del (?P<start>\d{1,2} de \p{L}+(?: de \d{4})?) al (?P<end>\d{1,2} de \p{L}+ de \d{4})`),
		regexp.MustCompile(`(?P<name>Conférence de plénipotentiaires de l['’]UIT|Conferencia de Plenipotenciarios de la UIT|ITU Plenipotentiary Conference) \((?P<place>[^,()]{2,60}), (?P<start>\d{1,2}(?:er)?(?: de)? \p{L}+(?: (?:de )?\d{4})?) [–-] (?P<end>\d{1,2}(?: de)? \p{L}+ (?:de )?\d{4})\)`),
		regexp.MustCompile(`(?P<name>Полномочн\p{L}+ конференци\p{L}+ МСЭ)(?: \d{4} года)?(?:,? (?:которая|которую) (?:состоится|пройдет|пройдёт|будет проведена|проводится))? в (?P<place>[^,]{2,60}, [^,]{2,60}),? с (?P<start>\d{1,2} \p{L}+(?: \d{4})?) по (?P<end>\d{1,2} \p{L}+ \d{4})`),
		regexp.MustCompile(zhDays + zhPlace + `的` + zhName),
		regexp.MustCompile(zhName + `将于` + zhDays + zhPlace),
		regexp.MustCompile(`(?P<name>مؤتمر المندوبين المفوضين(?: للاتحاد(?: الدولي للاتصالات)?)?)(?: الذي| المقرر)? (?:سيعقد|سيُعقد|يعقد|يُعقد|عقده|المزمع عقده) في (?P<place>[^،,]{2,60}[،,] [^،,]{2,60})[،,]? (?:في الفترة )?من (?P<start>\d{1,2} \p{L}+(?: \d{4})?) (?:إلى|حتى) (?P<end>\d{1,2} \p{L}+ \d{4})`),
	}
})

// conferenceIn reads the conference a note verbale names, and the
// paragraph it names it in.
func conferenceIn(ps []string) (correspondence.ConferenceRef, int, bool) {
	for k, p := range ps {
		for _, re := range conferenceTexts() {
			if ref, ok := conferenceRef(re, re.FindStringSubmatch(p)); ok {
				return ref, k, true
			}
		}
	}
	return correspondence.ConferenceRef{}, 0, false
}

// conferenceRef builds the conference of a match g of re, one of
// conferenceTexts; a day without its year ("26 September", "10月14日")
// takes the other day's.
func conferenceRef(re *regexp.Regexp, g []string) (correspondence.ConferenceRef, bool) {
	if g == nil {
		return correspondence.ConferenceRef{}, false
	}
	group := func(name string) string { return g[re.SubexpIndex(name)] }
	start, okStart := readDate(group("start"))
	end, okEnd := readDate(group("end"))
	if !okEnd && okStart {
		end, okEnd = readDate(withYear(group("end"), start.Year))
	}
	if !okStart && okEnd {
		start, okStart = readDate(withYear(group("start"), end.Year))
	}
	if !okStart || !okEnd {
		return correspondence.ConferenceRef{}, false
	}
	ref := correspondence.ConferenceRef{Name: group("name"), Place: group("place"), Start: start, End: end}
	if code, err := itu.ParseConferenceCode(fmt.Sprintf("PP-%02d", end.Year%100)); err == nil {
		ref.Code = code
	}
	return ref, true
}

// withYear writes day, a day and month without the year, with year y: "26
// September 2022", "2022年10月14日".
func withYear(day string, y int) string {
	if strings.Contains(day, "月") {
		return strconv.Itoa(y) + "年" + day
	}
	return day + " " + strconv.Itoa(y)
}

// attachmentsIn reads the documents the paragraphs say are attached, in the
// order they name them: "a nomination letter from ...", "Dr. Lee's
// curriculum vitae", "vision statement".
func attachmentsIn(ps []string) ([]correspondence.Attachment, []int) {
	var out []correspondence.Attachment
	var from []int
	seen := map[itu.Kind]bool{}
	for k, p := range ps {
		if !containsAny(p, anyLabel(func(l labelSet) []string { return l.attached })) {
			continue
		}
		for _, f := range documentsNamed(p) {
			if seen[f.v] {
				continue
			}
			seen[f.v] = true
			out = append(out, correspondence.Attachment{Document: f.v, Description: describe(p, f)})
			from = append(from, k)
		}
	}
	return out, from
}

// documentsNamed finds the names of documents in p, in order.
func documentsNamed(p string) []match[itu.Kind] {
	low := strings.ToLower(p)
	var out []match[itu.Kind]
	for _, l := range labelSets() {
		for name, k := range l.documents {
			if i := strings.Index(low, name); i >= 0 {
				out = append(out, match[itu.Kind]{v: k, start: i, end: i + len(name)})
			}
		}
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].start < out[j-1].start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// describe returns how p describes the document found at f: the name with
// a possessive before it ("Dr. Lee's curriculum vitae"), or with the article
// and the apposition after it ("a nomination letter from H.E. Ms. Lim
// Hyesook, Minister of Science and ICT"), or the name alone.
func describe(p string, f match[itu.Kind]) string {
	name := p[f.start:f.end]
	before := strings.Fields(p[:f.start])
	if n := len(before); n > 0 && (strings.HasSuffix(before[n-1], "'s") || strings.HasSuffix(before[n-1], "’s")) {
		k := n - 1
		for k > 0 && startsUpper(before[k-1]) && !strings.HasSuffix(before[k-1], ",") {
			k--
		}
		return strings.Join(before[k:], " ") + " " + name
	}
	if n := len(before); n > 0 && (before[n-1] == "a" || before[n-1] == "an") {
		rest := p[f.end:]
		if strings.HasPrefix(rest, " from ") {
			cut := len(rest)
			parts := strings.Split(rest, ", ")
			used := len(parts[0])
			for _, part := range parts[1:] {
				if !startsUpper(part) {
					break
				}
				used += 2 + len(part)
			}
			cut = min(cut, used)
			return before[n-1] + " " + name + rest[:cut]
		}
	}
	return name
}

// servedSince matches a claim that the candidate has held a post since a
// year: "has served as the Director of ... since 2014".
var servedSince = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:has served|has been serving|has been) as (?:the )?(.{3,160}?) since (\d{4})\b`)
})

// claimsIn reads the statements of ps that a candidate has held an ITU post
// since a year, each as the sentence says it up to the year.
func claimsIn(ps []string, source itu.Kind) []candidacy.Claim {
	var out []candidacy.Claim
	for _, p := range ps {
		for _, loc := range servedSince().FindAllStringSubmatchIndex(p, 5) {
			post, _, ok := findPost(p[loc[2]:loc[3]])
			if !ok || !post.IsElectedOfficial() {
				continue
			}
			year, _ := strconv.Atoi(p[loc[4]:loc[5]])
			out = append(out, candidacy.Claim{Source: source, Text: p[sentenceStart(p, loc[0]):loc[1]], Post: post, Since: civil.Year(year)})
		}
	}
	return out
}
