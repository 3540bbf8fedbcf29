package quote

import "strings"

// This file holds what tells a name in Arabic script from the words a
// clause's grammar may put where a name stands (a verb, an adverb of
// time, a noun with its preposition): given names. No library does this
// for Arabic in Go, and a short list of the given names news writes
// (Arabic ones and the common foreign ones in Arabic letters) goes a long
// way, since a person is first named with a given name in a news article.

// givenNames are common given names in Arabic script, folded.
var givenNames = foldedSet(
	"محمد أحمد محمود مصطفى علي عمر عمرو عثمان حسن حسين حسان حسام حازم حاتم",
	"حامد حمد حمدي حمدان حمزة خالد خليل خلدون خضر خميس خير خيري إبراهيم",
	"إسماعيل إسحاق إلياس إياد إيهاب أيمن أيوب أنس أنور أسامة أسعد أكرم أمجد",
	"أمين أمير أديب أدهم أشرف أصيل أنيس أوس أيهم أغيد باسل باسم بسام بشار",
	"بشير بكر بلال بهاء بهجت برهان بدر بدري بدوي بركات بطرس بولس بيار بيتر",
	"تامر توفيق تيسير تميم تمام تحسين تركي تقي ثائر ثامر ثابت جابر جاد جاسم",
	"جاسر جبران جبر جلال جمال جميل جهاد جواد جورج جوزيف جون جوني جعفر رائد",
	"راشد راضي رامي رامز رأفت ربيع رجب رشيد رشاد رضا رضوان رفيق رفعت ركان",
	"رمزي رمضان رياض ريان روحي رزق رعد زاهر زاهي زياد زيد زيدان زكريا زكي",
	"زهير زين سالم سامر سامي سامح سعد سعيد سعود سلمان سليم سليمان سمير سميح",
	"سهيل سيف سفيان سلطان سنان سركيس سامان شادي شاكر شريف شفيق شوقي شهاب",
	"شكري شبلي شربل صالح صابر صادق صافي صبحي صبري صفوان صلاح صقر صهيب ضياء",
	"ضرار طارق طلال طه طاهر طلعت طوني ظافر عادل عاصم عاطف عامر عبد عبيدة",
	"عدنان عدي عرفات عزمي عزت عزيز عصام عطا عفيف علاء عماد عمار عوني عيسى",
	"عياد عبود غازي غالب غسان غيث فادي فارس فاروق فاضل فايز فؤاد فراس فريد",
	"فهد فهمي فوزي فيصل فتحي فخري فرج فكري فيليب فلاح قاسم قيس قصي قتيبة",
	"قحطان كامل كريم كمال كنان كاظم كرم لؤي لطفي لبيب ماجد مازن مالك ماهر",
	"مأمون مجدي مجيد مدحت مراد مروان مصعب معاذ معتز معن منذر منصور منير",
	"مهند موسى مؤيد ميشال ميشيل مخلص مرعي مصلح مطيع ممدوح منيب مهدي نادر",
	"ناصر نبيل نبيه نجيب نزار نزيه نسيم نصر نضال نعمان نعيم نمر نهاد نور",
	"نوفل نائل نجم نديم نشأت هادي هاشم هاني هشام هيثم همام وائل وسام وسيم",
	"وليد وجدي وحيد وديع وضاح وفيق ياسر ياسين يحيى يزن يزيد يعقوب يوسف يونس",
	"يامن يمان آمنة آمال أمل أسماء أسيل إيمان إيناس أنوار أروى آلاء إسراء",
	"إلهام أمينة أميرة أديبة بتول بشرى بثينة بسمة بيان بلقيس بهية تغريد",
	"تهاني تسنيم تالا تيماء ثريا جميلة جنى جود جمانة جيهان جليلة جوليا",
	"جانيت حلا حنان حياة حليمة حسناء حفصة حنين حورية خديجة خلود خولة خيرية",
	"دانة دانيا دعاء دلال ديمة دينا دنيا ربى رحاب رحمة رشا رغد رنا رنيم رهف",
	"روان روعة رولا ريم ريما رانيا راما رباب رجاء رقية رندة روز ريتا رهام",
	"زينب زينة زهرة زهور زكية سارة ساره سحر سعاد سلمى سلوى سماح سماهر سمر",
	"سميرة سناء سهام سهى سوسن سيرين سجى سلام سندس سمية سيلين سونيا شذى شهد",
	"شيماء شيرين شادية شريفة صفاء صفية صباح صبا ضحى عائشة عبير عفاف علا",
	"علياء عبلة عزة عفراء غادة غدير غفران غزل فاطمة فدوى فرح فريدة فيروز",
	"فاتن فادية فايزة فتون قمر كوثر كريمة كارمن لبنى لمى لميس ليلى لينا",
	"ليال لانا لارا لونا لما لطيفة مايا مريم منى منال مها ميساء ميسون مي",
	"ملك ماجدة مروة منيرة ميادة ماريا مارينا ميرا مرح ماري نادية نادين",
	"نجلاء نجوى ندى نسرين نسمة نهى نوال نورا نوره نيفين نائلة نجاة نعمت",
	"نهلة هالة هبة هدى هند هيفاء هناء هيام هنادي وداد وعد وفاء ولاء وردة",
	"ياسمين يارا يسرى ديفيد دانيال مايكل ماركو توماس جوزيبي جيمس روبرت",
	"يان ليان فواز رلى رولا دانا لين تالين مهيار خافيير باتريك إيلي إيلا هانز كلاوس يوهان ماركوس فرانك",
	"ستيفان أوليفر إريك كريستيان نيكولا ألكسندر إيفان أولغا ناتاليا إيرينا كاترين أنطوان",
	"ريتشارد كارلوس خوان بيدرو لويس هانز كلارا آنا إيلينا صوفيا إيزابيل جاك",
	"جان بيير أندرو",
)

// foldedSet is set of the words folded as a token's word is.
func foldedSet(words ...string) map[string]bool {
	m := map[string]bool{}
	for _, ws := range words {
		for _, w := range strings.Fields(ws) {
			m[string(fold(nil, w))] = true
		}
	}
	return m
}

// namedIn returns the mention the Arabic speaker name, read as a cue's
// subject, holds: the name itself when its first word is a given name, a
// name seen before, a title, description, relation, kunya, body or
// group, a participle (مصدر، محامون) or a definite noun (a surname, a
// description); the body after a word that is none of these (قرار لجنة
// التحكيم: the committee); "" when it names no one (افتتح البسطة، كل عيد،
// بعقود يومية، مذكرتها الختامية، يوقف: a verb, an adverb, a noun with its
// preposition or its owner).
func (f *finder) namedIn(name string) string {
	first, rest, _ := strings.Cut(name, " ")
	if f.mayName(first) {
		return name
	}
	if next, _, _ := strings.Cut(rest, " "); next != "" && f.bodyHead(next) {
		return rest
	}
	return ""
}

// mayName reports whether the Arabic word w may open a mention of
// someone (see namedIn).
func (f *finder) mayName(w string) bool {
	f.buf = fold(f.buf, w)
	b := string(f.buf)
	if givenNames[b] || strings.HasPrefix(b, "ال") || arabicJoiners[b] || partitives[b] || f.isKnown(w) {
		return true // (أحد السكان: one of a group)
	}
	if c, ok := strings.CutPrefix(b, "و"); ok && (givenNames[c] || strings.HasPrefix(c, "ال")) {
		return true
	}
	c := f.wordClass(f.buf)
	if c.bits&possessedForm != 0 {
		return false // مذكرتها الختامية: a thing of someone's
	}
	if strings.HasPrefix(b, "م") || c.kind != 0 {
		return true // مصدر أمني، محامون: a participle names a person by what they do
	}
	if d, ok := strings.CutSuffix(b, "تي"); ok && arabicBodies[d+"ة"] {
		return true // وزارتي الداخلية والخارجية: two bodies
	}
	if _, ok := arabicEpithets[strings.TrimSuffix(b, "ا")]; ok {
		return true // سمعت شابًا يصرخ: a word for a person
	}
	return f.kin(w) || f.role(w) || f.bodyHead(w) || f.groupOfPeople(w) || f.relationKey(w) != ""
}

// partitives name one of a group: أحد السكان، إحدى الممرضات.
var partitives = set("احد احدى")
