package httpapi_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"

	"github.com/plenipot/itu/httpapi"
)

// A Go service that checks payloads mounts the handler beside its own
// routes: no handler code, no error shapes to tell apart. In production,
// httpapi.NewServer(addr, httpapi.Config{Handler: mux}) adds the timeouts,
// the in-flight limit, access logs and panic recovery.
func Example() {
	mux := http.NewServeMux()
	mux.Handle("/", httpapi.New(httpapi.Config{}))
	mux.HandleFunc("GET /mine", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "the service's own route") })
	srv := httptest.NewServer(mux)
	defer srv.Close()

	dossier, err := os.Open("../examples/testdata/valid/korea-2021-dossier.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer dossier.Close()
	resp, err := http.Post(srv.URL+"/v1/validate?as_of=2022-10-14", "application/json", dossier)
	if err != nil {
		fmt.Println(err)
		return
	}
	var res httpapi.Result
	json.NewDecoder(resp.Body).Decode(&res)
	resp.Body.Close()
	fmt.Println(resp.StatusCode, res.Kind, res.Valid)

	resp, err = http.Post(srv.URL+"/v1/validate", "application/json", strings.NewReader(`{"kind": "cv",`))
	if err != nil {
		fmt.Println(err)
		return
	}
	var p httpapi.Problem
	json.NewDecoder(resp.Body).Decode(&p)
	resp.Body.Close()
	fmt.Println(resp.StatusCode, resp.Header.Get("Content-Type"), p.Type, p.Violations[0].Code)
	// Output:
	// 200 dossier true
	// 400 application/problem+json https://github.com/plenipot/itu/problems/malformed json.syntax
}
