package ui

import (
	"slices"

	"qari/ui/layout"
)

// layer is something the pager lays over the text: search hits,
// quotations, highlights. Each answers for the screenful of text it is
// asked about only, so a frame costs the same whatever the document's
// size.
type layer interface {
	// overlays appends to dst the styled ranges that intersect the
	// byte range [lo, hi) of the document's text.
	overlays(lo, hi int, dst []layout.Overlay) []layout.Overlay
	// status is the layer's word in the status bar ("match 3/17"), or "".
	status() string
}

// overlays gathers the overlays of every layer of p for the text that
// lines shows, sorted by start as theme.Line wants them.
func (p *pager) overlays(lines []layout.Line) []layout.Overlay {
	if len(p.layers) == 0 {
		return nil
	}
	lo, hi := textRange(lines)
	if lo < 0 {
		return nil
	}
	var ov []layout.Overlay
	for _, ly := range p.layers {
		ov = ly.overlays(lo, hi, ov)
	}
	slices.SortStableFunc(ov, func(a, b layout.Overlay) int { return a.Start - b.Start })
	return ov
}

// textRange returns the byte range of the text that lines show; lo is -1
// when they show none.
func textRange(lines []layout.Line) (lo, hi int) {
	lo, hi = -1, -1
	for _, l := range lines {
		if l.Start < 0 || l.End < l.Start {
			continue
		}
		if lo < 0 || l.Start < lo {
			lo = l.Start
		}
		hi = max(hi, l.End)
	}
	return lo, hi
}
