package httpapi_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/plenipot/itu/httpapi"
)

// TestREADMEService sends the request of README.md's "Run it as a service"
// example (between the service-example markers) to a real server and
// checks that the answer is the one README.md shows.
func TestREADMEService(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, block, ok := strings.Cut(string(readme), "<!-- service-example")
	block, _, ok2 := strings.Cut(block, "<!-- /service-example -->")
	if !ok || !ok2 {
		t.Fatal("README.md has no service-example block")
	}
	_, block, _ = strings.Cut(block, "```console\n")
	block, _, _ = strings.Cut(block, "```\n")
	// The command runs to the first line that does not end in a backslash;
	// the answer follows.
	var cmd strings.Builder
	rest := block
	for {
		line, after, _ := strings.Cut(rest, "\n")
		rest = after
		cmd.WriteString(strings.TrimSuffix(line, `\`))
		if !strings.HasSuffix(line, `\`) {
			break
		}
	}
	m := regexp.MustCompile(`^\$ curl -s -H 'Content-Type: application/json'\s+--data-binary @(\S+)\s+http://127\.0\.0\.1:8080(/\S+)$`).FindStringSubmatch(cmd.String())
	if m == nil {
		t.Fatalf("README.md's example command is not the curl this test runs:\n%s", cmd.String())
	}
	body, err := os.ReadFile(filepath.Join("..", filepath.FromSlash(m[1])))
	if err != nil {
		t.Fatal(err)
	}
	l := serve(t, httpapi.Config{})
	r := l.do(t, "POST", m[2], jsonType, bytes.NewReader(body))
	if string(r.body) != rest {
		t.Errorf("README.md shows\n%s\nthe server answers\n%s", rest, r.body)
	}
}
