package e2e

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// style is the look of one cell as tmux reports it with capture-pane -e.
type style struct {
	fg, bg, ul                                       string
	bold, dim, italic, under, blink, reverse, strike bool
}

// cell is one screen cell: a base character with its combining marks.
type cell struct {
	text  string
	style style
}

// parseCells reads one line of `capture-pane -e` output (text with SGR
// sequences) into cells.
func parseCells(line string) []cell {
	var cells []cell
	var cur style
	for i := 0; i < len(line); {
		if line[i] == 0x1b && i+1 < len(line) && line[i+1] == '[' {
			j := i + 2
			for j < len(line) && (line[j] < 0x40 || line[j] > 0x7e) {
				j++
			}
			if j < len(line) && line[j] == 'm' {
				cur = applySGR(cur, line[i+2:j])
			}
			i = j + 1
			continue
		}
		r, n := utf8.DecodeRuneInString(line[i:])
		if len(cells) > 0 && unicode.In(r, unicode.Mn, unicode.Me) {
			cells[len(cells)-1].text += string(r)
		} else {
			cells = append(cells, cell{text: string(r), style: cur})
		}
		i += n
	}
	return cells
}

// applySGR applies the parameters of one SGR sequence to s.
func applySGR(s style, params string) style {
	if params == "" {
		return style{}
	}
	ps := strings.FieldsFunc(params, func(r rune) bool { return r == ';' || r == ':' })
	for k := 0; k < len(ps); k++ {
		n, _ := strconv.Atoi(ps[k])
		colour := func() string { // 38;5;n or 38;2;r;g;b
			if k+1 < len(ps) && ps[k+1] == "5" && k+2 < len(ps) {
				c := "5;" + ps[k+2]
				k += 2
				return c
			}
			if k+1 < len(ps) && ps[k+1] == "2" && k+4 < len(ps) {
				c := "2;" + strings.Join(ps[k+2:k+5], ";")
				k += 4
				return c
			}
			return ""
		}
		switch {
		case n == 0:
			s = style{}
		case n == 1:
			s.bold = true
		case n == 2:
			s.dim = true
		case n == 3:
			s.italic = true
		case n == 4:
			s.under = true
		case n == 5:
			s.blink = true
		case n == 7:
			s.reverse = true
		case n == 9:
			s.strike = true
		case n == 22:
			s.bold, s.dim = false, false
		case n == 23:
			s.italic = false
		case n == 24:
			s.under = false
		case n == 25:
			s.blink = false
		case n == 27:
			s.reverse = false
		case n == 29:
			s.strike = false
		case n >= 30 && n <= 37, n >= 90 && n <= 97:
			s.fg = ps[k]
		case n == 38:
			s.fg = colour()
		case n == 39:
			s.fg = ""
		case n >= 40 && n <= 47, n >= 100 && n <= 107:
			s.bg = ps[k]
		case n == 48:
			s.bg = colour()
		case n == 49:
			s.bg = ""
		case n == 58:
			s.ul = colour()
		case n == 59:
			s.ul = ""
		}
	}
	return s
}

// findCells locates phrase among cells, in logical or visual order, and
// returns the index of its first cell and its length in cells, or -1.
// Shaped presentation forms are folded; phrases with lam-alef are not
// supported (the ligature takes one cell for two letters).
func findCells(cells []cell, phrase string) (int, int) {
	var target []string
	for _, c := range parseCells(normLogical(phrase)) {
		target = append(target, c.text)
	}
	rev := make([]string, len(target))
	for i, t := range target {
		rev[len(target)-1-i] = t
	}
	norm := make([]string, len(cells))
	for i, c := range cells {
		norm[i] = normLogical(c.text)
	}
	for _, want := range [][]string{target, rev} {
		for i := 0; i+len(want) <= len(norm); i++ {
			ok := true
			for j := range want {
				if norm[i+j] != want[j] {
					ok = false
					break
				}
			}
			if ok {
				return i, len(want)
			}
		}
	}
	return -1, 0
}
