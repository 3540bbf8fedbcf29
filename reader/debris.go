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

// debrisRule is one kind of page debris: a pattern over the folded line
// (see foldDebris) and the longest line it applies to.
type debrisRule struct {
	re       *regexp.Regexp
	maxRunes int
}

// sep is what follows a debris keyword: the end of the line or a
// separator. (Go's \b knows only ASCII letters, so Arabic keywords need it
// spelled out.)
const sep = `\s*(?:$|[:：|»›>\-–—])`

// debrisRules are the kinds of page debris, in Arabic and English, written
// against folded text (no hamza on alef, ة as ه, no harakat, lower case).
var debrisRules = []debrisRule{
	// read-also and related lines
	{regexp.MustCompile(`^(?:(?:اقرا|اقرئي|طالع|شاهد)(?:/ي)?(?:\s*(?:ايضا|كذلك))?|اقرا المزيد|للمزيد|(?:مواضيع|اخبار|مقالات|روابط)?\s*ذات صله|read (?:more|also|next)|see also|also read|more on this(?: story)?|related(?: (?:articles?|stories|content|reading|posts?|coverage|topics|links))?|further reading|recommended(?: reading| for you)?|you (?:may|might) also like|most (?:read|popular))` + sep), debrisMaxRunes},
	// comment counters and prompts
	{regexp.MustCompile(`^(?:التعليقات|تعليقات|تعليق|(?:اضف|اترك|اكتب) تعليقا?|comments?|leave a (?:comment|reply)|add (?:a )?comment|(?:show|view|read) comments|join the (?:conversation|discussion)|\d+ (?:comments?|تعليقات|تعليق))\s*(?:\(\s*\d+\s*\)|\d+)?\s*:?$`), 40},
	// share lines
	{regexp.MustCompile(`^(?:شارك(?:ها|وا)?(?:\s+(?:على|هذا|الخبر|المقال|عبر)[^.!?؟]*)?|تابعونا(?:\s+على[^.!?؟]*)?|share(?: this(?: story| article| post| page)?)?(?:\s+(?:on|via|with)[^.!?]*)?|follow us(?:\s+on[^.!?]*)?)` + sep), 60},
	{regexp.MustCompile(`^(?:(?:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|e-?mail|print|copy link|فيسبوك|فيس بوك|تويتر|واتساب|تلغرام|تيليغرام|لينكدان|طباعه|نسخ الرابط)\s*[|·•,،/]?\s*){2,}$`), 80},
	// bylines with a colon (the ones without are checked in isByline)
	{regexp.MustCompile(`^(?:كتب|كتبت|بقلم|اعداد|تحرير|تقرير|by|written by|words by|reported by|reporting by|story by)\s*[:：]`), 80},
	// source and picture credits, copyright lines
	{regexp.MustCompile(`^(?:المصدر|مصدر|الصوره|صوره|تصوير|source|sources|photo|photos|photograph|image|picture|credits?|photo credit|image credit|copyright)\s*[:：|]|^(?:©|\(c\) |copyright )|all rights reserved|جميع الحقوق محفوظه`), 150},
	{regexp.MustCompile(`^[(\[][^()\[\]]{1,40}[)\]]$`), 42},
	// dates and update stamps
	{regexp.MustCompile(`^(?:updated|last updated|published|posted|first published|modified|تحديث|اخر تحديث|تم التحديث|تم النشر|نشر|نشر في|تاريخ النشر)(?:\s*(?:on|at|في|:))?\s*[:：]?\s*(?:[\d٠-٩]|منذ|ago)`), 80},
	{regexp.MustCompile(`^(?:updated|published|posted|تحديث|نشر) [\d٠-٩]+ (?:minutes?|hours?|days?|دقيقه|دقائق|ساعه|ساعات|يوم|ايام) (?:ago)?$`), 40},
	// tag lines
	{regexp.MustCompile(`^(?:tags?|tagged(?: with)?|topics?|filed under|categories|category|labels?|keywords|subjects?|وسوم|الوسوم|وسم|(?:ال)?كلمات (?:ال)?(?:مفتاحيه|دلاليه)|(?:ال)?تصنيفات|(?:ال)?تصنيف|(?:ال)?مواضيع|(?:ال)?موضوعات)\s*[:：|]`), debrisMaxRunes},
}

// isDebris reports whether a paragraph is page debris: a read-also or
// related line, a comment counter, a share line, a byline, a source or
// picture credit, a date or update stamp, or a tag line. Only short lines
// qualify, so body text that happens to start with one of the keywords
// ("By the time the doors opened…") stays body text.
func isDebris(s string) bool {
	n := utf8.RuneCountInString(s)
	if n > debrisMaxRunes {
		return false
	}
	f := foldDebris(s)
	for _, r := range debrisRules {
		if n <= r.maxRunes && r.re.MatchString(f) {
			return true
		}
	}
	return isByline(s) || isDateLine(f)
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
	digits := false
	fields := strings.FieldsFunc(f, func(r rune) bool {
		return isSpaceRune(r) || strings.ContainsRune(",،/-–—:.|·•()", r)
	})
	if len(fields) == 0 || len(fields) > 12 {
		return false
	}
	for _, w := range fields {
		switch {
		case strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0:
			digits = true
		case !dateWords[w] && !dateWords[strings.TrimPrefix(w, "و")]:
			return false
		}
	}
	return digits
}

// foldDebris folds s for the debris patterns: lower case, harakat and
// tatweel dropped, alef forms as bare alef, ى as ي, ة as ه.
func foldDebris(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0x064b && r <= 0x0652, r == 0x0640:
			return -1
		case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
			return 'ا'
		case r == 'ى':
			return 'ي'
		case r == 'ة':
			return 'ه'
		}
		return unicode.ToLower(r)
	}, s)
}
