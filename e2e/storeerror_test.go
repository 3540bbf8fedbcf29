package e2e

import (
	"os"
	"path/filepath"
	"testing"
)

// TestDamagedStoreStillReads (issue 6): with a highlights store that is
// not a database, qari says so in one line in its status bar, and the
// article reads and scrolls as ever; nothing is printed over the screen.
func TestDamagedStoreStillReads(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "qari.db"), []byte("this is not a database at all, just text"), 0o644); err != nil {
		t.Fatal(err)
	}
	tm := NewTmux(t, 100, 30, qariCmd("", "--data-dir", dir, seedPath()))
	tm.WaitFor("highlights not kept: the highlights store is damaged", defaultWait)
	before := tm.Settle(defaultWait)
	tm.SendKeys("d")
	after := tm.WaitChange(before, defaultWait)
	if screenHas(after, "highlights not kept") {
		t.Errorf("the notice stayed after a key:\n%s", indent(after))
	}
	tm.SendKeys("q")
	tm.WaitFor(ExitMarker+"0]", defaultWait)
}
