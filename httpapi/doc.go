// Package httpapi serves the module over HTTP, for services not written in
// Go: it checks payloads of every kind, tallies elections and publishes the
// JSON Schemas, the rule catalogue and an OpenAPI 3.1 document describing
// itself. [New] returns the handler; [NewServer] and [Serve] run it with
// timeouts, a limit on requests in flight, access logs and graceful
// shutdown, as "itu serve" does.
//
// # Routes
//
//	POST /v1/validate[?kind=KIND][&as_of=YYYY-MM-DD]  check a payload of any kind
//	POST /v1/tally                                   tally an election
//	GET  /v1/schemas/{kind}                          a kind's JSON Schema (draft 2020-12)
//	GET  /v1/rules                                   every rule: code, severity, description, source
//	GET  /v1/openapi.json                            the OpenAPI 3.1 document ([OpenAPI])
//	GET  /healthz                                    {"status": "ok"}
//
// A request body is JSON, sent as Content-Type: application/json (else 415),
// read through [http.MaxBytesReader], never past [Config].MaxBytes and one
// byte more (a longer body is 413; one whose Content-Length says so, unread). A valid payload, warnings allowed, gets 200 and a [Result];
// every other outcome is a [Problem], RFC 9457 problem details sent as
// application/problem+json, whose extension member "violations" lists what
// is wrong with the path, code, severity and message of each
// ([itu.Violation]), as "itu validate" prints them:
//
//	status  type                  when
//	400     ProblemMalformed      not a JSON payload (json.syntax, json.type), a missing or unknown
//	                              "kind" (payload.kind at /kind), or a bad ?kind= or ?as_of=
//	404     about:blank           no such route, or no such payload kind
//	405     about:blank           a route without this method (with Allow)
//	408     about:blank           the body did not arrive within the read timeout
//	413     ProblemTooLarge       over the byte or item limit (json.too_large)
//	415     about:blank           not Content-Type: application/json
//	422     ProblemInvalid        every violation of an invalid payload, warnings included
//	500     about:blank           a fault of the service, recovered and logged
//	503     about:blank           as many requests in flight as Config.MaxInFlight allows
//
// Rules that depend on today's date run only with ?as_of=: the service,
// like the library, never reads the clock.
//
// # Mounting it
//
// A Go service that checks payloads needs no handler code of its own; it
// mounts the API beside its routes:
//
//	mux := http.NewServeMux()
//	mux.Handle("/", httpapi.New(httpapi.Config{}))
//	mux.HandleFunc("GET /mine", mine)
//	srv := httpapi.NewServer("127.0.0.1:8080", httpapi.Config{Handler: mux})
//
// # Compatibility
//
// Rule codes are stable. The wire format carries its version in the routes
// ([APIVersion], "/v1/") and in the $id of each response schema ([IDBase]):
// within a version no member of a response is removed or changes meaning,
// and a change that would break a client comes with "/v2/". The
// CHANGELOG states the policy for the whole module.
package httpapi
