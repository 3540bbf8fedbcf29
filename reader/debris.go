package reader

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// debrisMaxRunes is the longest line that can be debris: read-also lines
// carry a headline, tag lines a list, and nothing longer is chrome.
const debrisMaxRunes = 200

// debrisWholeRunes is the longest line that the whole-line debris rules
// look at; longer lines (up to debrisMaxRunes) are only tested on their
// start, which is all that read-also, credit and tag lines need.
const debrisWholeRunes = 80

// debrisPrefixRunes is how much of a longer line's start is folded and
// tested.
const debrisPrefixRunes = 48

// sep is what follows a debris keyword: the end of the line or a
// separator. (Go's \b knows only ASCII letters, so Arabic keywords need it
// spelled out.)
const sep = `\s*(?:$|[:：|»›>\-–—])`

// debrisStartPatterns match the start of a debris line of any length up
// to debrisMaxRunes: read-also and related lines, bylines and credits with
// a colon, tag lines. They are written against folded text (no hamza on
// alef, ة as ه, no harakat, lower case), and debrisStart anchors them.
var debrisStartPatterns = []string{
	// read-also and related lines
	`(?:(?:اقرا|اقرئي|طالع|شاهد)(?:/ي)?(?:\s*(?:ايضا|كذلك))?|اقرا المزيد|للمزيد|(?:مواضيع|اخبار|مقالات|روابط)?\s*ذات صله|read (?:more|also|next)|see also|also read|more on this(?: story)?|related(?: (?:articles?|stories|content|reading|posts?|coverage|topics|links))?|further reading|recommended(?: reading| for you)?|you (?:may|might) also like|most (?:read|popular))` + sep,
	// bylines with a colon (the ones without are checked in isByline)
	`(?:كتب|كتبت|بقلم|اعداد|تحرير|تقرير|by|written by|words by|reported by|reporting by|story by)\s*[:：]`,
	// source and picture credits, copyright lines
	`(?:(?:المصدر|مصدر|الصوره|صوره|تصوير|source|sources|photo|photos|photograph|image|picture|credits?|photo credit|image credit|copyright)\s*[:：|]|©|\(c\) |copyright )`,
	// tag lines
	`(?:tags?|tagged(?: with)?|topics?|filed under|categories|category|labels?|keywords|subjects?|وسوم|الوسوم|وسم|(?:ال)?كلمات (?:ال)?(?:مفتاحيه|دلاليه)|(?:ال)?تصنيفات|(?:ال)?تصنيف|(?:ال)?مواضيع|(?:ال)?موضوعات)\s*[:：|]`,
}

// debrisLinePatterns match a whole short line (debrisWholeRunes at most)
// that is debris: comment counters, share lines, advertisement labels,
// credits in brackets, update stamps.
var debrisLinePatterns = []string{
	// comment counters and prompts
	`(?:التعليقات|تعليقات|تعليق|(?:اضف|اترك|اكتب) تعليقا?|comments?|leave a (?:comment|reply)|add (?:a )?comment|(?:show|view|read) comments|join the (?:conversation|discussion)|\d+ (?:comments?|تعليقات|تعليق))\s*(?:\(\s*\d+\s*\)|\d+)?\s*:?$`,
	// share lines
	`(?:شارك(?:ها|وا)?(?:\s+(?:على|هذا|الخبر|المقال|عبر)[^.!?؟]*)?|تابعونا(?:\s+على[^.!?؟]*)?|share(?: this(?: story| article| post| page)?)?(?:\s+(?:on|via|with)[^.!?]*)?|follow us(?:\s+on[^.!?]*)?)` + sep,
	`(?:(?:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|e-?mail|print|copy link|فيسبوك|فيس بوك|تويتر|واتساب|تلغرام|تيليغرام|لينكدان|طباعه|نسخ الرابط)\s*[|·•,،/]?\s*){2,}$`,
	// advertisement labels
	`(?:advertisement|advertising|sponsored(?: content)?|اعلان|محتوى (?:مدفوع|برعايه))$`,
	// agency credits: "(وكالات)", "(AFP)"
	`[(\[][^()\[\]]{1,40}[)\]]$`,
	// dates and update stamps
	`(?:updated|last updated|published|posted|first published|modified|تحديث|اخر تحديث|تم التحديث|تم النشر|نشر|نشر في|تاريخ النشر)(?:\s*(?:on|at|في|:))?\s*[:：]?\s*(?:[\d٠-٩]|منذ|ago|[a-z]{3,9}\.? [\d٠-٩])`,
}

// debrisStart and debrisLine are the patterns above as one anchored
// regexp each: one call per line instead of one per pattern.
var (
	debrisStart = regexp.MustCompile(`^(?:` + strings.Join(debrisStartPatterns, "|") + `)`)
	debrisLine  = regexp.MustCompile(`^(?:` + strings.Join(debrisLinePatterns, "|") + `)`)
)

// isDebris reports whether a paragraph is page debris: a read-also or
// related line, a comment counter, a share line, a byline, a source or
// picture credit, a copyright line, a date or update stamp, or a tag line.
// Only short lines qualify, so body text that happens to start with one of
// the keywords ("By the time the doors opened…") stays body text.
func isDebris(s string) bool {
	if len(s) > debrisMaxRunes*utf8.UTFMax {
		return false
	}
	if !mayStartDebris(s) {
		return isCopyright(s)
	}
	n := utf8.RuneCountInString(s)
	if n > debrisMaxRunes {
		return false
	}
	if isCopyright(s) {
		return true
	}
	head := s
	if n > debrisWholeRunes {
		head = prefixRunes(s, debrisPrefixRunes)
	}
	f := foldDebris(head)
	if debrisStart.MatchString(f) {
		return true
	}
	if n > debrisWholeRunes {
		return false
	}
	return debrisLine.MatchString(f) || isByline(s) || isDateLine(f)
}

// isCopyright reports whether s is a short line with a rights notice in
// it ("© 2024 The Courier. All rights reserved.").
func isCopyright(s string) bool {
	return (strings.Contains(s, "ights reserved") || strings.Contains(s, "IGHTS RESERVED") || strings.Contains(s, "الحقوق محفوظ")) &&
		!runesOver(s, 150)
}

// debrisFirstWords are the folded first words of the debris patterns (and
// of bylines and date lines): a line that starts with none of them, nor
// with a digit or a bracket, is not debris, and the patterns need not run.
// Nearly all body lines are settled by this one lookup.
var debrisFirstWords = func() map[string]bool {
	m := map[string]bool{"©": true}
	for _, w := range strings.Fields(`
		اقرا اقرئي طالع شاهد للمزيد مواضيع اخبار مقالات روابط ذات
		read see also more related further recommended you most
		كتب كتبت بقلم اعداد تحرير تقرير by written words reported reporting story
		المصدر مصدر الصوره صوره تصوير source sources photo photos photograph image picture credit credits copyright
		tag tags tagged topic topics filed categories category label labels keywords subject subjects
		وسوم الوسوم وسم كلمات الكلمات تصنيفات التصنيفات تصنيف التصنيف المواضيع موضوعات الموضوعات
		التعليقات تعليقات تعليق اضف اترك اكتب comment comments leave add show view join
		شارك شاركها شاركوا تابعونا share follow
		facebook twitter x whatsapp telegram linkedin reddit pinterest email e-mail print copy
		فيسبوك فيس تويتر واتساب تلغرام تيليغرام لينكدان طباعه نسخ
		updated last published posted first modified تحديث اخر تم نشر تاريخ
		advertisement advertising sponsored اعلان محتوى`) {
		m[w] = true
	}
	for w := range dateWords {
		m[w] = true
	}
	return m
}()

// mayStartDebris reports whether s starts as a debris line can: with a
// digit, a bracket, or one of debrisFirstWords.
func mayStartDebris(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsDigit(r) || r == '(' || r == '[' {
		return true
	}
	end := strings.IndexFunc(s, func(r rune) bool { return isSpaceRune(r) || strings.ContainsRune(":：|/،,", r) })
	if end < 0 {
		end = len(s)
	}
	if end > 40 {
		return false // longer than any keyword
	}
	return debrisFirstWords[foldDebris(s[:end])]
}

// prefixRunes returns the first n runes of s.
func prefixRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// isByline reports whether s is a byline without a colon: "By" and a
// capitalised name (with a date, say), or كتب/بقلم and a name of a few
// words, in a short line that is not a sentence.
func isByline(s string) bool {
	if utf8.RuneCountInString(s) > 80 || isBody(s) {
		return false
	}
	for _, p := range []string{"By ", "by ", "BY "} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r) && countWords(s, 13) <= 12
		}
	}
	for _, p := range []string{"بقلم ", "كتب ", "كتبت "} {
		if strings.HasPrefix(s, p) {
			return countWords(s, 6) <= 5
		}
	}
	return false
}

// dateWords are the words a date or time line is made of, besides
// numbers: month and weekday names (Gregorian in English and Arabic, and
// the Levantine month names), and the small words around them.
var dateWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		january february march april may june july august september october november december
		jan feb mar apr jun jul aug sep sept oct nov dec
		monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun
		am pm a.m. p.m. gmt utc bst cet est edt pst at on the of st nd rd th updated published min read
		يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر
		كانون الثاني شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين الاول
		السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه
		ص م مساء صباحا يوم في الساعه بتوقيت غرينتش مكه القدس دقيقه دقائق للقراءه قراءه`) {
		m[w] = true
	}
	return m
}()

// isDateLine reports whether a folded line is only a date or time: numbers
// and date words, with at least one number.
func isDateLine(f string) bool {
	digits, words := false, 0
	for f != "" {
		i := strings.IndexFunc(f, isDateSep)
		if i < 0 {
			i = len(f)
		}
		if w := f[:i]; w != "" {
			if words++; words > 12 {
				return false
			}
			switch {
			case strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0:
				digits = true
			case !dateWords[w] && !dateWords[strings.TrimPrefix(w, "و")]:
				return false
			}
		}
		if i < len(f) {
			_, size := utf8.DecodeRuneInString(f[i:])
			i += size
		}
		f = f[i:]
	}
	return digits
}

// isDateSep reports whether r separates the parts of a date.
func isDateSep(r rune) bool {
	return isSpaceRune(r) || strings.ContainsRune(",،/-–—:.|·•()", r)
}

// foldDebris folds s for the debris patterns: ASCII lower case, harakat
// and tatweel dropped, alef forms as bare alef, ى as ي, ة as ه. (Latin
// letters beyond ASCII stay: no pattern has them.) It runs on every short
// line of a text, so it is a byte loop rather than strings.Map with
// unicode.ToLower, which costs four times as much.
func foldDebris(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			out = append(out, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r >= 0x064b && r <= 0x0652, r == 0x0640:
		case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
			out = append(out, "ا"...)
		case r == 'ى':
			out = append(out, "ي"...)
		case r == 'ة':
			out = append(out, "ه"...)
		default:
			out = append(out, s[i-size:i]...)
		}
	}
	return string(out)
}
