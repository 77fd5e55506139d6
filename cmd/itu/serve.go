package main

import (
	"context"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/plenipot/itu/httpapi"
)

var serveCmd = &command{
	name:    "serve",
	args:    "[--addr HOST:PORT] [--max-bytes N] [--max-in-flight N] [--grace DURATION]",
	summary: "serve the validator over HTTP until SIGINT or SIGTERM",
	detail: `serve answers HTTP on --addr (package httpapi; GET /v1/openapi.json
describes every route):

    POST /v1/validate[?kind=KIND][&as_of=YYYY-MM-DD]  check a payload of any kind
    POST /v1/tally                                   tally an election
    GET  /v1/schemas/{kind}   GET /v1/rules   GET /v1/openapi.json   GET /healthz

A valid payload gets 200 and {"kind", "valid", "violations"} (its warnings);
an invalid one 422, and every other error its status, with RFC 9457 problem
details (application/problem+json) listing the violations. Bodies must be
sent as Content-Type: application/json and are read up to --max-bytes.
Past --max-in-flight requests at once the server answers 503.

Each request is logged as one JSON line on standard error (method, path,
status, bytes, duration). On SIGINT or SIGTERM the server stops accepting
connections, lets the requests in flight finish for up to --grace, and
exits 0; it exits 2 when it cannot listen on --addr.
`,
	run: runServe,
}

func runServe(e *env, c *command, args []string) int {
	fs := newFlags(c)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT` (port 0 picks a free one)")
	maxBytes := fs.Int64("max-bytes", httpapi.DefaultMaxBytes, "read request bodies up to `N` bytes; longer ones get 413")
	inFlight := fs.Int("max-in-flight", httpapi.DefaultMaxInFlight, "handle at most `N` requests at once; more get 503")
	grace := fs.Duration("grace", 10*time.Second, "on SIGINT or SIGTERM, let requests in flight finish for up to `DURATION`")
	if _, code, ok := e.parse(c, fs, args, 0, 0); !ok {
		return code
	}
	if *maxBytes <= 0 || *inFlight <= 0 || *grace <= 0 {
		return e.usageError("itu serve", "--max-bytes, --max-in-flight and --grace must be positive")
	}
	log := slog.New(slog.NewJSONHandler(e.stderr, nil))
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		e.errorf("itu serve: %s", err)
		return exitUsage
	}
	srv := httpapi.NewServer(ln.Addr().String(), httpapi.Config{MaxBytes: *maxBytes, MaxInFlight: *inFlight, Logger: log})
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log.Info("listening", slog.String("url", "http://"+ln.Addr().String()))
	if err := httpapi.Serve(ctx, srv, ln, *grace); err != nil {
		log.Error("stopped", slog.String("error", err.Error()))
		return exitUsage
	}
	log.Info("stopped")
	return exitOK
}
