//go:build !unix

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
)

// readFile reads the payload file name whole, but never more than
// [maxBytes] of it. It must be a regular file: anything else is refused
// before it is opened, and the file is checked again once open, so one
// swapped in meanwhile is refused too. buf and found are for the Unix
// version's sake (storage to reuse, and that a directory walk found name a
// regular file); here a file is read into storage of its own.
func readFile(name string, buf []byte, found bool) ([]byte, error) {
	_, _ = buf, found
	st, err := os.Stat(name)
	if err != nil {
		return nil, fileError(err)
	}
	if err := regular(st.Mode()); err != nil {
		return nil, err
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, fileError(err)
	}
	defer f.Close()
	now, err := f.Stat()
	switch {
	case err != nil:
		return nil, fileError(err)
	case regular(now.Mode()) != nil:
		return nil, regular(now.Mode())
	case !os.SameFile(st, now):
		return nil, errors.New("changed while being opened; try again")
	case now.Size() > maxBytes:
		return nil, tooLarge(fmt.Sprintf("payload is %d bytes; the limit is %d", now.Size(), maxBytes))
	}
	b := bytes.NewBuffer(make([]byte, 0, now.Size()+bytes.MinRead))
	if _, err := b.ReadFrom(io.LimitReader(f, maxBytes+1)); err != nil {
		return nil, fileError(err)
	}
	if int64(b.Len()) > maxBytes {
		return nil, tooLarge(fmt.Sprintf("payload is over the limit of %d bytes", maxBytes))
	}
	return b.Bytes(), nil
}
