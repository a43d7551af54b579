package extract

import (
	"testing"

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
			if got := serviceTitle(tt.h1, md); got != tt.want {
				t.Errorf("serviceTitle(%q) = %q, want %q", tt.h1, got, tt.want)
			}
		})
	}
}
