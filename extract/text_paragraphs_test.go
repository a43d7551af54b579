package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/winnowtext/winnow/boilerplate"
)

// hardWrapText wraps each line of text greedily at width columns (runes),
// with indent before every line it makes, as text browsers and mail do.
func hardWrapText(text string, width int, indent string) string {
	var sb strings.Builder
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			sb.WriteByte('\n')
		}
		col := 0
		for j, w := range strings.Fields(line) {
			n := len([]rune(w))
			if j > 0 && col+1+n > width {
				sb.WriteByte('\n')
				col = 0
			}
			if col == 0 {
				sb.WriteString(indent)
				col = len(indent)
			} else {
				sb.WriteByte(' ')
				col++
			}
			sb.WriteString(w)
			col += n
		}
	}
	return sb.String()
}

func TestHardWrap(t *testing.T) {
	para := "The council voted on Tuesday to extend the riverside park by two hectares, after a year " +
		"of meetings in which residents asked for shade, benches and a path that stays dry in winter, " +
		"and the work is to start in the spring once the last permits have been granted by the region."
	page := "Home\nNews\nSport\n" + para + "\n" + para + " And more.\nShare this\n© 2024 Example Media. All rights reserved."
	tests := []struct {
		name string
		text string
		want int
	}{
		{"wrapped at 72", hardWrapText(page, 72, ""), 72},
		{"wrapped at 80 with a margin", hardWrapText(page, 80, "   "), 77}, // the widest line
		{"one wrapped paragraph", hardWrapText(para, 60, ""), 60},
		{"not wrapped", page, 0},
		{"short lines", "Home\nNews\nSport\nWeather\nContact us", 0},
		// Every long line ends a sentence: nothing says it was wrapped.
		{"sentences a line each", strings.Repeat("NATO said on Tuesday that the alliance had not yet seen any sign of de-escalation.\n"+
			"Russia has denied claims that it is amassing troops on the border with the intention of invading.\n", 2), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := hardWrap(tt.text, lineBound(tt.text)); got != tt.want {
				t.Errorf("hardWrap = %d, want %d\n%s", got, tt.want, tt.text)
			}
		})
	}
}

func TestSplitTextBlocksWrapped(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		width int
		want  []string
		cont  []int32
	}{
		{"paragraph end by a short line", "The first paragraph runs over two lines, and the second\n" +
			"line of it is short.\nThe second paragraph follows without a blank line, and\n" +
			"finally it ends here.", 57,
			[]string{"The first paragraph runs over two lines, and the second line of it is short.",
				"The second paragraph follows without a blank line, and finally it ends here."}, nil},
		{"blank line", "A paragraph that is wrapped at a width of sixty columns and\n\ncontinues after a blank line.", 60,
			[]string{"A paragraph that is wrapped at a width of sixty columns and", "continues after a blank line."}, nil},
		{"hyphenated break", "The decision was taken by a well-\nknown committee of the council.", 36,
			[]string{"The decision was taken by a well-known committee of the council."}, nil},
		{"indented first lines", "    The first paragraph opens with an indent and its lines\n" +
			"run on to the width of the text until it ends with this\nline.\n" +
			"    The second paragraph opens the same way, on the next\nline.", 60,
			[]string{"The first paragraph opens with an indent and its lines run on to the width of the text until it ends with this line.",
				"The second paragraph opens the same way, on the next line."}, nil},
		{"bullets with a hanging indent", "   * The first item of the list is long enough that it wraps\n" +
			"     onto a second line.\n   * The second item is short.\n   * A third item that wraps as well, because it is long and\n" +
			"     says more.", 62,
			[]string{"* The first item of the list is long enough that it wraps onto a second line.",
				"* The second item is short.", "* A third item that wraps as well, because it is long and says more."}, nil},
		{"numbered items", "1. The first step is to open the lid of the box and take out\n2. the second part.", 60,
			[]string{"1. The first step is to open the lid of the box and take out", "2. the second part."}, nil},
		{"outdented line", "   A paragraph indented by three columns that runs over to\n   its second line and then\n" +
			"A heading at the margin", 60,
			[]string{"A paragraph indented by three columns that runs over to its second line and then", "A heading at the margin"}, nil},
		{"sentence break", "The mayor spoke first and thanked the volunteers for their work.\n" +
			"Then the engineers said the new embankment would hold the water.", 66,
			[]string{"The mayor spoke first and thanked the volunteers for their work.",
				"Then the engineers said the new embankment would hold the water."}, []int32{1}},
		{"sentence goes on in lower case", "The talks were held in the U.S.\nembassy, the ministry said.", 33,
			[]string{"The talks were held in the U.S. embassy, the ministry said."}, nil},
		{"no space between CJK lines", "東京都は今日、新しい公園の計画を発表した。公園は川\n沿いに作られる。", 26,
			[]string{"東京都は今日、新しい公園の計画を発表した。公園は川沿いに作られる。"}, nil},
		{"wider line", "A line that is wider than the width of the wrap, as a link or a table is\nnot joined.", 60,
			[]string{"A line that is wider than the width of the wrap, as a link or a table is", "not joined."}, nil},
		// A compound of 24 letters did not fit: the line broke before it
		// 22 columns short of the width.
		{"long compound word", "Die Jugendverbände der Landwirtschaft in NRW fordern eine\n" +
			"Existenzgründungsprämie. So sollen Landwirte bei der ersten Niederlassung mehr\nerhalten.", 80,
			[]string{"Die Jugendverbände der Landwirtschaft in NRW fordern eine Existenzgründungsprämie. " +
				"So sollen Landwirte bei der ersten Niederlassung mehr erhalten."}, nil},
		{"long word after a short line", "Read the full report\n" +
			"Kommunalwahlergebnisse for every district of the region are on the site.", 80,
			[]string{"Read the full report", "Kommunalwahlergebnisse for every district of the region are on the site."}, nil},
		// A word over maxJoinWord (a link) counts as maxJoinWord: a line
		// that ends further short than that ends its paragraph.
		{"long link after a short line", "Figures for the year\n" +
			"https://example.org/statistics/annual-report-2024/tables.csv lists them.", 80,
			[]string{"Figures for the year",
				"https://example.org/statistics/annual-report-2024/tables.csv lists them."}, nil},
		{"lone CR", "A paragraph wrapped in an old Mac text file with lines that\rend in a carriage return.", 60,
			[]string{"A paragraph wrapped in an old Mac text file with lines that end in a carriage return."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, cont := splitTextBlocks(tt.text, 100, tt.width, lineBound(tt.text))
			var got []string
			for _, b := range blocks {
				got = append(got, b.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("blocks:\n%q\nwant\n%q", got, tt.want)
			}
			if !slices.Equal(cont, tt.cont) {
				t.Errorf("cont = %v, want %v", cont, tt.cont)
			}
		})
	}
}

func TestSplitTextBlocksWrappedLines(t *testing.T) {
	text := "Menu\n\nA paragraph of a text that was wrapped at forty\ncolumns by a tool.\nLast line"
	blocks, _ := splitTextBlocks(text, 2, 50, lineBound(text))
	if len(blocks) != 2 {
		t.Fatalf("got %d blocks, want the limit of 2", len(blocks))
	}
	if b := blocks[1]; b.Line != 3 || b.Kind != boilerplate.KindParagraph || b.Text != "A paragraph of a text that was wrapped at forty columns by a tool." {
		t.Errorf("block 1: line %d kind %v text %q", b.Line, b.Kind, b.Text)
	}
	if b := blocks[0]; b.Line != 1 || b.Kind != boilerplate.KindLine {
		t.Errorf("block 0: line %d kind %v", b.Line, b.Kind)
	}
}

// TestFromTextWrappedSeeds checks that the seeds, hard-wrapped at 72 and
// 80 columns (the latter inside a margin, as lynx dumps them), keep the
// same main text as they do unwrapped, but for where paragraphs break.
func TestFromTextWrappedSeeds(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "text", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no seeds in testdata/text")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want, err := FromText(string(raw), Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, wrap := range []struct {
			width  int
			indent string
		}{{72, ""}, {80, "   "}} {
			res, err := FromText(hardWrapText(string(raw), wrap.width, wrap.indent), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got, w := strings.Fields(res.Text), strings.Fields(want.Text); !slices.Equal(got, w) {
				t.Errorf("%s wrapped at %d: text differs\n got: %s\nwant: %s", filepath.Base(f), wrap.width, res.Text, want.Text)
			}
			if res.Title != want.Title {
				t.Errorf("%s wrapped at %d: title %q, want %q", filepath.Base(f), wrap.width, res.Title, want.Title)
			}
		}
	}
}

// FuzzTextParagraphs checks paragraph reconstruction on any text, as it
// comes and hard-wrapped: no text is lost or made up (the blocks hold the
// input's non-space bytes in order), line numbers grow, and FromText keeps
// its invariants.
func FuzzTextParagraphs(f *testing.F) {
	f.Add(hardWrapText("Home\n"+textPara1+"\n"+textPara2+"\nShare this", 60, ""), uint8(60))
	f.Add(hardWrapText("Menu\n"+textPara1+"\n\n"+textPara2, 77, "   "), uint8(0))
	f.Add("   * An item that wraps onto\n     a second line.\n   * Next\n1. well-\nknown\n", uint8(30))
	f.Add("東京都は今日、新しい公園の計画を\n発表した。\r公園は川\r\n沿い。", uint8(16))
	f.Add("a\u00a0b \t\v\f\n\n\u00a0 c-\nd", uint8(1))
	f.Fuzz(func(t *testing.T, text string, w uint8) {
		text = strings.ToValidUTF8(text, "\uFFFD") // as FromText makes it
		wrapWidth, _ := hardWrap(text, lineBound(text))
		for _, width := range []int{wrapWidth, int(w)} {
			blocks, cont := splitTextBlocks(text, 1<<20, width, lineBound(text))
			var sb strings.Builder
			line := 0
			for i, b := range blocks {
				if b.Line <= line {
					t.Fatalf("block %d: line %d after line %d", i, b.Line, line)
				}
				line = b.Line
				sb.WriteString(b.Text)
			}
			if got, want := noSpace(sb.String()), noSpace(text); got != want {
				t.Fatalf("width %d: blocks hold %q, text %q", width, got, want)
			}
			if !slices.IsSorted(cont) || len(cont) > 0 && (cont[0] < 1 || int(cont[len(cont)-1]) >= len(blocks)) {
				t.Fatalf("cont %v of %d blocks", cont, len(blocks))
			}
		}
		sameFromRecs(t, text, 1<<20)
		sameFromRecs(t, text, 1+int(w%8))
		lim := fuzzLimits(w)
		res, err := FromText(hardWrapText(text, 20+int(w%80), ""), Options{Limits: lim})
		checkResult(t, res, err, lim)
	})
}

// sameFromRecs checks that the blocks built from the lines measureWrap
// recorded (splitRecs), at most max of them, are those splitTextBlocks
// finds in the text, where buildTextBlocks takes them from the records.
func sameFromRecs(t *testing.T, text string, max int) {
	t.Helper()
	s := getWrapShape(max)
	defer putWrapShape(s)
	measureWrap(text, lineBound(text), s)
	width, _ := s.width()
	if !s.whole || s.recsCut || width == 0 && strings.IndexByte(text, '\r') >= 0 {
		return
	}
	got, gotCont := splitRecs(s.recs, max, width, 0)
	want, wantCont := splitTextBlocks(text, max, width, 0)
	if !slices.Equal(gotCont, wantCont) || len(got) != len(want) {
		t.Fatalf("width %d, max %d: %d blocks and cont %v from the records, %d and %v from the text",
			width, max, len(got), gotCont, len(want), wantCont)
	}
	for i := range got {
		if got[i].Text != want[i].Text || got[i].Line != want[i].Line || got[i].Kind != want[i].Kind {
			t.Fatalf("width %d, max %d: block %d is %q (line %d) from the records, %q (line %d) from the text",
				width, max, i, got[i].Text, got[i].Line, want[i].Text, want[i].Line)
		}
	}
}

// noSpace drops the white space that splitTextBlocks trims or joins over.
func noSpace(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '\v', '\f', '\n', '\r', '\u00a0':
			return -1
		}
		return r
	}, s)
}

func TestRuneCounts(t *testing.T) {
	for _, s := range []string{"", "a", "abcdefgh", "abcdefghi", "é", "日本語のテキスト", "Grüße aus Köln, schöne Grüße!",
		"mixed ascii and ünïcödé over eight bytes", "\U0001F600 emoji", "tab\tand space"} {
		if got, want := runeLen(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("runeLen(%q) = %d, want %d", s, got, want)
		}
		first, _, _ := strings.Cut(s, " ")
		if got, want := firstWordCols(s), min(utf8.RuneCountInString(first), maxFitWord); got != want {
			t.Errorf("firstWordCols(%q) = %d, want %d", s, got, want)
		}
		if got := columns(2, s, 3); got != min(2+utf8.RuneCountInString(s), 4) && got <= 3 {
			t.Errorf("columns(2, %q, 3) = %d", s, got)
		}
	}
}
