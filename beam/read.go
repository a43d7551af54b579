package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/extract"
	"github.com/winnowtext/winnow/internal/pipeline"
)

// readPages hands every page of file to fn, read whole (JSONL records
// decoded). It returns how many records held no page (media other than
// HTML and text, responses other than 2xx). A file that cannot be opened is
// an error.
func readPages(ctx context.Context, file fileio.ReadableFile, maxBytes int, fn func(*pipeline.Page)) (skipped int64, err error) {
	rc, err := file.Open(ctx)
	if err != nil {
		return 0, fmt.Errorf("opening %s: %w", file.Metadata.Path, err)
	}
	defer rc.Close()
	r := &pipeline.Reader{MaxBytes: maxBytes}
	err = r.ReadStream(file.Metadata.Path, rc, file.Metadata.Size, func(p *pipeline.Page) error {
		if p.Load != nil && p.Err == nil {
			p.Data, p.Err = p.Load()
		}
		fn(p)
		return ctx.Err()
	})
	return r.Skipped.Load(), err
}

// options are the extraction options of a page, without site memory.
func (c Config) options(p *pipeline.Page) extract.Options {
	favor, _ := boilerplate.ParseFavor(c.Favor)
	return extract.Options{
		URL:         p.URL,
		ContentType: p.ContentType,
		Favor:       favor,
		Limits:      extract.Limits{MaxInputBytes: c.MaxBytes},
	}
}

// extractPage extracts a page as winnow's command does. A panic fails the
// page, not the bundle.
func extractPage(p *pipeline.Page, opts extract.Options) (res *extract.Result, err error) {
	defer func() {
		if v := recover(); v != nil {
			res, err = nil, fmt.Errorf("internal error (please report): %v", v)
		}
	}()
	if p.Text {
		return extract.FromText(string(p.Data), opts)
	}
	return extract.FromBytes(p.Data, opts)
}

// fault is the counter of a page that could not be read.
func fault(err error) beam.Counter {
	if errors.Is(err, extract.ErrTooLarge) {
		return tooLarge
	}
	return malformed
}
