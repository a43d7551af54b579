package warc

import (
	"fmt"
	"io"
)

// WriteRecord writes one WARC/1.1 record with the given named fields (in
// order; Content-Length is added) and block. Tests and examples use it to
// make WARC files; winnow itself only reads them.
func WriteRecord(w io.Writer, fields [][2]string, block []byte) error {
	if _, err := io.WriteString(w, "WARC/1.1\r\n"); err != nil {
		return err
	}
	for _, f := range fields {
		if _, err := fmt.Fprintf(w, "%s: %s\r\n", f[0], f[1]); err != nil {
			return err
		}
	}
	if _, err := fmt.Fprintf(w, "Content-Length: %d\r\n\r\n", len(block)); err != nil {
		return err
	}
	if _, err := w.Write(block); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\r\n\r\n")
	return err
}
