package httpapi_test

// Throughput of the service against the library in the same process, on
// the seed dossier (issue 17): BenchmarkThroughput/HTTP drives a real
// server on loopback with concurrent clients, BenchmarkThroughput/InProcess
// calls payload.Check from as many goroutines as there are cores. Figures
// and the command: BENCHMARKS.md.

import (
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/httpapi"
	"github.com/plenipot/itu/internal/growth"
	"github.com/plenipot/itu/payload"
)

// BenchmarkThroughput reports, for the seed dossier, requests per second
// ("req/s") and the median and 99th percentile latency of one check
// ("p50-µs", "p99-µs"), through HTTP and in process, and the CPU time the
// process spent per request ("cpu-µs/op": server and clients together for
// HTTP), which other load on the machine disturbs far less than the wall
// clock. HTTP runs 1 and 4 clients per core: a client waits on the network
// part of each round trip, so one per core leaves the cores idle, while
// more queue requests and stretch the latency. The work is bounded by
// -benchtime and the clients by 4 x GOMAXPROCS.
func BenchmarkThroughput(b *testing.B) {
	seed := fixture(b, seedName)
	b.Run("InProcess", func(b *testing.B) {
		opts := itu.AsOf(civil.MustParseDate("2022-10-14"))
		measure(b, 1, func() bool {
			res, err := payload.Check(seed, "", opts)
			return err == nil && res.Valid()
		})
	})
	for _, perCore := range []int{1, 4} {
		b.Run(fmt.Sprintf("HTTP/clients-per-core=%d", perCore), func(b *testing.B) {
			// The access log is written as itu serve writes it, to nowhere.
			l := serve(b, httpapi.Config{Logger: slog.New(slog.NewJSONHandler(io.Discard, nil))})
			l.client.Transport.(*http.Transport).MaxIdleConnsPerHost = 1024
			url := l.url + "/v1/validate" + asOf
			measure(b, perCore, func() bool {
				resp, err := l.client.Post(url, jsonType, bytes.NewReader(seed))
				if err != nil {
					return false
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				return resp.StatusCode == http.StatusOK
			})
		})
	}
}

// measure runs check b.N times from parallelism x GOMAXPROCS goroutines and
// reports the throughput and the latency percentiles; a check that returns
// false fails the benchmark.
func measure(b *testing.B, parallelism int, check func() bool) {
	var mu sync.Mutex
	var all []time.Duration
	b.SetParallelism(parallelism)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := growth.CPUTime()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		var mine []time.Duration
		for pb.Next() {
			t := time.Now()
			if !check() {
				b.Error("a check failed")
				return
			}
			mine = append(mine, time.Since(t))
		}
		mu.Lock()
		all = append(all, mine...)
		mu.Unlock()
	})
	elapsed, cpu := time.Since(start), growth.CPUTime()-cpu0
	b.StopTimer()
	if len(all) == 0 {
		return
	}
	slices.Sort(all)
	pct := func(p float64) float64 { return float64(all[int(p*float64(len(all)-1))].Microseconds()) }
	b.ReportMetric(float64(len(all))/elapsed.Seconds(), "req/s")
	b.ReportMetric(pct(0.50), "p50-µs")
	b.ReportMetric(pct(0.99), "p99-µs")
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/float64(len(all)), "cpu-µs/op")
	}
}
