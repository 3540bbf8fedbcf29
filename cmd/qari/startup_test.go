package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// heavyAtStart are packages whose initialisation costs every start of qari
// milliseconds for nothing the reader draws: chroma builds its lexers and
// styles at init (15 ms; glamour's ansi package pulls it in).
var heavyAtStart = []string{"github.com/alecthomas/chroma", "charm.land/glamour", "github.com/microcosm-cc/bluemonday"}

// TestNothingHeavyInitialisedAtStart checks that qari links none of
// heavyAtStart: a package that is linked is initialised at every start.
func TestNothingHeavyInitialisedAtStart(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, h := range heavyAtStart {
			if strings.HasPrefix(dep, h) {
				t.Errorf("qari links %s, initialised at every start", dep)
			}
		}
	}
}

// BenchmarkStart times qari's start to its first line of output, package
// initialisation and all (qari --help, which loads nothing), and reports
// the initialisation's share as GODEBUG=inittrace=1 measures it
// (init-ms/op).
func BenchmarkStart(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "qari")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	var initMS float64
	for b.Loop() {
		cmd := exec.Command(bin, "--help")
		cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range strings.Split(string(out), "\n") {
			// init PKG @T ms, D ms clock, ...
			if f := strings.Fields(l); len(f) > 6 && f[0] == "init" && f[6] == "clock," {
				ms, _ := strconv.ParseFloat(f[4], 64)
				initMS += ms
			}
		}
	}
	b.ReportMetric(initMS/float64(b.N), "init-ms/op")
}
