package check

import (
	"cmp"
	"strconv"
	"strings"
	"testing"
)

// comparePathsSplit is comparePaths as it was, splitting both pointers and
// reading tokens with strconv.Atoi: the oracle of FuzzComparePaths.
func comparePathsSplit(a, b string) int {
	as, bs := strings.Split(a, "/"), strings.Split(b, "/")
	for i := 0; i < len(as) && i < len(bs); i++ {
		if as[i] == bs[i] {
			continue
		}
		x, errx := strconv.Atoi(as[i])
		y, erry := strconv.Atoi(bs[i])
		if errx == nil && erry == nil && x != y {
			return cmp.Compare(x, y)
		}
		return strings.Compare(as[i], bs[i])
	}
	return cmp.Compare(len(as), len(bs))
}

// FuzzComparePaths holds comparePaths to the split-and-Atoi comparison it
// replaced.
func FuzzComparePaths(f *testing.F) {
	for _, p := range [][2]string{
		{"/cv/career/3/end", "/cv/career/10/end"}, {"/a/2", "/a/10/b"}, {"/a", "/a/0"}, {"", "/"},
		{"/a/007", "/a/7"}, {"/a/+5", "/a/5"}, {"/a/-1", "/a/1"}, {"/a/9223372036854775807", "/a/9223372036854775808"},
		{"/a/-9223372036854775808", "/a/-9223372036854775809"}, {"/a/1x", "/a/1"}, {"/a/+", "/a/-"}, {"//", "/"},
		{"/candidacies/0/candidate", "/candidacies/0"}, {"/a/99999999999999999999", "/a/1"},
	} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if got, want := comparePaths(a, b), comparePathsSplit(a, b); got != want {
			t.Errorf("comparePaths(%q, %q) = %d; the split comparison gives %d", a, b, got, want)
		}
	})
}

// TestComparePathsAllocates checks that comparing allocates nothing, so that
// sorting n violations makes no allocation per comparison.
func TestComparePathsAllocates(t *testing.T) {
	if n := testing.AllocsPerRun(20, func() { comparePaths("/note_verbale/candidatures/12/candidate", "/note_verbale/candidatures/3/x") }); n != 0 {
		t.Errorf("comparePaths: %v allocations; want none", n)
	}
}
