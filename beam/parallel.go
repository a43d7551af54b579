package main

import (
	"runtime"
	"sync"
)

// inOrder runs work on several goroutines for items handed to it one by
// one, and hands each item back to the caller's goroutine, in the order
// given: a DoFn extracts the pages of a file on every core while Beam's
// emitters, side inputs and metrics are used on its own goroutine only.
type inOrder[T any] struct {
	work   func(T) T
	jobs   chan *future[T]
	queue  []*future[T] // given, not yet handed back, oldest first
	window int
	wg     sync.WaitGroup
}

type future[T any] struct {
	v    T
	done chan struct{}
}

// newInOrder starts workers goroutines (0: one per CPU) running work.
func newInOrder[T any](workers int, work func(T) T) *inOrder[T] {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	o := &inOrder[T]{work: work, jobs: make(chan *future[T]), window: 4 * workers}
	for range workers {
		o.wg.Go(func() {
			for f := range o.jobs {
				f.v = o.work(f.v)
				close(f.done)
			}
		})
	}
	return o
}

// add gives v to the workers, then hands the oldest results back to done
// while more than the window are pending.
func (o *inOrder[T]) add(v T, done func(T)) {
	f := &future[T]{v: v, done: make(chan struct{})}
	o.jobs <- f
	o.queue = append(o.queue, f)
	for len(o.queue) > o.window {
		o.next(done)
	}
}

// finish hands every pending result back to done and stops the workers.
func (o *inOrder[T]) finish(done func(T)) {
	for len(o.queue) > 0 {
		o.next(done)
	}
	close(o.jobs)
	o.wg.Wait()
}

func (o *inOrder[T]) next(done func(T)) {
	f := o.queue[0]
	o.queue[0] = nil
	o.queue = o.queue[1:]
	<-f.done
	done(f.v)
}
