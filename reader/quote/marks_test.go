package quote

import (
	"strings"
	"testing"
)

// TestMarkIn8 checks the eight-byte test of scanMarks against markByte:
// every byte at every place of eight.
func TestMarkIn8(t *testing.T) {
	for b := 0; b < 256; b++ {
		for at := 0; at < 8; at++ {
			s := []byte(strings.Repeat("a", 8))
			s[at] = byte(b)
			if got := markIn8(string(s), 0); got != markByte[b] {
				t.Errorf("byte %#x at %d: markIn8 %v, markByte %v", b, at, got, markByte[b])
			}
		}
	}
}
