package lang

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestDetectUnknown(t *testing.T) {
	for _, text := range []string{
		"",
		"   \n\t ",
		"12345 67.89 +1 (555) 010-9999",
		"https://www.example.com/path/to/page.html?id=42&lang=en",
		"info@example.org www.example.net",
		"!!! ??? --- *** ### ... ©®™ € $ 100%",
		"example.com/news ftp://files.example.org",
		"OK",
		"Login",
		"#breaking @newsdesk",
		"2024-05-01 12:30",
	} {
		r := Detect(text)
		if r.Known() || r.Confidence != 0 {
			t.Errorf("Detect(%q) = %v %.2f, want und 0", text, r.Tag, r.Confidence)
		}
		if r.Base() != "und" {
			t.Errorf("Detect(%q).Base() = %q, want und", text, r.Base())
		}
	}
}

func TestDetectShortBlocks(t *testing.T) {
	for _, tc := range []struct{ code, text string }{
		{"en", "Read more about our privacy policy"},
		{"de", "Alle Rechte vorbehalten."},
		{"fr", "Tous droits réservés."},
		{"es", "Todos los derechos reservados."},
		{"ru", "Все права защищены."},
		{"uk", "Усі права захищені."},
		{"pl", "Wszelkie prawa zastrzeżone."},
		{"el", "Όλα τα δικαιώματα"},
		{"ja", "ログインしてください"},
		{"ko", "개인정보 처리방침"},
		{"zh", "版权所有"},
		{"he", "כל הזכויות שמורות"},
		{"th", "สงวนลิขสิทธิ์"},
	} {
		if got := Detect(tc.text).Base(); got != tc.code {
			t.Errorf("Detect(%q) = %s, want %s", tc.text, got, tc.code)
		}
	}
}

func TestDetectIgnoresURLsAndNumbers(t *testing.T) {
	text := "Die Regierung hat am Dienstag neue Maßnahmen angekündigt " +
		"https://www.example.com/english/news/today-the-government-said 2024 info@example.com"
	if got := Detect(text).Base(); got != "de" {
		t.Errorf("got %s, want de", got)
	}
}

func TestDetectMixedScripts(t *testing.T) {
	for _, tc := range []struct{ code, text string }{
		// Japanese with Latin product names: Kana decides.
		{"ja", "新しいiPhoneとMacBook Proの発売日が発表されました。"},
		// Chinese with an English brand: Han dominates.
		{"zh", "苹果公司今天发布了新款iPhone手机，售价与去年相同。"},
		// Russian with an English phrase.
		{"ru", "Компания представила новый сервис под названием Smart Home для всех клиентов."},
		// Korean with Hanja.
		{"ko", "大韓民國 헌법 제1조는 대한민국은 민주공화국이라고 규정한다."},
	} {
		if got := Detect(tc.text).Base(); got != tc.code {
			t.Errorf("Detect(%q) = %s, want %s", tc.text, got, tc.code)
		}
	}
}

func TestConfidence(t *testing.T) {
	short := Detect("Der Hund")
	long := Detect("Der Hund lief über die Wiese und bellte laut, weil er einen Hasen gesehen hatte.")
	if !long.Known() || long.Confidence < 0.9 || long.Confidence > 1 {
		t.Errorf("long German sentence: %v %.3f, want de >= 0.9", long.Tag, long.Confidence)
	}
	if short.Confidence >= long.Confidence {
		t.Errorf("short text confidence %.3f >= long text %.3f", short.Confidence, long.Confidence)
	}
	for _, s := range loadSentences(t) {
		r := Detect(s.text)
		if r.Confidence <= 0 || r.Confidence > 1 {
			t.Errorf("confidence %.3f out of (0,1] for %q", r.Confidence, s.text)
		}
	}
}

func TestDetectScript(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Script
	}{
		{"", ScriptUnknown},
		{"123 456", ScriptUnknown},
		{"hello world", Latin},
		{"Tiếng Việt", Latin},
		{"привет мир", Cyrillic},
		{"Καλημέρα", Greek},
		{"שלום", Hebrew},
		{"مرحبا", Arabic},
		{"नमस्ते", Devanagari},
		{"নমস্কার", Bengali},
		{"வணக்கம்", Tamil},
		{"สวัสดี", Thai},
		{"გამარჯობა", Georgian},
		{"Բարեւ", Armenian},
		{"안녕하세요", Hangul},
		{"こんにちは世界", Kana},
		{"你好世界", Han},
		{"hello мир мир", Cyrillic},
		{"https://example.com привет", Cyrillic},
	} {
		if got := DetectScript(tc.text); got != tc.want {
			t.Errorf("DetectScript(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	if Script(200).String() != "Unknown" || Cyrillic.String() != "Cyrillic" {
		t.Error("Script.String")
	}
}

func TestLanguagesHaveTags(t *testing.T) {
	seen := map[string]bool{}
	for _, tag := range Languages() {
		b, _ := tag.Base()
		if seen[b.String()] {
			t.Errorf("duplicate language %v", tag)
		}
		seen[b.String()] = true
	}
	if len(seen) != numLanguages {
		t.Errorf("%d languages, want %d", len(seen), numLanguages)
	}
}

func TestDetectDoesNotAllocate(t *testing.T) {
	text := strings.Repeat("Le gouvernement a annoncé de nouvelles mesures. ", 20)
	Detect(text)
	if n := testing.AllocsPerRun(50, func() { Detect(text) }); n != 0 {
		t.Errorf("Detect allocates %.0f times", n)
	}
}

func TestDecodeModelRejectsCorruptData(t *testing.T) {
	good := modelData
	for _, data := range [][]byte{
		nil,
		[]byte("WNLM"),
		[]byte("XXXX\x01"),
		good[:len(good)/2],
		good[:40],
	} {
		if _, err := decodeModel(data); err == nil {
			t.Errorf("decodeModel accepted %d bytes of corrupt data", len(data))
		}
	}
	if _, err := decodeModel(good); err != nil {
		t.Fatalf("embedded model: %v", err)
	}
}

func TestUnknownTagHasNoStopwords(t *testing.T) {
	if s := Stopwords(language.Und); s != nil {
		t.Errorf("Stopwords(und) = %v, want nil", s)
	}
}

func FuzzDetect(f *testing.F) {
	for _, s := range []string{"", "hello world", "привет", "日本語のテキスト", "\xff\xfe", "https://x.y/z", "a\u0301b\u0302"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		r := Detect(text)
		if r.Confidence < 0 || r.Confidence > 1 {
			t.Fatalf("confidence %v", r.Confidence)
		}
		if r.Known() != (r.Confidence > 0) {
			t.Fatalf("known %v with confidence %v", r.Known(), r.Confidence)
		}
		_ = DetectScript(text)
	})
}

// TestModelMemory keeps the decoded models within a library's budget:
// n-gram and word tables plus the stopword sets they are built from.
func TestModelMemory(t *testing.T) {
	m := loadModel()
	total := m.memory()
	for _, tag := range StopwordLanguages() {
		total += len(Stopwords(tag).table) * 8
	}
	ngrams, words := 0, 0
	for g := range numGroups {
		ngrams += m.ngrams[g].memory()
		words += m.words[g].memory()
	}
	t.Logf("n-gram tables %d bytes, word tables %d bytes, all with stopword sets %d bytes",
		ngrams, words, total)
	if total > 4<<20 {
		t.Errorf("models take %d bytes, want <= 4 MiB", total)
	}
}

func TestDetectLongMixedText(t *testing.T) {
	// A long text is sampled evenly: the language of most of it wins even
	// when another comes first.
	en := strings.Repeat("The council voted to keep the library open on Sundays. ", 20)
	de := strings.Repeat("Der Stadtrat hat beschlossen, die Bibliothek sonntags zu öffnen. ", 80)
	if got := Detect(en + de).Base(); got != "de" {
		t.Errorf("English then German (4x longer): got %s, want de", got)
	}
	if got := Detect(strings.Repeat("Правительство объявило о новых мерах. ", 5000)).Base(); got != "ru" {
		t.Errorf("long Russian text: got %s", got)
	}
}

// TestNextTokenMarks checks the promise forEachToken relies on: a token
// nextToken does not mark is never urlish.
func TestNextTokenMarks(t *testing.T) {
	pieces := []string{"a", "W", "www", "com", "0", "#", "@", ":", "//", ".", "/", "\\", "_", "=", "-", ",", "'", "é", "я", "北", "\xff"}
	for i := range 200000 {
		var sb strings.Builder
		for k := i; k > 0; k /= len(pieces) {
			sb.WriteString(pieces[k%len(pieces)])
		}
		tok := sb.String()
		if tok == "" {
			continue
		}
		if start, end, marked := nextToken(tok, 0); start != 0 || end != len(tok) || !marked && urlish(tok) {
			t.Fatalf("nextToken(%q) = %d, %d, %v; urlish %v", tok, start, end, marked, urlish(tok))
		}
	}
}
