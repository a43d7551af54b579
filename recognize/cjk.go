package recognize

import (
	"math/bits"
	"strings"
	"unicode/utf8"

	"github.com/winnowtext/winnow/internal/runeclass"
)

// cjkCues are cue phrases of Chinese, Japanese and Korean prompts. Those
// scripts do not separate words, so they are found as substrings, and only
// in short texts, where a prompt stands alone rather than being quoted in
// an article.
var cjkCues = [...]struct {
	cue  string
	kind Kind
}{
	// ja
	{"有料会員", Subscription}, {"読み放題", Subscription}, {"会員登録", Subscription},
	{"今すぐ登録", Subscription}, {"続きを読むには", Subscription},
	{"メールマガジン", Newsletter}, {"メルマガ", Newsletter}, {"配信登録", Newsletter},
	{"クッキー", CookieNotice}, {"シェアする", Social}, {"フォローする", Social},
	{"無断転載", Legal}, {"関連記事", Related},
	// zh
	{"订阅", Subscription}, {"訂閱", Subscription}, {"关注我们", Social}, {"關注我們", Social},
	{"版权所有", Legal}, {"版權所有", Legal}, {"相关文章", Related}, {"相關文章", Related},
	{"责任编辑", Credit}, {"責任編輯", Credit},
	// ko
	{"구독", Subscription}, {"뉴스레터", Newsletter}, {"무단 전재", Legal}, {"무단전재", Legal},
	{"관련기사", Related}, {"관련 기사", Related},
}

// cjkMaxRunes bounds the texts recognizeCJK judges: prompts are short.
// Past cjkOneCueRunes, a text needs two cues, as prose may mention one
// ("paid members" in a story about newspapers).
const (
	cjkMaxRunes    = 120
	cjkOneCueRunes = 20
)

// recognizeCJK returns the kind of a short Chinese, Japanese or Korean
// prompt, or None.
func recognizeCJK(text string) Kind {
	if len(text) < 6 || len(text) > utf8.UTFMax*cjkMaxRunes {
		return None // too short for a cue, or longer than cjkMaxRunes runes can be
	}
	runes := utf8.RuneCountInString(text)
	if runes > cjkMaxRunes || !hasCJKOrHangul(text) {
		return None
	}
	found := cjkCuesIn(text)
	if n := bits.OnesCount32(found); n >= 2 || n == 1 && runes <= cjkOneCueRunes {
		return cjkCues[bits.TrailingZeros32(found)].kind // the first in list order
	}
	return None
}

// cjkCuesIn returns the set of the cjkCues that text contains, bit i for
// cue i. It reads text once: at each rune, cjkStarts names the cues that
// may start there, and most runes start none. Searching for each cue in
// turn read a short text as many times as there are cues.
func cjkCuesIn(text string) uint32 {
	var found uint32
	for i := 0; i < len(text); i++ {
		if text[i] < 0xE0 {
			continue // every cue starts with a rune of three bytes
		}
		for set := cjkStarts[text[i+min(2, len(text)-1-i)]]; set != 0; set &= set - 1 {
			c := bits.TrailingZeros32(set)
			if strings.HasPrefix(text[i:], cjkCues[c].cue) {
				found |= 1 << c
			}
		}
	}
	return found
}

// cjkStarts maps the third byte of each cue's first rune to the set of
// cues that start with a rune ending in that byte.
var cjkStarts = func() (t [256]uint32) {
	var _ = [1]struct{}{}[len(cjkCues)/33] // the sets are 32-bit
	for i, c := range cjkCues {
		t[c.cue[2]] |= 1 << i
	}
	return t
}()

func hasCJKOrHangul(text string) bool {
	for _, r := range text {
		if runeclass.CJK(r) || runeclass.HangulSyllable(r) {
			return true
		}
	}
	return false
}
