package httpapi

import (
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/catalog"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/election"
	"github.com/plenipot/itu/internal/clip"
	"github.com/plenipot/itu/payload"
	"github.com/plenipot/itu/strictjson"
)

// The defaults of the zero [Config].
const (
	DefaultMaxBytes          = strictjson.DefaultMaxBytes // 4 MiB
	DefaultMaxInFlight       = 32
	DefaultReadHeaderTimeout = 5 * time.Second
	DefaultReadTimeout       = 30 * time.Second
	DefaultWriteTimeout      = 30 * time.Second
	DefaultIdleTimeout       = 120 * time.Second
)

// Config sets the limits of the handler and of the server around it. The
// zero Config is ready to use: each zero field means its Default value.
type Config struct {
	// MaxBytes is the largest request body read; a longer one is refused
	// with 413 after at most MaxBytes bytes.
	MaxBytes int64
	// MaxInFlight is the most requests [NewServer]'s server handles at once;
	// past it a request is answered 503 at once.
	MaxInFlight int
	// The server's timeouts ([http.Server] has the same fields).
	ReadHeaderTimeout time.Duration
	ReadTimeout       time.Duration
	WriteTimeout      time.Duration
	IdleTimeout       time.Duration
	// Logger receives the access log and recovered panics; nil means
	// [slog.Default].
	Logger *slog.Logger
	// Handler is what [NewServer]'s server serves; nil means New(cfg). A
	// service that mounts the API beside its own routes puts its mux here.
	Handler http.Handler
}

// withDefaults returns c with every zero field set to its default.
func (c Config) withDefaults() Config {
	set := func(d *time.Duration, v time.Duration) {
		if *d == 0 {
			*d = v
		}
	}
	if c.MaxBytes <= 0 {
		c.MaxBytes = DefaultMaxBytes
	}
	if c.MaxInFlight <= 0 {
		c.MaxInFlight = DefaultMaxInFlight
	}
	set(&c.ReadHeaderTimeout, DefaultReadHeaderTimeout)
	set(&c.ReadTimeout, DefaultReadTimeout)
	set(&c.WriteTimeout, DefaultWriteTimeout)
	set(&c.IdleTimeout, DefaultIdleTimeout)
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}

// Result is the answer of POST /v1/validate to a valid payload (status
// 200): its kind, valid true, and its warnings, which do not make it
// invalid. An invalid payload gets a [Problem] instead.
type Result struct {
	Kind       itu.Kind        `json:"kind"`
	Valid      bool            `json:"valid"`
	Violations []itu.Violation `json:"violations"` // warnings only
}

// Tally is the answer of POST /v1/tally to a valid election: its warnings
// and who its rounds elect.
type Tally struct {
	Kind       itu.Kind         `json:"kind"`
	Valid      bool             `json:"valid"`
	Violations []itu.Violation  `json:"violations"` // warnings only
	Outcome    election.Outcome `json:"outcome"`
}

// Health is the answer of GET /healthz.
type Health struct {
	Status string `json:"status"` // "ok"
}

// api serves the routes of the service.
type api struct {
	mux      *http.ServeMux
	maxBytes int64
	schemas  func() (map[itu.Kind][]byte, error) // each kind's JSON Schema, built once
	rules    func() ([]byte, error)              // the catalogue as JSON, built once
	openAPI  func() ([]byte, error)              // the OpenAPI document, built once
}

// New returns the handler of the service's routes (see the package
// documentation), bounded by cfg.MaxBytes. It holds no server machinery:
// [NewServer] adds timeouts, the in-flight limit, access logs and panic
// recovery around it.
func New(cfg Config) http.Handler {
	cfg = cfg.withDefaults()
	a := &api{mux: http.NewServeMux(), maxBytes: cfg.MaxBytes}
	a.schemas = sync.OnceValues(kindSchemas)
	a.rules = sync.OnceValues(func() ([]byte, error) { return strictjson.Encode(catalog.Rules()) })
	a.openAPI = sync.OnceValues(OpenAPI)
	a.mux.HandleFunc("POST /v1/validate", a.validate)
	a.mux.HandleFunc("POST /v1/tally", a.tally)
	a.mux.HandleFunc("GET /v1/schemas/{kind}", a.schema)
	a.mux.HandleFunc("GET /v1/rules", a.rulesList)
	a.mux.HandleFunc("GET /v1/openapi.json", a.openAPIDoc)
	a.mux.HandleFunc("GET /healthz", a.health)
	return a
}

// ServeHTTP serves r, with a problem body where the mux finds no route
// (404) or not for this method (405, with its Allow header).
func (a *api) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if _, pattern := a.mux.Handler(r); pattern != "" {
		a.mux.ServeHTTP(w, r)
		return
	}
	rec := &headerOnly{header: http.Header{}}
	a.mux.ServeHTTP(rec, r)
	allow := rec.header.Get("Allow")
	if allow != "" {
		w.Header().Set("Allow", allow)
	}
	if rec.status == http.StatusMethodNotAllowed {
		writeProblem(w, statusProblem(rec.status, r.Method+" is not allowed on this route; allowed: "+allow))
		return
	}
	writeProblem(w, statusProblem(http.StatusNotFound, "no route "+clip.Quote(r.Method+" "+r.URL.Path)))
}

// headerOnly is a ResponseWriter that keeps the status and headers and
// drops the body: the mux's own plain-text 404 and 405 pages.
type headerOnly struct {
	header http.Header
	status int
}

func (h *headerOnly) Header() http.Header         { return h.header }
func (h *headerOnly) Write(b []byte) (int, error) { return len(b), nil }
func (h *headerOnly) WriteHeader(status int)      { h.status = status }

// validate serves POST /v1/validate.
func (a *api) validate(w http.ResponseWriter, r *http.Request) {
	if p, ok := jsonBody(r); !ok {
		writeProblem(w, p)
		return
	}
	k, opts, p, ok := query(r)
	if !ok {
		writeProblem(w, p)
		return
	}
	res, err := checkBody(http.MaxBytesReader(w, r.Body, a.maxBytes), r.ContentLength, a.maxBytes, k, opts)
	if err != nil {
		writeProblem(w, errorProblem(err))
		return
	}
	if !res.Valid() {
		writeProblem(w, invalid(res.Kind, res.Violations))
		return
	}
	writeJSON(w, http.StatusOK, "application/json", Result{Kind: res.Kind, Valid: true, Violations: nonNil(res.Violations)})
}

// tally serves POST /v1/tally.
func (a *api) tally(w http.ResponseWriter, r *http.Request) {
	if p, ok := jsonBody(r); !ok {
		writeProblem(w, p)
		return
	}
	res, err := checkBody(http.MaxBytesReader(w, r.Body, a.maxBytes), r.ContentLength, a.maxBytes, itu.KindElection, nil)
	if err != nil {
		writeProblem(w, errorProblem(err))
		return
	}
	el, ok := res.Record.(*election.Election)
	if !res.Valid() || !ok {
		writeProblem(w, invalid(res.Kind, res.Violations))
		return
	}
	out, err := el.Tally()
	if err != nil {
		writeProblem(w, invalid(res.Kind, itu.Violations(err)))
		return
	}
	writeJSON(w, http.StatusOK, "application/json", Tally{Kind: res.Kind, Valid: true, Violations: nonNil(res.Violations), Outcome: out})
}

// schema serves GET /v1/schemas/{kind}.
func (a *api) schema(w http.ResponseWriter, r *http.Request) {
	k := itu.Kind(r.PathValue("kind"))
	all, err := a.schemas()
	b, ok := all[k]
	if err == nil && !ok {
		writeProblem(w, statusProblem(http.StatusNotFound, "no payload kind "+clip.Quote(string(k))+"; want one of "+kindList()))
		return
	}
	writeBytes(w, "application/schema+json", func() ([]byte, error) { return b, err })
}

// rulesList serves GET /v1/rules.
func (a *api) rulesList(w http.ResponseWriter, r *http.Request) {
	writeBytes(w, "application/json", a.rules)
}

// openAPIDoc serves GET /v1/openapi.json.
func (a *api) openAPIDoc(w http.ResponseWriter, r *http.Request) {
	writeBytes(w, "application/json", a.openAPI)
}

// health serves GET /healthz.
func (a *api) health(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, "application/json", Health{Status: "ok"})
}

// jsonBody checks that r's body is declared JSON: application/json, with
// no charset or charset=utf-8 (RFC 8259 JSON is UTF-8). Otherwise it
// returns the 415 problem.
func jsonBody(r *http.Request) (Problem, bool) {
	ct := r.Header.Get("Content-Type")
	mt, params, err := mime.ParseMediaType(ct)
	if err == nil && mt == "application/json" {
		if cs, ok := params["charset"]; !ok || strings.EqualFold(cs, "utf-8") {
			return Problem{}, true
		}
	}
	return statusProblem(http.StatusUnsupportedMediaType, "the body must be JSON, sent as Content-Type: application/json; got "+clip.Quote(ct)), false
}

// query reads the optional ?kind= and ?as_of= of POST /v1/validate; a value
// it cannot read is a 400 problem.
func query(r *http.Request) (itu.Kind, []itu.Option, Problem, bool) {
	q := r.URL.Query()
	var k itu.Kind
	var opts []itu.Option
	if s := q.Get("kind"); s != "" {
		if _, err := payload.New(itu.Kind(s)); err != nil {
			return "", nil, badQuery("kind " + clip.Quote(s) + " is not a payload kind; want one of " + kindList()), false
		}
		k = itu.Kind(s)
	}
	if s := q.Get("as_of"); s != "" {
		d, err := civil.ParseDate(s)
		if err != nil {
			return "", nil, badQuery("as_of " + clip.Quote(s) + " is not a date; want YYYY-MM-DD"), false
		}
		opts = append(opts, itu.AsOf(d))
	}
	return k, opts, Problem{}, true
}

// badQuery is the 400 problem of a query parameter that cannot be read.
func badQuery(detail string) Problem {
	return newProblem(ProblemMalformed, http.StatusBadRequest, detail, nil)
}

// invalid is the 422 problem of a payload with an error-severity violation.
func invalid(k itu.Kind, vs []itu.Violation) Problem {
	p := newProblem(ProblemInvalid, http.StatusUnprocessableEntity, summary(vs), vs)
	p.Kind = k
	return p
}

// errorProblem is the problem of a body that could not be checked at all:
// 413 over the limits (json.too_large, or the [http.MaxBytesReader] around
// the body), 408 when it did not arrive in time, else 400.
func errorProblem(err error) Problem {
	var me *strictjson.MalformedError
	var ne net.Error
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		err = tooLarge(mbe.Limit)
	}
	switch {
	case errors.As(err, &me) && me.Violation.Code == strictjson.RuleJSONTooLarge.Code:
		return newProblem(ProblemTooLarge, http.StatusRequestEntityTooLarge, me.Violation.Message, me.Violations())
	case errors.As(err, &me):
		return newProblem(ProblemMalformed, http.StatusBadRequest, me.Violation.Message, me.Violations())
	case errors.As(err, &ne) && ne.Timeout():
		return statusProblem(http.StatusRequestTimeout, "the body did not arrive within the server's read timeout")
	}
	return newProblem(ProblemMalformed, http.StatusBadRequest, "the body could not be read", nil)
}

// summary counts vs for a problem's detail: "2 errors, 1 warning".
func summary(vs []itu.Violation) string {
	errs := 0
	for _, v := range vs {
		if v.Severity == itu.Error {
			errs++
		}
	}
	return plural(errs, "error") + ", " + plural(len(vs)-errs, "warning")
}

// plural returns "1 error", "2 errors".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// nonNil returns vs, or an empty list for nil, so JSON shows [] not null.
func nonNil(vs []itu.Violation) []itu.Violation {
	if vs == nil {
		return []itu.Violation{}
	}
	return vs
}

// kindList returns the payload kinds as "candidacy, conference, ...".
func kindList() string {
	ks := payload.Kinds()
	s := make([]string, len(ks))
	for i, k := range ks {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

// writeBytes sends the JSON document doc returns, built once, with status
// 200, or a 500 problem if it could not be built.
func writeBytes(w http.ResponseWriter, contentType string, doc func() ([]byte, error)) {
	b, err := doc()
	if err != nil {
		writeProblem(w, statusProblem(http.StatusInternalServerError, "the document could not be built"))
		return
	}
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Write(b)
}
