package quote

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"qari/reader"
)

// check fails when a result breaks the documented invariants.
func check(t *testing.T, doc *reader.Document, qs []Quote) {
	t.Helper()
	prev := -1
	for i, q := range qs {
		if !(0 <= q.Open && q.Open <= q.Start && q.Start <= q.End && q.End <= q.Close && q.Close <= len(doc.Text)) {
			t.Fatalf("quote %d: bad range %+v (text %d bytes)", i, q, len(doc.Text))
		}
		if q.Open < prev {
			t.Fatalf("quote %d: out of order", i)
		}
		prev = q.Open
		if q.Parent >= i || q.Parent < -1 {
			t.Fatalf("quote %d: parent %d", i, q.Parent)
		}
		if q.Parent >= 0 && (qs[q.Parent].Open > q.Open || qs[q.Parent].Close < q.Close) {
			t.Fatalf("quote %d is not inside its parent", i)
		}
		if len(doc.Sections) > 0 && (q.Section < 0 || q.Section >= len(doc.Sections)) {
			t.Fatalf("quote %d: section %d", i, q.Section)
		}
	}
}

// FuzzFind runs Find over arbitrary text loaded as each format, and over
// the text with arbitrary blocks and spans, to check that it never panics
// and that its ranges are sound.
func FuzzFind(f *testing.F) {
	for _, name := range []string{"seed-aleppo.txt", "en-sample-harbor.txt", "en-sample-garden.md", "en-sample-museum.html", "ar-sample-school.md"} {
		data, err := os.ReadFile("../../samples/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, uint8(0))
	}
	f.Add([]byte(`"a 'b “c ‘d «e ‹f „g ‚h 「i 『j`), uint8(3))
	f.Add([]byte("» « ” “ ’ ‘ ' \" 」 』\n«\n«x\n> — \n"), uint8(7))
	f.Fuzz(func(t *testing.T, data []byte, kinds uint8) {
		for _, name := range []string{"f.txt", "f.md", "f.html"} {
			doc, err := reader.Parse(name, data)
			if err != nil {
				continue
			}
			check(t, doc, Find(doc))
		}
		// The same text with blocks of every kind cut at arbitrary places
		// (on UTF-8 or not) and spans over them.
		text := string(data)
		doc := &reader.Document{Text: text}
		k := kinds
		for off := 0; off < len(text); {
			end := min(len(text), off+1+int(k)%17)
			doc.Blocks = append(doc.Blocks, reader.Block{Kind: reader.BlockKind(k % 8), Start: off, End: end})
			doc.Spans = append(doc.Spans, reader.Span{Kind: reader.SpanKind(k % 5), Start: off, End: min(len(text), off+int(k)%5)})
			off = end + int(k)%3
			k = k*31 + 7
		}
		doc.Sections = []reader.Section{{Start: 0, End: len(text)}}
		check(t, doc, Find(doc))
	})
}

// FuzzFields checks fields against strings.FieldsSeq, which it is a
// faster copy of for Arabic and ASCII text.
func FuzzFields(f *testing.F) {
	for _, s := range []string{"", " ", "قال الوزير  «نعم»\u00a0ok", "a\u2003b\tc\n", "\xd8 \xd9", "\u0085x\u3000y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := slices.Collect(strings.FieldsSeq(s))
		if got := slices.Collect(fields(s)); !slices.Equal(got, want) {
			t.Errorf("fields(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzFold checks fold, which works on bytes, against its definition on
// characters: harakat, tatweel and the dagger alef dropped, آ أ إ ٱ
// written ا.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"", "أكَّد", "آمال إلى ٱلله", "قـــال", "\xd8\xd9\x8b", "abc ﻻ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		var want []rune
		for _, r := range s {
			switch {
			case r >= 0x064B && r <= 0x0652, r == 0x0640, r == 0x0670:
			case r == 'آ', r == 'أ', r == 'إ', r == 'ٱ':
				want = append(want, 'ا')
			default:
				want = append(want, r)
			}
		}
		if got := string(fold(nil, s)); got != string(want) {
			t.Errorf("fold(%q) = %q, want %q", s, got, string(want))
		}
	})
}

// FuzzCharSet checks charSet.in, which reads bytes, against
// strings.ContainsAny.
func FuzzCharSet(f *testing.F) {
	for _, s := range []string{"", "قال، نعم", "why?", "\xd8\x8c", "\xd8\xd8\x9f", "a;b", "«نعم»", "\xe2\xc2\xab"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, chars := range []string{".,،:;!?؟", "!?؟", "«»\"", "،,.:;«»\""} {
			if got, want := newCharSet(chars).in(s), strings.ContainsAny(s, chars); got != want {
				t.Errorf("in(%q) of %q = %v, want %v", s, chars, got, want)
			}
		}
	})
}

// FuzzTrims checks that oneLetter, trimConjunctions and isArabic, which
// read bytes, say what the calls of the strings and utf8 packages they
// replace say.
func FuzzTrims(f *testing.F) {
	for _, s := range []string{"", "ب", "بـ", "بـــ", "لـ", "ـ", "ab", "a", "\xd9", "\xd9\x80\x80", "وفقال", "فوو", "و", "\xd9\x88\xd9", "\xd8\x80", "\xdb\xbf", "\xdc\x80", "\xd7\xbf", "\xd8", "Zed", "zed", "Émile", "ذ", "\x00", "عمره ٤٥", "۱۲", "x9", "\xd9\xa0", "١\xd9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := oneLetter(s), utf8.RuneCountInString(strings.TrimRight(s, "ـ")) == 1; got != want {
			t.Errorf("oneLetter(%q) = %v, want %v", s, got, want)
		}
		r, _ := utf8.DecodeRuneInString(s)
		if isArabic(s) != isArabicRune(r) {
			t.Errorf("isArabic(%q) = %v, want %v", s, isArabic(s), isArabicRune(r))
		}
		if want := strings.IndexFunc(s, unicode.IsDigit) >= 0; hasDigit(s) != want {
			t.Errorf("hasDigit(%q) = %v, want %v", s, hasDigit(s), want)
		}
		if want := strings.ContainsFunc(s, unicode.IsLower); hasLower(s) != want {
			t.Errorf("hasLower(%q) = %v, want %v", s, hasLower(s), want)
		}
		if upper(s) != unicode.IsUpper(r) {
			t.Errorf("upper(%q) = %v, want %v", s, upper(s), unicode.IsUpper(r))
		}
		if got, want := trimConjunctions(s), strings.TrimLeft(s, "وف"); got != want {
			t.Errorf("trimConjunctions(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestArabicBlock checks what upper, hasLower, hasDigit and tokenize take
// for granted: no character of the Arabic block has a case, its digits
// are ٠–٩ and ۰–۹, and arabicLetters says what wordRune and foldRune say.
func TestArabicBlock(t *testing.T) {
	for r := rune(0x0600); r <= 0x06FF; r++ {
		if unicode.IsUpper(r) || upper(string(r)) || unicode.IsLower(r) {
			t.Errorf("%U has a case", r)
		}
		if e := arabicLetters[(r-0x0600)&0x7F]; r < 0x0680 && (e&arabicLetter != 0 && !wordRune(r) || (e&arabicFolded != 0) != foldRune(r)) {
			t.Errorf("arabicLetters[%U] = %b; wordRune %v, foldRune %v", r, e, wordRune(r), foldRune(r))
		}
		if hasDigit(string(r)) != unicode.IsDigit(r) {
			t.Errorf("hasDigit(%U) = %v, want %v", r, hasDigit(string(r)), unicode.IsDigit(r))
		}
	}
}
