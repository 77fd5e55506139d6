package httpapi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/plenipot/itu/httpapi"
)

// loopback is a real server of the package on 127.0.0.1, as "itu serve"
// runs it, with a client of its own.
type loopback struct {
	url    string
	client *http.Client
	stop   func() error // starts the graceful shutdown and waits for Serve
}

// serve starts NewServer(cfg) on a free loopback port with Serve; the
// server is shut down when the test ends, and Serve must return nil.
func serve(t testing.TB, cfg httpapi.Config) *loopback {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	srv := httpapi.NewServer(ln.Addr().String(), cfg)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- httpapi.Serve(ctx, srv, ln, 10*time.Second) }()
	tr := &http.Transport{MaxIdleConnsPerHost: 64}
	var once sync.Once
	var serveErr error
	l := &loopback{
		url:    "http://" + ln.Addr().String(),
		client: &http.Client{Transport: tr, Timeout: 30 * time.Second},
		stop: func() error {
			once.Do(func() {
				cancel()
				serveErr = <-done
				tr.CloseIdleConnections()
			})
			return serveErr
		},
	}
	t.Cleanup(func() {
		if err := l.stop(); err != nil {
			t.Errorf("Serve() = %v; want nil after a graceful shutdown", err)
		}
	})
	return l
}

// reply is what a request got back.
type reply struct {
	status int
	header http.Header
	body   []byte
}

// do sends one request; contentType "" sends none.
func (l *loopback) do(t testing.TB, method, path, contentType string, body io.Reader) reply {
	t.Helper()
	r, err := l.try(method, path, contentType, body)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	return r
}

// try is do returning the error of the round trip instead of failing.
func (l *loopback) try(method, path, contentType string, body io.Reader) (reply, error) {
	req, err := http.NewRequest(method, l.url+path, body)
	if err != nil {
		return reply{}, err
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := l.client.Do(req)
	if err != nil {
		return reply{}, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return reply{resp.StatusCode, resp.Header, b}, err
}

// fixture returns a payload file of examples/testdata.
func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "examples", "testdata", filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

const (
	seedName     = "valid/korea-2021-dossier.json"
	electionName = "valid/pp-22-dsg-election.json"
	invalidName  = "invalid/candidacy.candidate.required.missing.json"
	jsonType     = "application/json"
	asOf         = "?as_of=2022-10-14"
)

// problemBody is a problem details body as a client reads it.
type problemBody struct {
	Type       string `json:"type"`
	Title      string `json:"title"`
	Status     int    `json:"status"`
	Detail     string `json:"detail"`
	Kind       string `json:"kind"`
	Violations []struct {
		Path, Code, Severity, Message string
	} `json:"violations"`
}

// codes returns "path code" of each violation of p.
func (p problemBody) codes() []string {
	var out []string
	for _, v := range p.Violations {
		out = append(out, v.Path+" "+v.Code)
	}
	return out
}

// prefixes reports whether each of got starts with the want at its index.
func prefixes(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i, g := range got {
		if !strings.HasPrefix(g, want[i]) {
			return false
		}
	}
	return true
}

// readProblem checks that r is an application/problem+json answer whose
// status member is its HTTP status, and returns it.
func readProblem(t testing.TB, r reply) problemBody {
	t.Helper()
	if ct := r.header.Get("Content-Type"); ct != "application/problem+json" {
		t.Fatalf("Content-Type = %q; want application/problem+json\n%s", ct, r.body)
	}
	var p problemBody
	if err := json.Unmarshal(r.body, &p); err != nil {
		t.Fatalf("problem body: %v\n%s", err, r.body)
	}
	if p.Status != r.status || p.Type == "" || p.Title == "" || p.Violations == nil {
		t.Errorf("problem %+v; want status %d, a type, a title and a violations list", p, r.status)
	}
	return p
}

// TestStatus sends each kind of request to a real server and checks the
// status, the problem type and the violations it names.
func TestStatus(t *testing.T) {
	l := serve(t, httpapi.Config{MaxBytes: 64 << 10})
	big := `{"kind":"cv","name":"` + strings.Repeat("x", 70<<10) + `"}`
	tests := []struct {
		name        string
		method      string
		path        string
		contentType string
		body        string
		want        int
		wantType    string   // problem type; "" for a 200
		wantCodes   []string // "path code" of each violation (or its start), when checked
	}{
		{"valid dossier", "POST", "/v1/validate" + asOf, jsonType, string(fixture(t, seedName)), 200, "", nil},
		{"valid election tallied", "POST", "/v1/tally", jsonType, string(fixture(t, electionName)), 200, "", nil},
		{"charset utf-8", "POST", "/v1/validate", "application/json; charset=UTF-8", `{"kind":"cv","name":"A B"}`, 422, httpapi.ProblemInvalid, nil},
		{"not JSON", "POST", "/v1/validate", jsonType, `{"kind":`, 400, httpapi.ProblemMalformed, []string{"/kind json.syntax"}},
		{"not an object", "POST", "/v1/validate", jsonType, `[1]`, 400, httpapi.ProblemMalformed, []string{" json.type"}},
		{"bad as_of", "POST", "/v1/validate?as_of=2022-02-30", jsonType, `{}`, 400, httpapi.ProblemMalformed, []string{}},
		{"bad kind query", "POST", "/v1/validate?kind=memo", jsonType, `{}`, 400, httpapi.ProblemMalformed, []string{}},
		{"no route", "GET", "/v2/validate", "", "", 404, "about:blank", []string{}},
		{"no schema of kind", "GET", "/v1/schemas/memo", "", "", 404, "about:blank", []string{}},
		{"GET on a POST route", "GET", "/v1/validate", "", "", 405, "about:blank", []string{}},
		{"POST on a GET route", "POST", "/v1/rules", jsonType, `{}`, 405, "about:blank", []string{}},
		{"over the byte limit", "POST", "/v1/validate", jsonType, big, 413, httpapi.ProblemTooLarge, []string{" json.too_large"}},
		{"no media type", "POST", "/v1/validate", "", `{}`, 415, "about:blank", []string{}},
		{"form media type", "POST", "/v1/tally", "application/x-www-form-urlencoded", `{}`, 415, "about:blank", []string{}},
		{"latin-1 charset", "POST", "/v1/validate", "application/json; charset=latin1", `{}`, 415, "about:blank", []string{}},
		{"invalid candidacy", "POST", "/v1/validate", jsonType, string(fixture(t, invalidName)), 422, httpapi.ProblemInvalid, nil},
		{"no kind", "POST", "/v1/validate", jsonType, `{"name":"A B"}`, 400, httpapi.ProblemMalformed, []string{"/kind payload.kind"}},
		{"unknown kind", "POST", "/v1/validate", jsonType, `{"kind":"memo"}`, 400, httpapi.ProblemMalformed, []string{"/kind payload.kind"}},
		{"kind not a string", "POST", "/v1/validate", jsonType, `{"kind":7}`, 400, httpapi.ProblemMalformed, []string{"/kind payload.kind"}},
		{"kind query disagrees", "POST", "/v1/validate?kind=letter", jsonType, `{"kind":"cv"}`, 422, httpapi.ProblemInvalid, []string{"/kind payload.kind"}},
		{"tally of a cv", "POST", "/v1/tally", jsonType, `{"kind":"cv"}`, 422, httpapi.ProblemInvalid, []string{"/kind payload.kind"}},
		{"health", "GET", "/healthz", "", "", 200, "", nil},
		{"rules", "GET", "/v1/rules", "", "", 200, "", nil},
		{"schema", "GET", "/v1/schemas/note_verbale", "", "", 200, "", nil},
		{"openapi", "GET", "/v1/openapi.json", "", "", 200, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := l.do(t, tt.method, tt.path, tt.contentType, strings.NewReader(tt.body))
			if r.status != tt.want {
				t.Fatalf("status = %d; want %d\n%s", r.status, tt.want, r.body)
			}
			if tt.wantType == "" {
				if !json.Valid(r.body) || !strings.HasPrefix(r.header.Get("Content-Type"), "application/") {
					t.Errorf("body is not a JSON document (%s):\n%.200s", r.header.Get("Content-Type"), r.body)
				}
				return
			}
			p := readProblem(t, r)
			if p.Type != tt.wantType {
				t.Errorf("type = %q; want %q", p.Type, tt.wantType)
			}
			if tt.wantCodes != nil && !prefixes(p.codes(), tt.wantCodes) {
				t.Errorf("violations = %q; want %q", p.codes(), tt.wantCodes)
			}
			if tt.want == 405 && r.header.Get("Allow") == "" {
				t.Errorf("405 without an Allow header")
			}
		})
	}
}

// TestValidateResult checks the 200 and 422 bodies of /v1/validate: the
// seed's warnings, and every violation of an invalid payload.
func TestValidateResult(t *testing.T) {
	l := serve(t, httpapi.Config{})
	r := l.do(t, "POST", "/v1/validate"+asOf, jsonType, bytes.NewReader(fixture(t, seedName)))
	var res httpapi.Result
	if err := json.Unmarshal(r.body, &res); err != nil || r.status != 200 {
		t.Fatalf("status %d, %v:\n%s", r.status, err, r.body)
	}
	if res.Kind != "dossier" || !res.Valid || res.Violations == nil {
		t.Errorf("result = %+v; want a valid dossier with a list of warnings", res)
	}
	for _, v := range res.Violations {
		if v.Severity.String() != "warning" {
			t.Errorf("a 200 answer lists %v", v)
		}
	}
	r = l.do(t, "POST", "/v1/validate", jsonType, bytes.NewReader(fixture(t, invalidName)))
	p := readProblem(t, r)
	if r.status != 422 || p.Kind != "candidacy" || len(p.Violations) == 0 {
		t.Errorf("invalid candidacy: status %d, %+v", r.status, p)
	}
}

// TestEveryFault is the Must-show of issue 17: a payload with three unknown
// members and a wrong type reports all four in one response.
func TestEveryFault(t *testing.T) {
	l := serve(t, httpapi.Config{})
	r := l.do(t, "POST", "/v1/validate", jsonType, strings.NewReader(`{"kind":"cv","x":1,"y":2,"z":3,"name":5}`))
	p := readProblem(t, r)
	if r.status != 422 {
		t.Fatalf("status = %d; want 422", r.status)
	}
	want := []string{"/x json.unknown_field", "/y json.unknown_field", "/z json.unknown_field", "/name json.type"}
	got := p.codes()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("violations %q lack %q", got, w)
		}
	}
}

// TestTally checks the outcome POST /v1/tally gives for PP-22's election
// of the Deputy Secretary-General.
func TestTally(t *testing.T) {
	l := serve(t, httpapi.Config{})
	r := l.do(t, "POST", "/v1/tally", jsonType, bytes.NewReader(fixture(t, electionName)))
	var res httpapi.Tally
	if err := json.Unmarshal(r.body, &res); err != nil || r.status != 200 {
		t.Fatalf("status %d, %v:\n%s", r.status, err, r.body)
	}
	if len(res.Outcome.Elected) != 1 || res.Outcome.Elected[0].Candidate.MemberState != "LTU" || res.Outcome.Open != 0 {
		t.Errorf("outcome = %+v; want Tomas Lamanauskas (LTU) elected", res.Outcome)
	}
}

// lockedBuffer is a bytes.Buffer safe for the server's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestAccessLog checks that each request is logged with its method, path,
// status, bytes and duration.
func TestAccessLog(t *testing.T) {
	var logs lockedBuffer
	l := serve(t, httpapi.Config{Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	r := l.do(t, "GET", "/healthz", "", nil)
	l.do(t, "POST", "/v1/validate", "text/plain", strings.NewReader("x"))
	if err := l.stop(); err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	for line := range strings.Lines(logs.String()) {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("log line is not JSON: %v\n%s", err, line)
		}
		if m["msg"] == "request" {
			got = append(got, m)
		}
	}
	if len(got) != 2 {
		t.Fatalf("%d request lines; want 2:\n%s", len(got), logs.String())
	}
	want := []struct {
		method, path string
		status       float64
	}{{"GET", "/healthz", 200}, {"POST", "/v1/validate", 415}}
	for i, w := range want {
		m := got[i]
		if m["method"] != w.method || m["path"] != w.path || m["status"] != w.status {
			t.Errorf("log line %d = %v; want %s %s %v", i, m, w.method, w.path, w.status)
		}
		if _, ok := m["duration"].(float64); !ok {
			t.Errorf("log line %d has no duration: %v", i, m)
		}
	}
	if got[0]["bytes"] != float64(len(r.body)) {
		t.Errorf("logged bytes = %v; want %d", got[0]["bytes"], len(r.body))
	}
}

// TestPanic checks that a panic in the handler reaches the client as a 500
// problem, is logged with its stack, and leaves the server serving.
func TestPanic(t *testing.T) {
	var logs lockedBuffer
	mux := http.NewServeMux()
	mux.Handle("/", httpapi.New(httpapi.Config{}))
	mux.HandleFunc("/boom", func(http.ResponseWriter, *http.Request) { panic("boom") })
	l := serve(t, httpapi.Config{Handler: mux, Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	r := l.do(t, "GET", "/boom", "", nil)
	if p := readProblem(t, r); r.status != 500 || p.Type != "about:blank" {
		t.Errorf("status %d, %+v; want a 500 problem", r.status, p)
	}
	if s := logs.String(); !strings.Contains(s, "panic=boom") || !strings.Contains(s, "goroutine") {
		t.Errorf("log lacks the panic and its stack:\n%s", s)
	}
	if r := l.do(t, "GET", "/healthz", "", nil); r.status != 200 {
		t.Errorf("after a panic, /healthz = %d", r.status)
	}
}

// held is a POST /v1/validate whose body is still arriving.
type held struct {
	w     *io.PipeWriter
	done  chan reply
	wrote chan error // the first bytes were written
}

// hold starts a POST /v1/validate on l whose body stops after its first
// bytes, and returns when the server is handling it: with MaxInFlight 1,
// when /healthz answers 503. A poll of /healthz may hold the one slot just
// when the POST arrives, which then gets 503 itself: it is sent again. The
// polls back off (5 ms doubling to 200 ms), so that on a loaded machine,
// where each poll holds the slot longer, they leave the POST room to take
// it instead of meeting it every time.
func hold(t *testing.T, l *loopback) *held {
	t.Helper()
	seed := fixture(t, seedName)
	deadline := time.Now().Add(60 * time.Second)
	wait := 5 * time.Millisecond
	for {
		pr, pw := io.Pipe()
		h := &held{w: pw, done: make(chan reply, 1), wrote: make(chan error, 1)}
		go func() {
			r, err := l.try("POST", "/v1/validate"+asOf, jsonType, pr)
			if err != nil {
				r.body = []byte(err.Error()) // finish reports it, status 0
			}
			h.done <- r
		}()
		go func() {
			_, err := pw.Write(seed[:100]) // fails only if the request is over
			h.wrote <- err
		}()
		for {
			select {
			case r := <-h.done:
				if r.status != http.StatusServiceUnavailable {
					t.Fatalf("held request answered early: %d %s", r.status, r.body)
				}
				pw.Close()
			default:
				if l.do(t, "GET", "/healthz", "", nil).status == 503 {
					t.Cleanup(func() { pw.CloseWithError(errors.New("test over")) })
					return h
				}
				if time.Now().After(deadline) {
					pw.CloseWithError(errors.New("test over"))
					t.Fatal("the held request never took the server's one slot")
				}
				time.Sleep(wait)
				wait = min(2*wait, 200*time.Millisecond)
				continue
			}
			break // sent again
		}
	}
}

// finish sends the rest of the seed dossier and returns the reply.
func (h *held) finish(t *testing.T) reply {
	t.Helper()
	seed := fixture(t, seedName)
	if err := <-h.wrote; err != nil {
		t.Fatal(err)
	}
	if _, err := h.w.Write(seed[100:]); err != nil {
		t.Fatal(err)
	}
	h.w.Close()
	return <-h.done
}

// TestOverloaded checks that past MaxInFlight requests a request gets 503
// with Retry-After, and that the server serves again once one ends.
func TestOverloaded(t *testing.T) {
	l := serve(t, httpapi.Config{MaxInFlight: 1})
	h := hold(t, l)
	r := l.do(t, "POST", "/v1/validate", jsonType, bytes.NewReader(fixture(t, seedName)))
	if p := readProblem(t, r); r.status != 503 || p.Type != "about:blank" || r.header.Get("Retry-After") == "" {
		t.Errorf("status %d, Retry-After %q, %+v; want a 503 problem", r.status, r.header.Get("Retry-After"), p)
	}
	if r := h.finish(t); r.status != 200 {
		t.Errorf("held request: status %d\n%s", r.status, r.body)
	}
	if r := l.do(t, "GET", "/healthz", "", nil); r.status != 200 {
		t.Errorf("after the held request, /healthz = %d", r.status)
	}
}

// TestShutdownInFlight checks the graceful shutdown: once it starts the
// server takes no new connections, and a request in flight (its body still
// arriving) completes with its answer before Serve returns.
func TestShutdownInFlight(t *testing.T) {
	l := serve(t, httpapi.Config{MaxInFlight: 1})
	h := hold(t, l)
	stopped := make(chan error, 1)
	go func() { stopped <- l.stop() }()
	addr := strings.TrimPrefix(l.url, "http://")
	deadline := time.Now().Add(20 * time.Second)
	for {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			break // the listener is closed: the shutdown has begun
		}
		c.Close()
		if time.Now().After(deadline) {
			t.Fatal("the listener still accepts after the shutdown began")
		}
		time.Sleep(5 * time.Millisecond)
	}
	select {
	case err := <-stopped:
		t.Fatalf("Serve returned (%v) with a request in flight", err)
	default:
	}
	if r := h.finish(t); r.status != 200 {
		t.Errorf("in-flight request: status %d\n%s", r.status, r.body)
	}
	if err := <-stopped; err != nil {
		t.Errorf("Serve() = %v; want nil", err)
	}
}

// TestConcurrentClients sends valid, invalid and tally requests from many
// clients at once (run with -race) and checks every answer.
func TestConcurrentClients(t *testing.T) {
	l := serve(t, httpapi.Config{MaxInFlight: 64})
	reqs := []struct {
		path string
		body []byte
		want int
	}{
		{"/v1/validate" + asOf, fixture(t, seedName), 200},
		{"/v1/validate", fixture(t, invalidName), 422},
		{"/v1/tally", fixture(t, electionName), 200},
		{"/v1/validate", []byte(`{"kind":`), 400},
	}
	var wg sync.WaitGroup
	for c := range 8 {
		wg.Go(func() {
			for i := range 12 {
				rq := reqs[(c+i)%len(reqs)]
				r, err := l.try("POST", rq.path, jsonType, bytes.NewReader(rq.body))
				if err != nil || r.status != rq.want {
					t.Errorf("client %d: POST %s = %d, %v; want %d", c, rq.path, r.status, err, rq.want)
				}
			}
		})
	}
	wg.Wait()
}
