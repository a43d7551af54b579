package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/meta"
)

func TestServiceTitle(t *testing.T) {
	tests := []struct {
		name, h1, pageTitle, site, host, want string
	}{
		{"slogan h1 yields to the title", "The complete solution for every support team",
			"Help Desk Software for Growing Teams | Tellwise", "Tellwise", "www.tellwise.example",
			"Help Desk Software for Growing Teams"},
		{"site named by the host", "Apps your customers will love",
			"Mobile App Development Company | Brightcode", "", "brightcode.example",
			"Mobile App Development Company"},
		{"german slogan", "Wir bringen Ihr Team nach vorn",
			"Lohnabrechnung für kleine Unternehmen | Zahlwerk", "Zahlwerk", "zahlwerk.example",
			"Lohnabrechnung für kleine Unternehmen"},
		{"french slogan", "Votre comptabilité, enfin simple",
			"Logiciel de comptabilité en ligne - Comptaplus", "Comptaplus", "comptaplus.example",
			"Logiciel de comptabilité en ligne"},
		{"call to action after the offer", "Payroll that runs itself",
			"Payroll Software for Small Business - Start for Free", "", "payly.example",
			"Payroll Software for Small Business"},
		{"dutch tagline after the offer", "Nooit meer papierwerk",
			"Boekhoudsoftware voor zzp'ers | Gratis proberen | Boekhoek", "Boekhoek", "boekhoek.example",
			"Boekhoudsoftware voor zzp'ers"},
		{"h1 is the title's part after the brand", "The cloud for builders",
			"Skyforge | The cloud for builders", "", "skyforge.example", "The cloud for builders"},
		{"spanish h1 is the title's first part", "Diseño de envases cosméticos",
			"Diseño de envases cosméticos | Estudio Lumen", "", "lumen.example", "Diseño de envases cosméticos"},
		{"h1 equal to the title", "Cloud Backup for Teams", "Cloud Backup for Teams", "", "", "Cloud Backup for Teams"},
		{"one-word title kept out", "Backups that never sleep", "Backups | Nightvault", "Nightvault", "", "Backups that never sleep"},
		{"no title", "Backups that never sleep", "", "", "", "Backups that never sleep"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			md := &meta.Metadata{PageTitle: tt.pageTitle, SiteName: tt.site, Host: tt.host}
			if got := serviceTitle(tt.h1, md, false); got != tt.want {
				t.Errorf("serviceTitle(%q) = %q, want %q", tt.h1, got, tt.want)
			}
		})
	}
}

// TestServiceTitlePrintedAndSocial: a service page's h1 stays when the
// page prints it as its title and og:title gives it word for word; the
// social title alone, or a printed slogan it does not give, yields to
// <title>.
func TestServiceTitlePrintedAndSocial(t *testing.T) {
	tests := []struct {
		name, h1, ogTitle, pageTitle string
		printed                      bool
		want                         string
	}{
		{"printed h1 that og:title gives stays", "Science", "Science",
			"Science News: World Science Stories | Wirehub", true, "Science"},
		{"og:title alone does not keep a title the page does not print", "We do email right", "We do email right",
			"Email Marketing Tools | Postbird", false, "Email Marketing Tools"},
		{"printed slogan that og:title does not give yields", "Build faster together", "Team Workspace",
			"Team Workspace | Boardly", true, "Team Workspace"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			md := &meta.Metadata{Title: tt.ogTitle, PageTitle: tt.pageTitle}
			if got := serviceTitle(tt.h1, md, tt.printed); got != tt.want {
				t.Errorf("serviceTitle(%q, printed=%v) = %q, want %q", tt.h1, tt.printed, got, tt.want)
			}
		})
	}
}

// TestTitlePrinted: only a heading the headline search marked as the
// title, and that reads the title, makes the title printed.
func TestTitlePrinted(t *testing.T) {
	head := boilerplate.Block{Kind: boilerplate.KindHeading, Tag: "h1", Text: "Science"}
	head.Features.Hints = boilerplate.HintTitle
	unmarked := boilerplate.Block{Kind: boilerplate.KindHeading, Tag: "h1", Text: "Science"}
	para := boilerplate.Block{Kind: boilerplate.KindParagraph, Text: "Science"}
	para.Features.Hints = boilerplate.HintTitle
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		want   bool
	}{
		{"marked heading", []boilerplate.Block{para, head}, true},
		{"heading not marked as the title", []boilerplate.Block{unmarked}, false},
		{"marked paragraph is no heading", []boilerplate.Block{para}, false},
		{"no blocks", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := titlePrinted(tt.blocks, "Science"); got != tt.want {
				t.Errorf("titlePrinted = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestServiceTitleOnPage: on a page read as a service page, a printed h1
// that og:title gives whole is the title, not the longer <title>.
func TestServiceTitleOnPage(t *testing.T) {
	body := `<h1>Science</h1><p>The latest discoveries from labs and field stations around the world, explained by our reporters.</p>` +
		`<section><h2>Space</h2><p>Telescopes, probes and the people who build them, from launch pads to distant moons.</p></section>` +
		`<section><h2>Climate</h2><p>What the measurements say about ice, oceans and the air, season after season.</p></section>`
	head := `<title>Science News: World Science Stories | Wirehub</title><meta property="og:title" content="Science">`
	res, err := FromBytes([]byte(synthPage(head, body)), Options{reading: PageService})
	if err != nil {
		t.Fatal(err)
	}
	if res.Title != "Science" {
		t.Errorf("Title = %q, want %q", res.Title, "Science")
	}
}
