package compare

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"slices"
)

// A testCase is a WARC file and the records a careful reader gets from it
// whole.
type testCase struct {
	name string
	data []byte
	want []string
}

// layout is how a file is compressed.
type layout int

const (
	plain     layout = iota
	perRecord        // one gzip member per record, as crawlers write
	oneMember        // one gzip member for the whole file
)

const nrecords = 6

func uri(i int) string   { return fmt.Sprintf("http://example.com/%d", i) }
func block(i int) string { return fmt.Sprintf("<p>page %d of the test file</p>", i) }
func entry(i int) string { return uri(i) + "=" + block(i) }

// record writes record i with a Content-Length lie bytes off the truth.
func record(version string, i, lie int) []byte {
	b := block(i)
	return fmt.Appendf(nil, "%s\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:%08d>\r\nWARC-Target-URI: %s\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		version, i, uri(i), len(b)+lie, b)
}

func pack(recs [][]byte, l layout) []byte {
	var out bytes.Buffer
	switch l {
	case plain:
		for _, r := range recs {
			out.Write(r)
		}
	case perRecord:
		for _, r := range recs {
			zw := gzip.NewWriter(&out)
			zw.Write(r)
			zw.Close()
		}
	case oneMember:
		zw := gzip.NewWriter(&out)
		for _, r := range recs {
			zw.Write(r)
		}
		zw.Close()
	}
	return out.Bytes()
}

// file makes the records of a file; lies[i] is added to record i's
// Content-Length.
func file(version string, lies map[int]int) [][]byte {
	var recs [][]byte
	for i := range nrecords {
		recs = append(recs, record(version, i, lies[i]))
	}
	return recs
}

// recoverable lists the records whose every byte a gzip reader gets out of
// a truncated file: the last of them may sit in deflate data cut short.
func recoverable(data []byte) []string {
	text := data
	if zr, err := gzip.NewReader(bytes.NewReader(data)); err == nil {
		text, _ = io.ReadAll(zr)
	}
	var out []string
	for i := range nrecords {
		if bytes.Contains(text, record("WARC/1.1", i, 0)) {
			out = append(out, entry(i))
		}
	}
	return out
}

// entries lists the whole records of a file but those in lost.
func entries(lost ...int) []string {
	var out []string
	for i := range nrecords {
		if !slices.Contains(lost, i) {
			out = append(out, entry(i))
		}
	}
	return out
}

func cases() []testCase {
	var cs []testCase
	names := map[layout]string{plain: "plain", perRecord: "gzip per record", oneMember: "gzip, one member"}
	for _, l := range []layout{plain, perRecord, oneMember} {
		for _, v := range []string{"WARC/1.0", "WARC/1.1"} {
			cs = append(cs, testCase{v + ", " + names[l], pack(file(v, nil), l), entries()})
		}
	}
	for _, l := range []layout{plain, perRecord, oneMember} {
		whole := pack(file("WARC/1.1", nil), l)
		// Cut inside the last record.
		cut := whole[:len(whole)-24]
		cs = append(cs, testCase{"truncated, " + names[l], cut, recoverable(cut)})
	}
	for _, l := range []layout{plain, perRecord, oneMember} {
		// Record 2 claims 60 bytes more than it has: in a plain file or one
		// member, it swallows the start of record 3.
		lost := []int{2}
		if l != perRecord {
			lost = []int{2, 3}
		}
		cs = append(cs, testCase{"Content-Length too long, " + names[l], pack(file("WARC/1.1", map[int]int{2: 60}), l), entries(lost...)})
		cs = append(cs, testCase{"Content-Length too short, " + names[l], pack(file("WARC/1.1", map[int]int{2: -5}), l), entries(2)})
	}
	recs := file("WARC/1.1", nil)
	var damaged []byte
	for i, r := range recs {
		m := pack([][]byte{r}, perRecord)
		if i == 2 {
			for j := 12; j < len(m)-8; j++ {
				m[j] ^= 0x55
			}
		}
		damaged = append(damaged, m...)
	}
	cs = append(cs, testCase{"damaged gzip member", damaged, entries(2)})
	withJunk := slices.Concat(recs[:3], [][]byte{[]byte("junk between records\r\n")}, recs[3:])
	cs = append(cs, testCase{"junk between records, plain", pack(withJunk, plain), entries()})
	return cs
}

// score counts the wanted records a trace has, and the records it has
// that were not wanted (a wrong record returned as if it were whole).
func score(trace, want []string) (got, wrong int) {
	for _, t := range trace {
		switch {
		case t == "!":
		case slices.Contains(want, t):
			got++
		default:
			wrong++
		}
	}
	return got, wrong
}
