package httpapi

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"time"
)

// NewServer returns an HTTP server for addr ("127.0.0.1:8080") that serves
// cfg.Handler (nil: New(cfg)) with cfg's timeouts and request headers of at
// most 64 KiB, and wraps the handler so that
//
//   - at most cfg.MaxInFlight requests are handled at once: past that a
//     request is answered 503 (with Retry-After) without being read;
//   - each request is logged when it ends, at level Info on cfg.Logger, with
//     its method, path, status, bytes written and duration;
//   - a panic in the handler is recovered and logged with its stack, and the
//     client gets a 500 problem (if nothing was written yet), never a
//     dropped connection.
//
// Run it with [Serve], which shuts it down gracefully.
func NewServer(addr string, cfg Config) *http.Server {
	cfg = cfg.withDefaults()
	h := cfg.Handler
	if h == nil {
		h = New(cfg)
	}
	return &http.Server{
		Addr:              addr,
		Handler:           logged(cfg.Logger, limit(cfg.MaxInFlight, recovered(cfg.Logger, h))),
		ReadHeaderTimeout: cfg.ReadHeaderTimeout,
		ReadTimeout:       cfg.ReadTimeout,
		WriteTimeout:      cfg.WriteTimeout,
		IdleTimeout:       cfg.IdleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(cfg.Logger.Handler(), slog.LevelWarn),
	}
}

// Serve serves srv on ln until ctx is done, then shuts srv down: it stops
// accepting connections, lets the requests in flight finish for up to
// grace, then closes what is left. It returns nil after a clean shutdown,
// the error of the shutdown when grace ran out, or the error that stopped
// srv before ctx was done.
func Serve(ctx context.Context, srv *http.Server, ln net.Listener, grace time.Duration) error {
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	err := srv.Shutdown(sctx)
	if err != nil {
		err = errors.Join(fmt.Errorf("httpapi: shutdown: %w", err), srv.Close())
	}
	if serr := <-done; !errors.Is(serr, http.ErrServerClosed) {
		err = errors.Join(err, serr)
	}
	return err
}

// limit answers 503 to a request past the first n in flight.
func limit(n int, h http.Handler) http.Handler {
	sem := make(chan struct{}, n)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case sem <- struct{}{}:
			defer func() { <-sem }()
			h.ServeHTTP(w, r)
		default:
			w.Header().Set("Retry-After", "1")
			writeProblem(w, statusProblem(http.StatusServiceUnavailable, fmt.Sprintf("the server is handling %d requests, as many as it may; try again", n)))
		}
	})
}

// logged writes one access log line per request, when it ends.
func logged(log *slog.Logger, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w}
		defer func() {
			status := rec.status
			if status == 0 {
				status = http.StatusOK
			}
			log.LogAttrs(r.Context(), slog.LevelInfo, "request",
				slog.String("method", r.Method),
				slog.String("path", r.URL.Path),
				slog.Int("status", status),
				slog.Int64("bytes", rec.bytes),
				slog.Duration("duration", time.Since(start)),
				slog.String("remote", r.RemoteAddr))
		}()
		h.ServeHTTP(rec, r)
	})
}

// recovered turns a panic in h into a logged error and a 500 problem.
// [http.ErrAbortHandler] is let through: it is how a handler asks the
// server to drop the connection.
func recovered(log *slog.Logger, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec, ok := w.(*recorder)
		if !ok {
			rec = &recorder{ResponseWriter: w}
		}
		defer func() {
			p := recover()
			if p == nil {
				return
			}
			if p == http.ErrAbortHandler {
				panic(p)
			}
			log.LogAttrs(r.Context(), slog.LevelError, "panic",
				slog.String("method", r.Method),
				slog.String("path", r.URL.Path),
				slog.String("panic", fmt.Sprint(p)),
				slog.String("stack", string(debug.Stack())))
			if rec.status == 0 {
				writeProblem(rec, statusProblem(http.StatusInternalServerError, "a fault of the service; it is logged"))
			}
		}()
		h.ServeHTTP(rec, r)
	})
}

// recorder is a ResponseWriter that remembers the status and counts the
// bytes written, for the access log and the panic handler.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (r *recorder) WriteHeader(status int) {
	if r.status == 0 {
		r.status = status
	}
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// Unwrap gives [http.ResponseController] the server's writer.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
