package reader

import (
	"bytes"
	"errors"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/unicode"
)

// Errors of loading that a user can act on; Load and Parse wrap them with
// the file's name.
var (
	// ErrEmpty is returned for a file with no visible text.
	ErrEmpty = errors.New("the file is empty")
	// ErrBinary is returned for a file that is not text (an image, an
	// archive, a program).
	ErrBinary = errors.New("not a text file")
	// ErrNoArticles is returned for a folder holding no article.
	ErrNoArticles = errors.New("no articles here (.txt, .md or .html)")
)

// sniffLen is how much of a file's start decides whether it is binary.
const sniffLen = 8 << 10

// decode turns a file's bytes into valid UTF-8: a UTF-8 byte order mark is
// dropped, UTF-16 with a byte order mark is converted, and invalid bytes
// become U+FFFD. A file whose start holds NUL bytes or is mostly control
// characters is binary. unmarked reports bytes that are not UTF-8 and carry
// no byte order mark: an HTML page may then be in a legacy encoding (see
// legacyHTML).
//
// When owned is true the caller hands data over and never touches it
// again, and valid UTF-8 is returned without a copy: a 200 MB article
// then takes 200 MB, not 400, and loads without copying it.
func decode(data []byte, owned bool) (text string, unmarked bool, err error) {
	bom := true
	switch {
	case bytes.HasPrefix(data, utf8BOM):
		data = data[len(utf8BOM):]
	case hasUTF16BOM(data):
		// The BOM picks the byte order; odd trailing bytes and unpaired
		// surrogates become U+FFFD.
		u, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", false, ErrBinary
		}
		data = u
	default:
		bom = false
	}
	if isBinary(data[:min(len(data), sniffLen)]) {
		return "", false, ErrBinary
	}
	switch {
	case !validUTF8(data):
	case owned && len(data) > 0:
		return unsafe.String(&data[0], len(data)), false, nil
	default:
		return string(data), false, nil
	}
	return string(bytes.ToValidUTF8(data, []byte("\uFFFD"))), !bom, nil
}

// utf8BOM is the UTF-8 byte order mark.
var utf8BOM = []byte{0xef, 0xbb, 0xbf}

// hasUTF16BOM reports whether data starts with a UTF-16 byte order mark,
// of either byte order.
func hasUTF16BOM(data []byte) bool {
	return bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff})
}

// isBinary reports whether the start of a file reads as binary: it holds a
// NUL byte, or more than one byte in ten is a control character other than
// the whitespace and ESC that text files (even coloured ones) hold.
func isBinary(head []byte) bool {
	controls := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b:
			controls++
		}
	}
	return controls*10 > len(head)
}

// legacyHTML decodes an HTML page that decode found unmarked (not UTF-8,
// no byte order mark) in the legacy encoding its <meta charset> declares,
// windows-1256 for an old Arabic site say, or in windows-1252 when it
// declares none, as browsers do. It reports false when the page declares
// UTF-8 after all.
func legacyHTML(data []byte) (string, bool) {
	enc, name, _ := charset.DetermineEncoding(data, "")
	if name == "utf-8" {
		return "", false
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", false
	}
	return string(bytes.ToValidUTF8(out, []byte("\uFFFD"))), true
}

// passPiece is how much of a whole text a pass reads between two reports
// to Passed.
const passPiece = 1 << 20

// validUTF8 is utf8.Valid(data), read a piece at a time (see Passed).
func validUTF8(data []byte) bool {
	for len(data) > passPiece {
		cut := passPiece
		for cut > passPiece-utf8.UTFMax && !utf8.RuneStart(data[cut]) {
			cut-- // a piece ends at a rune's start
		}
		if !utf8.Valid(data[:cut]) {
			return false
		}
		Passed(cut)
		data = data[cut:]
	}
	return utf8.Valid(data)
}
