package hostile

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/payload"
	"github.com/plenipot/itu/strictjson"
)

const (
	goroutines = 16
	iterations = 200
)

// outcome is everything one check of a payload gives back.
type outcome struct {
	Kind       itu.Kind
	Violations []itu.Violation
	Err        string
	Encoded    string // the decoded record, encoded again
}

func checkPayload(data []byte) outcome {
	res, err := payload.Check(data, "", asOf)
	o := outcome{Kind: res.Kind, Violations: res.Violations}
	if err != nil {
		o.Err = err.Error()
	}
	if res.Record != nil {
		b, err := strictjson.Encode(res.Record)
		if err != nil {
			o.Err += "; encode: " + err.Error()
		}
		o.Encoded = string(b)
	}
	return o
}

// concurrencyInputs returns every payload of the shipped corpus, valid and
// invalid, each examples fixture encoded, and some hostile payloads.
func concurrencyInputs(t *testing.T) (names []string, inputs [][]byte) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "examples", "testdata", "*", "*.json"))
	for _, f := range files {
		if strings.HasSuffix(f, ".golden.json") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		names, inputs = append(names, f), append(inputs, b)
	}
	for _, f := range examples.Fixtures() {
		b, err := strictjson.Encode(f.New())
		if err != nil {
			t.Fatal(err)
		}
		names, inputs = append(names, "examples."+f.Name), append(inputs, b)
	}
	for _, rows := range [][]hostileTest{syntaxRows(), textRows(), numberRows(), dateRows(), voteRows(), duplicateRows(), kindRows()} {
		for _, r := range rows {
			if r.kind == "" {
				names, inputs = append(names, "hostile/"+r.name), append(inputs, r.in())
			}
		}
	}
	return names, inputs
}

// TestConcurrentCheck checks payloads from many goroutines at once and
// compares each outcome with the one found alone: run it with -race.
func TestConcurrentCheck(t *testing.T) {
	names, inputs := concurrencyInputs(t)
	want := make([]outcome, len(inputs))
	for i, b := range inputs {
		want[i] = checkPayload(b)
	}
	if len(inputs) < 200 {
		t.Fatalf("only %d payloads; want the whole corpus", len(inputs))
	}
	var wg sync.WaitGroup
	errs := make(chan string, goroutines)
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range iterations {
				i := (g*iterations + it*7) % len(inputs)
				if diff := cmp.Diff(want[i], checkPayload(inputs[i])); diff != "" {
					errs <- names[i] + " (-alone +concurrent):\n" + diff
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestConcurrentSharedRecords validates the same record values from many
// goroutines at once: Check and Validate only read their receiver, so the
// race detector finds nothing, and each result is the one found alone.
func TestConcurrentSharedRecords(t *testing.T) {
	type record interface {
		Check(...itu.Option) []itu.Violation
		Validate(...itu.Option) error
	}
	var recs []record
	var names []string
	for _, f := range examples.Fixtures() {
		names, recs = append(names, f.Name), append(recs, f.New().(record))
	}
	for name, r := range map[string]record{
		"FictionalConference":               examples.FictionalConference(),
		"FictionalSecretaryGeneralElection": examples.FictionalSecretaryGeneralElection(),
		"FictionalBoardElection":            examples.FictionalBoardElection(),
		"FictionalCouncilElection":          examples.FictionalCouncilElection(),
	} {
		names, recs = append(names, name), append(recs, r)
	}
	broken := examples.KoreaDossier()
	broken.CV.Profile.Nationality = "JPN"
	broken.Letter.Date = civil.MustParseDate("2021-12-01")
	names, recs = append(names, "broken dossier"), append(recs, broken)
	want := make([][]itu.Violation, len(recs))
	for i, r := range recs {
		want[i] = r.Check(asOf)
	}
	var wg sync.WaitGroup
	errs := make(chan string, goroutines)
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range iterations {
				i := (g + it) % len(recs)
				got := recs[i].Check(asOf)
				if diff := cmp.Diff(want[i], got); diff != "" {
					errs <- names[i] + " (-alone +concurrent):\n" + diff
					return
				}
				if err := recs[i].Validate(asOf); (err == nil) != (check.Result(want[i]) == nil) {
					errs <- names[i] + ": Validate disagrees with Check: " + err.Error()
					return
				}
				if _, err := strictjson.Encode(recs[i]); err != nil {
					errs <- names[i] + ": " + err.Error()
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
