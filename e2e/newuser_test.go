package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
)

// The tests of issue 14: what a new user, used to less and glow, trips
// over on the samples at 100 and 40 columns.

// harborPath is the English sample with quotations and four sections.
func harborPath() string { return sample("en-sample-harbor.txt") }

// openHarbor starts qari on the harbor sample in a w×h terminal and
// returns the settled first screen.
func openHarbor(t *testing.T, w, h int) (*Tmux, string) {
	t.Helper()
	tm := NewTmux(t, w, h, qariCmd("", harborPath()))
	tm.WaitFor("Last boatyard", defaultWait)
	return tm, tm.Settle(defaultWait)
}

// textRows are a screen's rows without the status bar (its last row).
func textRows(screen string) []string {
	rows := strings.Split(screen, "\n")
	return rows[:max(len(rows)-1, 0)]
}

// barOf is a screen's status bar: its last row.
func barOf(screen string) string {
	rows := strings.Split(screen, "\n")
	return rows[len(rows)-1]
}

// topRow is the first row of text on a screen that is not blank.
func topRow(screen string) string {
	for _, r := range textRows(screen) {
		if strings.TrimSpace(r) != "" {
			return r
		}
	}
	return ""
}

// movedBack reports whether the text at the top of before shows lower
// down in after: the view went back up the article.
func movedBack(before, after string) bool {
	top := topRow(before)
	for i, r := range textRows(after) {
		if r == top {
			return i > 0 && topRow(after) != top
		}
	}
	return false
}

// pressSettled presses key and returns the settled screen (the
// same screen when the key changes nothing).
func pressSettled(tm *Tmux, key string) string {
	tm.t.Helper()
	tm.SendKeys(key)
	return tm.Settle(defaultWait)
}

// TestNextNeverBack (issue 14): }, ] and n never move the view back up
// the article (but for a search that wraps, which says so), and {, [ and
// N never move it down; from the end } says there is no later quotation.
func TestNextNeverBack(t *testing.T) {
	t.Parallel()
	tm, _ := openHarbor(t, 100, 30)
	screen := pressSettled(tm, "G")
	for i := 0; i < 14; i++ {
		after := pressSettled(tm, "}")
		if movedBack(screen, after) {
			t.Fatalf("} after G moved the view back up:\nbefore:\n%s\nafter:\n%s", indent(screen), indent(after))
		}
		screen = after
		if strings.Contains(barOf(screen), "no later quotation") {
			break
		}
	}
	if !strings.Contains(barOf(screen), "no later quotation") {
		t.Fatalf("} pressed at the end of the article does not say there is no later quotation:\n%s", indent(screen))
	}
	for _, k := range []string{"g", "G"} {
		screen = pressSettled(tm, k)
		after := pressSettled(tm, "]")
		if movedBack(screen, after) {
			t.Fatalf("] after %s moved the view back up:\nbefore:\n%s\nafter:\n%s", k, indent(screen), indent(after))
		}
	}
	// { and [ from the top never move down
	screen = pressSettled(tm, "g")
	for _, k := range []string{"{", "["} {
		if after := pressSettled(tm, k); movedBack(after, screen) {
			t.Fatalf("%s at the top moved the view down:\nbefore:\n%s\nafter:\n%s", k, indent(screen), indent(after))
		}
	}
	// n after the match has scrolled off the top: the next match below
	// the screen, not the one after the old match, above it
	tm.SendKeys("/")
	tm.Type("yard")
	tm.SendKeys("Enter")
	tm.Until(defaultWait, "a match in the bar", func(s string) bool { return strings.Contains(barOf(s), "match 1/") })
	tm.SendKeys("3", "0", "j")
	screen = tm.Settle(defaultWait)
	after := pressSettled(tm, "n")
	if movedBack(screen, after) && !strings.Contains(barOf(after), "search hit bottom") {
		t.Fatalf("n moved the view back up without a wrap notice:\nbefore:\n%s\nafter:\n%s", indent(screen), indent(after))
	}
	// and N, the match scrolled off below, the last match above it
	screen = pressSettled(tm, "G")
	screen = pressSettled(tm, "k")
	tm.SendKeys("3", "0", "k")
	screen = tm.Settle(defaultWait)
	after = pressSettled(tm, "N")
	if movedBack(after, screen) && !strings.Contains(barOf(after), "search hit top") {
		t.Fatalf("N moved the view down without a wrap notice:\nbefore:\n%s\nafter:\n%s", indent(screen), indent(after))
	}
}

// percentRE is the status bar's percentage.
var percentRE = regexp.MustCompile(`(\d+)%`)

// TestEndLooksLikeEnd (issue 14): after G the bar says 100% and names the
// last section, as less counts by the bottom line; at the top the
// percentage is that of the bottom line too, not 0%.
func TestEndLooksLikeEnd(t *testing.T) {
	t.Parallel()
	tr := readTruth(t, "en-sample-harbor")
	n := len(tr.Sections)
	tm, screen := openHarbor(t, 100, 30)
	if m := percentRE.FindStringSubmatch(barOf(screen)); m == nil || m[1] == "0" {
		t.Errorf("the first screen's bar says %q: the percentage is the bottom line's, as in less", barOf(screen))
	}
	tm.SendKeys("G")
	screen = statusSection(tm, n, n)
	bar := barOf(screen)
	if !strings.Contains(bar, "100%") {
		t.Errorf("after G the bar says %q, not 100%%:\n%s", bar, indent(screen))
	}
	if last := leadPhrase(tr.Sections[n-1], 3); !lineHas(bar, last) {
		t.Errorf("after G the bar %q does not name the last section %q", bar, tr.Sections[n-1])
	}
	// [ from the end goes back up, never down to the section the bar names
	after := pressSettled(tm, "[")
	if movedBack(after, screen) {
		t.Errorf("[ at the end moved the view down:\n%s", indent(after))
	}
}

// presentationForm reports whether s holds an Arabic presentation form
// (U+FB50–U+FDFF, U+FE70–U+FEFF): shaped text, which grep cannot find.
func presentationForm(s string) bool {
	for _, r := range s {
		if (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFF) {
			return true
		}
	}
	return false
}

// TestPipeLogical (issue 14): what qari prints to a pipe is the text in
// logical order, unshaped, so that grep finds حلب; --bidi app asks for
// the visual order of a terminal without bidi.
func TestPipeLogical(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{{"render", seedPath()}, {seedPath()}, {"render", "--style", "notty", seedPath()}} {
		r := runQari(t, nil, args...)
		if r.code != 0 {
			t.Fatalf("qari %s: exit status %d, stderr %q", strings.Join(args, " "), r.code, r.stderr)
		}
		if n := strings.Count(r.stdout, "حلب"); n == 0 || presentationForm(r.stdout) {
			t.Errorf("qari %s | grep -c حلب counts %d (presentation forms: %v): a pipe gets logical, unshaped text",
				strings.Join(args, " "), n, presentationForm(r.stdout))
		}
		if first := seedLines(t)[0]; !strings.Contains(r.stdout, leadPhrase(first, 3)) {
			t.Errorf("qari %s does not print the seed's first words %q in logical order", strings.Join(args, " "), leadPhrase(first, 3))
		}
	}
	r := runQari(t, nil, "render", "--bidi", "app", seedPath())
	if !presentationForm(r.stdout) {
		t.Errorf("qari render --bidi app prints no shaped text: --bidi app is the visual order of a terminal without bidi")
	}
	// bidi = "app" in the config file (the reader's B saves it there) is
	// the reader's: a pipe stays logical
	home := newHome(t)
	if err := os.MkdirAll(filepath.Join(home, "config", "qari"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(home, "config", "qari", "config.toml"), []byte("bidi = \"app\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(qariBin, "render", seedPath())
	cmd.Env = qariEnv("xterm-256color", home)
	out, err := cmd.Output()
	if err != nil || !strings.Contains(string(out), "حلب") || presentationForm(string(out)) {
		t.Errorf("with bidi = \"app\" in the config file, qari render | grep finds no حلب (%v)", err)
	}
}

// plainLike reports whether word is on screen looking like the letter
// before it: not highlighted.
func plainLike(styled, word string) bool {
	for _, line := range strings.Split(styled, "\n") {
		cells := parseCells(line)
		at, _ := findCells(cells, word)
		if at < 0 {
			continue
		}
		i := at - 1
		for i >= 0 && strings.TrimSpace(cells[i].text) == "" {
			i--
		}
		return i >= 0 && cells[i].style == cells[at].style
	}
	return false
}

// TestEscClearsMarks (issue 14): Esc in the reader (and Alt-U, as less's
// Esc-u) takes the search's highlighting and "match i/n" away, and the
// current quotation's "quote i/n"; n brings the search back.
func TestEscClearsMarks(t *testing.T) {
	t.Parallel()
	for _, clear := range []string{"Escape", "M-u"} {
		tm, _ := openHarbor(t, 100, 30)
		tm.SendKeys("/")
		tm.Type("Moretti")
		tm.SendKeys("Enter")
		statusMatch(tm, 1, 1)
		checkHighlighted(t, tm, "Moretti")
		tm.SendKeys(clear)
		tm.Until(defaultWait, "no match 1/1 in the bar after "+clear, func(s string) bool { return !matchRE.MatchString(barOf(s)) })
		if s := tm.CaptureStyled(); !plainLike(s, "Moretti") {
			t.Errorf("after %s the match is still highlighted:\n%s", clear, indent(tm.Capture()))
		}
		tm.SendKeys("n")
		statusMatch(tm, 1, 1)
		tm.SendKeys("g", "}")
		tm.Until(defaultWait, "quote 1/ in the bar", func(s string) bool { return quoteRE.MatchString(barOf(s)) })
		tm.SendKeys(clear)
		tm.Until(defaultWait, "no quote i/n in the bar after "+clear, func(s string) bool { return !quoteRE.MatchString(barOf(s)) })
	}
}

// TestNarrowBar (issue 14): at 40 columns the newest message wins the
// status bar: a search's wrap notice and the quotation just jumped to
// show whole, and the hint after a highlight is short enough to show
// whole at 40 and at 100 columns.
func TestNarrowBar(t *testing.T) {
	t.Parallel()
	tm, _ := openHarbor(t, 40, 20)
	tm.SendKeys("G", "/")
	tm.Type("Calder") // its last match is on the last screen: n wraps
	tm.SendKeys("Enter")
	tm.Until(defaultWait, "match 6/6", func(s string) bool { return strings.Contains(barOf(s), "match 6/6") })
	tm.SendKeys("n")
	tm.Until(defaultWait, "the whole wrap notice in the bar at 40 columns", func(s string) bool {
		return strings.Contains(barOf(s), "search hit bottom, continuing at top")
	})
	tm.SendKeys("g", "}")
	tm.Until(defaultWait, "quote 1/ in the bar at 40 columns", func(s string) bool { return quoteRE.MatchString(barOf(s)) })
	for _, w := range []int{40, 100} {
		tm, _ := openHarbor(t, w, 20)
		tm.SendKeys("}", "m")
		screen := tm.Until(defaultWait, "the highlight's hint", func(s string) bool { return strings.Contains(barOf(s), "highlighted") })
		if bar := barOf(screen); strings.Contains(bar, "…") || !strings.Contains(bar, "note") || !strings.Contains(bar, "remove") {
			t.Errorf("at %d columns the hint after m is cut: %q", w, bar)
		}
	}
}

// TestHelpWraps (issue 14): at 40 columns the help wraps its lines, it
// does not cut them: every word of a long description is there.
func TestHelpWraps(t *testing.T) {
	t.Parallel()
	tm, _ := openHarbor(t, 40, 20)
	tm.SendKeys("h")
	screen := tm.WaitFor("help", defaultWait)
	all := ""
	for i := 0; i < 12; i++ {
		all += strings.Join(textRows(screen), "\n") + "\n"
		tm.SendKeys("Space")
		next := tm.Settle(defaultWait)
		if next == screen {
			break
		}
		screen = next
	}
	for _, r := range strings.Split(all, "\n") {
		if strings.HasSuffix(strings.TrimSpace(r), "…") {
			t.Errorf("the help at 40 columns cuts a line: %q", r)
		}
	}
	flat := strings.Join(strings.Fields(all), " ")
	for _, want := range []string{"right-to-left text: reordered by qari, by the terminal, or not at all (saved)", "visual mode on the sentence at the top"} {
		if !strings.Contains(flat, want) {
			t.Errorf("the help at 40 columns lacks %q:\n%s", want, all)
		}
	}
}

// TestLeadName (issue 14): the untitled lead has one name in the reader's
// contents, `qari sections` and `qari quotes`: "Lead", and "المقدمة" in an
// Arabic article.
func TestLeadName(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ file, name string }{{harborPath(), "Lead"}, {seedPath(), "المقدمة"}} {
		secs := runQari(t, nil, "sections", tc.file)
		if lines := strings.Split(secs.stdout, "\n"); len(lines) < 2 || strings.TrimSpace(lines[1]) != tc.name {
			t.Errorf("qari sections %s: the lead is not named %q:\n%s", tc.file, tc.name, secs.stdout)
		}
		qs := runQari(t, nil, "quotes", tc.file)
		if !strings.Contains(qs.stdout, " — "+tc.name+": ") {
			t.Errorf("qari quotes %s: the lead is not named %q:\n%s", tc.file, tc.name, qs.stdout)
		}
		tm := NewTmux(t, 100, 30, qariCmd("", tc.file))
		tm.Until(defaultWait, "the reader's status bar", func(s string) bool { return sectionRE.MatchString(s) })
		tm.SendKeys("t")
		tm.Until(defaultWait, fmt.Sprintf("the contents naming the lead %q", tc.name), func(s string) bool {
			return strings.Contains(s, "Contents") && screenHas(s, tc.name)
		})
	}
}

// TestHeadingMarkAtReadingStart (issue 14): the ## of an Arabic heading
// is at its right end, where its reading starts, at 40 and 100 columns,
// also for a heading that opens with a Latin word.
func TestHeadingMarkAtReadingStart(t *testing.T) {
	t.Parallel()
	file := filepath.Join(t.TempDir(), "headings.md")
	src := "# عنوان المقال\n\nفي حين يواصل وزير الخارجية الأميركي مباحثاته مع نظيره.\n\n## CNN: تقدم طفيف بالمحادثات بين الوزيرين في نيويورك\n\nأعلن كيري في ختام لقائه نظيره لافروف.\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, w := range []int{40, 100} {
		for _, f := range []string{seedPath(), file} {
			tm := NewTmux(t, w, 20, qariCmd("", f))
			tm.Until(defaultWait, "the reader's status bar", func(s string) bool { return sectionRE.MatchString(s) })
			tm.SendKeys("]")
			screen := tm.Until(defaultWait, "a ## heading", func(s string) bool { return strings.Contains(s, "##") })
			for _, r := range textRows(screen) {
				if strings.Contains(r, "##") && !strings.HasSuffix(strings.TrimSpace(r), "##") {
					t.Errorf("at %d columns the ## of a heading of %s is not at its right end: %q", w, filepath.Base(f), r)
				}
			}
		}
	}
}

// TestSmallThings (issue 14): qari --version; a word that is neither a
// command nor a file gets "unknown command or file"; the help writes the
// count prefix as [count], not as N next to N (previous match).
func TestSmallThings(t *testing.T) {
	t.Parallel()
	r := runQari(t, nil, "--version")
	if r.code != 0 || !regexp.MustCompile(`^qari \S`).MatchString(r.stdout) || strings.Count(r.stdout, "\n") != 1 {
		t.Errorf("qari --version: exit status %d, stdout %q, stderr %q; want one line \"qari VERSION\"", r.code, r.stdout, r.stderr)
	}
	r = runQari(t, nil, "bogus-subcmd")
	if r.code != 1 || strings.TrimSpace(r.stderr) != "qari: unknown command or file: bogus-subcmd (qari --help lists the commands)" {
		t.Errorf("qari bogus-subcmd: exit status %d, stderr %q; want 1 and \"unknown command or file\"", r.code, r.stderr)
	}
	if r := runQari(t, nil, "no-such-article.txt"); !strings.Contains(r.stderr, "no such file") {
		t.Errorf("qari no-such-article.txt: stderr %q; a file name is still a missing file", r.stderr)
	}
	tm, _ := openHarbor(t, 100, 40)
	tm.SendKeys("h")
	screen := tm.WaitFor("[count]", defaultWait)
	if regexp.MustCompile(`(?m)^\s*N\s+a count`).MatchString(screen) {
		t.Errorf("the help names the count N, like N (previous match):\n%s", indent(screen))
	}
}

// TestNoTmuxSays (issue 14): without tmux the end-to-end tests say
// "skipped: no tmux" and pass; with CI set they fail instead. It runs
// this test binary again with an empty PATH, in a session of its own (no
// terminal to write to), against the qari already built.
func TestNoTmuxSays(t *testing.T) {
	t.Parallel()
	useBinary(t)
	for _, ci := range []bool{false, true} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestNextNeverBack$", "-test.count=1")
		cmd.Env = []string{"PATH=" + t.TempDir(), "HOME=" + t.TempDir(), "QARI_E2E_BIN=" + qariBin}
		if ci {
			cmd.Env = append(cmd.Env, "CI=true")
		}
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
		out, err := cmd.CombinedOutput()
		switch {
		case !ci && (err != nil || !strings.Contains(string(out), "skipped: no tmux")):
			t.Errorf("without tmux: %v, want a pass that says \"skipped: no tmux\":\n%s", err, out)
		case ci && (err == nil || !strings.Contains(string(out), "tmux is not installed but CI is set")):
			t.Errorf("without tmux, CI=true: %v, want a failure naming tmux:\n%s", err, out)
		}
	}
}

// linksFile writes a Markdown article with a web link, a mail link, a
// javascript: link and a link whose target and text hide escape
// sequences, in two sections.
func linksFile(t *testing.T) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "links.md")
	src := "# Links\n\nRead [the museum page](https://example.org/museum?a=1&b=2) or write to <info@example.org>.\n\n" +
		"## Traps\n\nA [script](javascript:alert(1)) and [an \x07evil\x07 link](https://example.org/safe).\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

// TestPipeLinks (issue 14): a pipe lists each section's links under it,
// numbered, with their addresses; a target that is not http, https or
// mailto is shown as text, and no control sequence gets through.
func TestPipeLinks(t *testing.T) {
	t.Parallel()
	r := runQari(t, nil, "render", "--style", "notty", sample("en-sample-garden.md"))
	out := r.stdout
	ref := strings.Index(out, "[1] Fernhill allotments: https://example.org/allotments/")
	if ref < 0 || ref > strings.Index(out, "## Beans that travel in envelopes") {
		t.Errorf("qari render of the garden does not list its first link under its section:\n%s", out)
	}
	r = runQari(t, nil, linksFile(t))
	out = r.stdout
	for _, want := range []string{
		"[1] the museum page: https://example.org/museum?a=1&b=2",
		"[2] mailto:info@example.org",
		"[3] script (not a web link): javascript:alert(1)",
		"[4] an evil link: https://example.org/safe",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("qari links.md | cat lacks %q:\n%s", want, out)
		}
	}
	if strings.Index(out, "[2]") > strings.Index(out, "## Traps") || strings.Index(out, "[3]") < strings.Index(out, "## Traps") {
		t.Errorf("the links are not listed under their sections:\n%s", out)
	}
	if strings.ContainsAny(out, "\x1b\x07") {
		t.Errorf("a link let a control character through:\n%q", out)
	}
}

// TestReaderLinks (issue 14): in the reader a followable link's text is a
// hyperlink (OSC 8) to its address, sanitised; a javascript: link is
// not; L lists the links of the screen with their addresses, and Enter
// copies one (OSC 52, which tmux keeps in a paste buffer).
func TestReaderLinks(t *testing.T) {
	t.Parallel()
	file := linksFile(t)
	p := startPty(t, 80, 24, file)
	// OSC 8 ; params ; URI, ended by BEL or ST, then the link's text
	osc8 := func(uri, text string) *regexp.Regexp {
		return regexp.MustCompile(`\x1b\]8;[^;\x07\x1b]*;` + regexp.QuoteMeta(uri) + `(?:\x07|\x1b\\)` + regexp.QuoteMeta(text))
	}
	museum := osc8("https://example.org/museum?a=1&b=2", "the museum page")
	if !p.waitBytes(defaultWait, func(b []byte) bool { return museum.Match(b) }) {
		t.Errorf("the reader did not draw the link as an OSC 8 hyperlink; it wrote %q", p.bytes())
	}
	out := p.bytes()
	for _, bad := range []string{"\x1b]8;;javascript", "evil.example", "\x07evil"} {
		if bytes.Contains(out, []byte(bad)) {
			t.Errorf("the reader wrote %q: only http, https and mailto become hyperlinks, and link text carries no control", bad)
		}
	}
	if !osc8("mailto:info@example.org", "info@example.org").Match(out) {
		t.Errorf("the mail link is not a hyperlink: %q", out)
	}

	tm := NewTmux(t, 80, 24, qariCmd("", file))
	tm.WaitFor("museum page", defaultWait)
	tm.SendKeys("L")
	tm.WaitFor("[1] the museum page: https://example.org/museum?a=1&b=2", defaultWait)
	screen := tm.WaitFor("[3] script (not a web link): javascript:alert(1)", defaultWait)
	if !strings.Contains(screen, "[2] mailto:info@example.org") {
		t.Errorf("the links panel lacks the mail link:\n%s", indent(screen))
	}
	tm.SendKeys("Enter")
	tm.Until(defaultWait, "the copied address in the bar", func(s string) bool {
		return strings.Contains(barOf(s), "copied https://example.org/museum?a=1&b=2")
	})
	tm.Until(defaultWait, "the address in tmux's paste buffer", func(string) bool {
		out, err := tm.cmd("show-buffer").Output()
		return err == nil && string(out) == "https://example.org/museum?a=1&b=2"
	})
}
