package cv_test

import (
	"os"
	"os/exec"
	"sync"
	"testing"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/examples"
)

// TestFirstUseConcurrent checks CVs from several goroutines at once in a
// fresh process, where the first heading that names a post compiles the
// lazy pattern (issue 18); run with -race.
func TestFirstUseConcurrent(t *testing.T) {
	if os.Getenv("CV_FIRST_USE") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestFirstUseConcurrent$", "-test.count=1")
		cmd.Env = append(os.Environ(), "CV_FIRST_USE=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("fresh process: %v\n%s", err, out)
		}
		return
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			c := examples.KoreaCV()
			c.Heading[0] = "Candidate for the post of Secretary-General of ITU."
			var codes []string
			for _, v := range c.Check(itu.AsOf(civil.MustParseDate("2021-11-09"))) {
				codes = append(codes, v.Path+" "+v.Code)
			}
			if len(codes) != 1 || codes[0] != "/heading/0 cv.heading.post" {
				t.Errorf("Check = %q; want [/heading/0 cv.heading.post]", codes)
			}
		})
	}
	wg.Wait()
}
