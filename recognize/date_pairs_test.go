package recognize

import "testing"

// TestPairedDatelines checks that a publication's stamp and its update's
// printed in one line, joined by a bar, a middle dot or a bullet, are a
// dateline in several languages though the line runs past one
// dateline's length, while lines with a bar that are not two stamps
// (prose, a schedule, an event's sessions, a menu) are not.
func TestPairedDatelines(t *testing.T) {
	tests := []struct {
		text string
		want Kind
	}{
		{"PUBLISHED: November 8, 2023 at 11:30 p.m. | UPDATED: November 9, 2023 at 12:21 a.m.", Dateline},
		{"Published 10:44 a.m. ET March 5, 2024 | Updated 1:00 p.m. ET March 7, 2024", Dateline},
		{"Veröffentlicht am 05.03.2024 um 10:44 Uhr | Aktualisiert am 07.03.2024 um 13:00 Uhr", Dateline},
		{"Publicado el 5 de marzo de 2024 a las 10:44 | Actualizado el 7 de marzo de 2024 a las 13:00", Dateline},
		{"Pubblicato il 5 marzo 2024 alle 10:44 · Aggiornato il 7 marzo 2024 alle 13:00", Dateline},
		{"Gepubliceerd op 5 maart 2024 om 10:44 • Bijgewerkt op 7 maart 2024 om 13:00", Dateline},
		// Not two stamps.
		{"The council met on March 5, 2024 at 10:44 a.m. | It will meet again on March 7, 2024 to vote on the plan.", None},
		{"Tickets on sale March 5, 2024 at 10 a.m. | Doors open at 7 p.m. on March 7, 2024 at the hall", None},
		{"Mon, March 3, 2025 at 10:00 a.m. EST · Tue, March 4, 2025 at 10:00 a.m. EST · Wed, March 5, 2025 at 10:00 a.m.", None},
		{"Home | News | Local | Sports | Business | Opinion | Weather | Obituaries | Events 2024 | Contact us today", Navigation},
	}
	for _, tt := range tests {
		if got := Text(tt.text); got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
