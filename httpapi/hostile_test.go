package httpapi_test

import (
	"io"
	"net/http"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/plenipot/itu/httpapi"
)

// endless is a body of n bytes made as it is read: a hostile client's
// upload, with no memory behind it.
type endless struct{ n int64 }

func (e *endless) Read(p []byte) (int, error) {
	if e.n <= 0 {
		return 0, io.EOF
	}
	p = p[:min(int64(len(p)), e.n)]
	for i := range p {
		p[i] = ' '
	}
	e.n -= int64(len(p))
	return len(p), nil
}

// trickle is a body that sends a byte every gap, for ever.
type trickle struct{ gap time.Duration }

func (t trickle) Read(p []byte) (int, error) {
	time.Sleep(t.gap)
	p[0] = ' '
	return 1, nil
}

// allocated returns the bytes the process allocated while f ran.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestHostile sends what an attacker would through a real server: bodies far
// over the limit, with and without a Content-Length, a body that trickles
// in slower than the read timeout, and deeply nested JSON. Each is refused
// with its problem, and the whole run allocates a bounded amount however
// much is sent.
func TestHostile(t *testing.T) {
	const limit = 1 << 20
	l := serve(t, httpapi.Config{MaxBytes: limit, ReadTimeout: 500 * time.Millisecond})
	const sent = 64 << 20
	tests := []struct {
		name   string
		body   func() io.Reader
		length int64 // the Content-Length; -1 sends the body chunked
		want   int
	}{
		{"64 MiB declared", func() io.Reader { return &endless{sent} }, sent, http.StatusRequestEntityTooLarge},
		{"64 MiB chunked", func() io.Reader { return io.MultiReader(strings.NewReader(`{"kind":"cv","name":"`), &endless{sent}) }, -1, http.StatusRequestEntityTooLarge},
		{"slow body", func() io.Reader { return io.MultiReader(strings.NewReader(`{"kind":`), trickle{50 * time.Millisecond}) }, -1, http.StatusRequestTimeout},
		{"nested arrays", func() io.Reader {
			return strings.NewReader(`{"kind":"cv","name":` + strings.Repeat("[", 500_000) + strings.Repeat("]", 500_000) + `}`)
		}, -1, http.StatusBadRequest},
		{"nested objects", func() io.Reader {
			return strings.NewReader(`{"kind":"cv","profile":` + strings.Repeat(`{"a":`, 150_000) + "1" + strings.Repeat("}", 150_000) + `}`)
		}, -1, http.StatusBadRequest},
		{"nested, cut short", func() io.Reader { return strings.NewReader(`{"kind":"cv","name":` + strings.Repeat("[", 900_000)) }, -1, http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r reply
			n := allocated(func() {
				req, err := http.NewRequest("POST", l.url+"/v1/validate", tt.body())
				if err != nil {
					t.Fatal(err)
				}
				req.Header.Set("Content-Type", jsonType)
				req.ContentLength = tt.length
				resp, err := l.client.Do(req)
				if err != nil {
					t.Fatalf("POST: %v", err)
				}
				defer resp.Body.Close()
				b, _ := io.ReadAll(resp.Body)
				r = reply{resp.StatusCode, resp.Header, b}
			})
			if r.status != tt.want {
				t.Fatalf("status = %d; want %d\n%.300s", r.status, tt.want, r.body)
			}
			readProblem(t, r)
			// The server holds at most limit+1 bytes of a body; decoding
			// and the client's buffers add a few times that. 64 MiB are sent.
			if n > 16*limit {
				t.Errorf("the request allocated %d MiB; want under %d MiB", n>>20, 16*limit>>20)
			}
		})
	}
}
