package extract

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

const (
	textPara1 = "NATO Secretary General Jens Stoltenberg said on Tuesday that the alliance had not yet seen any sign of de-escalation on the ground, despite the announcement from Moscow."
	textPara2 = "Russia has consistently denied claims that it is amassing troops on the border with the intention of launching an invasion of its neighbour, and says the drills are routine."
)

func TestFromTextLines(t *testing.T) {
	text := "Stoltenberg sees no sign of de-escalation\r\n" +
		"15.02.2022 12:57\r\n" +
		"\r\n" +
		"Show more\r\n" +
		textPara1 + "\r\n" +
		"\r\n" +
		textPara2 + "\r\n" +
		"Twitter: [ Link ]\r\n"
	res, err := FromText(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Title != "Stoltenberg sees no sign of de-escalation" {
		t.Errorf("Title = %q", res.Title)
	}
	if got := res.Date.Format("2006-01-02 15:04"); got != "2022-02-15 12:57" {
		t.Errorf("Date = %s", got)
	}
	if want := textPara1 + "\n\n" + textPara2; res.Text != want {
		t.Errorf("Text = %q\nwant %q", res.Text, want)
	}
	wantLines := []int{1, 2, 4, 5, 7, 8}
	wantReasons := []boilerplate.Reason{boilerplate.ReasonTitle, boilerplate.ReasonDateline, boilerplate.ReasonInterface,
		boilerplate.ReasonNone, boilerplate.ReasonNone, boilerplate.ReasonSocial}
	if len(res.Blocks) != len(wantLines) {
		t.Fatalf("got %d blocks, want %d (one per non-blank line)", len(res.Blocks), len(wantLines))
	}
	for i, b := range res.Blocks {
		if b.Line != wantLines[i] || b.Reason != wantReasons[i] || b.Kind != boilerplate.KindLine {
			t.Errorf("block %d: line %d reason %q kind %v; want line %d reason %q", i, b.Line, b.Reason, b.Kind, wantLines[i], wantReasons[i])
		}
		if b.Features.ContainerID != -1 || b.Features.Position != i || b.Features.Words == 0 {
			t.Errorf("block %d: features not filled: %+v", i, b.Features)
		}
	}
}

func TestFromTextWrapped(t *testing.T) {
	// Hard-wrapped paragraphs become one block each.
	text := `The alliance said on Tuesday that it had not yet seen any sign of
de-escalation on the ground, despite an announcement from Moscow that
some units were returning to their bases after the military drills.

Russia has consistently denied that it is amassing troops on the border
with the intention of launching an invasion of its neighbour, and says
the exercises that worry the West are routine and purely defensive.
`
	res, err := FromText(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Blocks) != 2 {
		t.Fatalf("got %d blocks, want 2 paragraphs", len(res.Blocks))
	}
	if b := res.Blocks[1]; b.Kind != boilerplate.KindParagraph || b.Line != 5 || !strings.HasPrefix(b.Text, "Russia has") {
		t.Errorf("second block: kind %v line %d text %q", b.Kind, b.Line, b.Text)
	}
	if strings.Count(res.Text, "\n\n") != 1 || strings.Contains(res.Text, "of\nde-escalation") {
		t.Errorf("Text = %q, want two unwrapped paragraphs", res.Text)
	}
}

func TestFromTextErrors(t *testing.T) {
	tests := []struct {
		name string
		text string
		opts Options
		want error
	}{
		{"empty", "", Options{}, ErrEmpty},
		{"blank", " \n\t\n\u00a0\n", Options{}, ErrEmpty},
		{"binary", "PK\x03\x04\x14\x00\x00\x00\x08\x00\x00\x00\x21\x00\x00\x00\x00\x00binary", Options{}, ErrNotHTML},
		{"too large", strings.Repeat("a", 100), Options{Limits: Limits{MaxInputBytes: 10}}, ErrTooLarge},
		// The same on text that is hard-wrapped (paragraphs rebuilt).
		{"blank margins", strings.Repeat("   \n\t\n", 40), Options{}, ErrEmpty},
		{"binary in wrapped lines", wrappedBinary(), Options{}, ErrNotHTML},
		{"too large, wrapped", hardWrapText(strings.Repeat(textPara1+" ", 20), 72, ""),
			Options{Limits: Limits{MaxInputBytes: 1000}}, ErrTooLarge},
	}
	for _, tt := range tests {
		if _, err := FromText(tt.text, tt.opts); !errors.Is(err, tt.want) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.want)
		}
	}
}

// wrappedBinary is compressed-looking binary data (bytes of a linear
// congruential generator) cut into lines of 80 bytes.
func wrappedBinary() string {
	var sb strings.Builder
	x := uint32(1)
	for i := range 8000 {
		if i%80 == 79 {
			sb.WriteByte('\n')
			continue
		}
		x = x*1664525 + 1013904223
		sb.WriteByte(byte(x >> 24))
	}
	return sb.String()
}

func TestFromTextWrappedLimits(t *testing.T) {
	text := hardWrapText(strings.Repeat(textPara1+"\n", 10), 60, "")
	if w, _ := hardWrap(text, lineBound(text)); w == 0 {
		t.Fatal("text not seen as wrapped")
	}
	res, err := FromText(text, Options{Limits: Limits{MaxBlocks: 3, MaxBlockChars: 50}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Blocks) != 3 {
		t.Errorf("got %d blocks, want MaxBlocks 3", len(res.Blocks))
	}
	for _, b := range res.Blocks {
		if len(b.Text) > 50 {
			t.Errorf("block of %d bytes, want at most MaxBlockChars 50", len(b.Text))
		}
	}
}

func TestFromTextLimits(t *testing.T) {
	text := strings.Repeat(textPara1+"\n", 10)
	res, err := FromText(text, Options{Limits: Limits{MaxBlocks: 3, MaxBlockChars: 50}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Blocks) != 3 {
		t.Errorf("got %d blocks, want MaxBlocks 3", len(res.Blocks))
	}
	for _, b := range res.Blocks {
		if len(b.Text) > 50 {
			t.Errorf("block of %d bytes, want at most MaxBlockChars 50", len(b.Text))
		}
	}
}

func TestFromTextInvalidUTF8(t *testing.T) {
	res, err := FromText("Bad \xff\xfe bytes\n"+textPara1+"\n"+textPara2, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Text, "Russia has") {
		t.Errorf("Text = %q", res.Text)
	}
	for _, b := range res.Blocks {
		if !utf8Valid(b.Text) {
			t.Errorf("block text is not valid UTF-8: %q", b.Text)
		}
	}
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "") == s }

func TestFromTextCollapsesSpace(t *testing.T) {
	res, err := FromText("  "+strings.ReplaceAll(textPara1, " ", " \t\u00a0")+"  \n"+textPara2, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Blocks[0].Text != textPara1 {
		t.Errorf("Text = %q, want white space collapsed", res.Blocks[0].Text)
	}
}

// TestCollapsible checks the promise buildTextBlocks relies on: a text
// that is not collapsible has no line collapseTextSpace would change.
func TestCollapsible(t *testing.T) {
	pieces := []string{"a", "Zz", " ", "  ", "\t", "\v", "\f", "\u00a0", "\u00a9", "\xc2", "\xa0", "\r", "\n", "é", "."}
	for i := range 20000 {
		var sb strings.Builder
		for k := i; k > 0; k /= len(pieces) {
			sb.WriteString(pieces[k%len(pieces)])
		}
		text := sb.String()
		if collapsible(text) {
			continue
		}
		for _, l := range splitTextLines(text, 100) {
			if got := collapseTextSpace(l.Text); got != l.Text {
				t.Fatalf("collapsible(%q) is false, but line %q collapses to %q", text, l.Text, got)
			}
		}
	}
}

func BenchmarkFromText(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "text", "*.txt"))
	var texts []string
	n := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
		n += len(raw)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			if _, err := FromText(t, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func TestTextTitleHelpers(t *testing.T) {
	if got := trimTitle("Belgium: No sign of de-escalation - Stoltenberg05:21"); got != "Belgium: No sign of de-escalation - Stoltenberg" {
		t.Errorf("trimTitle = %q", got)
	}
	if got := trimTitle("Match report 2:1"); got != "Match report 2:1" {
		t.Errorf("trimTitle cut a score: %q", got)
	}
	tests := []struct {
		a, b string
		want bool
	}{
		{"Stoltenberg sees no sign", "Stoltenberg sees no sign | Example News", true},
		{"STOLTENBERG SEES NO SIGN!", "Stoltenberg sees no sign", true},
		{"Stoltenberg sees no sign", "Stoltenberg sees a sign", false},
		{"Short", "Short", false}, // too short to tell
	}
	for _, tt := range tests {
		if got := sameHeadline(tt.a, tt.b); got != tt.want {
			t.Errorf("sameHeadline(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestFromTextConcurrent(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "text", "*.txt"))
	want := make(map[string]string)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res, err := FromText(string(raw), Options{})
		if err != nil {
			t.Fatal(err)
		}
		want[string(raw)] = res.Text
	}
	done := make(chan error)
	for g := 0; g < 4; g++ {
		go func() {
			for text, w := range want {
				res, err := FromText(text, Options{})
				if err == nil && res.Text != w {
					err = errors.New("different text on another goroutine")
				}
				if err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 4; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

func TestCutWords(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"two words here", 8, "two"},
		{"two words here", 9, "two words"}, // the cut falls on the space
		{"two words here", 10, "two words"},
		{"unbroken", 4, "unbr"},
		{"ééé", 3, "é"}, // cut at a rune boundary
		{"any", 0, ""},
		{"any", -1, ""},
	}
	for _, tt := range tests {
		if got := cutWords(tt.s, tt.n); got != tt.want {
			t.Errorf("cutWords(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}

func TestSplitTextLines(t *testing.T) {
	type line struct {
		text string
		num  int
	}
	tests := []struct {
		text string
		want []line
	}{
		{"a\nb", []line{{"a", 1}, {"b", 2}}},
		{"a\r\nb\r\n", []line{{"a", 1}, {"b", 2}}},
		{"a\rb\rc", []line{{"a", 1}, {"b", 2}, {"c", 3}}}, // old Mac line ends
		{"a\r\n\r\nb\rc\nd", []line{{"a", 1}, {"b", 3}, {"c", 4}, {"d", 5}}},
		{"  a  \n\n\t\n b\u00a0", []line{{"a", 1}, {"b", 4}}},
		{"\n\n", []line{}},
	}
	for _, tt := range tests {
		got := []line{}
		for _, b := range splitTextLines(tt.text, 100) {
			if b.Kind != boilerplate.KindLine {
				t.Errorf("splitTextLines(%q): kind %v", tt.text, b.Kind)
			}
			got = append(got, line{b.Text, b.Line})
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("splitTextLines(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	if got := splitTextLines("a\nb\nc", 2); len(got) != 2 {
		t.Errorf("splitTextLines with max 2 returned %d lines", len(got))
	}
}

func TestRepetitive(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		// Labels of icons and buttons, printed one after another.
		{"ShareCreated with Figma.mailCreated with Figma.printCreated with Figma.linkCreated with Figma.saveCreated with Figma.menuCreated with Figma.", true},
		{"ShareCreated with Figma.mailCreated with Figma.", false}, // half its words differ
		{"Loading... Loading... Loading... Loading... Loading... Please wait.", true},
		// Prose repeats function words, not half of its words.
		{"The council said on Monday that the bridge would stay closed until the end of the month.", false},
		{"Le conseil a annoncé lundi que le pont resterait fermé jusqu'à la fin du mois.", false},
		{"Совет в понедельник заявил, что мост останется закрытым до конца месяца.", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := repetitive(tt.text); got != tt.want {
			t.Errorf("repetitive(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestRepetitiveCountsDistinctWords checks repetitive against its
// definition, counted the slow way, on random runs of words drawn from
// small vocabularies (so that some repeat) and longer than the 64 words it
// reads.
func TestRepetitiveCountsDistinctWords(t *testing.T) {
	vocab := strings.Fields("share Share SHARE mail print link save menu the a of Créé créé avec Совет совет мост x1 2024")
	rng := uint64(1)
	next := func(n int) int {
		rng = rng*6364136223846793005 + 1442695040888963407
		return int(rng>>33) % n
	}
	for range 2000 {
		size := 1 + next(len(vocab))
		var words []string
		for range next(90) {
			words = append(words, vocab[next(size)])
		}
		text := strings.Join(words, " ")
		var seen []string
		distinct := 0
		for _, w := range words[:min(len(words), 64)] {
			// repetitive folds ASCII letters only.
			w = strings.Map(func(r rune) rune {
				if r >= 'A' && r <= 'Z' {
					r += 'a' - 'A'
				}
				return r
			}, w)
			if !slices.Contains(seen, w) {
				distinct++
				seen = append(seen, w)
			}
		}
		if want := distinct*2 < min(len(words), 64); repetitive(text) != want {
			t.Fatalf("repetitive(%q) = %v, want %v", text, !want, want)
		}
	}
}

// TestMayCollapse checks the promise collapseTextSpace relies on: a text
// for which mayCollapse is false has nothing to collapse, wherever its
// bytes fall in the 8-byte steps.
func TestMayCollapse(t *testing.T) {
	pieces := []string{"a", "Zz", " ", "  ", "\t", "\v", "\f", "\u00a0", "\u00a9", "\xc2", "\xa0", "é", ".", "\x01"}
	for i := range 40000 {
		var sb strings.Builder
		sb.WriteString("abcdefg"[:i%8])
		for k := i / 8; k > 0; k /= len(pieces) {
			sb.WriteString(pieces[k%len(pieces)])
		}
		s := sb.String()
		if !mayCollapse(s) && collapseSpaceRuns(s) != s {
			t.Fatalf("mayCollapse(%q) is false, but it collapses to %q", s, collapseSpaceRuns(s))
		}
	}
}

// TestSkipBlank checks skipBlank and trimSpace against splitting the text
// into lines and trimming each.
func TestSkipBlank(t *testing.T) {
	pieces := []string{"a", " ", "\t", "\v", "\f", "\u00a0", "\u00a9", "\n", "é"}
	space := func(r rune) bool { return r == ' ' || r == '\t' || r == '\v' || r == '\f' || r == '\u00a0' }
	for i := range 20000 {
		var sb strings.Builder
		for k := i; k > 0; k /= len(pieces) {
			sb.WriteString(pieces[k%len(pieces)])
		}
		text := sb.String()
		lines := strings.Split(text, "\n")
		if text == "" || strings.HasSuffix(text, "\n") {
			lines = lines[:len(lines)-1] // no line after the last line end
		}
		blank := 0
		for blank < len(lines) && strings.TrimFunc(lines[blank], space) == "" {
			blank++
		}
		want := strings.Join(lines[blank:], "\n")
		if blank < len(lines) && strings.HasSuffix(text, "\n") {
			want += "\n"
		}
		if n, rest := skipBlank(text); n != blank || rest != want {
			t.Fatalf("skipBlank(%q) = %d, %q, want %d, %q", text, n, rest, blank, want)
		}
		if got, want := trimSpace(text), strings.TrimFunc(text, space); got != want {
			t.Fatalf("trimSpace(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestDoubleSpace checks doubleSpace against strings.Contains at every
// position of the pair and across the 8-byte steps.
func TestDoubleSpace(t *testing.T) {
	for n := range 40 {
		base := []byte(strings.Repeat("a b", 14)[:n])
		if got, want := doubleSpace(string(base)), strings.Contains(string(base), "  "); got != want {
			t.Fatalf("doubleSpace(%q) = %v, want %v", base, got, want)
		}
		for i := 0; i+1 < n; i++ {
			b := slices.Clone(base)
			b[i], b[i+1] = ' ', ' '
			if !doubleSpace(string(b)) {
				t.Fatalf("doubleSpace(%q) = false", b)
			}
			b[i] = 0xA0 // a byte of a no-break space is not a space
			if got, want := doubleSpace(string(b)), strings.Contains(string(b), "  "); got != want {
				t.Fatalf("doubleSpace(%q) = %v, want %v", b, got, want)
			}
		}
	}
}

// collapseSpace joins the words of a text as strings.Fields splits them,
// on random texts of ASCII and Unicode white space, words and invalid
// UTF-8.
func TestCollapseSpaceMatchesFields(t *testing.T) {
	pieces := []string{" ", "  ", "\t", "\n", "\r\n", "\v", "\f", "\u00a0", "\u0085", "\u2003", "\u3000", "\u200b",
		"word", "Wörd", "語", "\xff", "\xc3", "a", "-", "\u2028"}
	for _, text := range randomJoins(3, 20000, 8, pieces) {
		if got, want := collapseSpace([]byte(text)), strings.Join(strings.Fields(text), " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", text, got, want)
		}
	}
}
