package e2e

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"strings"
	"testing"
)

// qariIn runs qari in print mode with home's library, stdin from in,
// and returns its stdout, failing the test on a non-zero exit.
func qariIn(t *testing.T, home, in string, args ...string) string {
	t.Helper()
	useBinary(t)
	cmd := exec.Command(qariBin, args...)
	cmd.Env = qariEnv("xterm-256color", home)
	cmd.Stdin = strings.NewReader(in)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("qari %s: %v\n%s%s", strings.Join(args, " "), err, out.String(), errb.String())
	}
	return out.String()
}

// arabicFeed is an RSS feed of one Arabic article, carried whole.
const arabicFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>أخبار المدينة</title><link>https://news.example/</link>
<item><title>القوات تشنّ هجومًا على أطراف المدينة</title><link>https://news.example/attack</link>
<description><![CDATA[<p>شنّت القوات هجومًا واسعًا على الأطراف الشرقية للمدينة فجر اليوم، بعد ليلة من القصف المتقطع على الأحياء القريبة من الطريق الدولي، وقال سكان إن عشرات العائلات غادرت منازلها نحو القرى المجاورة قبل الفجر.</p><p>وقال وزير الخارجية في مؤتمر صحفي إنّ الهجوم لن يمرّ دون ردّ، مضيفًا أنّ بلاده ستطلب اجتماعًا عاجلًا لمجلس الأمن، فيما أكدت منظمات الإغاثة أنها تعمل على فتح ممر آمن لإيصال المساعدات إلى المستشفى الوحيد في المنطقة.</p><p>وأفادت مصادر محلية بأن الطريق الدولي أغلق أمام حركة السير منذ الصباح، وأن المدارس في الأحياء الشرقية علقت دروسها حتى إشعار آخر، في حين دعت البلدية السكان إلى البقاء في منازلهم.</p>]]></description></item>
</channel></rss>`

// TestStoredLibrary (issue 11): qari alone opens the kept library, unread
// first; s stars; / searches every article through the index, folded, and
// Enter opens the article at the hit; q from it goes back, and q in the
// library quits. On a fresh machine qari alone shows the samples.
func TestStoredLibrary(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, arabicFeed)
	}))
	defer srv.Close()
	home := newHome(t)
	// what to add from standard input, one a line
	if out := qariIn(t, home, "# reading list\n"+sample("en-sample-harbor.txt")+"\n", "add"); !strings.HasPrefix(out, "added: ") {
		t.Fatalf("qari add: %q", out)
	}
	if out := qariIn(t, home, "", "feed", "add", srv.URL+"/rss"); !strings.Contains(out, "1 feeds: 1 new articles") {
		t.Fatalf("qari feed add: %q", out)
	}

	tm := NewTmuxHome(t, 100, 30, home, qariCmd(""))
	screen := tm.WaitFor("qari: 2 articles", defaultWait)
	if !screenHas(screen, "Last boatyard") || !screenHas(screen, "أطراف المدينة") {
		t.Fatalf("the library does not list both kept articles:\n%s", indent(screen))
	}
	tm.SendKeys("s")
	tm.Until(defaultWait, "a star on the first row", func(s string) bool { return strings.Contains(s, "★") })
	tm.SendKeys("/")
	tm.Type("هجوما")
	typed := lastRow(tm.Until(defaultWait, "the hit of هجوما listed", func(s string) bool { return strings.Contains(s, "1 article") }))
	tm.SendKeys("Enter")
	accepted := lastRow(tm.Until(defaultWait, "the prompt closed", func(s string) bool { return lastRow(s) != typed }))
	// the / stays where the reading starts, right of the Arabic, after Enter
	// as while typing (issue 14: it used to flip to the left)
	if i, j := strings.Index(typed, "/"), strings.Index(accepted, "/"); i < 0 || j < 0 || strings.TrimSpace(accepted[:j]) == "" || i-j > 1 || j > i {
		t.Errorf("the prompt's / moved with Enter:\ntyping: %q\nafter:  %q", typed, accepted)
	}
	tm.SendKeys("Enter")
	tm.Until(defaultWait, "the Arabic article opened at its match", func(s string) bool { return strings.Contains(s, "match 1/") })
	tm.SendKeys("q")
	tm.Until(defaultWait, "q from the article back to the hits", func(s string) bool { return strings.Contains(s, "Search every article") })
	tm.SendKeys("Escape")
	tm.WaitFor("qari: 2 articles", defaultWait)
	quit(tm)

	fresh := NewTmux(t, 100, 30, qariCmd(""))
	screen = fresh.WaitFor("Clock museum reopens", defaultWait)
	if screenHas(screen, "أطراف المدينة") {
		t.Errorf("qari alone on a fresh machine does not show the samples:\n%s", indent(screen))
	}
	quit(fresh)
}

// lastRow is the last row of a screen that holds something.
func lastRow(screen string) string {
	rows := strings.Split(strings.TrimRight(screen, "\n "), "\n")
	return rows[len(rows)-1]
}
