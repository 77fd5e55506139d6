package itu_test

import (
	"go/build"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const modulePath = "github.com/plenipot/itu"

// layers is the drawing in doc.go as data: each package of the module, by its
// path below the module ("" is the root package itu), with its layer. A
// package imports only packages of lower layers, so imports point one way.
var layers = map[string]int{
	"internal/canon":              0, // helpers: no module imports but each other
	"internal/clip":               0,
	"internal/month":              0,
	"internal/jsontag":            0,
	"internal/fold":               0,
	"internal/space":              0,
	"internal/swar":               0, // text read eight bytes at a time
	"internal/phoneplan":          0, // numbering plans (libphonenumber metadata)
	"internal/phoneplan/plantest": 0, // tests only: phonenumbers as the oracle
	"internal/growth":             0, // tests only: see importedOnlyBy
	"internal/fresh":              0, // tests only
	"bench/abx":                   0, // a benchmark tool beside the module: times itu processes
	"bench/cowfault":              0, // a benchmark tool beside the module: times page faults
	"internal/enum":               1,
	"internal/postname":           1, // the posts' written forms, for itu and candidacy
	"internal/pointer":            1,
	"civil":                       1, // calendar dates and periods
	"names":                       1, // people's names
	"":                            2, // itu: vocabulary and error model
	"internal/rule":               3,
	"internal/check":              4,
	"strictjson":                  5,
	"cv":                          5,
	"correspondence":              5,
	"candidacy":                   6,
	"election":                    7,
	"docimport":                   7, // document text into records: the inverse of Render
	"payload":                     8,
	"examples":                    8, // fixtures only: see fixturesOnly
	"catalog":                     9,
	"schema":                      10,
	"itutest":                     10,
	"httpapi":                     11, // the HTTP service: handler, server, OpenAPI
	"cmd/itu":                     12,
	"internal/hostile":            11, // tests only
}

// fixturesOnly lists what examples may import: the record packages, nothing
// of the machinery, so a program that uses fixtures links no codec or test kit.
var fixturesOnly = []string{"", "civil", "names", "cv", "correspondence", "candidacy", "election"}

// importedOnlyBy lists packages that sit beside the library, not under it:
// only these importers may use them (tests from _test packages may too).
var importedOnlyBy = map[string][]string{
	"examples":                    {"cmd/itu"},
	"itutest":                     {},
	"internal/growth":             {},
	"internal/fresh":              {},
	"internal/phoneplan/plantest": {},
}

// moduleImports returns, for each package directory of the module, the
// module packages its non-test files import, as paths below the module.
func moduleImports(t *testing.T) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if name := d.Name(); path != "." && (name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
			return filepath.SkipDir
		}
		pkg, err := build.ImportDir(path, 0)
		if err != nil {
			if _, ok := err.(*build.NoGoError); ok {
				return nil
			}
			return err
		}
		rel := filepath.ToSlash(path)
		if rel == "." {
			rel = ""
		}
		var mine []string
		for _, imp := range pkg.Imports {
			if imp == modulePath {
				mine = append(mine, "")
			} else if p, ok := strings.CutPrefix(imp, modulePath+"/"); ok {
				mine = append(mine, p)
			}
		}
		out[rel] = mine
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func pkgName(p string) string {
	if p == "" {
		return "itu"
	}
	return p
}

// TestLayering checks that imports point one way, as doc.go draws them: each
// package imports only packages of lower layers, examples only record
// packages, and nothing but the command imports examples or itutest.
func TestLayering(t *testing.T) {
	imports := moduleImports(t)
	if len(imports) < len(layers)/2 {
		t.Fatalf("found %d packages; run the test from the module root", len(imports))
	}
	for pkg, deps := range imports {
		layer, ok := layers[pkg]
		if !ok {
			t.Errorf("package %s is not in the layering table: add it here and to the drawing in doc.go", pkgName(pkg))
			continue
		}
		for _, dep := range deps {
			switch {
			case layers[dep] >= layer:
				t.Errorf("%s (layer %d) imports %s (layer %d): imports point down the drawing in doc.go", pkgName(pkg), layer, pkgName(dep), layers[dep])
			case pkg == "examples" && !slices.Contains(fixturesOnly, dep):
				t.Errorf("examples imports %s: fixtures import only %v", pkgName(dep), fixturesOnly)
			}
			if by, ok := importedOnlyBy[dep]; ok && !slices.Contains(by, pkg) {
				t.Errorf("%s imports %s, which only %v may import", pkgName(pkg), dep, by)
			}
		}
	}
	for pkg := range layers {
		if _, ok := imports[pkg]; !ok {
			t.Errorf("the layering table lists %s, which is not a package of the module", pkgName(pkg))
		}
	}
}
