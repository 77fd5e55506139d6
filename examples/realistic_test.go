package examples_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/itutest"
)

// realisticDir holds payloads shaped after real candidacy documents of PP-14,
// PP-18, PP-22 and PP-26 (issue 14); its README names each one's model
// document and what in it is invented.
const realisticDir = "testdata/realistic"

// realisticAsOf is the as-of date each realistic payload is validated on: the
// closing day of the conference its file name names ("pp22-…", "….pp22-…").
var realisticAsOf = map[string]civil.Date{
	"pp14": civil.MustParseDate("2014-11-07"),
	"pp18": civil.MustParseDate("2018-11-16"),
	"pp22": civil.MustParseDate("2022-10-14"),
	"pp26": civil.MustParseDate("2026-11-27"),
}

// realisticSkip names, by "valid/<file>" or "invalid/<file>", the genuine
// documents still wrongly judged, with the reason; each is listed in the
// README and reported to the lead. Empty when every document is judged right.
var realisticSkip = map[string]string{}

// TestRealistic runs the realistic corpus with the corpus runner, each payload
// as of the closing day of its conference: the files are linked into one
// corpus directory per as-of date (links, so -update writes the golden files
// in place).
func TestRealistic(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(realisticDir, "*", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	dirs := map[string]civil.Date{}
	var valid, invalid int
	for _, f := range files {
		if strings.HasSuffix(f, ".golden.json") {
			continue
		}
		sub, name := filepath.Base(filepath.Dir(f)), filepath.Base(f)
		switch sub {
		case "valid":
			valid++
		case "invalid":
			invalid++
		default:
			t.Fatalf("%s: a realistic payload lies under valid/ or invalid/", f)
		}
		conf, day := realisticConference(name)
		if conf == "" {
			t.Fatalf("%s: the file name names no conference (pp14, pp18, pp22, pp26)", f)
		}
		if why, ok := realisticSkip[sub+"/"+name]; ok {
			t.Run(conf+"/"+sub+"/"+name, func(t *testing.T) { t.Skip(why) })
			continue
		}
		dirs[conf] = day
		link(t, f, filepath.Join(root, conf, sub, name))
		if sub == "invalid" {
			golden := strings.TrimSuffix(f, ".json") + ".golden.json"
			link(t, golden, filepath.Join(root, conf, sub, filepath.Base(golden)))
		}
	}
	if valid < 25 || valid+invalid < 40 {
		t.Errorf("the realistic corpus holds %d valid and %d invalid payloads; issue 14 asks for at least 40, 25 of them valid", valid, invalid)
	}
	confs := make([]string, 0, len(dirs))
	for c := range dirs {
		confs = append(confs, c)
	}
	slices.Sort(confs)
	for _, c := range confs {
		t.Run(c, func(t *testing.T) {
			itutest.Corpus{Dir: filepath.Join(root, c), Options: []itu.Option{itu.AsOf(dirs[c])}, Update: *update, NamedRules: true}.Run(t)
		})
	}
}

// realisticConference returns the conference a realistic file name names and
// its closing day, or "" when it names none.
func realisticConference(name string) (string, civil.Date) {
	for _, part := range strings.FieldsFunc(name, func(r rune) bool { return r == '.' || r == '-' }) {
		if day, ok := realisticAsOf[part]; ok {
			return part, day
		}
	}
	return "", civil.Date{}
}

// link makes newname a symbolic link to the absolute path of oldname, so the
// corpus runner reads the file in place and -update writes through it.
func link(t *testing.T, oldname, newname string) {
	t.Helper()
	abs, err := filepath.Abs(oldname)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(newname), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(abs, newname); err != nil {
		t.Fatal(err)
	}
}
