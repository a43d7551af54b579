package pipeline

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strconv"
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
	p := &Pool{Workers: 2, Extract: func(*Page, extract.Options) (*extract.Result, error) { return &extract.Result{}, nil }}
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
