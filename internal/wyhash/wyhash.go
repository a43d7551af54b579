// Package wyhash holds the constants and the multiply-and-fold mixer of
// wyhash, from which boilerplate's shingle hash and the recognisers' cue
// matcher (package recognize) build their word hashes.
package wyhash

import "math/bits"

// Seeds and multipliers of the hash. The constants are wyhash's: odd 64-bit
// numbers with balanced bits.
const (
	K0 = 0xa0761d6478bd642f
	K1 = 0xe7037ed1a0b428db
	K2 = 0x8ebc6af09c88c6e3
	K3 = 0x589965cc75374cc3
)

// Mix is the 64x64->128 multiply-and-fold mixer of wyhash. One MUL
// instruction gives full avalanche of both inputs into every output bit,
// which hash tables indexed by the low bits need.
func Mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}
