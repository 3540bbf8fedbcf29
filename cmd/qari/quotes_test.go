package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestQuotesJSON(t *testing.T) {
	var out, errb bytes.Buffer
	if code := runQuotes([]string{"--json", "../../samples/seed-aleppo.txt"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	// Exactly the documented shape: {"quotes": [{text, speaker, section, start, end}]}.
	var raw map[string][]map[string]any
	if err := json.Unmarshal(out.Bytes(), &raw); err != nil {
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
	var out, errb bytes.Buffer
	if code := runQuotes([]string{"--json", path}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), `"speaker": null`) {
		t.Errorf("want a null speaker:\n%s", out.String())
	}
}

func TestQuotesText(t *testing.T) {
	var out, errb bytes.Buffer
	if code := runQuotes([]string{"../../samples/en-sample-harbor.txt"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 12 || !strings.HasPrefix(lines[0], "Ines Calder — (lead): We’ve lost money") {
		t.Errorf("text output:\n%s", out.String())
	}
}

func TestQuotesErrors(t *testing.T) {
	for _, args := range [][]string{nil, {"--bogus", "x"}, {"a", "b"}, {"/no/such/file.txt"}} {
		var out, errb bytes.Buffer
		if code := runQuotes(args, &out, &errb); code != 1 || strings.Count(errb.String(), "\n") != 1 || out.Len() != 0 {
			t.Errorf("%v: exit %d, stderr %q", args, code, errb.String())
		}
	}
}
