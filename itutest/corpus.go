package itutest

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/catalog"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/payload"
	"github.com/plenipot/itu/strictjson"
)

// Corpus is a golden-file runner over a directory of payloads, laid out as:
//
//	<Dir>/valid/*.json             each must produce no error-severity violation,
//	                               and decode→encode must give back the same bytes
//	<Dir>/invalid/<name>.json      each must produce exactly the violations in
//	<Dir>/invalid/<name>.golden.json  a JSON array of {path, code, severity, message};
//	                               at least one (a warning rule's case may hold only warnings)
//
// Other modules can run it over their own corpora; Check decides how a payload
// is read (default: [payload.Check] by the payload's "kind" member).
type Corpus struct {
	Dir     string       // the directory holding valid/ and invalid/
	Options []itu.Option // validation options, such as itu.AsOf
	Update  bool         // rewrite the golden files from what the payloads produce
	// NamedRules makes every invalid payload whose file name starts with a
	// catalogue code ("cv.period.order.reversed.json") produce that rule.
	NamedRules bool
	// Check decodes and checks one payload; nil means payload.Check by kind.
	// A decode fault that is not a violation is reported as an error.
	Check func(data []byte, opts ...itu.Option) ([]itu.Violation, error)
}

// Run runs every payload of the corpus as a subtest named after its file.
func (c Corpus) Run(t *testing.T) {
	t.Helper()
	valid, _ := filepath.Glob(filepath.Join(c.Dir, "valid", "*.json"))
	invalid, _ := filepath.Glob(filepath.Join(c.Dir, "invalid", "*.json"))
	if len(valid)+len(invalid) == 0 {
		t.Fatalf("corpus %s: no payloads under valid/ or invalid/", c.Dir)
	}
	for _, f := range valid {
		t.Run("valid/"+filepath.Base(f), func(t *testing.T) { c.runValid(t, f) })
	}
	for _, f := range invalid {
		if strings.HasSuffix(f, ".golden.json") {
			continue
		}
		t.Run("invalid/"+filepath.Base(f), func(t *testing.T) { c.runInvalid(t, f) })
	}
}

func (c Corpus) check(data []byte) ([]itu.Violation, error) {
	if c.Check != nil {
		return c.Check(data, c.Options...)
	}
	res, err := payload.Check(data, "", c.Options...)
	return res.Violations, err
}

func (c Corpus) runValid(t *testing.T, file string) {
	data := readFile(t, file)
	vs, err := c.check(data)
	if err != nil {
		t.Fatalf("check: %v", err)
	}
	if err := check.Result(vs); err != nil {
		t.Errorf("want valid, got %v", err)
	}
	if c.Check != nil {
		return
	}
	res, _ := payload.Check(data, "")
	got, err := strictjson.Encode(res.Record)
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	if !bytes.Equal(got, data) {
		t.Errorf("decode→encode changed the bytes:\n%s", cmp.Diff(string(data), string(got)))
	}
}

func (c Corpus) runInvalid(t *testing.T, file string) {
	vs, err := c.check(readFile(t, file))
	var me *strictjson.MalformedError
	if errors.As(err, &me) {
		vs, err = []itu.Violation{me.Violation}, nil
	}
	if err != nil {
		t.Fatalf("check: %v", err)
	}
	if vs == nil {
		vs = []itu.Violation{}
	}
	golden := strings.TrimSuffix(file, ".json") + ".golden.json"
	if c.Update {
		b, err := strictjson.Encode(vs)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	var want []itu.Violation
	if err := strictjson.Decode(readFile(t, golden), &want); err != nil {
		t.Fatalf("golden %s: %v", golden, err)
	}
	if diff := cmp.Diff(want, vs, CmpOptions()); diff != "" {
		t.Errorf("violations mismatch (-want +got):\n%s", diff)
	}
	if len(want) == 0 {
		t.Errorf("an invalid payload must produce at least one violation (an error, or a warning for a warning rule)")
	}
	if code := namedRule(filepath.Base(file)); c.NamedRules && code != "" && !slices.ContainsFunc(vs, func(v itu.Violation) bool { return v.Code == code }) {
		t.Errorf("%s produces no violation of %s, the rule it is named after", filepath.Base(file), code)
	}
}

// namedRule returns the longest catalogue code that the file name starts with.
func namedRule(name string) string {
	best := ""
	for _, r := range catalog.Rules() {
		if strings.HasPrefix(name, r.Code+".") && len(r.Code) > len(best) {
			best = r.Code
		}
	}
	return best
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Goldens returns every violation listed in the golden files of the corpus in dir.
func Goldens(dir string) ([]itu.Violation, error) {
	files, err := filepath.Glob(filepath.Join(dir, "invalid", "*.golden.json"))
	if err != nil {
		return nil, err
	}
	var all []itu.Violation
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var vs []itu.Violation
		if err := strictjson.Decode(b, &vs); err != nil {
			return nil, err
		}
		all = append(all, vs...)
	}
	return all, nil
}
