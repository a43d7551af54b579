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
	// Readers is how many sources RunSources reads at once; 0 means as
	// many as Workers. Reading a compressed WARC file is serial, so
	// reading several at once is what lets many workers on many files
	// run as fast as one process per file.
	Readers int
	// Window bounds the pages of one source read but not yet written;
	// 0 means 4096.
	Window int
	// Finish, when set, runs on the worker once a page is extracted (or
	// failed): it may render the outcome into Output and release Result,
	// so that the pages of sources read ahead of the one being written
	// hold only their output.
	Finish func(*Outcome)
	// AheadBytes bounds the output (Outcome.Output, and 1 KiB a page)
	// held by pages of sources read ahead of the one being written; a
	// reader of such a source waits beyond it. 0 means 256 MiB.
	AheadBytes int64
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
	return p.RunSources(ctx, 1, func(_ int, emit func(*Page) error) error { return read(emit) }, write)
}

// RunSources reads n sources, up to p.Readers at once (read(i, emit) hands
// the pages of source i to emit), extracts their pages on p.Workers
// goroutines and calls write with each outcome in source order, and within
// a source in the order its pages were emitted. It returns the first error
// of read or write; an error of write stops the reading. read is called
// on up to p.Readers goroutines at once.
func (p *Pool) RunSources(ctx context.Context, n int, read func(i int, emit func(*Page) error) error, write func(*Outcome) error) error {
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	readers := p.Readers
	if readers <= 0 {
		readers = workers
	}
	window := p.Window
	if window <= 0 {
		window = 4096
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ahead := newBudget(ctx, p.AheadBytes)

	jobs := make(chan *job)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				j.out.Result, j.out.Err = p.extract(j.out.Page)
				j.out.Page.Data = nil
				if p.Finish != nil {
					p.Finish(&j.out)
				}
				ahead.hold(j.size())
				close(j.done)
			}
		})
	}

	// Each source has a queue of its jobs in emission order; the queues
	// reach the writer in source order. readers bounds the sources being
	// read, and the capacity of queues how far reading runs ahead of
	// writing, in sources.
	queues := make(chan chan *job, readers)
	readErr := make(chan error, 1)
	report := func(err error) {
		if err != nil {
			select {
			case readErr <- err:
			default:
			}
		}
	}
	var readWG sync.WaitGroup
	go func() {
		defer func() {
			readWG.Wait()
			close(jobs)
			close(queues)
		}()
		slots := make(chan struct{}, readers)
		emitTo := func(i int, q chan *job) func(*Page) error {
			return func(pg *Page) error {
				if err := ahead.wait(i); err != nil {
					return err
				}
				j := &job{out: Outcome{Page: pg}, done: make(chan struct{})}
				select {
				case q <- j:
				case <-ctx.Done():
					return ctx.Err()
				}
				if pg.Err != nil {
					j.out.Err = pg.Err
					if p.Finish != nil {
						p.Finish(&j.out)
					}
					ahead.hold(j.size())
					close(j.done)
					return nil
				}
				select {
				case jobs <- j:
				case <-ctx.Done():
					return ctx.Err()
				}
				return nil
			}
		}
		for i := range n {
			q := make(chan *job, window)
			select {
			case queues <- q:
			case <-ctx.Done():
				return
			}
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				close(q)
				return
			}
			readWG.Go(func() {
				defer func() { <-slots }()
				defer close(q)
				report(read(i, emitTo(i, q)))
			})
		}
	}()

	var writeErr error
	head := 0
	for q := range queues {
		ahead.setHead(head)
		for j := range q {
			select {
			case <-j.done:
				ahead.release(j.size())
			case <-ctx.Done():
			}
			if writeErr == nil && ctx.Err() == nil {
				if writeErr = write(&j.out); writeErr != nil {
					cancel()
				}
			}
		}
		head++
	}
	wg.Wait()
	select {
	case err := <-readErr:
		if writeErr == nil && ctx.Err() == nil {
			return err
		}
	default:
	}
	if writeErr != nil {
		return writeErr
	}
	return ctx.Err()
}

// size is what a finished job holds against Pool.AheadBytes.
func (j *job) size() int64 { return int64(len(j.out.Output)) + 1<<10 }

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
