package recognize

import "testing"

// TestTextDatelineLabels checks that datelines whose labels hold more
// words than the date has numbers ("Mis à jour le 3 mars": five words
// around one number) are datelines in each language, and that a line of
// the same length with a word no dateline holds is not.
func TestTextDatelineLabels(t *testing.T) {
	tests := []struct {
		text string
		want Kind
	}{
		{"Published 3 March 2024", Dateline},
		{"12.03.2024 14:05", Dateline},
		{"Mis à jour le 3 mars", Dateline},
		{"Publié le 3 mars à 14:05", Dateline},
		{"Actualizado el 3 de marzo", Dateline},
		{"Atualizado em 3 de março", Dateline},
		{"Aggiornato il 3 marzo", Dateline},
		{"Bijgewerkt op 3 maart", Dateline},
		{"Обновлено 3 марта", Dateline},
		{"2 hours ago", Dateline},
		{"il y a 3 heures", Dateline},
		{"vor 2 Stunden", Dateline},
		{"hace 2 horas", Dateline},
		{"Le 3 mars une fête au village", None},
		{"Nous serons fermés le 3 mars", None},
	}
	for _, tt := range tests {
		if got := Text(tt.text); got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
