package correspondence

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/plenipot/itu/internal/phoneplan/plantest"
)

// The differential tests of issue 18: numberingPlan, on package phoneplan,
// gives the same (e164, region, why) as oracleNumberingPlan, on
// github.com/nyaruka/phonenumbers, for every number the fixtures write, every
// example number of every plan in several forms, and numbers one edit away.
// No disagreement is known, so none is excused.

// phonePlanSample: the differential tests check every phonePlanSample-th
// example number (see phone_race_test.go).
var phonePlanSample = 1

// samePlan fails t when numberingPlan and the oracle read w in region in
// differently.
func samePlan(t *testing.T, w writtenPhone, in string) bool {
	t.Helper()
	e, r, why := numberingPlan(w, in)
	we, wr, wwhy := oracleNumberingPlan(w, in)
	if e != we || r != wr || why != wwhy {
		t.Errorf("numberingPlan(%+v, %q) = %q, %q, %q; the oracle says %q, %q, %q", w, in, e, r, why, we, wr, wwhy)
		return false
	}
	return true
}

// writtenCase is c as readPhone would give it.
func writtenCase(c plantest.Case) writtenPhone {
	d, ok := strings.CutPrefix(c.Number, "+")
	return writtenPhone{digits: d, international: ok}
}

// fixturePhones returns every telephone and fax number written in the JSON
// fixtures under dir.
func fixturePhones(t testing.TB, dir string) []string {
	var phones []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if s, ok := x.(string); ok && isPhoneKey(k) {
					phones = append(phones, s)
				}
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".json") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var v any
		if json.Unmarshal(data, &v) == nil {
			walk(v)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(phones)
	return slices.Compact(phones)
}

func isPhoneKey(k string) bool {
	k = strings.ToLower(k)
	return strings.Contains(k, "phone") || strings.Contains(k, "fax") || strings.HasPrefix(k, "tel")
}

// TestPhonePlanFixturesAgree reads every number of the fixtures as parsePhone
// does, in no country and in every one.
func TestPhonePlanFixturesAgree(t *testing.T) {
	phones := fixturePhones(t, filepath.Join("..", "examples", "testdata"))
	if len(phones) < 20 {
		t.Fatalf("found %d numbers in the fixtures; want the corpus's", len(phones))
	}
	regions := append(plantest.Regions(), "", "ZZ")
	for _, s := range phones {
		w, why := readPhone(s)
		if why != "" {
			continue // malformed before the plan is asked
		}
		for _, in := range regions {
			samePlan(t, w, in)
		}
	}
}

// TestPhonePlanExamplesAgree checks every example number of the metadata, in
// international form and in national form in its own region (with and
// without the national prefix, and more: see plantest.Examples), and a
// number one edit away from each (not the one package phoneplan's own tests
// try: the seeds differ).
func TestPhonePlanExamplesAgree(t *testing.T) {
	fails := 0
	for i, c := range plantest.Examples() {
		if i%phonePlanSample != 0 {
			continue
		}
		for _, c := range append(plantest.Perturb(c, 1, 1<<32+uint64(i)), c) {
			if !samePlan(t, writtenCase(c), c.Region) {
				fails++
			}
		}
		if fails > 20 {
			t.Fatal("too many differences")
		}
	}
}

// FuzzPhonePlan holds numberingPlan to the oracle on whatever readPhone
// accepts.
func FuzzPhonePlan(f *testing.F) {
	for _, s := range fixturePhones(f, filepath.Join("..", "examples", "testdata")) {
		f.Add(s, "CH")
		f.Add(s, "US")
	}
	f.Add("+800 1234 5678", "")
	f.Add("011 41 22 748 0000", "US")
	f.Fuzz(func(t *testing.T, s, in string) {
		if len(s) > maxPhoneLen {
			return
		}
		if w, why := readPhone(s); why == "" {
			samePlan(t, w, in)
		}
	})
}
