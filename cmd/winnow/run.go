package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"time"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/extract"
	"github.com/winnowtext/winnow/internal/pipeline"
)

// Exit codes.
const (
	exitOK     = 0
	exitFailed = 1 // some inputs failed, or the output or site memory could not be written
	exitUsage  = 2
)

// run is winnow's main: it parses args, reads the inputs, writes the
// output to stdout and messages to stderr, and returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "serve" {
		return runServe(args[1:], stderr)
	}
	c, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		return exitUsage
	}
	if len(c.args) == 0 && isTerminal(stdin) {
		usageError(stderr, errors.New("no input: name files or pipe a page to stdin"))
		return exitUsage
	}
	console := pipeline.NewConsole(stderr)

	var det *boilerplate.Detector
	if !c.noDetector {
		det = boilerplate.NewDetector(boilerplate.WithMaxMemory(int64(c.detectorMB) << 20))
		if err := loadSiteMemory(det, c.siteMemory); err != nil {
			console.Printf("winnow: %v", err)
			return exitUsage
		}
	}

	sources := pipeline.Expand(c.args, c.all)
	out := stdout
	if c.output != "" {
		f, err := os.Create(c.output)
		if err != nil {
			console.Printf("winnow: %v", err)
			return exitUsage
		}
		defer f.Close()
		out = f
		sources = withoutFile(sources, f)
	}
	reader := &pipeline.Reader{Kind: c.input, URL: c.url, MaxBytes: c.maxBytes, Stdin: stdin}
	writer := pipeline.NewWriter(out, c.format, len(sources) > 1)
	pool := &pipeline.Pool{
		Workers: c.workers,
		Options: extract.Options{
			Detector: det, Favor: c.favor, Limits: extract.Limits{MaxInputBytes: c.maxBytes},
			KeepMarkup: c.format == pipeline.FormatHTML,
		},
	}
	var stats pipeline.Stats
	// Workers count and render each page, and release its blocks, so that
	// the pages of inputs read ahead of the one being written hold only
	// their output.
	pool.Finish = func(o *pipeline.Outcome) {
		stats.Add(o)
		o.Output = writer.Render(o)
		o.Result = nil
	}

	// In auto mode, a progress line on the terminal that also shows the
	// output would be torn by it: show it only when the output goes
	// elsewhere.
	showProgress := c.progress == "always" || c.progress == "auto" && isTerminal(stderr) && !isTerminal(out)
	if showProgress && !c.quiet {
		console.StartProgress(pipeline.Meter{
			Pages:      stats.Pages.Load,
			Bytes:      reader.BytesRead.Load,
			TotalBytes: pipeline.TotalSize(sources),
		}, 250*time.Millisecond)
	}
	// Ctrl-C stops the run cleanly: the pages written so far stay, the
	// output is flushed, the site memory saved and the summary printed.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	start := time.Now()
	// Several sources are read at once (a WARC.gz is inflated serially);
	// the output stays in input order.
	err = pool.RunSources(ctx, len(sources),
		func(i int, emit func(*pipeline.Page) error) error { return reader.Read(sources[i], emit) },
		func(o *pipeline.Outcome) error {
			if o.Err != nil {
				console.Printf("winnow: %s: %v", o.Page.Source, o.Err)
			}
			return writer.WriteRendered(o, o.Output)
		})
	if err == nil {
		err = writer.Flush()
	}
	if f, ok := out.(*os.File); ok && err == nil && c.output != "" {
		err = f.Close()
	}
	console.StopProgress()

	code := exitOK
	switch {
	case ctx.Err() != nil:
		console.Printf("winnow: interrupted")
		code = exitFailed
	case err != nil:
		console.Printf("winnow: writing output: %v", err)
		code = exitFailed
	}
	if stats.Failed.Load() > 0 {
		code = exitFailed
	}
	if det != nil && c.siteMemory != "" {
		if err := saveSiteMemory(det, c.siteMemory); err != nil {
			console.Printf("winnow: %v", err)
			code = exitFailed
		}
	}
	if !c.quiet {
		console.Printf("%s", stats.Summary(time.Since(start), reader.BytesRead.Load(), reader.Skipped.Load()))
		if det != nil {
			ds := det.Stats()
			console.Printf("winnow: site memory: %d hosts, %d fingerprints, %s of %s; %d blocks dropped as site template",
				ds.Hosts, ds.Fingerprints, mib(ds.MemoryBytes), mib(ds.MaxMemory), ds.BlocksDrop)
		}
	}
	return code
}

// loadSiteMemory loads det from path when the file exists.
func loadSiteMemory(det *boilerplate.Detector, path string) error {
	if path == "" {
		return nil
	}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("site memory: %w", err)
	}
	defer f.Close()
	if err := det.Load(f); err != nil {
		return fmt.Errorf("site memory %s: %w", path, err)
	}
	return nil
}

// saveSiteMemory writes det to path through a temporary file, so a crash
// never leaves a half-written memory behind.
func saveSiteMemory(det *boilerplate.Detector, path string) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("saving site memory: %w", err)
	}
	err = det.Save(tmp)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644) // CreateTemp makes it private
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("saving site memory %s: %w", path, err)
	}
	return nil
}

func mib(n int64) string { return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20)) }

// withoutFile drops the source that is f, so that writing into a directory
// being read does not read the output back.
func withoutFile(srcs []pipeline.Source, f *os.File) []pipeline.Source {
	fi, err := f.Stat()
	if err != nil {
		return srcs
	}
	kept := srcs[:0]
	for _, s := range srcs {
		if si, err := os.Stat(s.Path); err == nil && s.Path != "-" && os.SameFile(si, fi) {
			continue
		}
		kept = append(kept, s)
	}
	return kept
}
