package reader

import (
	"strings"
	"testing"
)

func TestSanitize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"clean English", "Plain text, with\ttabs\nand lines.", "Plain text, with\ttabs\nand lines."},
		{"clean Arabic with marks", "قال: «مرحبًا»\u200f بكم", "قال: «مرحبًا»\u200f بكم"},
		{"colour CSI", "\x1b[31mred\x1b[0m text", "red text"},
		{"CSI with private params", "a\x1b[?1049hb\x1b[2Jc", "abc"},
		{"cursor move over Arabic", "السلام\x1b[10D\x1b[Kعليكم", "السلامعليكم"},
		{"OSC 52 clipboard, BEL", "x\x1b]52;c;cm0gLXJmIH4=\x07y", "xy"},
		{"OSC 8 link, ST", "\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\ here", "click here"},
		{"OSC unterminated on its line: payload stays as text", "a\x1b]0;pwned\nnext line", "a0;pwned\nnext line"},
		{"OSC interrupted by another escape", "a\x1b]0;x\x1b[31mred", "a0;xred"},
		{"DCS", "a\x1bP1$r0m\x1b\\b", "ab"},
		{"APC, PM, SOS", "a\x1b_Gf=100;AAAA\x1b\\b\x1b^pm\x1b\\c\x1bXsos\x1b\\d", "abcd"},
		{"charset designation", "a\x1b(Bb\x1b)0c", "abc"},
		{"keypad mode", "a\x1b=b\x1b>c", "abc"},
		{"reset leaves a letter", "a\x1bcb", "acb"},
		{"C1 CSI", "a\u009b31mb", "ab"},
		{"C1 OSC with C1 ST", "a\u009d52;c;AAAA\u009cb", "ab"},
		{"other C1", "a\u0085b\u008ec", "abc"},
		{"backspace overwrite keeps both", "secret\b\b\b\b\b\bpublic", "secretpublic"},
		{"CR overwrite shows both lines", "Price: 100\rPrice: 999", "Price: 100\nPrice: 999"},
		{"CRLF", "one\r\ntwo\r\n", "one\ntwo\n"},
		{"bidi override", "abc\u202eفدخ\u202c def", "abcفدخ def"},
		{"bidi isolates", "\u2067مرحبا\u2069 hi \u2066x\u2069", "مرحبا hi x"},
		{"line separators", "a\u2028b\u2029c", "a\nb\nc"},
		{"NUL, BEL, DEL, VT, FF", "a\x00b\x07c\x7fd\x0be\x0cf", "abcdef"},
		{"lone ESC at end", "text\x1b", "text"},
		{"non-breaking space stays", "a\u00a0b", "a\u00a0b"},
		{"dashes and quotes stay", "a — “b” ‘c’ …", "a — “b” ‘c’ …"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sanitize(tt.in); got != tt.want {
				t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestSanitizeEveryControl feeds every C0 and C1 control and bidi control
// between words and checks that nothing a terminal acts on is left and
// that the text survives (but for the final byte a lone CSI takes, as a
// terminal would).
func TestSanitizeEveryControl(t *testing.T) {
	var controls []rune
	for r := rune(0); r < 0x20; r++ {
		controls = append(controls, r)
	}
	for r := rune(0x7f); r <= 0x9f; r++ {
		controls = append(controls, r)
	}
	controls = append(controls, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069)
	for _, r := range controls {
		got := Sanitize("كلمة" + string(r) + "Xword\nالسطر التالي")
		if !strings.HasPrefix(got, "كلمة") || !strings.HasSuffix(got, "word\nالسطر التالي") {
			t.Errorf("U+%04X: text lost: %q", r, got)
		}
		for _, c := range got {
			if c != '\t' && c != '\n' && isUnsafeRune(c) {
				t.Errorf("U+%04X: %q still holds U+%04X", r, got, c)
			}
		}
	}
}

func TestSanitizeReturnsCleanStringAsIs(t *testing.T) {
	s := strings.Repeat("نص عربي and English.\n", 100)
	if got := Sanitize(s); got != s {
		t.Fatal("clean text changed")
	}
	if allocs := testing.AllocsPerRun(10, func() { Sanitize(s) }); allocs != 0 {
		t.Errorf("clean text allocated %v times", allocs)
	}
}
