package boilerplate

// hostOf returns the host of pageURL, lower-cased, without port, user
// information or a leading "www.", so that www.example.com and example.com
// share one site memory. It accepts "scheme://host/...", "//host/..." and,
// leniently, "host/..." when the host has a dot. It reports false for an
// empty or unparseable URL. It does not allocate unless the host has upper
// case letters.
func hostOf(pageURL string) (string, bool) {
	s := pageURL
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ':' {
			if i+2 < len(s) && s[i+1] == '/' && s[i+2] == '/' {
				s = s[i+3:]
			}
			break
		}
		if c == '/' || c == '?' || c == '#' {
			break
		}
	}
	if len(s) >= 2 && s[0] == '/' && s[1] == '/' {
		s = s[2:]
	}
	end := len(s)
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '/' || c == '?' || c == '#' || c == '\\' {
			end = i
			break
		}
	}
	s = s[:end]
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '@' {
			s = s[i+1:]
			break
		}
	}
	if i := portColon(s); i >= 0 {
		s = s[:i]
	}
	s = trimDot(s)
	if s == "" || len(s) > 253 {
		return "", false
	}
	hasDot, upper := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '.':
			hasDot = true
		case c >= 'A' && c <= 'Z':
			upper = true
		case c <= ' ' || c == '<' || c == '>' || c == '"':
			return "", false
		}
	}
	if !hasDot && s != "localhost" && !(len(s) > 2 && s[0] == '[') {
		return "", false
	}
	if upper {
		b := []byte(s)
		for i, c := range b {
			b[i] = asciiLower[c]
		}
		s = string(b)
	}
	if len(s) > 4 && s[:4] == "www." {
		s = s[4:]
	}
	return s, true
}

// portColon returns the index of the colon before a port number, or -1.
func portColon(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i]
		if c == ':' {
			return i
		}
		if c < '0' || c > '9' {
			return -1
		}
	}
	return -1
}

// trimDot removes the trailing dot of a fully qualified host name.
func trimDot(s string) string {
	if len(s) > 0 && s[len(s)-1] == '.' {
		return s[:len(s)-1]
	}
	return s
}
