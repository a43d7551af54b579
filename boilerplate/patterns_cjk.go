package boilerplate

import (
	"strings"
	"unicode/utf8"
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
	first, n := ReasonNone, 0
	for _, c := range cjkCues {
		if strings.Contains(text, c.cue) {
			if first == ReasonNone {
				first = c.reason
			}
			n++
		}
	}
	if n >= 2 || n == 1 && runes <= cjkOneCueRunes {
		return first
	}
	return ReasonNone
}

func hasCJKOrHangul(text string) bool {
	for _, r := range text {
		if isCJK(r) || r >= 0xAC00 && r <= 0xD7A3 {
			return true
		}
	}
	return false
}
