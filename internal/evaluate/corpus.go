package evaluate

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Kind tells which benchmark, and so which metric, a corpus belongs to.
type Kind uint8

// Corpus kinds.
const (
	Scrapinghub Kind = iota // article bodies, shingle metric
	Trafilatura             // expected and unwanted segments, segment metric
	WCXB                    // main content of seven page types, word F1; metadata
	Mercury                 // metadata and the article's opening words only
)

// Kinds lists every corpus kind in the order reports show them.
func Kinds() []Kind { return []Kind{Scrapinghub, Trafilatura, WCXB, Mercury} }

var kindNames = [...]string{Scrapinghub: "scrapinghub", Trafilatura: "trafilatura", WCXB: "wcxb", Mercury: "mercury"}

// String returns the corpus folder name: "scrapinghub", "trafilatura",
// "wcxb" or "mercury".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// HasText reports whether pages of kind k have a main text to score
// (every kind but Mercury, whose truth is metadata and a lead).
func (k Kind) HasText() bool { return k != Mercury }

// HasMeta reports whether pages of kind k have metadata to score.
func (k Kind) HasMeta() bool { return k == WCXB || k == Mercury }

// ParseKind returns the Kind named s.
func ParseKind(s string) (Kind, error) {
	for _, k := range Kinds() {
		if k.String() == s {
			return k, nil
		}
	}
	return 0, fmt.Errorf("evaluate: unknown corpus %q (want scrapinghub, trafilatura, wcxb or mercury)", s)
}

// ParseKinds parses a comma-separated list of corpus names, or "all".
func ParseKinds(list string) ([]Kind, error) {
	return ParseList(list, Kinds, ParseKind)
}

// ParseList parses a comma-separated list of names with parse, or "all"
// for every value.
func ParseList[T any](list string, all func() []T, parse func(string) (T, error)) ([]T, error) {
	if list == "all" {
		return all(), nil
	}
	var out []T
	for name := range strings.SplitSeq(list, ",") {
		v, err := parse(strings.TrimSpace(name))
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// Page is one page of a corpus with its ground truth.
type Page struct {
	ID   string // file name without .html.gz
	URL  string
	HTML []byte // raw page bytes as served, in the page's own charset

	Truth   string   // Scrapinghub, WCXB: the main content
	With    []string // Trafilatura: segments the main text must contain
	Without []string // Trafilatura: segments it must not contain

	Type string    // WCXB: the page type (article, forum, product, ...)
	Meta MetaTruth // WCXB, Mercury: the asserted metadata
}

// Corpus is a benchmark's pages, sorted by ID.
type Corpus struct {
	Kind  Kind
	Pages []Page
}

// Bytes is the total size of the pages' HTML.
func (c *Corpus) Bytes() int64 {
	var n int64
	for i := range c.Pages {
		n += int64(len(c.Pages[i].HTML))
	}
	return n
}

// ErrNoCorpus is returned (wrapped) by Load when the corpus folder is
// absent, so that callers can skip rather than fail.
var ErrNoCorpus = errors.New("evaluate: corpus not found")

// Load reads the corpus of kind k from dir/<kind>, the layout described in
// the corpora's README: html/<id>.html.gz files and a JSON ground truth.
func Load(dir string, k Kind) (*Corpus, error) {
	root := filepath.Join(dir, k.String())
	if _, err := os.Stat(root); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrNoCorpus, root, err)
	}
	c := &Corpus{Kind: k}
	var err error
	switch k {
	case Scrapinghub:
		err = loadScrapinghub(root, c)
	case Trafilatura:
		err = loadTrafilatura(root, c)
	case WCXB:
		err = loadWCXB(root, c)
	case Mercury:
		err = loadMercury(root, c)
	}
	if err != nil {
		return nil, err
	}
	sort.Slice(c.Pages, func(i, j int) bool { return c.Pages[i].ID < c.Pages[j].ID })
	return c, nil
}

func loadScrapinghub(root string, c *Corpus) error {
	type truth struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	return loadPages(root, "ground-truth.json", c, func(id string, t truth) Page {
		return Page{ID: id, URL: t.URL, Truth: t.ArticleBody}
	})
}

func loadTrafilatura(root string, c *Corpus) error {
	type segments struct {
		URL     string   `json:"url"`
		With    []string `json:"with"`
		Without []string `json:"without"`
	}
	return loadPages(root, "segments.json", c, func(id string, s segments) Page {
		return Page{ID: id, URL: s.URL, With: s.With, Without: s.Without}
	})
}

func loadWCXB(root string, c *Corpus) error {
	type truth struct {
		URL         string `json:"url"`
		PageType    string `json:"page_type"`
		Title       string `json:"title"`
		Author      string `json:"author"`
		Date        string `json:"date"`
		ArticleBody string `json:"articleBody"`
	}
	return loadPages(root, "ground-truth.json", c, func(id string, t truth) Page {
		return Page{ID: id, URL: t.URL, Truth: t.ArticleBody, Type: t.PageType,
			Meta: MetaTruth{Title: t.Title, Author: t.Author, Date: t.Date}}
	})
}

func loadMercury(root string, c *Corpus) error {
	type meta struct {
		URL     string `json:"url"`
		Title   string `json:"title"`
		Author  string `json:"author"`
		Date    string `json:"date_published"`
		First13 string `json:"first13"`
	}
	return loadPages(root, "meta.json", c, func(id string, m meta) Page {
		return Page{ID: id, URL: m.URL,
			Meta: MetaTruth{Title: m.Title, Author: m.Author, Date: m.Date, First13: m.First13}}
	})
}

// loadPages reads the truth file of a corpus, a JSON object of entries of
// type T by page id, and adds to c the page that page makes of each entry
// with its HTML from html/<id>.html.gz.
func loadPages[T any](root, truthFile string, c *Corpus, page func(id string, t T) Page) error {
	var truth map[string]T
	if err := readJSON(filepath.Join(root, truthFile), &truth); err != nil {
		return err
	}
	for id, t := range truth {
		raw, err := readGzip(filepath.Join(root, "html", id+".html.gz"))
		if err != nil {
			return err
		}
		p := page(id, t)
		p.HTML = raw
		c.Pages = append(c.Pages, p)
	}
	return nil
}

func readJSON(path string, v any) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("evaluate: %w", err)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("evaluate: %s: %w", path, err)
	}
	return nil
}

func readGzip(path string) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("evaluate: %s: %w", path, err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("evaluate: %s: %w", path, err)
	}
	return out, nil
}
