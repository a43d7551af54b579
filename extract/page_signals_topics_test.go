package extract

import "testing"

// TestTopicThread: a number and a slug after /topic/ address a thread;
// a word, a bare number or another folder do not.
func TestTopicThread(t *testing.T) {
	tests := []struct {
		prev, seg string
		want      bool
	}{
		{"topic", "4817-sourdough-will-not-rise", true},
		{"topic", "12-x", true},
		{"topic", "politics", false},
		{"topic", "4817", false},
		{"topic", "4817-", false},
		{"topics", "4817-sourdough", false},
		{"forum", "5-baking-talk", false},
	}
	for _, tt := range tests {
		if got := topicThread(tt.prev, tt.seg); got != tt.want {
			t.Errorf("topicThread(%q, %q) = %v, want %v", tt.prev, tt.seg, got, tt.want)
		}
	}
}

// TestTopicThreadPath: an Invision thread's path announces a forum, a
// topic page's path a collection.
func TestTopicThreadPath(t *testing.T) {
	tests := []struct {
		path, want string
	}{
		{"/topic/4817-sourdough-will-not-rise/", "forum"},
		{"/forums/topic/4817-sourdough-will-not-rise/", "forum"},
		{"/topic/politics/", "collection"},
		{"/news/topic/4817-x/", "article"},
	}
	for _, tt := range tests {
		var sg pageSignals
		sg.readPath(tt.path)
		if sg.pathKind != tt.want {
			t.Errorf("readPath(%q): kind %q, want %q", tt.path, sg.pathKind, tt.want)
		}
	}
}

// TestAPIDocsPath: the folders Javadoc and Maven sites publish API
// references under announce documentation.
func TestAPIDocsPath(t *testing.T) {
	for _, p := range []string{"/apidocs/org/tally/Ledger.html", "/javadoc/org/tally/Ledger.html"} {
		var sg pageSignals
		sg.readPath(p)
		if sg.pathKind != "doc" {
			t.Errorf("readPath(%q): kind %q, want doc", p, sg.pathKind)
		}
	}
}
