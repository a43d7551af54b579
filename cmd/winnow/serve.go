package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"time"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/extract"
	"github.com/winnowtext/winnow/httpapi"
)

const serveUsage = `usage: winnow serve [-addr 127.0.0.1:8080] [flags]

Serves a page at http://ADDR/ where you drop or paste HTML or text and see
the explain report of every block, POST /extract answering JSON and POST
/explain answering the report (see package httpapi). Pages are read from
the requests only: nothing is fetched.

flags:
`

// runServe is "winnow serve": it serves until interrupted and returns the
// exit code.
func runServe(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("winnow serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, serveUsage)
		fs.PrintDefaults()
	}
	addr := fs.String("addr", "127.0.0.1:8080", "listen on this `address`; keep it on loopback unless you mean to share it")
	maxBytes := fs.Int("max-bytes", extract.DefaultMaxInputBytes, "largest page in bytes; larger requests get 413")
	timeout := fs.Duration("timeout", httpapi.DefaultTimeout, "longest time one request may take, reading the page included")
	learn := fs.Bool("site-memory", false, "learn site templates across the pages posted, as a crawler would (by the url parameter's host)")
	favor := fs.String("favor", "balanced", "balanced, precision (drop more) or recall (keep more)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() > 0 {
		usageError(stderr, fmt.Errorf("serve takes no arguments, got %q", fs.Args()))
		return exitUsage
	}
	cfg := httpapi.Config{Limits: extract.Limits{MaxInputBytes: *maxBytes}, Timeout: *timeout}
	var err error
	if cfg.Favor, err = boilerplate.ParseFavor(*favor); err != nil {
		usageError(stderr, fmt.Errorf("unknown -favor %q (want balanced, precision or recall)", *favor))
		return exitUsage
	}
	if *maxBytes < 1 || *timeout <= 0 {
		usageError(stderr, errors.New("-max-bytes and -timeout must be positive"))
		return exitUsage
	}
	if *learn {
		cfg.Detector = boilerplate.NewDetector()
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "winnow: %v\n", err)
		return exitFailed
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	fmt.Fprintf(stderr, "winnow: serving on http://%s/ (Ctrl-C stops)\n", ln.Addr())
	if err := serve(ctx, ln, cfg); err != nil {
		fmt.Fprintf(stderr, "winnow: %v\n", err)
		return exitFailed
	}
	return exitOK
}

// serve serves the httpapi handler of cfg on ln until ctx is done, then
// lets the requests in flight finish.
func serve(ctx context.Context, ln net.Listener, cfg httpapi.Config) error {
	h := httpapi.New(cfg)
	srv := httpapi.NewServer(ln.Addr().String(), h)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
