package httpapi_test

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/plenipot/itu/httpapi"
)

// docURL is where the test loads the OpenAPI document for the validator.
const docURL = httpapi.IDBase + "openapi.json"

// openAPI returns the document as the server serves it, and a compiler
// that knows it (the embedded payload schemas resolve by their $id).
func openAPI(t *testing.T, l *loopback) (map[string]any, *jsonschema.Compiler) {
	t.Helper()
	r := l.do(t, "GET", "/v1/openapi.json", "", nil)
	if r.status != 200 {
		t.Fatalf("GET /v1/openapi.json: %d", r.status)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(r.body))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(docURL, doc); err != nil {
		t.Fatal(err)
	}
	return doc.(map[string]any), c
}

// escape writes a JSON Pointer token (RFC 6901).
func escape(s string) string {
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(s)
}

// call is one request of TestOpenAPI: the operation and status it covers
// ("POST /v1/validate", 422), and how to send it.
type call struct {
	op     string // METHOD and the path template of the document
	status int
	url    string // the path sent; "" is the template itself
	ct     string
	body   string
}

// TestOpenAPI checks the document against the handler: every operation and
// status the document lists is answered by a real server (a 500 by a
// handler made to panic, since no route is known to), and every answer's
// body validates against the document's schema for that operation, status
// and media type.
func TestOpenAPI(t *testing.T) {
	seed, election, invalid := string(fixture(t, seedName)), string(fixture(t, electionName)), string(fixture(t, invalidName))
	big := `{"kind":"cv","name":"` + strings.Repeat("x", 70<<10) + `"}`
	ordinary := []call{
		{"POST /v1/validate", 200, "/v1/validate" + asOf, jsonType, seed},
		{"POST /v1/validate", 400, "", jsonType, `{"kind":`},
		{"POST /v1/validate", 413, "", jsonType, big},
		{"POST /v1/validate", 415, "", "text/plain", seed},
		{"POST /v1/validate", 422, "", jsonType, invalid},
		{"POST /v1/validate", 400, "", jsonType, `{"kind":"memo"}`},
		{"POST /v1/tally", 200, "", jsonType, election},
		{"POST /v1/tally", 400, "", jsonType, `[]`},
		{"POST /v1/tally", 413, "", jsonType, big},
		{"POST /v1/tally", 415, "", "", election},
		{"POST /v1/tally", 422, "", jsonType, `{"kind":"election"}`},
		{"GET /v1/schemas/{kind}", 404, "/v1/schemas/memo", "", ""},
		{"GET /v1/rules", 200, "", "", ""},
		{"GET /v1/openapi.json", 200, "", "", ""},
		{"GET /healthz", 200, "", "", ""},
	}
	for _, k := range []string{"candidacy", "conference", "cv", "dossier", "election", "letter", "note", "note_verbale", "vision_statement"} {
		ordinary = append(ordinary, call{"GET /v1/schemas/{kind}", 200, "/v1/schemas/" + k, "", ""})
	}
	l := serve(t, httpapi.Config{MaxBytes: 64 << 10})
	doc, c := openAPI(t, l)
	covered := map[string]bool{}
	check := func(t *testing.T, cl call, r reply) {
		t.Helper()
		method, path, _ := strings.Cut(cl.op, " ")
		key := fmt.Sprintf("%s %d", cl.op, cl.status)
		if r.status != cl.status {
			t.Errorf("%s: status %d\n%.300s", key, r.status, r.body)
			return
		}
		ct := r.header.Get("Content-Type")
		ptr := "/paths/" + escape(path) + "/" + strings.ToLower(method) + "/responses/" + fmt.Sprint(cl.status) + "/content/" + escape(ct) + "/schema"
		sch, err := c.Compile(docURL + "#" + ptr)
		if err != nil {
			t.Errorf("%s: the document has no schema for %s: %v", key, ct, err)
			return
		}
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(r.body))
		if err != nil {
			t.Errorf("%s: body is not JSON: %v", key, err)
			return
		}
		if err := sch.Validate(inst); err != nil {
			t.Errorf("%s: body does not validate against the document:\n%v\n%.500s", key, err, r.body)
		}
		covered[key] = true
	}
	send := func(l *loopback, cl call) (reply, error) {
		method, path, _ := strings.Cut(cl.op, " ")
		if cl.url != "" {
			path = cl.url
		}
		var body io.Reader
		if method == "POST" {
			body = strings.NewReader(cl.body)
		}
		return l.try(method, path, cl.ct, body)
	}
	for _, cl := range ordinary {
		r, err := send(l, cl)
		if err != nil {
			t.Fatalf("%s: %v", cl.op, err)
		}
		check(t, cl, r)
	}
	ops := operations(doc)

	// 408: bodies that trickle in slower than the read timeout.
	slow := serve(t, httpapi.Config{ReadTimeout: 300 * time.Millisecond})
	for _, op := range ops {
		if method, path, _ := strings.Cut(op, " "); method == "POST" {
			req, _ := http.NewRequest(method, slow.url+path, io.MultiReader(strings.NewReader(`{"kind":`), trickle{30 * time.Millisecond}))
			req.Header.Set("Content-Type", jsonType)
			resp, err := slow.client.Do(req)
			if err != nil {
				t.Fatalf("%s: %v", op, err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			check(t, call{op: op, status: 408}, reply{resp.StatusCode, resp.Header, b})
		}
	}

	// 500: a handler that panics on every route; 503: every route while the
	// one request allowed is in flight.
	panicking := serve(t, httpapi.Config{Handler: http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("test") })})
	busy := serve(t, httpapi.Config{MaxInFlight: 1})
	h := hold(t, busy)
	for _, op := range ops {
		cl := call{op: op, ct: jsonType, body: seed, url: strings.ReplaceAll(strings.TrimPrefix(op, "GET "), "{kind}", "cv")}
		cl.url = strings.TrimPrefix(cl.url, "POST ")
		for _, s := range []struct {
			l      *loopback
			status int
		}{{panicking, 500}, {busy, 503}} {
			cl.status = s.status
			r, err := send(s.l, cl)
			if err != nil {
				t.Fatalf("%s: %v", op, err)
			}
			check(t, cl, r)
		}
	}
	h.finish(t)

	var listed []string
	for _, op := range ops {
		method, path, _ := strings.Cut(op, " ")
		op := doc["paths"].(map[string]any)[path].(map[string]any)[strings.ToLower(method)].(map[string]any)
		for status := range op["responses"].(map[string]any) {
			listed = append(listed, fmt.Sprintf("%s %s %s", method, path, status))
		}
	}
	slices.Sort(listed)
	for _, key := range listed {
		if !covered[key] {
			t.Errorf("the document lists %s; no test answer covers it", key)
		}
	}
	if len(listed) < 29 {
		t.Errorf("the document lists %d operation statuses: %q", len(listed), listed)
	}
}

// TestOpenAPISchemas compiles every schema of the document's components
// (the payload kinds' schemas embedded with their own $id, and the
// response bodies'), and checks the request bodies the document asks for:
// every valid fixture is a Payload, the election fixture an election.
func TestOpenAPISchemas(t *testing.T) {
	l := serve(t, httpapi.Config{})
	doc, c := openAPI(t, l)
	schemas := doc["components"].(map[string]any)["schemas"].(map[string]any)
	for name := range schemas {
		if _, err := c.Compile(docURL + "#/components/schemas/" + escape(name)); err != nil {
			t.Errorf("components/schemas/%s: %v", name, err)
		}
	}
	for _, tt := range []struct{ schema, file string }{
		{"Payload", seedName},
		{"Payload", "valid/korea-2021-note-verbale.json"},
		{"Payload", electionName},
		{"election", electionName},
	} {
		sch, err := c.Compile(docURL + "#/components/schemas/" + tt.schema)
		if err != nil {
			t.Fatal(err)
		}
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(fixture(t, tt.file)))
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(inst); err != nil {
			t.Errorf("%s is not a %s of the document: %v", tt.file, tt.schema, err)
		}
	}
}

// operations returns "METHOD /path" of every operation of doc, sorted.
func operations(doc map[string]any) []string {
	var out []string
	for path, item := range doc["paths"].(map[string]any) {
		for method := range item.(map[string]any) {
			out = append(out, strings.ToUpper(method)+" "+path)
		}
	}
	slices.Sort(out)
	return out
}
