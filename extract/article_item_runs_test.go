package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestKeepItemRuns: on a page of press mentions read as an article, the
// mentions whose summary runs short and ends without a full stop stay
// with the others of the run; a run of too few items, and a run whose
// items density mostly dropped are left as density judged them.
func TestKeepItemRuns(t *testing.T) {
	long := []string{
		"A local program pairs trained volunteers with young readers for twenty minutes a day, and the schools report that most children reach their grade level within a year.",
		"The tutoring group now works in more than two hundred schools across the state, where its volunteers meet children one on one in the school library every morning.",
		"Teachers say the extra reading time helps most in the first two years of school, when a child who falls behind can still catch up with a little daily practice.",
		"The state has funded the program for another three years after an independent study found that the children it served read markedly better than their peers.",
		"Volunteers receive a week of training before the school year begins, and a coach visits each school every month to watch the sessions and answer their questions.",
		"Parents who joined a reading evening at the library said their children now ask for books at home, which the organisers count as the program's best result so far.",
	}
	intro := "Newspapers, radio stations and magazines have written about our tutoring programs, the volunteers who run them and the children who read with them every week."
	shorts := []string{"Spring volunteers wanted in northern schools", "Tutor training evenings open to parents in March"}
	item := func(b *strings.Builder, i int, text string) {
		fmt.Fprintf(b, `<div class="news-item"><div class="inner"><h4>Reading program news number %d</h4><p>%s</p>`+
			`<p><a href="/news/%d">Read more</a></p></div></div>`, i, text, i)
	}
	tests := []struct {
		name  string
		longs int // items with a full summary, then two short ones
		want  bool
	}{
		{"a run of eight mostly kept", 6, true},
		{"a run of three", 1, false},
		{"half the run dropped", 2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(`<article><h1>Our programs in the news</h1><p>` + intro + `</p><div class="news">`)
			for i := range tt.longs {
				item(&b, i, long[i])
			}
			item(&b, 20, shorts[0])
			item(&b, 21, shorts[1])
			b.WriteString(`</div></article>`)
			page := synthPage(`<title>Our programs in the news | Reading Corps</title>`, b.String())
			res, err := FromBytes([]byte(page), Options{URL: "https://reading.example/about/news"})
			if err != nil {
				t.Fatal(err)
			}
			if res.PageType != PageArticle {
				t.Fatalf("read as %s, want %s", res.PageType, PageArticle)
			}
			if got := strings.Contains(res.Text, shorts[0]) && strings.Contains(res.Text, shorts[1]); got != tt.want {
				t.Errorf("short summary kept %v, want %v:\n%s", got, tt.want, res.Text)
				for _, bl := range res.Blocks {
					t.Log(bl.Kept, bl.Reason, bl.Text)
				}
			}
		})
	}
}
