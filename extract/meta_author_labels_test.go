package extract

import "testing"

// TestAuthorLabels checks the byline labels that forum software and
// libraries print before a name ("Started by", "Thread starter", an
// "Author(s)" heading over a list of names) and the links to a
// contributor's page that mark one.
func TestAuthorLabels(t *testing.T) {
	tests := []struct {
		name, head, header, want string
	}{
		{"forum's started-by line", "", `<p>Started by Harbour Watcher, June 04, 2024, 11:23:55 AM</p>`, "Harbour Watcher"},
		{"forum's thread-starter label", "", `<ul><li><span>Thread starter</span> <span>Marta Quay</span></li></ul>`, "Marta Quay"},
		{"author(s) heading over a list", "", `<div><h6>Date</h6><p>November 2003</p></div><div><h6>Author(s)</h6><ul><li><a href="/library/?a=Jane">Jane A. Doe</a></li><li><a href="/library/?a=John">John B. Roe</a></li></ul></div>`,
			"Jane A. Doe"},
		{"a sentence that starts a story is no byline", "", `<p>Started by two friends in a garage, the ferry line now runs six boats.</p>`, ""},
		{"link to a contributor's profile, site name in the metadata", `<meta property="og:site_name" content="Harbour Gazette"><meta name="author" content="Harbour Gazette">`,
			`<p><a href="https://talk.example/profiles/jane-doe-1234">Jane Doe</a>, <em>Harbour Institute</em></p>`, "Jane Doe"},
		{"link to a contributor's page in a byline", "", `<div><a href="/contributors/max-mustermann/">Max Mustermann</a></div>`, "Max Mustermann"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes(page(tt.head, tt.header, articleBody), Options{URL: "https://gazette.example/2024/03/harbour"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Author != tt.want {
				t.Errorf("Author = %q, want %q", res.Author, tt.want)
			}
		})
	}
}

// TestAuthorItemName checks that an itemprop=author Person that gives its
// itemprop=name is read by that name alone: the fields of a forum
// member's card beside it are no name, even when the name is not one.
func TestAuthorItemName(t *testing.T) {
	card := func(name string) string {
		return `<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person">` +
			`<a href="/members/42/"><span itemprop="name">` + name + `</span></a><dl><dt>Native Language</dt><dd>Spanish</dd></dl>` +
			`<dl><dt>Home Country</dt><dd>Chile</dd></dl></section>`
	}
	tests := []struct{ name, member, want string }{
		{"member's handle", "harbour_fan", "harbour_fan"},
		{"member's e-mail address is no name, nor is the card's field", "harbour.fan@mail.example", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes(page("", card(tt.member), articleBody), Options{URL: "https://forum.example/threads/harbour.42/"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Author != tt.want {
				t.Errorf("Author = %q, want %q", res.Author, tt.want)
			}
		})
	}
}
