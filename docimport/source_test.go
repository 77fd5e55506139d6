package docimport_test

import (
	"encoding/json"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/docimport"
	"github.com/plenipot/itu/examples"
)

// TestSources checks that every field the reader fills says where it came
// from: each member of each payload read from the seed and from every
// rendered fixture (but its "kind", which names the payload and no line) is
// at or below the path of a Source.
func TestSources(t *testing.T) {
	texts := map[string]string{"seed": seedText(t)}
	for _, f := range renderable(t) {
		texts[f.name] = f.record.(renderer).Render()
	}
	for name, text := range texts {
		res, err := docimport.Read(strings.NewReader(text), calendar())
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, p := range res.Payloads {
			data, err := json.Marshal(p.Record)
			if err != nil {
				t.Fatal(err)
			}
			var v any
			if err := json.Unmarshal(data, &v); err != nil {
				t.Fatal(err)
			}
			for _, leaf := range leaves(v, "") {
				if !covered(leaf, p.Sources) {
					t.Errorf("%s: %s has no source", name, leaf)
				}
			}
		}
	}
}

// TestSeedSources checks the lines given for some fields of the seed.
func TestSeedSources(t *testing.T) {
	res, err := docimport.Read(strings.NewReader(seedText(t)))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path string
		want []docimport.Lines
	}{
		{"/note/body", []docimport.Lines{{5, 5}}},
		{"/note/symbol", []docimport.Lines{{7, 7}}},
		{"/note/date", []docimport.Lines{{8, 8}}},
		{"/note/candidatures/0", []docimport.Lines{{17, 17}}},
		{"/note/signatory/name", []docimport.Lines{{21, 21}}},
		{"/note/conference", []docimport.Lines{{37, 37}}},
		{"/note_verbale/mission/email", []docimport.Lines{{33, 33}}},
		{"/letter/text/5", []docimport.Lines{{77, 77}, {84, 84}}},
		{"/letter/page_breaks/0", []docimport.Lines{{84, 84}}},
		{"/claims/0", []docimport.Lines{{77, 77}}},
		{"/cv/post", []docimport.Lines{{99, 100}}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			var got []docimport.Lines
			for _, s := range res.Payloads[0].Sources {
				if s.Path == tt.path {
					got = append(got, s.Lines)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("lines of %s (-want +got):\n%s", tt.path, diff)
			}
		})
	}
}

// TestNotDocument checks that a text that is no candidature document is an
// error matching ErrNotDocument, and that text the reader cannot place in a
// document is a warning with its lines.
func TestNotDocument(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		wantErr error
	}{
		{"empty", "", docimport.ErrNotDocument},
		{"blank", "\n\n\n\n  \n", docimport.ErrNotDocument},
		{"page numbers only", "- 1 -\n\n\n\n- 2 -", docimport.ErrNotDocument},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := docimport.Read(strings.NewReader(tt.text))
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("Read(%q) = %v; want %v", tt.text, err, tt.wantErr)
			}
		})
	}
}

// TestUnplaced checks that text the reader cannot place is a warning that
// names its lines, never dropped: a stray line in a CV's sections.
func TestUnplaced(t *testing.T) {
	text := strings.Replace(seedText(t), "PROFESSIONAL CAREER\n", "A note scribbled in the margin\n\nPROFESSIONAL CAREER\n", 1)
	res, err := docimport.Read(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []docimport.Lines
	for _, w := range res.Warnings {
		got = append(got, w.Lines)
	}
	if diff := cmp.Diff([]docimport.Lines{{115, 115}}, got); diff != "" {
		t.Errorf("warnings (-want +got):\n%s\n%v", diff, res.Warnings)
	}
}

func seedText(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../examples/testdata/seed/document-12-E.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// leaves returns the JSON Pointers of the scalar members of v, "kind"
// members left out.
func leaves(v any, at string) []string {
	switch x := v.(type) {
	case map[string]any:
		var out []string
		for k, e := range x {
			if k != "kind" {
				out = append(out, leaves(e, at+"/"+k)...)
			}
		}
		return out
	case []any:
		var out []string
		for i, e := range x {
			out = append(out, leaves(e, at+"/"+strconv.Itoa(i))...)
		}
		return out
	}
	return []string{at}
}

// covered reports whether a source's path is leaf or a parent of it.
func covered(leaf string, ss []docimport.Source) bool {
	for _, s := range ss {
		if leaf == s.Path || strings.HasPrefix(leaf, s.Path+"/") {
			return true
		}
	}
	return false
}

// TestConference checks where a Note alone, which does not print its
// conference, takes it from: the Conference option; else the calendar, the
// first conference that closes on or after the Note's date, with a source
// that gives the date's line and says it is inferred; else nowhere.
func TestConference(t *testing.T) {
	dated := func(d string) string {
		n := examples.KoreaNote()
		n.Date, n.DateText = civil.MustParseDate(d), ""
		return n.Render()
	}
	inferred := []docimport.Source{{Path: "/conference", Lines: docimport.Lines{First: 8, Last: 8},
		Inferred: "the first conference of the calendar that closes on or after the Note's date"}}
	tests := []struct {
		name        string
		text        string
		opts        []docimport.Option
		want        itu.ConferenceCode
		wantSources []docimport.Source
	}{
		{"not given", dated("2021-11-09"), nil, "", nil},
		{"given", dated("2021-11-09"), []docimport.Option{docimport.Conference("PP-22")}, "PP-22", nil},
		{"given, with a calendar", dated("2021-11-09"), []docimport.Option{calendar(), docimport.Conference("PP-18")}, "PP-18", nil},
		{"before the conference", dated("2021-11-09"), []docimport.Option{calendar()}, "PP-22", inferred},
		{"on its first day", dated("2022-09-26"), []docimport.Option{calendar()}, "PP-22", inferred},
		{"on its last day", dated("2022-10-14"), []docimport.Option{calendar()}, "PP-22", inferred},
		{"the day after it closed", dated("2022-10-15"), []docimport.Option{calendar()}, "PP-26", inferred},
		{"after the last conference known", dated("2027-01-10"), []docimport.Option{calendar()}, "", nil},
		{"empty calendar", dated("2021-11-09"), []docimport.Option{docimport.Calendar(nil)}, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := docimport.Read(strings.NewReader(tt.text), tt.opts...)
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Payloads[0].Record.(*correspondence.Note).Conference; got != tt.want {
				t.Errorf("Conference = %q; want %q", got, tt.want)
			}
			var got []docimport.Source
			for _, s := range res.Payloads[0].Sources {
				if s.Path == "/conference" {
					got = append(got, s)
				}
			}
			if diff := cmp.Diff(tt.wantSources, got); diff != "" {
				t.Errorf("sources of /conference (-want +got):\n%s", diff)
			}
		})
	}
}

// TestMaxBytes checks the MaxBytes option and a reader that fails.
func TestMaxBytes(t *testing.T) {
	_, err := docimport.Read(strings.NewReader(seedText(t)), docimport.MaxBytes(1000))
	if !errors.Is(err, docimport.ErrTooLarge) {
		t.Errorf("Read of the seed with MaxBytes(1000) = %v; want ErrTooLarge", err)
	}
	_, err = docimport.Read(iotest.ErrReader(errBroken))
	if !errors.Is(err, errBroken) {
		t.Errorf("Read of a failing reader = %v; want its error", err)
	}
}

var errBroken = errors.New("broken pipe")
