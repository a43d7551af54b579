package extract

import (
	"fmt"
	"strings"
	"testing"
)

// threadStart is a forum page whose engine prints something before the
// first post: what must stay (a post of another shape, an article whose
// comments make the thread) and what must go (a notice, a prompt, a
// summary box, a sidebar).
type threadStart struct {
	name, lang string
	before     string // the page's HTML before the thread
	post       string // a post's HTML: author, date, body in that order
	holder     string // the element around the posts, %s for them
	keep, gone []string
}

// threadStartPosts returns four posts in one language, two in
// Portuguese: a thread's question and its answers.
func threadStartPosts(lang string) []threadPost {
	switch lang {
	case "de":
		return []threadPost{
			{"turmfalke", "3. März 2024", "Mein Sauerteig geht seit einer Woche nicht mehr auf, obwohl ich ihn jeden Tag füttere. Liegt das am neuen Mehl oder an der kalten Küche?"},
			{"rohrsaenger", "3. März 2024", "Stell ihn an einen wärmeren Ort, etwa in den Backofen mit eingeschaltetem Licht."},
			{"turmfalke", "4. März 2024", "Danke, im Backofen hat er sich über Nacht verdoppelt."},
			{"bergfink", "5. März 2024", "Das neue Mehl kann auch schuld sein: Vollkornmehl braucht mehr Wasser als Weißmehl."},
		}
	case "fr":
		return []threadPost{
			{"faucon", "3 mars 2024", "Comment lire un fichier ligne par ligne sans tout charger en mémoire ?"},
			{"rousserolle", "3 mars 2024", "Utilisez un lecteur tamponné et lisez chaque ligne dans une boucle, la mémoire reste constante."},
			{"pinson", "4 mars 2024", "La bibliothèque standard propose aussi un scanner qui découpe le flux en lignes pour vous."},
			{"mesange", "5 mars 2024", "Attention aux lignes très longues : le scanner a une taille de tampon maximale par défaut."},
		}
	case "es":
		return []threadPost{
			{"cernicalo", "3 de marzo de 2024", "Yo añado una cucharada de miel a la masa y sube mucho mejor en invierno."},
			{"carricero", "3 de marzo de 2024", "Gracias por la receta, el pan me salió perfecto a la primera."},
			{"jilguero", "4 de marzo de 2024", "¿Se puede usar harina integral en lugar de la blanca sin cambiar el agua?"},
			{"herrerillo", "5 de marzo de 2024", "Con harina integral necesitarás un poco más de agua y más tiempo de reposo."},
		}
	case "pt":
		// A short thread: a question and its one answer.
		return []threadPost{
			{"gaviao", "3 de mar. de 2024", "Alguém sabe quando chega a nova versão do editor?"},
			{"pardal", "4 de mar. de 2024", "Ainda não há data, acompanhe o blog da equipe."},
		}
	case "ja":
		return []threadPost{
			{"hayabusa", "2024年3月3日", "パン生地が一週間ほど全く膨らまなくなりました。新しい小麦粉のせいでしょうか、それとも台所が寒いからでしょうか。"},
			{"yoshikiri", "2024年3月3日", "暖かい場所に置いてみてください。オーブンの中で電気をつけておくと良いですよ。"},
			{"hiwa", "2024年3月4日", "全粒粉は白い小麦粉よりも水を多く吸うので、水の量を少し増やすと良いです。"},
			{"shijukara", "2024年3月5日", "ありがとうございます。オーブンの中で一晩置いたら二倍に膨らみました。"},
		}
	}
	return []threadPost{
		{"kestrel", "Mar 3, 2024", "My sourdough starter has stopped rising this week even though I feed it every day. Is it the new flour or the cold kitchen?"},
		{"reedwarbler", "Mar 3, 2024", "Move it somewhere warmer, the oven with its light on works well for me."},
		{"kestrel", "Mar 4, 2024", "Thanks, it doubled overnight in the oven."},
		{"goldfinch", "Mar 5, 2024", "Whole wheat flour drinks more water than white flour, so the new flour may be part of it."},
	}
}

// threadStarts are thread pages of several engines and languages.
var threadStarts = []threadStart{
	{name: "Invision app prompt", lang: "en",
		before: `<i-pwa-install><div class="iPwaInstall__title">View in the app</div><p>A better way to browse. Learn more.</p>` +
			`<div>To install this app on your phone</div><ol><li>Tap the Share icon in the browser.</li><li>Scroll the menu and tap Add to Home Screen.</li><li>Tap Add in the top-right corner.</li></ol></i-pwa-install>` +
			`<header><nav><a href="/">Forum</a> <a href="/c/bread">Bread</a></nav><h1>Sourdough starter will not rise</h1></header>`,
		post: `<article class="ipsEntry"><aside class="ipsEntry__author"><a href="/profile/1-x/">%s</a></aside>` +
			`<div class="ipsEntry__meta"><time datetime="2024-03-03">%s</time></div><div class="ipsRichText"><p>%s</p></div><a href="/reply">Reply</a></article>`,
		holder: `<main><section class="ipsEntries">%s</section></main>`,
		gone:   []string{"To install this app", "Scroll the menu and tap"}},
	{name: "XenForo guest notice", lang: "de",
		before: `<div class="notice"><p>Willkommen im Forum! Bitte registriere dich, um Beiträge zu schreiben und alle Bereiche zu sehen. Die Registrierung ist kostenlos und dauert nur eine Minute.</p></div>` +
			`<div class="p-title"><h1>Sauerteig geht nicht auf</h1><p><a href="/members/turmfalke.1/">turmfalke</a> <time>3. März 2024</time></p></div>`,
		post: `<article class="message"><div class="message-user"><a href="/members/x.2/" class="username">%s</a></div>` +
			`<div class="message-main"><time class="u-dt">%s</time><div class="bbWrapper">%s</div></div><a href="/reply">Antworten</a></article>`,
		holder: `<div class="block-body">%s</div>`,
		gone:   []string{"Willkommen im Forum"}},
	{name: "Q&A question apart from its answers", lang: "fr",
		before: `<div id="question-header"><h1>Lire un fichier ligne par ligne</h1><div class="asked">Posée il y a 3 ans</div></div>` +
			`<div id="mainbar"><div class="question"><div class="post-text"><p>Mon fichier fait plusieurs gigaoctets.</p><p>Comment le lire sans tout charger ?</p></div>` +
			`<div class="user-info"><a href="/users/7/faucon">faucon</a> <span class="user-action-time">demandé le 3 mars 2024</span></div></div>`,
		post:   `<div class="answer"><div class="user-info"><a href="/users/8/x">%s</a> <span class="user-action-time">%s</span></div><div class="post-text"><p>%s</p></div><a href="/share">Partager</a></div>`,
		holder: `<div id="answers"><h2>3 réponses</h2>%s</div></div>`,
		keep:   []string{"Mon fichier fait plusieurs gigaoctets.", "Comment le lire sans tout charger ?"}},
	{name: "blog article with its comments", lang: "es",
		before: `<article class="post"><h1>Pan de masa madre en invierno</h1><div class="entry-meta">Por <a href="/autor/ana">Ana</a> <time class="entry-date">2 de marzo de 2024</time></div>` +
			`<div class="entry-content"><p>En invierno la masa madre se vuelve perezosa, porque la levadura y las bacterias trabajan mucho más despacio cuando la cocina está fría.</p></div></article>`,
		post:   `<li class="comment"><div class="comment-author"><a href="/autor/x">%s</a></div><div class="comment-meta"><time>%s</time></div><p>%s</p><a href="/responder">Responder</a></li>`,
		holder: `<section id="comments"><ol class="comment-list">%s</ol></section>`,
		keep:   []string{"En invierno la masa madre se vuelve perezosa"}},
	{name: "latest comments beside an article", lang: "en",
		before: `<main><article><h1>Keeping a starter through the winter</h1>` +
			`<p>A sourdough starter slows down in a cold kitchen because the yeast and the bacteria in it work far more slowly below twenty degrees, and a starter that doubled in four hours in summer may need twelve in January.</p>` +
			`<p>The fix is warmth rather than more flour: an oven with its light on, a shelf above the fridge or a box with a bottle of warm water keeps it at the temperature it likes, and a spoon of rye flour in each feed gives it more to eat.</p>` +
			`<p>Once it rises again on time, bake as usual and keep a small jar in the fridge between bakes so that you never have to start from nothing.</p></article></main>`,
		post:   `<div class="recent-comment"><a href="/u/x">%s</a> <time>%s</time><p>%s</p></div>`,
		holder: `<aside class="widget">%s</aside>`,
		keep:   []string{"A sourdough starter slows down", "The fix is warmth", "Once it rises again"}},
	{name: "app prompt over a short thread", lang: "pt",
		// The prompt holds more of the page's text than the two posts:
		// no line of prose before the thread, so it is the frame.
		before: `<div class="app-install"><div class="app-install__title">Veja no aplicativo</div><p>Uma forma melhor de navegar. Saiba mais.</p>` +
			`<div>Para instalar este aplicativo no iOS e iPadOS</div><ol><li>Toque no ícone Compartilhar no Safari.</li><li>Role o menu e toque em Adicionar à Tela de Início.</li><li>Toque em Adicionar no canto superior direito.</li></ol>` +
			`<div>Para instalar este aplicativo no Android</div><ol><li>Toque no menu de três pontos no canto superior direito do navegador.</li><li>Toque em Adicionar à tela inicial ou Instalar aplicativo.</li><li>Confirme tocando em Instalar.</li></ol></div>` +
			`<header><nav><a href="/">Fórum</a> <a href="/c/editor">Editor</a></nav><h1>Nova versão do editor</h1></header>`,
		post: `<article class="entry"><aside class="entry__author"><a href="/profile/1-x/">%s</a></aside>` +
			`<div class="entry__meta"><time datetime="2024-03-03">%s</time></div><div class="rich-text"><p>%s</p></div><a href="/reply">Responder</a></article>`,
		holder: `<main><section class="entries">%s</section></main>`,
		gone:   []string{"Para instalar este aplicativo", "Role o menu e toque", "Confirme tocando"}},
	{name: "article over a short comment thread", lang: "pt",
		// A line of prose before the thread: an article whose comments
		// make the thread, though they hold little of its text.
		before: `<article class="post"><h1>O que vem por aí no editor</h1>` +
			`<div class="entry-content"><p>A equipe prepara uma nova versão do editor com blocos reutilizáveis, um histórico de alterações mais claro e uma pré-visualização que mostra a página como os leitores a verão.</p></div></article>`,
		post:   `<li class="comment"><div class="comment-author"><a href="/autor/x">%s</a></div><div class="comment-meta"><time>%s</time></div><p>%s</p><a href="/responder">Responder</a></li>`,
		holder: `<section id="comments"><ol class="comment-list">%s</ol></section>`,
		keep:   []string{"A equipe prepara uma nova versão do editor"}},
	{name: "thread-first sidebar", lang: "en",
		before: `<div class="side"><form><p>use the following search parameters to narrow your results:</p><input name="q"></form>` +
			`<div class="date"><span>this post was submitted on </span><time datetime="2024-03-03">03 Mar 2024</time></div><div class="score">1,100 points (98% upvoted)</div>` +
			`<ul class="rules"><li>Directly link to published research or a summary of it</li><li>No summaries of summaries or reposts</li><li>No abusive or offensive comments</li><li>Repeat or flagrant offenders will be banned</li></ul></div>`,
		post:   `<div class="comment"><p class="tagline"><a href="/user/x">%s</a> <time class="live-timestamp">%s</time></p><div class="md"><p>%s</p></div><ul class="buttons"><li><a href="/permalink">permalink</a></li></ul></div>`,
		holder: `<div class="content"><div class="commentarea">%s</div></div>`,
		gone:   []string{"search parameters", "flagrant offenders", "No summaries of summaries"}},
	{name: "summary box over a thread", lang: "ja",
		before: `<div class="summary-box"><h2>議論の概要</h2><p>このスレッドでは、パン生地が膨らまない原因として、新しい小麦粉と台所の寒さについて話し合われています。</p></div>`,
		post:   `<div class="post"><div class="postprofile"><a href="/memberlist.php?mode=viewprofile&u=2">%s</a></div><p class="author"><time>%s</time></p><div class="content">%s</div></div>`,
		holder: `<div id="page-body">%s</div>`,
		gone:   []string{"議論の概要", "このスレッドでは"}},
}

// page prints the thread start's page.
func (ts threadStart) page() string {
	var posts strings.Builder
	for _, p := range threadStartPosts(ts.lang) {
		fmt.Fprintf(&posts, ts.post, p.author, p.date, p.body)
	}
	return `<!doctype html><html lang="` + ts.lang + `"><head><title>Thread</title></head><body>` + ts.before +
		fmt.Sprintf(ts.holder, posts.String()) + `<footer><p>Powered by a forum engine</p></footer></body></html>`
}

// TestDropBeforeThread: on a forum, what the engine prints before the
// first post goes (an app's install prompt, a guest notice, a sidebar, a
// summary box), and what is a post of another shape stays: the question
// a Q&A page prints apart from its answers, signed like them with short
// lines; the article whose comments make the thread, with a line of
// prose. Every post stays.
func TestDropBeforeThread(t *testing.T) {
	for _, ts := range threadStarts {
		t.Run(ts.name, func(t *testing.T) {
			res, err := FromBytes([]byte(ts.page()), Options{URL: "https://forum.example/t/123", reading: PageForum})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range threadStartPosts(ts.lang) {
				if !strings.Contains(res.Text, p.body) {
					t.Errorf("lost the post %q", p.body)
				}
			}
			for _, k := range ts.keep {
				if !strings.Contains(res.Text, k) {
					t.Errorf("lost %q", k)
				}
			}
			for _, g := range ts.gone {
				if strings.Contains(res.Text, g) {
					t.Errorf("kept %q", g)
				}
			}
			if t.Failed() {
				t.Logf("text:\n%s", res.Text)
			}
		})
	}
}
