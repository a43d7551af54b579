package extract

import (
	"bytes"
	"testing"
)

// mayNameEmbedBefore is mayNameEmbed as it was before it read the list
// eight bytes at a time, kept to test that the two agree.
func mayNameEmbedBefore(class []byte) bool {
	for i := 1; i < len(class); i++ {
		j := bytes.IndexByte(class[i:], 'm')
		if j < 0 {
			return false
		}
		i += j
		if rest := class[i-1:]; bytes.HasPrefix(rest, []byte("embed")) || bytes.HasPrefix(rest, []byte("-media")) {
			return true
		}
	}
	return false
}

// TestMayNameEmbedAsBefore compares mayNameEmbed with mayNameEmbedBefore
// on written class lists and on random ones of every length, made of the
// bytes that matter.
func TestMayNameEmbedAsBefore(t *testing.T) {
	classes := []string{"", "m", "em", "embed", "mbed", "-media", "media", "instagram-media",
		"x embed", "embe", "-medi", "wp-embedded-content", "a m-4 mt-2 md:mx-auto", "emembed",
		"--media", "e-media", "text-post-media x", "imgur-embed-pub", "EMBED", "e\u00e9mbed",
		"container mx-auto px-4 md:px-8 lg:max-w-4xl item-embed", "mmmmmmmmmmmmmmmmembed",
		"col-md-8 col-sm-12 mb-3 m-0 p-media", "\xffm\xffembed\x80-media"}
	pieces := []string{"e", "m", "b", "d", "-", "i", "a", " ", "embed", "media", "em", "-me", "x", "mt-4 ", "\xed"}
	classes = append(classes, randomJoins(16, 50000, 24, pieces)...)
	for _, c := range classes {
		if got, want := mayNameEmbed([]byte(c)), mayNameEmbedBefore([]byte(c)); got != want {
			t.Errorf("mayNameEmbed(%q) = %v, was %v", c, got, want)
		}
	}
}
