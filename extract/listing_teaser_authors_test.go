package extract

import (
	"fmt"
	"strings"
	"testing"
)

// newsIndexPage is a news site's index of teasers, WordPress-like: a
// category link, the linked headline, the authors as links to their
// pages under authorPath, and the story's age. One writer signs every
// other story, so her name is printed three times; the footer credits
// the site's staff through the same kind of link.
func newsIndexPage(lang, title, authorPath, ago string, stories [][2]string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="%s"><head><title>%s | The Ledger</title></head><body>`+
		`<header><nav><a href="/">Home</a> <a href="/ai">AI</a> <a href="/apps">Apps</a> <a href="/climate">Climate</a></nav></header>`+
		`<main><h1>%s</h1><ul class="loop">`, lang, title, title)
	for i, s := range stories {
		author := s[1]
		if i%2 == 0 {
			author = stories[0][1]
		}
		slug := strings.ReplaceAll(strings.ToLower(author), " ", "-")
		fmt.Fprintf(&b, `<li class="loop-card"><div class="loop-card__cat"><a href="/cat/ai">AI</a></div>`+
			`<h3 class="loop-card__title"><a href="/2025/03/0%d/story-%d/">%s</a></h3>`+
			`<ul class="loop-card__authors"><li><a class="loop-card__author" href="/%s/%s/">%s</a></li></ul>`+
			`<time datetime="2025-03-06">%d %s</time></li>`, i, i, s[0], authorPath, slug, author, i+2, ago)
	}
	fmt.Fprintf(&b, `</ul></main><footer><p>Site by <a href="/%s/site-staff/">Site Staff</a></p>`+
		`<p>© 2025 The Ledger. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>`, authorPath)
	return b.String()
}

// On a news index, the author that a link to an author's page names under
// each kept headline is the teaser's, however often the index prints her
// name; the footer's credit stays dropped.
func TestKeepTeaserAuthors(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string
	}{
		{"English", newsIndexPage("en", "Latest AI news", "author", "hours ago", [][2]string{
			{"OpenAI delays its new model again", "Jane Doe"}, {"Startups rush to build agents for small shops", "John Roe"},
			{"Chip makers warn of a memory shortage next year", "Ana Lima"}, {"Regulators open an inquiry into cloud pricing", "Ana Lima"},
			{"A robotics lead quits over a defence contract", "Max Muster"}, {"Why the smartphone market stopped growing", "John Roe"},
		}), []string{"Jane Doe", "John Roe", "Ana Lima"}},
		{"German", newsIndexPage("de", "Neueste Nachrichten zur KI", "autor", "Stunden", [][2]string{
			{"OpenAI verschiebt sein neues Modell erneut", "Erika Mustermann"}, {"Start-ups bauen Agenten für kleine Läden", "Max Muster"},
			{"Chiphersteller warnen vor knappem Speicher", "Lena Berger"}, {"Behörden prüfen die Preise der Cloud-Anbieter", "Lena Berger"},
			{"Ein Robotik-Chef geht wegen eines Rüstungsauftrags", "Jonas Keller"}, {"Warum der Smartphone-Markt nicht mehr wächst", "Max Muster"},
		}), []string{"Erika Mustermann", "Max Muster", "Lena Berger"}},
		{"French", newsIndexPage("fr", "Dernières actualités de l'IA", "auteur", "heures", [][2]string{
			{"OpenAI repousse encore son nouveau modèle", "Claire Dubois"}, {"Les jeunes pousses créent des agents pour les commerces", "Louis Martin"},
			{"Les fabricants de puces craignent une pénurie de mémoire", "Sophie Laurent"}, {"Les régulateurs enquêtent sur les prix du cloud", "Sophie Laurent"},
			{"Un responsable de la robotique démissionne", "Hugo Bernard"}, {"Pourquoi le marché du smartphone ne grandit plus", "Louis Martin"},
		}), []string{"Claire Dubois", "Louis Martin", "Sophie Laurent"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := FromBytes([]byte(tc.page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if r.PageType != PageListing {
				t.Fatalf("read as %s, want a listing", r.PageType)
			}
			lines := strings.Split(r.Text, "\n\n")
			for _, w := range tc.want {
				if !strings.Contains("\n"+strings.Join(lines, "\n")+"\n", "\n"+w+"\n") {
					t.Errorf("author %q missing:\n%s", w, r.Text)
				}
			}
			if n := strings.Count(r.Text, tc.want[0]); n != 3 {
				t.Errorf("%q kept %d times, want under each of her 3 teasers:\n%s", tc.want[0], n, r.Text)
			}
			if strings.Contains(r.Text, "Site Staff") {
				t.Errorf("the footer's credit kept:\n%s", r.Text)
			}
		})
	}
}
