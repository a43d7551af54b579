package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDocumentationShapes runs synthetic pages in the shapes common
// documentation generators print (Sphinx with the Read the Docs theme,
// MkDocs Material, Docusaurus, Starlight, Hugo Docsy, a Learn-style
// how-to with an inline outline, a rustdoc struct page, a Javadoc-like
// class page, a two-column API reference, a Go package page, a
// repository's README, a MediaWiki article, a wiki page of readings, a
// man page, a help-center article) and checks that the reference is kept
// (headings, prose, code with its line breaks, parameter tables,
// definition lists, notes, lists of links under headings) and the
// generator's chrome is not (sidebar tree, "on this page" contents,
// previous/next links, edit links, version pickers, feedback widgets,
// cookie bars). The pages are under testdata/docs.
func TestDocumentationShapes(t *testing.T) {
	tests := []struct {
		file    string
		want    []string // each must be in Result.Text
		notWant []string // none may be
	}{
		{"sphinx.html", []string{
			"The schedule module runs jobs at fixed times",
			"Jobs run in the thread that calls run_pending()",
			"tidewater.schedule.every(interval, unit='seconds')",
			"interval (int) – How many units to wait between two runs of the job.",
			"Returns:\n\nA job that is not yet scheduled",
			"ValueError – If interval is not a positive number.",
			"from tidewater import schedule\nschedule.every(3, \"hours\").do(water_plants)",
			"Warning\n\nA job that raises an exception is not retried",
		}, []string{"Edit on GitHub", "Changelog", "Quickstart", "Previous", "Read the Docs", "v: latest", "© Copyright", "Search docs", "¶"}},
		{"mkdocs_material.html", []string{
			"Lanternfish reads its settings from a YAML file",
			"The config file",
			"source: pages\noutput: public",
			"Tip\n\nRun the build with the verbose flag",
			"Where the built site is written, replaced on every build.",
			"Stop the build at the first broken link instead of warning.",
			"Variables win over the file",
		}, []string{"Edit this page", "Table of contents", "Installation", "Plugins", "Was this page helpful?", "Cookie consent",
			"Material for MkDocs", "Skip to content", "Dark mode"}},
		{"docusaurus.html", []string{
			"A Kestrel app builds to a folder of static files",
			"Build the app",
			"npm ci\nnpm run build",
			"The build reads environment variables once",
			"Point the server's root at the build folder",
		}, []string{"Kestrel 4 is out", "Version: 4.x", "Routing", "Testing", "Edit this page", "On this page",
			"Copy code", "Built with Docusaurus", "Skip to main content"}},
		{"starlight.html", []string{
			"Quill can keep the response of a slow handler",
			"Cache keys",
			"By default the key is the method and the full path",
			"An entry expires after ttl seconds",
			// Shiki prints each line as a span with no newline after it.
			"npm install quill-cache\nnpx quill cache --clear",
		}, []string{"On this page", "Handling errors", "Edit page", "Select theme", "Built with Starlight", "Skip to content"}},
		{"rustdoc.html", []string{
			"pub struct Backoff {\n    pub base: Duration,",
			"An exponential backoff: the delay before each retry doubles",
			"assert_eq!(policy.delay(3), Duration::from_millis(800));",
			"base: Duration\n\nThe delay before the first retry.",
			"pub fn delay(&self, attempt: u32) -> Duration",
			"Returns the delay before the given attempt, counted from zero.",
		}, []string{"Skip to main content", "Copy item path", "Source", "Expand description", "Settings", "In retryable::policy",
			"Jitter", "§"}},
		{"apiref.html", []string{
			"A ledger records transactions in the order they are posted",
			"Method Summary",
			"Returns the balance of the account in cents.",
			"Returns the balance of the account in cents, after every entry posted so far.",
			"account - the account's identifier",
			"the balance in cents, negative for a debt",
			"UnknownAccountException - if no account has this identifier",
			"entry - the entry to post",
			"All Implemented Interfaces:\n\nJournal, Closeable",
			"Since:\n\n3.1",
			"See Also:\n\nAccount",
		}, []string{"Overview", "Deprecated", "SEARCH:", "Summary:", "license terms"}},
		// A two-column API reference: each parameter's name, type and
		// flags are spans side by side that a flex row parts.
		{"apiparams.html", []string{
			"Creates a shipment from a sender, a recipient and one or more parcels",
			"recipient object required\n\nThe address the parcel goes to",
			"parcels array required",
			"service_level string default: standard",
			"Labels bought in test mode print a void stamp",
			"curl https://api.parcelpost.example/v2/shipments \\\n  -u sk_test_123:",
		}, []string{"Retrieve a shipment", "Was this page helpful?", "Log in", "On this page", "Previous", "Powered by", "Ctrl K",
			"Copy\n"}},
		{"godoc.html", []string{
			"Package pebblecache is an in-memory cache",
			"type Cache struct {",
			"New returns an empty cache that holds at most limit bytes",
			"func (c *Cache) Get(key string) ([]byte, bool)",
			"c.Put(\"greeting\", []byte(\"hello\"))\nv, ok := c.Get(\"greeting\")",
		}, []string{"Why Go", "taking our survey", "Valid go.mod file", "Imported by", "This site uses cookies", "Terms of Service",
			"Share\n", "Format\n"}},
		{"readme.html", []string{
			"tarn runs the shell scripts of a project as named tasks",
			"go install example.org/tarn/cmd/tarn@latest",
			"build:\n  run: go build ./...",
			"Print the commands without running them",
			"Run every task even when its inputs are unchanged",
			"Tasks run in the directory of the Tarnfile",
			"tarn is released under the MIT license",
		}, []string{"Pull requests", "Sign in", "stars", "Releases", "Languages", "Codehost", "Download ZIP", "\nCopy\n"}},
		{"mediawiki.html", []string{
			"A swap file gives the kernel room to move memory pages",
			"Creating the file",
			"# fallocate -l 4G /swapfile\n# chmod 600 /swapfile",
			"Note: On a copy-on-write file system",
			"Turn the swap off, delete its line from the table",
		}, []string{"[edit]", "edit\n", "Jump to navigation", "Navigation menu", "Recent changes", "View history",
			"Retrieved from", "Privacy policy", "last edited", "Memory management", "From GardenLinux Wiki"}},
		// A wiki page of readings: lists of links under its headings,
		// some annotated, some bare.
		{"wiki_reading.html", []string{
			"This page gathers what the project's users and developers have written",
			"Asking for help\n\nSlow query reports\n\nSettings",
			"Measuring table bloat without locking by Tomasz Wrona\n\nPlanner statistics\n\nReading query plans\n\nRebuilding indexes online",
			"Hardware\n\nChoosing disks\n\nDurable writes",
		}, []string{"Contents", "Retrieved from", "Categories", "Administration", "Navigation menu", "Log in", "View history",
			"Recent changes", "What links here", "last edited", "Privacy policy", "From Quarrydb Wiki"}},
		{"manpage.html", []string{
			"knot - join the lines of two files on a common field",
			"For each pair of input lines with identical join fields",
			"-i, --ignore-case\n              ignore differences in case",
			"The exit status is zero when every line was read",
		}, []string{"man pages |", "Search online pages", "HTML rendering created", "training courses"}},
		{"docsy.html", []string{
			"Restart a cluster without downtime, one node after another.",
			"A rolling restart moves the leases of each node to its peers",
			"Warning\n\nCheck that every node reports healthy",
			"Drain the node so that its leases move to its peers.",
			"harbor node drain node-2\nsystemctl restart harbor",
		}, []string{"v1.7", "Search this site", "Backups", "Edit this page", "Create documentation issue", "Was this page helpful?",
			"Glad to hear it", "Last modified", "All Rights Reserved"}},
		{"learn.html", []string{
			"Every storage account has two access keys",
			"An account with the Storage Key Operator role.",
			"Regenerate the primary key:\n\ncb storage keys renew --account mystore --key primary",
			"Regenerating a key breaks every shared access signature",
		}, []string{"This site uses cookies", "no longer supported", "Filter by title", "Create an account", "Download PDF",
			"5 contributors", "In this article", "Was this page helpful?", "Provide product feedback", "English (United States)", "Terms of Use"}},
		{"kb.html", []string{
			"The billing address is printed on your invoices",
			"Choose Billing, then Edit next to the address.",
			"Invoices that were already issued keep the old address",
		}, []string{"We use cookies", "Submit a request", "Articles in this section", "Was this article helpful?",
			"found this helpful", "Facebook", "Return to top", "English (US)", "Recently viewed articles", "Related articles",
			"Which cards do you accept?", "closed for comments"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join("testdata", "docs", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			res, err := FromBytes(page, Options{URL: "https://docs.example.org/guide/" + strings.TrimSuffix(tt.file, ".html")})
			if err != nil {
				t.Fatal(err)
			}
			checkHolds(t, res.Text, tt.want, tt.notWant)
		})
	}
}

// TestCodeLine: the classes of a listing's line spans, and classes that
// only end in the letters.
func TestCodeLine(t *testing.T) {
	tests := []struct {
		class string
		want  bool
	}{
		{"line", true},
		{"token-line", true},
		{"line highlighted", true},
		{"code-line diff-add", true},
		{"", false},
		{"outline", false},
		{"underline", false},
		{"line-number", false},
		{"-line", true},
	}
	for _, tt := range tests {
		if got := codeLine([]attr{{key: []byte("class"), val: []byte(tt.class)}}); got != tt.want {
			t.Errorf("codeLine(%q) = %v, want %v", tt.class, got, tt.want)
		}
	}
	if codeLine([]attr{{key: []byte("id"), val: []byte("line")}}) {
		t.Error("an id named line is no class")
	}
}
