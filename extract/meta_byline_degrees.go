package extract

// isPostNominal reports whether w is the letters of a degree, a title or
// an outlet written after a name ("MD", "PhD", "MSc", "RDN", "M.B.A.",
// "CEO", "CNN"): one word of two to six letters, capitals at least half
// of them. A byline lists them after its writer's name with commas, as it
// lists more writers; a second writer has a name of two words or more,
// or of one word in lower case after its capital.
func isPostNominal(w string) bool {
	letters, capitals := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c == '.':
		case 'A' <= c && c <= 'Z':
			letters++
			capitals++
		case 'a' <= c && c <= 'z':
			letters++
		default:
			return false
		}
	}
	return letters <= 6 && capitals >= 2 && 'A' <= w[0] && w[0] <= 'Z' && capitals*2 >= letters
}
