package main

import (
	"bufio"
	"context"
	"fmt"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeFn{})
	register.Iter1[string]()
}

// writeFn writes the records of one shard to PREFIX-SSSSS-of-NNNNN.jsonl.
// A retried shard rewrites its file whole.
type writeFn struct {
	Config Config
}

func (f *writeFn) ProcessElement(ctx context.Context, shard int, records func(*string) bool) error {
	path := ShardPath(f.Config.Output, shard, max(f.Config.Shards, 1))
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fs.Close()
	wc, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(wc, 256<<10)
	var rec string
	for records(&rec) {
		w.WriteString(rec)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		wc.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := wc.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// ShardPath is the name of output shard i of n.
func ShardPath(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}
