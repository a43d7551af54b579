package pipeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// readJSONL emits one page per line of a JSONL file. Each line is an
// object with "url" and "html" or "text"; its other fields are passed
// through to the output. A bad line yields a failed page and reading goes
// on with the next line.
func (r *Reader) readJSONL(path string, in *bufio.Reader, emit func(*Page) error) error {
	// A line holds one page plus JSON escaping and the other fields.
	max := 2*r.maxBytes() + 1<<20
	var line []byte
	for n := 1; ; n++ {
		var err error
		line, err = readLine(in, line[:0], max)
		if len(bytes.TrimSpace(line)) > 0 || err != nil && err != io.EOF {
			p := &Page{Source: fmt.Sprintf("%s:%d", path, n), Record: true, URL: r.URL}
			if err != nil && err != io.EOF {
				p.Err = err
			} else {
				// The worker decodes the line: JSON decoding runs in
				// parallel with the reading of the next lines.
				raw := bytes.Clone(line)
				p.Load = func() ([]byte, error) { return r.decodeRecord(p, raw) }
			}
			if eerr := emit(p); eerr != nil {
				return eerr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil && !errors.Is(err, errLineTooLong) {
			return nil // the read error was reported with the page
		}
	}
}

var errLineTooLong = errors.New("line too long")

// readLine appends the next line of in to buf, without the newline. A line
// longer than max is skipped to its end and reported as errLineTooLong.
func readLine(in *bufio.Reader, buf []byte, max int) ([]byte, error) {
	for {
		chunk, err := in.ReadSlice('\n')
		if len(buf)+len(chunk) <= max {
			buf = append(buf, chunk...)
		} else {
			buf = buf[:0]
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = in.ReadSlice('\n')
			}
			if err == nil || err == io.EOF {
				err = errLineTooLong
			}
			return buf, err
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err == nil:
			return bytes.TrimRight(buf, "\r\n"), nil
		case err == io.EOF && len(buf) > 0:
			return buf, nil // the last line has no newline; EOF comes next call
		default:
			return buf, err
		}
	}
}

// decodeRecord decodes line into p and returns the page it holds.
func (r *Reader) decodeRecord(p *Page, line []byte) ([]byte, error) {
	rec := parseRecord(line)
	if rec.URL != "" {
		p.URL = rec.URL
	}
	p.Text, p.Extra = rec.Text, rec.Extra
	return rec.Data, rec.Err
}

// parseRecord decodes one JSONL object, keeping the order of its fields.
func parseRecord(line []byte) *Page {
	p := &Page{}
	dec := json.NewDecoder(bytes.NewReader(line))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		p.Err = errors.New("not a JSON object")
		return p
	}
	var html, text *string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			p.Err = fmt.Errorf("bad JSON: %w", err)
			return p
		}
		key, _ := tok.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			p.Err = fmt.Errorf("bad JSON: %w", err)
			return p
		}
		switch key {
		case "url", "html", "text":
			var s string
			if err := json.Unmarshal(raw, &s); err != nil {
				p.Err = fmt.Errorf("field %q is not a string", key)
				return p
			}
			switch key {
			case "url":
				p.URL = s
			case "html":
				html = &s
			case "text":
				text = &s
			}
		default:
			p.Extra = append(p.Extra, Field{Key: key, Value: raw})
		}
	}
	if _, err := dec.Token(); err != nil {
		p.Err = fmt.Errorf("bad JSON: %w", err)
		return p
	}
	switch {
	case html != nil:
		p.Data = []byte(*html)
	case text != nil:
		p.Data, p.Text = []byte(*text), true
	default:
		p.Err = errors.New(`record has neither an "html" nor a "text" field`)
	}
	return p
}
