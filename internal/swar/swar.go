// Package swar reads text eight bytes at a time in a 64-bit register
// ("SIMD within a register"): the word scanners of boilerplate and lang
// use it to step over runs of ASCII letters without a branch a byte.
package swar

import "math/bits"

// Load returns the first 8 bytes of s, little endian: s[0] in the low
// byte. s must hold at least 8 bytes.
func Load(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Letters returns how many ASCII letters the 8 bytes of x (little endian)
// open with: 0 to 8.
func Letters(x uint64) uint {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	y := x | 0x20*ones
	// The high bit of each byte that is a letter; carries from bytes with
	// the high bit set only reach the bytes above them, past the first
	// non-letter.
	letters := (y + (0x80-'a')*ones) &^ (y + (0x80-'z'-1)*ones) &^ x & highs
	return uint(bits.TrailingZeros64(^letters&highs)) / 8
}

// Equal returns the high bit of each byte of x that equals c, and no other
// bit: exact in every byte, with no carry from one byte to the next.
func Equal(x uint64, c byte) uint64 {
	const lows, highs = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	y := x ^ uint64(c)*0x0101010101010101 // zero where x has c
	// (y&lows)+lows sets the high bit of every byte whose low 7 bits are
	// not all zero, without carrying past it; or-ing y adds the bytes
	// whose high bit is set. What is left clear is a zero byte.
	return ^((y&lows + lows) | y) & highs
}
