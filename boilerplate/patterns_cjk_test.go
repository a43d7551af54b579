package boilerplate

import "testing"

func TestRecognizeCJK(t *testing.T) {
	tests := []struct {
		text string
		want Reason
	}{
		{"有料会員になると、すべての記事が読み放題になります。初月は無料です。", ReasonSubscription},
		{"メールマガジン「けさのみなと」の配信登録はこちら。", ReasonNewsletter},
		{"订阅我们的新闻", ReasonSubscription},
		{"뉴스레터를 받아보세요", ReasonNewsletter},
		// Article prose that mentions a subscription is long: not judged.
		{"市の図書館は今年、有料会員制度を見直し、" + repeatRunes("市民の声を受けて利用の仕組みを大きく変えることを決めた。", 5), ReasonNone},
		{"商店街の店主が交代で見回る。", ReasonNone},
	}
	for _, tt := range tests {
		if got := Recognize(tt.text); got != tt.want {
			t.Errorf("Recognize(%q) = %q, want %q", tt.text, got, tt.want)
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
