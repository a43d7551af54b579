package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/winnowtext/winnow/extract"
)

// Pool extracts pages on a number of goroutines and delivers the outcomes
// in the order the pages were read.
type Pool struct {
	Workers int             // goroutines extracting; 0 means runtime.NumCPU()
	Options extract.Options // template for every page; URL and ContentType are set per page
	// Window bounds the pages read ahead of the one being written, and so
	// the memory held; 0 means 4 per worker.
	Window int
	// Extract, when set, replaces extract.FromBytes and extract.FromText;
	// tests use it.
	Extract func(*Page, extract.Options) (*extract.Result, error)
}

// job is one page on its way through the pool; done is closed when out is
// set.
type job struct {
	out  Outcome
	done chan struct{}
}

// Run calls read, which hands pages to emit, extracts them on p.Workers
// goroutines and calls write with each outcome in the order the pages were
// emitted. It returns the first error of read or write; an error of write
// (a closed output) stops the reading.
func (p *Pool) Run(ctx context.Context, read func(emit func(*Page) error) error, write func(*Outcome) error) error {
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	window := p.Window
	if window <= 0 {
		window = 4 * workers
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	jobs := make(chan *job)
	order := make(chan *job, window) // jobs in input order; its capacity is the window
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				j.out.Result, j.out.Err = p.extract(j.out.Page)
				j.out.Page.Data = nil
				close(j.done)
			}
		})
	}

	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		readErr <- read(func(pg *Page) error {
			j := &job{out: Outcome{Page: pg}, done: make(chan struct{})}
			select {
			case order <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			if pg.Err != nil {
				j.out.Err = pg.Err
				close(j.done)
				return nil
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			return nil
		})
	}()

	var writeErr error
	for j := range order {
		select {
		case <-j.done:
		case <-ctx.Done():
		}
		if writeErr == nil && ctx.Err() == nil {
			if writeErr = write(&j.out); writeErr != nil {
				cancel()
			}
		}
	}
	wg.Wait()
	if err := <-readErr; writeErr == nil && err != nil && ctx.Err() == nil {
		return err
	}
	if writeErr != nil {
		return writeErr
	}
	return ctx.Err()
}

// extract runs one page through winnow. A panic in the extractor fails the
// page, not the batch.
func (p *Pool) extract(pg *Page) (res *extract.Result, err error) {
	defer func() {
		if v := recover(); v != nil {
			res, err = nil, fmt.Errorf("internal error (please report): %v", v)
		}
	}()
	if pg.Load != nil {
		if pg.Data, err = pg.Load(); err != nil {
			return nil, err
		}
	}
	opts := p.Options
	opts.URL = pg.URL
	opts.ContentType = pg.ContentType
	if p.Extract != nil {
		return p.Extract(pg, opts)
	}
	if pg.Text {
		return extract.FromText(string(pg.Data), opts)
	}
	return extract.FromBytes(pg.Data, opts)
}
