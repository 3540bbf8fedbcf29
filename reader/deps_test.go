package reader

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoTerminalDependencies checks that reader stays pure: nothing of
// Charm, Bubble Tea or qari/ui among its dependencies.
func TestNoTerminalDependencies(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "charm.land/") || strings.HasPrefix(dep, "github.com/charmbracelet/") || strings.HasPrefix(dep, "qari/ui") {
			t.Errorf("reader depends on %s", dep)
		}
	}
}
