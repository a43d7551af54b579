package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// TestMoreDocumentationShapes runs pages in the shapes of further common
// generators and archives, each under a URL of its own shape: VitePress
// (outline aside, copy buttons, custom blocks, pager), GitBook (utility
// classes only, hints, "Was this helpful?"), Antora (version picker,
// AsciiDoc listings, description lists, admonition tables), Sphinx with
// the Furo theme (hidden toggles, signatures, field lists), Javadoc 17
// (summary tables of <div> cells, method tabs), Mintlify (utility
// classes, callouts, code groups, feedback bar), Doxygen (member tables,
// fragments of code lines, note lists), Redoc (an operation's parameter
// table, responses and request samples beside it), a Pipermail archive
// of one message (its body is preformatted text between two copies of
// the thread's navigation), a command's manual page under a topics menu
// (headings over links to the other commands) and a version picker and a blog post whose comments are a Disqus
// placeholder. The reader wants the body with its code, tables and
// definition lists; none of the chrome. The pages are under
// testdata/docs, the last three, which are no documentation or which
// TestDocumentationJudged does not judge so (Doxygen's page holds no
// <pre>), under testdata/shapes.
func TestMoreDocumentationShapes(t *testing.T) {
	tests := []struct {
		file, url string   // file under testdata/docs or, if not documentation, testdata/shapes
		want      []string // each must be in Result.Text
		notWant   []string // none may be
		gap       string   // when set, why the page is not read right yet: skipped
	}{
		{"vitepress.html", "https://osprey.example/guide/retries", []string{
			"Osprey retries a failed request according to a policy",
			"Choosing a policy",
			"import { retry } from 'osprey'\nconst client = osprey.create",
			"A policy on a single call replaces the client's policy",
			"Milliseconds to wait before the first retry.",
			"Requests that are not idempotent are never retried",
		}, []string{"On this page", "Edit this page", "Last updated", "Previous page", "Next page", "Released under the MIT License",
			"Ads by Carbon", "Getting started", "Main Navigation", "Sidebar Navigation", "v2.4.1", "Ctrl"}, ""},
		{"gitbook.html", "https://docs.larkspur.example/integrations/webhooks", []string{
			"Larkspur sends an HTTP POST request to your endpoint",
			"Register an endpoint",
			"Paste the URL of your endpoint and pick the events you want.",
			"{\n  \"event\": \"record.created\",",
			"Endpoints must answer within ten seconds",
			"A record was moved to the trash.",
		}, []string{"Powered by GitBook", "Was this helpful?", "Last updated", "On this page", "Quickstart", "Go to app", "Zapier", "⌘K"},
			""},
		{"antora.html", "https://docs.heron.example/broker/5.2/admin/configure.html", []string{
			"The broker reads its configuration from heron.toml when it starts.",
			"Listeners",
			"[[listener]]\naddress = \"0.0.0.0:5672\"\nprotocol = \"amqp\"",
			"address\n\nThe host and port to bind, or a Unix socket path.",
			"A listener on a public address needs TLS",
		}, []string{"Edit this Page", "Install the broker", "Upgrade", "Download", "Antora default UI", "MPL-2.0", "Products"}, ""},
		{"furo.html", "https://plover.example/en/latest/pools.html", []string{
			"A pool keeps open connections to the database",
			"import plover\npool = plover.Pool(\"postgres://db/app\", size=10)",
			"class plover.Pool(dsn, size=5)",
			"A fixed-size pool of connections to one database.",
			"size (int) – How many connections the pool keeps open.",
			"A connection that the database closed is replaced",
		}, []string{"Skip to content", "Back to top", "Edit this page", "On this page", "Quickstart", "Transactions", "Made with", "Copyright",
			"Hide navigation sidebar", "Toggle", "¶"}, ""},
		{"javadoc17.html", "https://tally.example/apidocs/org/tally/Ledger.html", []string{
			"A ledger records transactions in the order they are posted",
			"Method Summary",
			"Returns the balance of the account in cents.",
			"Posts an entry to both of its accounts at once.",
			"Returns the balance of the account in cents, after every entry posted so far.",
			"account - the account's identifier",
			"UnknownAccountException - if no account has this identifier",
			"Since:\n\n3.1",
		}, []string{"Skip navigation links", "JavaScript is disabled", "Deprecated", "SEARCH:", "Summary:", "All Methods", "Instance Methods",
			"license terms"}, ""},
		{"mintlify.html", "https://docs.gannet.example/rate-limits", []string{
			"Every API key may send 100 requests per second.",
			"Headers",
			"Batch endpoints count each item of a batch as one request.",
			"HTTP/1.1 429 Too Many Requests\nRetry-After: 2",
			"Seconds to wait before the next request.",
		}, []string{"Search...", "Ctrl K", "Dashboard", "Changelog", "Introduction", "Was this page helpful?", "Suggest edits", "Raise issue",
			"Powered by Mintlify", "On this page", "Get Started"}, ""},
		{"doxygen.html", "https://libtern.example/docs/structtern__ring.html", []string{
			"A fixed-size ring of byte slots shared by one writer and one reader.",
			"The writer and the reader never take a lock",
			"tern_ring r;\ntern_ring_init(&r, 1024);\ntern_ring_push(&r, data, len);",
			"The capacity must be a power of two",
			"Index of the next slot the writer fills.",
			"It is fixed when the ring is made and never changes.",
		}, []string{"Main Page", "Data Structures", "Generated by", "More...", "was generated from the following file"},
			"a fragment's lines are <div class=\"line\"> blocks, parted by blank lines; the \"More...\" link and the generator's closing line stay"},
		{"topics_panel.html", "https://ferry.example/docs/ferry-dock", []string{
			"ferry-dock - Moor a vessel at a berth and record the crossing",
			"ferry dock [-a | --all] [--berth=<berth>] [--dry-run] [--] [<vessel>...]",
			"Moor the vessels at the given berth instead of the berth the timetable assigns",
			"$ ferry dock --berth=north heron\n$ ferry dock --all --dry-run",
		}, []string{"Topics", "Setup and Config", "Everyday Crossings", "Routes and Timetables", "ferryignore", "All guides...",
			"Latest version"}, ""},
		{"redoc.html", "https://api.pelican.example/docs/", []string{
			"The Pelican API charges cards and bank accounts.",
			"Creates a charge against a payment method.",
			"The amount to charge in the smallest unit of the currency.",
			"Three-letter ISO code of the currency, in lower case.",
			"curl https://api.pelican.example/v2/charges \\\n  -H \"Authorization: Bearer sk_test_42\"",
		}, []string{"API docs by Redocly", "Search...", "Expand all", "Collapse all", "List charges"}, ""},
		{"mailarchive.html", "https://lists.example/pipermail/bakers/2024-March/004817.html", []string{
			"My sourdough starter bubbles happily on the counter, but every loaf I bake\ncomes out flat and dense.",
			"Yes, it is about eighteen degrees at night. What am I missing here?",
		}, []string{"Messages sorted by", "Previous message", "Rye starter keeps separating", "More information about the Bakers mailing list"}, ""},
		{"disqus_blog.html", "https://crumb.example/2024/03/why-my-sourdough-would-not-rise/", []string{
			"For a month every loaf I baked came out flat",
			"Proofing in the oven with only its light switched on fixed it within a week.",
			"measure the room before you blame the flour",
		}, []string{"comments powered by Disqus", "enable JavaScript", "Share on Mastodon", "Rye starter keeps separating", "Powered by", "Archive"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			if tt.gap != "" {
				t.Skip("known gap: " + tt.gap)
			}
			page, err := os.ReadFile(filepath.Join("testdata", "docs", tt.file))
			if os.IsNotExist(err) {
				page, err = os.ReadFile(filepath.Join("testdata", "shapes", tt.file))
			}
			if err != nil {
				t.Fatal(err)
			}
			res, err := FromBytes(page, Options{URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("page type %s", res.PageType)
			checkHolds(t, res.Text, tt.want, tt.notWant)
		})
	}
}
