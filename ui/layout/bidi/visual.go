package bidi

// Run is a range of the paragraph's text drawn in one direction. An RTL run
// is drawn grapheme cluster by cluster from End back to Start, so that
// combining marks stay after their base character.
type Run struct {
	Start, End int // byte offsets into the paragraph's text
	RTL        bool
}

// levelRun is a maximal range of a line at one level.
type levelRun struct {
	start, end int
	level      Level
}

// Visual applies rules L1 and L2 to the line text[start:end] of the
// paragraph (byte offsets) and returns its runs in visual order, left to
// right. The runs cover exactly [start, end), each byte once; offsets out of
// range are clamped. Runs only point into the text, so reordering adds no
// bidi control characters. A combining mark takes the class, hence the
// level, of the character before it (rule W1), so in text without bidi
// controls runs do not split grapheme clusters (a mark after a tab aside).
func (p *Paragraph) Visual(start, end int) []Run {
	if p == nil {
		return nil
	}
	start, end = max(0, start), min(end, len(p.text))
	if start >= end {
		return nil
	}
	runs := p.lineRuns(start, end)
	reorder(runs)
	return merge(runs)
}

// lineRuns splits the line into level runs after rule L1: segment and
// paragraph separators, and whitespace and isolate formatting characters
// before them or at the end of the line, go back to the paragraph level.
func (p *Paragraph) lineRuns(start, end int) []levelRun {
	var runs []levelRun
	trail := -1 // start of the current whitespace sequence, or -1
	for i := start; i < end; {
		_, c, _, n := classOf(p.text[i:end])
		lvl := p.levels[i]
		switch {
		case c&(bdS|bdB) != 0:
			if trail >= 0 {
				runs = resetFrom(runs, trail, p.base)
			}
			trail, lvl = -1, p.base
		case isWhitespace(c):
			if trail < 0 {
				trail = i
			}
		default:
			trail = -1
		}
		if k := len(runs) - 1; k >= 0 && runs[k].level == lvl {
			runs[k].end = i + n
		} else {
			runs = append(runs, levelRun{i, i + n, lvl})
		}
		i += n
	}
	if trail >= 0 {
		runs = resetFrom(runs, trail, p.base)
	}
	return runs
}

// resetFrom sets the level of everything from byte off to the end of runs
// to base, merging it into one run.
func resetFrom(runs []levelRun, off int, base Level) []levelRun {
	end := runs[len(runs)-1].end
	k := len(runs)
	for k > 0 && runs[k-1].start >= off {
		k--
	}
	if k > 0 && runs[k-1].end > off {
		runs[k-1].end = off
	}
	runs = runs[:k]
	if k > 0 && runs[k-1].level == base {
		runs[k-1].end = end
		return runs
	}
	return append(runs, levelRun{off, end, base})
}

// reorder applies rule L2: from the highest level down to the lowest odd
// level, every maximal sequence of runs at that level or higher is reversed.
func reorder(runs []levelRun) {
	var hi, lowOdd Level = 0, 255
	for _, r := range runs {
		hi = max(hi, r.level)
		if r.level%2 == 1 {
			lowOdd = min(lowOdd, r.level)
		}
	}
	for lvl := hi; lvl >= lowOdd && lvl > 0; lvl-- {
		for i := 0; i < len(runs); {
			if runs[i].level < lvl {
				i++
				continue
			}
			j := i + 1
			for j < len(runs) && runs[j].level >= lvl {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				runs[a], runs[b] = runs[b], runs[a]
			}
			i = j
		}
	}
}

// merge turns level runs in visual order into Runs, joining neighbours
// that continue each other in the same direction.
func merge(runs []levelRun) []Run {
	out := make([]Run, 0, len(runs))
	for _, r := range runs {
		rtl := r.level%2 == 1
		if k := len(out) - 1; k >= 0 && out[k].RTL == rtl {
			if !rtl && out[k].End == r.start {
				out[k].End = r.end
				continue
			}
			if rtl && out[k].Start == r.end {
				out[k].Start = r.start
				continue
			}
		}
		out = append(out, Run{r.start, r.end, rtl})
	}
	return out
}
