package itu_test

import (
	"testing"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/names"
)

func TestConferenceCodeKey(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"PP-22", "PP-22"},
		{"pp22", "PP-22"},
		{"PP 22", "PP-22"},
		{"ＰＰ－２２", "PP-22"},
		{"P\u00adP-22", "PP-22"},
		{"\u0420P-22", "PP-22"}, // Cyrillic Р
		{"PP-18", "PP-18"},
		{"", ""},
		{"--", ""},
		{"WTDC-25", "WTDC-25"},
		{"PP-22 bis", "PP-22-BIS"},
	} {
		if got := itu.ConferenceCode(tt.in).Key(); got != tt.want {
			t.Errorf("ConferenceCode(%q).Key() = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNameKeyMatchesSamePerson(t *testing.T) {
	list := []names.Name{"Dr Chaesub LEE", "LEE, Chaesub", "Lim Hyesook", "Hyesook LIM", "Chae\u00adsub L\u0415E", "ＬＥＥ Chaesub", "Houlin ZHAO", "Dr Chaesub KIM", "Chaesub", "H. E. Mr. Houlin Zhao"}
	for _, a := range list {
		for _, b := range list {
			same := a.SamePerson(b)
			keys := a.Key() != "" && a.Key() == b.Key()
			if same != keys {
				t.Errorf("%q, %q: SamePerson = %v, equal keys = %v", a, b, same, keys)
			}
		}
	}
	if !names.Name("Chae\u00adsub L\u0415E").SamePerson("Dr Chaesub LEE") {
		t.Error("a soft hyphen and a Cyrillic Е make two people out of one")
	}
}
