package httpapi

import (
	"net/http"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/strictjson"
)

// ProblemBase is the start of every problem type URI the service sends
// (RFC 9457 §3.1.1); the rest names the problem ("invalid", "malformed").
const ProblemBase = "https://github.com/plenipot/itu/problems/"

// The problem types of the payload's own faults. Other errors (404, 405,
// 415, 500, 503) are type "about:blank": the status says it all.
const (
	ProblemInvalid   = ProblemBase + "invalid"   // 422: the payload breaks rules
	ProblemMalformed = ProblemBase + "malformed" // 400: not a JSON payload of a known kind, or a bad query
	ProblemTooLarge  = ProblemBase + "too-large" // 413: over the byte or item limit
)

// Problem is an error response: RFC 9457 problem details, sent as
// application/problem+json, with the violations that explain it as the
// extension member "violations" (empty, never absent, when none apply).
// The zero Problem means nothing; every response fills Type, Title and Status.
type Problem struct {
	Type       string          `json:"type"`            // a URI: ProblemInvalid, ... or "about:blank"
	Title      string          `json:"title"`           // the same for every problem of the type
	Status     int             `json:"status"`          // the HTTP status code
	Detail     string          `json:"detail,omitzero"` // about this occurrence
	Kind       itu.Kind        `json:"kind,omitzero"`   // the payload kind, when it was read
	Violations []itu.Violation `json:"violations"`      // every violation, warnings included
}

// newProblem returns a problem of the given type and status, titled by
// the type (or, for about:blank, by the status text as RFC 9457 asks).
func newProblem(typ string, status int, detail string, vs []itu.Violation) Problem {
	title := http.StatusText(status)
	switch typ {
	case ProblemInvalid:
		title = "The payload is invalid"
	case ProblemMalformed:
		title = "The request is malformed"
	case ProblemTooLarge:
		title = "The payload is too large"
	}
	if vs == nil {
		vs = []itu.Violation{}
	}
	return Problem{Type: typ, Title: title, Status: status, Detail: detail, Violations: vs}
}

// statusProblem returns the about:blank problem of status.
func statusProblem(status int, detail string) Problem {
	return newProblem("about:blank", status, detail, nil)
}

// writeProblem sends p with its status as application/problem+json.
func writeProblem(w http.ResponseWriter, p Problem) {
	writeJSON(w, p.Status, "application/problem+json", p)
}

// writeJSON sends v as JSON (the canonical form of [strictjson.Encode]).
func writeJSON(w http.ResponseWriter, status int, contentType string, v any) {
	b, err := strictjson.Encode(v)
	if err != nil {
		// Only a bug in this package can get here: every value it sends is
		// made of encodable types.
		status, contentType = http.StatusInternalServerError, "application/problem+json"
		b = []byte(`{"type":"about:blank","title":"Internal Server Error","status":500,"violations":[]}` + "\n")
	}
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(b)
}
