package extract

import (
	"strconv"
	"strings"
)

// japaneseEras are the eras Japanese dates count years in, with the
// Gregorian year before each era's first ("令和3年" is 2021).
var japaneseEras = [...]struct {
	name string
	base int
}{{"令和", 2018}, {"平成", 1988}}

// maxEraYear bounds the year of an era read: no era of japaneseEras
// lasted longer.
const maxEraYear = 64

// gregorianEras rewrites a Japanese date's era year as the Gregorian year
// ("令和3年3月15日" as "2021年3月15日", "令和元年" as "2019年"), as Japanese
// official and news sites print them; other text is returned as it is.
func gregorianEras(text string) string {
	for _, era := range japaneseEras {
		i := strings.Index(text, era.name)
		if i < 0 {
			continue
		}
		rest := text[i+len(era.name):]
		n, w := 0, 0
		if strings.HasPrefix(rest, "元") {
			n, w = 1, len("元")
		} else {
			for w < len(rest) && w < 3 && '0' <= rest[w] && rest[w] <= '9' {
				n = n*10 + int(rest[w]-'0')
				w++
			}
		}
		if n < 1 || n > maxEraYear || !strings.HasPrefix(rest[w:], "年") {
			continue
		}
		return text[:i] + strconv.Itoa(era.base+n) + rest[w:]
	}
	return text
}
