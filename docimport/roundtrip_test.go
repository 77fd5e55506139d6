package docimport_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/names"
)

// TestRoundTrip reads back every valid and realistic fixture whose kind
// renders, in every language the fixtures have: import(render(r)) == r, with
// the reader given the conferences' calendar (a Note's conference is
// inferred from its date). Only the fields no text prints are copied from
// the fixture (see unprinted), and one reading the text cannot decide is
// compared by what it prints (see sameText): every fixture but those two
// reads back exactly, and the test logs the count and the others. The
// record read renders the same text again, character for character, with
// no warning.
func TestRoundTrip(t *testing.T) {
	var inexact []string
	fixtures := renderable(t)
	for _, f := range fixtures {
		t.Run(f.name, func(t *testing.T) {
			text := f.record.(renderer).Render()
			got, res := read(t, text, f.kind)
			if again := got.(renderer).Render(); again != text {
				t.Errorf("render(import(text)) != text:\n got %q\nwant %q", again, text)
			}
			unprinted(f.record, got)
			if diff := cmp.Diff(f.record, got, sameText...); diff != "" {
				t.Errorf("import(render(r)) mismatch (-want +got):\n%s", diff)
			}
			if !cmp.Equal(f.record, got, cmpOpts...) {
				inexact = append(inexact, f.name)
			}
			for _, w := range res.Warnings {
				t.Errorf("warning: %s", w)
			}
		})
	}
	t.Logf("%d fixtures read back; %d equal without sameText; by their printed lines: %v", len(fixtures), len(fixtures)-len(inexact), inexact)
}

// TestRoundTripLanguages reads back every fixture whose note verbale, letter
// or CV prints labels, with those set in each of the six languages: the CV's
// headings and rows, the letterhead's "Tel:" and "Fax:", the date. The
// language read is the one printed; a note verbale or letter whose date is
// written out (DateText) and that has no contact line prints no label, and
// keeps its language out of the variant; so does one in English, which prints
// as one whose language is not set.
func TestRoundTripLanguages(t *testing.T) {
	for _, f := range renderable(t) {
		for _, lang := range itu.Languages() {
			rec, ok := inLanguage(t, f, lang)
			if !ok {
				continue
			}
			t.Run(f.name+"/"+lang.String(), func(t *testing.T) {
				text := rec.(renderer).Render()
				got, res := read(t, text, f.kind)
				unprinted(rec, got)
				if diff := cmp.Diff(rec, got, sameText...); diff != "" {
					t.Errorf("import(render(r)) mismatch (-want +got):\n%s\ntext:\n%s", diff, text)
				}
				for _, w := range res.Warnings {
					t.Errorf("warning: %s", w)
				}
			})
		}
	}
}

// inLanguage returns a copy of the fixture's record with its labelled
// documents in lang, and whether it has one.
func inLanguage(t *testing.T, f fixture, lang itu.Language) (any, bool) {
	t.Helper()
	data, err := json.Marshal(f.record)
	if err != nil {
		t.Fatal(err)
	}
	rec := newRecord(f.kind)
	if err := json.Unmarshal(data, rec); err != nil {
		t.Fatal(err)
	}
	changed := false
	nv := func(n *correspondence.NoteVerbale) {
		if n != nil && n.DateText == "" && lang != itu.English {
			n.Language, changed = lang, true
		}
	}
	letter := func(l *correspondence.Letter) {
		if l != nil && l.DateText == "" && lang != itu.English {
			l.Language, changed = lang, true
		}
	}
	cvIn := func(c *cv.CV) {
		if c != nil {
			c.Language, changed = lang, true
		}
	}
	switch r := rec.(type) {
	case *candidacy.Dossier:
		nv(r.NoteVerbale)
		letter(r.Letter)
		cvIn(r.CV)
	case *correspondence.NoteVerbale:
		nv(r)
	case *correspondence.Letter:
		letter(r)
	case *cv.CV:
		cvIn(r)
	}
	return rec, changed
}

// TestRoundTripChineseArabic reads back a note verbale and a letter in
// Chinese and in Arabic: the fixtures with their Language set and their
// paragraphs written in that language, the candidatures (with the Member
// State as the paragraph writes it, when the reader knows the name) and
// attachments the paragraphs name. The renderers print the paragraphs as the record holds
// them, so the sentences are the test's own (inferred, see readingWords);
// a conference named in Chinese or Arabic is not read, so the note verbale
// names none.
func TestRoundTripChineseArabic(t *testing.T) {
	// kor is a candidature of the Republic of Korea, named as the
	// paragraph writes it (written, when the reader knows the name).
	kor := func(post itu.Post, who names.Name, written string) correspondence.Candidature {
		return correspondence.Candidature{Post: post, Candidate: who, MemberState: "KOR", MemberStateText: written}
	}
	note := func(lang itu.Language, text []string, atts []correspondence.Attachment, cands ...correspondence.Candidature) any {
		n := examples.KoreaNoteVerbale()
		n.Language, n.Text, n.Candidatures, n.Attachments = lang, text, cands, atts
		n.Conference = correspondence.ConferenceRef{}
		return &n
	}
	letter := func(lang itu.Language, text []string, atts []correspondence.Attachment, cands ...correspondence.Candidature) any {
		l := examples.KoreaLetter()
		l.Language, l.DateText, l.PageBreaks = lang, "", nil
		l.Letterhead.EveryPage = false // one page prints no second letterhead
		l.Text, l.Candidatures, l.Attachments = text, cands, atts
		return &l
	}
	att := func(k itu.Kind, d string) correspondence.Attachment {
		return correspondence.Attachment{Document: k, Description: d}
	}
	tests := []struct {
		name string
		kind itu.Kind
		want any
	}{
		{"note verbale/zh", itu.KindNoteVerbale, note(itu.Chinese, []string{
			"大韩民国常驻日内瓦代表团向国际电信联盟致意，并谨通知：大韩民国政府决定竞选国际电联理事会成员国，并提名李在摄博士为国际电联副秘书长职位候选人。",
			"随附科学技术信息通信部部长林惠淑阁下的提名信，以及李在摄博士的简历和愿景声明。",
			"大韩民国常驻日内瓦代表团顺致崇高的敬意。",
		}, []correspondence.Attachment{att(itu.KindLetter, "提名信"), att(itu.KindCV, "简历"), att(itu.KindVisionStatement, "愿景声明")},
			kor(itu.CouncilMember, "", "大韩民国"), kor(itu.DeputySecretaryGeneral, "李在摄博士", "大韩民国"))},
		{"note verbale/ar", itu.KindNoteVerbale, note(itu.Arabic, []string{
			"تهدي البعثة الدائمة لجمهورية كوريا في جنيف تحياتها إلى الاتحاد الدولي للاتصالات وتتشرف بإبلاغه بأن حكومة جمهورية كوريا قررت تقديم ترشيحها لعضوية مجلس الاتحاد وترشيح الدكتور تشيسوب لي لمنصب نائب الأمين العام للاتحاد.",
			"ومرفق طيه رسالة الترشيح من معالي السيدة ليم هي سوك، وزيرة العلوم وتكنولوجيا المعلومات والاتصالات، والسيرة الذاتية للدكتور تشيسوب لي وبيان الرؤية.",
			"وتغتنم البعثة الدائمة هذه الفرصة لتعرب للاتحاد الدولي للاتصالات عن أسمى آيات تقديرها.",
		}, []correspondence.Attachment{att(itu.KindLetter, "رسالة الترشيح"), att(itu.KindCV, "السيرة الذاتية"), att(itu.KindVisionStatement, "بيان الرؤية")},
			kor(itu.CouncilMember, "", "جمهورية كوريا"), kor(itu.DeputySecretaryGeneral, "الدكتور تشيسوب لي", "جمهورية كوريا"))},
		{"letter/zh", itu.KindLetter, letter(itu.Chinese, []string{
			"谨正式通知阁下，大韩民国政府决定竞选下一届国际电联理事会成员国。",
			"我还谨通知阁下，大韩民国政府决定提名李在摄博士为国际电联副秘书长职位候选人。随附李在摄博士的简历，供参考。",
		}, []correspondence.Attachment{att(itu.KindCV, "简历")},
			kor(itu.CouncilMember, "", "大韩民国"), kor(itu.DeputySecretaryGeneral, "李在摄博士", "大韩民国"))},
		{"letter/ar", itu.KindLetter, letter(itu.Arabic, []string{
			"يسرني أن أبلغكم رسمياً بأن جمهورية كوريا قررت تقديم ترشيحها لعضوية مجلس الاتحاد المقبل.",
			"كما أود أن أبلغكم بأن كوريا قررت تقديم ترشيح الدكتور تشيسوب لي لمنصب نائب الأمين العام. ومرفق طيه السيرة الذاتية للدكتور لي للاطلاع.",
		}, []correspondence.Attachment{att(itu.KindCV, "السيرة الذاتية")},
			kor(itu.CouncilMember, "", "جمهورية كوريا"), kor(itu.DeputySecretaryGeneral, "الدكتور تشيسوب لي", ""))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.want.(renderer).Render()
			got, res := read(t, text, tt.kind)
			if again := got.(renderer).Render(); again != text {
				t.Errorf("render(import(text)) != text:\n got %q\nwant %q", again, text)
			}
			if diff := cmp.Diff(tt.want, got, sameText...); diff != "" {
				t.Errorf("import(render(r)) mismatch (-want +got):\n%s\ntext:\n%s", diff, text)
			}
			for _, w := range res.Warnings {
				t.Errorf("warning: %s", w)
			}
		})
	}
}
