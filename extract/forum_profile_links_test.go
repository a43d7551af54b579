package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestProfileLink: the links each engine prints to a member's profile
// are signs of a post; an author's page, a login link and the links of
// an article are not.
func TestProfileLink(t *testing.T) {
	tests := []struct {
		href string
		want bool
	}{
		{"./memberlist.php?mode=viewprofile&amp;u=42", true},                // phpBB
		{"member.php?u=224387", true},                                       // vBulletin
		{"https://bakers.example/member.php?action=profile&uid=3", true},    // MyBB
		{"https://bakers.example/index.php?action=profile;u=7", true},       // Simple Machines
		{"/members/quillbrook.4817/", true},                                 // XenForo
		{"https://bakers.example/profile/12-quillbrook/", true},             // Invision
		{"/u/quillbrook", true},                                             // Discourse, Flarum, Lemmy
		{"/user/quillbrook/", true},                                         // Reddit
		{"user?id=quillbrook", true},                                        // Hacker News
		{"/users/1234/quillbrook", true},                                    // Q&A sites
		{"/profile/quillbrook", true},                                       // Vanilla
		{"https://bakers.example/user-126792.html", true},                   // MyBB's short addresses
		{"member-4817.html", true},                                          //
		{"/user-guide.html", false},                                         // a page about users
		{"https://brot.example/mitglieder/", false},                         // no member named
		{"/user/login", false},                                              // the page's log-in link
		{"/users/sign_in", false},                                           //
		{"/author/jane-doe/", false},                                        // an article's byline
		{"https://news.example/2024/03/04/the-members-of-the-board", false}, // an article
		{"/members/", false},                                                // the member list
		{"", false},
		{"/Members/Quillbrook.4817/", true},                // any case
		{"https://bakers.example:8443/u/quillbrook", true}, // a port after the host
		{"/talk:threads/users/quillbrook", true},           // a colon that opens no scheme
		{"mailto:quillbrook@bakers.example", false},        // no "//" after the colon
		{"/search/q:members", false},                       //
	}
	for _, tc := range tests {
		if got := profileLink([]byte(tc.href)); got != tc.want {
			t.Errorf("profileLink(%q) = %v, want %v", tc.href, got, tc.want)
		}
	}
}

// TestNameLineNotAvatarLetter: the letter an avatar without a picture
// prints, linked to the profile as the name is, is not the name.
func TestNameLineNotAvatarLetter(t *testing.T) {
	letter := boilerplate.Block{Text: "D", Features: boilerplate.Features{Words: 1, LinkWords: 1}}
	name := boilerplate.Block{Text: "dtown40", Features: boilerplate.Features{Words: 1, LinkWords: 1}}
	if nameLine(&letter) {
		t.Error("the avatar's letter taken for the member's name")
	}
	if !nameLine(&name) {
		t.Error("the member's name not taken for one")
	}
}
