package extract

import (
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/winnowtext/winnow/boilerplate"
)

func TestBylineNames(t *testing.T) {
	tests := []struct{ in, want string }{
		{"By Jane Doe", "Jane Doe"},
		{"by Jane Doe and John Roe", "Jane Doe and John Roe"},
		{"By Jane Doe, John Roe", "Jane Doe, John Roe"},
		{"By Jane Doe, John Roe, and Max Muster", "Jane Doe, John Roe and Max Muster"},
		{"By Jane Doe & John Roe", "Jane Doe & John Roe"},
		{"By Jane Doe, Staff Writer", "Jane Doe"},
		{"Jane Doe Senior Writer, Politics", "Jane Doe"},
		{"By Jane Doe | March 3, 2020", "Jane Doe"},
		{"by Jane Doe ● December 23, 2025 ●", "Jane Doe"},
		{"by Jane Doe » Tue Aug 27, 2019 1:47 am", "Jane Doe"},
		{"von Max Mustermann » Di 27. Aug 2019, 01:47", "Max Mustermann"},
		{"par Jeanne Dupont » mar. 27 août 2019 01:47", "Jeanne Dupont"},
		{"Von Max Mustermann ∙ 3. März 2020", "Max Mustermann"},
		{"Par Jeanne Dupont ⋅ 5 min de lecture", "Jeanne Dupont"},
		{"Jane Doe, April 19, 2020", "Jane Doe"},
		{"Written by\nJane Doe\nSenior Business Writer", "Jane Doe"},
		{"Published\nAugust 30, 2024\nAuthor\nJane Doe", "Jane Doe"},
		{"Reviewed by Dr. John Roe", ""},
		{"Photos by John Roe\nBy Jane Doe", "Jane Doe"},
		{"Jane Doe on behalf of the Release Team", "Jane Doe"},
		{"Dec 17, 2025 Jane Doe", "Jane Doe"},
		{"By A. J. Neal\u00a0\u00a0 View In Digital Edition", "A. J. Neal"},
		{"Von Max Mustermann und Erika Musterfrau, Redakteurin", "Max Mustermann und Erika Musterfrau"},
		{"Par Jeanne Dupont, le 3 mars 2021", "Jeanne Dupont"},
		{"Por María García y José López", "María García y José López"},
		{"Par Jeanne Dupont et Paul Martin", "Jeanne Dupont et Paul Martin"},
		{"Автор: Иван Петров и Анна Смирнова", "Иван Петров и Анна Смирнова"},
		{"Di Mario Rossi", "Mario Rossi"},
		{"Door Jan de Vries", "Jan de Vries"},
		{"Przez Jan Kowalski", "Jan Kowalski"},
		{"Автор: Иван Петров", "Иван Петров"},
		{"著者：山田太郎", "山田太郎"},
		{"作者：王芳", "王芳"},
		{"作者：张伟、李娜", "张伟, 李娜"},
		{"作者：王", ""},
		{"Text: Anna Schmidt", "Anna Schmidt"},
		{"Texte : Jeanne Dupont", "Jeanne Dupont"},
		{"Texto: Juan Pérez y María López", "Juan Pérez y María López"},
		{"Testo di Marco Rossi", "Marco Rossi"},
		{"Tekst: Jan de Vries", "Jan de Vries"},
		{"Texto completo", ""},
		{"Fact Checked", ""},
		{"Fact-Checked", ""},
		{"Von Experten Geprüft", ""},
		{"By Jane Doe\nFact Checked", "Jane Doe"},
		{"Von Li", ""},
		{"Jane Doe, PhD", "Jane Doe"},
		{"03/01/2017 by Jane Doe", "Jane Doe"},
		{"NB", ""},
		{"By the Harbour Team", "the Harbour Team"},
		{"the end", ""},
		{"Share\nFollow", ""},
		{"https://example.com/jane", ""},
		{"jane@example.com", ""},
		{"Kimber Streams is a writer who has been covering laptops for years.", ""},
		{"Post by", ""},
		{"Jun 12", ""},
		{"Posts: 116\nThreads: 23\nJoined: Feb 2019", ""},
		{"Beiträge: 1.430\nThemen: 12", ""},
		{"sea_dog\nBig Board Owner\nPosts: 116", "Big Board Owner"},
		{"Autor: 12 Beiträge", ""},
		{"By Wedding ChecklistsJust EngagedWedding Planning", ""},
		{"Von Reisen TippsHochzeit PlanungMode", ""},
		{"By Naoise McNally and Sean MacKenzie", "Naoise McNally and Sean MacKenzie"},
		{"Par Anne DeVito", "Anne DeVito"},
		{"By Team SimplyThrilled", "Team SimplyThrilled"},
		{"By Jane DoeMarch 3, 2020", "Jane Doe"},
		{"By Jane DoeDec. 17, 2019 10:44 am", "Jane Doe"},
		{"Von Max MustermannRedakteur", "Max Mustermann"},
		{"Par Jeanne DupontJournaliste", "Jeanne Dupont"},
		{"By Jane Doe @janedoe", "Jane Doe"},
		{"山田太郎 記者", "山田太郎"},
		{"文：山田太郎 特派員", "山田太郎"},
		// "Written by" and "Published by" in the recognisers' languages,
		// and the labels of Chinese and Japanese bylines with the marks
		// that follow them ("文＝", "文/").
		{"Published by Jane Doe", "Jane Doe"},
		{"Geschrieben von Max Mustermann", "Max Mustermann"},
		{"Écrit par Jeanne Dupont", "Jeanne Dupont"},
		{"Publié par Jeanne Dupont le 3 mars 2021", "Jeanne Dupont"},
		{"Escrito por María García", "María García"},
		{"Publicado por João Silva", "João Silva"},
		{"Scritto da Marco Rossi", "Marco Rossi"},
		{"A cura di Marco Rossi", "Marco Rossi"},
		{"Geschreven door Jan de Vries", "Jan de Vries"},
		{"Geplaatst door Jan de Vries", "Jan de Vries"},
		{"執筆：山田太郎", "山田太郎"},
		{"文＝山田太郎", "山田太郎"},
		{"文/张伟", "张伟"},
		{"记者：张伟　2019-03-05 10:00", "张伟"},
		{"撰文：张伟", "张伟"},
		{"執筆者：山田太郎", "山田太郎"},
		{"ライター：山田太郎", "山田太郎"},
		{"投稿者：山田太郎", "山田太郎"},
		{"取材・文：山田太郎", "山田太郎"},
		{"文・写真：山田太郎", "山田太郎"},
		{"文＝山田太郎（港新聞）", "山田太郎"},
		{"山田太郎（やまだ・たろう）", "山田太郎"},
		{"来源：港口日报　作者：张伟", "张伟"},
		{"2019-03-05 10:00　来源：港口日报", ""},
		{"[山田太郎，港新聞]", "山田太郎, 港新聞"},
		{"（山田太郎）", "山田太郎"},
		{"作者：张伟，李娜", "张伟, 李娜"},
		{"[Updated]", ""},
		{"山田太郎記者", "山田太郎"},
		{"山田太郎記者 2019年3月5日", "山田太郎"},
		{"张伟 特派员", "张伟"},
		{"記者会見で首相が発言", ""},
	}
	for _, tt := range tests {
		if got := bylineNames(tt.in); got != tt.want {
			t.Errorf("bylineNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzBylineNames(f *testing.F) {
	f.Add("By Jane Doe and John Roe | March 3, 2020")
	f.Add("Written by\nJane Doe\nSenior Writer, Politics")
	f.Add("Dec 17, 2025 10:44 am PST by Jane Doe")
	f.Add("Автор: Иван Петров")
	f.Add("著者：山田太郎")
	f.Fuzz(func(t *testing.T, text string) {
		got := bylineNames(text)
		if got == "" {
			return
		}
		if !utf8.ValidString(got) && utf8.ValidString(text) {
			t.Fatalf("bylineNames(%q) = %q: not UTF-8", text, got)
		}
		for _, name := range splitNames(got) {
			if !isPersonName(name) {
				t.Fatalf("bylineNames(%q) = %q: %q is no name", text, got, name)
			}
		}
	})
}

func TestUnglueByline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Jane DoeMarch 3, 2020", "Jane Doe March 3, 2020"},
		{"Max MustermannRedakteur, 3. MärzMärz", "Max Mustermann Redakteur, 3. März März"},
		{"Naoise McNally", "Naoise McNally"},
		{"Charts in PowerPoint", "Charts in PowerPoint"},
		{"Jane DoeMa", "Jane DoeMa"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := unglueByline(tt.in); got != tt.want {
			t.Errorf("unglueByline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMarkNames(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Jane Doe", "Jane Doe"},
		{"sean_g", "sean_g"},
		{"hayley.p", "hayley.p"},
		{"Offline", ""},
		{"two words", ""},
		{"@jane", ""},
	}
	for _, tt := range tests {
		if got := markNames(tt.in); got != tt.want {
			t.Errorf("markNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSplitNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Jane Doe", []string{"Jane Doe"}},
		{"Jane Doe, John Roe", []string{"Jane Doe", "John Roe"}},
		{"Jane Doe, John Roe and Max Muster", []string{"Jane Doe", "John Roe", "Max Muster"}},
		{"Max Mustermann und Erika Musterfrau", []string{"Max Mustermann", "Erika Musterfrau"}},
		{"Иван Петров и Анна Смирнова", []string{"Иван Петров", "Анна Смирнова"}},
	}
	for _, tt := range tests {
		if got := splitNames(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("splitNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAsPrinted(t *testing.T) {
	tests := []struct{ author, text, want string }{
		{"Jane Doe, John Roe", "By Jane Doe and John Roe", "Jane Doe and John Roe"},
		{"Jane Doe, John Roe, Max Muster", "By Jane Doe, John Roe, and Max Muster | May 2", "Jane Doe, John Roe and Max Muster"},
		{"Max Mustermann, Erika Musterfrau", "Von Max Mustermann und Erika Musterfrau", "Max Mustermann und Erika Musterfrau"},
		{"Jeanne Dupont, Paul Martin", "Par Jeanne Dupont et Paul Martin, le 3 mars", "Jeanne Dupont et Paul Martin"},
		{"María García, José López", "Por María García y José López", "María García y José López"},
		{"Иван Петров, Анна Смирнова", "Иван Петров и Анна Смирнова", "Иван Петров и Анна Смирнова"},
		// Printed as a list, or not printed: the list stays.
		{"Jane Doe, John Roe", "Jane Doe, John Roe", "Jane Doe, John Roe"},
		{"Jane Doe, John Roe", "John Roe and Jane Doe met", "Jane Doe, John Roe"},
		{"Jane Doe", "Jane Doe and John Roe", "Jane Doe"},
	}
	for _, tt := range tests {
		blocks := []boilerplate.Block{{Text: "Headline"}, {Text: tt.text}}
		if got := asPrinted(tt.author, blocks); got != tt.want {
			t.Errorf("asPrinted(%q, %q) = %q, want %q", tt.author, tt.text, got, tt.want)
		}
	}
}

// A one-word name has three letters or more, but two in the scripts that
// write names without spaces, a syllable a letter.
func TestMinNameRunes(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"王芳", true},
		{"이준", true},
		{"王", false},
		{"Li", false},
		{"Lia", true},
		{"Ян", false},
	}
	for _, tt := range tests {
		if got := isPersonName(tt.in); got != tt.want {
			t.Errorf("isPersonName(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
