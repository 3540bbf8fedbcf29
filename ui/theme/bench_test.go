package theme

import (
	"testing"

	"qari/samples"
	"qari/ui/layout"
)

// BenchmarkThemeLine draws a full line of the seed at 100 columns in the
// dark style with a search hit and a quotation over it.
func BenchmarkThemeLine(b *testing.B) {
	doc := sample(b, samples.Seed)
	l := layout.Block(doc, 0, layout.Options{Width: 100, Bidi: layout.BidiApp, Shape: true})[0]
	ov := []layout.Overlay{{Start: l.Start + 20, End: l.Start + 60, Style: layout.StyleQuote}, {Start: l.Start + 30, End: l.Start + 40, Style: layout.StyleMatch}}
	for _, name := range []string{"dark", "notty"} {
		th, _ := Load(name, true)
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				th.Line(l, ov, 100)
			}
		})
	}
}
