package payload_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/payload"
	"github.com/plenipot/itu/strictjson"
)

// A service checks a request body as it comes, within a byte limit: every
// fault comes back at once, each with its path and code, and a body that
// is not a payload of a known kind is an error carrying its violation.
func ExampleCheckReader() {
	limits := strictjson.DecodeOptions{MaxBytes: 64 << 10}
	for _, body := range []string{
		`{"kind": "cv", "nmae": "LEE, Chaesub", "name": 7, "posts": ["DSG"], "x": 1}`,
		`{"name": "LEE, Chaesub"}`,
	} {
		res, err := payload.CheckReader(strings.NewReader(body), "", limits)
		if errors.Is(err, strictjson.ErrMalformed) {
			fmt.Println("malformed:")
			res.Violations = itu.Violations(err)
		}
		for _, v := range res.Violations {
			fmt.Printf("%s %s\n", v.Path, v.Code)
		}
	}
	// Output:
	// /name json.type
	// /nmae json.unknown_field
	// /posts json.unknown_field
	// /x json.unknown_field
	// malformed:
	// /kind payload.kind
}
