package extract

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/recognize"
)

// titleSearch bounds how far before the article the title may stand.
const titleSearch = 10

// findTextTitle returns the index of the block that is the text's title, or
// -1: the headline-shaped line (a few words to a long sentence, no final
// full stop, not recognised boilerplate) nearest before the first kept
// block, or that block itself when it is shaped so. Menus, bylines and datelines often stand between the two; a site
// name or a section label above the headline does not win, as the
// headline is nearer. A block that continues a paragraph split at a
// sentence end (cont, see splitTextBlocks) is no headline. It runs after
// classification.
func findTextTitle(blocks []boilerplate.Block, cont []int32) int {
	first := len(blocks)
	for i := range blocks {
		if blocks[i].Kept {
			first = i
			break
		}
	}
	// The first kept block itself may be the headline, kept as a
	// question ("What did he say?") next to the article.
	for i := min(first, len(blocks)-1); i >= 0 && i >= first-titleSearch; i-- {
		b := &blocks[i]
		f := &b.Features
		switch b.Reason {
		case boilerplate.ReasonNone, boilerplate.ReasonTooShort, boilerplate.ReasonLowDensity:
		default:
			continue
		}
		if i == first && (f.Chars >= 150 || f.Sentences > 1) || slices.Contains(cont, int32(i)) {
			continue
		}
		if f.Words < 3 || f.Words > 35 || f.Chars > 300 || endsWithStop(b.Text) || f.Uppercase == 0 ||
			strings.Contains(b.Text, "©") || recognize.Byline(b.Text) != "" {
			continue
		}
		if _, dated := recognize.ParseDate(b.Text); dated {
			continue
		}
		return i
	}
	return -1
}

// findTextAuthor returns the name in the first byline ("By Jane Doe")
// near the start of the article, or "".
func findTextAuthor(blocks []boilerplate.Block) string {
	seen := 0
	for i := range blocks {
		b := &blocks[i]
		if b.Kept {
			if seen++; seen > 3 {
				break
			}
			continue
		}
		if b.Features.Words <= 16 {
			if name := recognize.Byline(b.Text); name != "" {
				return name
			}
		}
	}
	return ""
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
		if unicode.IsLetter(r) {
			return strings.TrimSpace(t[:i])
		}
	}
	return t
}

// dropTitleRepeats drops blocks that repeat the title, as pages print the
// headline again above the article.
func dropTitleRepeats(blocks []boilerplate.Block, title string) {
	for i := range blocks {
		b := &blocks[i]
		switch b.Reason {
		case boilerplate.ReasonNone, boilerplate.ReasonTooShort, boilerplate.ReasonLowDensity:
		default:
			continue
		}
		if len(b.Text) < minTitleKey || len(b.Text) > len(title)+40 {
			continue
		}
		if sameHeadline(title, b.Text) {
			b.Kept = false
			b.Reason = boilerplate.ReasonTitle
		}
	}
}

// minTitleKey is the fewest letters and digits two texts must share for
// one to count as a repeat of the other headline.
const minTitleKey = 12

// sameHeadline reports whether the letters and digits of one text, lower
// cased, are a prefix of the other's ("Title" and "Title05:21", "Title |
// Site"), with at least minTitleKey of them in common. It does not
// allocate.
func sameHeadline(a, b string) bool {
	i, j, n := 0, 0, 0
	for {
		ra, sa := nextKeyRune(a, i)
		rb, sb := nextKeyRune(b, j)
		if sa == 0 || sb == 0 {
			return n >= minTitleKey // one text ended: a prefix of the other
		}
		if ra != rb {
			return false
		}
		i, j, n = sa, sb, n+1
	}
}

// nextKeyRune returns the next letter or digit of s at or after i, lower
// cased, and the index after it; the index is 0 at the end of s.
func nextKeyRune(s string, i int) (rune, int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, as unicode would tell it, without decoding.
			i++
			if l := c | 0x20; 'a' <= l && l <= 'z' {
				return rune(l), i
			}
			if '0' <= c && c <= '9' {
				return rune(c), i
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r), i
		}
	}
	return 0, 0
}

// findTextDate returns the date of the first dateline, else of a date in
// parentheses opening one of the first paragraphs ("(15 Feb 2022) NATO
// said ..."), else the zero time.
func findTextDate(blocks []boilerplate.Block) time.Time {
	for i := range blocks {
		if blocks[i].Reason == boilerplate.ReasonDateline {
			if d, ok := recognize.ParseDate(blocks[i].Text); ok {
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
				if d, ok := recognize.ParseDate(t[1:j]); ok {
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
