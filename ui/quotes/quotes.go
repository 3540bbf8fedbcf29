// Package quotes is the quotations panel, a Bubble Tea component in the
// manner of soft-serve's: a Model with its KeyMap and SetSize that the
// root model routes keys and messages to. It lists an article's
// quotations with their speakers and sections, all of them or one
// speaker's (s cycles through them, most quoted first), and filters them
// as a speaker's name is typed. The quotations themselves, and the one
// being read, are the host's (Source): the pager's quote layer.
//
// What it cannot do itself it asks for (Asked): JumpMsg to read a
// quotation, CloseMsg to go back to the article.
package quotes

import (
	"strconv"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/paginator"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"qari/reader"
	"qari/reader/quote"
	"qari/ui/common"
)

// SpeakerCells is the most cells a speaker's name takes, in the panel's
// title and the status bar; a longer one ("a bus driver who saw it") is
// cut.
const SpeakerCells = 30

// unknownSpeaker stands in the panel for a speaker the article does not
// name.
const unknownSpeaker = "(unknown)"

// Source is the quotations the panel lists, read as its rows are drawn.
type Source interface {
	Quotes() []quote.Quote      // in document order
	Document() *reader.Document // the article they are in
	Current() int               // the quotation jumped to last, marked; -1 for none
}

// KeyMap is the panel's keys, the host's bindings: List moves in the
// list; Jump, Speaker, Back and Quit show in its help line.
type KeyMap struct {
	List    list.KeyMap
	Jump    key.Binding // to the quotation selected
	Speaker key.Binding // the next speaker's quotations
	Close   key.Binding // the key that opened the panel
	Back    key.Binding // clears the filter, then everyone's again, then closes
	Quit    key.Binding
}

// JumpMsg (Asked) asks the host to show quotation Quote (an index in
// Source.Quotes); the panel is closed.
type JumpMsg struct{ Quote int }

// CloseMsg (Asked) asks the host to close the panel.
type CloseMsg struct{}

// Rows are the panel's rows: all of them, and each speaker's.
type Rows struct {
	all       []list.Item
	bySpeaker [][]list.Item
}

// NewRows returns the rows of src's quotations, who[i] the index among
// the speakers (speakers of them) of quotation i's speaker, -1 when it is
// unknown. Make them with the quotations, off the UI goroutine, so that
// opening the panel and choosing a speaker cost nothing however many
// quotations there are.
func NewRows(src Source, who []int, speakers int) Rows {
	r := Rows{all: make([]list.Item, len(who)), bySpeaker: make([][]list.Item, speakers)}
	for i := range who {
		r.all[i] = item{index: i, src: src}
		if w := who[i]; w >= 0 {
			r.bySpeaker[w] = append(r.bySpeaker[w], r.all[i])
		}
	}
	return r
}

// Model is the quotations panel. Use it by pointer.
type Model struct {
	common.Panel
	keys     KeyMap
	rows     Rows
	speakers []string // quote.Speakers of the quotations, most quoted first
	speaker  int      // the index in speakers of the speaker shown; -1: everyone
}

// New returns the panel of rows for a w×h screen, the cursor on
// quotation sel; speakers are quote.Speakers of the quotations.
func New(rows Rows, speakers []string, sel int, keys KeyMap, st common.Styles, w, h int) *Model {
	m := &Model{keys: keys, rows: rows, speakers: speakers, speaker: -1}
	m.St = st
	m.List = common.NewList(nil, st, w, h, keys.List, keys.Jump, keys.Speaker, keys.Back, keys.Quit)
	// pages as "3/8000", not a dot each: the list measures its pager
	// whenever its items or size change
	m.List.Paginator.Type = paginator.Arabic
	m.List.SetItems(rows.all)
	m.List.Title = m.title()
	m.List.Select(sel)
	return m
}

// title says whose quotations the panel shows and how many.
func (m *Model) title() string {
	n := strconv.Itoa(len(m.List.Items()))
	if m.speaker < 0 {
		return "Quotations (" + n + ")"
	}
	return "Quotations by " + m.St.Text(common.OneLine(m.speakers[m.speaker]), SpeakerCells) + " (" + n + ")"
}

// showSpeaker shows only the quotations of speaker s (an index in
// speakers; -1: everyone's), the cursor on the first.
func (m *Model) showSpeaker(s int) tea.Cmd {
	m.speaker = s
	items := m.rows.all
	if s >= 0 {
		items = m.rows.bySpeaker[s]
	}
	cmd := m.List.SetItems(items)
	m.List.Select(0)
	m.List.Title = m.title()
	return cmd
}

// nextSpeaker shows the quotations of the next speaker, most quoted
// first, and everyone's after the last.
func (m *Model) nextSpeaker() tea.Cmd {
	s := m.speaker + 1
	if s >= len(m.speakers) {
		s = -1
	}
	return m.showSpeaker(s)
}

// Update handles a key or a message of the list's (a filter's results, a
// cursor's blink): Enter jumps to the quotation, s cycles the speaker
// shown, Esc clears a filter (typed, then by speaker) and then closes, as
// the key that opened the panel does.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyPressMsg); ok && !m.Filtering() {
		unfiltered := m.Unfiltered()
		switch {
		case key.Matches(k, m.keys.Jump):
			if it, ok := m.List.SelectedItem().(item); ok {
				m.Ask = JumpMsg{Quote: it.index}
			} else {
				m.Ask = CloseMsg{}
			}
			return nil
		case key.Matches(k, m.keys.Speaker):
			return m.nextSpeaker()
		case key.Matches(k, m.keys.Back) && unfiltered && m.speaker >= 0:
			return m.showSpeaker(-1)
		case key.Matches(k, m.keys.Close), key.Matches(k, m.keys.Back) && unfiltered:
			m.Ask = CloseMsg{}
			return nil
		case key.Matches(k, m.keys.Quit):
			return tea.Quit
		}
	}
	return m.UpdateList(msg)
}

// item is one quotation in the panel: an index into its source's
// quotations, so that a list of a million costs little.
type item struct {
	index int
	src   Source
}

// FilterValue is what typing a filter matches: the speaker's name.
func (it item) FilterValue() string { return it.src.Quotes()[it.index].Speaker }

// Row draws "speaker — section: text", the section cut to a third of the
// width, marked when it is the current quotation, laid out like the
// article's right-to-left text.
func (it item) Row(st common.Styles, width int) string {
	q, doc := it.src.Quotes()[it.index], it.src.Document()
	speaker := q.Speaker
	if speaker == "" {
		speaker = unknownSpeaker
	}
	section := doc.SectionName(q.Section)
	if section == "" {
		section = doc.LeadName()
	}
	section = ansi.Truncate(common.Clip(section, width), max(width/3, 8), "…")
	line := st.Text(common.OneLine(speaker)+" — "+section+": "+common.Clip(q.Text(doc), width), width-2)
	if it.index == it.src.Current() {
		return st.Current.Render("● " + line)
	}
	return "  " + line
}
