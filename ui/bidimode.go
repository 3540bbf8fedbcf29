package ui

import (
	"fmt"
	"io"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"qari/ui/layout"
)

// bdsm is what qari knows of the terminal's bidirectional support mode
// (BDSM, ECMA-48 mode 8). Set is the implicit mode, in which the terminal
// reorders lines by itself (VTE, WezTerm, mintty); reset is the explicit
// mode, in which it shows what it is sent. A terminal that does not know
// the mode does no bidi and never answers.
type bdsm struct {
	answered bool             // the terminal answered DECRQM for BDSM
	orig     ansi.ModeSetting // its answer, restored on exit
	cur      ansi.ModeSetting // the mode qari left it in
}

// bidiNames name the modes in notices, as --bidi does.
var bidiNames = [...]string{
	layout.BidiApp:      "app (qari reorders right-to-left text)",
	layout.BidiTerminal: "terminal (the terminal reorders right-to-left text)",
	layout.BidiOff:      "off (right-to-left text in logical order)",
}

// bidiReport handles the terminal's answer to the BDSM request of Init.
// A terminal that can switch gets the mode that suits qari's (explicit
// when qari reorders), and under --bidi auto qari reorders: the switch is
// standard, unlike the terminals' own bidi. A terminal that always
// reorders gets --bidi auto's terminal mode instead. A mode chosen with B
// before the answer came stays.
func (m *model) bidiReport(msg tea.ModeReportMsg) tea.Cmd {
	if msg.Mode != ansi.ModeBiDirectionalSupport || m.bdsm.answered {
		return nil
	}
	auto, mode := m.cfg.BidiAuto && !m.bidiChosen, m.cfg.Bidi
	switch msg.Value {
	case ansi.ModeSet, ansi.ModeReset:
		m.bdsm = bdsm{answered: true, orig: msg.Value, cur: msg.Value}
		if auto {
			mode = layout.BidiApp
		}
	case ansi.ModePermanentlySet:
		if auto {
			mode = layout.BidiTerminal
		}
	case ansi.ModePermanentlyReset:
		if auto {
			mode = layout.BidiApp
		}
	default:
		return nil
	}
	return m.setBidi(mode)
}

// toggleBidi cycles the bidi mode (app, terminal, off) and says so in the
// status bar. The choice is saved on exit (see finish).
func (m *model) toggleBidi(p *pager) tea.Cmd {
	mode := (m.cfg.Bidi + 1) % layout.BidiMode(len(bidiNames))
	m.bidiChosen = true
	p.notice = "bidi " + bidiNames[mode]
	return m.setBidi(mode)
}

// setBidi lays out every open article and the chrome in mode, with
// shaping following it under --shape auto, and returns the switch of the
// terminal's mode that goes with it.
func (m *model) setBidi(mode layout.BidiMode) tea.Cmd {
	m.cfg.Bidi = mode
	if m.cfg.ShapeAuto {
		m.cfg.Shape = mode == layout.BidiApp || mode == layout.BidiTerminal && m.cfg.ShapeTerminal
	}
	m.st.bidi = layout.Options{Bidi: mode, Shape: m.cfg.Shape}
	for _, p := range m.pagers {
		if p != nil {
			p.relayout(mode, m.cfg.Shape)
		}
	}
	return m.switchTerminal(mode)
}

// switchTerminal puts a terminal that answered for BDSM in the mode that
// suits mode: implicit when it is to reorder, explicit otherwise; mlterm
// (Config.Mlterm) gets its own bidi and shaping turned on or off to the
// same end. The screen is then erased and drawn again: VTE keeps the mode
// a row was made in (a row written after the switch but made before it
// is still reordered), and erasing the screen makes its rows anew.
func (m *model) switchTerminal(mode layout.BidiMode) tea.Cmd {
	var seq string
	switch reorder := mode == layout.BidiTerminal; {
	case m.bdsm.answered:
		want := ansi.ModeReset
		if reorder {
			want = ansi.ModeSet
		}
		if want == m.bdsm.cur {
			return nil
		}
		m.bdsm.cur = want
		seq = bdsmSequence(want)
	case m.cfg.Mlterm:
		if m.mltermCtlOff == !reorder {
			return nil
		}
		m.mltermCtlOff = !reorder
		seq = mltermCtl(reorder)
	default:
		return nil
	}
	return tea.Sequence(tea.Raw(seq+ansi.EraseEntireScreen), tea.ClearScreen)
}

// mltermCtl is mlterm's sequence that turns its bidi and shaping ("complex
// text layout") on or off; no standard one exists, and mlterm does not
// answer DECRQM for BDSM.
func mltermCtl(on bool) string {
	return fmt.Sprintf("\x1b]5379;use_ctl=%t\x07", on)
}

// finish runs when the reader has quit and let go of the terminal: it
// gives the terminal back the BDSM mode it had, or mlterm its bidi,
// writing to w, if qari changed it, and saves the bidi mode the reader chose with the toggle
// key.
func (m *model) finish(w io.Writer) error {
	if m.bdsm.answered && m.bdsm.cur != m.bdsm.orig {
		io.WriteString(w, bdsmSequence(m.bdsm.orig))
	}
	if m.mltermCtlOff {
		io.WriteString(w, mltermCtl(true))
	}
	if m.bidiChosen && m.cfg.SaveBidi != nil {
		if err := m.cfg.SaveBidi(m.cfg.Bidi); err != nil {
			return fmt.Errorf("unable to save the bidi mode: %w", err)
		}
	}
	return nil
}

// bdsmSequence is the sequence that sets (implicit) or resets (explicit)
// BDSM.
func bdsmSequence(v ansi.ModeSetting) string {
	if v == ansi.ModeSet {
		return ansi.SetModeBiDirectionalSupport
	}
	return ansi.ResetModeBiDirectionalSupport
}

// relayout lays the pager's document out again with other bidi and
// shaping modes, keeping the text at the top of the screen there.
func (p *pager) relayout(mode layout.BidiMode, shape bool) {
	if p.opt.Bidi == mode && p.opt.Shape == shape {
		return
	}
	p.opt.Bidi, p.opt.Shape = mode, shape
	if p.cache != nil {
		p.reflow()
	}
}

// COMMANDS

// bidiStart asks the terminal for its BDSM mode (DECRQM); the answer
// comes back as a tea.ModeReportMsg. mlterm, which does not answer, is
// switched at once.
func (m *model) bidiStart() tea.Cmd {
	return tea.Batch(tea.Raw(ansi.RequestModeBiDirectionalSupport), m.switchTerminal(m.cfg.Bidi))
}
