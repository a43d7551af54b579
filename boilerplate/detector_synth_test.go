package boilerplate

import (
	"math/rand/v2"
	"strings"
)

// Synthetic text for tests and benchmarks: sentences drawn from word lists,
// so that every run sees the same text without storing any.

var englishWords = strings.Fields(`the of and to in a is that for it as was with be by on not he
this are or his from at which but have an they you were her she there been one all we their
has would when if so no what up out who them some could more these time into only two may then
do any like first than now my such made over did its new most after also where other those
between under still while city council government minister report people water river school
market price energy plan police court hospital season team coach player match goal league
village farmer harvest weather storm bridge road train station museum painting music festival
company workers union strike contract bank loan budget tax vote election party leader crowd
street house garden children teacher student library book author history science research
study data result method sample island coast border army troops talks agreement meeting week
month year morning evening night spring summer autumn winter north south east west small large
old young long short high low early late public private local national foreign final major`)

var russianWords = strings.Fields(`и в не на что с по как а это он она они мы из к у за от
так же было быть для о но его её их который год город время день человек дело жизнь страна
мир правительство министр президент совет закон суд полиция школа больница вода река дорога
мост поезд станция музей книга автор история наука работа компания рынок цена банк налог
выборы партия лидер улица дом сад дети учитель студент утро вечер ночь весна лето осень зима
север юг восток запад большой малый новый старый молодой первый последний местный`)

// synth draws sentences and paragraphs from a seeded source.
type synth struct {
	r     *rand.Rand
	words []string
}

func newSynth(seed uint64, russian bool) *synth {
	w := englishWords
	if russian {
		w = russianWords
	}
	return &synth{r: rand.New(rand.NewPCG(seed, seed^0x5eed)), words: w}
}

// sentence returns a sentence of lo to hi words.
func (s *synth) sentence(lo, hi int) string {
	n := lo + s.r.IntN(hi-lo+1)
	var b strings.Builder
	for i := range n {
		w := s.words[s.r.IntN(len(s.words))]
		if i == 0 {
			r := []rune(w)
			w = strings.ToUpper(string(r[0])) + string(r[1:])
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		if i > 0 && i < n-1 && s.r.IntN(9) == 0 {
			b.WriteByte(',')
		}
	}
	b.WriteByte('.')
	return b.String()
}

// paragraph returns a paragraph of lo to hi sentences.
func (s *synth) paragraph(lo, hi int) string {
	n := lo + s.r.IntN(hi-lo+1)
	parts := make([]string, n)
	for i := range parts {
		parts[i] = s.sentence(6, 22)
	}
	return strings.Join(parts, " ")
}
