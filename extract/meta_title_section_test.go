package extract

import "testing"

func TestCutSectionHead(t *testing.T) {
	tests := []struct{ title, url, want string }{
		{"Local News - Council agrees to study harbour park plan", "https://gazette.example/news/2015/park", "Council agrees to study harbour park plan"},
		{"Lokales | Stadtrat prüft den Hafenpark heute", "https://blatt.example/lokales/hafenpark", "Stadtrat prüft den Hafenpark heute"},
		{"Deportes » El consejo estudia el parque", "https://diario.example/deportes/futbol/consejo-parque.html", "El consejo estudia el parque"},
		{"Ownership - what it means in Rust", "https://book.example/guide/ownership", "Ownership - what it means in Rust"},
		{"Ownership - what it means in Rust", "https://book.example/ownership/", "Ownership - what it means in Rust"},
		{"Note 2018-0135 - Vulnerability in the harbour router", "https://db.example/note-2018-0135/item", "Note 2018-0135 - Vulnerability in the harbour router"},
		{"Brexit - what happens now and next", "https://gazette.example/2019/brexit-now", "Brexit - what happens now and next"},
		{"Local News - Park plan", "https://gazette.example/news/2015/park", "Local News - Park plan"},
		{"Local News and Weather Today - Council agrees to study the harbour park plan", "https://gazette.example/news/2015/park", "Local News and Weather Today - Council agrees to study the harbour park plan"},
		{"Local News - Council agrees to study harbour park plan", "%%", "Local News - Council agrees to study harbour park plan"},
		{"No separator in this title at all", "https://gazette.example/news/2015/park", "No separator in this title at all"},
	}
	for _, tt := range tests {
		if got := cutSectionHead(tt.title, tt.url); got != tt.want {
			t.Errorf("cutSectionHead(%q, %q) = %q, want %q", tt.title, tt.url, got, tt.want)
		}
	}
}
