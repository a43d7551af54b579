package extract

import "testing"

// Lines that announce the listing after them are kept with it, though the
// blocks around them (listings and their gutters of linked line numbers)
// give density no verdict to follow; a box's label that ends with a colon
// is not.
func TestKeepLeadIns(t *testing.T) {
	const intro = `<h1>Faster string search</h1>` +
		`<p>Searching text without regard to case is slower than it looks, because every character has to be folded before it can be compared, and some characters fold into several.</p>` +
		`<p>The library we wrote for this folds the needle once and compares the haystack in wide blocks, which keeps the common case close to the speed of a plain search.</p>`
	const outro = `<p>On our machines the new search ran about four times faster than the old one on English text, and twice as fast on text in Greek and Russian.</p>` +
		`<p>The benchmarks, the data sets and the scripts that draw the charts are all in the repository, so anyone can run them again on their own hardware.</p>`
	tests := []struct {
		name, body string
		want       []string
		notWant    []string
	}{
		{"before code",
			intro + listing("go get example.org/fold") +
				`<p>Once installed, a search is one line:</p>` + listing(`idx := find(haystack, "Straße")`) + outro,
			[]string{"Once installed, a search is one line:", `idx := find(haystack, "Straße")`}, nil},
		{"between listings",
			intro + listing("make bench-go") + `<p>Similarly, for the Python benchmarks:</p>` + listing("make bench-python") + outro,
			[]string{"Similarly, for the Python benchmarks:", "make bench-python"}, nil},
		{"code after the prose",
			intro + outro + `<p>To try it:</p><pre>go run ./cmd/fold-bench</pre><p>Output:</p><pre>fold   4.1x\nplain  1.0x</pre>`,
			[]string{"To try it:", "Output:", "fold   4.1x"}, nil},
		{"a box's label",
			intro + outro + `<aside class="related"><p>See also:</p><ul><li><a href="/a">Sorting strings in every language</a></li><li><a href="/b">Why Unicode is hard</a></li><li><a href="/c">Benchmarks we trust</a></li></ul></aside>`,
			nil, []string{"See also:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(synthPage(`<title>Faster string search</title>`, `<article>`+tt.body+`</article>`)),
				Options{URL: "https://blog.example/2024/06/faster-string-search"})
			if err != nil {
				t.Fatal(err)
			}
			checkHolds(t, res.Text, tt.want, tt.notWant)
		})
	}
}

// listing is a code listing as blogs print it: a gutter of line numbers,
// each a link to its line, beside the code.
func listing(code string) string {
	return `<div class="highlight"><table><tr><td><pre><a href="#L1">1</a>` + "\n" + `<a href="#L2">2</a>` + "\n" +
		`<a href="#L3">3</a></pre></td><td><pre><code>cd bench` + "\n" + `export DATA=en.txt` + "\n" + code +
		`</code></pre></td></tr></table></div>`
}
