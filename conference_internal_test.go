package itu

import (
	"testing"
	"unicode/utf8"
)

// FuzzConferenceKeyFast holds Key's and IsValid's fast paths to the general
// ones: a string isConferenceKey accepts is its own conferenceKey, and
// IsValid is what the key says.
func FuzzConferenceKeyFast(f *testing.F) {
	for _, s := range []string{"PP-22", "PP22", "pp-22", "PP", "22", "PP-22-A", "PP-22-", "PP-22-1A", "-22", "PP--22", "WTDC-17-ADD1", " ", "-", "ＰＰ－２２", "P\u00adP-22", "Ñ-1", "\xff22"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if isConferenceKey(s) && conferenceKey(s) != s {
			t.Errorf("isConferenceKey(%q), but its key is %q", s, conferenceKey(s))
		}
		c := ConferenceCode(s)
		if got, want := c.IsValid(), utf8.ValidString(s) && conferenceKey(s) != ""; got != want {
			t.Errorf("ConferenceCode(%q).IsValid() = %v; want %v", s, got, want)
		}
		if got, want := c.Key(), conferenceKey(s); got != want {
			t.Errorf("ConferenceCode(%q).Key() = %q; want %q", s, got, want)
		}
	})
}

// TestConferenceKeyAllocates checks that a code written as its key is
// checked and keyed without allocating.
func TestConferenceKeyAllocates(t *testing.T) {
	c := ConferenceCode("PP-22")
	if n := testing.AllocsPerRun(20, func() { _ = c.IsValid() && c.Key() == "PP-22" }); n != 0 {
		t.Errorf("PP-22: %v allocations; want none", n)
	}
}
