package extract

import "testing"

// TestPairRowsPage: a review whose specifications are printed as rows of
// two elements (a name and its value) between its paragraphs keeps every
// row through FromBytes. The maker's name is a link, so density judges
// it bad and drops the short cells on both sides of it; keepPairRows
// takes the whole table back.
func TestPairRowsPage(t *testing.T) {
	row := func(name, value string) string {
		return `<div class="spec"><div class="cell">` + name + `</div><div class="cell">` + value + `</div></div>`
	}
	specs := `<div class="specs">` + row("Brightness", "800 lm") + row("Colour range", "2700K to 6500K") +
		row("Sensor / dimmer", "Touch strip") + row("Maker", `<a href="/brands/lumen">Lumen Works</a>`) +
		row("Weight", "1.2 kg") + `</div>`
	paragraphs := []string{
		"The Lumen Two gives the most even light of any desk lamp we tried this year, and its long arm holds whatever place you push it to without a wobble.",
		"We used it for a month on three desks, one of them under a window, and measured its light at the corners of a large sheet of paper every week.",
		"Its touch strip takes a day to learn, but after that it dims in small enough steps that we never wished for a knob, even late at night.",
		"If the Lumen Two is sold out, the Arco Mini gives nearly the same light for less money, though its arm is shorter and its base takes more room.",
	}
	body := `<article><h1>The Lumen Two review</h1><p>By Ada Ferrow</p><p>` + paragraphs[0] + `</p><p>` + paragraphs[1] +
		`</p>` + specs + `<p>` + paragraphs[2] + `</p><p>` + paragraphs[3] + `</p></article>`
	page := synthPage(`<title>The Lumen Two review | Lamp Bench</title><meta property="og:type" content="article">`, body)
	res, err := FromBytes([]byte(page), Options{URL: "https://lamps.example/reviews/lumen-two"})
	if err != nil {
		t.Fatal(err)
	}
	checkHolds(t, res.Text, []string{"Brightness", "800 lm", "Colour range", "2700K to 6500K", "Sensor / dimmer",
		"Touch strip", "Maker", "Lumen Works", "Weight", "1.2 kg", paragraphs[3]}, nil)
}
