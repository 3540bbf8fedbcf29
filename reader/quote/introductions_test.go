package quote

import (
	"strings"
	"testing"
)

// TestIntroductions checks that a description the article tied to a
// name at one mention (in apposition, in the construct before the name,
// in parentheses after it, as a topic, as a "known as" alias, by an age)
// and later used alone as a speaker is that person, by the name first
// given without a title: also when many people were named since, when
// the sentence that tied them held no quotation, when the description
// comes back shorter or inflected, when the tying sentence's own
// quotation is the one asked about, and agreeing in gender. The jobs and
// bodies are in no list of the package and no article of testdata.
func TestIntroductions(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// Arabic: D، (title)؟ NAME، … and the description alone later.
		{"وقال ناظر المناحل في الناحية، المهندس فريد قصّاب، إن الخلايا نفقت في أسبوع.\n\nوزار الوفد مربي النحل جميل سركيس وجاره نديم عوّاد في التلال.\n\nوقال ناظر المناحل: «سنعوّض المربين قبل الربيع».", "فريد قصّاب|سنعوّض المربين قبل الربيع"},
		// The tying sentence's own quotation.
		{"وقال قائد سرية الإطفاء في البلدة، الرائد حسام زيتون، إن «النار بدأت من المستودع الخلفي».", "حسام زيتون|النار بدأت من المستودع الخلفي"},
		// D NAME in the construct, later shorter.
		{"وأعلن ناظر مرسى الزوارق سليم بركات أن الرحلات توقفت. وانتظر المسافر عمر شحادة ساعتين، ومعه زميله رياض حنّا.\n\nوقال ناظر المرسى إن الزوارق «ستعود غدًا إن هدأ الموج».", "سليم بركات|ستعود غدًا إن هدأ الموج"},
		// أما D، NAME، ف… as a topic, a woman, a man named since.
		{"أما أمينة الصندوق في الجمعية، السيدة نوال عطية، فرأت أن العجز كبير. وردّ رئيس اللجنة وديع فرحات بأن الأرقام قديمة.\n\nوقالت أمينة الصندوق: «لن أوقّع على الميزانية».", "نوال عطية|لن أوقّع على الميزانية"},
		// NAME، D في X، … with the description after the name.
		{"وكان وسيم دلّال، ملاحظ المكابس في المصبغة، أول من لاحظ الدخان. وحضر لاحقًا سامي قرم وشقيقه فادي.\n\nوقال ملاحظ المكابس: «أطفأنا المراجل فورًا».", "وسيم دلّال|أطفأنا المراجل فورًا"},
		// NAME (D).
		{"وتحدثت رهف قبّاني (مرشدة المغاور في المحمية) عن التأخير. والتقينا الدليل جورج معلوف قرب الحافلة.\n\nوقالت مرشدة المغاور: «الحافلة الثانية لم تصل».", "رهف قبّاني|الحافلة الثانية لم تصل"},
		// A "known as" alias is the name.
		{"وروى الحطّاب العجوز، الذي يعرفه أهل القرية باسم الخال مرعي، ما جرى. وقال: «سقطت الشجرة في لحظة».", "الخال مرعي|سقطت الشجرة في لحظة"},
		{"وجلس الحطّاب العجوز، الذي يعرفه أهل القرية باسم الخال مرعي، على الرصيف. وتحدث إلينا الراعي الشاب كريم ناصيف.\n\nوقال الحطّاب العجوز: «الغابة لا ترحم».", "الخال مرعي|الغابة لا ترحم"},
		// The description given with more words, later fewer.
		{"وهنّأ الجمهور الرامي المتوّج بالكأس، يامن عسّاف، بعد النهائي. وخسر منافسه طارق حلبي بفارق نقطة.\n\nوقال الرامي المتوّج: «الريح ساعدتني».", "يامن عسّاف|الريح ساعدتني"},
		// Two descriptions of one head noun: each goes to its own person.
		{"وحضر الاجتماع مدير التسويق في الشركة، نبيل حدّاد، ومدير المخازن، رامز خوري. وقال مدير المخازن: «الرفوف فارغة».", "رامز خوري|الرفوف فارغة"},
		{"وحضر الاجتماع مدير التسويق في الشركة، نبيل حدّاد، ومدير المخازن، رامز خوري. وقال مدير التسويق: «الإعلان تأخر».", "نبيل حدّاد|الإعلان تأخر"},
		// Far back, many people named since, a paragraph without quotation.
		{"وتقود عريفة الكشّافة في الحي، جمانة صبّاغ، فريقًا من عشرين فتى.\n\nوشارك في الحملة إلياس نمر وسعيد كنعان وماهر طعمة ووليد سابا.\n\nوتبرّع التاجر حنا مسعود بالخيام، وأرسل جاره منير حداد الطعام.\n\nوقالت عريفة الكشّافة: «الفتيان ناموا في العراء».", "جمانة صبّاغ|الفتيان ناموا في العراء"},
		// Gender: the woman tied to the description, not the man with a like one.
		{"وقالت مسؤولة المعشبة البلدية، سناء ملحم، إن العيّنات تبللت. وقال مسؤول الحراسة، عادل برهوم، إن الباب كان مغلقًا.\n\nوأضافت المسؤولة: «سنجفف الأوراق واحدة واحدة».", "سناء ملحم|سنجفف الأوراق واحدة واحدة"},
		// A heading names the person with the description.
		{"## مشرفة فريق الجمباز هيام سرحان: الصالة باردة\n\nوقالت مشرفة الفريق: «تمرنت الفتيات بالمعاطف».", "هيام سرحان|تمرنت الفتيات بالمعاطف"},

		// English: D NAME with a capitalised title, later the title alone.
		{"Sluicewarden Tobias Quennell shut the gates at dawn. Farmers Ada Pell and Ross Kimber lost their hay.\n\n\"We had twenty minutes,\" the sluicewarden said.", "Tobias Quennell|We had twenty minutes,"},
		// NAME, the D of X, and the shorter D later.
		{"Maren Oduya, the chief falconer of the Veldt Raptor Centre, said the birds were calm. Visitors Joss Wren and Lila Fane watched from the fence.\n\n\"They know the storm is coming,\" the falconer said.", "Maren Oduya|They know the storm is coming,"},
		// NAME, a D, and the D later.
		{"Piet Langhorne, a dye-house supervisor, counted the ruined bolts. His neighbour Edda Vrane helped.\n\n\"We lost three vats,\" the dye-house supervisor said.", "Piet Langhorne|We lost three vats,"},
		// The D, NAME, said: a tie with no quotation, then the D after "said".
		{"The lock keeper, Hollis Verran, said the gates jammed twice. Boaters Ian Cobb, Rhea Stott and Vic Amberley waited.\n\n\"Nobody came for six hours,\" said the lock keeper.", "Hollis Verran|Nobody came for six hours,"},
		// X's D, NAME,.
		{"Tarnby Mill's quartermaster, Ysolde Prentiss, kept the ledger. The miller, Gus Hobb, ran the stones.\n\n\"The flour is gone by noon,\" the quartermaster said.", "Ysolde Prentiss|The flour is gone by noon,"},
		// NAME, 54, and "the 54-year-old" with others named since.
		{"Corin Maddox, 54, has mended nets since school. Her cousin Bryn Tolley and the skipper Aled Rhys joined the protest, with Neve Carrow and Dai Pugh.\n\n\"The quota is a death sentence,\" the 54-year-old said.", "Corin Maddox|The quota is a death sentence,"},
		// "known as" and "nicknamed": the alias is the name.
		{"The old lamplighter, known along the quay as Uncle Bram, still lights the harbour lamps by hand. The council's Petra Lisle wants timers fitted.\n\n\"Timers never see fog,\" the lamplighter said.", "Uncle Bram|Timers never see fog,"},
		{"A stall keeper nicknamed Pepper sells chillies by the gate. Shoppers Mo Farrant and Kay Sillitoe queued.\n\n\"Hotter every year,\" the stall keeper said.", "Pepper|Hotter every year,"},
		// The D given with more words, later fewer: the chief glazier is the glazier.
		{"The cathedral's chief glazier, Anselm Tovey, climbed the scaffold. Canon Ruth Abley and the verger Tim Sowerby stayed below.\n\n\"The lead has gone soft,\" the glazier said.", "Anselm Tovey|The lead has gone soft,"},
		// A capitalised title, many names since, a paragraph between.
		{"Chief Sommelier Rafaela Quint tasted the flooded cellar's wine.\n\nOwners Hugo Brant and Ines Coyle, with their lawyer Ralph Stead, met the insurer's Jan Motte and the agent Cal Finch.\n\n\"Half of it is vinegar now,\" the sommelier said.", "Rafaela Quint|Half of it is vinegar now,"},
		// Two of one head: the night foreman is not the day foreman.
		{"The night foreman, Jory Tallis, and the day foreman, Wendeline Ashcombe, both signed the letter. \"We were never told,\" the night foreman said.", "Jory Tallis|We were never told,"},
		// NAME (D).
		{"Orla Kemsley (tide warden at Saltmarsh Reach) logged the surge. The ranger Col Brody checked the dunes.\n\n\"It topped the wall at four,\" the tide warden said.", "Orla Kemsley|It topped the wall at four,"},
		// The tying sentence's own quotation, its cue after it.
		{"\"The shaft is flooded to the third level,\" the pit deputy, Ewan Grice, said.", "Ewan Grice|The shaft is flooded to the third level,"},
		// A list item ties the description.
		{"- Rope-walk foreman: Silas Penhallow\n- Tar boiler: Meg Truscott\n\n\"The hemp came in wet,\" the rope-walk foreman said.", "Silas Penhallow|The hemp came in wet,"},
		// A tie after the quotation does not name its speaker.
		{"\"The nets are torn again,\" the net mender said. The net mender, Abel Fry, has worked the quay since 1990.", "the net mender|The nets are torn again,"},
		{"وقال مخمّن العقارات: «الأسعار ثابتة منذ عام». وكان مخمّن العقارات في البلدية، نادر فاخوري، قد زار الحي.", "مخمّن العقارات|الأسعار ثابتة منذ عام"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || got[len(got)-1] != tc.want {
			t.Errorf("%s\n found %q, want %q", strings.ReplaceAll(tc.text, "\n", " ⏎ "), got, tc.want)
		}
	}
}

// TestIntroductionsBodies checks that a body named by the noun of a body
// in a person's description (مدير مصنع الخزف …: the factory) is not the
// person the description was tied to.
func TestIntroductionsBodies(t *testing.T) {
	for _, tc := range []struct{ text, not string }{
		{"وقال مدير مصنع الخزف في البلدة، كريم حلاوة، إن الأفران توقفت. وقال المصنع في بيان: «سنعوض العمال».", "كريم حلاوة"},
		{"The works manager of the Dunstable Kiln Company, Royce Abney, spoke first. \"We will pay everyone,\" the company said.", "Royce Abney"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || strings.HasPrefix(got[len(got)-1], tc.not+"|") {
			t.Errorf("%s\n found %q, want a speaker other than %q", tc.text, got, tc.not)
		}
	}
}
