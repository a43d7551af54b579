package main

import (
	"bytes"
	"io"
	nurl "net/url"

	readability "github.com/go-shiori/go-readability"
	distiller "github.com/markusmobius/go-domdistiller"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"github.com/winnowtext/winnow/extract"
	"github.com/winnowtext/winnow/internal/evaluate"
)

// extractor is one contender: a name and its extraction function.
type extractor struct {
	name     string
	baseline bool // times only: its output is not text to score
	run      evaluate.Extractor
}

// decoder turns raw page bytes into the reader a peer is given.
type decoder func(raw []byte) io.Reader

// decoders name the ways peers may get their input. Winnow always gets the
// raw bytes and decodes them itself.
func decoders() map[string]decoder {
	return map[string]decoder{
		// peer: raw bytes; the peers' shared parser (go-shiori/dom) guesses
		// the charset with a statistical detector.
		"peer": func(raw []byte) io.Reader { return bytes.NewReader(raw) },
		// xnet: charset.NewReader with the Content-Type unknown.
		"xnet": func(raw []byte) io.Reader {
			r, err := charset.NewReader(bytes.NewReader(raw), "")
			if err != nil {
				return bytes.NewReader(raw)
			}
			return r
		},
		// sniff: evaluate.Decode, which also finds late <meta charset>
		// declarations and whole-page UTF-8.
		"sniff": evaluate.Decode,
	}
}

func extractors(dec decoder) []extractor {
	return []extractor{
		{name: "winnow", run: func(in []byte, p *evaluate.Page) (evaluate.Output, error) {
			res, err := extract.FromBytes(in, extract.Options{URL: p.URL})
			if err != nil {
				return evaluate.Output{}, err
			}
			return evaluate.Output{Text: res.Text, Title: res.Title, Author: res.Author, Date: res.Date}, nil
		}},
		{name: "go-trafilatura", run: trafilaturaRun(dec, false)},
		{name: "go-trafilatura+fallback", run: trafilaturaRun(dec, true)},
		{name: "go-readability", run: func(in []byte, p *evaluate.Page) (evaluate.Output, error) {
			art, err := readability.FromReader(dec(in), pageURL(p))
			if err != nil {
				return evaluate.Output{}, err
			}
			out := evaluate.Output{Text: art.TextContent, Title: art.Title, Author: art.Byline}
			if art.PublishedTime != nil {
				out.Date = *art.PublishedTime
			}
			return out, nil
		}},
		{name: "go-domdistiller", run: evaluate.TextOnly(func(in []byte, p *evaluate.Page) (string, error) {
			res, err := distiller.ApplyForReader(dec(in), &distiller.Options{OriginalURL: pageURL(p), SkipPagination: true})
			if err != nil {
				return "", err
			}
			return res.Text, nil
		})},
		{name: "html.Parse", baseline: true, run: evaluate.TextOnly(func(in []byte, _ *evaluate.Page) (string, error) {
			_, err := html.Parse(bytes.NewReader(in))
			return "", err
		})},
		{name: "html.Tokenizer", baseline: true, run: evaluate.TextOnly(func(in []byte, _ *evaluate.Page) (string, error) {
			z := html.NewTokenizer(bytes.NewReader(in))
			for z.Next() != html.ErrorToken {
			}
			return "", nil
		})},
	}
}

// trafilaturaRun runs go-trafilatura with the options of its own
// comparison script: comments excluded, balanced focus.
func trafilaturaRun(dec decoder, fallback bool) evaluate.Extractor {
	return func(in []byte, p *evaluate.Page) (evaluate.Output, error) {
		res, err := trafilatura.Extract(dec(in), trafilatura.Options{
			OriginalURL:     pageURL(p),
			EnableFallback:  fallback,
			ExcludeComments: true,
			Focus:           trafilatura.Balanced,
		})
		if err != nil {
			return evaluate.Output{}, err
		}
		m := res.Metadata
		return evaluate.Output{Text: res.ContentText, Title: m.Title, Author: m.Author, Date: m.Date}, nil
	}
}

// pageURL parses the page's URL; some corpus URLs are not URLs, then nil.
func pageURL(p *evaluate.Page) *nurl.URL {
	u, err := nurl.Parse(p.URL)
	if err != nil || u.Host == "" {
		return nil
	}
	return u
}
