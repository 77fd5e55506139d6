package schema_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/schema"
)

// Contact is a small record: a required bounded name, an optional post and
// at most two phone numbers.
type Contact struct {
	Name   string   `json:"name" validate:"required,max=40"`
	Post   itu.Post `json:"post,omitzero" validate:"valid"`
	Phones []string `json:"phones,omitzero" validate:"max=2,dive,max=20"`
}

func ExampleFor() {
	b, err := schema.For(Contact{})
	if err != nil {
		fmt.Println(err)
		return
	}
	os.Stdout.Write(b)
	// Output:
	// {
	//   "$schema": "https://json-schema.org/draft/2020-12/schema",
	//   "$id": "https://github.com/plenipot/itu/schema/v1/schema_test.Contact.json",
	//   "title": "schema_test.Contact",
	//   "description": "A JSON object decoded into the Go type schema_test.Contact. This schema checks member names and JSON types, required members, codes, date, e-mail and document-symbol formats, and length and count bounds. The library adds no further rules.",
	//   "type": "object",
	//   "properties": {
	//     "name": {
	//       "type": "string",
	//       "minLength": 1,
	//       "maxLength": 40
	//     },
	//     "post": {
	//       "type": "string",
	//       "enum": [
	//         "SG",
	//         "DSG",
	//         "BR",
	//         "TSB",
	//         "BDT",
	//         "RRB",
	//         "COUNCIL"
	//       ]
	//     },
	//     "phones": {
	//       "type": "array",
	//       "items": {
	//         "type": "string",
	//         "maxLength": 20
	//       },
	//       "maxItems": 2
	//     }
	//   },
	//   "required": [
	//     "name"
	//   ],
	//   "additionalProperties": false
	// }
}

func ExampleForKind() {
	b, err := schema.ForKind(itu.KindCandidacy)
	if err != nil {
		fmt.Println(err)
		return
	}
	var s struct {
		ID          string                     `json:"$id"`
		Description string                     `json:"description"`
		Required    []string                   `json:"required"`
		Properties  map[string]json.RawMessage `json:"properties"`
	}
	if err := json.Unmarshal(b, &s); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.ID)
	fmt.Println("required:", s.Required)
	for _, name := range []string{"kind", "member_state"} {
		var member bytes.Buffer
		json.Compact(&member, s.Properties[name])
		fmt.Printf("%s: %s\n", name, &member)
	}
	fmt.Println(strings.Contains(s.Description, "\n- candidacy.nationality.proposer (error): "))
	// Output:
	// https://github.com/plenipot/itu/schema/v1/candidacy.json
	// required: [kind post member_state conference]
	// kind: {"type":"string","const":"candidacy"}
	// member_state: {"$ref":"#/$defs/itu.StateCode"}
	// true
}
