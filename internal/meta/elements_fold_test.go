package meta

import (
	"strings"
	"testing"
)

func TestIsWordFoldMatchesToLower(t *testing.T) {
	for _, w := range []string{"canonical", "image_src"} {
		for _, s := range []string{"canonical", "Canonical", "CANONICAL", "canonica", "canonicals", "image_src",
			"Image_Src", "IMAGE_SRC", "image-src", "image_ſrc", "cänonical", "", "icon", "stylesheet", "\u212aanonical"} {
			if got, want := isWordFold(s, w), strings.ToLower(s) == w; got != want {
				t.Errorf("isWordFold(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}

func TestLinkElementRelWords(t *testing.T) {
	for _, rel := range []string{"canonical", " Canonical ", "alternate canonical", "CANONICAL\tnofollow"} {
		md := collect(`<html><head><link rel="`+rel+`" href="https://example.org/a"></head></html>`, "https://example.org/b")
		if md.URL != "https://example.org/a" {
			t.Errorf("rel %q: URL %q, want the canonical address", rel, md.URL)
		}
	}
}
