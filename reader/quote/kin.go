package quote

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// This file reads the people an article names by kin: a kunya (أم عمر،
// أبو جاسم الحمود), a relation with a possessive (زوجته، ابنها، his
// daughter, the son of), and the relatives a speaker quotes in a nested
// quotation (قال لي أبي، my father told me).

// kunyaAt returns the kunya that starts at toks[i] (أم خالد، أبو جاسم
// الحمود, also after و) and the gender it gives, or "" when there is
// none: أم or أبو and a name after it, without the article, that is no
// stop, cue or title. In a question أم is "or" (هل تبقى أم ترحل؟), so a
// sentence that opens with هل has no kunya.
func (f *finder) kunyaAt(toks []token, i int) (string, byte) {
	if i+1 >= len(toks) {
		return "", anyGender
	}
	f.buf = fold(f.buf, strings.TrimPrefix(toks[i].s, "و"))
	var g byte
	switch string(f.buf) {
	case "ام":
		g = female
	case "ابو":
		g = male
	default:
		return "", anyGender
	}
	next := toks[i+1]
	if !isArabic(next.s) || strings.HasPrefix(next.s, "ال") || f.endsPhrase(next) || f.role(next.s) || f.bodyHead(next.s) {
		return "", anyGender
	}
	for n := i - 1; n >= 0 && n >= i-clause; n-- {
		if toks[n].punct && toks[n].s != "،" && toks[n].s != "," {
			break
		}
		if f.in(questions, toks[n].s) {
			return "", anyGender
		}
	}
	e := i + 2
	if e < len(toks) && isArabic(toks[e].s) && strings.HasPrefix(toks[e].s, "ال") && !f.endsPhrase(toks[e]) && !f.role(toks[e].s) && !f.descriptive(toks[e].s) {
		e++ // أبو جاسم الحمود: a family name
	}
	return strings.TrimPrefix(span(f.text, toks[i:e]), "و"), g
}

// questions open a question, in which أم is "or".
var questions = set("هل وهل فهل")

// arabicKin are the Arabic relations, folded, that name a person by
// whom they are kin or neighbour to.
var arabicKin = set("زوج زوجة ابن ابنة بنت اخ اخت شقيق شقيقة والد والدة ام اب جد جدة حفيد حفيدة عم عمة خال خالة جار جارة")

// relationKey returns the folded Arabic relation with a possessive of the
// third person that w is (زوجته، وابنها، والده، أخوه، جارتها), without
// the conjunction, or "".
func (f *finder) relationKey(w string) string {
	if !isArabic(w) {
		return ""
	}
	if !strings.HasSuffix(w, "ه") && !strings.HasSuffix(w, "ها") && !strings.HasSuffix(w, "هم") {
		return "" // most words: no possessive of the third person
	}
	f.buf = fold(f.buf, w)
	b := string(f.buf)
	forms := [2]string{b}
	if r, n := utf8.DecodeRuneInString(b); (r == 'و' || r == 'ف') && utf8.RuneCountInString(b) > 4 {
		forms[1] = b[n:]
	}
	for _, c := range forms {
		if c == "" {
			continue
		}
		for _, suffix := range []string{"ها", "هم", "ه"} {
			st, ok := strings.CutSuffix(c, suffix)
			if !ok || utf8.RuneCountInString(st) < 2 {
				continue
			}
			switch {
			case arabicKin[st]:
				return c // ابنها، زوجه
			case strings.HasSuffix(st, "ت") && arabicKin[strings.TrimSuffix(st, "ت")+"ة"]:
				return c // زوجته، والدتها
			case (strings.HasSuffix(st, "و") || strings.HasSuffix(st, "ا") || strings.HasSuffix(st, "ي")) && arabicKin[st[:len(st)-2]]:
				return c // أبوه، أخاه، أخيه
			}
		}
	}
	return ""
}

// relativeAt returns the relation at toks[i] and the name the text gives
// it right after (وزوجته نوال، ابنها، محمد الحلبي،), with its gender, or
// "" for the name. After a comma the name is an apposition; without one
// the relation must be joined by و to the person named before it (وقف
// إبراهيم السعدي وزوجته نوال), and the word after it must not look like
// a verb in the present (وزوجته تعمل).
func (f *finder) relativeAt(toks []token, i int) (key, name string, g byte) {
	key = f.relationKey(toks[i].s)
	if key == "" || i+1 >= len(toks) {
		return "", "", anyGender
	}
	comma := toks[i+1].s == "،" || toks[i+1].s == ","
	j := i + 1
	if comma {
		j++
	} else if !strings.HasPrefix(toks[i].s, "و") {
		return "", "", anyGender
	}
	if j >= len(toks) || !isArabic(toks[j].s) || strings.HasPrefix(toks[j].s, "ال") || f.endsPhrase(toks[j]) || f.role(toks[j].s) || f.bodyHead(toks[j].s) {
		return "", "", anyGender
	}
	if r, _ := utf8.DecodeRuneInString(toks[j].s); !comma && !f.known[toks[j].s] && strings.ContainsRune("يت", r) {
		return "", "", anyGender
	}
	name, k := f.arabicMention(f.text, toks, j)
	if name == "" || strings.HasPrefix(name, "ال") || f.isDescription(name) || comma && k < len(toks) && !toks[k].punct {
		return "", "", anyGender
	}
	st := strings.TrimSuffix(strings.TrimSuffix(key, "ه"), "ها")
	return key, name, roleGender(st)
}

// relationOwners are the possessives before an English relation that
// the text names in apposition: His daughter, Maya Lund,.
var relationOwners = set("his her their")

// relate records that the relation key (زوجته، his daughter) names the
// person name, for a later cue whose subject is the relation.
func (f *finder) relate(key, name string) {
	if f.relatives == nil {
		f.relatives = map[string]string{}
	}
	if len(f.relatives) < maxParsed {
		f.relatives[key] = name
	}
}

// relative returns the person a speaker given by a relation refers to
// when the text named them with it before (وزوجته نوال … وتابعت زوجته;
// His daughter, Siobhan Kerr, … his daughter said), else name.
func (f *finder) relative(name string) string {
	if f.relatives == nil || name == "" {
		return name
	}
	key := lower(name)
	if isArabic(name) {
		if strings.IndexByte(name, ' ') >= 0 {
			return name
		}
		key = f.relationKey(name)
	}
	if n, ok := f.relatives[key]; ok {
		return n
	}
	return name
}

// ourKin reports whether the folded Arabic word b is a relation or a
// title with the possessive of "we" (ابننا، والدتنا، معلمنا).
func ourKin(b []byte) bool {
	st, ok := bytes.CutSuffix(b, our)
	if !ok || utf8.RuneCount(st) < 2 {
		return false
	}
	if arabicRoles[string(st)] {
		return true
	}
	if t, ok := bytes.CutSuffix(st, taa); ok && len(t) > 2 {
		return arabicRoles[string(t)+"ة"]
	}
	return false
}

var our = []byte("نا")

// timePhrase returns how many words of a time phrase start at toks[j]
// (كل ليلة، كل يوم، كل صباح), which stands after a verb where its subject
// could, or 0.
func (f *finder) timePhrase(toks []token, j int) int {
	if j+1 >= len(toks) || !f.in(every, toks[j].s) || toks[j+1].punct {
		return 0
	}
	if f.in(times, toks[j+1].s) {
		return 2
	}
	return 0
}

var (
	every = set("كل وكل")
	times = set("ليلة يوم صباح مساء مرة اسبوع سنة عام شهر ساعة لحظة موسم شتاء صيف")
)
