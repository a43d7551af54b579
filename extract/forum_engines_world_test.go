package extract

import (
	"fmt"
	"strings"
	"testing"
)

// worldEngine is a thread page of an engine in a language of its own:
// page wraps the posts that post prints; gone is the engine's chrome.
type worldEngine struct {
	name, url, lang string
	posts           []threadPost
	post            func(i int, p threadPost) string
	page            func(posts string) string
	gone            []string
	// reading, when set, reads the page as this type, and gap says why:
	// what the page model misjudges yet.
	reading PageType
	gap     string
}

// zhPosts are a thread in Chinese: a question about a dough that will
// not rise and its answers.
var zhPosts = []threadPost{
	{"xiaoyan", "2024-3-3 10:12", "我的酸面团最近一个星期都发不起来了，每天都按时喂养，是不是新买的面粉有问题，还是厨房太冷了？"},
	{"luwei", "2024-3-3 11:40", "放到暖和一点的地方试试，比如打开灯的烤箱里面，温度会稳定很多。"},
	{"xiaoyan", "2024-3-4 08:05", "谢谢，放在烤箱里一个晚上就涨了两倍。"},
	{"shanque", "2024-3-5 19:30", "全麦粉比白面粉吸水多，换了面粉以后水也要多加一点。"},
}

// worldEngines are the engines the other thread tests lack: vBulletin 4
// and 5 in their own markup, a Stack Exchange question in full, old
// Reddit, Discuz! in Chinese, phpBB in German and a Khoros community in
// French. Each keeps every post and loses its engine's chrome.
var worldEngines = []worldEngine{
	{name: "vBulletin 4", url: "https://bakers.example/showthread.php?4817-Sourdough-will-not-rise", lang: "en",
		post: func(i int, p threadPost) string {
			id := 9000 + i
			return fmt.Sprintf(`<li class="postbitlegacy postbitim postcontainer old" id="post_%d"><div class="posthead"><span class="postdate old"><span class="date">%s,&nbsp;<span class="time">10:%02d AM</span></span></span><span class="nodecontrols"><a name="post%d" href="showthread.php?4817&amp;p=%d#post%d" class="postcounter">#%d</a></span></div>`+
				`<div class="postdetails"><div class="userinfo"><div class="username_container"><div class="popupmenu memberaction"><a class="username offline popupctrl" href="member.php?%d-%s" title="%s is offline"><strong>%s</strong></a></div><img class="inlineimg onlinestatus" src="images/statusicon/user-offline.png" alt="%s is offline"></div>`+
				`<span class="usertitle">Senior Member</span><a class="postuseravatar" href="member.php?%d"><img src="customavatars/avatar%d.gif" alt="%s's Avatar" title="%s's Avatar"></a><hr><dl class="userinfo_extra"><dt>Join Date</dt><dd>Jan 2019</dd><dt>Location</dt><dd>Leeds</dd><dt>Posts</dt><dd>%d</dd></dl></div>`+
				`<div class="postbody"><div class="postrow"><h2 class="title icon">Re: Sourdough will not rise</h2><div class="content"><div id="post_message_%d"><blockquote class="postcontent restore">%s</blockquote></div></div></div>`+
				`<div class="after_content"><blockquote class="signature restore"><div class="signaturecontainer">%s</div></blockquote></div><div class="cleardiv"></div></div></div>`+
				`<div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols"><a class="quote" href="newreply.php?do=newreply&amp;p=%d" rel="nofollow" title="Reply With Quote"><img src="images/buttons/quote.png" alt="Reply With Quote"> Reply With Quote</a></span></div></div><hr></li>`,
				id, p.date, i, i+1, id, id, i+1, i, p.author, p.author, p.author, p.author, i, i, p.author, p.author, 100+i*37, id, p.body, signature, id)
		},
		page: func(posts string) string {
			return `<div class="above_body"><div id="header"><a href="index.php"><img src="logo.png" alt="Bakers' Corner"></a></div><div id="navbar" class="navbar"><ul class="floatcontainer"><li><a href="forum.php">Forum</a></li><li><a href="search.php">What's New?</a></li></ul></div>` +
				`<div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer"><li class="navbithome"><a href="index.php">Home</a></li><li class="navbit"><a href="forumdisplay.php?2">Baking Talk</a></li></ul><div id="pagetitle"><h1>Thread: <span class="threadtitle"><a href="showthread.php?4817">Sourdough will not rise</a></span></h1></div></div></div>` +
				`<div class="body_wrapper"><div id="above_postlist" class="above_postlist"><a href="newreply.php?p=9000&amp;noquote=1" class="newcontent_textcontrol" id="newreplylink_top"><span>+</span> Reply to Thread</a><div id="pagination_top" class="pagination_top"><span>Results 1 to 5 of 5</span></div></div>` +
				`<div id="postlist" class="postlist restrain"><ol id="posts" class="posts" start="1">` + posts + `</ol></div>` +
				`<div id="below_postlist" class="noinlinemod below_postlist"><a href="newreply.php?p=9000&amp;noquote=1" class="newcontent_textcontrol" id="newreplylink_bottom"><span>+</span> Reply to Thread</a></div>` +
				`<div id="thread_info" class="thread_info block"><h4 class="threadinfohead blockhead">Thread Information</h4><div class="blockbody"><p>There are currently 1 users browsing this thread. (0 members and 1 guests)</p></div>` +
				`<h4 class="threadinfohead blockhead">Similar Threads</h4><div class="blockbody"><ol class="similar"><li><h6><a href="showthread.php?101">Rye starter keeps separating</a></h6><div class="starter_forum">By rowan in forum Baking Talk</div><div class="lastpost">Replies: 12<br>Last Post: 02-14-2024, 09:11 PM</div></li><li><h6><a href="showthread.php?102">Best flour for a first loaf</a></h6><div class="starter_forum">By ash in forum Baking Talk</div><div class="lastpost">Replies: 4<br>Last Post: 01-02-2024, 07:40 AM</div></li></ol></div>` +
				`<h4 class="threadinfohead blockhead">Posting Permissions</h4><div class="blockbody"><ul class="youcandoblock"><li>You <strong>may not</strong> post new threads</li><li>You <strong>may not</strong> post replies</li><li>You <strong>may not</strong> post attachments</li><li>You <strong>may not</strong> edit your posts</li></ul></div></div></div>` +
				`<div id="footer" class="floatcontainer footer"><ul class="footer_links"><li><a href="sendmessage.php">Contact Us</a></li><li><a href="#top">Top</a></li></ul></div><p class="smallfont">All times are GMT. The time now is 10:00 AM.</p><div id="footer_copyright" class="shade footer_copyright">Powered by vBulletin® Version 4.2.5 Copyright © 2024 vBulletin Solutions Inc. All rights reserved.</div>`
		},
		gone: []string{"Reply With Quote", "Reply to Thread", "is offline", "Join Date", "Location", "Results 1 to 5", "Thread Information", "browsing this thread", "Similar Threads", "Rye starter", "may not", "Powered by vBulletin", "All times are GMT"}},

	{name: "vBulletin 5", url: "https://bakers.example/forum/baking-talk/4817-sourdough-will-not-rise", lang: "en",
		post: func(i int, p threadPost) string {
			id := 9000 + i
			cls := "b-post--text"
			if i == 0 {
				cls = "b-post--first"
			}
			return fmt.Sprintf(`<li class="b-post js-post %s h-margin-bottom-xl" data-node-id="%d" itemscope itemtype="http://schema.org/Comment"><div class="b-post__grid"><div class="b-userinfo b-post__userinfo"><div class="b-avatar"><img src="/core/image.php?userid=%d&amp;thumb=1" alt="%s"></div>`+
				`<div class="author h-text-size--14"><strong><a href="/member/%d-%s" class="b-username" itemprop="author">%s</a></strong></div><div class="b-userinfo__rank">Senior Member</div><ul class="b-userinfo__additional-info-block h-margin-top-xl"><li class="b-userinfo__additional-info"><label>Join Date:</label> <span>Jan 2019</span></li><li class="b-userinfo__additional-info"><label>Posts:</label> <span>%d</span></li></ul></div>`+
				`<div class="b-post__body"><div class="b-post__timestamp"><time itemprop="dateCreated" datetime="2024-03-0%dT10:00:00">%s, 10:%02d AM</time></div><div class="b-post__count"><a href="/forum/baking-talk/4817?p=%d#post%d">#%d</a></div>`+
				`<div class="b-post__content js-post__content"><div class="js-post__content-text restore h-wordwrap" itemprop="text">%s</div><div class="b-post__signature">%s</div></div>`+
				`<div class="b-post__footer"><ul class="h-left js-post-controls"><li><button class="b-button js-post-control__comment">Comment</button></li><li><button class="b-button js-post-control__reply">Quote</button></li><li><span class="b-post-control__label">Like</span> <span class="votecount">%d</span></li></ul></div></div></div></li>`,
				cls, id, i, p.author, i, p.author, p.author, 100+i*37, i+1, p.date, i, id, id, i+1, p.body, signature, i+2)
		},
		page: func(posts string) string {
			return `<div id="header" class="noselect"><div class="header-edit-box"><a href="/"><img src="/logo.png" alt="Bakers' Corner"></a></div><ul id="channel-tabbar"><li><a href="/forum">Forum</a></li><li><a href="/blogs">Blogs</a></li></ul></div>` +
				`<ul id="breadcrumbs"><li class="crumb"><a href="/">Home</a></li><li class="crumb"><a href="/forum">Forums</a></li><li class="crumb"><a href="/forum/baking-talk">Baking Talk</a></li></ul>` +
				`<div id="content"><div class="canvas-layout-container"><h1 class="main-title js-main-title">Sourdough will not rise</h1><div class="conversation-toolbar-wrapper"><div class="conversation-toolbar"><button class="b-button">Collapse</button><span class="pagenav">Posts</span><span class="b-pagination">Page of 1</span><span>Filter</span></div></div>` +
				`<div class="conversation-content-widget"><ul class="conversation-list list-container h-clearfix thread-view">` + posts + `</ul></div>` +
				`<div class="widget-footer"><div class="b-pagination">Page of 1</div></div><div class="conversation-status-messages"><div class="b-comment-entry">Working...</div><p>Yes No</p><p>OK</p><p>Cancel</p></div></div></div>` +
				`<div id="footer"><div class="footer-links"><a href="/help">Help</a> <a href="/contact">Contact Us</a> <a href="#">Go to top</a></div><div class="footer-copyright">Powered by vBulletin® Version 5.6.9 Copyright © 2024 MH Sub I, LLC dba vBulletin. All rights reserved.</div><div class="footer-time">All times are GMT. This page was generated at 10:00 AM.</div></div>`
		},
		gone: []string{"Join Date", "Posts:", "Senior Member", "Comment", "Quote", "Like", "Collapse", "Working...", "Powered by vBulletin", "All times are GMT"}},

	{name: "Stack Exchange", url: "https://bread.stackexchange.example/questions/4817/sourdough-will-not-rise", lang: "en",
		post: func(i int, p threadPost) string {
			verb, kind, cls := "answered", "answer", "answer js-answer"
			if i == 0 {
				verb, kind, cls = "asked", "question", "question js-question"
			}
			s := fmt.Sprintf(`<div id="%s-%d" class="%s" data-score="%d" itemprop="%s" itemscope itemtype="https://schema.org/%s"><div class="post-layout"><div class="votecell post-layout--left"><div class="js-voting-container d-flex"><button class="js-vote-up-btn" aria-label="Up vote"></button><div class="js-vote-count fs-title" itemprop="upvoteCount">%d</div><button class="js-vote-down-btn" aria-label="Down vote"></button><button class="js-bookmark-btn" aria-label="Save this %s."></button><a class="js-post-issue" href="/posts/%d/timeline" aria-label="Show activity on this post."></a></div></div>`+
				`<div class="%scell post-layout--right"><div class="s-prose js-post-body" itemprop="text"><p>%s</p></div>`+
				`<div class="mt24"><div class="d-flex fw-wrap"><div class="flex--item mr16"><div class="js-post-menu"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="/a/%d" rel="nofollow" class="js-share-link" title="Short permalink to this %s">Share</a></div><div class="flex--item"><a href="/posts/%d/edit" class="js-suggest-edit-post" title="">Improve this %s</a></div><div class="flex--item"><button class="s-btn s-btn__link js-follow-post">Follow</button></div></div></div></div>`+
				`<div class="post-signature owner flex--item"><div class="user-info"><div class="user-action-time">%s <span title="2024-03-0%d 10:00:00Z" class="relativetime">%s at 10:%02d</span></div><div class="user-gravatar32"><a href="/users/%d/%s"><img src="/g/%d.png" alt="%s's user avatar" width="32" height="32"></a></div><div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/%d/%s">%s</a><span class="d-none" itemprop="name">%s</span><div class="-flair"><span class="reputation-score" title="reputation score " dir="ltr">%d,%03d</span><span title="%d silver badges"><span class="badge2"></span><span class="badgecount">%d</span></span></div></div></div></div></div></div></div>`,
				kind, 4000+i, cls, 12-i, map[bool]string{true: "mainEntity", false: "suggestedAnswer"}[i == 0], map[bool]string{true: "Question", false: "Answer"}[i == 0], 12-i, kind, 4000+i, kind, p.body, 4000+i, kind, 4000+i, kind, verb, i+1, p.date, i, i, p.author, i, p.author, i, p.author, p.author, p.author, i+1, 200+i, i+3, i+3)
			s += fmt.Sprintf(`<div class="post-layout--right js-post-comments-component"><div id="comments-%d" class="comments js-comments-container"><ul class="comments-list js-comments-list"></ul></div><div id="comments-link-%d"><a class="js-add-link comments-link disabled-link" title="Use comments to ask for more information or suggest improvements.">Add a comment</a><span class="js-link-separator d-none">&nbsp;|&nbsp;</span></div></div></div></div>`, 4000+i, 4000+i)
			if i == 0 {
				s += `<div id="answers"><div id="answers-header"><h2 class="mb0" data-answercount="4">4 Answers <span style="display:none;" itemprop="answerCount">4</span></h2><div><label for="answer-sort">Sorted by:</label><select id="answer-sort"><option selected>Highest score (default)</option><option>Date modified (newest first)</option><option>Date created (oldest first)</option></select></div></div>`
			}
			if i == len(threadPosts)-1 {
				s += `</div>`
			}
			return s
		},
		page: func(posts string) string {
			return `<header class="s-topbar"><a href="/" class="s-topbar--logo"><span class="-img">Bread Stack Exchange</span></a><ol class="s-topbar--content"><li><a href="/questions">Questions</a></li><li><a href="/tags">Tags</a></li></ol><form id="search" role="search"><input name="q" type="text" placeholder="Search on Bread…"></form><a href="/users/login">Log in</a> <a href="/users/signup">Sign up</a></header>` +
				`<div class="container"><div id="left-sidebar" class="left-sidebar js-pinned-left-sidebar"><nav role="navigation"><ol class="nav-links"><li><a href="/">Home</a></li><li><a href="/questions">Questions</a></li><li><a href="/tags">Tags</a></li><li><a href="/users">Users</a></li><li><a href="/unanswered">Unanswered</a></li></ol></nav></div>` +
				`<div id="content"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div class="inner-content clearfix"><div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1"><a href="/questions/4817/sourdough-will-not-rise" class="question-hyperlink">Sourdough will not rise</a></h1><div class="ml12 aside-cta"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__primary">Ask Question</a></div></div>` +
				`<div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item ws-nowrap mr16 mb8" title="2024-03-03 10:00:00Z"><span class="fc-black-400 mr2">Asked</span> <time itemprop="dateCreated" datetime="2024-03-03T10:00:00">3 years ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Modified</span> <a href="?lastactivity" class="s-link s-link__inherit">2 years ago</a></div><div class="flex--item ws-nowrap mb8" title="Viewed 12,345 times"><span class="fc-black-400 mr2">Viewed</span> 12k times</div></div>` +
				`<div id="mainbar" role="main" aria-label="question and answers"><div class="question-page">` + posts +
				`<h2 class="bottom-notice" data-loc="1">Not the answer you're looking for? Browse other questions tagged <a href="/questions/tagged/sourdough" class="post-tag">sourdough</a> or <a href="/questions/ask">ask your own question</a>.</h2></div></div>` +
				`<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow"><ul><li class="s-sidebarwidget--header">The Overflow Blog</li><li><a href="/blog/1">How we bake at scale</a></li></ul></div>` +
				`<div class="module sidebar-linked"><h4 id="h-linked">Linked</h4><div class="linked"><div class="spacer"><a href="/q/101" title="Vote score"><div class="answer-votes answered-accepted">3</div></a><a href="/q/101" class="question-hyperlink">Rye starter keeps separating</a></div></div></div>` +
				`<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related js-gps-related-questions"><div class="spacer"><a href="/q/102"><div class="answer-votes">7</div></a><a href="/q/102" class="question-hyperlink">Best flour for a first loaf</a></div></div></div>` +
				`<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="/hot">Hot Network Questions</a></h4><ul><li><a href="/x/1">Why does a cat purr?</a></li><li><a href="/x/2">Is a tomato a fruit?</a></li></ul></div></div></div></div>` +
				`<div id="feed-link"><a href="/feeds/question/4817">Question feed</a></div></div></div>` +
				`<footer id="footer" class="site-footer"><nav><a href="/help">Help</a> <a href="/tour">Tour</a></nav><p class="md:mb0">Site design / logo © 2024 Stack Exchange Inc; user contributions licensed under CC BY-SA.</p></footer>`
		},
		gone: []string{"Add a comment", "Improve this answer", "Share", "Follow", "user avatar", "201", "Sorted by", "Highest score", "Not the answer", "Hot Network Questions", "Linked", "Rye starter", "Question feed", "Site design"}},

	{name: "old Reddit", url: "https://old.social.example/r/Breadit/comments/4817/sourdough_will_not_rise/", lang: "en",
		post: func(i int, p threadPost) string {
			if i == 0 {
				return fmt.Sprintf(`<div class="sitetable linklisting" id="siteTable"><div class=" thing id-t3_4817 odd link self" data-author="%s" data-type="link"><div class="midcol unvoted"><div class="arrow up login-required" role="button" aria-label="upvote"></div><div class="score unvoted" title="42">42</div><div class="arrow down login-required" role="button" aria-label="downvote"></div></div>`+
					`<div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank" href="/r/Breadit/comments/4817/sourdough_will_not_rise/">Sourdough will not rise</a></p><p class="tagline">submitted <time title="%s" datetime="2024-03-03T10:00:00+00:00" class="live-timestamp">3 years ago</time> by <a href="/user/%s" class="author may-blank">%s</a></p></div>`+
					`<div class="expando"><form class="usertext"><div class="usertext-body may-blank-within md-container"><div class="md"><p>%s</p></div></div></form></div>`+
					`<ul class="flat-list buttons"><li class="first"><a href="/r/Breadit/comments/4817/" class="bylink comments may-blank">4 comments</a></li><li class="share"><a class="post-sharing-button" href="javascript: void 0;">share</a></li><li class="link-save-button save-button login-required"><a href="#">save</a></li><li><form class="hide-button"><a href="javascript:void(0)">hide</a></form></li><li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required">report</a></li></ul></div><div class="child"></div><div class="clearleft"></div></div></div>`+
					`<div class="commentarea"><div class="panestack-title"><span class="title">all 4 comments</span></div><div class="menuarea"><div class="spacer"><span class="dropdown-title lightdrop">sorted by: </span><div class="dropdown lightdrop"><span class="selected">best</span></div></div></div><div class="sitetable nestedlisting" id="siteTable_t3_4817">`,
					p.author, p.date, p.author, p.author, p.body)
			}
			s := fmt.Sprintf(`<div class=" thing id-t1_%d noncollapsed comment" data-author="%s" data-type="comment"><p class="parent"></p><div class="midcol unvoted"><div class="arrow up login-required" role="button" aria-label="upvote"></div><div class="arrow down login-required" role="button" aria-label="downvote"></div></div>`+
				`<div class="entry unvoted"><p class="tagline"><a href="javascript:void(0)" class="expand">[–]</a><a href="/user/%s" class="author may-blank">%s</a><span class="userattrs"></span> <span class="score unvoted" title="%d">%d points</span> <time title="%s" datetime="2024-03-0%dT10:00:00+00:00" class="live-timestamp">3 years ago</time>&nbsp;<a href="javascript:void(0)" class="numchildren">(%d children)</a></p>`+
				`<form class="usertext"><div class="usertext-body may-blank-within md-container"><div class="md"><p>%s</p></div></div></form><ul class="flat-list buttons"><li class="first"><a href="/r/Breadit/comments/4817/x/t1_%d/" class="bylink" rel="nofollow">permalink</a></li><li><a href="javascript:void(0)">embed</a></li><li class="comment-save-button save-button login-required"><a href="javascript:void(0)">save</a></li><li class="report-button login-required"><a href="javascript:void(0)">report</a></li><li class="reply-button login-required"><a href="javascript:void(0)">reply</a></li></ul></div>`+
				`<div class="child">`,
				i, p.author, p.author, p.author, 40-i*7, 40-i*7, p.date, i+1, b2i(i == 2), p.body, i)
			if i == 2 { // the fourth post answers the third
				return s + `<div class="sitetable listing">`
			}
			if i == 3 {
				return s + `</div><div class="clearleft"></div></div></div></div><div class="clearleft"></div></div>`
			}
			s += `</div><div class="clearleft"></div></div>`
			if i == len(threadPosts)-1 {
				s += `</div></div>`
			}
			return s
		},
		page: func(posts string) string {
			return `<div id="header" role="banner"><div id="sr-header-area"><div class="sr-list"><ul class="flat-list sr-bar hover"><li><a href="/r/popular/">popular</a></li><li><a href="/r/all/">all</a></li><li><a href="/r/random/">random</a></li></ul></div></div><div id="header-bottom-left"><a href="/" id="header-img">social</a><span class="hover pagename redditname"><a href="/r/Breadit/">Breadit</a></span><ul class="tabmenu"><li class="selected"><a href="#">comments</a></li><li><a href="#">other discussions (1)</a></li></ul></div><div id="header-bottom-right"><span class="user">Want to join? <a href="/login">Log in or sign up</a> in seconds.</span></div></div>` +
				`<div class="side"><div class="spacer"><form action="/search" id="search" role="search"><input type="text" name="q" placeholder="search"></form></div><div class="spacer"><div class="linkinfo"><div class="date"><span>this post was submitted on </span><time datetime="2024-03-03T10:00:00+00:00">03 Mar 2024</time></div><div class="score"><span class="number">42</span> points (97% upvoted)</div></div></div><div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a href="/r/Breadit/">Breadit</a></h1><span class="subscribers"><span class="number">1,234,567</span> <span class="word">readers</span></span><div class="usertext-body"><div class="md"><p>A place to share bread you baked</p></div></div></div></div></div>` +
				`<div class="content" role="main">` + posts + `</div>` +
				`<div class="footer-parent"><div class="footer rounded"><div class="col"><ul class="hover"><li class="flat-vert title">about</li><li><a href="/blog/">blog</a></li><li><a href="/about/">about</a></li></ul></div></div><p class="bottommenu">Use of this site constitutes acceptance of our <a href="/help/useragreement">User Agreement</a> and <a href="/help/privacypolicy">Privacy Policy</a>. © 2024 social inc. All rights reserved.</p></div>`
		},
		gone: []string{"permalink", "embed", "save", "report", "points", "children", "sorted by", "all 4 comments", "other discussions", "Want to join?", "readers", "97% upvoted", "User Agreement"}},

	{name: "Discuz!", url: "https://bbs.bakers.example/thread-4817-1-1.html", lang: "zh-CN", posts: zhPosts,
		post: func(i int, p threadPost) string {
			id := 9000 + i
			head := ""
			if i == 0 {
				head = `<td class="plc ptn pbn vwthd"><h1 class="ts"><span id="thread_subject">酸面团发不起来</span></h1><span class="xg1"><a href="thread-4817-1-1.html" onclick="return copyThreadUrl(this, '烘焙论坛')">[复制链接]</a></span></td>`
			}
			return fmt.Sprintf(`<div id="post_%d"><table id="pid%d" class="plhin" summary="pid%d" cellspacing="0" cellpadding="0"><tr><td class="pls" rowspan="2"><div id="favatar%d" class="pls favatar"><div class="pi"><div class="authi"><a href="space-uid-%d.html" target="_blank" class="xw1">%s</a></div></div>`+
				`<div class="p_pop blk bui card_gender_0"><div class="m z"><div id="userinfo%d_ma"></div></div><div class="i y"><div><strong><a href="space-uid-%d.html" class="xi2">%s</a></strong> <em>当前离线</em></div><dl class="cl"><dt>积分</dt><dd><a href="home.php?mod=space&amp;uid=%d&amp;do=profile" class="xi2">%d</a></dd></dl></div></div>`+
				`<div><div class="avatar"><a href="space-uid-%d.html" class="avtm" target="_blank"><img src="uc_server/avatar.php?uid=%d&amp;size=middle"></a></div></div>`+
				`<div class="tns xg2"><table cellspacing="0" cellpadding="0"><tr><th><p><a href="home.php?mod=space&amp;uid=%d&amp;do=thread" class="xi2">%d</a></p>主题</th><th><p><a href="home.php?mod=space&amp;uid=%d&amp;do=thread&amp;type=reply" class="xi2">%d</a></p>帖子</th><td><p><a href="home.php?mod=space&amp;uid=%d&amp;do=profile" class="xi2">%d</a></p>积分</td></tr></table></div>`+
				`<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=12" target="_blank">中级会员</a></em></p></div></td>%s</tr>`+
				`<tr><td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid=4817&amp;pid=%d" id="postnum%d">%d<sup>#</sup></a></strong><div class="pti"><div class="authi"><img class="authicn vm" src="static/image/common/online_member.gif"> <a href="space-uid-%d.html" class="xi2">%s</a> <em id="authorposton%d">发表于 %s</em><span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid=4817&amp;page=1&amp;authorid=%d" rel="nofollow">只看该作者</a></div></div></div>`+
				`<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_%d">%s</td></tr></table></div></div></div></td></tr>`+
				`<tr><td class="pls"></td><td class="plc plm"><div class="sign">面包是生活的乐趣</div></td></tr>`+
				`<tr><td class="pls"></td><td class="plc"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid=2&amp;tid=4817&amp;repquote=%d">回复</a></em><p><a href="javascript:;" id="mgc_post_%d" class="showmenu">使用道具</a><a href="javascript:;" onclick="showWindow('miscreport%d', 'misc.php?mod=report')">举报</a></p></div></div></td></tr></table></div>`,
				id, id, id, id, i, p.author, id, i, p.author, i, 300+i*11, i, i, i, 2+i, i, 40+i*3, i, 300+i*11, head, id, id, i+1, i, p.author, id, p.date, i, id, p.body, id, id, id)
		},
		page: func(posts string) string {
			return `<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="./">设为首页</a><a href="javascript:;">收藏本站</a></div><div class="y"><a href="member.php?mod=logging&amp;action=login">登录</a><a href="member.php?mod=register">立即注册</a></div></div></div>` +
				`<div id="hd"><div class="wp"><h2><a href="./" title="烘焙论坛"><img src="static/image/common/logo.png" alt="烘焙论坛"></a></h2><div id="nv"><ul><li><a href="forum.php">论坛</a></li><li><a href="home.php">家园</a></li><li><a href="misc.php?mod=ranklist">排行榜</a></li></ul></div></div></div>` +
				`<div id="wp" class="wp"><div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">烘焙论坛</a> <em>›</em> <a href="forum.php">论坛</a> <em>›</em> <a href="forum-2-1.html">面包交流</a> <em>›</em> <a href="thread-4817-1-1.html">酸面团发不起来</a></div></div>` +
				`<div id="ct" class="wp cl"><div id="pgt" class="pgs mbm cl"><div class="pgt"></div><span class="y pgb"><a href="forum-2-1.html">返回列表</a></span><a id="newspecial" href="forum.php?mod=post&amp;action=newthread&amp;fid=2">发新帖</a><a id="post_reply" href="forum.php?mod=post&amp;action=reply&amp;fid=2&amp;tid=4817">回复</a></div>` +
				`<div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">1234</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">3</span></div></td></tr></table>` + posts + `</div>` +
				`<div id="f_pst" class="pl bm bmw"><form method="post" id="fastpostform" action="forum.php?mod=post&amp;action=reply&amp;fid=2&amp;tid=4817"><table cellspacing="0" cellpadding="0"><tr><td class="pls"></td><td class="plc"><div class="pt hm">您需要登录后才可以回帖 <a href="member.php?mod=logging&amp;action=login" class="xi2">登录</a> | <a href="member.php?mod=register" class="xi2">立即注册</a></div><p class="ptm pnpost"><button type="submit" id="fastpostsubmit" class="pn pnc vm">发表回复</button></p></td></tr></table></form></div></div></div>` +
				`<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><a href="forum.php?mod=misc&amp;action=showdarkroom">小黑屋</a></p></div><div id="frt"><p>Powered by <strong><a href="https://www.discuz.example" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">GMT+8, 2024-3-6 10:00</p></div></div>`
		},
		reading: PageForum, gap: "the page model judges a thread of table cells a listing (its user cards' counters kept)",
		gone: []string{"面包是生活的乐趣", "举报", "使用道具", "积分", "中级会员", "当前离线", "您需要登录后才可以回帖", "发表回复", "Powered by", "返回列表", "查看:"}},

	{name: "phpBB in German", url: "https://baecker.example/viewtopic.php?t=4817", lang: "de", posts: threadStartPosts("de"),
		post: func(i int, p threadPost) string {
			id := 9000 + i
			return fmt.Sprintf(`<div id="p%d" class="post has-profile bg%d"><div class="inner"><dl class="postprofile" id="profile%d"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=%d" class="username">%s</a></dt>`+
				`<dd class="profile-rank">Stammgast</dd><dd class="profile-posts"><strong>Beiträge:</strong> <a href="./search.php?author_id=%d&amp;sr=posts">%d</a></dd><dd class="profile-joined"><strong>Registriert:</strong> Di 15. Jan 2019, 20:00</dd><dd class="profile-custom-field profile-phpbb_location"><strong>Wohnort:</strong> Köln</dd></dl>`+
				`<div class="postbody"><div id="post_content%d"><h3 class="first"><a href="#p%d">Re: Sauerteig geht nicht auf</a></h3><ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=%d" title="Mit Zitat antworten" class="button button-icon-only"><i class="icon fa-quote-left fa-fw"></i><span>Zitieren</span></a></li></ul>`+
				`<p class="author"><span class="responsive-hide">Beitrag von <strong><a href="./memberlist.php?mode=viewprofile&amp;u=%d" class="username">%s</a></strong> &raquo; </span>%s, 10:%02d</p>`+
				`<div class="content">%s</div><div id="sig%d" class="signature">Wer früh backt, isst frisch.</div></div></div><div class="back2top"><a href="#top" class="top" title="Nach oben"><span class="sr-only">Nach oben</span></a></div></div></div><hr class="divider">`,
				id, i%2+1, id, i, p.author, i, 100+i*37, id, id, id, i, p.author, p.date, i, p.body, id)
		},
		page: func(posts string) string {
			bar := `<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=4817" class="button" title="Antwort erstellen"><span>Antwort erstellen</span></a><div class="pagination">4 Beiträge &bull; Seite <strong>1</strong> von <strong>1</strong></div></div>`
			return `<div id="wrap" class="wrap"><div class="headerbar"><h1>Bäckerforum</h1><p>Rund ums Brot</p></div><div class="navbar"><ul class="nav-breadcrumbs"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">Foren-Übersicht</a></span><span class="crumb"><a href="./viewforum.php?f=2">Brot und Brötchen</a></span></li></ul></div>` +
				`<div id="page-body" class="page-body"><h2 class="topic-title"><a href="./viewtopic.php?t=4817">Sauerteig geht nicht auf</a></h2>` + bar + posts + bar +
				`<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=2" class="left-box arrow-left">Zurück zu „Brot und Brötchen“</a></p></div>` +
				`<div class="stat-block online-list"><h3>Wer ist online?</h3><p>Mitglieder in diesem Forum: 0 Mitglieder und 2 Gäste</p></div></div>` +
				`<div class="page-footer"><div class="copyright"><p>Powered by phpBB® Forum Software © phpBB Limited</p><p>Deutsche Übersetzung durch phpBB.de</p><p>Datenschutz | Nutzungsbedingungen</p></div></div></div>`
		},
		gone: []string{"Wer früh backt", "Beiträge:", "Registriert:", "Wohnort:", "Stammgast", "Zitieren", "Antwort erstellen", "Wer ist online", "Zurück zu", "Powered by", "Datenschutz"}},

	{name: "Khoros in French", url: "https://communaute.bakers.example/t5/pain/sauerteig/td-p/4817", lang: "fr", posts: threadStartPosts("fr"),
		post: func(i int, p threadPost) string {
			id := 9000 + i
			return fmt.Sprintf(`<div class="lia-linear-display-message-view" id="lineardisplaymessageviewwrapper_%d"><div class="lia-message-view-display lia-message-view-forum-message lia-component-forums-widget-message-view-two" id="messageview_%d"><div class="lia-quilt-row lia-quilt-row-header"><div class="lia-message-author-avatar"><img class="lia-user-avatar-message" src="/a/%d.png" alt="%s"></div>`+
				`<div class="lia-message-author-with-avatar"><span class="UserName lia-user-name lia-user-rank-Contributeur"><a class="lia-link-navigation lia-page-link lia-user-name-link" href="/t5/user/viewprofilepage/user-id/%d"><span>%s</span></a></span></div><div class="lia-message-author-rank lia-component-author-rank">Contributeur</div>`+
				`<div class="lia-message-post-date"><span class="DateTime"><span class="local-date">%s</span> <span class="local-time">10:%02d</span></span></div></div>`+
				`<div class="lia-quilt-row lia-quilt-row-main"><div class="lia-message-body-wrapper"><div class="lia-message-body-content"><p>%s</p></div></div><div class="lia-message-signature">Boulanger du dimanche</div></div>`+
				`<div class="lia-quilt-row lia-quilt-row-footer"><div class="lia-button-group"><span class="lia-button-wrapper"><a class="lia-button lia-button-secondary reply-action-link" href="/t5/forums/replypage/message-id/%d">Répondre</a></span><span class="KudosButton lia-button-image-kudos-wrapper"><a class="lia-button-image-kudos-give" href="#">Donner un Kudo</a><span class="MessageKudosCount">%d</span> Kudos</span></div></div></div></div>`,
				id, id, i, p.author, i, p.author, p.date, i, p.body, id, i+1)
		},
		page: func(posts string) string {
			return `<div class="lia-page"><header class="lia-header"><a href="/">Communauté des boulangers</a><nav><a href="/t5/forums">Forums</a> <a href="/t5/blogs">Blogs</a> <a href="/t5/login">Se connecter</a></nav></header>` +
				`<ul class="lia-list-standard-inline lia-breadcrumb"><li class="crumb"><a href="/">Communauté</a></li><li class="crumb"><a href="/t5/pain">Pain</a></li></ul>` +
				`<div class="lia-content"><h1 class="lia-message-subject">Lire un fichier ligne par ligne</h1><div class="lia-menu-bar"><a href="#">Options</a><ul><li>S'abonner au flux RSS</li><li>Marquer comme nouveau</li><li>Imprimer</li><li>Signaler un contenu inapproprié</li></ul></div>` +
				`<div class="linear-message-list message-list">` + posts + `</div>` +
				`<div class="lia-panel lia-panel-standard RelatedThreadsTaplet"><div class="lia-panel-heading-bar"><span class="lia-panel-heading-bar-title">Discussions similaires</span></div><ul><li><a href="/t5/pain/td-p/101">Lire un fichier binaire</a> <span>3 réponses</span></li><li><a href="/t5/pain/td-p/102">Tampon trop petit</a> <span>5 réponses</span></li></ul></div></div>` +
				`<footer class="lia-footer"><a href="/cgu">Conditions d'utilisation</a> <a href="/privacy">Confidentialité</a> <span>© 2024 Communauté des boulangers</span></footer></div>`
		},
		gone: []string{"Boulanger du dimanche", "Contributeur", "Répondre", "Kudo", "S'abonner", "Signaler", "Discussions similaires", "Lire un fichier binaire", "Conditions d'utilisation"}},
}

// worldPage prints the whole page of engine e.
func worldPage(e worldEngine) string {
	var posts strings.Builder
	for i, p := range e.postsOf() {
		posts.WriteString(e.post(i, p))
	}
	return `<!doctype html><html lang="` + e.lang + `"><head><meta charset="utf-8"><title>Thread - Forum</title></head><body>` +
		e.page(posts.String()) + `</body></html>`
}

// postsOf returns the posts of e, the English thread unless it has its own.
func (e worldEngine) postsOf() []threadPost {
	if e.posts != nil {
		return e.posts
	}
	return threadPosts
}

// TestWorldForumEngines: a thread from each engine, in its own markup
// and language, under its own URL shape, keeps every post and loses the
// engine's chrome: signatures, user cards, vote and kudo counters,
// post buttons, the reply form and the threads beside it. A Khoros
// community names every post a "widget" (see layoutWords). An engine the
// page model misjudges is read as a forum, with the gap said.
func TestWorldForumEngines(t *testing.T) {
	for _, e := range worldEngines {
		t.Run(e.name, func(t *testing.T) {
			if e.gap != "" {
				t.Logf("known gap, read as %s: %s", e.reading, e.gap)
			}
			res, err := FromBytes([]byte(worldPage(e)), Options{URL: e.url, reading: e.reading})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("page type %s", res.PageType)
			assertThread(t, res, e.postsOf(), append([]string{signature}, e.gone...))
		})
	}
}
