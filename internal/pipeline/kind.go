package pipeline

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
)

// Kind is the format of an input source.
type Kind uint8

// Input kinds. KindAuto decides by file name, then by the first bytes.
const (
	KindAuto Kind = iota
	KindHTML
	KindText
	KindWARC
	KindJSONL
)

var kindNames = [...]string{"auto", "html", "text", "warc", "jsonl"}

// String returns the name used by the -input flag.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// ParseKind parses a -input flag value.
func ParseKind(s string) (Kind, error) {
	for i, n := range kindNames {
		if s == n {
			return Kind(i), nil
		}
	}
	return 0, fmt.Errorf("unknown input kind %q (want auto, html, text, warc or jsonl)", s)
}

// kindByName guesses the kind from a file name; a trailing .gz is ignored.
// It returns KindAuto when the extension says nothing.
func kindByName(name string) Kind {
	name = strings.ToLower(name)
	name = strings.TrimSuffix(name, ".gz")
	switch filepath.Ext(name) {
	case ".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx":
		return KindHTML
	case ".txt", ".text", ".md":
		return KindText
	case ".warc", ".wet":
		return KindWARC
	case ".jsonl", ".ndjson":
		return KindJSONL
	}
	return KindAuto
}

// sniffKind decides the kind from the first bytes of a (decompressed) input.
func sniffKind(head []byte) Kind {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	head = bytes.TrimLeft(head, " \t\r\n")
	switch {
	case bytes.HasPrefix(head, []byte("WARC/")):
		return KindWARC
	case bytes.HasPrefix(head, []byte("{")):
		return KindJSONL
	case bytes.HasPrefix(head, []byte("<")):
		return KindHTML
	}
	return KindText
}
