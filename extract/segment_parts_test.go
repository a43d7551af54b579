package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// blockHints segments body and returns the hints of the block whose text
// starts with prefix, and whether one does.
func blockHints(t *testing.T, body, prefix string) (boilerplate.Hint, bool) {
	t.Helper()
	page := `<!doctype html><html lang="en"><head><title>Thread</title></head><body>` + body + `</body></html>`
	s := segmentHTML([]byte(page), "", Limits{}.withDefaults(), nil, false)
	s.setTexts()
	resolveHints(s, false)
	for _, b := range s.blocks {
		if strings.HasPrefix(b.Text, prefix) {
			return b.Features.Hints, true
		}
	}
	return 0, false
}

// The signature under a forum post is a signature whether the software
// names it in a class (phpBB, vBulletin, XenForo) or only in an attribute
// of its own: Invision's data-role, NodeBB's component, a script
// framework's data-component. The post beside it is not.
func TestPartNamesHintSignatures(t *testing.T) {
	const post = `<div class="post-body"><p>I replaced the fuser and the paper jams stopped after two days of testing.</p></div>`
	const sig = "Printers are my hobby, not my job."
	tests := []struct {
		software, wrap string
	}{
		{"phpBB", `<div class="signature">%s</div>`},
		{"vBulletin", `<div class="signaturecontainer">%s</div>`},
		{"XenForo", `<aside class="message-signature"><div class="bbWrapper">%s</div></aside>`},
		{"Invision", `<div data-role="memberSignature" class="ipsBorder_top ipsPadding_vertical"><div class="ipsType_normal">%s</div></div>`},
		{"NodeBB", `<div component="post/signature" data-uid="7" class="text-xs text-muted mt-2"><hr><p dir="auto">%s</p></div>`},
		{"data-component", `<div data-component="PostSignature"><p>%s</p></div>`},
	}
	for _, tt := range tests {
		t.Run(tt.software, func(t *testing.T) {
			body := `<article class="post">` + post + strings.Replace(tt.wrap, "%s", sig, 1) + `</article>`
			h, ok := blockHints(t, body, "Printers are my hobby")
			if !ok {
				t.Fatal("no block holds the signature")
			}
			if !h.Has(boilerplate.HintSignature) {
				t.Errorf("signature hints %v, want signature", h.Names())
			}
			if h, _ := blockHints(t, body, "I replaced the fuser"); h.Has(boilerplate.HintSignature) {
				t.Errorf("post hints %v, want no signature", h.Names())
			}
		})
	}
}

// A class list that hides its element with a display utility hides its
// text, as a Q&A site's commenter's name kept for microdata beside the
// visible link; one that shows it again at some width does not.
func TestUtilityHidden(t *testing.T) {
	tests := []struct {
		class string
		want  bool
	}{
		{"d-none", true},
		{"comment-meta d-none", true},
		{"d-none\tjs-template", true},
		{"d-none d-md-block", false},
		{"d-none md:d-flex", false},
		{"col d-none d-lg-inline-block", false},
		{"print:d-none", false},
		{"d-none-print", false},
		{"add-none", false},
		{"d-flex", false},
		{"", false},
		{"w-form-done", true},
		{"success-message w-form-fail", true},
		{"w-form", false},
		{"w-form-formradioinput", false},
	}
	for _, tt := range tests {
		if got := utilityHidden([]byte(tt.class)); got != tt.want {
			t.Errorf("utilityHidden(%q) = %v, want %v", tt.class, got, tt.want)
		}
		// nameHints asks utilityHidden only of names with the word
		// "none" or "form": it must not miss one.
		for _, class := range []string{tt.class, "card " + tt.class, tt.class + " shadow-sm", "D-NONE " + tt.class} {
			h, _, _, _, _ := nameHints([]byte(class))
			if got, want := h.Has(boilerplate.HintHidden), utilityHidden([]byte(class)); got != want {
				t.Errorf("nameHints(%q) hidden = %v, utilityHidden %v", class, got, want)
			}
		}
	}
	body := `<div class="comment"><span class="comment-copy">Did you check the logs of the backup job before the failure?</span>` +
		`<div class="d-none" itemprop="name">kestrel</div> <a href="/users/7/kestrel" class="comment-user">kestrel</a></div>`
	if h, ok := blockHints(t, body, "kestrel"); !ok || !h.Has(boilerplate.HintHidden) {
		t.Errorf("the d-none name: found %v, hints %v, want hidden", ok, h.Names())
	}
}
