package extract

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestTitledSectionsJoin: a landing page stacks its content in sibling
// sections, and the testimonials (a carousel that prints its slides again)
// hold its longest paragraphs, so density chooses them. The sections from
// the title down to them are the content; the menu above them and a
// section of the same kind after them are not.
func TestTitledSectionsJoin(t *testing.T) {
	lead := "Our payroll consultants take the monthly run off your hands, from the first hire to the year-end filings."
	features := []string{
		"Every payslip is checked by a named specialist before it goes out to your staff.",
		"Filings reach the tax office on time, and we answer its letters on your behalf.",
		"New starters are set up within a day, with their contracts and pension enrolment.",
	}
	quotes := []string{
		"We had spent two days a month on payroll for years, and the team took it over within a week. Our managers now spend that time with their own clients, and the payslips have not been wrong once since the move.",
		"I was nervous about handing over something so sensitive, but the consultants explained every step, answered the phone every time I called, and caught two mistakes our old software had been making for months.",
		"The year-end used to be the worst week of the year for our office. This year it passed without anyone noticing, and the auditors told us our records were the cleanest they had seen from a business of our size.",
	}
	others := []string{
		"Our bookkeepers reconcile your accounts every week and flag what looks wrong.",
		"Our auditors review your controls before the year-end and tell you what to fix.",
		"Our tax team files your returns and plans the next year's payments with you.",
	}
	var b strings.Builder
	b.WriteString(`<html><head><title>Payroll Consulting</title></head><body>`)
	// A menu of every service the firm sells weighs against the page's
	// body as a whole.
	b.WriteString(`<header><ul>`)
	for i := range 60 {
		b.WriteString(`<li><a href="/s` + strconv.Itoa(i) + `">Advisory service ` + strconv.Itoa(i) + `</a></li>`)
	}
	b.WriteString(`</ul></header>`)
	b.WriteString(`<section class="intro"><div><h1>Payroll Consulting</h1><p>` + lead + `</p></div></section>`)
	b.WriteString(`<section class="services"><div><h2>What we do</h2>`)
	for i, f := range features {
		b.WriteString(`<div class="card"><h3>Service ` + string(rune('A'+i)) + `</h3><p>` + f + `</p><a href="/more">Read how this service works</a></div>`)
	}
	b.WriteString(`</div></section><section class="quotes"><div><h2>Client stories</h2>`)
	for _, q := range slices.Repeat(quotes, 4) {
		b.WriteString(`<div class="slide"><p>` + q + `</p><div>A client</div></div>`)
	}
	b.WriteString(`</div></section><section class="more"><div><h2>Also from us</h2>`)
	for _, o := range others {
		b.WriteString(`<div class="card"><h3>Another service</h3><p>` + o + `</p><a href="/more">Read how this service works</a></div>`)
	}
	b.WriteString(`</div></section>`)
	b.WriteString(`<footer><p>© 2026 Payroll Partners</p></footer></body></html>`)
	s := segmentHTML([]byte(b.String()), "", Limits{}.withDefaults(), nil, false)
	defer s.release()
	s.setTexts()
	text := func(keep func(i int) bool) string {
		var out strings.Builder
		for i := range s.blocks {
			if keep(i) {
				out.WriteString(s.blocks[i].Text + "\n")
			}
		}
		return out.String()
	}
	for i := range s.blocks {
		if s.blocks[i].Text == "Payroll Consulting" {
			s.blocks[i].Drop(boilerplate.ReasonTitle)
		}
	}
	mask, _ := locate(s, false, Balanced)
	if mask == nil {
		t.Fatal("no container")
	}
	got := text(func(i int) bool { return mask[i] })
	for _, want := range append(append([]string{lead}, features...), quotes...) {
		if !strings.Contains(got, want) {
			t.Errorf("lost %q:\n%s", want, got)
		}
	}
	for _, o := range others {
		if strings.Contains(got, o) {
			t.Errorf("kept a section after the content's: %q", o)
		}
	}
	if strings.Contains(got, "Advisory service 3\n") {
		t.Errorf("kept the menu:\n%s", got)
	}
}
