package extract

import (
	"strings"
	"testing"
	"time"
)

// A dateline that gives an update and the first publication in one block
// gives the publication, whichever comes first, in the recognisers'
// languages; one that gives only its update gives that, when nothing
// else does.
func TestPublishedBesideUpdate(t *testing.T) {
	tests := []struct {
		name, header, want string
	}{
		{"English, update first", `<p class="meta">Last updated on March 5, 2021 · Published March 3, 2021</p>`, "2021-03-03"},
		{"English, publication first", `<p class="meta">March 3, 2021 · Updated March 5, 2021</p>`, "2021-03-03"},
		{"German, update first", `<p>Aktualisiert am 5. März 2021 | Veröffentlicht am 3. März 2021</p>`, "2021-03-03"},
		{"German, publication first", `<p>3. März 2021, aktualisiert am 5. März 2021</p>`, "2021-03-03"},
		{"French, update first", `<p>Mis à jour le 5 mars 2021 – Publié le 3 mars 2021</p>`, "2021-03-03"},
		{"Spanish, update first", `<p>Actualizado el 5 de marzo de 2021 | Publicado el 3 de marzo de 2021</p>`, "2021-03-03"},
		{"Italian, publication first", `<p>3 marzo 2021 - aggiornato il 5 marzo 2021</p>`, "2021-03-03"},
		{"Russian, update first", `<p>Обновлено 5 марта 2021 · Опубликовано 3 марта 2021</p>`, "2021-03-03"},
		{"English, update first, posted", `<p class="meta">Updated: March 5, 2021 | Posted: March 3, 2021</p>`, "2021-03-03"},
		{"English, update first, posted on", `<p class="meta">Updated March 5, 2021 - Posted on March 3, 2021</p>`, "2021-03-03"},
		{"an update alone", `<p class="meta">Last updated on March 5, 2021</p>`, "2021-03-05"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes(page("", tt.header, articleBody), Options{URL: "https://gazette.example/news/harbour"})
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Date.Format(time.DateOnly); got != tt.want {
				t.Errorf("Date = %s, want %s", got, tt.want)
			}
		})
	}
}

// publishedBeside reads the publication date of a dateline that labels
// an update, and none from a dateline without an update's label or with
// no other date.
func TestPublishedBeside(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"Updated March 5, 2021 · Published March 3, 2021", "2021-03-03"},
		{"March 3, 2021 - Updated March 5, 2021", "2021-03-03"},
		{"Zuletzt aktualisiert: 5. März 2021", ""},
		{"Published March 3, 2021", ""},
		{"Updated: March 5, 2021 | Posted: March 3, 2021", "2021-03-03"},
		{"Updated by the desk · Published", ""},
	}
	for _, tt := range tests {
		got := ""
		if d, ok := publishedBeside(tt.text, false); ok {
			got = d.Format(time.DateOnly)
		}
		if got != tt.want {
			t.Errorf("publishedBeside(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// A publication's stamp and its update's with their times, in a line
// longer than one dateline, give the publication's day and stay out of
// the text, in several languages.
func TestLongPairedDateline(t *testing.T) {
	tests := []struct {
		name, line string
	}{
		{"English, capitals", "PUBLISHED: March 3, 2021 at 10:44 a.m. | UPDATED: March 5, 2021 at 1:00 p.m."},
		{"English, times first", "Published 10:44 a.m. ET March 3, 2021 | Updated 1:00 p.m. ET March 5, 2021"},
		{"German", "Veröffentlicht am 03.03.2021 um 10:44 Uhr | Aktualisiert am 05.03.2021 um 13:00 Uhr"},
		{"Spanish", "Publicado el 3 de marzo de 2021 a las 10:44 | Actualizado el 5 de marzo de 2021 a las 13:00"},
		{"Italian", "Pubblicato il 3 marzo 2021 alle 10:44 · Aggiornato il 5 marzo 2021 alle 13:00"},
		{"Dutch", "Gepubliceerd op 3 maart 2021 om 10:44 • Bijgewerkt op 5 maart 2021 om 13:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes(page("", `<p class="meta">`+tt.line+`</p>`, articleBody), Options{URL: "https://gazette.example/news/harbour"})
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Date.Format(time.DateOnly); got != "2021-03-03" {
				t.Errorf("Date = %s, want 2021-03-03", got)
			}
			if strings.Contains(res.Text, "10:44") {
				t.Errorf("the dateline is in the text:\n%s", res.Text)
			}
		})
	}
}
