package docimport_test

import (
	"errors"
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/plenipot/itu/docimport"
	"github.com/plenipot/itu/internal/growth"
	"github.com/plenipot/itu/strictjson"
)

// FuzzRead reads any text: it never panics, every error is one of the two
// the package declares, and every line it names is a line of the text. The
// seeds are the seed document clean and perturbed, the Korea dossier written
// in Chinese and in Arabic, and short texts that open each kind of document.
func FuzzRead(f *testing.F) {
	seed, err := os.ReadFile("../examples/testdata/seed/document-12-E.txt")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(seed))
	f.Add(perturbations[len(perturbations)-1].apply(string(seed), rand.New(rand.NewPCG(1, 2))))
	zh, ar := chineseDossier(), arabicDossier()
	f.Add(zh.Render())
	f.Add(ar.Render())
	for _, s := range []string{"", "\n\n\n\n", "\f", "- 2 -", "Document 12-E\n9 November 2021", "*", "PROFILE\n\n- ",
		"Permanent Mission of Korea\nGeneva\n\n*\n\nx", "A\n\nPROFILE\n\n- Education\n - PhD", "x-\ny-\nz"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		res, err := docimport.Read(strings.NewReader(text))
		if err != nil {
			if !errors.Is(err, docimport.ErrNotDocument) && !errors.Is(err, docimport.ErrTooLarge) {
				t.Fatalf("Read: unexpected error %v", err)
			}
			return
		}
		lines := strings.Count(text, "\n") + 1
		in := func(l docimport.Lines) bool { return 1 <= l.First && l.First <= l.Last && l.Last <= lines }
		for _, p := range res.Payloads {
			for _, s := range p.Sources {
				if !in(s.Lines) {
					t.Fatalf("source %s at lines %v; the text has %d", s.Path, s.Lines, lines)
				}
			}
		}
		for _, w := range res.Warnings {
			if !in(w.Lines) {
				t.Fatalf("warning at lines %v; the text has %d", w.Lines, lines)
			}
		}
	})
}

// TestHostile reads texts up to the byte limit shaped to cost the most (one
// paragraph of candidatures, a vision statement cut on every line, a letter
// of many pages, the seed many times) and wants time and memory linear in
// the size: the largest text costs at most 48 times one a sixteenth of its
// size (16 when linear, 256 when quadratic; the margin is for a loaded
// machine), and allocates at most 100 bytes per byte read (not checked under
// the race detector, whose sync.Pool keeps nothing).
func TestHostile(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 4 MiB texts")
	}
	seed, err := os.ReadFile("../examples/testdata/seed/document-12-E.txt")
	if err != nil {
		t.Fatal(err)
	}
	shapes := []struct {
		name string
		unit string
		head string
	}{
		{"one paragraph of candidatures", "the Government of the Republic of Korea presents the candidature of Dr Chaesub LEE (Republic of Korea) for the post of Deputy Secretary-General of the ITU, ", "Permanent Mission of the Republic of Korea\nGeneva\n\nKGV/1\n\n"},
		{"vision cut on every line", "states of the union and of the members, and of **all**\n\n", "Chaesub LEE\n\n“Slogan”\n\n"},
		{"letter of many pages", "\n\n\n\nMinistry\nRepublic of Korea\n\nof the candidature", "Ministry\nRepublic of Korea\n\nH.E. Mr X\n\n9 November 2021\n\nYour Excellency,\n\nKorea presents"},
		{"the seed again and again", string(seed) + "\n\n\n\n", ""},
		{"one line", "x", ""},
		{"blank lines", "\n", "x"},
		{"page numbers", "- 1 -\n12\n\n", ""},
	}
	limit := int(strictjson.DefaultMaxBytes)
	for _, s := range shapes {
		t.Run(s.name, func(t *testing.T) {
			small, smallAlloc := cost(t, build(s.head, s.unit, limit/16))
			large, largeAlloc := cost(t, build(s.head, s.unit, limit))
			t.Logf("%d bytes: %v, %d bytes allocated; %d bytes: %v, %d bytes allocated", limit/16, small, smallAlloc, limit, large, largeAlloc)
			if large > 48*small+500*time.Millisecond {
				t.Errorf("16 times the text took %v, %.1f times as long: not linear", large, float64(large)/float64(small))
			}
			if largeAlloc > 100*uint64(limit) && !raceEnabled {
				t.Errorf("allocated %d bytes for %d: more than 100 per byte", largeAlloc, limit)
			}
		})
	}
	t.Run("over the limit", func(t *testing.T) {
		_, err := docimport.Read(strings.NewReader(strings.Repeat("x", limit+1)))
		if !errors.Is(err, docimport.ErrTooLarge) {
			t.Errorf("Read of %d bytes: %v; want ErrTooLarge", limit+1, err)
		}
	})
}

// build returns head and then unit repeated, n bytes long at most.
func build(head, unit string, n int) string {
	var b strings.Builder
	b.WriteString(head)
	for b.Len()+len(unit) <= n {
		b.WriteString(unit)
	}
	return b.String()
}

// cost reads text twice and returns the shorter time and the bytes
// allocated. The time is the CPU time of the process where the system gives
// it (cpuTime), so that other processes on the machine count for little, and
// the shorter of two runs for less still.
func cost(t *testing.T, text string) (time.Duration, uint64) {
	t.Helper()
	d1, a := costOnce(t, text)
	d2, _ := costOnce(t, text)
	return min(d1, d2), a
}

func costOnce(t *testing.T, text string) (time.Duration, uint64) {
	t.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start, wall := growth.CPUTime(), time.Now()
	_, err := docimport.Read(strings.NewReader(text))
	d := growth.CPUTime() - start
	if d <= 0 {
		d = time.Since(wall)
	}
	runtime.ReadMemStats(&after)
	if err != nil && !errors.Is(err, docimport.ErrNotDocument) {
		t.Fatalf("Read: %v", err)
	}
	return d, after.TotalAlloc - before.TotalAlloc
}

// BenchmarkRead reads the seed, PP-22 Document 12-E.
func BenchmarkRead(b *testing.B) {
	seed, err := os.ReadFile("../examples/testdata/seed/document-12-E.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(seed)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := docimport.Read(strings.NewReader(string(seed))); err != nil {
			b.Fatal(err)
		}
	}
}
