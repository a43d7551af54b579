package extract

import (
	"path/filepath"
	"testing"
)

// TestReaderViewCMSShapes runs synthetic pages laid out as the common
// publishing systems print an article (a WordPress theme's entry-content,
// Ghost, a Medium-like story, a Substack-like newsletter, Blogger, a
// Drupal node, Hugo and Jekyll blogs, a news CMS with a standfirst and
// inline asides) and in the shapes of posts a reader view meets (a short
// post, a post that is mostly a list or a table, a gallery with short
// text, a Q&A interview with bold questions, a long read with pull quotes
// and section headings, a how-to with numbered steps and code, a post of
// dialogue lines, a link round-up, an FAQ, a letter quoted in full), and
// checks that the text a reader view shows is kept and the page's chrome
// is not. The pages are under testdata/readerview/cms.
//
// What a reader view shows and these checks leave out, as winnow drops
// it: figure captions (a gallery's), which the benchmarks' truths leave
// out, and a Drupal node's labelled fields below its body.
func TestReaderViewCMSShapes(t *testing.T) {
	tests := []readerShape{
		{"wp_entry.html", []string{
			"When we bought the boat, the hull was sound",
			"We gave ourselves one winter.",
			"Stripping the deck", "The mast step", "Launch day",
			"We propped the cabin top with two jacks.",
			"We laminated a new step from marine plywood and epoxy.",
			"which after all that work felt like a small miracle.",
		}, []string{"Share this:", "Leave a comment", "Recent Posts", "Proudly powered by", "Previous post"}},
		{"ghost.html", []string{
			"For five years every app on my phone and laptop was dark.",
			"What I noticed", "Would I go back?",
			"Dark mode looked calm, but calm is not the same as readable.",
			"The one place I kept dark mode is the terminal",
			"give it at least two weeks before you decide.",
		}, []string{"Sign up for more like this.", "Picking a font for code", "Powered by Ghost"}},
		{"substack.html", []string{
			"Hello friends,",
			"Not much happened this week, and I liked it that way.",
			"On Tuesday a pair of goldfinches found the feeder.",
			"I finished The Long Field",
			"See you next Sunday,",
		}, []string{"Subscribe for free", "Discussion about this post", "Goldfinches are the best.", "Substack is the home"}},
		{"medium.html", []string{
			"Mocks make tests fast to write and slow to change.",
			"Fakes are code you own", "When mocks still help",
			"type memStore struct{ m map[string]string }",
			"func (s *memStore) Get(k string) string { return s.m[k] }",
			"checking that an email is sent exactly once.",
		}, []string{"Written by Jo Bell", "Recommended from Medium", "Why your CI is slow", "2.1K Followers"}},
		{"blogger.html", []string{
			"Picked the first three tomatoes this morning.",
			"The black plastic on the bed seems to have helped.",
			"Next year I will start the seeds two weeks earlier",
		}, []string{"Blog Archive", "Email This", "They look lovely!", "Older Post", "Powered by Blogger"}},
		{"drupal.html", []string{
			"Starting September 14, the Millbrook Public Library will be open on Sundays",
			"Saturday hours stay the same",
			"No registration is needed.",
		}, []string{"Skip to main content", "In this section", "Privacy policy", "Office hours Monday to Friday"}},
		{"hugo.html", []string{
			"Our command-line tool took almost two seconds to print its help text.",
			"The symptom", "The cause",
			"$ time tool --help", "real    0m1.92s",
			"Loading them lazily cut the startup to forty milliseconds.",
		}, []string{"Table of Contents", "Parsing flags by hand", "Powered by"}},
		{"jekyll.html", []string{
			"I left my phone in a drawer for seven days.",
			"I missed a bus because I could not check the timetable.",
			"writing shopping lists on paper again.",
		}, []string{"alex@example.org", "Small notes about making things."}},
		{"news_standfirst.html", []string{
			"A national rail strike planned for this week has been called off",
			"no ticket offices will close before 2026.",
			"our members will be glad to get back to normal",
			"What happens next?",
			"a new strike would need at least two weeks' notice.",
			"The government welcomed the agreement",
		}, []string{"Advertisement", "Rail fares to rise by 4% in January", "Most read", "Storm warning", "All rights reserved", "Share on Facebook"}},
		{"list_post.html", []string{
			"Whatever the distance, these go in the bag:",
			"Water, at least a litre", "A head torch", "A spare pair of socks", "That's it.",
		}, []string{"Categories", "© 2024 Trail Mix"}},
		{"table_post.html", []string{
			"From 6 May, the following routes run on new times",
			"Route", "First bus",
			"Every 12 minutes instead of 15", "05:40",
			"Extended to the hospital", "06:10",
			"No Sunday service", "06:25",
			"Later last bus, 23:50", "06:00",
			"Printed timetables are at the bus station.",
		}, []string{"Service alerts", "Journey planner", "Lost property", "Valley Transit Authority"}},
		{"gallery.html", []string{
			"A few frames from last weekend.",
			"All shot on a 35mm lens, no filters.",
		}, []string{"Follow me", "Summer at the coast", "© 2024 Light and Lens"}},
		{"interview.html", []string{
			"Ines Vidal has drawn maps of cities that no longer exist.",
			"Where did the project start?",
			"With a single old chart of my grandmother's town.",
			"Any surprises?", "Yes.", "Such as?",
			"the second church was a warehouse with a tower.",
			"What's next?", "Rivers. They move too, just more slowly.",
			"This interview has been edited and condensed.",
		}, []string{"More interviews", "A printer who still sets type by hand", "Tweet"}},
		{"short_post.html", []string{
			"We're closing from December 24 to January 2",
			"Orders for Christmas cakes need to be in by the 20th.",
			"Thank you for a lovely year!",
		}, []string{"Opening hours", "12 Mill Lane", "Visit us"}},
		{"howto.html", []string{
			"A virtual environment is a folder with its own Python",
			"Open a terminal in your project folder.",
			"Create the environment:", "python3 -m venv .venv",
			"On Windows:", `.venv\Scripts\activate`,
			"pip install requests",
			"Leaving the environment", "or just close the terminal.",
		}, []string{"Installing Python", "Was this page helpful?", "All rights reserved"}},
		{"longform.html", []string{
			"On the last morning, the ferry left at seven as it always had.",
			"The river", "The money", "What comes next",
			"the nearest bridge is fourteen miles upstream.",
			"Margaret Ellis, who is eighty-one, has used the ferry since she was a girl.",
			"according to figures the county published in March.",
			"out of habit, and then went home.",
		}, []string{"The lighthouse that moved", "Up next", "Jobs"}},
		{"dialogue.html", []string{
			`"Is this the 42?"`, `"Since when?"`, `"Nobody tells me anything."`,
			`That's why we're all still standing here."`,
		}, []string{"Archive", "© Small Hours"}},
		{"link_roundup.html", []string{
			"A quieter week. Five things worth your time:",
			"clear diagrams, and a good section on stale reads.",
			"The history of the tab key", "Notes on writing release notes",
			"Someone hand-wired a 36-key board",
			"benchmarks I did not expect.",
			"Reply and tell me what you've been reading.",
		}, []string{"Get these by email", "RSS"}},
		{"sections_post.html", []string{
			"Start with the content", "Clear headings and plain language help everyone",
			"Test with real people", "Keyboard first",
			"Colour is never the only signal", "not just a red border.",
		}, []string{"Get in touch", "Brightside Studio Ltd"}},
		{"footnotes.html", []string{
			"Most names in code are written once and read hundreds of times.",
			"When a name is hard to choose, the thing it names is usually doing too much.",
			"A rough guess from reading our own history",
			"See the style guide's section on exported names.",
		}, []string{"© R. Lund"}},
		{"recipe.html", []string{
			"This is the soup I make when the fridge is nearly empty.",
			"red lentils", "carrots, diced",
			"Soften the onion and carrot in a little oil.",
			"Blend half of it and season to taste.",
			"It keeps for three days in the fridge.",
		}, []string{"© Home Kitchen"}},
		{"review_product.html", []string{
			"The K2 is the quietest kettle we have tested this year.",
			"Design", "Should you buy it?",
			"The lid is the weak point",
			"Larger households should look at a 1.7 litre model instead.",
		}, []string{"Compare similar kettles", "BrewMax 1.7", "may earn a commission"}},
		{"about_page.html", []string{
			"Hollow Tree Press is a small independent publisher",
			"printed on recycled paper by a family-run printer",
			"We read submissions twice a year",
		}, []string{"Newsletter"}},
		{"br_divs.html", []string{
			"The broad beans are up at last",
			"The slugs found them on the second night.",
			"I put down a ring of grit around each plant",
			"Next job: the potatoes.",
		}, []string{"Week 11", "Copyright 2024"}},
		{"faq_article.html", []string{
			"We get the same questions every week",
			"Do I need a visa?", "Usually two to four weeks.",
			"Yes, once you have a CPR number.",
			"What about pets?", "at least 21 days before travel.",
			"Can I bring my car?", "Check the rules before you ship it.",
		}, []string{"© Expat Guide"}},
		{"tweet_embed.html", []string{
			"Bakeries across the region ran out of sourdough",
			"Queue outside the bakery at 7am and they are already out of sourdough.",
			"The supplier said the oven would be repaired by Tuesday",
			"Several bakeries put up signs suggesting rye instead",
		}, []string{"© Crumb"}},
		{"div_paras.html", []string{
			"The museum is in an old factory by the canal",
			"Every hour a glassblower gives a demonstration.",
			"Upstairs, the collection runs from Roman bottles to modern sculpture.",
			"Tickets are twelve euros.",
		}, []string{"© Traveller's Notebook"}},
		{"quoted_email.html", []string{
			"My neighbour's tree drops leaves into my garden every autumn.",
			"Dear Raking,",
			"leaves falling naturally are not his responsibility.",
			"A bag of leaf mould in spring",
		}, []string{"© Ask Ruth"}},
	}
	runReaderShapes(t, filepath.Join("testdata", "readerview", "cms"), tests)
}
