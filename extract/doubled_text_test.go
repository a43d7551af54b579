package extract

import (
	"strings"
	"testing"
)

func TestDoubledHalf(t *testing.T) {
	for _, c := range []struct {
		name, text, want string
	}{
		{"a text-roll button", "Get startedGet started", "Get started"},
		{"a badge glued to its copy", "BlackBlack", "Black"},
		{"a price glued to its copy", "EUR 20.99EUR 20.99", "EUR 20.99"},
		{"a German label", "Jetzt anfragenJetzt anfragen", "Jetzt anfragen"},
		{"a label and its screen-reader copy", "Best Overall Best Overall", "Best Overall"},
		{"a Spanish label and its copy", "Reserva tu plaza Reserva tu plaza", "Reserva tu plaza"},
		{"a word that doubles a syllable", "couscous", ""},
		{"an upper-case word glued to its copy", "NEWNEW", ""},
		{"a number that repeats its digits", "20202020", ""},
		{"a place name that repeats a word", "Walla Walla", ""},
		{"a personal name that repeats a word", "Ning Ning", ""},
		{"a short word", "tsetse", ""},
		{"prose", "We plan, we build, we test, and then we plan again.", ""},
		{"prose that repeats itself", strings.Repeat("The rangers count the bears of the valley every autumn, from dawn to dusk. ", 4), ""},
		{"empty", "", ""},
	} {
		got := ""
		if h := doubledHalf([]byte(c.text)); h > 0 {
			got = c.text[:h]
		}
		if got != c.want {
			t.Errorf("%s: doubledHalf(%q) keeps %q, want %q", c.name, c.text, got, c.want)
		}
	}
}

// TestDoubledLabels: service pages built with Webflow, Framer or a
// WordPress page builder print their buttons' and badges' labels twice
// (a hover roll, a copy for screen readers); the text keeps each once.
func TestDoubledLabels(t *testing.T) {
	for _, c := range []struct {
		name, page, once, twice string
	}{
		{"Webflow text roll (English)", `<html><body><main>
<h1>Bookkeeping for small businesses</h1>
<p>We keep your books up to date every month, reconcile your accounts and prepare the figures your accountant needs at the end of the year.</p>
<h2 class="heading-roll"><span class="text-roll-inner">Bookkeeping that is never late</span><span class="text-roll-inner">Bookkeeping that is never late</span></h2>
<p>Our bookkeepers work with the software you already use and answer your questions within one working day, by email or by phone.</p>
</main></body></html>`, "Bookkeeping that is never late", "Bookkeeping that is never lateBookkeeping that is never late"},
		{"Framer heading roll (German)", `<html><body><main>
<h1>Steuerberatung für Selbstständige</h1>
<h2 class="framer-text"><span class="roll">Alles aus einer Hand</span><span class="roll">Alles aus einer Hand</span></h2>
<p>Wir übernehmen Ihre Buchhaltung, erstellen die Umsatzsteuervoranmeldung und beraten Sie bei allen Fragen rund um Ihre Steuern und Ihr Unternehmen.</p>
<p>Unsere Berater kennen die Besonderheiten von Freiberuflern und Gewerbetreibenden und sind persönlich für Sie erreichbar.</p>
</main></body></html>`, "Alles aus einer Hand", "Alles aus einer HandAlles aus einer Hand"},
		{"Elementor animated headline (French)", `<html><body><main>
<h1>Cabinet dentaire à Lyon</h1>
<p>Notre équipe vous accueille du lundi au samedi pour les soins courants, l'orthodontie et les urgences dentaires, avec ou sans rendez-vous.</p>
<h3 class="elementor-headline"><span class="elementor-headline-dynamic-text">Soins pour toute la famille</span> <span class="elementor-headline-dynamic-text">Soins pour toute la famille</span></h3>
<p>Les enfants sont suivis dès leur première dent, et les adultes bénéficient d'un bilan complet chaque année avec un devis détaillé.</p>
</main></body></html>`, "Soins pour toute la famille", "Soins pour toute la famille Soins pour toute la famille"},
	} {
		res, err := FromBytes([]byte(c.page), Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if strings.Contains(res.Text, c.twice) {
			t.Errorf("%s: the label is printed twice:\n%s", c.name, res.Text)
		}
		if !strings.Contains(res.Text, c.once) {
			t.Errorf("%s: the label %q is lost:\n%s", c.name, c.once, res.Text)
		}
	}
}
