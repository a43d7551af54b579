package charset

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Texts in the languages of the legacy encodings, written for these tests.
const (
	russianText  = "Привет, мир! Это тестовая страница о погоде в Москве. Сегодня солнечно и тепло, а завтра обещают дождь."
	germanText   = "Größe, Übergröße und Maßband: café crème à la française, naïve Kühe auf der Weide."
	polishText   = "Zażółć gęślą jaźń. Łódź jest pięknym miastem w środku Polski, a Kraków leży na południu."
	greekText    = "Καλημέρα κόσμε. Σήμερα ο καιρός είναι πολύ καλός στην Αθήνα και οι δρόμοι είναι γεμάτοι."
	hebrewText   = "שלום עולם. היום מזג האוויר יפה מאוד בירושלים ואנשים רבים הולכים לשוק."
	arabicText   = "مرحبا بالعالم. الطقس جميل جدا اليوم في القاهرة والناس يذهبون إلى السوق."
	japaneseText = "こんにちは、世界。今日はとても良い天気ですね。東京の桜が咲きました。みんなで公園に行きましょう。"
	koreanText   = "안녕하세요, 세계. 오늘은 날씨가 아주 좋습니다. 서울의 봄은 아름답습니다. 공원에 갑시다."
	chineseText  = "你好，世界。今天天气很好。我们在北京的公园里散步，看到了很多美丽的花，大家都很高兴。"
	thaiText     = "สวัสดีชาวโลก วันนี้อากาศดีมาก เราไปเดินเล่นที่สวนสาธารณะในกรุงเทพมหานคร และได้เห็นดอกไม้สวยงามมากมาย"
	taiwanText   = "你好，世界。今天天氣很好。我們在台北的公園裡散步，看到了很多美麗的花，大家都很高興。"
)

func page(head, text string) string {
	return "<!DOCTYPE html><html><head>" + head + "<title>Test</title></head><body><p>" + text + "</p></body></html>"
}

func encode(t testing.TB, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding test page: %v", err)
	}
	return b
}

func TestDecode(t *testing.T) {
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	latePreamble := "<!-- " + strings.Repeat("padding in a long head. ", 80) + " -->"
	tests := []struct {
		name        string
		enc         encoding.Encoding
		head, text  string
		contentType string
		bom         []byte
		want        string // encoding name
	}{
		// Declared by the HTTP header.
		{name: "header windows-1251", enc: charmap.Windows1251, text: russianText, contentType: "text/html; charset=windows-1251", want: "windows-1251"},
		{name: "header iso-8859-1", enc: charmap.ISO8859_1, text: germanText, contentType: "text/html; charset=ISO-8859-1", want: "windows-1252"},
		{name: "header shift_jis", enc: japanese.ShiftJIS, text: japaneseText, contentType: `text/html; charset="Shift_JIS"`, want: "shift_jis"},
		{name: "header euc-kr", enc: korean.EUCKR, text: koreanText, contentType: "text/html;charset=euc-kr", want: "euc-kr"},
		{name: "header gb18030", enc: simplifiedchinese.GB18030, text: chineseText, contentType: "text/html; charset=gb18030", want: "gb18030"},
		{name: "header gb2312 label", enc: simplifiedchinese.GBK, text: chineseText, contentType: "text/html; charset=gb2312", want: "gbk"},
		{name: "broken header", enc: charmap.KOI8R, text: russianText, contentType: "text/html; charset=koi8-r;;", want: "koi8-r"},
		// Declared in the page.
		{name: "meta charset", enc: charmap.Windows1251, head: `<meta charset="windows-1251">`, text: russianText, want: "windows-1251"},
		{name: "meta http-equiv", enc: japanese.EUCJP, head: `<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">`, text: japaneseText, want: "euc-jp"},
		{name: "meta after 1 KB", enc: charmap.Windows1250, head: latePreamble + `<meta charset=windows-1250>`, text: polishText, want: "windows-1250"},
		{name: "meta after a wrong utf-8 header", enc: charmap.ISO8859_7, head: `<meta charset="iso-8859-7">`, text: greekText, contentType: "text/html; charset=utf-8", want: "iso-8859-7"},
		{name: "meta beats default header", enc: charmap.Windows1251, head: `<meta charset="windows-1251">`, text: russianText, contentType: "text/html; charset=iso-8859-1", want: "windows-1251"},
		// Sniffed.
		{name: "sniff windows-1251", enc: charmap.Windows1251, text: russianText, want: "windows-1251"},
		{name: "sniff koi8-r", enc: charmap.KOI8R, text: russianText, want: "koi8-r"},
		{name: "sniff ibm866", enc: charmap.CodePage866, text: russianText, want: "ibm866"},
		{name: "sniff latin", enc: charmap.Windows1252, text: germanText, want: "windows-1252"},
		{name: "sniff windows-1250", enc: charmap.Windows1250, text: polishText, want: "windows-1250"},
		{name: "sniff greek", enc: charmap.Windows1253, text: greekText, want: "windows-1253"},
		{name: "sniff hebrew", enc: charmap.Windows1255, text: hebrewText, want: "windows-1255"},
		{name: "sniff arabic", enc: charmap.Windows1256, text: arabicText, want: "windows-1256"},
		{name: "sniff thai", enc: charmap.Windows874, text: thaiText, want: "windows-874"},
		{name: "sniff shift_jis", enc: japanese.ShiftJIS, text: japaneseText, want: "shift_jis"},
		{name: "sniff euc-jp", enc: japanese.EUCJP, text: japaneseText, want: "euc-jp"},
		{name: "sniff euc-kr", enc: korean.EUCKR, text: koreanText, want: "euc-kr"},
		{name: "sniff gb18030", enc: simplifiedchinese.GB18030, text: chineseText, want: "gb18030"},
		{name: "sniff big5", enc: traditionalchinese.Big5, text: taiwanText, want: "big5"},
		{name: "utf-16le no BOM", enc: utf16le, text: russianText, want: "utf-16le"},
		{name: "utf-16be no BOM", enc: utf16be, text: japaneseText, want: "utf-16be"},
		{name: "utf-16le no BOM, header says utf-8", enc: utf16le, text: germanText, contentType: "text/html; charset=utf-8", want: "utf-16le"},
		// Byte order marks.
		{name: "utf-16le BOM", enc: utf16le, text: koreanText, bom: bomUTF16LE, want: "utf-16le"},
		{name: "utf-16be BOM", enc: utf16be, text: chineseText, bom: bomUTF16BE, want: "utf-16be"},
		{name: "utf-8 BOM beats header", enc: encoding.Nop, text: russianText, bom: bomUTF8, contentType: "text/html; charset=windows-1251", want: "utf-8"},
		// UTF-8.
		{name: "utf-8 undeclared", enc: encoding.Nop, text: japaneseText, want: "utf-8"},
		{name: "utf-8 mislabelled latin-1", enc: encoding.Nop, text: germanText, contentType: "text/html; charset=iso-8859-1", want: "utf-8"},
		{name: "utf-8 mislabelled shift_jis", enc: encoding.Nop, head: `<meta charset="shift_jis">`, text: japaneseText, want: "utf-8"},
		{name: "utf-8 meta claims utf-16", enc: encoding.Nop, head: `<meta charset="utf-16">`, text: greekText, want: "utf-8"},
		{name: "declared utf-8 is windows-1251", enc: charmap.Windows1251, head: `<meta charset="utf-8">`, text: russianText, want: "windows-1251"},
		{name: "ascii keeps declared name", enc: encoding.Nop, text: "plain ascii", contentType: "text/html; charset=koi8-r", want: "koi8-r"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := page(tt.head, tt.text)
			raw := append(append([]byte{}, tt.bom...), encode(t, tt.enc, want)...)
			got, name, err := Decode(raw, tt.contentType)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if name != tt.want {
				t.Errorf("encoding = %q, want %q", name, tt.want)
			}
			if string(got) != want {
				t.Errorf("text = %q\nwant   %q", got, want)
			}
		})
	}
}

func TestDecodeInvalidUTF8(t *testing.T) {
	tests := []struct {
		name, raw, contentType string
		want, wantName         string
	}{
		{"declared, one stray byte", "<meta charset=utf-8><p>caf\xe9 — naïve résumé</p>", "", "<meta charset=utf-8><p>caf\uFFFD — naïve résumé</p>", "utf-8"},
		{"undeclared, truncated at the end", "<p>Привет, мир, это текст\xd0", "", "<p>Привет, мир, это текст\uFFFD", "utf-8"},
		{"header utf-8, latin-1 bytes", "<p>caf\xe9 cr\xe8me</p>", "text/html; charset=utf-8", "<p>café crème</p>", "windows-1252"},
		{"undeclared latin-1 with a chance UTF-8 pair", "<p>caf\xe9 na\xefve \xc3\xa9</p>", "", "<p>café naïve Ã©</p>", "windows-1252"},
		{"empty", "", "", "", "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, name, err := Decode([]byte(tt.raw), tt.contentType)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want || name != tt.wantName {
				t.Errorf("Decode = %q, %q; want %q, %q", got, name, tt.want, tt.wantName)
			}
			if !utf8.Valid(got) {
				t.Errorf("output is not valid UTF-8")
			}
		})
	}
}

func TestDecodeValidUTF8NoCopy(t *testing.T) {
	for _, raw := range [][]byte{
		[]byte(page(`<meta charset="utf-8">`, russianText)),
		[]byte(page("", "ascii only")),
		[]byte(page("", japaneseText)),
	} {
		got, _, _ := Decode(raw, "text/html; charset=windows-1252")
		if len(got) != len(raw) || &got[0] != &raw[0] {
			t.Errorf("valid UTF-8 was copied")
		}
	}
}

func TestHeaderCharset(t *testing.T) {
	tests := map[string]string{
		"":                               "",
		"text/html":                      "",
		"text/html; charset=UTF-8":       "UTF-8",
		`text/html; charset="koi8-r"`:    "koi8-r",
		"text/html; charset=utf-8;;":     "utf-8",
		"text/html; Charset='cp1251', x": "cp1251",
	}
	for in, want := range tests {
		if got := headerCharset(in); got != want {
			t.Errorf("headerCharset(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCharsetFromContent(t *testing.T) {
	tests := map[string]string{
		"text/html; charset=koi8-r":         "koi8-r",
		"text/html; CHARSET = 'euc-jp'":     "euc-jp",
		`text/html; charset="utf-8`:         "",
		"text/html; charsetx; charset=big5": "big5",
		"text/html":                         "",
	}
	for in, want := range tests {
		if got := charsetFromContent(in); got != want {
			t.Errorf("charsetFromContent(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkDecodeUTF8(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString(`<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Test</title></head><body>`)
	for buf.Len() < 100<<10 {
		buf.WriteString("<p>" + russianText + " " + germanText + "</p>\n")
	}
	buf.WriteString("</body></html>")
	raw := buf.Bytes()
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		Decode(raw, "text/html; charset=utf-8")
	}
}

func BenchmarkDecodeASCII(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Test</title></head><body>`)
	for buf.Len() < 100<<10 {
		buf.WriteString("<p>The quick brown fox jumps over the lazy dog, again and again.</p>\n")
	}
	raw := buf.Bytes()
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		Decode(raw, "")
	}
}
