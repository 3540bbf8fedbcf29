package ui

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"qari/reader"
	"qari/ui/layout"
)

// seedOpening are the seed's first words, in logical order.
const seedOpening = "في حين يواصل"

// opensWith reports whether the first line of the screen ends with the
// seed's first words as they should reach the terminal: in visual order
// (visual true) or in logical order, flush right either way, shaped when
// m shapes.
func opensWith(m *model, visual bool) bool {
	shaped := m.cfg.Shape
	first, _, _ := strings.Cut(ansi.Strip(m.View().Content), "\n")
	want := seedOpening
	if visual {
		want = reversed(seedOpening)
	}
	if shaped {
		want = chromeText(seedOpening, 40, layout.Options{Shape: true})
	}
	first = strings.TrimRight(first, " ")
	return strings.HasSuffix(first, want) || strings.HasPrefix(strings.TrimLeft(first, " "), want)
}

// sizedWith is sized with cfg.
func sizedWith(t *testing.T, cfg Config, w, h int) *model {
	t.Helper()
	m := New([]*reader.Document{seed(t)}, cfg).(*model)
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// TestBidiToggle: B cycles app, terminal and off; the article and the
// status bar follow at once and the notice names the mode.
func TestBidiToggle(t *testing.T) {
	m := sizedWith(t, Config{Bidi: layout.BidiApp}, 60, 12)
	if !opensWith(m, true) {
		t.Fatalf("app mode does not start with %q reversed:\n%s", seedOpening, m.View().Content)
	}
	for _, step := range []struct {
		mode   layout.BidiMode
		visual bool
		notice string
	}{
		{layout.BidiTerminal, false, "bidi terminal"},
		{layout.BidiOff, false, "bidi off"},
		{layout.BidiApp, true, "bidi app"},
	} {
		press(t, m, "B")
		if m.cfg.Bidi != step.mode {
			t.Fatalf("B gave mode %d, want %d", m.cfg.Bidi, step.mode)
		}
		if !opensWith(m, step.visual) {
			t.Errorf("after B (%s) the first line is wrong (visual order: %v):\n%s", step.notice, step.visual, m.View().Content)
		}
		if !strings.Contains(lastLine(m), step.notice) {
			t.Errorf("after B the status bar says %q, want %q", lastLine(m), step.notice)
		}
	}
	if !m.bidiChosen {
		t.Error("B did not mark the mode as chosen")
	}
}

// TestBidiToggleKeepsPlace: the text at the top stays there.
func TestBidiToggleKeepsPlace(t *testing.T) {
	m := sizedWith(t, Config{}, 60, 12)
	press(t, m, "]")
	p := m.pagers[0]
	before := p.offset()
	press(t, m, "B")
	if !atTop(p, before) {
		t.Errorf("B moved the top from byte %d to %d", before, p.offset())
	}
}

// rawOf runs cmd and returns what it sends to the terminal raw.
func rawOf(cmd tea.Cmd) string {
	if cmd == nil {
		return ""
	}
	var out string
	switch msg := cmd().(type) {
	case tea.RawMsg:
		out = msg.Msg.(string)
	case tea.BatchMsg:
		for _, c := range msg {
			out += rawOf(c)
		}
	default:
		// tea.Sequence's message, a []tea.Cmd of an unexported type
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
			for i := range v.Len() {
				out += rawOf(v.Index(i).Interface().(tea.Cmd))
			}
		}
	}
	return out
}

// switched is what qari sends to switch the terminal with seq: seq, then
// the erasing of the screen that makes VTE's rows anew in the new mode
// (the screen is then drawn again).
func switched(seq string) string {
	if seq == "" {
		return ""
	}
	return seq + ansi.EraseEntireScreen
}

// TestBidiTerminalAnswers: under --bidi auto, a terminal that answers
// for BDSM (VTE, WezTerm, mintty) is switched to explicit mode and qari
// reorders, whatever the hints guessed; it gets its mode back on exit. A
// terminal that always reorders is left to it; one that does not answer
// keeps the hint.
func TestBidiTerminalAnswers(t *testing.T) {
	if got := rawOf(sizedWith(t, Config{}, 60, 12).Init()); !strings.Contains(got, ansi.RequestModeBiDirectionalSupport) {
		t.Fatalf("Init sends %q, not the BDSM request", got)
	}
	for _, tc := range []struct {
		name    string
		hint    layout.BidiMode
		auto    bool
		answer  ansi.ModeSetting
		mode    layout.BidiMode
		send    string
		restore string
	}{
		{"VTE under auto", layout.BidiTerminal, true, ansi.ModeSet, layout.BidiApp, "\x1b[8l", "\x1b[8h"},
		{"already explicit", layout.BidiApp, true, ansi.ModeReset, layout.BidiApp, "", ""},
		{"--bidi terminal on VTE in explicit mode", layout.BidiTerminal, false, ansi.ModeReset, layout.BidiTerminal, "\x1b[8h", "\x1b[8l"},
		{"--bidi off on VTE", layout.BidiOff, false, ansi.ModeSet, layout.BidiOff, "\x1b[8l", "\x1b[8h"},
		{"always reorders", layout.BidiApp, true, ansi.ModePermanentlySet, layout.BidiTerminal, "", ""},
		{"does not know BDSM", layout.BidiTerminal, true, ansi.ModeNotRecognized, layout.BidiTerminal, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := sizedWith(t, Config{Bidi: tc.hint, BidiAuto: tc.auto, Shape: tc.hint == layout.BidiApp, ShapeAuto: true}, 60, 12)
			_, cmd := m.Update(tea.ModeReportMsg{Mode: ansi.ModeBiDirectionalSupport, Value: tc.answer})
			if got := rawOf(cmd); got != switched(tc.send) {
				t.Errorf("answer %v: qari sends %q, want %q", tc.answer, got, switched(tc.send))
			}
			if m.cfg.Bidi != tc.mode {
				t.Errorf("answer %v: mode %d, want %d", tc.answer, m.cfg.Bidi, tc.mode)
			}
			if !opensWith(m, tc.mode == layout.BidiApp) {
				t.Errorf("the article does not follow mode %d:\n%s", tc.mode, m.View().Content)
			}
			var out strings.Builder
			if err := m.finish(&out); err != nil || out.String() != tc.restore {
				t.Errorf("on exit qari sends %q (%v), want %q", out.String(), err, tc.restore)
			}
		})
	}
}

// TestBidiToggleSwitchesTerminal: B on a terminal that answered puts it
// in the mode that suits the new one.
func TestBidiToggleSwitchesTerminal(t *testing.T) {
	m := sizedWith(t, Config{BidiAuto: true}, 60, 12)
	m.Update(tea.ModeReportMsg{Mode: ansi.ModeBiDirectionalSupport, Value: ansi.ModeSet})
	if got := rawOf(press(t, m, "B")); got != switched("\x1b[8h") {
		t.Errorf("B to terminal sends %q, want the implicit mode", got)
	}
	if got := rawOf(press(t, m, "B")); got != switched("\x1b[8l") {
		t.Errorf("B to off sends %q, want the explicit mode", got)
	}
}

// TestBidiChosenBeforeTheAnswer: B pressed before the terminal answered
// wins over --bidi auto's choice, and the terminal is still switched to
// suit it.
func TestBidiChosenBeforeTheAnswer(t *testing.T) {
	m := sizedWith(t, Config{BidiAuto: true}, 60, 12)
	press(t, m, "B")
	_, cmd := m.Update(tea.ModeReportMsg{Mode: ansi.ModeBiDirectionalSupport, Value: ansi.ModeReset})
	if m.cfg.Bidi != layout.BidiTerminal {
		t.Errorf("the answer changed the mode chosen with B to %d", m.cfg.Bidi)
	}
	if got := rawOf(cmd); got != switched("\x1b[8h") {
		t.Errorf("qari sends %q, want the implicit mode for a terminal that reorders", got)
	}
}

// TestBidiMlterm: mlterm, which does not answer for BDSM but reorders,
// gets its own bidi turned off from the start unless qari leaves the
// reordering to it, in step with B, and back on on exit.
func TestBidiMlterm(t *testing.T) {
	off, on := "\x1b]5379;use_ctl=false\a", "\x1b]5379;use_ctl=true\a"
	m := sizedWith(t, Config{Bidi: layout.BidiApp, Shape: true, BidiAuto: true, ShapeAuto: true, Mlterm: true}, 60, 12)
	if got := rawOf(m.Init()); !strings.Contains(got, switched(off)) {
		t.Errorf("Init sends %q, not mlterm's switch off", got)
	}
	if !opensWith(m, true) {
		t.Errorf("mlterm with its bidi off does not get the article reordered:\n%s", m.View().Content)
	}
	if got := rawOf(press(t, m, "B")); got != switched(on) {
		t.Errorf("B to terminal sends %q, want mlterm's bidi on", got)
	}
	if got := rawOf(press(t, m, "B")); got != switched(off) {
		t.Errorf("B to off sends %q, want mlterm's bidi off", got)
	}
	var out strings.Builder
	if m.finish(&out); out.String() != on {
		t.Errorf("on exit qari sends %q, want mlterm's bidi back on", out.String())
	}
	m = sizedWith(t, Config{Bidi: layout.BidiTerminal, Mlterm: true}, 60, 12)
	if got := rawOf(m.Init()); strings.Contains(got, "5379") {
		t.Errorf("--bidi terminal in mlterm sends %q: mlterm is to reorder", got)
	}
	if out.Reset(); m.finish(&out) == nil && out.String() != "" {
		t.Errorf("on exit --bidi terminal sends %q to mlterm", out.String())
	}
}

// TestBidiRowsRTL: under --bidi terminal, for mlterm (which makes a row
// whose first letter is right to left a right-to-left row, laid out from
// the right edge), a right-to-left line goes text first, its blanks after
// it, so that it comes out flush right; elsewhere (VTE, Konsole) it goes
// blanks first.
func TestBidiRowsRTL(t *testing.T) {
	for _, rowsRTL := range []bool{false, true} {
		m := sizedWith(t, Config{Bidi: layout.BidiTerminal, RowsRTL: rowsRTL}, 100, 12)
		lines := strings.Split(ansi.Strip(m.View().Content), "\n")
		margin := (100 - defaultWidth) / 2
		for i, l := range lines[:3] {
			text := strings.TrimSpace(l)
			at := strings.Index(l, text)
			switch {
			case rowsRTL && at != margin:
				t.Errorf("for mlterm, line %d starts at byte %d, want its text right after the margin (%d): %q", i, at, margin, l)
			case !rowsRTL && !strings.HasSuffix(strings.TrimRight(l, " "), text) || !rowsRTL && ansi.StringWidth(strings.TrimRight(l, " ")) != 100-margin:
				t.Errorf("line %d does not end at the text column's right edge: %q", i, l)
			}
		}
		if rowsRTL && !strings.HasPrefix(lines[0], strings.Repeat(" ", margin)+seedOpening) {
			t.Errorf("for mlterm the first line does not start with the seed's first words in logical order: %q", lines[0])
		}
	}
	m := sizedWith(t, Config{Bidi: layout.BidiApp, Shape: true, RowsRTL: true}, 100, 12)
	if !opensWith(m, true) {
		t.Errorf("RowsRTL changes app mode's lines:\n%s", m.View().Content)
	}
}

// TestBidiSavedOnExit: the mode chosen with B is saved when the reader
// quits, once; a mode nobody chose is not.
func TestBidiSavedOnExit(t *testing.T) {
	var saved []layout.BidiMode
	save := func(m layout.BidiMode) error { saved = append(saved, m); return nil }
	m := sizedWith(t, Config{SaveBidi: save}, 60, 12)
	if err := m.finish(&strings.Builder{}); err != nil || len(saved) > 0 {
		t.Fatalf("without B, finish saved %v (%v)", saved, err)
	}
	press(t, m, "B", "B")
	if err := m.finish(&strings.Builder{}); err != nil || len(saved) != 1 || saved[0] != layout.BidiOff {
		t.Errorf("after B B, saved %v (%v), want [off]", saved, err)
	}
	m.cfg.SaveBidi = func(layout.BidiMode) error { return errors.New("read-only") }
	if err := m.finish(&strings.Builder{}); err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("a failed save gives %v", err)
	}
}

// TestShapeFollowsBidi: under --shape auto the article is shaped while
// qari reorders and not when the terminal does (it shapes too).
func TestShapeFollowsBidi(t *testing.T) {
	m := sizedWith(t, Config{Bidi: layout.BidiApp, Shape: true, ShapeAuto: true}, 60, 12)
	press(t, m, "B")
	if m.cfg.Shape || m.pagers[0].opt.Shape || m.st.bidi.Shape {
		t.Error("terminal mode still shapes")
	}
	press(t, m, "B", "B")
	if !m.cfg.Shape || !m.pagers[0].opt.Shape {
		t.Error("back in app mode, shaping is off")
	}
	m = sizedWith(t, Config{Bidi: layout.BidiApp, Shape: true}, 60, 12)
	press(t, m, "B")
	if !m.cfg.Shape {
		t.Error("--shape on was turned off by B")
	}
	// Konsole: shaped in terminal mode too, so that lam-alef takes one cell
	m = sizedWith(t, Config{Bidi: layout.BidiApp, Shape: true, ShapeAuto: true, ShapeTerminal: true}, 60, 12)
	press(t, m, "B")
	if !m.cfg.Shape || !m.pagers[0].opt.Shape {
		t.Error("with ShapeTerminal, terminal mode does not shape")
	}
	press(t, m, "B")
	if m.cfg.Shape {
		t.Error("with ShapeTerminal, off mode shapes")
	}
}
