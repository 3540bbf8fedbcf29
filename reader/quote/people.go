package quote

import "strings"

// This file keeps the people an article has named, each with the
// mentions that introduced them, so that a description the article
// attached to someone at one mention (مدير المستشفى، الدكتور وليد الشامي)
// refers to them however many others were named since, and by whatever
// form their name took later (الشامي).

// person is someone the article named: the longest form of their name,
// its gender, and the first mentions of them, whose introductions
// (description, apposition) say what they are.
type person struct {
	name   string
	g      byte
	intros []mention
	// unnamed: introduced by what they are, not by a name (A deckhand
	// who …), known by that phrase alone (see unnamed.go).
	unnamed bool
}

const (
	// maxPeople bounds the people kept: an article names a few dozen.
	maxPeople = 32
	// maxIntros bounds the mentions kept for one person.
	maxIntros = 4
)

// meet records the mention m of a person (not a body, a group or a
// description, but someone unnamed introduced as "a deckhand") in
// f.people, as the one named last.
func (f *finder) meet(m mention) {
	unnamed := indefinite(m.name) || strings.HasPrefix(m.name, "One ") || strings.HasPrefix(m.name, "Another ")
	if m.body || m.only || m.g == plural || f.isDescription(m.name) && !unnamed {
		return
	}
	m.name = f.name(m.name) // the finder's copy, not the text's page (see finder.names)
	k := f.personOf(m.name)
	if k < 0 {
		if len(f.people) == maxPeople {
			f.people = append(f.people[:0], f.people[1:]...)
		}
		f.people = append(f.people, person{name: m.name, g: m.g, unnamed: unnamed})
		k = len(f.people) - 1
	}
	p := f.people[k]
	if len(m.name) > len(p.name) {
		p.name = m.name
	}
	if p.g == anyGender {
		p.g = m.g
	}
	if len(p.intros) < maxIntros {
		p.intros = append(p.intros, m)
	}
	copy(f.people[k:], f.people[k+1:])
	f.people[len(f.people)-1] = p
}

// personOf returns the index in f.people of the person name names: the
// same name, or one of them the other's last word (الشامي، وليد الشامي;
// Calder, Hamish Calder); -1 for none.
func (f *finder) personOf(name string) int {
	for k := len(f.people) - 1; k >= 0; k-- {
		p := f.people[k].name
		if p == name || !f.people[k].unnamed && (lastWords(p, name) || lastWords(name, p)) {
			return k // (A deckhand is no surname of anyone)
		}
	}
	return -1
}

// surname reports whether the word w is the last word of the name of a
// person named before in full (ضاهر of نبيل ضاهر).
func (f *finder) surname(w string) bool {
	k := f.personOf(w)
	return k >= 0 && lastWords(f.people[k].name, w)
}

// lastWords reports whether the name b is the last words of the name a.
func lastWords(a, b string) bool {
	return len(a) > len(b) && a[len(a)-len(b)-1] == ' ' && strings.HasSuffix(a, b)
}

// fullName returns the longest form the article gave the person name
// names, or name.
func (f *finder) fullName(name string) string {
	if k := f.personOf(name); k >= 0 && len(f.people[k].name) > len(name) {
		return f.people[k].name
	}
	return name
}

// describedPerson returns the person named last, of a gender that agrees
// with g, whom the description d introduced at one of their mentions,
// also one named before the mentions reference looks through; "" for
// none.
func (f *finder) describedPerson(d definiteNP, name string, g byte) string {
	if d.body {
		return ""
	}
	for k := len(f.people) - 1; k >= 0; k-- {
		p := f.people[k]
		if p.name == name || g != anyGender && p.g != anyGender && p.g != g {
			continue
		}
		for _, e := range p.intros {
			if f.fits(d, e) {
				return p.name
			}
		}
	}
	return ""
}

// personGender returns the gender of the mention m, or, when it gives
// none, the one another mention gave the same person (وأقرّ يوفيتش: the
// man named ميلان يوفيتش).
func (f *finder) personGender(m mention) byte {
	if m.g != anyGender {
		return m.g
	}
	if k := f.personOf(m.name); k >= 0 {
		return f.people[k].g
	}
	return anyGender
}

// surnamed returns the full name of the person the Arabic surname alone
// names at off (الصافي → عبد الرحمن الصافي): the one the people kept
// give, else the one fullNameBefore finds, looked for once per surname;
// else surname.
func (f *finder) surnamed(off int, surname string) string {
	if full := f.fullName(surname); full != surname || f.role(surname) {
		return full
	}
	if full, ok := f.surnames[surname]; ok {
		if full == "" {
			return surname
		}
		return full
	}
	full := f.fullNameBefore(off, surname)
	if full != "" {
		full = f.name(full)
	}
	if f.surnames == nil {
		f.surnames = map[string]string{}
	}
	if len(f.surnames) < maxParsed {
		f.surnames[f.name(surname)] = full
	}
	if full == "" {
		return surname
	}
	return full
}

// surnameReach is how far back fullNameBefore looks for the full name of
// a surname named alone.
const surnameReach = 2000

// namedBefore reports whether the English word w at offset off is part
// of a longer name the text gave within surnameReach before it, next to
// another capitalised word (Vela after "coach Tomas Vela"; Kit after "her
// brother Kit Fenn"): since a capital opens any sentence, one word alone
// is a name only then.
func (f *finder) namedBefore(off int, w string) bool {
	before := f.text[f.clampStart(0, off-surnameReach):off]
	for {
		at := strings.LastIndex(before, w)
		if at < 0 {
			return false
		}
		end := at + len(w)
		if at > 0 && before[at-1] == ' ' && end < len(before) && !isLetter(before[end]) {
			prev := before[:at-1]
			if upper(prev[strings.LastIndexByte(prev, ' ')+1:]) {
				return true
			}
		}
		if (at == 0 || !isLetter(before[at-1])) && end+1 < len(before) && before[end] == ' ' && upper(before[end+1:]) {
			return true
		}
		before = before[:at]
	}
}

// fullNameBefore returns the full name the text gave, before off, to
// the person an Arabic surname alone names when no mention kept it (في
// السوق يقف عبد الرحمن الصافي … يقول الصافي): the first name right
// before the surname's last occurrence, compound or after a joiner (عبد
// الرحمن، نور الهدى), that is no title, body, place or function word;
// "" for none.
func (f *finder) fullNameBefore(off int, surname string) string {
	lo := f.clampStart(0, off-surnameReach)
	before := f.text[lo:off]
	for {
		at := strings.LastIndex(before, " "+surname)
		if at < 0 {
			return ""
		}
		if end := at + 1 + len(surname); end < len(before) && !strings.ContainsRune(" ،,.:;\n", rune(before[end])) {
			before = before[:at] // الصافيين: another word
			continue
		}
		words := strings.Fields(before[max(0, at-60):at])
		if len(words) > 0 && lo+at-60 > lo {
			words = words[1:] // the first may be cut
		}
		n := len(words)
		if n == 0 {
			return ""
		}
		first := words[n-1]
		if n >= 2 && (arabicJoiners.has(words[n-2]) || compoundNames.has(first) && f.givenName(words[n-2])) {
			first = words[n-2] + " " + first // عبد الكريم، نور الهدى
		} else if !f.givenName(first) {
			return ""
		}
		return first + " " + surname
	}
}

// givenName reports whether the Arabic word w can be a first name before
// a surname: letters only, no article, and no title, body, place, verb
// of being or word that is never a speaker.
func (f *finder) givenName(w string) bool {
	if !isArabic(w) || strings.HasPrefix(w, "ال") || givenNameBreaks.in(w) || f.role(w) || f.never(w) {
		return false
	}
	f.buf = fold(f.buf, w)
	return f.kind(f.buf) == 0 && !f.bodyHead(w) && !arabicJoiners.hasBytes(f.buf)
}
