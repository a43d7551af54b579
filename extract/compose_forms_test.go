package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestDropComposeForms: the form under a thread where a reader writes a
// reply (a text area, its labels, the sign-up buttons and the terms) is
// dropped; a page that one form wraps whole, text area and all, keeps
// its text, and so does a form without a text area (a search box).
func TestDropComposeForms(t *testing.T) {
	post := "<p>The hinge on my garden gate sags after every winter, and tightening the screws only helps for a few weeks before it drops again. Would a longer screw into the post fix it, or do I need a new hinge?</p>"
	answer := "<p>Drill out the old holes, glue in hardwood dowels, and drive new screws into the dowels: the wood around the old holes is crushed, and no screw will hold in it for long.</p>"
	reply := `<form method="post" action="/answer"><h2>Your Answer</h2><textarea name="body"></textarea>` +
		`<p>Sign up using Email and Password</p><p>Post as a guest</p><label>Name</label><input name="n">` +
		`<p>Required, but never shown</p><button>Post Your Answer</button>` +
		`<p>By clicking Post Your Answer, you agree to our terms of service.</p></form>`
	search := `<form action="/search"><p>Search the site for answers</p><input name="q"></form>`
	tests := []struct {
		name       string
		page       string
		dropped    []string
		notDropped []string
	}{
		{"reply box", `<html><body><main itemscope itemtype="https://schema.org/QAPage"><div itemscope itemtype="https://schema.org/Question">` + post + `</div>` + answer + reply + search + `</main></body></html>`,
			[]string{"Your Answer", "Sign up using Email and Password", "Required, but never shown", "By clicking Post Your Answer"},
			[]string{"The hinge on my garden gate", "Drill out the old holes", "Search the site for answers"}},
		{"page in a form", `<html><body><form method="post" action="/page.aspx"><main><div itemscope itemtype="https://schema.org/Question">` + post + `</div>` + answer +
			`<h2>Leave a comment</h2><textarea name="c"></textarea><button>Send</button></main></form></body></html>`,
			nil, []string{"The hinge on my garden gate", "Drill out the old holes", "Leave a comment"}},
	}
	for _, tt := range tests {
		s := segmentedPage(t, tt.page)
		dropComposeForms(s)
		reasons := map[string]boilerplate.Reason{}
		for _, b := range s.blocks {
			reasons[b.Text] = b.Reason
		}
		find := func(prefix string) (boilerplate.Reason, bool) {
			for text, r := range reasons {
				if strings.HasPrefix(text, prefix) {
					return r, true
				}
			}
			return "", false
		}
		for _, d := range tt.dropped {
			if r, ok := find(d); !ok || r != boilerplate.ReasonInterface {
				t.Errorf("%s: %q found %v, reason %q; want it dropped", tt.name, d, ok, r)
			}
		}
		for _, k := range tt.notDropped {
			if r, ok := find(k); !ok || r == boilerplate.ReasonInterface {
				t.Errorf("%s: %q found %v, reason %q; want it not dropped", tt.name, k, ok, r)
			}
		}
	}
}

// TestComposeFormsOffQA: without a Question or Answer item on the page, a
// form with a text area (a contact form) is left to the readings.
func TestComposeFormsOffQA(t *testing.T) {
	page := `<html><body><main><h1>Contact us</h1><p>We answer every message within two working days.</p>` +
		`<form method="post" action="/contact"><label>Your message</label><textarea name="m"></textarea>` +
		`<p>By sending this form you agree to our privacy policy.</p><button>Send</button></form></main></body></html>`
	s := segmentedPage(t, page)
	dropComposeForms(s)
	for _, b := range s.blocks {
		if b.Reason == boilerplate.ReasonInterface {
			t.Errorf("%q dropped on a page without Q&A items", b.Text)
		}
	}
}
