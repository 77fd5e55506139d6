package httpapi

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/payload"
	"github.com/plenipot/itu/strictjson"
)

// checkBody reads one payload from body, which [http.MaxBytesReader] bounds
// to limit bytes (size is its Content-Length, -1 when unknown), and checks it as kind k (empty: the kind its "kind" member
// names). It is the one place this package calls package payload.
//
// A payload whose "kind" is missing or names no kind is malformed input
// (400) with the payload.kind violation at /kind, so that every client sees
// a violation with a code; other input that is not a JSON payload, or is
// over the limit, is an error too ([strictjson.MalformedError] with the
// violation).
func checkBody(body io.Reader, size, limit int64, k itu.Kind, opts []itu.Option) (payload.Result, error) {
	data, err := readBody(body, size, limit)
	if err != nil {
		return payload.Result{}, err
	}
	res, err := payload.Check(data, k, opts...)
	var me *strictjson.MalformedError
	if errors.Is(err, payload.ErrUnknownKind) && !errors.As(err, &me) {
		// Until package payload carries the violation itself.
		msg := strings.TrimPrefix(err.Error(), "payload: ")
		return payload.Result{}, &strictjson.MalformedError{Violation: check.RuleKind.At("/kind", msg)}
	}
	return res, err
}

// readBody reads all of r, holding at most limit bytes: the buffer starts
// at size (the Content-Length; -1 when unknown) and grows with what arrives,
// never past the limit, and a body longer than the limit
// (r is an [http.MaxBytesReader]) gives the json.too_large violation. Any
// other failure to read (a client gone, the server's read timeout) is
// returned as it is.
func readBody(r io.Reader, size, limit int64) ([]byte, error) {
	if size > limit {
		return nil, tooLarge(limit) // refused unread
	}
	if size < 0 {
		size = 16 << 10
	}
	buf := make([]byte, 0, size+1)
	for {
		if len(buf) == cap(buf) {
			// Grow by doubling up to limit+1: one byte past the limit is
			// how a longer body shows itself.
			grown := make([]byte, len(buf), min(2*int64(cap(buf)), limit+1))
			copy(grown, buf)
			buf = grown
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		var mbe *http.MaxBytesError
		switch {
		case errors.As(err, &mbe) || int64(len(buf)) > limit:
			return nil, tooLarge(limit)
		case err == io.EOF:
			return buf, nil
		case err != nil:
			return nil, err
		}
	}
}

// tooLarge is the error of a body over limit bytes, worded as the command
// line words it.
func tooLarge(limit int64) error {
	v := strictjson.RuleJSONTooLarge.At("", fmt.Sprintf("payload is over the limit of %d bytes", limit))
	return &strictjson.MalformedError{Violation: v, Offset: limit}
}
