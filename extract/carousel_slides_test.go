package extract

import (
	"strings"
	"testing"
)

// carouselServicePage is a service page in language lang whose
// testimonials sit in a carousel: slides is the carousel's markup.
func carouselServicePage(lang, title, lead, slides string) string {
	var features strings.Builder
	for _, f := range []string{"Hourly backups", "One-click restore", "Encryption at rest"} {
		features.WriteString(`<section class="feature"><h3>` + f + `</h3><p>` + lead + `</p></section>`)
	}
	page := synthPage(`<title>`+title+`</title><meta property="og:type" content="website">`,
		`<section class="hero"><h1>`+title+`</h1><p>`+lead+`</p></section>`+
			`<section class="features">`+features.String()+`</section>`+
			`<section id="testimonials">`+slides+`</section>`)
	return strings.Replace(page, `lang="en"`, `lang="`+lang+`"`, 1)
}

// slide renders one carousel slide of a testimonial: class names the
// slide, hidden is its aria-hidden value ("" for none).
func slide(class, hidden, quote, name string) string {
	aria := ""
	if hidden != "" {
		aria = ` aria-hidden="` + hidden + `"`
	}
	return `<div class="` + class + `" tabindex="-1"` + aria + `><blockquote><p>` + quote + `</p></blockquote><p class="name">` + name + `</p></div>`
}

// TestKeepCarouselSlides checks that on a service page the testimonials
// of a carousel are kept, the slide shown and the slides that only
// aria-hidden hides until the carousel turns to them, in several
// languages and carousel libraries; that the slides a looping carousel
// clones at its ends are not kept again; and that a carousel's one-line
// offers, a slide that a style hides and the slides of a page read as a
// product stay hidden.
func TestKeepCarouselSlides(t *testing.T) {
	const (
		q1 = "They moved our whole archive in one weekend and we have not lost a single file since then."
		q2 = "Restoring a deleted folder took a minute, and support answered our questions the same morning."
		q3 = "We compared four services and this was the only one our accountant could set up without help."
	)
	en := func(class string) string {
		return `<div class="slick-track">` + slide(class+" slick-cloned", "true", q3, "Ada Brooks") +
			slide(class+" slick-active", "false", q1, "Maria Lopez") +
			slide(class, "true", q2, "Tom Weller") + slide(class, "true", q3, "Ada Brooks") +
			slide(class+" slick-cloned", "true", q1, "Maria Lopez") + `</div>`
	}
	de1 := "Sie haben unser ganzes Archiv an einem Wochenende umgezogen, und seitdem ist keine Datei verloren gegangen."
	de2 := "Einen gelöschten Ordner wiederherzustellen dauerte eine Minute, und der Support antwortete noch am selben Vormittag."
	fr1 := "Ils ont déplacé toutes nos archives en un week-end et nous n'avons perdu aucun fichier depuis."
	fr2 := "Restaurer un dossier supprimé a pris une minute, et le support a répondu à nos questions le matin même."
	tests := []struct {
		name, page string
		reading    PageType
		want       []string
		unwanted   []string
		once       string // a quote the text must hold once only
	}{
		{"slick slides, English",
			carouselServicePage("en", "Backups for small teams", "Protect the files of your whole team without thinking about it, every hour of the day.", en("slick-slide")),
			PageService, []string{q1, q2, q3, "Tom Weller"}, nil, q1},
		{"swiper slides, German",
			carouselServicePage("de", "Datensicherung für kleine Teams", "Schützen Sie die Dateien Ihres ganzen Teams, ohne daran zu denken, zu jeder Stunde des Tages.",
				`<div class="swiper-wrapper">`+slide("swiper-slide swiper-slide-active", "false", de1, "Anna Weber")+
					slide("swiper-slide swiper-slide-next", "true", de2, "Jonas Keller")+`</div>`),
			PageService, []string{de1, de2}, nil, ""},
		{"splide slides, French",
			carouselServicePage("fr", "Sauvegardes pour petites équipes", "Protégez les fichiers de toute votre équipe sans y penser, à chaque heure de la journée.",
				`<ul class="splide__list">`+strings.ReplaceAll(slide("splide__slide is-active", "false", fr1, "Claire Martin")+
					slide("splide__slide", "true", fr2, "Luc Bernard"), "div", "li")+`</ul>`),
			PageService, []string{fr1, fr2}, nil, ""},
		{"one-line offers stay hidden",
			carouselServicePage("en", "Backups for small teams", "Protect the files of your whole team without thinking about it, every hour of the day.",
				`<div class="promo-slider"><div class="slide" aria-hidden="false">Free setup this month</div>`+
					`<div class="slide" aria-hidden="true">20% off for yearly plans</div><div class="slide" aria-hidden="true">New: restore from your phone</div></div>`),
			PageService, []string{"Free setup this month"}, []string{"20% off for yearly plans", "restore from your phone"}, ""},
		{"a slide a style hides stays hidden",
			carouselServicePage("en", "Backups for small teams", "Protect the files of your whole team without thinking about it, every hour of the day.",
				`<div class="slides">`+slide("slide active", "false", q1, "Maria Lopez")+
					`<div class="slide" aria-hidden="true" style="display: none"><p>`+q2+`</p></div></div>`),
			PageService, []string{q1}, []string{q2}, ""},
		{"a product's slides stay hidden",
			carouselServicePage("en", "Backups for small teams", "Protect the files of your whole team without thinking about it, every hour of the day.", en("slick-slide")),
			PageProduct, nil, []string{q2}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(tt.page), Options{URL: "https://cloudsafe.example/", reading: tt.reading})
			if err != nil {
				t.Fatal(err)
			}
			checkHolds(t, res.Text, tt.want, tt.unwanted)
			if tt.once != "" && strings.Count(res.Text, tt.once) != 1 {
				t.Errorf("text holds %q %d times, want once:\n%s", tt.once, strings.Count(res.Text, tt.once), res.Text)
			}
		})
	}
}
