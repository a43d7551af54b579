package extract

import "math/rand"

// randomJoins returns count strings, each made of one to most pieces
// drawn from pieces by a generator seeded with seed: the random inputs
// on which the equivalence tests hold a fast reader to the plain one it
// replaced.
func randomJoins(seed int64, count, most int, pieces []string) []string {
	r := rand.New(rand.NewSource(seed))
	out := make([]string, 0, count)
	for range count {
		var b []byte
		for n := r.Intn(most); n >= 0; n-- {
			b = append(b, pieces[r.Intn(len(pieces))]...)
		}
		out = append(out, string(b))
	}
	return out
}
