package itu_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
)

var parsePostTests = []struct {
	name    string
	in      string
	want    itu.Post
	wantErr error
}{
	{"code SG", "SG", itu.SecretaryGeneral, nil},
	{"code DSG", "DSG", itu.DeputySecretaryGeneral, nil},
	{"code BR", "BR", itu.DirectorBR, nil},
	{"code TSB", "TSB", itu.DirectorTSB, nil},
	{"code BDT", "BDT", itu.DirectorBDT, nil},
	{"code RRB", "RRB", itu.BoardMember, nil},
	{"code COUNCIL", "COUNCIL", itu.CouncilMember, nil},
	{"lower case code", "dsg", itu.DeputySecretaryGeneral, nil},
	{"mixed case code", "Tsb", itu.DirectorTSB, nil},
	{"surrounding space", "  SG\t", itu.SecretaryGeneral, nil},
	{"official name", "Deputy Secretary-General", itu.DeputySecretaryGeneral, nil},
	{"official name upper case", "SECRETARY-GENERAL", itu.SecretaryGeneral, nil},
	{"name without hyphen", "Secretary General", itu.SecretaryGeneral, nil},
	{"bureau director name", "Director of the Telecommunication Standardization Bureau", itu.DirectorTSB, nil},
	{"director comma form", "Director, BDT", itu.DirectorBDT, nil},
	{"director of form", "Director of BR", itu.DirectorBR, nil},
	{"board member", "Member of the Radio Regulations Board", itu.BoardMember, nil},
	{"board", "Radio Regulations Board", itu.BoardMember, nil},
	{"council", "Council", itu.CouncilMember, nil},
	{"council seat as nominations write it", "a seat on the ITU Council", itu.CouncilMember, nil},
	{"council official name", "Member State of the Council", itu.CouncilMember, nil},
	{"empty", "", 0, itu.ErrUnknownPost},
	{"blank", "   ", 0, itu.ErrUnknownPost},
	{"unknown code", "CEO", 0, itu.ErrUnknownPost},
	{"unknown director", "Director of ITU-D", 0, itu.ErrUnknownPost},
	{"code with junk", "SG!", 0, itu.ErrUnknownPost},
	{"NUL byte", "S\x00G", 0, itu.ErrUnknownPost},
	{"invalid UTF-8", "\xffSG", 0, itu.ErrUnknownPost},
	{"numeric", "1", 0, itu.ErrUnknownPost},
}

func TestParsePost(t *testing.T) {
	for _, tt := range parsePostTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := itu.ParsePost(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("ParsePost(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParsePost(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			if p, ok := itu.LookupPost(tt.in); p != tt.want || ok != (tt.wantErr == nil) {
				t.Errorf("LookupPost(%q) = %v, %v; want %v, %v", tt.in, p, ok, tt.want, tt.wantErr == nil)
			}
		})
	}
}

func TestPostTable(t *testing.T) {
	tests := []struct {
		post                                       itu.Post
		code, name                                 string
		electedOfficial, director, candidatePerson bool
	}{
		{itu.SecretaryGeneral, "SG", "Secretary-General", true, false, true},
		{itu.DeputySecretaryGeneral, "DSG", "Deputy Secretary-General", true, false, true},
		{itu.DirectorBR, "BR", "Director of the Radiocommunication Bureau", true, true, true},
		{itu.DirectorTSB, "TSB", "Director of the Telecommunication Standardization Bureau", true, true, true},
		{itu.DirectorBDT, "BDT", "Director of the Telecommunication Development Bureau", true, true, true},
		{itu.BoardMember, "RRB", "Member of the Radio Regulations Board", false, false, true},
		{itu.CouncilMember, "COUNCIL", "Member State of the Council", false, false, false},
		{0, "Post(0)", "", false, false, false},
		{8, "Post(8)", "", false, false, false},
		{-1, "Post(-1)", "", false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			type facts struct {
				Code, Name                                 string
				Valid, ElectedOfficial, Director, IsPerson bool
			}
			want := facts{tt.code, tt.name, tt.post >= 1 && tt.post <= 7, tt.electedOfficial, tt.director, tt.candidatePerson}
			p := tt.post
			got := facts{p.String(), p.Name(), p.IsValid(), p.IsElectedOfficial(), p.IsDirector(), p.CandidateIsPerson()}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Post(%d) mismatch (-want +got):\n%s", int(p), diff)
			}
		})
	}
}

func TestPosts(t *testing.T) {
	want := []itu.Post{itu.SecretaryGeneral, itu.DeputySecretaryGeneral, itu.DirectorBR, itu.DirectorTSB, itu.DirectorBDT, itu.BoardMember, itu.CouncilMember}
	if diff := cmp.Diff(want, itu.Posts()); diff != "" {
		t.Errorf("Posts() mismatch (-want +got):\n%s", diff)
	}
}

func TestPostRoundTrip(t *testing.T) {
	for _, p := range itu.Posts() {
		t.Run(p.String(), func(t *testing.T) {
			got, err := itu.ParsePost(p.String())
			if err != nil || got != p {
				t.Errorf("ParsePost(%q) = %v, %v; want %v", p.String(), got, err, p)
			}
			if got, err := itu.ParsePost(p.Name()); err != nil || got != p {
				t.Errorf("ParsePost(%q) = %v, %v; want %v", p.Name(), got, err, p)
			}
			b, err := p.MarshalText()
			if err != nil {
				t.Fatalf("MarshalText() error = %v", err)
			}
			if string(b) != p.String() {
				t.Errorf("MarshalText() = %q, want %q", b, p.String())
			}
			var q itu.Post
			if err := q.UnmarshalText(b); err != nil || q != p {
				t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, q, err, p)
			}
		})
	}
}

func TestPostText(t *testing.T) {
	t.Run("zero marshals as empty", func(t *testing.T) {
		b, err := itu.Post(0).MarshalText()
		if err != nil || len(b) != 0 {
			t.Errorf("Post(0).MarshalText() = %q, %v; want \"\", nil", b, err)
		}
	})
	t.Run("invalid does not marshal", func(t *testing.T) {
		if _, err := itu.Post(42).MarshalText(); !errors.Is(err, itu.ErrUnknownPost) {
			t.Errorf("Post(42).MarshalText() error = %v, want %v", err, itu.ErrUnknownPost)
		}
	})
	t.Run("empty unmarshals to zero", func(t *testing.T) {
		p := itu.DirectorBR
		if err := p.UnmarshalText(nil); err != nil || p != 0 {
			t.Errorf("UnmarshalText(nil) = %v, %v; want 0, nil", p, err)
		}
	})
	t.Run("unknown keeps the old value", func(t *testing.T) {
		p := itu.DirectorBR
		if err := p.UnmarshalText([]byte("CEO")); !errors.Is(err, itu.ErrUnknownPost) {
			t.Errorf("UnmarshalText(CEO) error = %v, want %v", err, itu.ErrUnknownPost)
		}
		if p != itu.DirectorBR {
			t.Errorf("after a failed UnmarshalText, p = %v, want BR", p)
		}
	})
}

func TestParsePostErrorNamesInput(t *testing.T) {
	// The message names the bad value and what would be valid; the
	// sentinel is what callers match.
	_, err := itu.ParsePost("CEO")
	for _, want := range []string{`"CEO"`, "SG", "COUNCIL"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParsePost(CEO) error = %v, want it to mention %s", err, want)
		}
	}
}

func FuzzParsePost(f *testing.F) {
	for _, tt := range parsePostTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := itu.ParsePost(s)
		if q, ok := itu.LookupPost(s); q != p || ok != (err == nil) {
			t.Fatalf("LookupPost(%q) = %v, %v; ParsePost gave %v, %v", s, q, ok, p, err)
		}
		if err != nil {
			if !errors.Is(err, itu.ErrUnknownPost) || p != 0 {
				t.Fatalf("ParsePost(%q) = %v, %v; want 0 and ErrUnknownPost", s, p, err)
			}
			return
		}
		if !p.IsValid() {
			t.Fatalf("ParsePost(%q) = invalid %d", s, int(p))
		}
		q, err := itu.ParsePost(p.String())
		if err != nil || q != p {
			t.Fatalf("ParsePost(%q) = %v, %v; want %v", p.String(), q, err, p)
		}
	})
}
