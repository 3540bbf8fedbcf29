package quote

import "strings"

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
