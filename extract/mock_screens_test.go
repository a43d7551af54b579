package extract

import (
	"strings"
	"testing"
)

// mockPage is a software home page: a hero with its lead, a drawing of
// the app in between (hero), feature sections of prose with their own
// drawing (section), and extra blocks (more) after them.
func mockPage(hero, section, more string) string {
	return `<html><head><title>Tasklane: plan work with your team</title></head><body>
<nav><a href="/">Tasklane</a><a href="/pricing">Pricing</a><a href="/login">Log in</a></nav>
<main>
<section class="hero"><h1>Plan the work, ship the product</h1>
<p>Tasklane keeps the plans, the tasks and the talk of a product team in one place, so that nobody has to ask where a decision was made or who owns the next step.</p>
<a href="/signup">Start for free</a>` + hero + `</section>
<section class="feature"><div class="feature-head"><h2>Triage without the noise</h2>
<p>Requests from support, sales and your own backlog arrive in one inbox, where the team sorts them by hand or lets rules label and route them to the people who own each area.</p>
<a href="/triage">Read about triage</a></div>` + section + `</section>
<section><h2>Built for teams that move fast</h2>
<p>Keyboard shortcuts for every action, pages that load before you finish the thought, and an offline mode that syncs once you are back: the tool never stands between you and the work.</p>
<p>Teams of every size, from a founder and a laptop to thousands of engineers, plan their releases in Tasklane and say it is the first planning tool they did not have to fight with.</p></section>
` + more + `</main>
<footer><p>© 2026 Tasklane Inc.</p></footer></body></html>`
}

// mockApp is a drawing of the app: a sidebar of buttons a keyboard
// skips, and a task list of labels, names and dates.
const mockApp = `<div class="app-frame"><div class="sidebar">
<button tabindex="-1">Inbox</button><button tabindex="-1">My tasks</button><button tabindex="-1">Projects</button>
<button tabindex="-1">Roadmap</button><button tabindex="-1">Team</button></div>
<div class="task-view"><div class="task-head"><a href="#" tabindex="-1">Back</a><span>TL-204</span></div>
<div>Checkout flow crash</div><div>In progress</div><div>Priority: High</div><div>Maya</div><div>2 min ago</div>
<div>Label: Bug</div><div>Cycle 12</div><div>Due Friday</div><div>Omar commented</div><div>Looks fixed now</div></div></div>`

// mockList is a section's drawing: a list of issues, with their keys
// and labels, and buttons a keyboard skips.
const mockList = `<div class="feature-illustration"><div class="board"><button tabindex="-1">Add issue</button><button tabindex="-1">Filter</button><button tabindex="-1">Sort</button>
<div>TL-311</div><div>Refund emails bounce</div><div>Billing</div><div>TL-312</div><div>Export to spreadsheet</div><div>Feature</div>
<div>TL-313</div><div>Slow search on mobile</div><div>Performance</div><div>TL-314</div><div>Dark mode contrast</div><div>Design</div></div></div>`

// TestDropMockScreens: the drawing of an app in a software page's hero
// and in a feature section (controls a keyboard skips, fragments for
// text) goes, the prose around it stays; a real feature list, a pricing
// table, an aria-hidden copy of a heading and a carousel whose hidden
// slides' links a keyboard skips keep their text.
func TestDropMockScreens(t *testing.T) {
	features := `<section><h2>Everything in one place</h2><ul>
<li><a href="/f/docs">Docs</a></li><li><a href="/f/tasks">Tasks</a></li><li><a href="/f/roadmaps">Roadmaps</a></li>
<li><a href="/f/goals">Goals</a></li><li><a href="/f/chat">Team chat</a></li><li><a href="/f/forms">Forms</a></li>
<li><a href="/f/sprints">Sprints</a></li><li><a href="/f/reports">Reports</a></li><li><a href="/f/time">Time tracking</a></li>
<li><a href="/f/auto">Automations</a></li><li><a href="/f/api">Open API</a></li></ul>
<p>Every feature shares one data model, so a task links to its doc, its goal and its sprint without an integration to keep alive.</p></section>`
	pricing := `<section><h2>Plans for every team</h2><table>
<tr><th>Plan</th><th>Free</th><th>Team</th><th>Business</th></tr>
<tr><td>Price</td><td>$0</td><td>$8 per user</td><td>$16 per user</td></tr>
<tr><td>Members</td><td>Up to 5</td><td>Unlimited</td><td>Unlimited</td></tr>
<tr><td>Storage</td><td>1 GB</td><td>100 GB</td><td>1 TB</td></tr>
<tr><td>Support</td><td>Community</td><td>Email</td><td>Priority</td></tr></table>
<p>All plans include unlimited tasks and projects; paid plans add guests, admin roles and the audit log your security team asks for.</p></section>`
	heading := `<section><h2><span aria-hidden="true">Loved by makers</span><span class="visually-hidden">Loved by makers</span></h2>
<p>Product teams at startups and public companies alike moved their planning to Tasklane last year, and most of them brought their whole company along within a quarter.</p></section>`
	carousel := `<section class="stories"><h2>Customer stories</h2><div class="slides">
<div class="slide"><p>Northwind moved forty teams off spreadsheets in a month, and their release calendar has not slipped since they started planning cycles in one shared place.</p><a href="/s/1" tabindex="-1">Read the story</a></div>
<div class="slide"><p>Fabrikam's designers and engineers now review the same issue at the same time, which cut the back and forth on each feature from days to hours.</p><a href="/s/2" tabindex="-1">Read the story</a></div>
<div class="slide"><p>Contoso runs its hardware launches through Tasklane, from the first sketch to the factory order, with every decision written down where the next team finds it.</p><a href="/s/3" tabindex="-1">Read the story</a></div></div></section>`
	// Near misses of mockApp: a keyboard reaches most of its controls;
	// its blocks are sentences; it holds too few blocks.
	focusable := strings.Replace(mockApp, `<button tabindex="-1">Roadmap</button><button tabindex="-1">Team</button>`,
		`<button>Roadmap</button><button>Team</button><a href="/help">Help</a>`, 1)
	sentences := `<div class="steps"><button tabindex="-1">Previous</button><button tabindex="-1">Next</button><button tabindex="-1">Pause</button>` +
		strings.Repeat(`<div>Every step of the setup is explained in plain words before you take it.</div>`, 5) +
		strings.Repeat(`<div>Your data stays where it is until you choose to move it over.</div>`, 5) + `</div>`
	few := `<div class="mini"><button tabindex="-1">Inbox</button><button tabindex="-1">Tasks</button><button tabindex="-1">Team</button>
<div>TL-401</div><div>Invoice typo</div><div>Maya</div><div>Due Monday</div></div>`
	prose := []string{"Tasklane keeps the plans", "Requests from support, sales", "Keyboard shortcuts for every action", "Teams of every size"}
	tests := []struct {
		name     string
		page     string
		dropped  []string
		kept     []string
		typeWant PageType
	}{
		{"hero and section drawings", mockPage(mockApp, mockList, ""),
			[]string{"Checkout flow crash", "Omar commented", "Refund emails bounce", "TL-313"}, prose, ""},
		{"drawings beside a feature list", mockPage(mockApp, mockList, features),
			[]string{"Checkout flow crash", "Slow search on mobile"}, append([]string{"Every feature shares one data model"}, prose...), ""},
		{"no drawing: pricing table", mockPage("", "", pricing),
			nil, append([]string{"$8 per user", "Community", "All plans include unlimited tasks"}, prose...), ""},
		{"no drawing: hidden copy of a heading", mockPage("", "", heading),
			nil, append([]string{"Loved by makers", "Product teams at startups"}, prose...), ""},
		{"near miss: controls a keyboard reaches", mockPage(focusable, "", ""),
			nil, append([]string{"Checkout flow crash", "Omar commented"}, prose...), ""},
		{"near miss: sentences, not fragments", mockPage(sentences, "", ""),
			nil, append([]string{"Every step of the setup", "Your data stays where it is"}, prose...), ""},
		{"near miss: too few blocks", mockPage(few, "", ""),
			nil, append([]string{"Invoice typo", "Due Monday"}, prose...), ""},
		{"no drawing: carousel of stories", mockPage("", "", carousel),
			nil, append([]string{"Northwind moved forty teams", "Contoso runs its hardware launches"}, prose...), ""},
	}
	for _, tt := range tests {
		res, err := FromBytes([]byte(tt.page), Options{URL: "https://tasklane.example/"})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		for _, d := range tt.dropped {
			if strings.Contains(res.Text, d) {
				t.Errorf("%s: %q kept; want it dropped\n%s", tt.name, d, res.Text)
			}
		}
		for _, k := range tt.kept {
			if !strings.Contains(res.Text, k) {
				t.Errorf("%s: %q dropped; want it kept\n%s", tt.name, k, res.Text)
			}
		}
	}
}
