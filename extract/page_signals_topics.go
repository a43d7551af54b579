package extract

// topicThread reports whether a path segment seg that follows the
// segment prev names one thread of a forum: prev is "topic" and seg is
// the thread's number and slug ("/topic/4817-sourdough-will-not-rise/"),
// the way Invision Community and other engines address a thread. A topic
// folder with a word after it ("/topic/politics") is a collection of
// stories on a subject, as pathKind takes it.
func topicThread(prev, seg string) bool {
	if prev != "topic" {
		return false
	}
	i := 0
	for i < len(seg) && seg[i] >= '0' && seg[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(seg) && seg[i] == '-'
}
