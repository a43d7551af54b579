package pipeline

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/winnowtext/winnow/extract"
)

func TestPoolKeepsInputOrder(t *testing.T) {
	const n = 200
	for _, workers := range []int{1, 2, 8} {
		t.Run(strconv.Itoa(workers), func(t *testing.T) {
			p := &Pool{Workers: workers, Window: 5, Extract: func(pg *Page, _ extract.Options) (*extract.Result, error) {
				time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
				switch string(pg.Data) {
				case "panic":
					panic("boom")
				case "fail":
					return nil, errors.New("bad page")
				}
				return &extract.Result{Text: string(pg.Data)}, nil
			}}
			var got []*Outcome
			err := p.Run(context.Background(), func(emit func(*Page) error) error {
				for i := range n {
					data := strconv.Itoa(i)
					switch i % 50 {
					case 7:
						data = "panic"
					case 9:
						data = "fail"
					}
					pg := &Page{Source: strconv.Itoa(i), Data: []byte(data)}
					if i%50 == 11 {
						pg.Err = errors.New("unreadable")
					}
					if err := emit(pg); err != nil {
						return err
					}
				}
				return nil
			}, func(o *Outcome) error {
				got = append(got, o)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != n {
				t.Fatalf("got %d outcomes, want %d", len(got), n)
			}
			for i, o := range got {
				if o.Page.Source != strconv.Itoa(i) {
					t.Fatalf("outcome %d is page %s", i, o.Page.Source)
				}
				switch i % 50 {
				case 7, 9, 11:
					if o.Err == nil || o.Result != nil {
						t.Errorf("page %d: want an error, got %v %v", i, o.Result, o.Err)
					}
				default:
					if o.Err != nil || o.Result.Text != strconv.Itoa(i) {
						t.Errorf("page %d: got %+v %v", i, o.Result, o.Err)
					}
				}
				if o.Page.Data != nil && o.Page.Err == nil {
					t.Errorf("page %d: data not released", i)
				}
			}
		})
	}
}

func TestPoolStopsOnWriteError(t *testing.T) {
	p := &Pool{Workers: 2, Window: 8, Extract: func(*Page, extract.Options) (*extract.Result, error) { return &extract.Result{}, nil }}
	wantErr := errors.New("broken pipe")
	emitted, written := 0, 0
	err := p.Run(context.Background(), func(emit func(*Page) error) error {
		for i := range 1_000_000 {
			if err := emit(&Page{Source: fmt.Sprint(i)}); err != nil {
				return err
			}
			emitted++
		}
		return nil
	}, func(*Outcome) error {
		written++
		if written == 10 {
			return wantErr
		}
		return nil
	})
	if !errors.Is(err, wantErr) {
		t.Errorf("got %v, want %v", err, wantErr)
	}
	if emitted > 100 {
		t.Errorf("read %d pages after the output failed", emitted)
	}
}

func TestRunSourcesKeepsSourceOrder(t *testing.T) {
	counts := []int{5, 0, 40, 1, 17, 3}
	for _, readers := range []int{1, 2, 4} {
		t.Run(strconv.Itoa(readers), func(t *testing.T) {
			p := &Pool{Workers: 2, Readers: readers, Window: 4, Extract: func(pg *Page, _ extract.Options) (*extract.Result, error) {
				time.Sleep(time.Duration(rand.IntN(100)) * time.Microsecond)
				return &extract.Result{Text: string(pg.Data)}, nil
			}}
			var got []string
			err := p.RunSources(context.Background(), len(counts), func(i int, emit func(*Page) error) error {
				for k := range counts[i] {
					time.Sleep(time.Duration(rand.IntN(50)) * time.Microsecond)
					if err := emit(&Page{Data: fmt.Appendf(nil, "%d.%d", i, k)}); err != nil {
						return err
					}
				}
				return nil
			}, func(o *Outcome) error {
				got = append(got, o.Result.Text)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for i, n := range counts {
				for k := range n {
					want = append(want, fmt.Sprintf("%d.%d", i, k))
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("got %v\nwant %v", got, want)
			}
		})
	}
}

// TestRunSourcesReadsAtOnce: the first source can only finish once the
// second has been read, which needs two readers at once.
func TestRunSourcesReadsAtOnce(t *testing.T) {
	p := &Pool{Workers: 1, Readers: 2, Extract: func(*Page, extract.Options) (*extract.Result, error) { return &extract.Result{}, nil }}
	second := make(chan struct{})
	written := 0
	err := p.RunSources(context.Background(), 2, func(i int, emit func(*Page) error) error {
		if i == 1 {
			defer close(second)
			return emit(&Page{})
		}
		select {
		case <-second:
		case <-time.After(10 * time.Second):
			return errors.New("the second source was not read while the first was")
		}
		return emit(&Page{})
	}, func(*Outcome) error {
		written++
		return nil
	})
	if err != nil || written != 2 {
		t.Errorf("got %v, %d pages written", err, written)
	}
}

func TestRunSourcesReadError(t *testing.T) {
	p := &Pool{Workers: 2, Extract: func(*Page, extract.Options) (*extract.Result, error) { return &extract.Result{}, nil }}
	wantErr := errors.New("disk on fire")
	err := p.RunSources(context.Background(), 3, func(i int, emit func(*Page) error) error {
		if i == 1 {
			return wantErr
		}
		return emit(&Page{})
	}, func(*Outcome) error { return nil })
	if !errors.Is(err, wantErr) {
		t.Errorf("got %v, want %v", err, wantErr)
	}
}

// TestRunSourcesAheadBudget: a source read ahead of the one being written
// stops once the output it holds reaches AheadBytes, and goes on when it
// becomes the one written.
func TestRunSourcesAheadBudget(t *testing.T) {
	release := make(chan struct{})
	var ahead atomic.Int64
	go func() {
		// Wait until the second source stops growing, then check where.
		last := int64(-1)
		for n := ahead.Load(); n != last; n = ahead.Load() {
			last = n
			time.Sleep(50 * time.Millisecond)
		}
		// 1 KiB + 1000 bytes a page against 10 KiB: five pages fit, and
		// the sixth is read before the bound is seen.
		if n := ahead.Load(); n > 8 {
			t.Errorf("the second source read %d pages ahead within a 10 KiB budget", n)
		}
		close(release)
	}()
	p := &Pool{Workers: 2, Readers: 2, AheadBytes: 10 << 10,
		Extract: func(*Page, extract.Options) (*extract.Result, error) { return &extract.Result{}, nil },
		Finish:  func(o *Outcome) { o.Output = make([]byte, 1000) }}
	written := 0
	err := p.RunSources(context.Background(), 2, func(i int, emit func(*Page) error) error {
		if i == 0 {
			<-release // the head waits until the second source has stopped
			return emit(&Page{})
		}
		for range 100 {
			if err := emit(&Page{}); err != nil {
				return err
			}
			ahead.Add(1)
		}
		return nil
	}, func(*Outcome) error {
		written++
		return nil
	})
	if err != nil || written != 101 {
		t.Fatalf("got %v, %d pages written", err, written)
	}
}
