package httpapi

import (
	"fmt"
	"reflect"
	"strconv"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/payload"
	"github.com/plenipot/itu/schema"
)

// APIVersion is the version of the wire format, the "v1" of every route
// but /healthz; a change that is not backward compatible gets a new one.
const APIVersion = "v1"

// IDBase is the start of the $id of each response body's JSON Schema in
// the OpenAPI document ("Problem.json"); it carries [APIVersion].
const IDBase = "https://github.com/plenipot/itu/httpapi/" + APIVersion + "/"

// The document's types: the parts of OpenAPI 3.1 (https://spec.openapis.org/oas/v3.1.1)
// the service uses, in the specification's member names.
type (
	document struct {
		OpenAPI           string              `json:"openapi"`
		Info              info                `json:"info"`
		JSONSchemaDialect string              `json:"jsonSchemaDialect"`
		Paths             map[string]pathItem `json:"paths"`
		Components        components          `json:"components"`
	}
	info struct {
		Title       string  `json:"title"`
		Version     string  `json:"version"`
		Description string  `json:"description"`
		License     license `json:"license"`
	}
	license struct {
		Name       string `json:"name"`
		Identifier string `json:"identifier"`
	}
	pathItem struct {
		Get  *operation `json:"get,omitzero"`
		Post *operation `json:"post,omitzero"`
	}
	operation struct {
		OperationID string              `json:"operationId"`
		Summary     string              `json:"summary"`
		Description string              `json:"description,omitzero"`
		Parameters  []parameter         `json:"parameters,omitzero"`
		RequestBody *requestBody        `json:"requestBody,omitzero"`
		Responses   map[string]response `json:"responses"`
	}
	parameter struct {
		Name        string         `json:"name"`
		In          string         `json:"in"`
		Description string         `json:"description"`
		Required    bool           `json:"required,omitzero"`
		Schema      jsontext.Value `json:"schema"`
	}
	requestBody struct {
		Required bool                 `json:"required"`
		Content  map[string]mediaType `json:"content"`
	}
	response struct {
		Description string               `json:"description"`
		Content     map[string]mediaType `json:"content,omitzero"`
	}
	mediaType struct {
		Schema jsontext.Value `json:"schema"`
	}
	components struct {
		Schemas map[string]jsontext.Value `json:"schemas"`
	}
)

// OpenAPI returns the OpenAPI 3.1 document of the service, as GET
// /v1/openapi.json serves it. Its components/schemas hold the JSON Schema
// (draft 2020-12) of each payload kind, as package schema generates it and
// GET /v1/schemas/{kind} serves it, and of each response body, generated
// by the same generator from the Go types [Result], [Tally], [Problem],
// [Health] and [itu.Rule]. Every operation lists every status it answers
// with, each with its body's schema.
func OpenAPI() ([]byte, error) {
	kinds, err := kindSchemas()
	if err != nil {
		return nil, err
	}
	schemas := map[string]jsontext.Value{}
	var payloads []jsontext.Value
	for k, b := range kinds {
		schemas[string(k)] = b
	}
	for _, k := range payload.Kinds() {
		payloads = append(payloads, ref(string(k)))
	}
	schemas["Payload"] = mustJSON(map[string]any{"oneOf": payloads, "description": "A payload of any kind; its \"kind\" member says which."})
	for _, body := range []struct {
		name, desc string
		t          reflect.Type
	}{
		{"Result", "The body of a 200 answer of POST /v1/validate (Go type httpapi.Result).", reflect.TypeFor[Result]()},
		{"Tally", "The body of a 200 answer of POST /v1/tally (Go type httpapi.Tally).", reflect.TypeFor[Tally]()},
		{"Problem", "An error body: RFC 9457 problem details with the extension member violations (Go type httpapi.Problem).", reflect.TypeFor[Problem]()},
		{"Health", "The body of GET /healthz (Go type httpapi.Health).", reflect.TypeFor[Health]()},
		{"Rule", "One rule of the catalogue (Go type itu.Rule).", reflect.TypeFor[itu.Rule]()},
	} {
		b, err := responseSchema(body.t, body.name, body.desc)
		if err != nil {
			return nil, err
		}
		schemas[body.name] = b
	}
	schemas["Rules"] = mustJSON(map[string]any{"type": "array", "items": ref("Rule")})
	doc := document{
		OpenAPI:           "3.1.1",
		JSONSchemaDialect: schema.Draft,
		Info: info{
			Title:   "itu validation service",
			Version: APIVersion,
			Description: "Checks the records behind elections at the International Telecommunication Union " +
				"(candidacy dossiers, CVs, Notes, notes verbales, letters, conferences, elections) against every rule " +
				"of the module github.com/plenipot/itu, and tallies elections. Error bodies are RFC 9457 problem " +
				"details with the violations in the extension member \"violations\".",
			License: license{Name: "BSD-3-Clause", Identifier: "BSD-3-Clause"},
		},
		Paths:      paths(),
		Components: components{Schemas: schemas},
	}
	b, err := json.Marshal(doc, jsontext.Multiline(true), jsontext.WithIndent("  "), json.Deterministic(true))
	if err != nil {
		return nil, fmt.Errorf("httpapi: encode the OpenAPI document: %w", err)
	}
	return append(b, '\n'), nil
}

// paths describes every route and the statuses it answers with.
func paths() map[string]pathItem {
	kindEnum := mustJSON(map[string]any{"type": "string", "enum": payload.Kinds()})
	post := func(id, summary, desc string, body jsontext.Value, ok response, params ...parameter) pathItem {
		return pathItem{Post: &operation{
			OperationID: id, Summary: summary, Description: desc, Parameters: params,
			RequestBody: &requestBody{Required: true, Content: map[string]mediaType{"application/json": {body}}},
			Responses: withCommon(map[string]response{
				"200": ok,
				"400": problem("The body is not a JSON payload (json.syntax, json.type at the root), its \"kind\" is missing or names no kind (payload.kind at /kind), or a query parameter cannot be read."),
				"408": problem("The body did not arrive within the server's read timeout."),
				"413": problem("The body is over the byte limit, or the payload over the item limit (json.too_large)."),
				"415": problem("The body is not sent as Content-Type: application/json."),
				"422": problem("The payload breaks at least one rule; violations lists every violation, warnings included."),
			}),
		}}
	}
	get := func(id, summary string, ok response, params ...parameter) pathItem {
		return pathItem{Get: &operation{OperationID: id, Summary: summary, Parameters: params, Responses: withCommon(map[string]response{"200": ok})}}
	}
	return map[string]pathItem{
		"/v1/validate": post("validate", "Check a payload of any kind",
			"Decodes the payload strictly and runs every rule of the catalogue on it. A valid payload (warnings allowed) gets 200; an invalid one 422 with every violation.",
			ref("Payload"), body("The payload is valid; violations lists its warnings.", "application/json", ref("Result")),
			parameter{Name: "kind", In: "query", Description: "Check the payload as this kind, whatever its \"kind\" member says.", Schema: kindEnum},
			parameter{Name: "as_of", In: "query", Description: "Treat this date (YYYY-MM-DD) as today for date-dependent rules; without it they do not run.", Schema: mustJSON(map[string]string{"type": "string", "format": "date"})}),
		"/v1/tally": post("tally", "Tally an election",
			"Checks an election as /v1/validate does, then counts its rounds in order under its procedure.",
			ref("election"), body("Who the election's rounds elect, and its warnings.", "application/json", ref("Tally"))),
		"/v1/schemas/{kind}": withGetStatus(get("schema", "The JSON Schema (draft 2020-12) of a payload kind",
			body("The schema.", "application/schema+json", mustJSON(map[string]string{"$ref": schema.Draft})),
			parameter{Name: "kind", In: "path", Required: true, Description: "A payload kind.", Schema: mustJSON(map[string]string{"type": "string"})}),
			"404", problem("No payload kind has this name.")),
		"/v1/rules":        get("rules", "The rule catalogue: every violation code, its severity, meaning and source", body("The rules, sorted by code.", "application/json", ref("Rules"))),
		"/v1/openapi.json": get("openapi", "This document", body("The OpenAPI 3.1 document.", "application/json", mustJSON(map[string]string{"type": "object"}))),
		"/healthz":         get("health", "Whether the service is up", body("The service is up.", "application/json", ref("Health"))),
	}
}

// withCommon adds the statuses every route may answer with.
func withCommon(rs map[string]response) map[string]response {
	rs["500"] = problem("A fault of the service; it is logged.")
	rs["503"] = problem("The server is handling as many requests as it may; try again.")
	return rs
}

// withGetStatus adds status to the GET operation of p.
func withGetStatus(p pathItem, status string, r response) pathItem {
	p.Get.Responses[status] = r
	return p
}

// problem is a problem details response.
func problem(desc string) response {
	return body(desc, "application/problem+json", ref("Problem"))
}

// body is a response with a body of one media type.
func body(desc, contentType string, s jsontext.Value) response {
	return response{Description: desc, Content: map[string]mediaType{contentType: {s}}}
}

// ref refers to a schema of the components.
func ref(name string) jsontext.Value {
	return jsontext.Value(`{"$ref":` + strconv.Quote("#/components/schemas/"+name) + `}`)
}

// mustJSON encodes v, a literal of this file that always encodes.
func mustJSON(v any) jsontext.Value {
	b, _ := json.Marshal(v, json.Deterministic(true))
	return b
}

// responseSchema generates the JSON Schema of the response body type t,
// named name and described by desc (the generator's description speaks of
// payloads decoded, not of answers).
func responseSchema(t reflect.Type, name, desc string) (jsontext.Value, error) {
	b, err := schema.Generate(t, schema.Options{ID: IDBase + name + ".json", Title: name})
	if err != nil {
		return nil, fmt.Errorf("httpapi: schema of %s: %w", name, err)
	}
	var m map[string]jsontext.Value
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("httpapi: schema of %s: %w", name, err)
	}
	m["description"] = mustJSON(desc)
	return mustJSON(m), nil
}

// kindSchemas returns the JSON Schema of every payload kind.
func kindSchemas() (map[itu.Kind][]byte, error) {
	out := map[itu.Kind][]byte{}
	for _, k := range payload.Kinds() {
		b, err := schema.ForKind(k)
		if err != nil {
			return nil, fmt.Errorf("httpapi: schema of %s: %w", k, err)
		}
		out[k] = b
	}
	return out, nil
}
