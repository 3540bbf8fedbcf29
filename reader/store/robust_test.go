package store

import (
	"bufio"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// longText is an article with many places to highlight: paragraph i holds
// the word "P<i>." at its start.
func longText(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "P%d. %s\n\n", i, english)
	}
	return b.String()
}

// addMany adds highlights of paragraphs from, from+step, … below n.
func addMany(t testing.TB, s *Store, a *Article, from, step, n int) error {
	for i := from; i < n; i += step {
		sub := fmt.Sprintf("P%d. The minister", i)
		j := strings.Index(a.doc.Text, sub)
		if _, err := s.AddHighlight(a, j, j+len(sub), ""); err != nil {
			return err
		}
	}
	return nil
}

func TestTwoHandlesKeepTheirHighlights(t *testing.T) {
	dir := t.TempDir()
	text := longText(40)
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for k := range 2 {
		wg.Go(func() {
			s := openT(t, dir)
			a, err := s.Article(parse(t, "/long.txt", text))
			if err == nil {
				err = addMany(t, s, a, k, 2, 40)
			}
			errs[k] = err
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	s := openT(t, dir)
	if n := len(articleT(t, s, parse(t, "/long.txt", text)).Highlights()); n != 40 {
		t.Fatalf("%d highlights, want 40", n)
	}
	if sums, _ := s.Progress(); len(sums) != 1 {
		t.Fatalf("%d articles, want 1: %+v", len(sums), sums)
	}
}

// helper runs this test binary as a second process doing what the
// environment variables QARI_STORE_HELPER (add, addwait, readonly) and
// QARI_STORE_DIR say.
func helper(t *testing.T, what, dir string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^TestHelperProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), "QARI_STORE_HELPER="+what, "QARI_STORE_DIR="+dir)
	cmd.Stderr = os.Stderr
	return cmd
}

// TestHelperProcess is the second process of the tests below; it does
// nothing in a normal run.
func TestHelperProcess(t *testing.T) {
	what, dir := os.Getenv("QARI_STORE_HELPER"), os.Getenv("QARI_STORE_DIR")
	if what == "" {
		t.Skip("only run as a helper process")
	}
	if err := helperMain(t, what, dir, os.Stdout); err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	os.Exit(0)
}

func helperMain(t testing.TB, what, dir string, out io.Writer) error {
	switch what {
	case "readonly":
		return readOnlyChecks(dir, out)
	}
	s, err := Open(dir)
	if err != nil {
		return err
	}
	d := parse(t, "/long.txt", longText(40))
	a, err := s.Article(d)
	if err != nil {
		return err
	}
	switch what {
	case "add":
		return addMany(t, s, a, 1, 2, 40)
	case "addwait":
		i := strings.Index(d.Text, "P7. The minister")
		h, err := s.AddHighlight(a, i, i+16, "killed")
		if err != nil {
			return err
		}
		fmt.Fprintln(out, "added", h.ID)
		time.Sleep(time.Minute)
	}
	return nil
}

func TestTwoProcessesKeepTheirHighlights(t *testing.T) {
	dir := t.TempDir()
	cmd := helper(t, "add", dir)
	cmd.Stdout = os.Stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := openT(t, dir)
	a := articleT(t, s, parse(t, "/long.txt", longText(40)))
	if err := addMany(t, s, a, 0, 2, 40); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatal("second process:", err)
	}
	if n := len(articleT(t, s, parse(t, "/long.txt", longText(40))).Highlights()); n != 40 {
		t.Fatalf("%d highlights, want 40", n)
	}
}

func TestKilledProcessKeepsItsHighlight(t *testing.T) {
	dir := t.TempDir()
	cmd := helper(t, "addwait", dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "added ") {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("second process said %q, %v", line, err)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	id, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimPrefix(line, "added ")), 10, 64)
	s := openT(t, dir)
	hs := articleT(t, s, parse(t, "/long.txt", longText(40))).Highlights()
	if len(hs) != 1 || hs[0].ID != id || hs[0].Note != "killed" || hs[0].Exact != "P7. The minister" {
		t.Fatalf("after kill -9: %+v", hs)
	}
}

// oneLineErr fails unless err matches kind and is one line.
func oneLineErr(t *testing.T, err, kind error) {
	t.Helper()
	if !errors.Is(err, kind) {
		t.Fatalf("got %v, want %v", err, kind)
	}
	if msg := err.Error(); strings.Contains(msg, "\n") || !strings.Contains(msg, kind.Error()) {
		t.Fatalf("message %q", msg)
	}
}

func TestLocked(t *testing.T) {
	dir := t.TempDir()
	s, err := open(dir, 100*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a := articleT(t, s, parse(t, "/a.txt", english))
	other, err := sql.Open("sqlite", filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	other.SetMaxOpenConns(1)
	tx, err := other.Begin()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(`INSERT INTO articles (hash, source) VALUES ('x', 'y')`); err != nil {
		t.Fatal(err)
	}
	_, err = s.AddHighlight(a, 0, 3, "")
	oneLineErr(t, err, ErrLocked)
	oneLineErr(t, s.SavePosition(a, 10), ErrLocked)
	_, err = open(dir, 100*time.Millisecond)
	oneLineErr(t, err, ErrLocked)
	if len(a.Highlights()) != 0 {
		t.Fatal("a highlight that was not saved is shown")
	}
	tx.Rollback()
	if _, err := s.AddHighlight(a, 0, 3, ""); err != nil {
		t.Fatal("after the lock:", err)
	}
}

func TestCorrupt(t *testing.T) {
	dir := t.TempDir()
	garbage := []byte(strings.Repeat("not a database \x00\xff\x13", 400))
	if err := os.WriteFile(filepath.Join(dir, FileName), garbage, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Open(dir)
	oneLineErr(t, err, ErrCorrupt)

	// A real database with its pages overwritten.
	dir = t.TempDir()
	s := openT(t, dir)
	a := articleT(t, s, parse(t, "/a.txt", english))
	addT(t, s, a, "The minister", "")
	s.Close()
	path := filepath.Join(dir, FileName)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 100; i < len(data); i++ {
		data[i] = byte(i * 7)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err = Open(dir)
	if err == nil {
		_, err = s.Article(parse(t, "/a.txt", english))
		s.Close()
	}
	oneLineErr(t, err, ErrCorrupt)
}

func TestTooNew(t *testing.T) {
	dir := t.TempDir()
	openT(t, dir).Close()
	db, err := sql.Open("sqlite", filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(fmt.Sprintf("PRAGMA user_version = %d", len(migrations)+1)); err != nil {
		t.Fatal(err)
	}
	db.Close()
	_, err = Open(dir)
	oneLineErr(t, err, ErrTooNew)
}

// TestReadOnly opens a store in a read-only file and in a read-only
// directory. Root writes to anything, so as root the checks run in a second
// process as the user nobody.
func TestReadOnly(t *testing.T) {
	dir := t.TempDir()
	s := openT(t, dir)
	addT(t, s, articleT(t, s, parse(t, "/a.txt", english)), "The minister", "")
	s.Close()
	for _, p := range []string{dir, filepath.Dir(dir)} {
		if err := os.Chmod(p, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chmod(filepath.Join(dir, FileName), 0o644); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() != 0 {
		if err := readOnlyChecks(dir, io.Discard); err != nil {
			t.Fatal(err)
		}
		return
	}
	// Copy the test binary where nobody can run it.
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "store.test")
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{dir, filepath.Join(dir, FileName)} {
		if err := os.Chown(p, 65534, 65534); err != nil {
			t.Fatal(err)
		}
	}
	cmd := helper(t, "readonly", dir)
	cmd.Path, cmd.Args[0] = bin, bin
	cmd.Dir = dir
	cmd.Stderr = nil
	cmd.Env = append(cmd.Env, "HOME="+dir, "GOCOVERDIR=")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("as nobody: %v\n%s", err, out)
	}
	t.Logf("as nobody:\n%s", out)
}

// readOnlyChecks opens the store in dir made read-only in three ways; dir
// must be writable by the one who runs it, and hold a store.
func readOnlyChecks(dir string, out io.Writer) error {
	path := filepath.Join(dir, FileName)
	check := func(what string, err error) error {
		if !errors.Is(err, ErrReadOnly) || strings.Contains(err.Error(), "\n") {
			return fmt.Errorf("%s: got %v, want %v", what, err, ErrReadOnly)
		}
		fmt.Fprintf(out, "%s: %v\n", what, err)
		return nil
	}
	// A read-only file.
	if err := os.Chmod(path, 0o444); err != nil {
		return err
	}
	s, err := Open(dir)
	if err == nil {
		s.Close()
	}
	if err := check("read-only file", err); err != nil {
		return err
	}
	// A read-only directory (no room for the write-ahead log).
	if err := os.Chmod(path, 0o644); err != nil {
		return err
	}
	if err := os.Chmod(dir, 0o555); err != nil {
		return err
	}
	defer os.Chmod(dir, 0o755)
	s, err = Open(dir)
	if err == nil {
		s.Close()
	}
	if err := check("read-only directory", err); err != nil {
		return err
	}
	// A directory that cannot be made.
	_, err = Open(filepath.Join(dir, "sub"))
	return check("directory that cannot be made", err)
}

func TestDatabaseIsADirectory(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, FileName), 0o700); err != nil {
		t.Fatal(err)
	}
	_, err := Open(dir)
	var e *Error
	if !errors.As(err, &e) || errors.Is(err, ErrReadOnly) || strings.Contains(err.Error(), "\n") {
		t.Fatalf("got %v", err)
	}
}
