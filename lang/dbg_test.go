package lang

import "testing"

func TestDbg(t *testing.T) {
	for _, s := range loadSentences(t) {
		if s.code != "mr" && s.code != "hi" {
			continue
		}
		d := detection{m: loadModel()}
		forEachToken(s.text, d.scan)
		for g := range numGroups {
			d.flush(g)
		}
		t.Logf("%s %v %v", s.code, d.scores[groupDevanagari][:2], Detect(s.text).Base())
	}
	mr := Stopwords(tags[languageIndex("mr")])
	hi := Stopwords(tags[languageIndex("hi")])
	t.Log(mr.Contains("आहे"), mr.Contains("आणि"), hi.Contains("है"), hi.Contains("के"), mr.Len(), hi.Len())
}

func TestMem(t *testing.T) {
	m := loadModel()
	t.Logf("ngrams %d words %d (%d rows)", m.ngrams.memory(), m.words.memory(), len(m.words.rows))
}
