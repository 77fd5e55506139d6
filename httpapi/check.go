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
	if size >= 0 {
		body = declared{body, int(size)} // read into one buffer of its size
	}
	return payload.CheckReader(body, k, strictjson.DecodeOptions{MaxBytes: limit}, opts...)
}

// declared is a request body with the length its Content-Length gives,
// which [strictjson.Read] sizes its buffer by. It changes nothing of what
// is read: a body longer or shorter than declared is read as it comes.
type declared struct {
	io.Reader
	n int
}

// Len returns the declared length.
func (d declared) Len() int { return d.n }

// tooLarge is the error of a body over limit bytes, worded as
// [strictjson.Read] words it.
func tooLarge(limit int64) error {
	v := strictjson.RuleJSONTooLarge.At("", fmt.Sprintf("payload is over the limit of %d bytes", limit))
	return &strictjson.MalformedError{Violation: v, Offset: limit}
}
