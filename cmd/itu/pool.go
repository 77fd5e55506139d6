package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/plenipot/itu"
)

// input is one payload file to check: a FILE argument, or a file found in a
// DIR argument (found). err, when set, is why it cannot be checked at all.
type input struct {
	name  string
	found bool // a directory walk saw a regular file by this name
	err   error
}

// expandInputs returns the files named by args, in order: a directory stands
// for the regular files named *.json beneath it, in lexical order (as
// [filepath.WalkDir] visits them); anything else stands for itself and is
// opened, or refused, when checked. A directory holding no such file is an
// unreadable input of its own, so it is reported, not silently dropped.
func expandInputs(args []string) []input {
	out := make([]input, 0, len(args))
	for _, a := range args {
		st, err := os.Stat(a)
		if a == "-" || err != nil || !st.IsDir() {
			out = append(out, input{name: a})
			continue
		}
		before := len(out)
		werr := filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				out = append(out, input{name: p, err: fileError(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
			case d.Type().IsRegular() && strings.HasSuffix(d.Name(), ".json"):
				out = append(out, input{name: p, found: true})
			}
			return nil
		})
		if werr != nil {
			out = append(out, input{name: a, err: fileError(werr)})
		} else if len(out) == before {
			out = append(out, input{name: a, err: errors.New("is a directory holding no payload file (*.json)")})
		}
	}
	return out
}

// checkAll checks ins on up to workers goroutines (GOMAXPROCS when workers
// is 0, one when an input is standard input), calls prepare on each result in
// its worker (formatting output there keeps reporting light), and calls
// report with each result in input order, as soon as it and every result
// before it are ready. Calls to report never overlap.
//
// The workers take the next file themselves and the one that completes the
// run of ready results reports it, so no goroutine hands work to another:
// on a virtual machine every such hand-off wakes a sleeping thread, and with
// a coordinating goroutine two cores checked 2,000 files only about 1.45×
// as fast as one (BENCHMARKS.md). Nor does a worker wait while another
// reports: it leaves its result for the one reporting. When workers queued
// for a lock instead, a core sat idle for 2-3 ms at a time, several times a
// run, until the scheduler woke the worker queued on it.
//
// At most 64×workers files (and never more than 1,024, as many as 16×workers
// allowed on 64 cores before) are started and not yet reported, and their
// results wait in a ring of that many slots, so memory stays bounded however
// many files there are (a result holds at most 1,000 violations), while a
// worker rarely waits behind a slow file, or behind a worker whose core was
// taken away for a while: with 16×, traces of eight runs over 2,000 files on
// two cores showed the workers waiting for a slot 30 to 55 ms in all, a core
// idle each time until the waiting worker was woken; with 64×, 0 to 0.2 ms
// (bench/round-issue18-5/trace-window.txt). When stop returns true (output
// can no longer be written) no more files are started, and checkAll returns
// once the files under way finish.
//
// Each worker keeps one thread for the run (runtime.LockOSThread). Unlocked,
// a worker that stays in a system call for a while (opening or reading a
// file) has its P handed to another thread and goes on, when the call
// returns, on whichever thread takes it; every such hand-off wakes a
// sleeping thread, and Linux puts a woken thread near the one that woke it.
// Scheduler traces of two-core runs showed both workers sharing one CPU,
// taking it from each other, for up to 8 ms at a time while the other CPU
// sat idle but for the runtime's own monitor thread waking on it. Locked,
// the process switches threads less often (255 voluntary and 186
// involuntary context switches a run on two cores, against 340 and 259,
// medians of 100 rounds), and two cores check 2,000 files 4% faster (77.5
// ms against 81.0, 300 rounds; bench/round-issue18-7/abx-lock-*.txt).
func (e *env) checkAll(ins []input, kind itu.Kind, opts []itu.Option, workers int, prepare func(*fileResult), report func(fileResult), stop func() bool) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	for _, in := range ins {
		if in.name == "-" {
			workers = 1 // standard input is read once, in order
		}
	}
	workers = max(1, min(workers, len(ins)))
	// check checks in, reading a named file into *buf, the storage its
	// worker reads every file into: nothing a check returns refers to it.
	check := func(in input, buf *[]byte) fileResult {
		if in.err != nil {
			return fileResult{File: in.name, Error: in.err.Error(), Violations: []itu.Violation{}}
		}
		var r fileResult
		if in.name == "-" {
			r, _ = e.checkFile(in.name, kind, opts)
		} else {
			data, err := readFile(in.name, *buf, in.found)
			if cap(data) > cap(*buf) {
				*buf = data
			}
			r, _ = checkData(in.name, data, err, kind, opts)
		}
		prepare(&r)
		return r
	}
	if workers == 1 {
		var buf []byte
		for _, in := range ins {
			if stop() {
				return
			}
			report(check(in, &buf))
		}
		return
	}
	// Inputs next-window to next-1 at most are started and not reported
	// (each holds a slot), so input i's result waits in ring slot i%window.
	window := min(64*workers, 1024)
	var (
		next    atomic.Int64                  // the next input to start
		halted  atomic.Bool                   // stop returned true
		slots   = make(chan struct{}, window) // one per file started and not reported
		results = make([]fileResult, window)  // results not yet reported
		ready   = make([]atomic.Bool, window) // which results are in
		mu      sync.Mutex                    // held by the worker reporting; guards printed
		printed int                           // the next result to report
		wg      sync.WaitGroup
	)
	// drain reports the results that are ready, in order. It never waits
	// for the worker reporting, if there is one: it leaves its result to that
	// one, which looks again once it has let go of mu.
	drain := func() {
		for mu.TryLock() {
			for printed < len(ins) && ready[printed%window].Load() {
				k := printed % window
				report(results[k])
				results[k] = fileResult{}
				ready[k].Store(false)
				printed++
				<-slots
				if stop() {
					halted.Store(true)
				}
			}
			at := printed
			mu.Unlock()
			// A result stored while mu was held, by a worker that found it
			// held, is seen here.
			if at == len(ins) || !ready[at%window].Load() {
				return
			}
		}
	}
	for range workers {
		wg.Go(func() {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread() // the thread is kept, not ended, after the run
			var buf []byte
			for {
				slots <- struct{}{}
				i := int(next.Add(1) - 1)
				if i >= len(ins) || halted.Load() {
					<-slots
					return
				}
				results[i%window] = check(ins[i], &buf)
				ready[i%window].Store(true)
				drain()
			}
		})
	}
	wg.Wait()
}
