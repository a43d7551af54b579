package pipeline

import (
	"context"
	"sync"
)

// budget bounds the output held by pages that wait to be written: the
// reader of any source but the one being written (the head) waits while
// the bound is exceeded, so that sources are read ahead as far as memory
// allows and the head never waits.
type budget struct {
	ctx   context.Context
	limit int64

	mu   sync.Mutex
	cond *sync.Cond
	held int64
	head int
}

// newBudget returns a budget of limit bytes (0: 256 MiB) that stops
// waiting when ctx is done.
func newBudget(ctx context.Context, limit int64) *budget {
	if limit <= 0 {
		limit = 256 << 20
	}
	b := &budget{ctx: ctx, limit: limit}
	b.cond = sync.NewCond(&b.mu)
	context.AfterFunc(ctx, b.wake)
	return b
}

// wait blocks the reader of source i while it is not the head and the
// budget is spent.
func (b *budget) wait(i int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	for i != b.head && b.held >= b.limit && b.ctx.Err() == nil {
		b.cond.Wait()
	}
	return b.ctx.Err()
}

// hold counts n bytes more; release n bytes less.
func (b *budget) hold(n int64) {
	b.mu.Lock()
	b.held += n
	b.mu.Unlock()
}

func (b *budget) release(n int64) {
	b.mu.Lock()
	b.held -= n
	wake := b.held < b.limit && b.held+n >= b.limit
	b.mu.Unlock()
	if wake {
		b.cond.Broadcast()
	}
}

// setHead makes source i the one being written.
func (b *budget) setHead(i int) {
	b.mu.Lock()
	b.head = i
	b.mu.Unlock()
	b.cond.Broadcast()
}

// wake wakes the waiters once ctx is done, a change made outside b.mu.
// The empty critical section is deliberate: a waiter that checks ctx under
// b.mu has either not checked yet (and will see it done) or is already in
// Wait (and gets the Broadcast), so no wake-up is lost.
func (b *budget) wake() {
	b.mu.Lock()
	//lint:ignore SA2001 the lock orders this wake-up after a waiter's check
	b.mu.Unlock()
	b.cond.Broadcast()
}
