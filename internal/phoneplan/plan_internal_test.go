package phoneplan

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
)

func TestParseTableRejects(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{name: "region without a code", text: "R\tCH\t41\t00\t0\t\t\t0\n"},
		{name: "region not of the code", text: "C\t41\tCH\nR\tLI\t41\t00\t0\t\t\t0\nG\t9\t\t\\d{9}\n"},
		{name: "missing region", text: "C\t41\tCH LI\nR\tCH\t41\t00\t0\t\t\t0\nG\t9\t\t\\d{9}\n"},
		{name: "bad code", text: "C\t41\tCH\nR\tCH\tx\t00\t0\t\t\t0\n"},
		{name: "code not the line's", text: "C\t41\tCH\nR\tCH\t42\t00\t0\t\t\t0\n"},
		{name: "bad calling code line", text: "C\tx\tCH\n"},
		{name: "calling code line without regions", text: "C\n"},
		{name: "bad lengths", text: "C\t41\tCH\nR\tCH\t41\t00\t0\t\t\t0\nG\t9,x\t\t\\d{9}\n"},
		{name: "lengths out of order", text: "C\t41\tCH\nR\tCH\t41\t00\t0\t\t\t0\nG\t9,8\t\t\\d{9}\n"},
		{name: "unknown kind", text: "C\t41\tCH\nR\tCH\t41\t00\t0\t\t\t0\nG\t9\t\t\\d{9}\nQ\t\t\t1\n"},
		{name: "no general lengths", text: "C\t41\tCH\nR\tCH\t41\t00\t0\t\t\t0\nG\t\t\t\\d{9}\n"},
		{name: "description before a region", text: "G\t9\t\t\\d{9}\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := parseTable(tt.text); !errors.Is(err, errPlan) {
				t.Errorf("parseTable() error = %v; want errPlan", err)
			}
		})
	}
}

// TestPlanText checks all of the embedded plan.txt, which Parse reads a
// region at a time when a number needs it: its index, every region's number
// descriptions, and every regular expression.
func TestPlanText(t *testing.T) {
	tab, err := parseTable(planText)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i := range tab.regions {
		r := &tab.regions[i]
		if err := r.ready(); err != nil {
			t.Fatal(err)
		}
		if err := r.compileAll(); err != nil {
			t.Error(err)
		}
		n++
	}
	if n != 254 {
		t.Errorf("%d regions; want 254", n)
	}
}

// TestCompileAllRejects: a pattern that does not compile.
func TestCompileAllRejects(t *testing.T) {
	for _, text := range []string{
		"C\t41\tCH\nR\tCH\t41\t00\t0\t\t\t0\nG\t9\t\t\\d(9\n",
		"C\t41\tCH\nR\tCH\t41\t(00\t0\t\t\t0\nG\t9\t\t\\d{9}\n",
	} {
		tab, err := parseTable(text)
		if err != nil {
			t.Fatalf("parseTable(%q) error = %v", text, err)
		}
		r := tab.byID("CH")
		if err := r.ready(); err != nil {
			t.Fatal(err)
		}
		if err := r.compileAll(); !errors.Is(err, errPlan) {
			t.Errorf("compileAll() of %q error = %v; want errPlan", text, err)
		}
	}
}

// TestReadyRejects: a malformed number description is found when a number
// first needs its region, and Parse reports it.
func TestReadyRejects(t *testing.T) {
	for _, text := range []string{
		"C\t41\tCH\nR\tCH\t41\t00\t0\t\t\t0\nG\t9,x\t\t\\d{9}\n",
		"C\t41\tCH\nR\tCH\t41\t00\t0\t\t\t0\nG\t9\t\t\\d{9}\nQ\t\t\t1\n",
		"C\t41\tCH\nR\tCH\t41\t00\t0\t\t\t0\nG\t\t\t\\d{9}\n",
	} {
		tab, err := indexTable(text)
		if err != nil {
			t.Fatalf("indexTable(%q) error = %v", text, err)
		}
		if err := tab.byID("CH").ready(); !errors.Is(err, errPlan) {
			t.Errorf("ready() of %q error = %v; want errPlan", text, err)
		}
	}
}

// BenchmarkIndexTable is the cost of the first use: reading the index of
// plan.txt, its calling codes and regions.
func BenchmarkIndexTable(b *testing.B) {
	for b.Loop() {
		if _, err := indexTable(planText); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseTable is the cost of reading all of plan.txt, every region's
// number descriptions included.
func BenchmarkParseTable(b *testing.B) {
	for b.Loop() {
		if _, err := parseTable(planText); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompileRegion is the most the first number of a region costs:
// parsing its number descriptions and compiling all its patterns
// (Switzerland's); a number compiles only those it is matched against.
func BenchmarkCompileRegion(b *testing.B) {
	t, err := indexTable(planText)
	if err != nil {
		b.Fatal(err)
	}
	ch := t.byID("CH")
	for b.Loop() {
		r := &region{id: ch.id, cc: ch.cc, idd: ch.idd, npp: ch.npp, npt: ch.npt, leading: ch.leading, same: ch.same,
			body: ch.body, line: ch.line}
		if err := r.ready(); err != nil {
			b.Fatal(err)
		}
		r.iddRegexp()
		r.nppRegexp()
		r.leadingRegexp()
		for _, d := range append([]*desc{r.general, r.fixed, r.mobile}, r.others...) {
			if d != nil {
				d.whole()
			}
		}
	}
}

// compileAll compiles every regular expression of r, after ready, reporting
// the first that does not compile.
func (r *region) compileAll() error {
	exprs := []string{r.idd, "^(?:" + r.npp + ")", "^(?:" + r.leading + ")"}
	for _, x := range append([]*desc{r.general, r.fixed, r.mobile}, r.others...) {
		if x != nil {
			exprs = append(exprs, "^(?:"+x.pattern+")$")
		}
	}
	for _, e := range exprs {
		if _, err := regexp.Compile(e); err != nil {
			return fmt.Errorf("%w: line %d: region %s: %w", errPlan, r.line, r.id, err)
		}
	}
	return nil
}

// TestIndexTable checks the index of a table of more regions than plan.txt
// has, and the lookups of codes and regions that are not in it.
func TestIndexTable(t *testing.T) {
	var text strings.Builder
	var ids []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'L'; b++ {
			ids = append(ids, string(a)+string(b))
		}
	}
	// Calling code 1 has 100 regions, 2 to 213 one each (312 regions in
	// all), 800 a non-geographic plan.
	regionLine := func(id string, cc int) {
		fmt.Fprintf(&text, "R\t%s\t%d\t00\t0\t\t\t0\nG\t9\t\t\\d{9}\nF\t\t\t\\d{9}\n", id, cc)
	}
	fmt.Fprintf(&text, "# a comment\nC\t1\t%s\n", strings.Join(ids[:100], " "))
	for _, id := range ids[:100] {
		regionLine(id, 1)
	}
	for i, id := range ids[100:] {
		fmt.Fprintf(&text, "C\t%d\t%s\n", i+2, id)
		regionLine(id, i+2)
	}
	text.WriteString("C\t800\t001\n")
	regionLine(nonGeo, 800)
	tab, err := parseTable(text.String())
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.regions) != len(ids)+1 {
		t.Fatalf("%d regions; want %d", len(tab.regions), len(ids)+1)
	}
	if rs := tab.code(1); len(rs) != 100 || rs[0].id != "AA" || rs[99].id != ids[99] {
		t.Errorf("code(1): %d regions", len(rs))
	}
	for i, id := range ids {
		cc := max(1, i-98)
		if r := tab.byID(id); r == nil || r.id != id || r.cc != cc {
			t.Errorf("byID(%q) = %+v; want region of +%d", id, r, cc)
		}
	}
	if rs := tab.code(800); len(rs) != 1 || rs[0].id != nonGeo {
		t.Errorf("code(800) = %v", rs)
	}
	if p := tab.plan(213); p == nil || p.id != ids[len(ids)-1] {
		t.Errorf("plan(213) = %v", p)
	}
	for _, cc := range []int{-1, 0, 214, 999, 1000} {
		if rs := tab.code(cc); rs != nil || tab.plan(cc) != nil {
			t.Errorf("code(%d) = %v; want none", cc, rs)
		}
	}
	for _, id := range []string{"", "A", "aa", "ZZ", "001", "AAA", "A1"} {
		if r := tab.byID(id); r != nil {
			t.Errorf("byID(%q) = %v; want nil", id, r.id)
		}
	}
	for i := range tab.regions {
		if err := tab.regions[i].ready(); err != nil || len(tab.regions[i].general.lengths) != 1 || tab.regions[i].fixed == nil {
			t.Fatalf("region %s: %v", tab.regions[i].id, err)
		}
	}

	for name, text := range map[string]string{
		"code twice":      "C\t41\tCH\nR\tCH\t41\t00\t0\t\t\t0\nG\t9\t\t\\d{9}\nC\t41\tLI\nR\tLI\t41\t00\t0\t\t\t0\nG\t9\t\t\\d{9}\n",
		"region twice":    "C\t41\tCH\nR\tCH\t41\t00\t0\t\t\t0\nG\t9\t\t\\d{9}\nC\t42\tCH\nR\tCH\t42\t00\t0\t\t\t0\nG\t9\t\t\\d{9}\n",
		"code too great":  "C\t1000\tCH\nR\tCH\t1000\t00\t0\t\t\t0\nG\t9\t\t\\d{9}\n",
		"bad region id":   "C\t41\tch\nR\tch\t41\t00\t0\t\t\t0\nG\t9\t\t\\d{9}\n",
		"negative code":   "C\t-1\tCH\nR\tCH\t-1\t00\t0\t\t\t0\nG\t9\t\t\\d{9}\n",
		"region too many": "C\t41\tCH\nR\tCH\t41\t00\t0\t\t\t0\nG\t9\t\t\\d{9}\nR\tLI\t41\t00\t0\t\t\t0\nG\t9\t\t\\d{9}\n",
	} {
		if _, err := indexTable(text); !errors.Is(err, errPlan) {
			t.Errorf("%s: indexTable() error = %v; want errPlan", name, err)
		}
	}
}
