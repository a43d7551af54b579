package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestListingToggledAnswers: on a listing (a catalogue of courses), the
// FAQ under the items keeps the answers a script unfolds without ARIA
// (each hidden right after its question); a lone hidden panel after a
// short line (a newsletter form's terms) stays folded.
func TestListingToggledAnswers(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<h1>Evening courses</h1><p>Every course of the spring term, with its weeks and its teacher.</p><div class="courses">`)
	for i := range 10 {
		fmt.Fprintf(&b, `<div class="course"><h3><a href="/course/%d">Watercolour for beginners, group %d</a></h3><p>%d weeks, Tuesday evenings at the community hall.</p></div>`, i, i, 4+i)
	}
	b.WriteString(`</div><section class="help"><div class="wrap"><div class="faq"><h2>Questions about our courses</h2>`)
	for _, qa := range [][2]string{
		{"Do I need to bring my own materials?", "Brushes and paper are provided in the first week, and after that most students bring their own set from home."},
		{"Can I join a course after it has started?", "You can join in the first two weeks when there is room, and the teacher will help you catch up with what the group has done."},
		{"Is there a discount for students?", "Students and people over sixty pay half the fee on every course, on showing a card at the first lesson."},
	} {
		fmt.Fprintf(&b, `<div class="faq-item"><div class="faq-question">%s</div><div class="faq-answer" style="display: none;"><p>%s</p></div></div>`, qa[0], qa[1])
	}
	b.WriteString(`</div></div></section><div class="news"><p>Stay in touch with us</p><div style="display:none"><p>By signing up you agree that we may write to you about our courses and events now and then.</p></div></div>`)
	res, err := FromBytes([]byte(synthPage(`<title>Evening courses | Example</title>`, b.String())), Options{reading: PageListing})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Watercolour for beginners, group 3", "Brushes and paper are provided", "Students and people over sixty"} {
		if !strings.Contains(res.Text, w) {
			t.Errorf("lost %q:\n%s", w, res.Text)
		}
	}
	if strings.Contains(res.Text, "By signing up") {
		t.Errorf("kept a lone folded panel:\n%s", res.Text)
	}
}
