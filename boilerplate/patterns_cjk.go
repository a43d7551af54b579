package boilerplate

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
	cue    string
	reason Reason
}{
	// ja
	{"有料会員", ReasonSubscription}, {"読み放題", ReasonSubscription}, {"会員登録", ReasonSubscription},
	{"今すぐ登録", ReasonSubscription}, {"続きを読むには", ReasonSubscription},
	{"メールマガジン", ReasonNewsletter}, {"メルマガ", ReasonNewsletter}, {"配信登録", ReasonNewsletter},
	{"クッキー", ReasonCookieNotice}, {"シェアする", ReasonSocial}, {"フォローする", ReasonSocial},
	{"無断転載", ReasonLegal}, {"関連記事", ReasonRelated},
	// zh
	{"订阅", ReasonSubscription}, {"訂閱", ReasonSubscription}, {"关注我们", ReasonSocial}, {"關注我們", ReasonSocial},
	{"版权所有", ReasonLegal}, {"版權所有", ReasonLegal}, {"相关文章", ReasonRelated}, {"相關文章", ReasonRelated},
	{"责任编辑", ReasonCredit}, {"責任編輯", ReasonCredit},
	// ko
	{"구독", ReasonSubscription}, {"뉴스레터", ReasonNewsletter}, {"무단 전재", ReasonLegal}, {"무단전재", ReasonLegal},
	{"관련기사", ReasonRelated}, {"관련 기사", ReasonRelated},
}

// cjkMaxRunes bounds the texts recognizeCJK judges: prompts are short.
// Past cjkOneCueRunes, a text needs two cues, as prose may mention one
// ("paid members" in a story about newspapers).
const (
	cjkMaxRunes    = 120
	cjkOneCueRunes = 20
)

// recognizeCJK returns the reason of a short Chinese, Japanese or Korean
// prompt, or ReasonNone.
func recognizeCJK(text string) Reason {
	if len(text) < 6 || len(text) > utf8.UTFMax*cjkMaxRunes {
		return ReasonNone // too short for a cue, or longer than cjkMaxRunes runes can be
	}
	runes := utf8.RuneCountInString(text)
	if runes > cjkMaxRunes || !hasCJKOrHangul(text) {
		return ReasonNone
	}
	found := cjkCuesIn(text)
	if n := bits.OnesCount32(found); n >= 2 || n == 1 && runes <= cjkOneCueRunes {
		return cjkCues[bits.TrailingZeros32(found)].reason // the first in list order
	}
	return ReasonNone
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
