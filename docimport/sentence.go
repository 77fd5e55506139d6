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

// conferenceTexts match how a note verbale names the conference, in
// English, French and Spanish: the name, the place and the first and last
// days, "the ITU Plenipotentiary Conference (to be held) in Bucharest,
// Romania, from 26 September to 14 October 2022", "la Conférence de
// plénipotentiaires de l'UIT à Bucarest, Roumanie, du 26 septembre au 14
// octobre 2022", "la Conferencia de Plenipotenciarios de la UIT (Dubái, 29 de
// octubre – 16 de noviembre de 2018)". Groups: name, place, start, end.
var conferenceTexts = sync.OnceValue(func() []*regexp.Regexp {
	return []*regexp.Regexp{
		regexp.MustCompile(`(ITU Plenipotentiary Conference)(?: to be held)? in ([^,]{2,60}, [^,]{2,60}), from (\d{1,2} \p{L}+(?: \d{4})?) to (\d{1,2} \p{L}+ \d{4})`),
		regexp.MustCompile(`(Conférence de plénipotentiaires de l['’]UIT) à ([^,]{2,60}, [^,]{2,60}), du (\d{1,2}(?:er)? \p{L}+(?: \d{4})?) au (\d{1,2} \p{L}+ \d{4})`),
		regexp.MustCompile(`(Conferencia de Plenipotenciarios de la UIT) que se celebrará en ([^,]{2,60}, [^,]{2,60}), del (\d{1,2} de \p{L}+(?: de \d{4})?) al (\d{1,2} de \p{L}+ de \d{4})`),
		regexp.MustCompile(`(Conférence de plénipotentiaires de l['’]UIT|Conferencia de Plenipotenciarios de la UIT|ITU Plenipotentiary Conference) \(([^,()]{2,60}), (\d{1,2}(?:er)?(?: de)? \p{L}+(?: (?:de )?\d{4})?) [–-] (\d{1,2}(?: de)? \p{L}+ (?:de )?\d{4})\)`),
	}
})

// conferenceIn reads the conference a note verbale names, and the
// paragraph it names it in.
func conferenceIn(ps []string) (correspondence.ConferenceRef, int, bool) {
	for k, p := range ps {
		for _, re := range conferenceTexts() {
			if ref, ok := conferenceRef(re.FindStringSubmatch(p)); ok {
				return ref, k, true
			}
		}
	}
	return correspondence.ConferenceRef{}, 0, false
}

// conferenceRef builds the conference of a match of conferenceTexts; a
// first day without its year ("26 September") takes the last day's.
func conferenceRef(g []string) (correspondence.ConferenceRef, bool) {
	if g == nil {
		return correspondence.ConferenceRef{}, false
	}
	end, ok := readDate(g[4])
	if !ok {
		return correspondence.ConferenceRef{}, false
	}
	start, ok := readDate(g[3])
	if !ok {
		start, ok = readDate(g[3] + " " + strconv.Itoa(end.Year))
	}
	if !ok {
		return correspondence.ConferenceRef{}, false
	}
	ref := correspondence.ConferenceRef{Name: g[1], Place: g[2], Start: start, End: end}
	if code, err := itu.ParseConferenceCode(fmt.Sprintf("PP-%02d", end.Year%100)); err == nil {
		ref.Code = code
	}
	return ref, true
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
