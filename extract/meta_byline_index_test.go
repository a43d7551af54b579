package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// cutBylineLabelRef is cutBylineLabel without labelIndex: every label of
// otherLabels, then of authorLabels, in turn.
func cutBylineLabelRef(part string) (string, int) {
	for _, l := range otherLabels {
		if hasWordPrefixFold(part, l) && cjkLabelEnds(part, l) {
			return "", labelOther
		}
	}
	for _, l := range authorLabels {
		if hasWordPrefixFold(part, l) && cjkLabelEnds(part, l) {
			return strings.TrimLeft(part[len(l):], " :：=＝/／\u00a0\u3000"), labelAuthor
		}
	}
	return part, labelNone
}

// TestCutBylineLabelIndex checks that the labels indexed by first byte
// find what a scan of every label finds, in every case of every label,
// Cyrillic capitals included.
func TestCutBylineLabelIndex(t *testing.T) {
	var texts []string
	for _, labels := range [][]string{authorLabels[:], otherLabels[:]} {
		for _, l := range labels {
			r, n := utf8.DecodeRuneInString(l)
			for _, form := range []string{l, strings.ToUpper(l), string(unicode.ToUpper(r)) + l[n:]} {
				texts = append(texts, form, form+" Jane Doe", form+": Jane Doe", form+"x Jane Doe")
			}
		}
	}
	texts = append(texts, "", "The council met", "Текст: Иван Петров", "ТЕКСТ Иван Петров", "Автор: Иван Петров", "bye now", "Byline", "著者：山田太郎",
		"記者会見で", "文化庁", "文/张伟", "文＝山田太郎")
	for _, text := range texts {
		gotRest, gotKind := cutBylineLabel(text)
		wantRest, wantKind := cutBylineLabelRef(text)
		if gotRest != wantRest || gotKind != wantKind {
			t.Errorf("cutBylineLabel(%q) = %q, %d; want %q, %d", text, gotRest, gotKind, wantRest, wantKind)
		}
	}
	if rest, kind := cutBylineLabel("Текст: Иван Петров"); kind != labelAuthor || rest != "Иван Петров" {
		t.Errorf("capital Cyrillic label: got %q, %d", rest, kind)
	}
}
