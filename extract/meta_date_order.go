package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// slashOrder reports how the page writes numeric dates with slashes, as
// the dates it prints that only one order can read tell: 25/12/2024 is
// day first, 12/25/2024 month first. ok is false when none of its dates
// decides, or as many say one order as the other; the page's language
// and region then decide (see dateOrder). A page keeps to one notation,
// so the date under its headline ("3/4/2025") is read as its comments',
// its table's or its footer's dates are written.
func slashOrder(blocks []boilerplate.Block) (monthFirst, ok bool) {
	votes := 0
	for i := range blocks {
		b := &blocks[i]
		if b.Features.Digits < 6 {
			continue // d/m/yyyy has six digits at least
		}
		text := b.Text
		for j := strings.IndexByte(text, '/'); j >= 0; {
			if v, ok := slashVote(text, j); ok {
				votes += v
			}
			k := strings.IndexByte(text[j+1:], '/')
			if k < 0 {
				break
			}
			j += 1 + k
		}
	}
	return votes > 0, votes != 0
}

// slashVote reads the numeric date whose first slash is at text[j]: one
// or two digits, a slash, one or two digits, a slash, four digits. It
// returns +1 when only month first reads it (12/25/2024), -1 when only
// day first does (25/12/2024), 0 when either does; ok is false when no
// such date starts there.
func slashVote(text string, j int) (int, bool) {
	a, aLen := digitsBefore(text, j)
	if aLen == 0 || aLen > 2 || aLen < j && isDigit(text[j-aLen-1]) {
		return 0, false
	}
	b, bLen := digitsAfter(text, j+1)
	if bLen == 0 || bLen > 2 || j+1+bLen >= len(text) || text[j+1+bLen] != '/' {
		return 0, false
	}
	_, yLen := digitsAfter(text, j+2+bLen)
	if yLen != 4 {
		return 0, false
	}
	switch {
	case a < 1 || b < 1 || a > 31 || b > 31:
		return 0, false
	case a > 12 && b <= 12:
		return -1, true
	case b > 12 && a <= 12:
		return 1, true
	}
	return 0, true
}

// digitsBefore returns the number that the digits ending before text[j]
// make and how many there are (at most three are read).
func digitsBefore(text string, j int) (n, count int) {
	mul := 1
	for i := j - 1; i >= 0 && count < 3 && isDigit(text[i]); i-- {
		n += int(text[i]-'0') * mul
		mul *= 10
		count++
	}
	return n, count
}

// digitsAfter returns the number that the digits starting at text[i] make
// and how many there are (at most five are read).
func digitsAfter(text string, i int) (n, count int) {
	for ; i < len(text) && count < 5 && isDigit(text[i]); i++ {
		n = n*10 + int(text[i]-'0')
		count++
	}
	return n, count
}
