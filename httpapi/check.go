package httpapi

import (
	"fmt"
	"io"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/payload"
	"github.com/plenipot/itu/strictjson"
)

// checkBody reads one payload from body, at most limit bytes (size is its
// Content-Length, -1 when unknown: a body declared longer is refused
// unread), and checks it as kind k (empty: the kind its "kind" member
// names). It is the one place this package calls package payload.
//
// The Result lists every fault of the payload at once. Input that is not a
// JSON payload (not JSON, not an object, a "kind" missing or naming no kind)
// or is over the limit is a [strictjson.MalformedError] carrying the
// violation; a body that fails to arrive gives the reader's error.
func checkBody(body io.Reader, size, limit int64, k itu.Kind, opts []itu.Option) (payload.Result, error) {
	if size > limit {
		return payload.Result{}, tooLarge(limit)
	}
	return payload.CheckReader(body, k, strictjson.DecodeOptions{MaxBytes: limit}, opts...)
}

// tooLarge is the error of a body over limit bytes, worded as
// [strictjson.Read] words it.
func tooLarge(limit int64) error {
	v := strictjson.RuleJSONTooLarge.At("", fmt.Sprintf("payload is over the limit of %d bytes", limit))
	return &strictjson.MalformedError{Violation: v, Offset: limit}
}
