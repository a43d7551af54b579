package main

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

func TestInOrder(t *testing.T) {
	for _, workers := range []int{1, 3, 8} {
		o := newInOrder(workers, func(v int) int {
			time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
			return v * v
		})
		var got []int
		done := func(v int) { got = append(got, v) }
		for i := range 100 {
			o.add(i, done)
		}
		o.finish(done)
		want := make([]int, 100)
		for i := range want {
			want[i] = i * i
		}
		if !slices.Equal(got, want) {
			t.Errorf("%d workers: got %v", workers, got)
		}
	}
}
