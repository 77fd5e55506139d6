package strictjson

import json "github.com/go-json-experiment/json"

// UnmarshalStrict is the strict decoder alone, with the whole-number rule:
// the reference the one pass is checked against.
func UnmarshalStrict(data []byte, v any) error { return json.Unmarshal(data, v, unmarshalOpts) }
