package recognize

// onlyFigures reports whether text holds figures, not a date: its words
// are whole numbers ("203") and figures, one at least. A figure is a
// number grouped by thousands ("60,000", "1,818,598,937") or followed by
// a plus, a percent sign, a times sign or the initial of thousands or
// millions ("10k+", "99.99%", "3.6x", "1.14M"), with at most one decimal
// point. The counters of a landing page's statistics read as two numbers
// or more, as a numeric date does, but no date groups its digits by
// thousands or ends in such a sign.
func onlyFigures(text string) bool {
	seen := false
	for i := 0; i < len(text); {
		for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n') {
			i++
		}
		j := i
		for j < len(text) && text[j] != ' ' && text[j] != '\t' && text[j] != '\n' {
			j++
		}
		if j > i {
			switch w := text[i:j]; {
			case isFigure(w):
				seen = true
			case !digits(w):
				return false
			}
		}
		i = j
	}
	return seen
}

// isFigure reports whether w is one figure (see onlyFigures).
func isFigure(w string) bool {
	end := len(w)
	for end > 0 && isFigureSign(w[end-1]) {
		end--
	}
	whole, fraction, point := w[:end], "", false
	for i := 0; i < end; i++ {
		if w[i] == '.' {
			whole, fraction, point = w[:i], w[i+1:end], true
			break
		}
	}
	if point && (fraction == "" || !digits(fraction)) {
		return false
	}
	grouped, ok := groupedDigits(whole)
	return ok && (grouped || end < len(w))
}

// isFigureSign reports whether c may end a figure: "+", "%", a times sign
// or the initial of thousands, millions or billions.
func isFigureSign(c byte) bool {
	switch c {
	case '+', '%', 'x', 'k', 'K', 'M', 'B':
		return true
	}
	return false
}

// groupedDigits reports whether s is a whole number, plain ("2024") or
// grouped by thousands with commas ("1,818,598"), and whether it is grouped.
func groupedDigits(s string) (grouped, ok bool) {
	first := len(s)
	for i := 0; i < len(s); i++ {
		if s[i] == ',' {
			first = i
			break
		}
	}
	if first == 0 || !digits(s[:first]) {
		return false, false
	}
	if first == len(s) {
		return false, true
	}
	if first > 3 {
		return false, false
	}
	for i := first; i < len(s); i += 4 {
		if i+4 > len(s) || s[i] != ',' || !digits(s[i+1:i+4]) {
			return false, false
		}
	}
	return true, true
}

// digits reports whether s is made of ASCII digits only.
func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
