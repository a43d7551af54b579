package extract

// moduleHashLen is the length of the hash a CSS-modules build appends to
// a class name ("PageSection_header__3JdVh", "table_root__adKqa"): five
// characters of base64, its default.
const moduleHashLen = 5

// moduleHash reports whether the "__" at name[i] starts the hash that a
// CSS-modules build appends to the names it scopes: five characters of
// letters, digits, "_" and "-", at least one of them a capital or a
// digit, that end the name (at its end or at white space). The hash is
// random: read as words it would now and then spell a name of the hint
// tables ("adKqa" reads "ad", an advert), so its words are not read. A
// BEM element ("card__title", "list__item") is a lower-case word and is
// read as one.
func moduleHash(name []byte, i int) bool {
	end := i + 2 + moduleHashLen
	if end > len(name) || name[i+1] != '_' || end < len(name) && !isHTMLSpace(name[end]) {
		return false
	}
	mixed := false
	for _, c := range name[i+2 : end] {
		switch {
		case c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
			mixed = true
		case c >= 'a' && c <= 'z', c == '_', c == '-':
		default:
			return false
		}
	}
	return mixed
}
