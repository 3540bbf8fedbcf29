package feed

import (
	"strings"

	"golang.org/x/net/html"

	"qari/reader"
)

// plain is the text of s, a title or a name that may hold HTML: its tags
// dropped, its entities read, sanitised as the reader's text is (no
// control sequence reaches the terminal) and on one line.
func plain(s string) string {
	if strings.ContainsAny(s, "<&") {
		var b strings.Builder
		z := html.NewTokenizer(strings.NewReader(s))
		skip := 0 // inside <script> or <style>
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				break
			}
			switch tt {
			case html.TextToken:
				if skip == 0 {
					b.Write(z.Text())
				}
			case html.StartTagToken:
				if n, _ := z.TagName(); string(n) == "script" || string(n) == "style" {
					skip++
				}
			case html.EndTagToken:
				if n, _ := z.TagName(); (string(n) == "script" || string(n) == "style") && skip > 0 {
					skip--
				}
			}
		}
		s = b.String()
	}
	return strings.Join(strings.Fields(reader.Sanitize(strings.ToValidUTF8(s, "\uFFFD"))), " ")
}
