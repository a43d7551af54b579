package extract

import (
	"testing"
)

// TestSegmentInitials: the initials hold the first byte of the address and
// each byte after a "/", in any case, and leave out the host of an
// http(s) address; a protocol-relative host counts, as profileLink reads
// it as a segment. A segment that may be an author's folder adds
// initialAuthorFolder.
func TestSegmentInitials(t *testing.T) {
	set := func(letters string) initials {
		var s initials
		for i := 0; i < len(letters); i++ {
			s |= initialOf(letters[i])
		}
		return s
	}
	tests := []struct {
		href string
		want initials
	}{
		{"", 0},
		{"/", 0},
		{"u/name", set("un")},
		{"/Users/42/jane", set("uj")},
		{"https://www.example.com/author/jane-doe/", set("aj") | initialAuthorFolder},
		{"https://author.example.com/article/x", set("ax")},
		{"Writers/x", set("wx") | initialAuthorFolder},
		{"/profile/contributors/x", set("pcx") | initialAuthorFolder},
		{"HTTP://www.example.com", 0},
		{"//members.example/x", set("mx")},
		{"/a/very/long/address/with/many/folders/in/it/zeta", set("avlawmfiz")},
		{"/автор/иван", initialCyrillic | initialAuthorFolder},
		{"/news?next=/profile/x#/c", set("npxc") | initialAuthorFolder},
		{"/news?next=/product/x#/c", set("npxc")},
		{"/1/_/-/", 0},
	}
	for _, tc := range tests {
		if got := segmentInitials([]byte(tc.href)); got != tc.want {
			t.Errorf("segmentInitials(%q) = %b, want %b", tc.href, got, tc.want)
		}
	}
}

// TestProfileLinkTurnsAwayOnlyNoes compares profileLink, which turns
// away links by their initials, with profilePath, which reads every link,
// on written and random addresses made of members' folders and others.
func TestProfileLinkTurnsAwayOnlyNoes(t *testing.T) {
	hrefs := []string{"/u/quillbrook", "//u/x", "https://u.example/x", "https://x.example/U/jane", "/USERS/1/x",
		"member-12.html", "/x/Member-3.html", "index.php?action=profile;u=7", "user?id=a", "/a/b//u//c",
		"https://x.org?/u/y", "/p/profile/", "/Profile/x", "/members/", "/news/2024/article"}
	pieces := []string{"/", "//", "u", "U", "user", "users", "USER-", "member", "Members", "member-", "profile",
		"profiles", "12", "jane", "login", "x.org", "https://", "http://", "?", "#", "=", "action", "mode",
		"viewprofile", "member.php", "profile.php", "news", "a"}
	hrefs = append(hrefs, randomJoins(17, 50000, 9, pieces)...)
	for _, h := range hrefs {
		if len(h) == 0 || len(h) > maxProfileHref {
			continue
		}
		if got, want := profileLink([]byte(h)), profilePath([]byte(h)); got != want {
			t.Errorf("profileLink(%q) = %v, profilePath says %v", h, got, want)
		}
	}
}

// TestReadLinkAttrs: the link's tests read the first href, any href that
// is an author's page, and an href of "#" or a role of button.
func TestReadLinkAttrs(t *testing.T) {
	a := func(kv ...string) []attr {
		var out []attr
		for i := 0; i < len(kv); i += 2 {
			out = append(out, attr{key: []byte(kv[i]), val: []byte(kv[i+1])})
		}
		return out
	}
	tests := []struct {
		attrs                []attr
		href                 string
		author, toggle, prof bool
	}{
		{a("class", "x", "href", "/news/story"), "/news/story", false, false, false},
		{a("href", "/author/jane-doe/"), "/author/jane-doe/", true, false, false},
		{a("href", "/news/", "href", "/author/jane/"), "/news/", true, false, false},
		{a("href", " # "), " # ", false, true, false},
		{a("role", "button", "href", "/x"), "/x", false, true, false},
		{a("href", "/members/quill.12/"), "/members/quill.12/", false, false, true},
		{a("href", "/news/", "href", "/u/quill"), "/news/", false, false, false},
	}
	for _, tc := range tests {
		l := readLinkAttrs(tc.attrs)
		if string(l.href) != tc.href || l.authorPath != tc.author || l.toggle != tc.toggle || l.profile() != tc.prof {
			t.Errorf("readLinkAttrs(%q) = href %q author %v toggle %v profile %v, want %q %v %v %v", tc.attrs,
				l.href, l.authorPath, l.toggle, l.profile(), tc.href, tc.author, tc.toggle, tc.prof)
		}
	}
}
