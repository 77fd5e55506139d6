package correspondence_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/names"
)

// TestParsePhoneOver15Digits is the regression test for numbers of more than
// the 15 digits E.164 allows passing as valid: the numbering plan of
// libphonenumber accepts some, and FuzzParsePhone found "+4921000000000000".
func TestParsePhoneOver15Digits(t *testing.T) {
	for _, tt := range []struct {
		in      string
		wantErr bool
	}{
		{"+4921000000000000", true},
		{"+49 2100 0000 0000 00", true},
		{"+492100000000000", false},
	} {
		_, err := correspondence.ParsePhone(tt.in)
		if (err != nil) != tt.wantErr || err != nil && !errors.Is(err, correspondence.ErrBadPhone) {
			t.Errorf("ParsePhone(%q) error = %v; want error %v", tt.in, err, tt.wantErr)
		}
		if p := correspondence.Phone(tt.in); p.IsValid() == tt.wantErr || len(p.E164()) > 16 {
			t.Errorf("Phone(%q): IsValid() = %v, E164() = %q", tt.in, p.IsValid(), p.E164())
		}
	}
}

// Issue 12: whether a document's text names its candidate compares what a
// reader sees: invisible characters, fullwidth forms, look-alike letters,
// case and runs of space make no difference; another name still does.
func TestIssue12CandidatureMentionedAsSeen(t *testing.T) {
	unmentioned := []want{w("/candidatures/1/candidate", "correspondence.candidature.unmentioned")}
	tests := []struct {
		name      string
		candidate names.Name
		want      []want
	}{
		{"as written", "Dr. Chaesub Lee", nil},
		{"soft hyphen", "Dr. Chae\u00adsub Lee", nil},
		{"zero-width space", "Dr. Chaesub\u200b Lee", nil},
		{"fullwidth", "Ｄｒ. Ｃｈａｅｓｕｂ Ｌｅｅ", nil},
		{"Cyrillic look-alikes", "Dr. Chaesub L\u0435\u0435", nil},
		{"two spaces", "Dr.  Chaesub  LEE", nil},
		{"another name", "Dr. Chaesub Kim", unmentioned},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := seedLetter(t)
			l.Candidatures[1].Candidate = tt.candidate
			var got []want
			for _, v := range wants(l.Check(seedAsOf)) {
				if v.Code == "correspondence.candidature.unmentioned" {
					got = append(got, v)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Check() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// Issue 12: repeated page breaks are found in a set; the first of each is
// kept and each repeat reported once.
func TestIssue12PageBreakRepeats(t *testing.T) {
	l := seedLetter(t)
	b := l.PageBreaks[0]
	l.PageBreaks = append(l.PageBreaks, b, correspondence.PageBreak{Paragraph: 99, Word: 0}, b)
	want := []want{
		e("/page_breaks/1", "correspondence.page_break.position"),
		e("/page_breaks/2/paragraph", "correspondence.page_break.position"),
		e("/page_breaks/3", "correspondence.page_break.position"),
	}
	if diff := cmp.Diff(want, wants(l.Check(seedAsOf))); diff != "" {
		t.Errorf("Check() mismatch (-want +got):\n%s", diff)
	}
}

// Issue 12: messages and parse errors quote a clipped prefix of a long value.
func TestIssue12MessagesClip(t *testing.T) {
	long := strings.Repeat("x", 1<<20)
	for _, parse := range []func(string) error{
		func(s string) error { _, err := correspondence.ParseSymbol(s); return err },
		func(s string) error { _, err := correspondence.ParsePhone(s); return err },
		func(s string) error { _, err := correspondence.ParseEmail(s); return err },
	} {
		if err := parse(long); err == nil || len(err.Error()) > 400 {
			t.Errorf("parse error of %d bytes; want a clipped error", len(fmt.Sprint(err)))
		}
	}
	n := seedNote(t)
	n.Symbol = correspondence.Symbol(long)
	n.Signatory.Title = long
	n.Candidatures[0].Candidate = names.Name("Dr " + long)
	for _, v := range n.Check(seedAsOf) {
		if len(v.Message) > 1010 {
			t.Errorf("%s %s: message of %d bytes", v.Path, v.Code, len(v.Message))
		}
	}
}
