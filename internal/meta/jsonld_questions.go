package meta

// maxQuestions bounds the questions kept of a page's JSON-LD.
const maxQuestions = 64

// maxQuestionBytes bounds one question: a question is a line, not a
// paragraph.
const maxQuestionBytes = 512

// question files the name of a JSON-LD Question node: the questions an
// FAQPage (or a QAPage) declares the page itself answers.
func (c *Collector) question(n *jsonValue) {
	if len(c.questions) >= maxQuestions {
		return
	}
	if !isQuestion(n.member(keyType)) {
		return
	}
	if q := jsonString(n.member(keyName), maxQuestionBytes); q != "" {
		c.questions = append(c.questions, q)
	}
}

// isQuestion reports whether the @type value t names a Question, without
// allocating: every node of a page's JSON-LD is asked.
func isQuestion(t *jsonValue) bool {
	switch t.kind {
	case jsString:
		return shortType(t.str) == "Question"
	case jsArray:
		for i := range t.kids {
			if s, ok := t.kids[i].text(); ok && shortType(s) == "Question" {
				return true
			}
		}
	}
	return false
}
