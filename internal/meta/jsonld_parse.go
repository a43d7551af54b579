package meta

import (
	"bytes"

	"github.com/winnowtext/winnow/internal/arena"

	"golang.org/x/net/html"
)

// maxJSONLDScript is the largest script parsed; bigger ones are skipped
// rather than cut, since a cut is never valid JSON.
const maxJSONLDScript = 2 << 20

// parseJSONLD decodes the JSON values in the content of one ld+json script.
// It survives the usual mistakes: comment and CDATA wrappers, HTML-escaped
// content, several values in a row, trailing commas, raw control
// characters and bad escapes inside strings, and JavaScript comments. What
// still does not parse is skipped; values decoded before the error are kept.
// The strings of the values are held in strs, the values in t.
func parseJSONLD(raw []byte, strs *arena.Strings, t *jsonTree) []jsonValue {
	if len(raw) > maxJSONLDScript {
		return nil
	}
	s := unwrapScript(raw)
	if len(s) == 0 {
		return nil
	}
	if s[0] == '&' || bytes.Contains(s, []byte("&quot;")) && !bytes.Contains(s, []byte(`"`)) {
		s = []byte(html.UnescapeString(string(s)))
	}
	vals, ok := decodeAll(s, strs, t)
	if ok {
		return vals
	}
	fixed := repairJSON(s)
	if vals2, ok := decodeAll(fixed, strs, t); ok || len(vals2) > len(vals) {
		vals = vals2
		if ok {
			return vals
		}
	}
	// Objects separated by commas without the enclosing brackets.
	wrapped := make([]byte, 0, len(fixed)+2)
	wrapped = append(append(append(wrapped, '['), fixed...), ']')
	if vals2, ok := decodeAll(wrapped, strs, t); ok {
		return vals2
	}
	return vals
}

// unwrapScript trims white space, <!-- --> and CDATA wrappers (bare or
// behind //) and trailing semicolons.
func unwrapScript(s []byte) []byte {
	for {
		before := len(s)
		s = bytes.TrimSpace(s)
		s = bytes.TrimPrefix(s, []byte("//"))
		s = bytes.TrimSpace(s)
		s = bytes.TrimPrefix(s, []byte("<!--"))
		s = bytes.TrimPrefix(s, []byte("<![CDATA["))
		s = bytes.TrimSuffix(s, []byte("-->"))
		s = bytes.TrimSuffix(s, []byte("]]>"))
		s = bytes.TrimSpace(s)
		s = bytes.TrimSuffix(s, []byte("//"))
		s = bytes.TrimRight(s, "; \t\r\n")
		if len(s) == before {
			return s
		}
	}
}

// repairJSON fixes what hand-written JSON-LD gets wrong, in one pass that
// tracks whether it is inside a string: raw control characters in strings
// become escapes or spaces, escapes JSON does not know (\' \x) lose their
// backslash, trailing commas before } or ] go, and // and /* */ comments
// outside strings go.
func repairJSON(s []byte) []byte {
	out := make([]byte, 0, len(s))
	inString := false
	lastComma := -1 // index in out of a comma that a } or ] would make trailing
	for i := 0; i < len(s); i++ {
		c := s[i]
		if inString {
			switch {
			case c == '\\' && i+1 < len(s):
				switch s[i+1] {
				case '"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u':
					out = append(out, c, s[i+1])
				default:
					out = append(out, s[i+1])
				}
				i++
			case c == '"':
				inString = false
				out = append(out, c)
			case c == '\n':
				out = append(out, '\\', 'n')
			case c == '\t':
				out = append(out, '\\', 't')
			case c < 0x20:
				out = append(out, ' ')
			default:
				out = append(out, c)
			}
			continue
		}
		switch {
		case c == '"':
			inString = true
			lastComma = -1
		case c == ',':
			lastComma = len(out)
		case c == '}' || c == ']':
			if lastComma >= 0 {
				out[lastComma] = ' '
			}
			lastComma = -1
		case c == '/' && i+1 < len(s) && s[i+1] == '/':
			for i < len(s) && s[i] != '\n' {
				i++
			}
			continue
		case c == '/' && i+1 < len(s) && s[i+1] == '*':
			end := bytes.Index(s[i+2:], []byte("*/"))
			if end < 0 {
				return out
			}
			i += 2 + end + 1
			continue
		case c <= ' ':
			out = append(out, ' ')
			continue
		default:
			lastComma = -1
		}
		out = append(out, c)
	}
	return out
}
