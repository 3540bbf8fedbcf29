package search

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// marked splits a text with ⟦ ⟧ around the expected matches into the text
// and the matches' ranges.
func marked(s string) (string, [][2]int) {
	var b strings.Builder
	var ms [][2]int
	for _, part := range strings.SplitAfter(s, "⟧") {
		pre, m, ok := strings.Cut(part, "⟦")
		b.WriteString(pre)
		if !ok {
			continue
		}
		m = strings.TrimSuffix(m, "⟧")
		ms = append(ms, [2]int{b.Len(), b.Len() + len(m)})
		b.WriteString(m)
	}
	return b.String(), ms
}

// withChunkSize runs f with chunkSize set to each of a few sizes, tiny
// ones included so that matches fall across chunk borders.
func withChunkSize(t *testing.T, f func(t *testing.T)) {
	saved := chunkSize
	defer func() { chunkSize = saved }()
	for _, n := range []int{saved, 1, 2, 3, 7, 64} {
		chunkSize = n
		t.Run(fmt.Sprint("chunk", n), f)
	}
}

var matchTests = []struct {
	q    Query
	text string // matches marked with ⟦ ⟧
}{
	// Arabic folding; harakat inside a match and after its last letter are part of it.
	{Query{Pattern: "هجوما"}, "شنت القوات ⟦هجومًا⟧ واسعا"},
	{Query{Pattern: "هجومًا"}, "شنت القوات ⟦هجوما⟧ واسعا"},
	{Query{Pattern: "ايضا"}, "اقرأ ⟦أيضاً⟧: خبر"},
	{Query{Pattern: "ايضا"}, "اقرأ ⟦أيضًا⟧: خبر"},
	{Query{Pattern: "الأساسي"}, "الهدف ⟦الاساسي⟧ هو"},
	{Query{Pattern: "النحاسين"}, "سوق ⟦النحّاسين⟧ و⟦النحاسين⟧"},
	{Query{Pattern: "تعليم"}, "⟦تَعْلِيم⟧ الأطفال ويتعلمون"},
	{Query{Pattern: "ساحه"}, "في ⟦ساحة⟧ السوق وبالم⟦ساحة⟧ الكبرى"},
	{Query{Pattern: "الي جانب"}, "⟦إلى جانب⟧ ذلك"},
	{Query{Pattern: "بناوه"}, "أعيد ⟦بناؤه⟧ مرتين"},
	{Query{Pattern: "عطشي"}, "الأرض ⟦عطشى⟧"},
	{Query{Pattern: "سلام"}, "⟦سـلام⟧ و⟦سلام⟧"},
	{Query{Pattern: "رحمن"}, "ال⟦رحمٰن⟧"},
	{Query{Pattern: "لام"}, "سَ⟦لام⟧"}, // the fatha before the match belongs to the س
	{Query{Pattern: "مطر"}, "⟦مطر⟧ و الأمطار وت⟦مطر⟧"},
	{Query{Pattern: "الامطار"}, "⟦الأمطار⟧ أمطار"},
	{Query{Pattern: "جدا"}, "كثير ⟦جدًّا⟧."},
	// Case: smart, forced, non-ASCII, orbits.
	{Query{Pattern: "quay"}, "⟦Quay⟧ Street and the ⟦quay⟧ and ⟦QUAY⟧"},
	{Query{Pattern: "Quay"}, "⟦Quay⟧ Street and the quay"},
	{Query{Pattern: "quay", CaseSensitive: true}, "Quay Street and the ⟦quay⟧"},
	{Query{Pattern: "café"}, "⟦CAFÉ⟧ and ⟦café⟧"},
	{Query{Pattern: "CAFÉ"}, "⟦CAFÉ⟧ and café"},
	{Query{Pattern: "kelvin"}, "⟦Kelvin⟧ ⟦Kelvin⟧"},
	{Query{Pattern: "yard"}, "the boat⟦yard⟧, ⟦yard⟧s and the ⟦yard⟧’s"},
	{Query{Pattern: "$41,500"}, "for ⟦$41,500⟧."},
	{Query{Pattern: "rock 'n' roll"}, "⟦rock 'n' roll⟧ and rock ’n’ roll"},
	// Mixed scripts.
	{Query{Pattern: "klara bergmann"}, "قالت ⟦Klara Bergmann⟧ إن"},
	{Query{Pattern: "مرحبا بكم"}, "He said ⟦مرحبًا بكم⟧ twice."},
	{Query{Pattern: "עברית"}, "Hebrew: ⟦עברית⟧."},
	// Non-overlapping, left to right.
	{Query{Pattern: "aa"}, "⟦aa⟧⟦aa⟧a"},
	{Query{Pattern: "ana"}, "b⟦ana⟧na"},
	{Query{Pattern: "لل"}, "⟦لل⟧ل ⟦لّل⟧"},
	// Digits: folded only on request.
	{Query{Pattern: "123"}, "⟦123⟧ ١٢٣ ۱۲۳ 0⟦123⟧"},
	{Query{Pattern: "١٢٣"}, "123 ⟦١٢٣⟧"},
	{Query{Pattern: "123", FoldDigits: true}, "⟦123⟧ ⟦١٢٣⟧ ⟦۱۲۳⟧"},
	{Query{Pattern: "١٢٣", FoldDigits: true}, "⟦123⟧ ⟦١٢٣⟧"},
	// U+FFFD also stands for an invalid byte.
	{Query{Pattern: "\uFFFD"}, "a⟦\uFFFD⟧b⟦\xff⟧c"},
	{Query{Pattern: "a\uFFFDb"}, "⟦a\uFFFDb⟧ ⟦a\xffb⟧"},
	// Regular expressions: folded text, line by line.
	{Query{Pattern: `هجوما?`, Regex: true}, "⟦هجومًا⟧ ⟦هجوم⟧"},
	{Query{Pattern: `ال\pL*سي`, Regex: true}, "الهدف ⟦الأساسي⟧ ⟦الاساسي⟧"},
	{Query{Pattern: `^كيري`, Regex: true}, "⟦كيري⟧ قال\nوقال كيري\n⟦كيري⟧"},
	{Query{Pattern: `[أ]مطار`, Regex: true}, "⟦أمطار⟧ ⟦امطار⟧"},
	{Query{Pattern: `quay\b`, Regex: true}, "⟦Quay⟧ ⟦quay⟧ quays"},
	{Query{Pattern: `Quay`, Regex: true}, "⟦Quay⟧ quay"},
	{Query{Pattern: `\S+ay`, Regex: true}, "⟦QUAY⟧ ⟦day⟧"},
	{Query{Pattern: `quay`, Regex: true, CaseSensitive: true}, "Quay ⟦quay⟧"},
	{Query{Pattern: `x*`, Regex: true}, "ab⟦x⟧"},
	{Query{Pattern: `\d+`, Regex: true}, "⟦12⟧ ١٢"},
	{Query{Pattern: `\d+`, Regex: true, FoldDigits: true}, "⟦12⟧ ⟦١٢⟧"},
	{Query{Pattern: `a.b`, Regex: true}, "a\nb ⟦a-b⟧"},
}

// overlapping lists the patterns of matchTests whose matches overlap each
// other, where Prev steps back through other matches than All's.
var overlapping = map[string]bool{"aa": true, "ana": true, "لل": true}

func TestMatch(t *testing.T) {
	withChunkSize(t, func(t *testing.T) {
		ctx := context.Background()
		for _, tt := range matchTests {
			text, want := marked(tt.text)
			m, err := Compile(tt.q)
			if err != nil {
				t.Fatalf("Compile(%+v): %v", tt.q, err)
			}
			var got [][2]int
			if err := m.All(ctx, text, func(s, e int) bool {
				got = append(got, [2]int{s, e})
				return true
			}); err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%+v in %q: All gives %v, want %v", tt.q, text, got, want)
			}
			if n, err := m.Count(ctx, text); n != len(want) || err != nil {
				t.Errorf("%+v in %q: Count = %d, %v, want %d", tt.q, text, n, err, len(want))
			}
			var next [][2]int
			for s, e, ok := m.Next(ctx, text, 0); ok; s, e, ok = m.Next(ctx, text, e) {
				next = append(next, [2]int{s, e})
			}
			if fmt.Sprint(next) != fmt.Sprint(want) {
				t.Errorf("%+v in %q: Next gives %v, want %v", tt.q, text, next, want)
			}
			var prev [][2]int
			for s, e, ok := m.Prev(ctx, text, len(text)); ok; s, e, ok = m.Prev(ctx, text, s) {
				prev = append([][2]int{{s, e}}, prev...)
			}
			if fmt.Sprint(prev) != fmt.Sprint(want) && !overlapping[tt.q.Pattern] {
				t.Errorf("%+v in %q: Prev gives %v, want %v", tt.q, text, prev, want)
			}
		}
	})
}

func TestNextPrev(t *testing.T) {
	ctx := context.Background()
	m, _ := Compile(Query{Pattern: "aa"})
	text := "xaaa aa"
	tests := []struct {
		name       string
		got        func() (int, int, bool)
		start, end int
		ok         bool
	}{
		{"Next from 0", func() (int, int, bool) { return m.Next(ctx, text, 0) }, 1, 3, true},
		{"Next from inside", func() (int, int, bool) { return m.Next(ctx, text, 2) }, 2, 4, true},
		{"Next from last", func() (int, int, bool) { return m.Next(ctx, text, 5) }, 5, 7, true},
		{"Next past it", func() (int, int, bool) { return m.Next(ctx, text, 6) }, 0, 0, false},
		{"Next past the end", func() (int, int, bool) { return m.Next(ctx, text, 99) }, 0, 0, false},
		{"Next from before 0", func() (int, int, bool) { return m.Next(ctx, text, -5) }, 1, 3, true},
		{"Prev from end", func() (int, int, bool) { return m.Prev(ctx, text, len(text)) }, 5, 7, true},
		{"Prev from 4", func() (int, int, bool) { return m.Prev(ctx, text, 4) }, 2, 4, true},
		{"Prev from 3", func() (int, int, bool) { return m.Prev(ctx, text, 3) }, 1, 3, true},
		{"Prev from 2", func() (int, int, bool) { return m.Prev(ctx, text, 2) }, 0, 0, false},
		{"Prev past the end", func() (int, int, bool) { return m.Prev(ctx, text, 99) }, 5, 7, true},
	}
	for _, tt := range tests {
		s, e, ok := tt.got()
		if s != tt.start || e != tt.end || ok != tt.ok {
			t.Errorf("%s: got %d, %d, %v, want %d, %d, %v", tt.name, s, e, ok, tt.start, tt.end, tt.ok)
		}
	}
}

func TestCompileErrors(t *testing.T) {
	for _, q := range []Query{{Pattern: ""}, {Pattern: "\u064B\u0651"}, {Pattern: "ـ"}} {
		if _, err := Compile(q); !errors.Is(err, ErrEmpty) {
			t.Errorf("Compile(%+v): %v, want ErrEmpty", q, err)
		}
	}
	for _, p := range []string{"(", "a**", `\8`, "[z-a]"} {
		_, err := Compile(Query{Pattern: p, Regex: true})
		if err == nil || !strings.HasPrefix(err.Error(), "search: bad regular expression: ") || strings.Contains(err.Error(), "\n") {
			t.Errorf("Compile(regex %q): %v", p, err)
		}
	}
}

func TestCancel(t *testing.T) {
	saved := chunkSize
	defer func() { chunkSize = saved }()
	chunkSize = 4
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	m, _ := Compile(Query{Pattern: "a"})
	text := strings.Repeat("a", 100)
	if _, err := m.Count(ctx, text); !errors.Is(err, context.Canceled) {
		t.Errorf("Count: %v", err)
	}
	if err := m.All(ctx, text, func(int, int) bool { return true }); !errors.Is(err, context.Canceled) {
		t.Errorf("All: %v", err)
	}
	if _, _, ok := m.Next(ctx, text, 0); ok {
		t.Error("Next after cancel found a match")
	}
	if _, _, ok := m.Prev(ctx, text, 100); ok {
		t.Error("Prev after cancel found a match")
	}
	n := 0
	if err := m.All(context.Background(), text, func(int, int) bool { n++; return n < 3 }); err != nil || n != 3 {
		t.Errorf("All stopping at 3: %d, %v", n, err)
	}
}

func TestRequired(t *testing.T) {
	tests := []struct {
		pattern string
		want    []string // nil: no list
	}{
		{`لافروف|كيري`, []string{"لافروف", "كيري"}},
		{`هجوما?`, []string{"هجوم"}},
		{`(ال)?زعفران`, []string{"زعفران"}},
		{`أمطار`, []string{"امطار"}},
		{`(مطر)+\s+x{2,}`, []string{"مطر"}},
		{`a|b*`, nil},
		{`\pL+`, nil},
		{`quay`, nil}, // case-insensitive
		{`Quay`, []string{"Quay"}},
	}
	for _, tt := range tests {
		m, err := Compile(Query{Pattern: tt.pattern, Regex: true})
		if err != nil {
			t.Fatal(err)
		}
		if got := m.eng.(*regex).need; fmt.Sprint(got) != fmt.Sprint(tt.want) || (got == nil) != (tt.want == nil) {
			t.Errorf("required(%q) = %q, want %q", tt.pattern, got, tt.want)
		}
	}
}
