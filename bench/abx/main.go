//go:build unix

// Command abx times whole processes, the way bench/cores.sh does, but for
// several variants at once and with each child's resource usage: every round
// runs each variant once with GOMAXPROCS=1 and once with GOMAXPROCS=2, in a
// new random order, after one untimed round, and the summary gives for each
// variant the medians of wall time, CPU time (user + system), system time,
// minor page faults and voluntary and involuntary context switches on one
// core and on two, the ratio of the wall-time
// medians, the median of the rounds' own ratios, and the minimum and first
// quartile (noise on a shared host only ever adds time).
//
// Usage:
//
//	go run ./bench/abx ROUNDS 'NAME|ENV=V ...|BINARY ARG...' ...
//
// for example
//
//	go run ./bench/abx 40 'head||/tmp/itu-head validate DIR' 'new||/tmp/itu validate DIR'
//
// Output goes to standard output; the children's output is discarded.
package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

type variant struct {
	name string
	env  []string
	argv []string
}

// sample is one run: wall, CPU and system time in ms, minor faults, and
// voluntary and involuntary context switches.
type sample struct{ wall, cpu, sys, faults, vcsw, ivcsw float64 }

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: abx ROUNDS 'NAME|ENV=V ...|BINARY ARG...' ...")
		os.Exit(2)
	}
	rounds, err := strconv.Atoi(os.Args[1])
	if err != nil || rounds < 1 {
		fmt.Fprintln(os.Stderr, "abx: ROUNDS must be a positive number")
		os.Exit(2)
	}
	var vs []variant
	for _, a := range os.Args[2:] {
		p := strings.SplitN(a, "|", 3)
		if len(p) != 3 || len(strings.Fields(p[2])) == 0 {
			fmt.Fprintf(os.Stderr, "abx: %q is not NAME|ENV|COMMAND\n", a)
			os.Exit(2)
		}
		vs = append(vs, variant{p[0], strings.Fields(p[1]), strings.Fields(p[2])})
	}
	type job struct {
		v     int
		procs int
	}
	var jobs []job
	for i := range vs {
		jobs = append(jobs, job{i, 1}, job{i, 2})
	}
	got := make([][2][]sample, len(vs))
	for r := -1; r < rounds; r++ {
		rand.Shuffle(len(jobs), func(i, j int) { jobs[i], jobs[j] = jobs[j], jobs[i] })
		for _, j := range jobs {
			s, err := run(vs[j.v], j.procs)
			if err != nil {
				fmt.Fprintf(os.Stderr, "abx: %s: %v\n", vs[j.v].name, err)
				os.Exit(1)
			}
			if r >= 0 {
				got[j.v][j.procs-1] = append(got[j.v][j.procs-1], s)
			}
		}
	}
	for i, v := range vs {
		one, two := got[i][0], got[i][1]
		field := func(ss []sample, f func(sample) float64) []float64 {
			out := make([]float64, len(ss))
			for k, s := range ss {
				out[k] = f(s)
			}
			slices.Sort(out)
			return out
		}
		wall := func(s sample) float64 { return s.wall }
		w1, w2 := field(one, wall), field(two, wall)
		var ratios []float64
		for k := range one {
			ratios = append(ratios, one[k].wall/two[k].wall)
		}
		slices.Sort(ratios)
		c1, c2 := field(one, func(s sample) float64 { return s.cpu }), field(two, func(s sample) float64 { return s.cpu })
		s1, s2 := field(one, func(s sample) float64 { return s.sys }), field(two, func(s sample) float64 { return s.sys })
		f1, f2 := field(one, func(s sample) float64 { return s.faults }), field(two, func(s sample) float64 { return s.faults })
		v1, v2 := field(one, func(s sample) float64 { return s.vcsw }), field(two, func(s sample) float64 { return s.vcsw })
		i1, i2 := field(one, func(s sample) float64 { return s.ivcsw }), field(two, func(s sample) float64 { return s.ivcsw })
		fmt.Printf("%-12s wall %6.1f / %6.1f ms  ratio of medians %.3f  median ratio %.3f  min %6.1f / %6.1f = %.3f  q25 %6.1f / %6.1f = %.3f  cpu %6.1f / %6.1f  sys %5.1f / %5.1f  faults %5.0f / %5.0f  csw %4.0f+%-4.0f / %4.0f+%-4.0f\n",
			v.name, median(w1), median(w2), median(w1)/median(w2), median(ratios),
			w1[0], w2[0], w1[0]/w2[0], quartile(w1), quartile(w2), quartile(w1)/quartile(w2),
			median(c1), median(c2), median(s1), median(s2), median(f1), median(f2),
			median(v1), median(i1), median(v2), median(i2))
	}
}

// run runs v once with GOMAXPROCS=procs.
func run(v variant, procs int) (sample, error) {
	cmd := exec.Command(v.argv[0], v.argv[1:]...)
	cmd.Env = append(append(os.Environ(), v.env...), fmt.Sprintf("GOMAXPROCS=%d", procs))
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if cmd.ProcessState == nil {
		return sample{}, err
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	s := sample{
		wall: ms(wall),
		cpu:  ms(cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()),
		sys:  ms(cmd.ProcessState.SystemTime()),
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		s.faults = float64(ru.Minflt)
		s.vcsw, s.ivcsw = float64(ru.Nvcsw), float64(ru.Nivcsw)
	}
	return s, nil // a failing exit status is the payloads' verdict, not an error
}

// median of sorted v.
func median(v []float64) float64 {
	n := len(v)
	if n%2 == 1 {
		return v[n/2]
	}
	return (v[n/2-1] + v[n/2]) / 2
}

// quartile is the first quartile of sorted v (nearest rank).
func quartile(v []float64) float64 { return v[(len(v)-1)/4] }
