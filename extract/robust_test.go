package extract

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
)

// articleChunk is one synthetic article page body: a navigation bar, a
// cookie notice, three paragraphs of prose and a footer. Repeated, it makes
// large pages of realistic structure.
const articleChunk = `<div class="nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></div>
<div class="cookie-banner">We use cookies to give you the best experience. <a href="/privacy">Accept</a></div>
<div class="article"><h2>Harbour works begin after years of delay</h2>
<p>Work on the new harbour wall began on Monday, three years after the project was first approved by the regional council, and the first stones were laid at dawn.</p>
<p>The contractor said that the wall would protect the old quays from winter storms, which have flooded the fish market twice in the last decade and closed the ferry for weeks.</p>
<p>Residents welcomed the news but asked for the road along the shore to stay open during the works, as it is the only way to the school and the clinic on the point.</p></div>
<div class="footer"><p>© 2024 Coast Courier. All rights reserved.</p></div>
`

// articlePage returns an HTML page holding n copies of articleChunk.
func articlePage(n int) []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Coast Courier</title></head><body>\n")
	for range n {
		b.WriteString(articleChunk)
	}
	b.WriteString("</body></html>\n")
	return b.Bytes()
}

// hostileCase is one hostile input and what a sane answer to it is.
type hostileCase struct {
	name  string
	input func() []byte
	lim   Limits
	text  bool // FromText instead of FromBytes
	check func(t *testing.T, res *Result, err error)
	// maxTime and maxPeak bound the call; generous so that a loaded
	// machine does not fail them, tight enough to catch quadratic time or
	// a copy per element.
	maxTime time.Duration
	maxPeak uint64
	// heavy cases take seconds; they are skipped with -short and under
	// the race detector, which has nothing to find in one goroutine.
	heavy bool
}

func wantErr(want error) func(*testing.T, *Result, error) {
	return func(t *testing.T, res *Result, err error) {
		t.Helper()
		if !errors.Is(err, want) || res != nil {
			t.Errorf("got (%v, %v), want (nil, %v)", res != nil, err, want)
		}
	}
}

func wantText(words ...string) func(*testing.T, *Result, error) {
	return func(t *testing.T, res *Result, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("error %v", err)
		}
		for _, w := range words {
			if !strings.Contains(res.Text, w) {
				t.Errorf("Text lacks %q; starts %q", w, res.Text[:min(len(res.Text), 200)])
			}
		}
	}
}

// wantBlocks checks that each of texts is in some block, kept or
// dropped: how a text is classified is not the point of a hostile input.
func wantBlocks(texts ...string) func(*testing.T, *Result, error) {
	return func(t *testing.T, res *Result, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("error %v", err)
		}
		for _, w := range texts {
			found := false
			for _, b := range res.Blocks {
				found = found || strings.Contains(b.Text, w)
			}
			if !found {
				t.Errorf("no block holds %q", w)
			}
		}
	}
}

// utf16Page encodes s as UTF-16, little- or big-endian, with or without a
// byte order mark.
func utf16Page(s string, bigEndian, bom bool) []byte {
	units := utf16.Encode([]rune(s))
	var out []byte
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	for _, u := range units {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

const prose = "<p>The committee met on Thursday and agreed that the new library would open in the spring, after the builders finish the roof and the shelves arrive from the workshop.</p>"

func hostileCases() []hostileCase {
	const mb = 1 << 20
	return []hostileCase{
		{
			name:  "200 MB HTML, default limit",
			input: func() []byte { return make([]byte, 200*mb) },
			check: wantErr(ErrTooLarge), maxTime: 10 * time.Millisecond, maxPeak: mb,
		},
		{
			name: "1,000,000 nested divs",
			input: func() []byte {
				return []byte(strings.Repeat("<div>", 1_000_000) + prose + strings.Repeat("</div>", 1_000_000))
			},
			check: wantText("agreed that the new library"), maxTime: 10 * time.Second, maxPeak: 64 * mb,
		},
		{
			name: "1,000,000 unclosed divs, spans and lis",
			input: func() []byte {
				return []byte(strings.Repeat("<div><span><li>", 333_333) + prose)
			},
			check: wantText("agreed that the new library"), maxTime: 10 * time.Second, maxPeak: 128 * mb,
		},
		{
			name: "100,000 attributes on one element",
			input: func() []byte {
				var b strings.Builder
				b.WriteString("<div")
				for i := range 100_000 {
					fmt.Fprintf(&b, ` data-a%d="value %d" class="nav%d"`, i, i, i)
				}
				b.WriteString(">" + prose + "</div>")
				return []byte(b.String())
			},
			check: wantText("agreed that the new library"), maxTime: 10 * time.Second, maxPeak: 64 * mb,
		},
		{
			name: "100,000 attributes on a meta",
			input: func() []byte {
				var b strings.Builder
				b.WriteString("<html><head><meta")
				for i := range 100_000 {
					fmt.Fprintf(&b, ` property="og:title" content="title %d"`, i)
				}
				b.WriteString("></head><body>" + prose + "</body></html>")
				return []byte(b.String())
			},
			check: wantText("agreed that the new library"), maxTime: 10 * time.Second, maxPeak: 128 * mb,
		},
		{
			name: "50 MB text node",
			input: func() []byte {
				return []byte("<p>" + strings.Repeat("lorem ipsum dolor sit amet. ", 50*mb/28) + "</p>")
			},
			check: func(t *testing.T, res *Result, err error) {
				if err != nil {
					t.Fatal(err)
				}
				for _, b := range res.Blocks {
					if len(b.Text) > DefaultMaxBlockChars {
						t.Errorf("block of %d bytes", len(b.Text))
					}
				}
			},
			heavy: true, maxTime: 20 * time.Second, maxPeak: 128 * mb,
		},
		{
			name:  "50 MB unclosed <title>",
			input: func() []byte { return []byte("<title>" + strings.Repeat("word ", 10*mb)) },
			check: noError,
			heavy: true, maxTime: 20 * time.Second, maxPeak: 128 * mb,
		},
		{
			name: "20 MB JSON-LD",
			input: func() []byte {
				return []byte(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","articleBody":"` +
					strings.Repeat("word ", 4*mb) + `"}</script>` + prose)
			},
			check: wantText("agreed that the new library"), heavy: true, maxTime: 10 * time.Second, maxPeak: 256 * mb,
		},
		{
			name: "JSON-LD nested 1,000,000 deep",
			input: func() []byte {
				return []byte(`<script type="application/ld+json">` + strings.Repeat(`{"a":[`, 1_000_000) + `</script>` + prose)
			},
			check: wantText("agreed that the new library"), maxTime: 5 * time.Second, maxPeak: 128 * mb,
		},
		{
			name: "invalid UTF-8",
			input: func() []byte {
				return []byte("<meta charset=utf-8>" + strings.Repeat("<p>caf\xe9 \xff\xfe\xc3 ok \xed\xa0\x80 surrogate</p>", 10_000) + prose)
			},
			check: wantText("agreed that the new library"), maxTime: 5 * time.Second, maxPeak: 64 * mb,
		},
		{
			name:  "UTF-16LE with BOM",
			input: func() []byte { return utf16Page("<html><body>"+prose+"</body></html>", false, true) },
			check: wantText("agreed that the new library"), maxTime: time.Second, maxPeak: 16 * mb,
		},
		{
			name:  "UTF-16BE with BOM",
			input: func() []byte { return utf16Page("<html><body>"+prose+"</body></html>", true, true) },
			check: wantText("agreed that the new library"), maxTime: time.Second, maxPeak: 16 * mb,
		},
		{
			name:  "UTF-16LE without BOM",
			input: func() []byte { return utf16Page("<html><body>"+prose+"</body></html>", false, false) },
			check: wantText("agreed that the new library"), maxTime: time.Second, maxPeak: 16 * mb,
		},
		{
			name:  "UTF-16BE without BOM",
			input: func() []byte { return utf16Page("<html><body>"+prose+"</body></html>", true, false) },
			check: wantText("agreed that the new library"), maxTime: time.Second, maxPeak: 16 * mb,
		},
		{
			name: "PNG",
			input: func() []byte {
				return append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0x42, 0}, 4096)...)
			},
			check: wantErr(ErrNotHTML), maxTime: 10 * time.Millisecond, maxPeak: mb,
		},
		{
			name: "gzip of a page",
			input: func() []byte {
				var b bytes.Buffer
				w := gzip.NewWriter(&b)
				w.Write(articlePage(50))
				w.Close()
				return b.Bytes()
			},
			check: wantErr(ErrNotHTML), maxTime: 10 * time.Millisecond, maxPeak: mb,
		},
		{
			name:  "empty body",
			input: func() []byte { return nil },
			check: wantErr(ErrEmpty), maxTime: 10 * time.Millisecond, maxPeak: mb,
		},
		{
			name:  "white space only",
			input: func() []byte { return []byte(" \r\n\t\n ") },
			check: wantErr(ErrEmpty), maxTime: 10 * time.Millisecond, maxPeak: mb,
		},
		{
			name: "only scripts",
			input: func() []byte {
				return []byte("<html><head><title>App</title><script>" + strings.Repeat("var a = '<p>not text</p>';\n", 100_000) +
					"</script></head><body><script src=app.js></script><noscript></noscript></body></html>")
			},
			check: func(t *testing.T, res *Result, err error) {
				if err != nil {
					t.Fatal(err)
				}
				if res.Text != "" || len(res.Blocks) != 0 || res.Title != "App" {
					t.Errorf("Text %q, %d blocks, Title %q; want no text and the title", res.Text, len(res.Blocks), res.Title)
				}
			},
			maxTime: 5 * time.Second, maxPeak: 16 * mb,
		},
		{
			name:  "2,000,000 paragraphs (block limit)",
			input: func() []byte { return bytes.Repeat([]byte("<p>a b</p>"), 2_000_000) },
			check: func(t *testing.T, res *Result, err error) {
				if err != nil {
					t.Fatal(err)
				}
				if len(res.Blocks) != DefaultMaxBlocks {
					t.Errorf("%d blocks, want the limit %d", len(res.Blocks), DefaultMaxBlocks)
				}
			},
			heavy: true, maxTime: 20 * time.Second, maxPeak: 192 * mb,
		},
		{
			name:  "64 MiB of paragraphs (default input limit)",
			input: func() []byte { return bytes.Repeat([]byte("<p>a b</p>"), 64*mb/10) },
			check: noError,
			heavy: true, maxTime: 20 * time.Second, maxPeak: 192 * mb,
		},
		{
			name:  "64 MiB of empty divs (default input limit)",
			input: func() []byte { return bytes.Repeat([]byte("<div></div>"), 64*mb/11) },
			check: noError,
			heavy: true, maxTime: 20 * time.Second, maxPeak: 192 * mb,
		},
		{
			name:  "text: 50 MB line",
			text:  true,
			input: func() []byte { return []byte(strings.Repeat("lorem ipsum dolor sit amet. ", 50*mb/28)) },
			check: func(t *testing.T, res *Result, err error) {
				if err != nil {
					t.Fatal(err)
				}
				if len(res.Blocks) != 1 || len(res.Blocks[0].Text) > DefaultMaxBlockChars {
					t.Errorf("%d blocks, first of %d bytes", len(res.Blocks), len(res.Blocks[0].Text))
				}
			},
			heavy: true, maxTime: 20 * time.Second, maxPeak: 128 * mb,
		},
		{
			name:  "text: 2,000,000 lines (block limit)",
			text:  true,
			input: func() []byte { return bytes.Repeat([]byte("Subscribe now\n"), 2_000_000) },
			check: func(t *testing.T, res *Result, err error) {
				if err != nil {
					t.Fatal(err)
				}
				if len(res.Blocks) != DefaultMaxBlocks {
					t.Errorf("%d blocks, want the limit %d", len(res.Blocks), DefaultMaxBlocks)
				}
			},
			heavy: true, maxTime: 20 * time.Second, maxPeak: 192 * mb,
		},
		{
			name:  "text: 64 MiB of line ends (default input limit)",
			text:  true,
			input: func() []byte { return bytes.Repeat([]byte("\n"), 64*mb-1) },
			check: wantErr(ErrEmpty), heavy: true, maxTime: 5 * time.Second, maxPeak: 64 * mb,
		},
		{
			name:  "text: 64 MiB of one-letter lines (default input limit)",
			text:  true,
			input: func() []byte { return bytes.Repeat([]byte("a\n"), 32*mb-1) },
			check: noError,
			heavy: true, maxTime: 10 * time.Second, maxPeak: 192 * mb,
		},
		{
			name: "text: invalid UTF-8",
			text: true,
			input: func() []byte {
				var b bytes.Buffer
				for i := range 5_000 {
					fmt.Fprintf(&b, "caf\xe9 \xff\xfe %d\nOn day %d the committee met and agreed that the new library would open in the spring.\n", i, i)
				}
				return b.Bytes()
			},
			check:   wantBlocks("caf\uFFFD \uFFFD 0", "agreed that the new library"),
			maxTime: 5 * time.Second, maxPeak: 64 * mb,
		},
		{
			name:  "text: binary",
			text:  true,
			input: func() []byte { return []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR") },
			check: wantErr(ErrNotHTML), maxTime: 10 * time.Millisecond, maxPeak: mb,
		},
		{
			name:  "text: empty",
			text:  true,
			input: func() []byte { return []byte("\n \n") },
			check: wantErr(ErrEmpty), maxTime: 10 * time.Millisecond, maxPeak: mb,
		},
	}
}

// TestHostileInputs feeds the entry points inputs a crawler meets or an
// attacker crafts, and checks that each gets a clear error or a sane result
// in bounded time and memory. Run with -v to see the measurements.
// noError is the check of a hostile input that must simply extract.
func noError(t *testing.T, _ *Result, err error) {
	if err != nil {
		t.Fatal(err)
	}
}

func TestHostileInputs(t *testing.T) {
	for _, c := range hostileCases() {
		t.Run(c.name, func(t *testing.T) {
			if c.heavy && (testing.Short() || slowdown > 1) {
				t.Skip("heavy: skipped with -short and under -race")
			}
			in := c.input()
			text := ""
			if c.text {
				text = string(in)
			}
			var res *Result
			var err error
			u := measure(func() {
				if c.text {
					res, err = FromText(text, Options{Limits: c.lim})
				} else {
					res, err = FromBytes(in, Options{Limits: c.lim})
				}
			})
			t.Logf("%-42s input %8.1f MiB  time %9.3f ms  peak heap %7.1f MiB  allocated %7.1f MiB",
				c.name, mib(uint64(len(in))), float64(u.elapsed.Microseconds())/1000, mib(u.peak), mib(u.alloc))
			c.check(t, res, err)
			if err == nil {
				checkResult(t, res, err, c.lim)
			}
			if u.elapsed > c.maxTime*slowdown {
				t.Errorf("took %v, bound %v", u.elapsed, c.maxTime*slowdown)
			}
			if u.peak > c.maxPeak {
				t.Errorf("peak heap %.1f MiB, bound %.1f MiB", mib(u.peak), mib(c.maxPeak))
			}
		})
	}
}

// TestHugePageRaisedLimit extracts a 200 MB page with MaxInputBytes raised
// to fit it: it must finish in bounded time and memory. It takes tens of
// seconds, so it runs only when WINNOW_HUGE is set.
func TestHugePageRaisedLimit(t *testing.T) {
	if os.Getenv("WINNOW_HUGE") == "" {
		t.Skip("set WINNOW_HUGE=1 to extract a 200 MB page")
	}
	chunks := (200 << 20) / len(articleChunk)
	page := articlePage(chunks)
	for _, lim := range []Limits{
		{MaxInputBytes: 256 << 20},                       // the default block limit cuts it short
		{MaxInputBytes: 256 << 20, MaxBlocks: 4_000_000}, // every block
	} {
		var res *Result
		var err error
		u := measure(func() { res, err = FromBytes(page, Options{Limits: lim}) })
		t.Logf("200 MB page, MaxBlocks %d: input %.1f MiB  time %v  peak heap %.1f MiB  allocated %.1f MiB  %d blocks",
			lim.MaxBlocks, mib(uint64(len(page))), u.elapsed, mib(u.peak), mib(u.alloc), len(res.Blocks))
		checkResult(t, res, err, lim)
		if u.elapsed > 120*time.Second*slowdown {
			t.Errorf("took %v", u.elapsed)
		}
		if u.peak > 4<<30 {
			t.Errorf("peak heap %.1f MiB", mib(u.peak))
		}
	}
}

// TestFromReaderTooLarge checks that FromReader stops reading at the limit:
// a 200 MB stream costs no more than the limit in memory.
func TestFromReaderTooLarge(t *testing.T) {
	var err error
	r := io.LimitReader(spaces{}, 200<<20)
	u := measure(func() { _, err = FromReader(r, Options{Limits: Limits{MaxInputBytes: 8 << 20}}) })
	t.Logf("FromReader 200 MB stream, 8 MiB limit: time %v  peak heap %.1f MiB", u.elapsed, mib(u.peak))
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("got %v, want ErrTooLarge", err)
	}
	// The read buffer doubles as it grows and the sample counts garbage
	// not yet collected: 3 to 6 times the limit, far below the 200 MB of
	// a full read.
	if u.peak > 100<<20 {
		t.Errorf("peak heap %.1f MiB for an 8 MiB limit", mib(u.peak))
	}
}

// spaces is an endless reader of spaces.
type spaces struct{}

func (spaces) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}
