//go:build unix

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// readFile reads the payload file name whole, but never more than
// [maxBytes] of it, into buf's storage when it is large enough (buf's
// contents are dropped). It must be a regular file. Anything else (a
// directory, a FIFO, a device, a socket) is refused before it is opened,
// since reading it could wait for ever and opening a device can act on it;
// the file is opened without waiting (O_NONBLOCK: a FIFO with no writer
// would block the open itself) and checked again, so one swapped in
// meanwhile is refused too. found says a directory walk has just seen name
// as a regular file, which stands for the check before opening.
//
// It reads with bare system calls, not an *os.File: open, fstat, reads to the
// end, close, and a stat first unless found. An *os.File costs a stat more,
// an attempt to register the file with the network poller and a finalizer,
// for every file of a directory of thousands. On Linux the open, the reads
// and the close are raw calls (see sys_linux.go).
func readFile(name string, buf []byte, found bool) ([]byte, error) {
	var before os.FileInfo
	if !found {
		st, err := os.Stat(name)
		if err != nil {
			return nil, fileError(err)
		}
		if err := regular(st.Mode()); err != nil {
			return nil, err
		}
		before = st
	}
	fd, err := retry(func() (int, error) { return openRead(name) })
	if err != nil {
		return nil, err
	}
	defer closeFile(fd)
	var st syscall.Stat_t
	if _, err := retry(func() (int, error) { return 0, syscall.Fstat(fd, &st) }); err != nil {
		return nil, err
	}
	if err := regular(fileMode(uint32(st.Mode))); err != nil {
		return nil, err
	}
	if before != nil {
		if was, ok := before.Sys().(*syscall.Stat_t); !ok || was.Dev != st.Dev || was.Ino != st.Ino {
			return nil, errors.New("changed while being opened; try again")
		}
	}
	if st.Size > maxBytes {
		return nil, tooLarge(fmt.Sprintf("payload is %d bytes; the limit is %d", st.Size, maxBytes))
	}
	// The whole file in one read, and one more to see its end; a file that
	// grew since fstat is read on until the limit.
	if want := int(st.Size) + 512; cap(buf) < want {
		buf = make([]byte, 0, want)
	}
	buf = buf[:0]
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		room := buf[len(buf):min(cap(buf), int(maxBytes)+1)]
		n, err := retry(func() (int, error) { return readInto(fd, room) })
		if err != nil {
			return nil, err
		}
		if n <= 0 {
			return buf, nil
		}
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > maxBytes {
			return nil, tooLarge(fmt.Sprintf("payload is over the limit of %d bytes", maxBytes))
		}
	}
}

// retry calls f again while it fails with EINTR, as package os does.
func retry(f func() (int, error)) (int, error) {
	for {
		n, err := f()
		if err != syscall.EINTR {
			return n, err
		}
	}
}

// fileMode is the type bits of a stat mode as an [fs.FileMode], for
// [regular]: only the file's type matters there.
func fileMode(m uint32) fs.FileMode {
	switch m & syscall.S_IFMT {
	case syscall.S_IFREG:
		return 0
	case syscall.S_IFDIR:
		return fs.ModeDir
	case syscall.S_IFIFO:
		return fs.ModeNamedPipe
	case syscall.S_IFSOCK:
		return fs.ModeSocket
	case syscall.S_IFCHR:
		return fs.ModeDevice | fs.ModeCharDevice
	case syscall.S_IFBLK:
		return fs.ModeDevice
	}
	return fs.ModeIrregular
}
