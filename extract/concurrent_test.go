package extract

import (
	"bytes"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// story returns n made-up words picked by a generator seeded with i, so
// that stories share no word 3-grams, as real articles mostly do not.
func story(i, n int) string {
	var b bytes.Buffer
	x := uint32(i)*2654435761 + 1
	for k := range n {
		if k > 0 {
			b.WriteByte(' ')
		}
		for range 3 + k%4 {
			x ^= x << 13
			x ^= x >> 17
			x ^= x << 5
			b.WriteByte("bcdfglmnprstv"[x%13])
			b.WriteByte("aeiou"[x/13%5])
		}
	}
	return b.String()
}

// sitePage returns page i of a synthetic site: a shared template around a
// story of its own.
func sitePage(host string, i int) (url string, page []byte) {
	url = fmt.Sprintf("https://%s/story/%d", host, i)
	page = fmt.Appendf(nil, `<html><head><title>Story %d</title></head><body>
<div class="nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
<div class="promo"><p>Support independent local journalism: become a member today and read without limits.</p></div>
<article><p>Story %d begins on a quiet street where the %s opened before dawn.</p>
<p>The neighbours said that the %s was more than they remembered.</p></article>
<footer><p>© Example Media. All rights reserved.</p></footer></body></html>`, i, i, story(i, 12), story(i+1_000_000, 12))
	return url, page
}

// TestConcurrentDetector extracts with 32 goroutines sharing one Detector
// while another goroutine saves it and loads each snapshot into a fresh
// Detector. Run it with -race: it checks for data races, and that every
// extraction is sound (resultError), every snapshot loads, and the shared
// Detector learns each site's template.
func TestConcurrentDetector(t *testing.T) {
	const workers, pages = 32, 40
	det := boilerplate.NewDetector(boilerplate.WithMaxMemory(1 << 20))
	hosts := []string{"a.example", "b.example", "c.example", "d.example"}

	var wg sync.WaitGroup
	var failed atomic.Bool
	done := make(chan struct{})
	snapshots := 0
	saver := make(chan error, 1)
	go func() {
		for {
			select {
			case <-done:
				saver <- nil
				return
			default:
			}
			var buf bytes.Buffer
			if err := det.Save(&buf); err != nil {
				saver <- fmt.Errorf("save: %w", err)
				return
			}
			d2, err := boilerplate.LoadDetector(&buf)
			if err != nil {
				saver <- fmt.Errorf("load of a snapshot: %w", err)
				return
			}
			d2.Stats()
			snapshots++
		}
	}()
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range pages {
				host := hosts[(w+i)%len(hosts)]
				url, page := sitePage(host, w*pages+i)
				res, err := FromBytes(page, Options{URL: url, Detector: det})
				if err != nil {
					t.Errorf("%s: %v", url, err)
					failed.Store(true)
					return
				}
				if err := resultError(res, err, Limits{}); err != nil {
					t.Errorf("%s: %v", url, err)
					failed.Store(true)
					return
				}
				if failed.Load() {
					return
				}
			}
		}()
	}
	wg.Wait()
	close(done)
	if err := <-saver; err != nil {
		t.Fatal(err)
	}
	st := det.Stats()
	t.Logf("%d extractions, %d snapshots saved and loaded; detector: %d hosts, %d fingerprints, %d blocks dropped",
		workers*pages, snapshots, st.Hosts, st.Fingerprints, st.BlocksDrop)
	if st.Hosts != len(hosts) || st.BlocksDrop == 0 {
		t.Errorf("detector learnt %d hosts and dropped %d blocks; want %d hosts and some drops", st.Hosts, st.BlocksDrop, len(hosts))
	}
	// The template is now known: a new page loses it.
	url, page := sitePage("a.example", 99999)
	res, err := FromBytes(page, Options{URL: url, Detector: det})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains([]byte(res.Text), []byte("become a member")) {
		t.Errorf("template promo kept after %d pages of the site: %q", workers*pages/len(hosts), res.Text)
	}
}
