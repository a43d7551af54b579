package charset

import "bytes"

// magics are the leading bytes of the binary formats a crawler most often
// receives instead of a page.
var magics = [...][]byte{
	[]byte("\x89PNG\r\n\x1a\n"),
	[]byte("\xff\xd8\xff"),     // JPEG
	[]byte("GIF87a"),           // GIF
	[]byte("GIF89a"),           // GIF
	[]byte("%PDF-"),            // PDF
	[]byte("PK\x03\x04"),       // zip, docx, epub, jar
	[]byte("PK\x05\x06"),       // empty zip
	[]byte("\x1f\x8b"),         // gzip
	[]byte("\x28\xb5\x2f\xfd"), // zstd
	[]byte("BZh"),              // bzip2 (checked further below)
	[]byte("\xfd7zXZ\x00"),     // xz
	[]byte("7z\xbc\xaf\x27\x1c"),
	[]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), // OLE: doc, xls
	[]byte("\x7fELF"),
	[]byte("\x00asm"), // WebAssembly
	[]byte("wOFF"),    // WOFF font
	[]byte("wOF2"),
	[]byte("OggS"),
	[]byte("fLaC"),
	[]byte("ID3"), // MP3
	[]byte("II*\x00"),
	[]byte("MM\x00*"), // TIFF
}

// binarySample is how many leading bytes IsBinary inspects.
const binarySample = 1024

// IsBinary reports whether raw looks like binary data rather than text in
// any encoding: it starts with the magic number of a common image, archive,
// document, font, audio or executable format, or its first kilobyte is
// dense with NUL and other control bytes. UTF-16 text, whose ASCII
// characters carry zero bytes, is text.
func IsBinary(raw []byte) bool {
	for _, m := range magics {
		if bytes.HasPrefix(raw, m) {
			if m[0] == 'B' && m[1] == 'Z' && m[2] == 'h' {
				return len(raw) > 4 && '1' <= raw[3] && raw[3] <= '9' && raw[4] == '1'
			}
			if m[0] == 'I' && m[1] == 'D' && m[2] == '3' {
				return len(raw) > 3 && raw[3] < 0x10 // ID3 version byte
			}
			return true
		}
	}
	if len(raw) >= 12 && string(raw[4:8]) == "ftyp" { // MP4, MOV, HEIC, AVIF
		return true
	}
	if len(raw) >= 12 && string(raw[:4]) == "RIFF" { // WebP, WAV, AVI
		switch string(raw[8:12]) {
		case "WEBP", "WAVE", "AVI ":
			return true
		}
	}
	if bytes.HasPrefix(raw, bomUTF16LE) || bytes.HasPrefix(raw, bomUTF16BE) {
		return false
	}
	if _, ok := sniffUTF16(raw); ok {
		return false
	}
	sample := raw
	if len(sample) > binarySample {
		sample = sample[:binarySample]
	}
	nul, ctrl := 0, 0
	for _, c := range sample {
		switch {
		case c == 0:
			nul++
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b:
			ctrl++
		}
	}
	// A stray NUL or two happens in real pages; binary formats have them
	// everywhere.
	return nul*100 > len(sample) || (nul+ctrl)*10 > len(sample)
}
