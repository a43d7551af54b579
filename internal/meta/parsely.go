package meta

import (
	"encoding/json"
	"strings"
)

// maxParselyPage bounds the content of a parsely-page meta that is read.
const maxParselyPage = 64 << 10

// parselyPage reads the JSON object that Parse.ly's older tag puts in a
// meta named "parsely-page" ({"title": ..., "author": ..., "authors":
// [...], "pub_date": ...}), which news sites used before the separate
// parsely-title, parsely-author and parsely-pub-date metas: its fields
// rank as those metas do (see priorities.go).
func (c *Collector) parselyPage(content string) {
	if len(content) > maxParselyPage {
		return
	}
	var p struct {
		Title   string          `json:"title"`
		Author  json.RawMessage `json:"author"`
		Authors json.RawMessage `json:"authors"`
		PubDate string          `json:"pub_date"`
	}
	if json.Unmarshal([]byte(strings.TrimSpace(content)), &p) != nil {
		return
	}
	c.title.offer(clean(unescape(p.Title), maxShort), rank5)
	for _, raw := range [...]json.RawMessage{p.Author, p.Authors} {
		if names := parselyNames(raw); names != "" {
			c.author.offer(names, rank5)
			break
		}
	}
	c.date.offer(p.PubDate, rank5)
}

// parselyNames returns the names of a parsely-page author value, a name
// or a list of them, joined with ", "; URLs are none.
func parselyNames(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var list []string
	var one string
	if json.Unmarshal(raw, &one) == nil {
		list = []string{one}
	} else if json.Unmarshal(raw, &list) != nil {
		return ""
	}
	var names []string
	for _, n := range list {
		if n = cleanAuthor(unescape(n)); n != "" && !looksLikeURL(n) && len(names) < maxAuthors {
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}
