package extract

import (
	"fmt"
	"strings"
	"testing"
)

// landingBuilder is the markup one site builder wraps a landing page's
// parts in: each field is a format with one %s (faq: two, the question
// and the answer; sec: two, a name and the section's content).
type landingBuilder struct {
	name                                    string
	cookie, mega, header, main, sec, footer string
	h1, h2, h3, p, buttons, grid, card      string
	carousel, faq                           string
}

// landingPage builds a clinic-software landing page in b's markup: a
// cookie banner, a header with a mega menu, a hero with two calls to
// action, a logo strip, a feature grid, a testimonial carousel, a pricing
// table, an FAQ accordion, a closing call to action and a big footer with
// a newsletter form.
func landingPage(b landingBuilder) string {
	f := fmt.Sprintf
	var sb strings.Builder
	sb.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bookwell | Appointment scheduling software for clinics</title>` +
		`<meta property="og:site_name" content="Bookwell"></head><body>`)
	sb.WriteString(f(b.cookie, `<p>We use cookies to give you the best experience on our website. You can change your cookie settings at any time.</p><button>Accept all</button><button>Cookie settings</button>`))
	sb.WriteString(f(b.header, `<ul><li><a href="/product">Product</a>`+
		f(b.mega, `<ul><li><a href="/booking">Online booking</a><span>Let patients book at any hour</span></li><li><a href="/invoicing">Invoicing for clinics</a><span>Get paid faster</span></li></ul>`)+
		`</li><li><a href="/pricing">Pricing</a></li><li><a href="/customers">Customers</a></li><li><a href="/blog">Resources</a></li></ul><a href="/login">Log in</a> <a href="/signup">Start free trial</a>`))
	var body strings.Builder
	body.WriteString(f(b.sec, "hero", f(b.h1, "Scheduling that keeps up with your clinic")+
		f(b.p, "Bookwell brings appointments, reminders and payments into one calm place, so your front desk spends less time on the phone and more time with patients.")+
		f(b.buttons, `<a href="/signup">Start free trial</a><a href="/demo">Book a demo</a>`)))
	body.WriteString(f(b.sec, "logos", f(b.p, "Trusted by 4,000 clinics")+`<div><img alt="Weiss Physiotherapy"><img alt="Ode Dental"><img alt="City Vets"></div>`))
	var cards strings.Builder
	for _, c := range [][2]string{
		{"Online booking", "Patients pick a free slot from your website or a link in an email, and the calendar updates for every member of staff at once."},
		{"Automatic reminders", "Text and email reminders go out a day before each visit, which cuts missed appointments by a third for most clinics."},
		{"Card payments", "Take deposits when patients book and settle the rest at the desk, with receipts sent without anyone typing them."},
	} {
		cards.WriteString(f(b.card, f(b.h3, c[0])+f(b.p, c[1])))
	}
	body.WriteString(f(b.sec, "features", f(b.h2, "Everything you need to run your front desk")+f(b.grid, cards.String())))
	var quotes strings.Builder
	for _, q := range [][2]string{
		{"Our no-show rate halved in the first month and the team finally stopped playing phone tag with patients.", "Dr Anna Weiss, Weiss Physiotherapy"},
		{"Setting it up took one afternoon, and our patients like booking at night when the phones are closed.", "Mark Ode, Ode Dental Care"},
	} {
		quotes.WriteString(f(b.card, `<blockquote>`+f(b.p, q[0])+`</blockquote>`+f(b.p, q[1])))
	}
	body.WriteString(f(b.sec, "testimonials", f(b.h2, "What clinics say about us")+f(b.carousel, quotes.String())))
	var plans strings.Builder
	for _, p := range [][3]string{
		{"Solo", "$29 per month", "<li>One practitioner</li><li>Unlimited bookings</li><li>Text reminders</li>"},
		{"Team", "$79 per month", "<li>Up to ten practitioners</li><li>Card payments</li><li>Priority support</li>"},
	} {
		plans.WriteString(f(b.card, f(b.h3, p[0])+f(b.p, p[1])+"<ul>"+p[2]+"</ul>"+f(b.buttons, `<a href="/signup">Choose `+p[0]+`</a>`)))
	}
	body.WriteString(f(b.sec, "pricing", f(b.h2, "Plans for every practice")+f(b.grid, plans.String())))
	body.WriteString(f(b.sec, "faq", f(b.h2, "Frequently asked questions")+
		f(b.faq, "Can patients book without an account?", "Yes. Patients only give their name and phone number, and they can change or cancel a booking from the reminder message.")+
		f(b.faq, "Do you integrate with my calendar?", "Bookwell syncs both ways with the common calendar services, so private events block booking slots automatically.")))
	body.WriteString(f(b.sec, "cta", f(b.h2, "Ready to fill your calendar?")+f(b.buttons, `<a href="/signup">Start free trial</a>`)))
	sb.WriteString(f(b.main, body.String()))
	sb.WriteString(f(b.footer, `<div><h4>Product</h4><ul><li><a href="/booking">Online booking</a></li><li><a href="/invoicing">Invoicing for clinics</a></li></ul></div>`+
		`<div><h4>Company</h4><ul><li><a href="/about">About</a></li><li><a href="/careers">Careers</a></li><li><a href="/privacy">Privacy policy</a></li></ul></div>`+
		`<p>Subscribe to our newsletter for tips on running a busy clinic.</p><form><input type="email" placeholder="Email"><button>Subscribe</button></form>`+
		`<p>© 2025 Bookwell Ltd. All rights reserved.</p>`))
	sb.WriteString(`</body></html>`)
	return sb.String()
}

// landingBuilders are the markups of common site builders, modelled on
// the classes and wrappers each prints (none copies a real page).
func landingBuilders() []landingBuilder {
	plain := landingBuilder{name: "plain HTML5",
		cookie: `<div class="cookie-banner">%s</div>`, mega: `<div class="dropdown">%s</div>`,
		header: `<header class="site-header"><nav>%s</nav></header>`, main: `<main>%s</main>`,
		sec: `<section class="%s">%s</section>`, footer: `<footer>%s</footer>`,
		h1: `<h1>%s</h1>`, h2: `<h2>%s</h2>`, h3: `<h3>%s</h3>`, p: `<p>%s</p>`,
		buttons: `<div class="buttons">%s</div>`, grid: `<div class="grid">%s</div>`, card: `<div class="card">%s</div>`,
		carousel: `<div class="carousel">%s</div>`, faq: `<details><summary>%s</summary><p>%s</p></details>`}
	webflow := plain
	webflow.name = "Webflow"
	webflow.cookie = `<div class="fs-cc-banner_component">%s</div>`
	webflow.mega = `<div class="nav_dropdown-list w-dropdown-list">%s</div>`
	webflow.header = `<div class="navbar w-nav" role="banner"><div class="w-container"><nav role="navigation" class="w-nav-menu">%s</nav></div></div>`
	webflow.main = `<div class="page-wrapper"><div class="main-wrapper">%s</div></div>`
	webflow.sec = `<div class="section_%s"><div class="padding-global"><div class="container-large">%s</div></div></div>`
	webflow.h1, webflow.h2, webflow.h3 = `<h1 class="heading-style-h1">%s</h1>`, `<h2 class="heading-style-h2">%s</h2>`, `<h3 class="heading-style-h5">%s</h3>`
	webflow.p = `<p class="text-size-medium">%s</p>`
	webflow.grid, webflow.card = `<div class="w-layout-grid grid-3col">%s</div>`, `<div class="card_item">%s</div>`
	webflow.carousel = `<div class="w-slider"><div class="w-slider-mask">%s</div></div>`
	// Webflow's dropdown component prints its list as a <nav>: FAQ
	// accordions built from it hold their answers in one.
	webflow.faq = `<div class="faq_item w-dropdown"><div class="faq_question w-dropdown-toggle"><div>%s</div></div><nav class="faq_answer w-dropdown-list"><p>%s</p></nav></div>`
	webflow.footer = `<footer class="footer_component"><div class="padding-global">%s</div></footer>`
	squarespace := plain
	squarespace.name = "Squarespace"
	squarespace.cookie = `<div class="sqs-cookie-banner-v2">%s</div>`
	squarespace.mega = `<div class="header-nav-folder-content">%s</div>`
	squarespace.header = `<header id="header" class="header theme-col--primary"><div class="header-inner"><nav class="header-nav-list">%s</nav></div></header>`
	squarespace.main = `<main id="page" class="container" role="main"><article class="sections" id="sections">%s</article></main>`
	squarespace.sec = `<section class="page-section %s"><div class="content-wrapper"><div class="sqs-layout"><div class="sqs-block html-block"><div class="sqs-block-content">%s</div></div></div></div></section>`
	squarespace.buttons = `<div class="sqs-block button-block"><div class="sqs-block-content">%s</div></div>`
	squarespace.grid, squarespace.card = `<ul class="user-items-list">%s</ul>`, `<li class="user-items-list-item">%s</li>`
	squarespace.footer = `<footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-layout">%s</div></section></footer>`
	wix := plain
	wix.name = "Wix"
	wix.cookie = `<div id="consent-banner-root">%s</div>`
	wix.mega = `<div class="wixui-dropdown-menu">%s</div>`
	wix.header = `<header id="SITE_HEADER" class="wixui-header"><div class="wixui-horizontal-menu"><nav aria-label="Site">%s</nav></div></header>`
	wix.main = `<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="page-content">%s</div></div></main>`
	wix.sec = `<section id="comp-%s" class="wixui-section"><div data-testid="columns"><div class="wixui-column-strip__column">%s</div></div></section>`
	rich := `<div class="wixui-rich-text" data-testid="richTextElement">%s</div>`
	wix.h1 = fmt.Sprintf(rich, `<h1 class="font_0 wixui-rich-text__text">%s</h1>`)
	wix.h2 = fmt.Sprintf(rich, `<h2 class="font_2 wixui-rich-text__text">%s</h2>`)
	wix.h3 = fmt.Sprintf(rich, `<h3 class="font_4 wixui-rich-text__text">%s</h3>`)
	wix.p = fmt.Sprintf(rich, `<p class="font_8 wixui-rich-text__text">%s</p>`)
	wix.buttons, wix.grid, wix.card = `<div class="wixui-button">%s</div>`, `<div class="wixui-repeater">%s</div>`, `<div class="wixui-repeater__item">%s</div>`
	wix.footer = `<footer id="SITE_FOOTER" class="wixui-footer">%s</footer>`
	divi := plain
	divi.name = "WordPress Divi"
	divi.cookie = `<div id="cookie-law-info-bar" class="cli-bar-container">%s</div>`
	divi.mega = `<ul class="sub-menu">%s</ul>`
	divi.header = `<header id="main-header"><div class="container et_menu_container"><div id="et-top-navigation"><nav id="top-menu-nav">%s</nav></div></div></header>`
	divi.main = `<div id="et-main-area"><div id="main-content"><article class="page type-page"><div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content">%s</div></div></div></article></div></div>`
	divi.sec = `<div class="et_pb_section et_section_regular section-%s"><div class="et_pb_row"><div class="et_pb_column et_pb_column_4_4"><div class="et_pb_module et_pb_text"><div class="et_pb_text_inner">%s</div></div></div></div></div>`
	divi.buttons, divi.grid, divi.card = `<div class="et_pb_button_module_wrapper">%s</div>`, `<div class="et_pb_row">%s</div>`, `<div class="et_pb_blurb"><div class="et_pb_blurb_content">%s</div></div>`
	divi.carousel = `<div class="et_pb_slider"><div class="et_pb_slides">%s</div></div>`
	divi.faq = `<div class="et_pb_toggle et_pb_toggle_close"><h5 class="et_pb_toggle_title">%s</h5><div class="et_pb_toggle_content clearfix"><p>%s</p></div></div>`
	divi.footer = `<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix">%s</div></div><div id="footer-bottom"></div></footer>`
	elementor := plain
	elementor.name = "WordPress Elementor"
	elementor.cookie = `<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner">%s</div></div>`
	elementor.mega = `<ul class="sub-menu elementor-nav-menu--dropdown">%s</ul>`
	elementor.header = `<header data-elementor-type="header" class="elementor elementor-location-header"><div class="elementor-widget-nav-menu"><nav class="elementor-nav-menu--main">%s</nav></div></header>`
	elementor.main = `<div data-elementor-type="wp-page" class="elementor elementor-42">%s</div>`
	elementor.sec = `<section class="elementor-section elementor-top-section %s"><div class="elementor-container"><div class="elementor-column"><div class="elementor-widget-wrap">%s</div></div></div></section>`
	widget := `<div class="elementor-widget elementor-widget-%s"><div class="elementor-widget-container">%%s</div></div>`
	elementor.h1 = fmt.Sprintf(fmt.Sprintf(widget, "heading"), `<h1 class="elementor-heading-title">%s</h1>`)
	elementor.h2 = fmt.Sprintf(fmt.Sprintf(widget, "heading"), `<h2 class="elementor-heading-title">%s</h2>`)
	elementor.p = fmt.Sprintf(fmt.Sprintf(widget, "text-editor"), `<p>%s</p>`)
	elementor.buttons = fmt.Sprintf(widget, "button")
	elementor.card = `<div class="elementor-widget elementor-widget-icon-box"><div class="elementor-icon-box-wrapper">%s</div></div>`
	elementor.carousel = `<div class="elementor-widget-testimonial-carousel"><div class="swiper"><div class="swiper-wrapper">%s</div></div></div>`
	elementor.faq = `<div class="elementor-accordion-item"><div class="elementor-tab-title" role="button" aria-expanded="false">%s</div><div class="elementor-tab-content"><p>%s</p></div></div>`
	elementor.footer = `<footer data-elementor-type="footer" class="elementor elementor-location-footer">%s</footer>`
	framer := plain
	framer.name = "Framer"
	framer.cookie = `<div class="framer-cookie-banner">%s</div>`
	framer.mega = `<div class="framer-1x9kq2z">%s</div>`
	framer.header = `<div class="framer-Yt3hR framer-v-1u8a0" data-framer-name="Navigation"><nav>%s</nav></div>`
	framer.main = `<div id="main" data-framer-hydrate-v2="true"><div class="framer-Qz7pL framer-72rtr7" data-framer-name="Desktop">%s</div></div>`
	framer.sec = `<div class="framer-%s framer-1bq9x1r" data-framer-name="Section">%s</div>`
	text := `<div class="framer-text-wrap" data-framer-component-type="RichTextContainer">%s</div>`
	framer.h1 = fmt.Sprintf(text, `<h1 class="framer-text">%s</h1>`)
	framer.h2 = fmt.Sprintf(text, `<h2 class="framer-text">%s</h2>`)
	framer.h3 = fmt.Sprintf(text, `<h3 class="framer-text">%s</h3>`)
	framer.p = fmt.Sprintf(text, `<p class="framer-text">%s</p>`)
	framer.buttons, framer.grid, framer.card = `<div class="framer-1w0xq">%s</div>`, `<div class="framer-u7c3d">%s</div>`, `<div class="framer-9sd0fk">%s</div>`
	framer.carousel = `<section class="framer-slideshow" aria-roledescription="carousel"><ul>%s</ul></section>`
	framer.faq = `<div class="framer-4ts9m" data-framer-name="FAQ Item">` + fmt.Sprintf(text, `<p class="framer-text">%s</p>`) + fmt.Sprintf(text, `<p class="framer-text">%s</p>`) + `</div>`
	framer.footer = `<div class="framer-Kd8sa" data-framer-name="Footer">%s</div>`
	hubspot := plain
	hubspot.name = "HubSpot"
	hubspot.cookie = `<div id="hs-eu-cookie-confirmation"><div id="hs-eu-cookie-confirmation-inner">%s</div></div>`
	hubspot.mega = `<ul class="hs-menu-children-wrapper">%s</ul>`
	hubspot.header = `<div class="header-container-wrapper"><div class="header-container"><div class="hs-menu-wrapper active-branch"><nav>%s</nav></div></div></div>`
	hubspot.main = `<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--home">%s</div></main>`
	hubspot.sec = `<div class="row-fluid-wrapper row-depth-1 dnd-section %s"><div class="row-fluid"><div class="span12 widget-span dnd-column"><div class="hs_cos_wrapper hs_cos_wrapper_widget">%s</div></div></div></div>`
	hubspot.footer = `<div class="footer-container-wrapper"><div class="footer-container">%s</div></div>`
	return []landingBuilder{plain, webflow, squarespace, wix, divi, elementor, framer, hubspot}
}

// TestLandingBuilders: a landing page built with common site builders
// keeps every content section (hero, features, testimonials, pricing,
// FAQ answers, closing call's heading) and drops the chrome (cookie
// banner, mega menu, header links, footer columns, newsletter form,
// copyright), and is read as a service page.
func TestLandingBuilders(t *testing.T) {
	keep := []string{
		"Scheduling that keeps up with your clinic", "Bookwell brings appointments",
		"Everything you need to run your front desk", "Online booking", "Patients pick a free slot",
		"Automatic reminders", "Text and email reminders go out", "Card payments", "Take deposits when patients book",
		"What clinics say about us", "Our no-show rate halved", "Setting it up took one afternoon",
		"Plans for every practice", "Unlimited bookings",
		"Frequently asked questions", "Can patients book without an account?", "Yes. Patients only give",
		"Do you integrate with my calendar?", "Bookwell syncs both ways", "Ready to fill your calendar?",
	}
	drop := []string{"We use cookies", "Accept all", "Invoicing for clinics", "Get paid faster", "Log in",
		"Careers", "Privacy policy", "Subscribe to our newsletter", "All rights reserved"}
	for _, b := range landingBuilders() {
		t.Run(b.name, func(t *testing.T) {
			res, err := FromBytes([]byte(landingPage(b)), Options{URL: "https://bookwell.example/"})
			if err != nil {
				t.Fatal(err)
			}
			if res.PageType != PageService {
				t.Errorf("read as %s, want %s", res.PageType, PageService)
			}
			for _, k := range keep {
				if !strings.Contains(res.Text, k) {
					t.Errorf("%q dropped", k)
				}
			}
			for _, d := range drop {
				if strings.Contains(res.Text, d) {
					t.Errorf("%q kept", d)
				}
			}
			if t.Failed() {
				t.Logf("text:\n%s", res.Text)
			}
		})
	}
}
