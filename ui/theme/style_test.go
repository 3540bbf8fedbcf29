package theme

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"charm.land/glamour/v2/styles"
)

// TestBuiltinStylesAreGlamours checks that styles/*.json are glamour's
// built-in styles as qari reads them (the parts in styleConfig), and
// that Names lists each. After a glamour upgrade, rewrite them with
// go test ./ui/theme -run BuiltinStyles -update and review the diff.
func TestBuiltinStylesAreGlamours(t *testing.T) {
	for name, s := range styles.DefaultStyles {
		if name == "auto" {
			continue // resolved by the caller to dark or light
		}
		if !slices.Contains(Names(), name) {
			t.Errorf("Names() lacks glamour's style %q", name)
		}
		full, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var c styleConfig
		if err := json.Unmarshal(full, &c); err != nil {
			t.Fatal(err)
		}
		want, err := json.MarshalIndent(c, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, '\n')
		path := filepath.Join("styles", name+".json")
		if *update {
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		got, err := builtin.ReadFile("styles/" + name + ".json")
		if err != nil {
			t.Errorf("style %s is not built in: %v", name, err)
			continue
		}
		if !*update && !bytes.Equal(got, want) {
			t.Errorf("styles/%s.json differs from glamour's %s style; rewrite it with -update", name, name)
		}
		if bc, ok := builtinStyle(name); !ok || !equalJSON(t, bc, c) {
			t.Errorf("builtinStyle(%q) is not glamour's style", name)
		}
	}
	for _, n := range Names() {
		if _, ok := styles.DefaultStyles[n]; !ok {
			t.Errorf("Names() lists %q, which glamour does not have", n)
		}
	}
}

// equalJSON reports whether a and b marshal alike.
func equalJSON(t *testing.T, a, b styleConfig) bool {
	t.Helper()
	x, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	y, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Equal(x, y)
}
