package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestQuotesJSON(t *testing.T) {
	code, out, errs := runQari(t, "quotes", "--json", "../../samples/seed-aleppo.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// Exactly the documented shape: {"quotes": [{text, speaker, section, start, end}]}.
	var raw map[string][]map[string]any
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatal(err)
	}
	if len(raw) != 1 || len(raw["quotes"]) != 10 {
		t.Fatalf("want 10 quotes under \"quotes\", got %v", raw)
	}
	for _, q := range raw["quotes"] {
		if len(q) != 5 {
			t.Errorf("keys %v", q)
		}
		for _, k := range []string{"text", "speaker", "section", "start", "end"} {
			if _, ok := q[k]; !ok {
				t.Errorf("no %q in %v", k, q)
			}
		}
	}
	first := raw["quotes"][0]
	if first["text"] != "عملية كاملة" || first["speaker"] != "المصدر" || first["section"] != "" {
		t.Errorf("first quote %v", first)
	}
	data, _ := os.ReadFile("../../samples/seed-aleppo.txt")
	if s, e := int(first["start"].(float64)), int(first["end"].(float64)); string(data[s:e]) != "عملية كاملة" {
		t.Errorf("offsets %d-%d give %q", s, e, data[s:e])
	}
}

func TestQuotesNullSpeaker(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(path, []byte("Title\n\n“Nobody knows where the ferry went last night,” the sign read.\n"), 0o644)
	code, out, errs := runQari(t, "quotes", "--json", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, `"speaker": null`) {
		t.Errorf("want a null speaker:\n%s", out)
	}
}

func TestQuotesText(t *testing.T) {
	code, out, errs := runQari(t, "quotes", "../../samples/en-sample-harbor.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 12 || !strings.HasPrefix(lines[0], "Ines Calder — Lead: We’ve lost money") {
		t.Errorf("text output:\n%s", out)
	}
}

func TestQuotesErrors(t *testing.T) {
	for _, args := range [][]string{nil, {"--bogus", "x"}, {"a", "b"}, {"/no/such/file.txt"}} {
		code, out, errs := runQari(t, append([]string{"quotes"}, args...)...)
		if code != exitError || strings.Count(errs, "\n") != 1 || out != "" {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
	}
}

func TestQuotesHelp(t *testing.T) {
	code, out, errs := runQari(t, "quotes", "--help")
	if code != exitOK || errs != "" || !strings.HasPrefix(out, "Usage: qari quotes [--json] FILE") || !strings.Contains(out, "-json") {
		t.Errorf("exit %d, stderr %q, help:\n%s", code, errs, out)
	}
}
