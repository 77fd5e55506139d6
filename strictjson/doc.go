// Package strictjson decodes and encodes the module's records as JSON payloads
// from outside, strictly: unknown fields, duplicate keys, wrong types and bad
// coded values are violations with JSON Pointer paths (the json.* rules of
// RULES.md), never silently dropped or defaulted. [Decode] lists every such
// fault of a payload in one answer, not only the first, at most 100 of one
// rule (one violations.truncated violation counts the rest), and leaves each
// faulty value zero. Input that is not a JSON
// payload at all (empty, not JSON, trailing data, over the byte or item
// limits) is a *[MalformedError] matching errors.Is(err, [ErrMalformed]).
// Payloads are bounded before they cost memory: at most [DefaultMaxBytes]
// bytes and [DefaultMaxItems] list items in all, and no list past the max=
// bound of its field's validate tag (field.too_many; no item past the bound
// is decoded). A payload is decoded in one pass over its bytes, the bounds
// enforced as it is read: a list never gets room for more items than its
// bound. At a fault the pass stops and the payload is read again the full
// way, which lists every fault. [Encode] writes the canonical form, so
// decoding then encoding a canonical payload gives the same bytes.
//
//	var d candidacy.Dossier
//	if err := strictjson.Decode(payload, &d); err != nil {
//		for _, v := range itu.Violations(err) { fmt.Println(v.Path, v.Code, v.Message) }
//	}
//	b, err := strictjson.Encode(d) // two-space indented, fields in order
package strictjson
