package meta

// maxQuestions bounds the questions kept of a page's JSON-LD.
const maxQuestions = 64

// maxQuestionBytes bounds one question: a question is a line, not a
// paragraph.
const maxQuestionBytes = 512

// question files the name of a JSON-LD Question node: the questions an
// FAQPage (or a QAPage) declares the page itself answers.
func (c *Collector) question(n map[string]any) {
	if len(c.questions) >= maxQuestions {
		return
	}
	for _, t := range typeNames(n["@type"]) {
		if t != "Question" {
			continue
		}
		if q := jsonString(n["name"], maxQuestionBytes); q != "" {
			c.questions = append(c.questions, q)
		}
		return
	}
}
