package recognize

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestRecognizeCJK(t *testing.T) {
	tests := []struct {
		text string
		want Kind
	}{
		{"有料会員になると、すべての記事が読み放題になります。初月は無料です。", Subscription},
		{"メールマガジン「けさのみなと」の配信登録はこちら。", Newsletter},
		{"订阅我们的新闻", Subscription},
		{"뉴스레터를 받아보세요", Newsletter},
		// Article prose that mentions a subscription is long: not judged.
		{"市の図書館は今年、有料会員制度を見直し、" + repeatRunes("市民の声を受けて利用の仕組みを大きく変えることを決めた。", 5), None},
		{"商店街の店主が交代で見回る。", None},
	}
	for _, tt := range tests {
		if got := Text(tt.text); got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func repeatRunes(s string, n int) string {
	out := ""
	for range n {
		out += s
	}
	return out
}

// TestCJKCuesInMatchesContains checks the one-pass scan against searching
// for each cue in turn, on texts made of cues, their pieces and other
// runes.
func TestCJKCuesInMatchesContains(t *testing.T) {
	pieces := []string{"の", "会", "員", "有料", "登録", "구", "독", "관련", " ", "a", "。", "\xe3", "\xe3\x81", "\xff", "版权", "所有"}
	for _, c := range cjkCues {
		pieces = append(pieces, c.cue)
	}
	r := rand.New(rand.NewPCG(7, 8))
	var sb strings.Builder
	for range 50000 {
		sb.Reset()
		for range r.IntN(12) {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := sb.String()
		var want uint32
		for i, c := range cjkCues {
			if strings.Contains(text, c.cue) {
				want |= 1 << i
			}
		}
		if got := cjkCuesIn(text); got != want {
			t.Fatalf("cjkCuesIn(%q) = %b, want %b", text, got, want)
		}
	}
}
