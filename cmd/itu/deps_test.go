package main

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// testOnly lists the packages (and, with a final slash, the trees) that tests
// use and the command must not link: the test kit and what it imports, and the
// JSON Schema validator that checks the schemas the command prints (issue 13).
var testOnly = []string{
	"testing",
	"testing/",
	"github.com/google/go-cmp/",
	"github.com/santhosh-tekuri/jsonschema/",
	"github.com/plenipot/itu/itutest",
	"github.com/plenipot/itu/internal/hostile",
}

// TestLinksNoTestKit checks that go list -deps ./cmd/itu holds no testing,
// go-cmp or other test-only package: examples keeps fixtures only, and the
// assertion helpers live in itutest.
func TestLinksNoTestKit(t *testing.T) {
	goCmd, err := exec.LookPath(goTool())
	if err != nil {
		t.Skipf("no go tool: %v", err)
	}
	out, err := exec.Command(goCmd, "list", "-deps", "-f", "{{.ImportPath}}", ".").Output()
	if err != nil {
		t.Fatalf("go list -deps ./cmd/itu: %v", err)
	}
	deps := strings.Fields(string(out))
	if !slices.Contains(deps, "github.com/plenipot/itu/examples") {
		t.Fatalf("go list -deps ./cmd/itu lists no github.com/plenipot/itu/examples; got:\n%s", out)
	}
	for _, dep := range deps {
		for _, bad := range testOnly {
			if dep == bad || strings.HasSuffix(bad, "/") && strings.HasPrefix(dep, bad) {
				t.Errorf("cmd/itu links %s, which only tests should import", dep)
			}
		}
	}
}
