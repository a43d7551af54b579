package evaluate

import (
	"strings"
	"unicode/utf8"
)

// C4Filter is the baseline of the text mode: the line filter used to build
// the C4 corpus (Raffel et al., 2020) from Common Crawl WET text. It keeps
// a line of text when all of these hold:
//
//   - it ends in terminal punctuation: . ! ? or a closing quote ("), to
//     which Unicode equivalents are added (… ” ’ » 。 ！ ？) since the
//     corpora are multilingual;
//   - it has at least 3 words (white-space separated);
//   - no word is longer than 1000 bytes;
//   - it does not mention "javascript", nor "lorem ipsum", nor contain "{"
//     (C4 drops the whole page for the last two; here only the line goes);
//   - it does not contain a policy phrase: "terms of use", "privacy
//     policy", "cookie policy", "uses cookies", "use of cookies",
//     "use cookies" (case-insensitive);
//   - it is not an exact repeat of a line kept before (C4 deduplicates
//     three-sentence spans across the whole data set; within one page, a
//     repeated line is the local equivalent).
//
// Wikipedia-style citation markers ([1], [edit], [citation needed]) are
// removed from kept lines. C4's page-level rules (at least 5 sentences,
// the bad-words list, English only) filter documents rather than text
// within a page and are not applied: they would only empty whole pages.
func C4Filter(text string) string {
	var kept []string
	seen := make(map[string]bool)
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		if !c4Keep(line) || seen[line] {
			continue
		}
		seen[line] = true
		kept = append(kept, stripCitations(line))
	}
	return strings.Join(kept, "\n")
}

func c4Keep(line string) bool {
	if !endsTerminal(line) {
		return false
	}
	words := strings.Fields(line)
	if len(words) < 3 {
		return false
	}
	for _, w := range words {
		if len(w) > 1000 {
			return false
		}
	}
	if strings.Contains(line, "{") {
		return false
	}
	low := strings.ToLower(line)
	for _, bad := range c4BadSubstrings() {
		if strings.Contains(low, bad) {
			return false
		}
	}
	return true
}

func c4BadSubstrings() []string {
	return []string{
		"javascript", "lorem ipsum",
		"terms of use", "privacy policy", "cookie policy",
		"uses cookies", "use of cookies", "use cookies",
	}
}

func endsTerminal(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(line)
	switch r {
	case '.', '!', '?', '"', '…', '”', '’', '»', '。', '！', '？':
		return true
	}
	return false
}

// stripCitations removes bracketed citation markers: [digits], [edit] and
// [citation needed].
func stripCitations(line string) string {
	if !strings.Contains(line, "[") {
		return line
	}
	var b strings.Builder
	for i := 0; i < len(line); {
		if line[i] == '[' {
			if end := strings.IndexByte(line[i:], ']'); end > 0 && isCitation(line[i+1:i+end]) {
				i += end + 1
				continue
			}
		}
		b.WriteByte(line[i])
		i++
	}
	return b.String()
}

func isCitation(s string) bool {
	if s == "edit" || s == "citation needed" {
		return true
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
