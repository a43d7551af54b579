package extract

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/winnowtext/winnow/boilerplate"
)

// titleSearch bounds how many leading blocks may hold the title.
const titleSearch = 30

// findTextTitle returns the index of the block that is the text's title, or
// -1: the first headline-shaped line (a few words to a long sentence, no
// final full stop, not recognised boilerplate) before the first kept
// article paragraph. It runs after classification.
func findTextTitle(blocks []boilerplate.Block) int {
	for i := 0; i < len(blocks) && i < titleSearch; i++ {
		b := &blocks[i]
		f := &b.Features
		if b.Kept && f.Chars >= 150 && endsWithStop(b.Text) {
			return -1 // the article has begun
		}
		switch b.Reason {
		case boilerplate.ReasonNone, boilerplate.ReasonTooShort, boilerplate.ReasonLowDensity:
		default:
			continue
		}
		if f.Words < 3 || f.Words > 35 || f.Chars > 300 || endsWithStop(b.Text) || f.Uppercase == 0 {
			continue
		}
		return i
	}
	return -1
}

// endsWithStop reports whether text ends with a full stop (not ? or !),
// which headlines do not.
func endsWithStop(text string) bool {
	text = strings.TrimRight(text, "\"'”’») ")
	return strings.HasSuffix(text, ".") && !strings.HasSuffix(text, "...") || strings.HasSuffix(text, ":")
}

// trimTitle removes a video duration or time glued to the end of a title
// by a careless extractor ("Stoltenberg05:21").
func trimTitle(t string) string {
	i := len(t)
	for i > 0 && (t[i-1] >= '0' && t[i-1] <= '9' || t[i-1] == ':') {
		i--
	}
	tail := t[i:]
	if i > 0 && i < len(t) && strings.Count(tail, ":") >= 1 && tail[0] != ':' && tail[len(tail)-1] != ':' {
		r, _ := utf8.DecodeLastRuneInString(t[:i])
		if unicode.IsLetter(r) || r == ' ' {
			return strings.TrimSpace(t[:i])
		}
	}
	return t
}

// dropTitleRepeats drops blocks that repeat the title, as pages print the
// headline again above the article.
func dropTitleRepeats(blocks []boilerplate.Block, title string) {
	key := foldKey(title)
	if len(key) < 12 {
		return
	}
	for i := range blocks {
		b := &blocks[i]
		if b.Dropped() || len(b.Text) > len(title)+40 {
			continue
		}
		k := foldKey(b.Text)
		if len(k) >= 12 && (strings.HasPrefix(key, k) || strings.HasPrefix(k, key)) {
			b.Drop(boilerplate.ReasonTitle)
		}
	}
}

// foldKey keeps only the lower-cased letters and digits of s.
func foldKey(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			sb.WriteRune(unicode.ToLower(r))
		}
	}
	return sb.String()
}

// findTextDate returns the date of the first dateline, else of a date in
// parentheses opening one of the first paragraphs ("(15 Feb 2022) NATO
// said ..."), else the zero time.
func findTextDate(blocks []boilerplate.Block) time.Time {
	for i := range blocks {
		if blocks[i].Reason == boilerplate.ReasonDateline {
			if d, ok := boilerplate.ParseDate(blocks[i].Text); ok {
				return d
			}
		}
	}
	seen := 0
	for i := range blocks {
		if !blocks[i].Kept {
			continue
		}
		t := blocks[i].Text
		if strings.HasPrefix(t, "(") {
			if j := strings.IndexByte(t, ')'); j > 0 && j < 48 {
				if d, ok := boilerplate.ParseDate(t[1:j]); ok {
					return d
				}
			}
		}
		if seen++; seen >= 3 {
			break
		}
	}
	return time.Time{}
}
