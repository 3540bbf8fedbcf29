package bidi

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// ucdDir holds Unicode's test files (Debian's unicode-data package).
const ucdDir = "/usr/share/unicode"

// openUCD opens a file of the Unicode Character Database, skipping the test
// when it is missing, unless CI is set.
func openUCD(t *testing.T, name string) *os.File {
	t.Helper()
	f, err := os.Open(filepath.Join(ucdDir, name))
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%v (install unicode-data)", err)
		}
		t.Skipf("%v (install unicode-data)", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// order returns the visual order of text's runes (rune indices) that
// Visual gives for the whole text as one line, leaving out the runes in
// skip. RTL runs are expanded rune by rune, as the test files expect.
func order(p *Paragraph, skip []bool) []int {
	text := p.Text()
	index := make([]int, len(text)+1) // byte offset -> rune index
	n := 0
	for i := range text {
		index[i] = n
		n++
	}
	index[len(text)] = n
	var out []int
	add := func(r int) {
		if r >= len(skip) || !skip[r] {
			out = append(out, r)
		}
	}
	for _, run := range p.Visual(0, len(text)) {
		a, b := index[run.Start], index[run.End]
		if run.RTL {
			for r := b - 1; r >= a; r-- {
				add(r)
			}
		} else {
			for r := a; r < b; r++ {
				add(r)
			}
		}
	}
	return out
}

// atoiList parses space-separated numbers.
func atoiList(t *testing.T, s string) []int {
	var out []int
	for _, f := range strings.Fields(s) {
		n, err := strconv.Atoi(f)
		if err != nil {
			t.Fatalf("bad number %q", f)
		}
		out = append(out, n)
	}
	return out
}

// report prints the score and fails under 99.9%.
func report(t *testing.T, name string, pass, total int, fails []string) {
	t.Logf("%s: %d/%d passed (%.3f%%)", name, pass, total, 100*float64(pass)/float64(total))
	if total == 0 || float64(pass) < 0.999*float64(total) {
		for _, f := range fails {
			t.Log(f)
		}
		t.Errorf("%s: under 99.9%%", name)
	}
}

func TestBidiCharacterTest(t *testing.T) {
	sc := bufio.NewScanner(openUCD(t, "BidiCharacterTest.txt"))
	sc.Buffer(nil, 1<<20)
	pass, total := 0, 0
	var fails []string
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, ";")
		if len(f) != 5 {
			t.Fatalf("bad line %q", line)
		}
		var b strings.Builder
		for _, cp := range strings.Fields(f[0]) {
			r, err := strconv.ParseUint(cp, 16, 32)
			if err != nil {
				t.Fatalf("bad line %q", line)
			}
			b.WriteRune(rune(r))
		}
		var d Direction
		switch f[1] {
		case "0":
			d = LTR
		case "1":
			d = RTL
		default:
			d = Auto
		}
		var skip []bool
		for _, l := range strings.Fields(f[3]) {
			skip = append(skip, l == "x")
		}
		p := Resolve(b.String(), d)
		got := order(p, skip)
		want := atoiList(t, f[4])
		total++
		if slices.Equal(got, want) && p.RTL() == (f[2] == "1") {
			pass++
		} else if len(fails) < 20 {
			fails = append(fails, line+" got "+intsString(got))
		}
	}
	report(t, "BidiCharacterTest", pass, total, fails)
}

// intsString formats numbers space-separated.
func intsString(a []int) string {
	s := make([]string, len(a))
	for i, n := range a {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, " ")
}

// classChars gives a character of each bidi class for BidiTest.txt.
var classChars = map[string]rune{
	"L": 'a', "R": 0x05D0, "AL": 0x0627, "EN": '0', "ES": '+', "ET": '$',
	"AN": 0x0660, "CS": ',', "NSM": 0x0300, "BN": 0x00AD, "B": 0x2029,
	"S": '\t', "WS": ' ', "ON": '!', "LRE": 0x202A, "RLE": 0x202B,
	"PDF": 0x202C, "LRO": 0x202D, "RLO": 0x202E, "LRI": 0x2066,
	"RLI": 0x2067, "FSI": 0x2068, "PDI": 0x2069,
}

func TestBidiTest(t *testing.T) {
	sc := bufio.NewScanner(openUCD(t, "BidiTest.txt"))
	pass, total := 0, 0
	var fails []string
	var skip []bool
	var want []int
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "" || line[0] == '#':
			continue
		case strings.HasPrefix(line, "@Levels:"):
			skip = skip[:0]
			for _, l := range strings.Fields(line[len("@Levels:"):]) {
				skip = append(skip, l == "x")
			}
			continue
		case strings.HasPrefix(line, "@Reorder:"):
			want = atoiList(t, line[len("@Reorder:"):])
			continue
		case line[0] == '@':
			continue
		}
		input, bits, ok := strings.Cut(line, ";")
		if !ok {
			t.Fatalf("bad line %q", line)
		}
		var b strings.Builder
		for _, c := range strings.Fields(input) {
			r, ok := classChars[c]
			if !ok {
				t.Fatalf("unknown class %q", c)
			}
			b.WriteRune(r)
		}
		set, err := strconv.ParseUint(strings.TrimSpace(bits), 16, 8)
		if err != nil {
			t.Fatalf("bad line %q", line)
		}
		for i, d := range []Direction{Auto, LTR, RTL} {
			if set&(1<<i) == 0 {
				continue
			}
			total++
			got := order(Resolve(b.String(), d), skip)
			if slices.Equal(got, want) {
				pass++
			} else if len(fails) < 20 {
				fails = append(fails, line+" dir "+strconv.Itoa(int(d))+" got "+intsString(got)+" want "+intsString(want))
			}
		}
	}
	report(t, "BidiTest", pass, total, fails)
}
