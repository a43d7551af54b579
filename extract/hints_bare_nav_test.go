package extract

import (
	"strings"
	"testing"
)

// TestBareNavs: a page builder's dropdown component rendered as <nav>
// (used for FAQ accordions) that holds an answer and no link
// is a panel of the content, and its answers stay; a <nav> of links, a
// <nav> of short labels without links (a language picker of buttons) and
// a nav whose panel of prose sits beside its links keep their verdicts.
func TestBareNavs(t *testing.T) {
	answer1 := "Yes. Patients only give their name and phone number, and they can change or cancel a booking from the reminder message."
	answer2 := "The calendar syncs both ways with the common calendar services, so private events block booking slots automatically."
	blurb := "Bookings, reminders and payments for clinics of every size, in one place that your whole team can use."
	faq := func(q, a, panel string) string {
		return `<div class="faq_item w-dropdown"><div class="faq_question w-dropdown-toggle"><div>` + q +
			`</div></div>` + strings.Replace(panel, "%s", `<p>`+a+`</p>`, 1) + `</div>`
	}
	webflow := `<nav class="faq_answer w-dropdown-list">%s</nav>`
	head := `<html><head><title>Bookwell | Scheduling for clinics</title></head><body>` +
		`<div class="navbar w-nav"><nav class="w-nav-menu"><a href="/">Home</a> <a href="/pricing">Pricing</a> <a href="/blog">Blog</a></nav></div>` +
		`<main><h1>Scheduling that keeps up with your clinic</h1><p>` + textPara1 + `</p><p>` + textPara2 + `</p>` +
		`<h2>Frequently asked questions</h2>`
	tail := `</main><footer><p>© 2025 Bookwell Ltd. All rights reserved.</p></footer></body></html>`
	for _, c := range []struct {
		name, body string
		keep, drop []string
	}{
		{"a builder's FAQ dropdowns",
			faq("Can patients book without an account?", answer1, webflow) + faq("Do you integrate with my calendar?", answer2, webflow),
			[]string{answer1, answer2, "Can patients book without an account?"}, []string{"Pricing"}},
		{"a nested answer panel",
			faq("Can patients book without an account?", answer1, `<nav class="w-dropdown-list"><nav class="inner">%s</nav></nav>`) +
				faq("Do you integrate with my calendar?", answer2, webflow),
			[]string{answer1, answer2}, []string{"Pricing"}},
		{"a menu's blurb beside its links",
			`<p>` + answer1 + `</p><nav class="mega"><a href="/booking">Online booking</a><p>` + blurb + `</p></nav>`,
			[]string{answer1}, []string{blurb, "Online booking"}},
		{"a language picker of buttons",
			`<p>` + answer1 + `</p><nav class="w-dropdown-list"><div>English</div><div>Deutsch</div><div>Français</div></nav>`,
			[]string{answer1}, []string{"Deutsch"}},
	} {
		res, err := FromBytes([]byte(head+c.body+tail), Options{URL: "https://bookwell.example/"})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		for _, k := range c.keep {
			if !strings.Contains(res.Text, k) {
				t.Errorf("%s: %q dropped; text:\n%s", c.name, k, res.Text)
			}
		}
		for _, d := range c.drop {
			if strings.Contains(res.Text, d) {
				t.Errorf("%s: %q kept; text:\n%s", c.name, d, res.Text)
			}
		}
	}
}
