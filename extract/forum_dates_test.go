package extract

import (
	"fmt"
	"strings"
	"testing"
)

// datedThread is a thread in one language and one engine's markup, for
// TestPostDates.
type datedThread struct {
	name, lang, title string
	posts             []threadPost
	// joined is the date in each member's card, which is no post's date.
	joined string
	// post prints post i of the thread.
	post func(i int, p threadPost, joined string) string
}

// page prints the whole page of the thread.
func (d datedThread) page() string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="%s"><head><title>%s</title></head><body>`, d.lang, d.title)
	b.WriteString(`<div class="top-bar"><a href="/">Forum</a> <a href="/new">New</a> <a href="/members">Members</a> <a href="/login">Login</a></div>`)
	fmt.Fprintf(&b, `<h1>%s</h1><div class="posts">`, d.title)
	for i, p := range d.posts {
		b.WriteString(d.post(i, p, d.joined))
	}
	b.WriteString(`</div><div class="bottom"><p>Powered by volunteers. Contact us.</p></div></body></html>`)
	return b.String()
}

// TestPostDates: a thread read as a forum keeps, beside each post's
// author, the date the post was written, a bare date line in the post's
// head before or after the name, whatever the engine and the language;
// the date in the member's card (when they joined, a labelled value) is
// not the post's and stays dropped, and so does a date after the body.
func TestPostDates(t *testing.T) {
	tests := []datedThread{
		{
			name: "attribution time after the name", lang: "en", title: "Sourdough will not rise",
			posts: threadPosts, joined: "Jan 5, 2019",
			post: func(i int, p threadPost, joined string) string {
				return fmt.Sprintf(`<article class="message"><div class="message-user"><h4 class="message-name"><a class="username" href="/members/%s.%d/">%s</a></h4>`+
					`<dl class="pairs"><dt>Joined</dt><dd>%s</dd></dl><dl class="pairs"><dt>Messages</dt><dd>%d</dd></dl></div>`+
					`<div class="message-main"><header class="message-attribution"><a href="/posts/%d/"><time datetime="2024-03-0%dT10:00">%s</time></a></header>`+
					`<div class="message-body"><div class="bbWrapper">%s</div></div><footer><a href="/reply">Reply</a> <a href="/report">Report</a></footer></div></article>`,
					p.author, i, p.author, joined, 100+i*37, 1000+i, 3+i/2, p.date, p.body)
			},
		},
		{
			name: "date above the user info", lang: "de", title: "Der Sauerteig geht nicht auf",
			posts: []threadPost{
				{"backfreund", "03.03.2024, 10:15", "Mein Sauerteig blubbert fröhlich auf der Arbeitsplatte, aber jedes Brot, das ich backe, bleibt flach und dicht. Was mache ich falsch?"},
				{"roggenkind", "03.03.2024, 11:02", "Wie warm ist deine Küche? Unter zwanzig Grad braucht der Teig viel länger, als das Rezept sagt, oft doppelt so lange."},
				{"backfreund", "04.03.2024, 08:40", "Nachts etwa achtzehn Grad. Daran habe ich nie gedacht, danke."},
				{"mehlwurm", "04.03.2024, 19:21", "Stell den Teig in den Ofen und schalte nur das Licht ein. Das hält ihn gleichmäßig warm und mein Brot ging wunderbar auf."},
			},
			joined: "12.01.2011",
			post: func(i int, p threadPost, joined string) string {
				return fmt.Sprintf(`<li class="postbit" id="post_%d"><div class="posthead"><span class="postdate">%s</span></div>`+
					`<div class="userinfo"><a class="username" href="/member.php?u=%d">%s</a><dl class="userstats"><dt>Registriert seit</dt><dd>%s</dd><dt>Beiträge</dt><dd>%d</dd></dl></div>`+
					`<div class="postdetails"><blockquote class="postcontent">%s</blockquote></div><div class="postfoot"><a href="/quote">Zitieren</a></div></li>`,
					i, p.date, 10+i, p.author, joined, 200+i*13, p.body)
			},
		},
		{
			name: "date line under the author", lang: "fr", title: "Mon levain ne lève pas",
			posts: []threadPost{
				{"boulange", "3 mars 2024", "Mon levain bulle joyeusement sur le comptoir, mais chaque pain que je cuis reste plat et dense. Qu'est-ce qui ne va pas ?"},
				{"seigle", "3 mars 2024", "Quelle température fait-il dans ta cuisine ? En dessous de vingt degrés, la pâte demande bien plus de temps que la recette ne le dit."},
				{"boulange", "4 mars 2024", "Environ dix-huit degrés la nuit. Je n'y avais jamais pensé, merci."},
				{"farine", "5 mars 2024", "Mets la pâte dans le four avec seulement la lumière allumée. Elle reste au chaud et mon pain a doublé de volume."},
			},
			joined: "7 janvier 2015",
			post: func(i int, p threadPost, joined string) string {
				return fmt.Sprintf(`<div class="post" id="p%d"><div class="postbody"><p class="author"><a class="username" href="/memberlist.php?u=%d">%s</a></p>`+
					`<p class="post-date"><time>%s</time></p><div class="content">%s</div></div>`+
					`<dl class="postprofile"><dd class="profile-posts">Messages : %d</dd><dd class="profile-joined">%s</dd></dl></div>`,
					i, 10+i, p.author, p.date, p.body, 50+i*9, joined)
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(tt.page()), Options{URL: "https://forum.example/threads/" + tt.lang + "-4817/"})
			if err != nil {
				t.Fatal(err)
			}
			if res.PageType != PageForum {
				t.Fatalf("page type %s, want forum", res.PageType)
			}
			lines := strings.Split(res.Text, "\n")
			for i, p := range tt.posts {
				if !strings.Contains(res.Text, p.body) {
					t.Errorf("text lacks post %d", i)
				}
			}
			dates := 0
			for _, l := range lines {
				for _, p := range tt.posts {
					if l == p.date {
						dates++
						break
					}
				}
			}
			if dates != len(tt.posts) {
				t.Errorf("text dates %d of the %d posts", dates, len(tt.posts))
			}
			if strings.Contains(res.Text, tt.joined) {
				t.Errorf("text holds the member's join date %q", tt.joined)
			}
			if t.Failed() {
				t.Logf("text:\n%s", res.Text)
			}
		})
	}
}

// TestPostDatesAfterCard: a board that prints each member's card before
// the post's head keeps the head's byline and date ("Post by netuser »
// 11. Sep 2024, 21:06"): a card's value that reads as a sentence of five
// words ("Joined: 5. Nov 2014, 16:05", a <dd>) does not open the post's
// body, and the card stays dropped.
func TestPostDatesAfterCard(t *testing.T) {
	tests := []struct {
		lang, by, joined, posts string
		thread                  []threadPost
	}{
		{"en", "Post by", "Joined", "Posts", []threadPost{
			{"netuser", "11. Sep 2024, 21:06", "Since the update my virtual machines no longer reach the internet, whatever adapter I pick for them."},
			{"helper7", "11. Sep 2024, 22:05", "Which adapter type do your guests use? The bridged driver changed in this release and needs a reboot of the host."},
			{"netuser", "12. Sep 2024, 09:41", "A reboot fixed it, thank you."},
			{"kernelfan", "12. Sep 2024, 11:14", "Same here on two machines. After the reboot the bridged adapters came back and the guests reached the network again."},
		}},
		{"de", "Beitrag von", "Registriert", "Beiträge", []threadPost{
			{"netzwerker", "11. Sep 2024, 21:06", "Seit dem Update erreichen meine virtuellen Maschinen das Internet nicht mehr, egal welchen Adapter ich wähle."},
			{"helfer7", "11. Sep 2024, 22:05", "Welchen Adaptertyp nutzen deine Gäste? Der Treiber für die Brücke wurde in dieser Version geändert und braucht einen Neustart."},
			{"netzwerker", "12. Sep 2024, 09:41", "Ein Neustart hat es behoben, danke."},
			{"kernfan", "12. Sep 2024, 11:14", "Hier genauso auf zwei Rechnern. Nach dem Neustart kamen die Adapter zurück und die Gäste erreichten wieder das Netzwerk."},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			var b strings.Builder
			fmt.Fprintf(&b, `<!doctype html><html lang="%s"><head><title>Upgrade</title></head><body><div class="top-bar"><a href="/">Forum</a> <a href="/new">New</a> <a href="/login">Login</a></div><h1>Upgrade</h1><div class="posts">`, tt.lang)
			for i, p := range tt.thread {
				fmt.Fprintf(&b, `<div class="post bg%d" id="p%d"><dl class="postprofile"><dt><a class="username" href="/memberlist.php?u=%d">%s</a></dt>`+
					`<dd class="profile-posts"><strong>%s:</strong> %d</dd><dd class="profile-joined"><strong>%s:</strong> 5. Nov 2014, 16:05</dd></dl>`+
					`<div class="postbody"><h3><a href="#p%d">Re: Upgrade</a></h3><p class="author"><a href="#p%d">%s</a> <strong><a class="username" href="/memberlist.php?u=%d">%s</a></strong> » %s</p>`+
					`<div class="content">%s</div></div></div>`,
					i%2+1, i, 10+i, p.author, tt.posts, 50+i*9, tt.joined, i, i, tt.by, 10+i, p.author, p.date, p.body)
			}
			b.WriteString(`</div><div class="bottom"><p>Powered by volunteers. Contact us.</p></div></body></html>`)
			res, err := FromBytes([]byte(b.String()), Options{URL: "https://forum.example/viewtopic.php?t=4817"})
			if err != nil {
				t.Fatal(err)
			}
			for i, p := range tt.thread {
				if !strings.Contains(res.Text, p.body) {
					t.Errorf("text lacks post %d", i)
				}
				if !strings.Contains(res.Text, p.date) {
					t.Errorf("text lacks the date of post %d, %q", i, p.date)
				}
			}
			if strings.Contains(res.Text, "2014") {
				t.Errorf("text holds a member's join date")
			}
			if t.Failed() {
				t.Logf("read as %s:\n%s", res.PageType, res.Text)
			}
		})
	}
}

// TestPostAgesNotTakenBack: a post's head that gives an age ("3 hours
// ago", "Today at 3:26 AM") or a day without its year ("Posted August
// 26") is not taken back as the post's date: it held only on the day the
// page was saved. A calendar date with its year is (TestPostDates).
func TestPostAgesNotTakenBack(t *testing.T) {
	tests := []struct {
		name  string
		dates []string
	}{
		{"ages", []string{"posted 3 hours ago", "posted 2 hours ago", "posted 2 hours ago", "posted 1 hour ago", "posted 40 minutes ago"}},
		{"today", []string{"Today at 3:26 AM", "Today at 4:21 AM", "Today at 5:02 AM", "Today at 6:40 AM", "Today at 7:15 AM"}},
		{"days without a year", []string{"Posted August 26", "Posted August 26", "Posted August 27", "Posted August 27", "Posted August 28"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			posts := make([]threadPost, len(threadPosts))
			for i, p := range threadPosts {
				p.date = tt.dates[i%len(tt.dates)]
				posts[i] = p
			}
			d := datedThread{lang: "en", title: "Sourdough will not rise", posts: posts, joined: "Jan 5, 2019",
				post: func(i int, p threadPost, joined string) string {
					return fmt.Sprintf(`<div class="post" id="p%d"><div class="postbody"><p class="author"><a class="username" href="/memberlist.php?u=%d">%s</a></p>`+
						`<p class="post-date"><time>%s</time></p><div class="content">%s</div></div>`+
						`<dl class="postprofile"><dd class="profile-posts">Posts: %d</dd><dd class="profile-joined">%s</dd></dl></div>`,
						i, 10+i, p.author, p.date, p.body, 50+i*9, joined)
				}}
			res, err := FromBytes([]byte(d.page()), Options{URL: "https://forum.example/threads/4817/"})
			if err != nil {
				t.Fatal(err)
			}
			if res.PageType != PageForum {
				t.Fatalf("page type %s, want forum", res.PageType)
			}
			for i, p := range posts {
				if !strings.Contains(res.Text, p.body) {
					t.Errorf("text lacks post %d", i)
				}
			}
			for _, l := range strings.Split(res.Text, "\n") {
				for _, p := range posts {
					if l == p.date {
						t.Errorf("text keeps the age line %q", l)
						break
					}
				}
			}
			if t.Failed() {
				t.Logf("text:\n%s", res.Text)
			}
		})
	}
}
