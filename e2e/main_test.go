package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// qariBin is the path of the qari binary built once for all tests.
var qariBin string

// repoRoot is the absolute path of the module root (the parent of e2e/).
var repoRoot string

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	repoRoot = filepath.Dir(wd)
	dir, err := os.MkdirTemp("", "qari-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	defer os.RemoveAll(dir)

	// QARI_E2E_BIN runs the tests against a binary built elsewhere (a
	// release, or another program to check the harness itself).
	if bin := os.Getenv("QARI_E2E_BIN"); bin != "" {
		qariBin = bin
	} else {
		qariBin = filepath.Join(dir, "qari")
		if runtime.GOOS == "windows" {
			qariBin += ".exe"
		}
		build := exec.Command("go", "build", "-o", qariBin, "./cmd/qari")
		build.Dir = repoRoot
		if out, err := build.CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "e2e: go build ./cmd/qari failed: %v\n%s", err, out)
			return 1
		}
	}

	if _, err := exec.LookPath("tmux"); err != nil && !inCI() {
		announce("qari/e2e: skipped: no tmux (apt-get install tmux): the screen tests are skipped, the pipe tests run")
	}
	return m.Run()
}

// announce says line where the person who ran go test sees it: on
// standard error, and on the controlling terminal, because go test ./...
// shows a passing package's output only with -v, and a skip nobody sees
// looks like a pass.
func announce(line string) {
	fmt.Fprintln(os.Stderr, line)
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		fmt.Fprintln(tty, line)
		tty.Close()
	}
}

// qariEnv is the environment every qari run gets: a UTF-8 locale, the
// private home (see newHome), and nothing of the developer's settings.
func qariEnv(term, home string) []string {
	env := []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + home,
		"XDG_CONFIG_HOME=" + filepath.Join(home, "config"),
		"XDG_DATA_HOME=" + filepath.Join(home, "data"),
		"XDG_STATE_HOME=" + filepath.Join(home, "state"),
		"XDG_CACHE_HOME=" + filepath.Join(home, "cache"),
		"QARI_DATA_DIR=" + filepath.Join(home, "data", "qari"),
		"LANG=C.UTF-8",
		"LC_ALL=C.UTF-8",
	}
	if term != "" {
		env = append(env, "TERM="+term)
	}
	if tmp := os.Getenv("TMPDIR"); tmp != "" {
		env = append(env, "TMPDIR="+tmp)
	}
	return env
}

// newHome makes an empty home for one test: qari keeps reading positions,
// highlights and its saved settings there, and a test must not see what
// another left behind (the seed reopening at another test's position).
func newHome(t *testing.T) string {
	t.Helper()
	home := t.TempDir()
	for _, d := range []string{"config", "data", "state", "cache"} {
		if err := os.MkdirAll(filepath.Join(home, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return home
}

// sample returns the absolute path of a file of the built-in sample library.
func sample(name string) string {
	return filepath.Join(repoRoot, "samples", name)
}

// seedPath is the Arabic seed article, the first thing a user sees.
func seedPath() string { return sample("seed-aleppo.txt") }

// result is what a run of qari without a terminal produced.
type result struct {
	stdout, stderr string
	code           int
}

// runQari runs qari with args and stdin from in (nil for none), stdout and
// stderr as pipes, so qari is in its print mode.
func runQari(t *testing.T, in []byte, args ...string) result {
	t.Helper()
	useBinary(t)
	cmd := exec.Command(qariBin, args...)
	cmd.Env = qariEnv("xterm-256color", newHome(t))
	if in != nil {
		cmd.Stdin = bytes.NewReader(in)
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errb.String()}
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("running qari %s: %v", strings.Join(args, " "), err)
		}
		r.code = ee.ExitCode()
	}
	return r
}

// useBinary tells go test's result cache what the tests depend on. The
// binary is built by TestMain, outside the cache's view, so without this a
// changed qari would get a cached "ok". Every test that runs qari calls it;
// the first call stats the module's sources and data (as the build reads
// them), so a change to any of them makes go test run the tests again.
func useBinary(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(qariBin); err != nil {
		t.Fatalf("the qari binary: %v", err)
	}
	sourcesOnce.Do(func() {
		_ = filepath.WalkDir(repoRoot, func(path string, d os.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() {
				if name := d.Name(); path != repoRoot && (strings.HasPrefix(name, ".") || name == "testdata") {
					return filepath.SkipDir
				}
				return nil
			}
			_, _ = os.Stat(path)
			return nil
		})
	})
}

var sourcesOnce sync.Once

// inCI reports whether the tests run on the CI machine, where a missing
// tool is a failure rather than a reason to skip.
func inCI() bool { return os.Getenv("CI") != "" }
